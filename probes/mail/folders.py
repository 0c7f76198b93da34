"""Which folders of a mailbox the watcher reads: the LIST response parsed (RFC 3501 §7.2.2), and the spam folder
found by its `\\Junk` flag (RFC 6154), else by the names providers give it, else a loud warning.

Names are kept twice: `name` as people read it (the study, the messages, the checkpoints, the stored replies) and
`wire` as the server spells it (modified UTF-7, probes/mail/utf7.py), for the commands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from audit.errors import WatchError
from probes.mail.utf7 import decode_mailbox, encode_mailbox

# The spam folder's last name part, as providers name it when they set no \Junk flag (compared in lower case):
# Gmail "[Gmail]/Spam", Yandex "Spam", Mail.ru «Спам», Outlook "Junk Email" («Нежелательная почта»), older Outlook
# "Junk E-mail", Yahoo "Bulk Mail", Apple and Dovecot "Junk".
SPAM_NAMES = ("spam", "junk", "junk email", "junk e-mail", "junk mail", "bulk mail", "bulk", "спам",
              "нежелательная почта", "нежелательные")
SPAM_FLAGS = frozenset({"\\junk", "\\spam"})  # \Spam: the flag of Gmail's older XLIST


@dataclass(frozen=True)
class Listed:
    """One folder of a LIST response."""

    name: str
    wire: str
    flags: frozenset[str]  # in lower case: "\\junk", "\\noselect"
    delimiter: str | None

    @property
    def selectable(self) -> bool:
        return not self.flags & {"\\noselect", "\\nonexistent"}

    @property
    def leaf(self) -> str:
        return self.name.rsplit(self.delimiter, 1)[-1] if self.delimiter else self.name


@dataclass(frozen=True)
class Watched:
    name: str  # as people read it, and the checkpoint's key
    wire: str
    why: str  # "study", "study spam_folder", "\\Junk flag", "spam name"


@dataclass(frozen=True)
class FolderPlan:
    """The folders one account's watcher reads, and what it could not find."""

    folders: tuple[Watched, ...]
    seen: tuple[str, ...]  # every folder the server listed
    warning: str | None = None  # no spam folder: answers filtered as spam would be missed

    def describe(self) -> str:
        return ", ".join(f"{f.name} ({f.why})" for f in self.folders)


def plan_folders(account: str, folders: Sequence[str], spam_folder: str | None, listed: list[Listed]) -> FolderPlan:
    """The study's folders and its spam folder, each checked against the server's list (a WatchError names the
    account, the folder and the folders seen), or, when the study names no spam folder, every folder flagged
    \\Junk and every folder named like one (watching one too many costs a SELECT; stored replies are
    de-duplicated)."""
    seen = tuple(f.name for f in listed if f.selectable)
    chosen = [_given(account, name, "study", listed, seen) for name in folders]
    if spam_folder:
        chosen.append(_given(account, spam_folder, "study spam_folder", listed, seen))
    else:
        flagged = [Watched(f.name, f.wire, "\\Junk flag") for f in listed
                   if f.selectable and f.flags & SPAM_FLAGS]
        named = [Watched(f.name, f.wire, "spam name") for f in listed
                 if f.selectable and f.leaf.strip().casefold() in SPAM_NAMES]
        chosen += flagged + named
    unique: dict[str, Watched] = {}
    for w in chosen:
        unique.setdefault(w.name.upper() if w.name.upper() == "INBOX" else w.name, w)
    plan = tuple(unique.values())
    warning = None
    if not spam_folder and not any(w.why in ("\\Junk flag", "spam name") for w in chosen):
        warning = (f"watching {account}: no spam folder found (none is flagged \\Junk or named like one); only "
                   f"{', '.join(w.name for w in plan)} is read, so answers filtered as spam are missed. The server "
                   f"lists: {', '.join(seen) or 'nothing'}. Set imap.spam_folder in the study file.")
    return FolderPlan(plan, seen, warning)


def _given(account: str, name: str, why: str, listed: list[Listed], seen: tuple[str, ...]) -> Watched:
    """A folder the study names, found in the list by its name or its wire spelling (INBOX in any case)."""
    for f in listed:
        if f.selectable and (f.name == name or f.wire == name or
                             (name.upper() == "INBOX" and f.name.upper() == "INBOX")):
            return Watched(f.name, f.wire, why)
    if name.upper() == "INBOX":  # always there (RFC 3501 §5.1), even on a server that does not list it
        return Watched("INBOX", "INBOX", why)
    field = "imap.spam_folder" if why == "study spam_folder" else "imap.folders"
    raise WatchError(f"watching {account}: the mailbox has no folder {name!r} ({field} in the study); the server "
                     f"lists: {', '.join(seen) or 'nothing'}",
                     hint=f"set {field} to one of these names, as your mail client shows it")


