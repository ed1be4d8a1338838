"""Runtime files shipped with the program (reference CSVs, translations, icons, demo data).

They are read only through ``importlib.resources`` so the same code works from a checkout, an
installed wheel and a frozen (PyInstaller) bundle. This package holds data, no code; the
accessors live in ``mainstream_desktop.resource_files``.
"""
