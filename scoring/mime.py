"""A message's body as text, whatever its MIME: charsets checked rather than trusted, broken boundaries repaired,
HTML-only mail rendered (see `scoring.htmltext`). Never raises: what went wrong is reported in `Decoded.error`, and
a structure beyond the limits of `scoring.mimelimits` is not read at all (`Decoded.unreadable`)."""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import dataclass

from scoring.headers import header_text
from scoring.htmltext import html_to_text
from scoring.mailparts import plain_charset
from scoring.mimelimits import BeyondLimits, check, over_limits


@dataclass(frozen=True)
class Decoded:
    text: str
    subject: str
    charset: str | None
    error: str | None = None  # what was wrong with the message and how it was read anyway; text is the best reading
    unreadable: bool = False  # not read at all (error says why: a MIME limit, the parser's recursion); text is ""


def decode(raw: bytes) -> Decoded:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    beyond = over_limits(raw or b"")
    if beyond:
        return Decoded("", "", None, beyond, unreadable=True)
    try:
        msg = email.message_from_bytes(raw or b"", policy=email.policy.compat32)
    except RecursionError as exc:
        return Decoded("", "", None, f"RecursionError: {exc}", unreadable=True)
    except Exception as exc:
        text, charset, _ = _bytes_text(raw or b"", None)
        return Decoded(text, "", charset, f"{type(exc).__name__}: {exc}")
    return decode_parsed(msg, raw)


def decode_parsed(msg, raw: bytes) -> Decoded:
    """`decode` of a message already parsed with email.policy.compat32 (`raw` is its source, read as plain bytes
    when the structure is beyond use). May change the parsed copy (a part's broken encoding header): call it after
    anything else that reads the same object."""
    subject, notes = "", []
    try:
        try:
            subject = header_text(msg.get("Subject")).strip()
        except Exception as exc:  # a header beyond repair costs the subject, not the body
            notes.append(f"subject unreadable: {exc}")
        part, data = _body_part(msg, notes)
        if part is None:
            return Decoded("", subject, None, "; ".join(notes + ["no text part"]))
        text, charset = _part_text(part, notes, data)
    except (BeyondLimits, RecursionError) as exc:  # a repaired multipart nested beyond reading: nothing is read
        return Decoded("", subject, None, "; ".join([*notes, f"{type(exc).__name__}: {exc}"]), unreadable=True)
    except Exception as exc:  # never raise: the caller stores whatever is readable
        text, charset, _ = _bytes_text(raw or b"", None)
        return Decoded(text, subject, charset, f"{type(exc).__name__}: {exc}")
    return Decoded(text, subject, charset, "; ".join(notes) or None)


def _body_part(msg, notes: list[str]):
    """The text part that is the body: text/plain if there is a non-empty one, else text/html; attached files and
    attached messages (forwards) are not the body. With it, its decoded payload when that was read to choose it
    (each decoding reads all the part's headers again: once is enough), else None."""
    plain, html = [], []
    _collect(msg, plain, html, notes, depth=0)
    for part in plain:
        data = part.get_payload(decode=True) or b""
        if data.strip():
            return part, data
    return (html[0] if html else (plain[0] if plain else None)), None


def _collect(part, plain: list, html: list, notes: list[str], depth: int) -> None:
    ctype = part.get_content_type()  # each look-up reads all the part's headers: once
    if ctype.split("/")[0] == "multipart":
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                _collect(sub, plain, html, notes, depth + 1)
            return
        part = _repair_multipart(part, notes)
        if part.is_multipart():
            _collect(part, plain, html, notes, depth + 1)
            return
        ctype = "text/plain"
    if (part.get("Content-Disposition") or "").strip().lower().startswith("attachment"):
        return
    if depth == 0 and part.get("Content-Type") is None and _looks_html(part.get_payload(decode=True) or b""):
        ctype = "text/html"
    if ctype in ("text/plain", "text/html"):
        (plain if ctype == "text/plain" else html).append(part)


