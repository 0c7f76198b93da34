"""Reading a message the way `scoring.kinds` needs it: headers as text, the text of its parts, its
delivery-status fields and recipients, bounded in parts and characters looked at."""

from __future__ import annotations

import email
import email.parser
import email.policy
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses

from scoring.headers import header_text
from scoring.kinddata import MAX_PARTS, SCAN_LIMIT, phrases

# ------------------------------------------------------------------------------------------------------- reading

EMAIL_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)  # short values only
LOCAL_PART = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]{1,64}\Z", re.ASCII)
DOMAIN_PART = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}", re.ASCII)
BRACKET_TICKET = re.compile(r"\[#\s*([A-Z]{0,10}-?\d+)\]", re.I)
NEWLINE = re.compile("\n")
HEADER_LIMIT = 8192  # characters of one header value looked at
STATUS_AFTER_CODE = re.compile(r"\b[45]\d\d[ -]#?([45]\.\d{1,3}\.\d{1,3})(?!\.?\d)")
FAILURE_STATUS = re.compile(r"(?<![\d.])([45]\.\d{1,3}\.\d{1,3})(?!\.?\d)")
STATUS_RE = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?!\.?\d)")
DSN_FIELD = re.compile(r"^[ \t]*(final-recipient|original-recipient|action|status)[ \t]*:[ \t]*(.+)$", re.I | re.M)
# an address after these is an identifier or the sender of the returned message, never the failed recipient
NOT_RECIPIENT = re.compile(
    r"^\s*(message-id|references|in-reply-to|content-id|resent-message-id|x-[\w-]*id)\s*:|"
    r"(mail from|envelope-from|return-path|sender|from)\s*[:=]?\s*<?\s*$",
    re.I,
)
REPLY_PREFIX = re.compile(r"^\s*(re|fw|fwd|aw|wg|sv|ответ|отв|пересл)\s*(\[\d+\])?\s*:", re.I)
SYSTEM_LOCALPARTS = frozenset(
    {"mailer-daemon", "mailerdaemon", "mailer_daemon", "mail-daemon", "maildaemon", "postmaster", "post_master"}
)
SYSTEM_NAME = re.compile(
    r"mail(er)?[ _-]?daemon|mail delivery (subsystem|system|service)|internet mail delivery|mail administrator|"
    r"\bpostmaster\b|почтовая служба|служба доставки почты",
    re.I,
)
HTML_DROP = re.compile(r"<(script|style|head)\b", re.I)
HTML_BREAK = re.compile(r"<(br|/p|/div|/tr|/li|/h\d)\b[^<>]{0,2000}>", re.I)
HTML_TAG = re.compile(r"<[^<>]{0,2000}>")
ORIGINAL_TYPES = frozenset({"message/rfc822", "text/rfc822-headers", "text/rfc822-header", "message/rfc822-headers"})
DELIVERED_ACTIONS = frozenset({"delivered", "relayed", "expanded", "deliverable"})
AUTO_PRECEDENCE = frozenset({"auto_reply", "bulk", "junk", "list"})  # docs/method.md §5
_HEADERS_ONLY = email.parser.Parser(policy=email.policy.compat32)


def _decode_bytes(data: bytes, charset: str | None) -> str:
    tried = []
    for name in (charset, "utf-8"):
        if not name or name in tried or name in ("unknown-8bit", "x-unknown"):
            continue
        tried.append(name)
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1251", "replace")  # 8-bit text that is not UTF-8 is most often Windows-1251 here


class HeaderIndex:
    """A message's headers by name, each fetched as `Message.get` fetches it (the first of that name). `Message.get`
    reads every header of the message at each call, and deciding a kind asks for some forty: this reads them once."""

    __slots__ = ("_first", "_policy")

    def __init__(self, msg: Message):
        first: dict[str, tuple[str, str]] = {}
        for name, value in msg.raw_items():
            first.setdefault(name.lower(), (name, value))
        self._first, self._policy = first, msg.policy

    def get(self, name: str, failobj=None):
        found = self._first.get(name.lower())
        return failobj if found is None else self._policy.header_fetch_parse(*found)


def _raw(msg: Message | HeaderIndex, name: str) -> str:
    """A header as written (an 8-bit value comes back as an email.header.Header: str() it)."""
    value = msg.get(name)
    return "" if value is None else str(value)[:HEADER_LIMIT]


def _header(msg: Message | HeaderIndex, name: str) -> str:
    """A header as one line of text (RFC 2047 and raw 8-bit values decoded by the project's one header reader)."""
    value = msg.get(name)
    if value is None:
        return ""
    return " ".join(header_text(value[:HEADER_LIMIT] if isinstance(value, str) else value).split())


def _part_text(part: Message) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if data is None:
        payload = part.get_payload()
        if not isinstance(payload, str):
            return ""
        data = payload.encode("utf-8", "surrogateescape")
    data = data[: SCAN_LIMIT * 4]
    try:
        declared = plain_charset(part.get("Content-Type"))
        charset = declared.lower() if declared else part.get_content_charset()
    except Exception:
        charset = None
    return _decode_bytes(data, charset)[:SCAN_LIMIT]


