"""Replication packages (`audit publish STUDY DIR`): the tables, codebook, report, method text and a README with
how to cite and checksums, in one directory to deposit beside a paper; pseudonymised on request.

    package.py      publish(): what goes into the directory, and the README's checksums
    readme.py       the README.md: each file, how to cite, what pseudonymisation did
    redact.py       --pseudonymise: the tables' columns, the report, and the last check for identities left
    pseudonyms.py   keyed pseudonyms (HMAC-SHA256) and text cleaned of contacts and people's names
"""

from __future__ import annotations

from audit.publish.package import Package, method_text, publish
from audit.publish.pseudonyms import KEY_ENV, read_key

__all__ = ["KEY_ENV", "Package", "method_text", "publish", "read_key"]
