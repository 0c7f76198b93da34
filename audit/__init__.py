"""audit: mystery-shopper audits of customer support.

The CLI (`audit.cli`) is a thin layer over this library; everything it does can be done from Python:

    from audit.study import load_study
    from audit.store import Store
    study = load_study("studies/example.yaml")
"""

__version__ = "0.1.0"
