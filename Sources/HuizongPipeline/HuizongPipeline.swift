// HuizongPipeline
