"""Reading public statistics tables (UN DESA, World Bank WDI, UNHCR, ILOSTAT) and the program's
own template into one canonical long table of observations, ready to preview and apply.
"""
