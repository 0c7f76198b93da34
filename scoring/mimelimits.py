"""How much MIME structure a message may have before it is not read at all: nesting depth and number of parts.

The email package parses nested parts by recursion and builds an object per part, so a message nested 2,000 deep
overflows the stack and one with 300,000 tiny parts builds 300,000 objects. No reply written to a customer looks
like either; such a message is stored, never read as anyone's answer, and left for a person (kind "unreadable",
scoring.understand). `over_limits` decides before the parser sees the message: one pass over the bytes, no
recursion, stopping at the first limit passed. It follows the parser's own reading of the structure (boundaries
found by the email package's parameter parsing, any open boundary ending an inner part, message/* parts holding a
message, a digest's parts being messages), so what it lets through the parser can read.
"""

from __future__ import annotations

import re
from email.message import Message

DEPTH_LIMIT = 50  # nested containers (multipart/*, message/*); real mail, forwards of forwards included, has < 15
PARTS_LIMIT = 500  # MIME parts in all; a newsletter with every image inline has about 100

_EOL = re.compile(rb"\r\n|\r|\n")
_HEADER_NAME = re.compile(rb"[\x21-\x39\x3b-\x7e]+")  # what the email package accepts as a field name


class BeyondLimits(ValueError):
    """A message (or a part the reader would re-parse) passes DEPTH_LIMIT or PARTS_LIMIT; str() says which."""


def over_limits(raw: bytes) -> str | None:
    """Which limit the message passes, said loudly, or None when it may be parsed."""
    lowered = raw.lower()
    if b"multipart/" not in lowered and b"message/" not in lowered:
        return None  # no container at all: one part, depth 0 (the common case: two searches at C speed)
    if _within_at_most(raw, lowered):
        return None  # too few delimiter lines and container types to pass a limit (an answer's few parts)
    return _Scan(raw).run()


def _within_at_most(raw: bytes, lowered: bytes) -> bool:
    """Whether the message cannot pass a limit, counted at C speed: the scan opens a level only at a Content-Type of
    multipart/* or message/* (whose text is in the message) or at a digest's part, which follows a delimiter line,
    and counts a part only at a delimiter line or at such a message/* level. Compiling the scan's delimiter pattern
    for each boundary costs more than parsing the message, so mail with a handful of parts skips it."""
    delimiters = raw.count(b"\n--") + raw.count(b"\r--")  # every line that starts with "--", and more
    containers, messages = lowered.count(b"multipart/"), lowered.count(b"message/")
    return 1 + 2 * delimiters + messages <= PARTS_LIMIT and containers + messages + delimiters <= DEPTH_LIMIT


def check(raw: bytes) -> None:
    """Raise BeyondLimits when the message passes a limit."""
    why = over_limits(raw)
    if why:
        raise BeyondLimits(why)


