// HuizongLayout
