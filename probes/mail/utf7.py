"""IMAP's modified UTF-7 (RFC 3501 §5.1.3): how folder names travel on the wire.

A folder a person reads as «Спам» is `&BCEEPwQwBDw-` to the server. Printable ASCII stands for itself, except "&",
which is written "&-"; any other run of characters is "&", its UTF-16 in base64 with "," for "/" and no padding,
then "-". Folder names are decoded when the server lists them and encoded when a study names one.
"""

from __future__ import annotations

import base64
import re

_RUN = re.compile(r"&([^-]*)-")


def _printable(ch: str) -> bool:
    return 0x20 <= ord(ch) <= 0x7E


def encode_mailbox(name: str) -> str:
    """The wire form of a folder name: "Спам" -> "&BCEEPwQwBDw-", "R&D" -> "R&-D"."""
    out, run = [], []

    def flush() -> None:
        if run:
            packed = base64.b64encode("".join(run).encode("utf-16-be")).decode("ascii")
            out.append("&" + packed.rstrip("=").replace("/", ",") + "-")
            run.clear()

    for ch in name:
        if _printable(ch):
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)


def decode_mailbox(wire: str) -> str:
    """A folder name as people read it. Raises ValueError for what is not modified UTF-7 (a lone "&", bad base64,
    odd UTF-16), so the caller can keep the server's spelling."""
    if "&" not in wire:
        return wire
    out, pos = [], 0
    for m in _RUN.finditer(wire):
        out.append(wire[pos:m.start()])
        if "&" in out[-1]:
            raise ValueError(f"unterminated '&' in {wire!r}")
        packed = m.group(1)
        if not packed:
            out.append("&")
        else:
            if not re.fullmatch(r"[A-Za-z0-9+,]+", packed):
                raise ValueError(f"not modified base64: {packed!r} in {wire!r}")
            raw = base64.b64decode(packed.replace(",", "/") + "=" * (-len(packed) % 4))
            out.append(raw.decode("utf-16-be"))  # UnicodeDecodeError is a ValueError
        pos = m.end()
    if "&" in wire[pos:]:
        raise ValueError(f"unterminated '&' in {wire!r}")
    out.append(wire[pos:])
    return "".join(out)
