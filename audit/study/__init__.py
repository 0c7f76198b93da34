"""The study file: what to ask, whom, through which channels, when.

    load.py             load_study(path): the YAML and its companies file read into a Study, every problem located
    companies.py        the companies file: a CSV (comma, semicolon or tab; UTF-8 or windows-1251) or an .xlsx
    model.py            the Study and its parts (waves, personas, scripts and their points, companies); the channels
                        a study may name, and a persona's settings for each, come from the registry (probes)
    yaml_positions.py   YAML read with the file, line and column of every value, for the problems' locations
    templates.py        subject and body templates (Jinja2, sandboxed): the variables a probe is rendered with,
                        and every script rendered for every company it applies to when the study is read
"""
