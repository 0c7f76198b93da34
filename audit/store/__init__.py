"""The database: SQLite by default, any SQLAlchemy URL (PostgreSQL for teams).

    database.py   Store: the engine, the schema's version and its upgrades, the study's rows kept in step with its file
    schema.py     the tables (probes, attempts, replies, scores, checkpoints), times stored in UTC
    upgrade.py    the schema created or upgraded (MIGRATIONS) once under a lock; only checked when read-only
    queries.py    small reads the commands need (the study file of a probe, how many probes are left to send)
"""
