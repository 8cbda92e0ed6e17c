// HuizongTotals