# How nearly every text part's Content-Type is written: a type and one charset parameter, quoted or not. For these the
# email package's parameter parsing (quote-aware splitting, RFC 2231 decoding, unquoting) gives back the charset as
# written, which `plain_charset` reads with one match; any other value is left to the email package.
_PLAIN_CONTENT_TYPE = re.compile(r'[\w.+-]+/[\w.+-]+;\s*charset=(?:"(?P<quoted>[\w.:+-]+)"|(?P<bare>[\w.:+-]+))',
                                 re.ASCII)


def plain_charset(content_type) -> str | None:
    """The charset parameter as `Message.get_param("charset")` returns it, for a Content-Type value (as `Message.get`
    returns it) of the plain shape `type/subtype; charset=x`; None for any other value, or none."""
    found = _PLAIN_CONTENT_TYPE.fullmatch(content_type) if isinstance(content_type, str) else None
    return found and (found["quoted"] or found["bare"])


def _html_text(text: str) -> str:
    kept, pos, lower = [], 0, text.lower()
    while (found := HTML_DROP.search(text, pos)) is not None:  # linear: each closing tag is looked for once
        kept.append(text[pos : found.start()])
        end = lower.find("</" + found.group(1).lower(), found.end())
        if end == -1:
            pos = len(text)
            break
        pos = end
    kept.append(text[pos:])
    text = HTML_BREAK.sub("\n", "".join(kept))
    return html.unescape(HTML_TAG.sub(" ", text))


def _addresses(text: str) -> Iterator[tuple[int, str]]:
    """(position, address) of e-mail addresses in text, in order; linear (grows outwards from each "@")."""
    at = text.find("@")
    while at != -1:
        local = LOCAL_PART.search(text, max(0, at - 64), at)
        domain = DOMAIN_PART.match(text, at + 1, at + 700)
        if local and domain:
            yield local.start(), f"{local.group(0)}@{domain.group(0)}".strip(".")
        at = text.find("@", at + 1)


# The shapes nearly every From/To/Cc is written in, after `_header` made it one line with single spaces: a bare
# `local@domain`, or `<local@domain>` after an optional display name of plain words or one quoted string, several
# joined by commas. For these `email.utils` (its `_parseaddr`, a character-by-character parser) returns exactly the
# name as written (words joined by one space, a quoted string without its quotes) and the address as written, which
# is what `_address_list` returns without it; anything else (comments, groups, escapes, quoted local parts, stray
# spaces, route addresses, empty items) goes to `email.utils` itself. tests/scoring/test_kinds.py checks the two agree.
_ATOM = r"[^\s()<>@,:;.\"\[\]\\]+"  # what _parseaddr reads as one atom, minus the backslash it keeps as is
_ADDR_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_WORDS = r"[^\s()<>@,:;\"\[\]\\]+(?: [^\s()<>@,:;\"\[\]\\]+)*"  # a phrase's words may hold dots ("Ivan I. Petrov")
_PLAIN_ADDRESS = re.compile(rf'(?P<bare>{_ADDR_SPEC})|(?:(?P<words>{_WORDS})|"(?P<quoted>[^"\\\r]*)")? ?<(?P<routed>'
                            rf"{_ADDR_SPEC})>")
_ADDRESS_COMMA = re.compile(r" ?, ?")


def _address_list(value: str) -> list[tuple[str, str]]:
    """`email.utils.getaddresses([value])` for a value from `_header` (one line, single spaces), without its cost
    in the common shapes (see _PLAIN_ADDRESS)."""
    found, pos = [], 0
    while pos < len(value):
        item = _PLAIN_ADDRESS.match(value, pos)
        if item is None:
            return getaddresses([value])
        if item["bare"] is not None:
            found.append(("", item["bare"]))
        else:
            found.append((item["words"] or item["quoted"] or "", item["routed"]))
        pos = item.end()
        if pos < len(value):
            comma = _ADDRESS_COMMA.match(value, pos)
            if comma is None or comma.end() == len(value):  # a trailing comma or anything but a comma: not plain
                return getaddresses([value])
            pos = comma.end()
    return found


def _first_address(value: str) -> tuple[str, str]:
    """`email.utils.parseaddr(value)`, the same way."""
    found = _address_list(value)
    return found[0] if found else ("", "")


def _dsn_blocks(part: Message) -> list[dict[str, str]]:
    """The fields of a message/delivery-status part, one dict per block (lower-case names, first value wins)."""
    payload = part.get_payload()
    blocks: list[dict[str, str]] = []
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                block: dict[str, str] = {}
                for key, value in sub.items():
                    block.setdefault(key.lower(), " ".join(str(value).split()))
                # a blank-line-less DSN keeps later recipients in the body of the first block
                rest = sub.get_payload()
                blocks.append(block)
                if isinstance(rest, str) and rest.strip():
                    blocks.extend(_field_blocks(rest))
        return blocks
    return _field_blocks(_part_text(part))


