"""Everything the program draws or prints: the data behind charts (queries to DataFrames),
matplotlib figures (never pyplot), and later the PDF report and Excel exports. No Qt here.
"""
