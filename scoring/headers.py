"""Reading mail headers as text, whatever the sender did to them.

`parse_headers` is the watcher's hot path: it reads only the header block, unfolds it and keeps the raw values,
about ten times faster than the email package's parser. Values that are not UTF-8 stay surrogate-escaped until
`header_text` decodes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SURROGATE = re.compile("[\udc80-\udcff]")


class Headers:
    """Case-insensitive, first value wins (like `email.message.Message.get`)."""

    __slots__ = ("_values",)

    def __init__(self, values: dict[str, str]):
        self._values = values

    def get(self, name: str, default=None):
        return self._values.get(name.lower(), default)

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._values


def parse_headers(raw: bytes) -> Headers:
    end = raw.find(b"\n\n")
    crlf = raw.find(b"\r\n\r\n")
    if crlf != -1 and (end == -1 or crlf < end):
        end = crlf
    head = raw if end == -1 else raw[:end]
    values: dict[str, str] = {}
    name, parts = None, []
    for line in head.decode("utf-8", "surrogateescape").splitlines():
        if line[:1] in (" ", "\t") and name is not None:
            parts.append(line.strip())
            continue
        if name is not None and name not in values:
            values[name] = " ".join(parts)
        key, sep, value = line.partition(":")
        if not sep or not key or " " in key.strip():
            name = None  # not a header line (a mbox "From " line, garbage): skipped
            continue
        name, parts = key.strip().lower(), [value.strip()]
    if name is not None and name not in values:
        values[name] = " ".join(parts)
    return Headers(values)


def header_text(value) -> str:
    """A header as text: RFC 2047 words decoded, and raw 8-bit headers (RFC 6532, or legacy windows-1251, the usual
    charset of old Russian mail) read as UTF-8 if they are, else as windows-1251."""
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value and (value.isascii() or not _SURROGATE.search(value)):
        return value  # plain or already-decoded UTF-8: the common case, without the decoder's cost
    return _decoded(value) if isinstance(value, str) else _decode(value)


@lru_cache(maxsize=16)  # the kind and the text of one message both read its Subject: decoded once
def _decoded(value: str) -> str:
    return _decode(value)


def _decode(value) -> str:
    from email.header import Header, decode_header, make_header

    if isinstance(value, str) and _SURROGATE.search(value):
        raw = value.encode("utf-8", "surrogateescape")
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            value = raw.decode("cp1251", "replace")
        if "=?" not in value:
            return value
    try:
        parts = decode_header(value if isinstance(value, Header) else str(value))
    except (UnicodeError, LookupError, ValueError):
        return str(value)
    fixed = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes) and (charset or "unknown-8bit") in ("unknown-8bit", "us-ascii", "ascii"):
            try:
                chunk, charset = chunk.decode("utf-8"), None
            except UnicodeDecodeError:
                chunk, charset = chunk.decode("cp1251", "replace"), None
        fixed.append((chunk, charset))
    try:
        return str(make_header(fixed)).strip()
    except (UnicodeError, LookupError, ValueError):
        return "".join(c if isinstance(c, str) else c.decode("utf-8", "replace") for c, _ in fixed).strip()
