"""Reading mail headers as text, whatever the sender did to them."""

from __future__ import annotations


def header_text(value) -> str:
    """A header as text: RFC 2047 words decoded, and raw 8-bit headers (RFC 6532; compat32 returns them as a
    Header of charset unknown-8bit) read as UTF-8, else windows-1251, the usual legacy charset of Russian mail."""
    if value is None:
        return ""
    from email.header import Header, decode_header, make_header

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
        return str(make_header(fixed))
    except (UnicodeError, LookupError, ValueError):
        return "".join(c if isinstance(c, str) else c.decode("utf-8", "replace") for c, _ in fixed)
