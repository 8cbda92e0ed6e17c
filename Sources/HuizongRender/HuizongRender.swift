// HuizongRender
