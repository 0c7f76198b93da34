"""The data out, for analysts and spreadsheets.

    results_csv.py   `audit export --csv`: one row per probe
    tables.py        `audit export --tables`: tidy tables (probes, replies, scores, companies), CSV or Parquet
    codebook.py      every column of the tables: name, type, unit, meaning, values
    csvsafe.py       the one rule for CSV cells: text a spreadsheet would run as a formula is neutralised
"""
