"""People's work: what only a person can do, and what people decide.

    tasks.py       the probes waiting for a person (channels run by hand, probes handed over), with the text to paste
    record.py      a send, a reply or a call done by hand, recorded and timed like any other
    review.py      a rater's queue, scores and assignments of unmatched messages (the screen is audit.cli.review)
    agreement.py   Krippendorff's alpha between raters and against the automatic score
"""