class _Scan:
    def __init__(self, raw: bytes):
        self.raw = raw
        self.levels: list[tuple[bytes | None, bool]] = []  # open containers, outermost first: (boundary, digest)
        self.parts = 1
        self.delimiter: re.Pattern | None = None  # a delimiter line of any open boundary (see _compile)

    def run(self) -> str | None:
        raw, pos, in_head, digest = self.raw, 0, True, False
        if raw.startswith(b"From "):  # an mbox separator line, which the parser skips
            pos = self._line(0)[1]
        while pos < len(raw):
            if in_head:
                value, pos, hit = self._head(pos)
                if hit is None:
                    ctype, boundary = _content_type(value, digest)
                    if ctype.startswith("multipart/") and boundary:
                        self._open(boundary.encode("utf-8", "surrogateescape"), ctype == "multipart/digest")
                        in_head = False
                    elif ctype.startswith("message/") and ctype != "message/delivery-status":
                        self._open(None, False)  # a message inside: its header block follows at once
                        self.parts += 1
                        digest = False
                    else:
                        in_head = False
            else:
                hit, pos = self._next_delimiter(pos)
            if hit is not None:
                index, closing = hit
                if closing:
                    self._close(index)
                    in_head = False
                else:
                    self._close(index + 1)
                    self.parts += 1
                    in_head, digest = True, self.levels[index][1]
            why = self._beyond()
            if why:
                return why
        return None

    def _beyond(self) -> str | None:
        if len(self.levels) > DEPTH_LIMIT:
            return (f"beyond the MIME depth limit: parts nested more than {DEPTH_LIMIT} levels deep "
                    f"(scoring.mimelimits.DEPTH_LIMIT); not read")
        if self.parts > PARTS_LIMIT:
            return (f"beyond the MIME parts limit: more than {PARTS_LIMIT} parts "
                    f"(scoring.mimelimits.PARTS_LIMIT); not read")
        return None

    def _line(self, pos: int) -> tuple[bytes, int]:
        """The line at pos without its end, and where the next one starts."""
        end = _EOL.search(self.raw, pos)
        return (self.raw[pos:end.start()], end.end()) if end else (self.raw[pos:], len(self.raw))

    def _head(self, pos: int) -> tuple[bytes | None, int, tuple[int, bool] | None]:
        """Read a header block: (its first Content-Type value, where the body starts, a delimiter that ended it)."""
        value, collecting = None, False
        while pos < len(self.raw):
            line, nxt = self._line(pos)
            if not line:
                return value, nxt, None
            if line.startswith(b"--"):
                hit = self._delimits(line)
                if hit is not None:
                    return value, nxt, hit
            if line[:1] in (b" ", b"\t"):
                if collecting:
                    value += b" " + line.strip()
            else:
                name, sep, rest = line.partition(b":")
                if not sep or not _HEADER_NAME.fullmatch(name):
                    return value, pos, None  # not a field: the body starts here, without its blank line
                collecting = value is None and name.lower() == b"content-type"
                if collecting:
                    value = rest.strip()
            pos = nxt
        return value, pos, None

    def _next_delimiter(self, pos: int) -> tuple[tuple[int, bool] | None, int]:
        """Skip a body to the next delimiter line of an open multipart: (what it delimits, after it)."""
        while self.delimiter is not None:
            found = self.delimiter.search(self.raw, max(pos - 1, 0))
            if found is None:
                break
            line, nxt = self._line(found.start() + 1)
            hit = self._delimits(line)
            if hit is not None:
                return hit, nxt
            pos = nxt
        return None, len(self.raw)

    def _delimits(self, line: bytes) -> tuple[int, bool] | None:
        """(level, closing) when the line is a delimiter of an open boundary, innermost first, as the parser
        reads it: "--" boundary, then "--" to close, then spaces or tabs."""
        body = line.rstrip(b" \t")
        for index in range(len(self.levels) - 1, -1, -1):
            boundary = self.levels[index][0]
            if boundary is None or not body.startswith(b"--" + boundary):
                continue
            rest = body[2 + len(boundary):]
            if rest in (b"", b"--"):
                return index, rest == b"--"
        return None

    def _open(self, boundary: bytes | None, digest: bool) -> None:
        self.levels.append((boundary, digest))
        self._compile()

    def _close(self, index: int) -> None:
        if index < len(self.levels):
            del self.levels[index:]
            self._compile()

    def _compile(self) -> None:
        """Whole delimiter lines only, so a body of lines that merely start with "--" is skipped by the regex
        engine, not line by line here: Python sees each real delimiter, at most PARTS_LIMIT + DEPTH_LIMIT."""
        boundaries = sorted({re.escape(b) for b, _ in self.levels if b is not None}, key=len, reverse=True)
        self.delimiter = (re.compile(rb"[\r\n]--(?:" + b"|".join(boundaries) + rb")(?:--)?[ \t]*(?:\r|\n|\Z)")
                          if boundaries else None)


def _content_type(value: bytes | None, digest: bool) -> tuple[str, str | None]:
    """(content type, boundary) as the email package reads this Content-Type value."""
    if value is None:
        return ("message/rfc822" if digest else "text/plain"), None
    part = Message()
    part["Content-Type"] = value.decode("ascii", "surrogateescape")
    try:
        return part.get_content_type(), part.get_boundary()
    except Exception:  # noqa: BLE001 - a value beyond parsing: the parser reads the part as text
        return "text/plain", None