def _field_blocks(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = None
    for line in text[:SCAN_LIMIT].splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, None
        elif line[:1] in " \t" and last is not None:
            current[last] += " " + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            last = key.strip().lower()
            current.setdefault(last, value.strip())
    if current:
        blocks.append(current)
    return blocks


@dataclass(frozen=True, slots=True)
class Recipient:
    address: str | None
    action: str | None
    status: str | None


def _address(value: str | None) -> str | None:
    if not value:
        return None
    value = value[:1024]
    value = value.split(";", 1)[1] if ";" in value else value
    found = EMAIL_RE.search(value)
    return found.group(0).strip(".") if found else None


def _status(*values: str | None) -> str | None:
    for value in values:
        if value:
            found = STATUS_RE.search(value)
            if found:
                return found.group(1)
    return None


def _recipients(blocks: list[dict[str, str]]) -> list[Recipient]:
    out = []
    for block in blocks:
        if not ({"action", "final-recipient", "original-recipient"} & block.keys()):
            continue
        action = (block.get("action") or "").split()
        status, diagnostic = _status(block.get("status")), _status(block.get("diagnostic-code"))
        if status and diagnostic and status.endswith(".0.0") and diagnostic[0] == status[0]:
            status = diagnostic  # "5.0.0" says less than the remote server's own "5.1.1"
        out.append(
            Recipient(
                address=_address(block.get("final-recipient")) or _address(block.get("original-recipient")),
                action=action[0].lower().rstrip(".;") if action else None,
                status=status or diagnostic,
            )
        )
    return out


def _text_recipients(text: str) -> list[Recipient]:
    """DSN fields written into the text of a non-standard report, grouped at each Final-Recipient."""
    out: list[Recipient] = []
    fields: dict[str, str] = {}
    for match in DSN_FIELD.finditer(text):
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "final-recipient" and "final-recipient" in fields:
            out.extend(_recipients([fields]))
            fields = {}
        fields.setdefault(key, value)
    if fields:
        out.extend(_recipients([fields]))
    return [r for r in out if r.action or r.address]


@dataclass(slots=True)
class Mail:
    """What the decision needs from one message, read once."""

    msg: Message
    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    whole: str = ""  # the text with any original message below the marker ("-----Original Message-----")
    own: set[str] = field(default_factory=set)  # addresses of the bounce's sender and receiver: never "failed"
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    dsn: list[Recipient] = field(default_factory=list)
    dsn_part: bool = False
    feedback: bool = False
    mdn: bool = False
    original: bool = False
    original_headers: list[Message] = field(default_factory=list)
    text: str = ""  # body text, before the returned copy of the original
    head: HeaderIndex = field(init=False)  # the message's own headers, read once

    def __post_init__(self) -> None:
        self.head = HeaderIndex(self.msg)

    @classmethod
    def read(cls, msg: Message) -> Mail:
        mail = cls(msg)
        mail.subject = _header(mail.head, "Subject")[:1000]
        name, addr = _first_address(_header(mail.head, "From"))
        mail.from_name, mail.from_addr = name.strip(), addr.strip().lower()
        for header in ("To", "Cc", "Delivered-To"):
            for _, address in _address_list(_header(mail.head, header)):
                if "@" in address:
                    mail.own.add(address.lower())
        if mail.from_addr:
            mail.own.add(mail.from_addr)
        mail._walk()
        body = "\n".join(mail.plain) if mail.plain else _html_text("\n".join(mail.html))
        body = body[:SCAN_LIMIT]
        marker = phrases().search("original_message_markers", body)
        mail.text = body[: marker.start()] if marker and marker.start() > 0 else body
        mail.whole = body  # with a returned or forwarded original: a person's "Fwd: Undeliverable" is read whole
        return mail

    def _walk(self) -> None:
        stack: list[Message] = [self.msg]
        seen = 0
        while stack and seen < MAX_PARTS:
            part = stack.pop()
            seen += 1
            ctype = part.get_content_type()
            if ctype in ORIGINAL_TYPES:
                self.original = True
                payload = part.get_payload()
                if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                    self.original_headers.append(payload[0])
                    if payload[0].get_content_type() == "multipart/report":
                        stack.append(payload[0])  # a report forwarded by a mail system: read the inner report
                elif isinstance(payload, str):  # returned headers only: the body, if any, is never parsed
                    self.original_headers.append(_HEADERS_ONLY.parsestr(payload[:SCAN_LIMIT], headersonly=True))
            elif ctype in ("message/delivery-status", "message/global-delivery-status"):
                self.dsn_part = True
                self.dsn.extend(_recipients(_dsn_blocks(part)))
            elif ctype == "message/feedback-report":
                self.feedback = True
            elif ctype == "message/disposition-notification":
                self.mdn = True
            elif part.is_multipart():
                payload = part.get_payload()
                if isinstance(payload, list):
                    stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
            elif ctype == "text/html":
                self.html.append(_part_text(part))
            elif ctype.split("/")[0] in ("text", "multipart") or ctype == "application/json":  # its main type
                # a multipart/* whose boundary is missing arrives here as text: read it as text
                self.plain.append(_part_text(part))
            if sum(map(len, self.plain)) > SCAN_LIMIT:
                break
