"""The `audit` command: a thin shell over the library.

    app.py        the commands (typer), and AuditGroup: the one place an AuditError becomes a message and exit code
    sessions.py   what `audit run` and `audit watch` print as they go
    views.py      the rich tables and lines the other commands print
    review.py     `audit score`: the keyboard-driven review screen
"""
