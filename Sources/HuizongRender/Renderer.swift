// placeholder until the renderer lands
import HuizongLayout
