"""Reply understanding and 0–4 scoring. Pure functions of a message (and of a script's points): no database.

    understand.py   understand(raw) -> kind, own text, bounce/ticket details; judge(...) -> final kind, flags, score
    kinds.py        bounce | autoreply | ack | complaint | delivered | human (docs/domain.md §4), with
                    kinddata.py (the verdict, data loading), mailparts.py (reading a message), autoreply.py
    text.py         the reply's own words: mime.py (decoding any MIME), html.py, quoterules.py (quote headers)
    rubric.py       flags and the 0–4 score (docs/domain.md §5); lemmas.py (Russian word forms by pymorphy3)
    agreement.py    Krippendorff's alpha between raters
    evaluate.py     precision / recall / extraction accuracy over any labelled folder (audit eval-corpus)
    data/           phrase lists, helpdesk fingerprints, quote headers, rubric phrases: data, not code

The watcher stores first and understands after (audit.understanding), so scoring never slows or risks storing.
"""
