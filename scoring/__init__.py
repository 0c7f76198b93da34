"""Reply understanding and 0–4 scoring: pure functions of a message (and of a script's points). The bottom layer:
it imports nothing from audit or probes, and touches no database.

    understand.py   understand(raw) -> kind, own text, bounce/ticket details; judge(...) -> final kind, flags, score
    kinds.py        bounce | autoreply | ack | complaint | delivered | human (docs/method.md §5), with
                    kinddata.py (the verdict, data loading), mailparts.py (reading a message), autoreply.py
    text.py         the reply's own words: mime.py (decoding any MIME), htmltext.py, quoterules.py (quote headers)
    mimelimits.py   MIME depth and part limits, checked before any parse: beyond them a message is not read
    headers.py      mail headers read fast and decoded whatever the sender did (the watcher's matching uses it too)
    rubric.py       flags and the 0–4 score (docs/method.md §6); lemmas.py (Russian word forms by pymorphy3)
    evaluate.py     precision / recall / extraction accuracy over any labelled folder (audit eval-corpus)
    data/           phrase lists, helpdesk fingerprints, quote headers, rubric phrases: data, not code

The watcher stores first and understands after (audit.collect.understanding), so scoring never slows or risks
storing.
"""
