"""Sending probes and collecting what comes back.

    run.py             Runner: the due probes sent through their channels, exactly once, inside working hours
    watch.py           the watchers of every automated channel: store first, understand after
    ingest.py          storing what a watcher found: each message matched to its probe and timed, in one transaction
    matching.py        the matching rules for e-mail, strongest first (docs/method.md §4)
    understanding.py   each stored reply's kind, own words and automatic score (scoring), and the probes' first
                       answers; `audit rescore` and `audit eval-corpus` too
"""