def _repair_multipart(part, notes: list[str]):
    """A multipart whose boundary is missing or wrong: split on the first line that looks like one."""
    body = part.get_payload(decode=True) or b""
    found = re.search(rb"^--(\S{1,100}?)(--)?[ \t]*\r?\n(?=[\w-]+:)", body, re.M)
    if not found:
        notes.append("multipart without its boundary: read as plain text")
        return email.message_from_bytes(b"Content-Type: text/plain\n\n" + body, policy=email.policy.compat32)
    notes.append(f"multipart boundary not found: split on {found.group(1).decode('ascii', 'replace')!r}")
    head = b'Content-Type: multipart/mixed; boundary="' + found.group(1) + b'"\n\n'
    check(head + body)  # the structure found inside is parsed afresh: the same limits as the message's own
    return email.message_from_bytes(head + body, policy=email.policy.compat32)


def _part_text(part, notes: list[str], data: bytes | None = None) -> tuple[str, str | None]:
    if data is None:
        data = part.get_payload(decode=True) or b""
    if (part.get("Content-Transfer-Encoding") or "").strip().lower() == "base64":
        raw = part.get_payload()
        if isinstance(raw, str) and not re.fullmatch(r"[A-Za-z0-9+/=\s]*", raw):
            notes.append("body marked base64 is not base64: read as it is")
            del part["Content-Transfer-Encoding"]  # this parsed copy only: now the payload comes back as sent
            data = part.get_payload(decode=True) or b""
    is_html = part.get_content_type() == "text/html" or part.get("Content-Type") is None and _looks_html(data)
    declared = plain_charset(part.get("Content-Type"))  # the usual "text/plain; charset=x": nothing else to parse
    params = [("charset", declared)] if declared else part.get_params() or []  # once for charset, format and delsp
    declared = _param(params, "charset")
    if isinstance(declared, tuple):  # RFC 2231 form
        declared = declared[2]
    if not declared and is_html:
        meta = re.search(rb"<meta[^>]{0,200}charset=[\"']?([\w.:-]+)", data[:4096], re.I)
        declared = meta.group(1).decode("ascii") if meta else None
    text, charset, note = _bytes_text(data, declared)
    if note:
        notes.append(note)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if is_html:
        return html_to_text(text), charset
    if (_param(params, "format") or "").lower() == "flowed":
        text = _unflow(text, (_param(params, "delsp") or "").lower() == "yes")
    return text, charset


def _param(params: list[tuple[str, object]], name: str):
    """What `part.get_param(name)` returns, from `part.get_params()`: the first value of that name (any case)."""
    return next((value for key, value in params if key.lower() == name), None)


def _looks_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<") and re.search(rb"<(html|body|div|p|br|table|span|blockquote|!doctype|\?xml)\b",
                                               head) is not None


def _unflow(text: str, delsp: bool) -> str:
    """RFC 3676: a line ending in a space continues on the next line of the same quote depth."""
    out: list[tuple[int, str]] = []
    joining = False
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        body = body[1:] if body.startswith(" ") else body  # space-stuffing
        if joining and out and out[-1][0] == depth:
            out[-1] = (depth, out[-1][1] + body)
        else:
            out.append((depth, body))
        joining = body.endswith(" ") and body.rstrip() != "--"
        if joining and delsp:
            out[-1] = (depth, out[-1][1][:-1])
    return "\n".join((">" * d + " " if d else "") + b for d, b in out)


# --------------------------------------------------------------------------------------------------- charsets

_ALIASES = {"win1251": "cp1251", "windows1251": "cp1251", "cp1251": "cp1251", "koi8r": "koi8-r", "koi8": "koi8-r",
            "koi8u": "koi8-u", "utf8": "utf-8", "unicode11utf8": "utf-8", "win1252": "cp1252", "latin1": "latin-1"}
_CYRILLIC = {"cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic"}
_LATIN = {"ascii", "latin-1", "iso8859-1", "iso8859-15", "cp1252"}
_MIME_NAMES = {"cp1251": "windows-1251", "cp1252": "windows-1252", "ascii": "us-ascii", "latin-1": "iso-8859-1",
               "cp866": "ibm866", "mac-cyrillic": "x-mac-cyrillic"}


