print("huizong")