# -- the LIST response ---------------------------------------------------------------------------------------------

class ListSyntaxError(ValueError):
    pass


def parse_list(data: Iterable[bytes | tuple[bytes, bytes] | None], broken: list[bytes] | None = None) -> list[Listed]:
    """The folders of a LIST response as imaplib returns it: a line per folder, without "* LIST ", or, for a name
    sent as a literal, a (line up to "{N}", the N bytes) pair followed by the rest of that line. A line that is
    not LIST's syntax raises ListSyntaxError, or is added to `broken` when it is given."""
    out = []
    for line in _lines(data):
        try:
            out.append(_parse_line(line))
        except ListSyntaxError:
            if broken is None:
                raise
            broken.append(line)
    return out


def _lines(data: Iterable[bytes | tuple[bytes, bytes] | None]) -> list[bytes]:
    lines: list[bytes] = []
    continues = False  # the item after a literal is the rest of the same line
    for item in data:
        if item is None:
            continue
        if isinstance(item, tuple):
            head, literal = item
            piece = head + b"\r\n" + literal
        else:
            piece = item
        if continues and lines:
            lines[-1] += piece
        elif piece:
            lines.append(piece)
        continues = isinstance(item, tuple)
    return lines


def _parse_line(line: bytes) -> Listed:
    reader = _Reader(line)
    reader.expect(b"(")
    flags = []
    while not reader.take(b")"):
        flags.append(reader.atom().decode("ascii", "replace").lower())
    delimiter = reader.nstring()
    raw = reader.astring()
    return _listed(raw, flags, delimiter.decode("ascii", "replace") if delimiter is not None else None)


def _listed(raw: bytes, flags: list[str], delimiter: str | None) -> Listed:
    if raw.isascii():
        wire = raw.decode("ascii")
        try:
            name = decode_mailbox(wire)
        except ValueError:
            name = wire  # not modified UTF-7: the server's spelling is the only one there is
    else:  # a server in UTF-8 mode (RFC 6855), or one that ignores the rule
        name = raw.decode("utf-8", "replace")
        wire = encode_mailbox(name)
    if name.upper() == "INBOX":
        name = "INBOX"
    return Listed(name, wire, frozenset(flags), delimiter)


class _Reader:
    """Just enough of RFC 3501's response syntax for LIST: atoms, NIL, quoted strings with escapes, literals."""

    _ATOM_END = b' ()"{\r\n'

    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def _skip_spaces(self) -> None:
        while self.pos < len(self.data) and self.data[self.pos:self.pos + 1] == b" ":
            self.pos += 1

    def take(self, token: bytes) -> bool:
        self._skip_spaces()
        if self.data.startswith(token, self.pos):
            self.pos += len(token)
            return True
        return False

    def expect(self, token: bytes) -> None:
        if not self.take(token):
            raise ListSyntaxError(f"expected {token!r} at {self.pos} in {self.data!r}")

    def atom(self) -> bytes:
        self._skip_spaces()
        start = self.pos
        while self.pos < len(self.data) and self.data[self.pos] not in self._ATOM_END:
            self.pos += 1
        if self.pos == start:
            raise ListSyntaxError(f"expected an atom at {start} in {self.data!r}")
        return self.data[start:self.pos]

    def nstring(self) -> bytes | None:
        self._skip_spaces()
        if self.data[self.pos:self.pos + 3].upper() == b"NIL" and self.data[self.pos + 3:self.pos + 4] in (b"", b" "):
            self.pos += 3
            return None
        return self.string()

    def astring(self) -> bytes:
        self._skip_spaces()
        if self.data[self.pos:self.pos + 1] in (b'"', b"{"):
            return self.string()
        return self.atom()

    def string(self) -> bytes:
        self._skip_spaces()
        if self.take(b'"'):
            out = bytearray()
            while self.pos < len(self.data):
                ch = self.data[self.pos:self.pos + 1]
                self.pos += 1
                if ch == b'"':
                    return bytes(out)
                if ch == b"\\":
                    ch = self.data[self.pos:self.pos + 1]
                    self.pos += 1
                out += ch
            raise ListSyntaxError(f"unterminated quoted string in {self.data!r}")
        found = re.compile(rb"\{(\d+)\+?\}\r\n").match(self.data, self.pos)
        if found is None:
            raise ListSyntaxError(f"expected a string at {self.pos} in {self.data!r}")
        size = int(found.group(1))
        start = found.end()
        if start + size > len(self.data):
            raise ListSyntaxError(f"a literal of {size} bytes is cut short in {self.data!r}")
        self.pos = start + size
        return self.data[start:self.pos]
