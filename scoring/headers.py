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
    joined = _joined(fixed)
    if joined is not None:
        return joined.strip()
    try:
        return str(make_header(fixed)).strip()
    except (UnicodeError, LookupError, ValueError):
        return "".join(c if isinstance(c, str) else c.decode("utf-8", "replace") for c, _ in fixed).strip()


# The charsets of nearly all encoded headers here, each of which email.charset.Charset names, reads and writes by
# the codec of its own name (a test checks it): for chunks in these and plain text, `_joined` says what make_header
# would without building the Header.
_PLAIN_CHARSETS = frozenset({"utf-8", "windows-1251", "koi8-r", "iso-8859-1", "windows-1252"})


def _joined(chunks: list) -> str | None:
    """`str(make_header(chunks))` for the chunks of the usual encoded headers (each plain text, or bytes in one of
    _PLAIN_CHARSETS), spaced as email.header.Header spaces them; None for anything else, or where the Header would
    raise (bytes that are not in their charset), for make_header itself to read."""
    merged: list[list] = []  # [charset, texts]: Header._normalize joins neighbours in one charset with a space
    for chunk, charset in chunks:
        if charset is None and isinstance(chunk, str):
            charset = "us-ascii" if chunk.isascii() else "utf-8"  # Header.append: what ASCII cannot hold is UTF-8
        elif charset in _PLAIN_CHARSETS and isinstance(chunk, bytes):
            try:
                chunk = chunk.decode(charset)
                chunk.encode(charset)
            except UnicodeError:
                return None
        else:
            return None
        if merged and merged[-1][0] == charset:
            merged[-1][1].append(chunk)
        else:
            merged.append([charset, [chunk]])
    out: list[str] = []
    last, last_space = None, False
    for charset, texts in merged:  # Header.__str__: a space where encoded text meets plain text without one
        text = " ".join(texts)
        if out:
            if last not in (None, "us-ascii"):
                if charset in (None, "us-ascii") and not (text and _nonctext(text[0])):
                    out.append(" ")
                    charset = None
            elif charset not in (None, "us-ascii") and not last_space:
                out.append(" ")
        last_space, last = bool(text) and _nonctext(text[-1]), charset
        out.append(text)
    return "".join(out)


def _nonctext(char: str) -> bool:
    return char.isspace() or char in ("(", ")", "\\")