def _codec(name: str | None) -> str | None:
    """Python's codec for a declared MIME charset, or None when it is unknown or not a text encoding."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    compact = re.sub(r"[^a-z0-9]", "", name).removeprefix("x")
    for candidate in (name, _ALIASES.get(compact), _ALIASES.get(compact.removeprefix("cp"))):
        if not candidate:
            continue
        try:
            codec = codecs.lookup(candidate).name
            b"a".decode(codec)  # rejects base64, rot13, zlib and the like
        except (LookupError, ValueError, UnicodeError):
            continue
        return codec
    return None


_RU_LOWER, _RU_UPPER = re.compile("[а-яё]+"), re.compile("[А-ЯЁ]+")  # runs: counted by the regex engine, not per letter


def _lower_ratio(text: str) -> float:
    lower = sum(map(len, _RU_LOWER.findall(text)))
    upper = sum(map(len, _RU_UPPER.findall(text)))
    return lower / (lower + upper) if lower + upper >= 8 else 0.5


def _bytes_text(data: bytes, declared: str | None) -> tuple[str, str | None, str | None]:
    """(text, charset used, note when the declared charset was wrong, unknown or missing)."""
    codec = _codec(declared)
    if codec in ("utf-16", "utf-32") and b"\x00" not in data:
        codec = None  # a wide charset declared over 8-bit text
    if data.isascii():
        try:
            return data.decode(codec or "ascii"), _mime(codec or "ascii"), None  # ISO-2022-JP, UTF-7 are 7-bit too
        except UnicodeError:
            return data.decode("ascii"), "us-ascii", _wrong(declared, codec, "ascii")
    if codec not in _CYRILLIC | _LATIN | {None}:  # UTF-8 and the rest: trusted when the bytes fit
        try:
            return data.decode(codec), _mime(codec), None
        except UnicodeError:
            pass
    utf = data.decode("utf-8", "replace")
    bad = utf.count("\ufffd")
    if not bad:
        return utf, "utf-8", _wrong(declared, codec, "utf-8") if declared else None  # RFC 6532's default
    non_ascii = len(utf) - len(utf.encode("ascii", "ignore"))  # the characters above \x7f, counted in C
    if non_ascii - bad > 4 * bad:  # UTF-8 with a few broken bytes (a cut character)
        return utf, "utf-8", "invalid UTF-8 bytes replaced"
    guesses = {c: data.decode(c, "replace") for c in ("cp1251", "koi8-r")}
    ratios = {c: _lower_ratio(text) for c, text in guesses.items()}
    best = max(guesses, key=ratios.__getitem__)
    if codec in _CYRILLIC:
        own = data.decode(codec, "replace")
        own_ratio = ratios[codec] if codec in ratios else _lower_ratio(own)  # the text of guesses[codec]: known
        if own_ratio >= ratios[best] - 0.1:
            return own, _mime(codec), None
        return guesses[best], _mime(best), _wrong(declared, codec, best)
    latin_codec = codec if codec in _LATIN - {"ascii"} else "cp1252"
    latin = data.decode(latin_codec, "replace")
    letters = [c for c in latin if c.isalpha()]
    foreign = sum(1 for c in letters if "\xc0" <= c <= "\xff") / max(len(letters), 1)
    if foreign > 0.4 and ratios[best] > 0.6:  # Russian read as Latin-1 would be all accents
        return guesses[best], _mime(best), _wrong(declared, codec, best)
    if codec and codec not in _LATIN | {"utf-8"}:
        return data.decode(codec, "replace"), _mime(codec), f"bytes that are not {_mime(codec)} replaced"
    return latin, _mime(latin_codec), _wrong(declared, codec, latin_codec)


def _mime(codec: str) -> str:
    return _MIME_NAMES.get(codec, codec.replace("iso8859-", "iso-8859-").replace("iso2022_", "iso-2022-"))


def _wrong(declared: str | None, codec: str | None, used: str) -> str | None:
    if codec == used:
        return None
    what = f"declared charset {declared!r} {'did not fit' if codec else 'unknown'}" if declared else "no charset"
    return f"{what}: read as {_mime(used)}"


# --------------------------------------------------------------------------------------------------- HTML
