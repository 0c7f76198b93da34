"""A reply's own words: its body as plain text, then without the quoted original and the signature.

    decode(raw) -> Decoded(text, subject, charset, error)   the body as text; never raises
    new_text(text) -> str                                   what the sender wrote this time
    reply_text(raw) -> str                                  both

`decode` prefers text/plain and renders HTML-only mail itself, marking quoted containers (`<blockquote>`, Gmail's
`gmail_quote`, Mail.ru's `mail-quote-collapse`, ...) with "> " so that `new_text` treats them like `>` quoting.
Charsets are checked rather than trusted: a body that is valid UTF-8 is UTF-8, and Cyrillic single-byte text is read
as whichever of windows-1251 / KOI8-R gives mostly lower-case letters (the two swap cases).

Quote headers and signature lines are data, `scoring/data/quote_headers.json`, read once on first use:

    {"headers":   [{"name": str, "pattern": regex, "lines": int, "example": str}],
                  # a quote header on its own line, or wrapped over up to `lines` lines (joined with spaces)
     "lead_ins":  [{"name": str, "pattern": regex, "example": str}],
                  # a header only when the next non-blank line is quoted ("Иван Петров пишет:")
     "fields":    {"from" | "sent" | "to" | "cc" | "subject": [label, ...]},
                  # Outlook-style "From: / Sent: / To: / Subject:" blocks: "from" plus two more kinds,
                  # or "from" with an address plus a dated "sent"
     "field_examples": [str],  # blocks that must be recognised (the tests check them)
     "signature": {"delimiter": regex, "max_lines": int, "mobile": [regex], "closings": [regex],
                   "contact": [regex], "max_contact_lines": int, "rule_line": regex, "name_line": regex,
                   "signature_line_max": int},
     "html":      {"quote_classes": [str], "quote_ids": [str], "signature_classes": [str]},
     "chrome":    {"markers": [regex], "comment_authors": [regex], "comment_headers": [regex],
                   "comment_time": regex, "footers": [regex], "disclaimers": [regex], "author_lines": [regex]}}
                  # what helpdesks wrap a comment in: markers and header lines go, a footer or a
                  # disclaimer ends the reply; an author line ("Nina from Metricly") goes when a greeting
                  # follows it

All patterns are case-insensitive (but `name_line`: names are capitalised) and matched against a stripped line
(`search`, so anchor them).

Conservative by design, since the answer's content is what gets scored: a lone "От: ..." or dated line is not a
header; `>` lines go only when quoting is evident; a signature is a "-- " block of at most `max_lines` lines, a
rule line over signature lines, a trailing "Sent from my iPhone" line, a valediction with only signature lines
under it (the valediction goes too, kept apart by `own_words` for the rubric's politeness), or a name block under
the answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring.htmltext import _INVISIBLE, html_to_text
from scoring.lemmas import has_verb
from scoring.memo import per_text
from scoring.mime import Decoded, decode
from scoring.quoterules import DATA, rules
from scoring.weigh import data as weigh_data
from scoring.weigh import role as weigh_role

__all__ = ["DATA", "Decoded", "decode", "html_to_text", "new_text", "reply_text", "rules"]

# Lines recur from reply to reply (the quoted question, greetings, closings, a helpdesk's author and date lines) and
# what one line is depends on that line alone (and the rules, read once): the costlier readings of a line are
# remembered, for this many lines each, of up to this many characters
per_line = per_text(4096, 300)


def reply_text(raw: bytes) -> str:
    return new_text(decode(raw).text)


def own_words(text: str) -> tuple[str, str]:
    """(what the sender wrote this time, the signature block removed from it: the valediction down). The block is
    kept apart because a courteous closing is part of how the reply was written (the rubric's "polite")."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " "))
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _without_author_line(_without_chrome(lines))
    lines = _without_quotes(lines, quoting_known=False)
    lines, closing = _without_signature(lines)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), "\n".join(closing).strip()


# --------------------------------------------------------------------------------------------------- helpdesk chrome


def _without_chrome(lines: list[str]) -> list[str]:
    """What a helpdesk or a mail server wraps a person's words in (scoring/data/quote_headers.json "chrome"):
    "reply above this line" markers and "X commented:" / "request (N) updated" lines go, and so does the comment's
    author and date above the words; a later author-and-date pair starts an older comment of the thread (the
    customer's question), and from a footer ("view the request", "powered by ...") or a legal disclaimer down,
    nothing is the reply."""
    r = rules()
    out: list[str] = []
    wrapped: set[int] = set()  # lines that continue a chrome line
    started = False  # the reply's own words have begun
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or _QUOTED.match(line):
            out.append(line)
            continue
        low = text[:240].lower()
        if _footer(low):  # a disclaimer may be one long line: its start says what it is
            if not started:
                continue  # «Чтобы ответить, просто напишите выше этой строки» over the reply: chrome, not its end
            break
        if len(text) > 240:  # chrome lines are short: a long one is the reply's
            started = True
            out.append(line)
            continue
        if _chrome(low):
            skip = i + 1  # a chrome line the server wrapped: "…, reply to\nthis\nemail."
            while skip < len(lines) and _continues(lines[skip]):
                skip += 1
            wrapped.update(range(i + 1, skip))
            continue
        if i in wrapped:
            continue
        if not started and (r.rule_line.match(text) or r.comment_time.match(text)):
            continue  # a rule or the comment's date over the words
        if (_is_author(text) and _next_is_time(lines, i)) or _author_and_time(text):
            if started:
                break  # the next comment of the thread: an older one
            continue
        if started and r.rule_line.match(text) and _next_starts_comment(lines, i):
            break  # "-----" over the customer's name and greeting: the thread's older message
        started = True
        out.append(line)
    return out


@lru_cache(maxsize=4096)  # as per_line, without its length test: a line's first 240 characters
def _footer(low: str) -> bool:
    """A helpdesk's footer or a legal disclaimer (a lower-cased line): from there down, nothing is the reply."""
    return bool(rules().any_footer.match(low))


@lru_cache(maxsize=4096)  # as per_line, without its length test: a line's first 240 characters
def _chrome(low: str) -> bool:
    """A helpdesk's marker, comment author or header line (a lower-cased line): it goes."""
    return bool(rules().any_chrome.match(low))


def _continues(line: str) -> bool:
    """A fragment of a wrapped line: one or two words, lower-case, right under it."""
    text = line.strip()
    return bool(text) and len(text.split()) <= 2 and text[:1].islower()


_FIELD = re.compile(r"^[\w .-]{2,25}:\s+\S")  # "Исполнитель: Смирнова О. В.", "Дата ответа: 07.12.2026"
_HEADERISH = re.compile(r"\d|[·|•]|№")  # a date, a time, a ticket number or a separator: a helpdesk's line


_ADDRESSED = re.compile(r"^[A-ZА-ЯЁ][\w-]+( [A-ZА-ЯЁ][\w-]+)?,\s*")


@per_line
def _greets(line: str) -> bool:
    """A greeting line, also after the customer's name ("Анатолий, добрый день!")."""
    return bool(weigh_data().greeting.match(line) or weigh_data().greeting.match(_ADDRESSED.sub("", line)))


def _only_greets(line: str) -> bool:
    """A line that greets and says nothing else ("Анатолий, здравствуйте!", not «Здравствуйте. Я на больничном»)."""
    return _greets(line) and len(line.split()) <= 5 and not re.search(r"[.!?]\s+\S", line)


def _without_author_line(lines: list[str]) -> list[str]:
    """A helpdesk or chat widget names the agent, the time or the ticket above the words ("Nina from Metricly",
    «Ольга Ким, служба поддержки 07.12.2026 16:25», «Онлайн-поддержка · диалог №5521»): up to four short lines that
    are not sentences go when a greeting follows them (so a reply that starts "Иван, добрый день" or with a
    sentence keeps its first line)."""
    r = rules()
    filled = [i for i, line in enumerate(lines) if line.strip()][:5]
    for pos, i in enumerate(filled[1:], start=1):
        if _QUOTED.match(lines[i]) or _header_in(1, lines[i].strip()):
            return lines  # a quote begins: what is above it is the reply ("Hello\n\nOn ... wrote:\n> Hi")
        if not _greets(lines[i].strip()):
            continue
        head = [lines[j].strip() for j in filled[:pos]]
        if all(len(h) <= 100 and (_FIELD.match(h) or not re.search(r"[.!?]$", h) and (
                any(p.match(h) for p in r.author_lines) or _HEADERISH.search(h) or r.name_line.match(h)
                or r.company_line.match(h))) for h in head):
            return lines[i:]
        return lines
    return lines


def helpdesk_comment(text: str) -> str | None:
    """The line that shows a person's comment in a helpdesk thread ("Татьяна Киселёва оставил(а) комментарий:", an
    author line over its date), if any: helpdesks mark every mail they send as automatic, the people's answers too."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")][:60]
    r = rules()
    for i, line in enumerate(lines):
        if not line or _QUOTED.match(line):
            continue
        if any(p.search(line) for p in r.comment_authors):
            return line
        if _is_author(line) and _next_is_time(lines, i):
            return line
    return None


_ROLE = re.compile(r"\s*\([^)]{1,40}\)$")


@per_line
def _is_author(text: str) -> bool:
    """A helpdesk comment's author line: a name, with the team or role in brackets ("Роман Козлов (сотрудник)") or
    after a comma («Елизавета Громова, служба поддержки»)."""
    r = rules()
    return len(text) <= 80 and text[:1].isupper() and bool(
        r.name_line.match(_ROLE.sub("", text)) or any(p.match(text) for p in r.author_lines))


@per_line
def _author_and_time(text: str) -> bool:
    """An author and the time of a comment on one line ("Анатолий Смирнов, 7 декабря 2026, 16:36")."""
    if len(text) > 120 or not text.lstrip(" ,")[:1].isupper():
        return False  # exact: _is_author wants a capital first, and the text before the time, stripped of spaces
        # and commas, starts with the line's first character that is neither
    found = rules().comment_time_tail.search(text)
    return bool(found) and found.end() == len(text) and _is_author(text[:found.start()].strip(" ,"))


def _next_starts_comment(lines: list[str], i: int) -> bool:
    """Whether a name line and then a greeting follow line i: an older message of the thread, quoted in full."""
    after = [line.strip() for line in lines[i + 1:i + 8] if line.strip()][:2]
    return len(after) == 2 and bool(rules().name_line.match(after[0])) and _greets(after[1])


def _next_is_time(lines: list[str], i: int) -> bool:
    for j in range(i + 1, min(len(lines), i + 4)):  # the date is on the next line, a blank line or two between
        if lines[j].strip():
            return bool(rules().comment_time.match(lines[j].strip()))
    return False


# --------------------------------------------------------------------------------------------------- quotes

_QUOTED = re.compile(r"^ {0,3}([A-Za-zА-ЯЁа-яё]{1,3})?>")  # "> " and The Bat!'s initials, "АС> "
_RULE_LINE = re.compile(r"^[\s_\-=*~—]{3,}$")


def new_text(text: str) -> str:
    return own_words(text)[0]


def _without_quotes(lines: list[str], quoting_known: bool) -> list[str]:
    found = _find_header(lines)
    if found is None:
        return _drop_quoted(lines, quoting_known)
    start, end = found
    head = _drop_quoted(_trim_head(lines[:start]), quoting_known)
    after = lines[end:]
    first = next((line for line in after if line.strip()), None)
    if first is not None and _QUOTED.match(first):  # answer below or between the quotes: keep what is not quoted
        return head + _without_quotes(after, quoting_known=True)
    return head


def _drop_quoted(lines: list[str], quoting_known: bool) -> list[str]:
    """Quoted lines go when quoting is evident: a header above, two or more of them, or a quote closing the text.
    A lone "> 5 дней" inside the answer stays."""
    quoted = [i for i, line in enumerate(lines) if _QUOTED.match(line)]
    last_own = max((i for i, line in enumerate(lines) if line.strip() and not _QUOTED.match(line)), default=-1)
    if quoting_known or len(quoted) >= 2 or (quoted and quoted[0] > last_own):
        return [line for line in lines if not _QUOTED.match(line)]
    return lines


def _header_span(lines: list[str], i: int, last: int | None = None) -> int | None:
    """How many lines a quote header starting at line i takes (ending at line `last` if given), or None."""
    joined = lines[i].strip()
    for k in range(1, rules().max_span + 1):
        if k > 1:
            nxt = lines[i + k - 1].strip() if i + k - 1 < len(lines) else ""
            if not nxt or _QUOTED.match(lines[i + k - 1]):
                return None
            joined += " " + nxt
        if last is None or i + k - 1 == last:
            if _header_in(k, joined):
                return k
    return None


@per_line
def _header_in(k: int, joined: str) -> bool:
    """Whether `joined` (k lines joined with spaces) is a quote header that may take k lines."""
    return bool(rules().header_spans[k].search(joined))


@per_line
def _any(kind: str, text: str) -> bool:
    """Whether a pattern of the rules' list `kind` ("lead_ins", "mobile", "closings") is found in `text`."""
    return any(p.search(text) for p in getattr(rules(), kind))


def _find_header(lines: list[str]) -> tuple[int, int] | None:
    """(first line, line after) of the first quote header outside quoted lines."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _QUOTED.match(line) or len(stripped) > 400:
            continue
        k = _header_span(lines, i)
        # a header wrapped over lines starts at the latest line that still matches: the line above is the answer's
        if k and not (k > 1 and _header_span(lines, i + 1, last=i + k - 1)):
            return i, i + k
        end = _field_block(lines, i)
        if end:
            return i, end
        if _any("lead_ins", stripped):
            nxt = next((x for x in lines[i + 1:] if x.strip()), "")
            if _QUOTED.match(nxt):
                return i, i + 1
    return None


def _field_block(lines: list[str], i: int) -> int | None:
    """End of an Outlook-style "From: / Sent: / To: / Subject:" block starting at line i."""
    r = rules()
    kinds: dict[str, str] = {}
    j, loose = i, 0
    while j < len(lines) and j - i < 12 and lines[j].strip() and not _QUOTED.match(lines[j]):
        m = r.field.match(lines[j].strip())
        if m:
            kinds.setdefault(r.field_kind[m.group("label").lower()], lines[j])
        elif j == i or loose >= 2:
            break
        else:
            loose += 1  # a wrapped "To:" list
        j += 1
    if "from" not in kinds:
        return None
    dated = "sent" in kinds and re.search(r"\d{4}|\d:\d\d", kinds["sent"])
    if len(kinds) >= 3 or (dated and "@" in kinds["from"]):
        return j
    return None


def _trim_head(head: list[str]) -> list[str]:
    """Drop what belongs to the header above it: rules, blank lines, and stray field lines (Yandex's "Кому:")."""
    r = rules()
    while head and (not head[-1].strip() or _RULE_LINE.match(head[-1]) or r.field.match(head[-1].strip())):
        if r.sig_delim.match(head[-1].strip()) and head[-1].strip():
            break  # a "-- " line is the signature's, handled later
        head = head[:-1]
    return head


# --------------------------------------------------------------------------------------------------- signature


def _without_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without the signature, and the signature's lines from the valediction down (empty when the
    signature had none: a "-- " block or a device line is not a closing)."""
    r = rules()
    for i, line in enumerate(lines):
        if r.sig_delim.match(line) and sum(1 for x in lines[i + 1:] if x.strip()) <= r.sig_max:
            lines = lines[:i]
            break
        if not i or not r.rule_line.match(line.strip()):
            continue
        rest = [x for x in lines[i + 1:] if x.strip()]
        if 0 < len(rest) <= r.max_contact and all(_signature_like(x) or _any("mobile", x.strip())
                                                   for x in rest):
            lines = lines[:i]  # "__________" over a name, a position, a phone: a signature's separator
            break
    # a device line is nobody's words wherever it stands: also over a company line a server adds under it
    lines = _without_device_lines([line for line in lines if not any(p.search(line.strip()) for p in r.mobile)])
    lines, closing = _without_closing(lines)
    for _ in range(2):  # a sign-off over a company's signature the server adds: «Искренне ваш,\n\n[Визитка]…» is
        # left above the company's «С уважением,\nООО «Ромашка»\n+7 …» once that goes, and goes in turn
        shorter, above = _without_closing(_without_device_lines(lines))
        if sum(1 for x in above if x.strip()) < 2:
            break  # a closing line alone («Thanks for your patience.») over the signature is the reply's own
        lines, closing = shorter, [*above, "", *closing]
    for _ in range(3):  # «Служба клиентского сервиса\n«Техно-Урал»»: a name block may end with a company line
        shorter = _without_device_lines(_without_name_block(lines))
        if shorter == lines:
            break
        lines = shorter
    return lines, closing


def _without_device_lines(lines: list[str]) -> list[str]:
    r = rules()
    while lines and (not lines[-1].strip() or _any("mobile", lines[-1].strip())
                     or r.rule_line.match(lines[-1].strip())):
        lines = lines[:-1]
    return lines


_DASHED = re.compile(r"^[—–-]\s+")  # "— Sam Okafor": a signature's dash
_COMPANY_SUFFIX = re.compile(r"\b(co|ltd|inc|llc|corp|plc|gmbh|s\.a)\.$", re.I)


@per_line
def _signature_like(line: str) -> bool:
    """A line a signature is made of: a name, a position, a company, a phone, an address, a site; not a sentence of
    the answer (those end with . or ? and are longer)."""
    r = rules()
    text = _COMPANY_SUFFIX.sub("", line.strip())  # "Lumen Print Co." ends a name, not a sentence
    if not text or len(text) > r.sig_line_max or text.endswith("?"):
        return False
    if any(p.search(text) for p in r.contact):
        return True
    return not re.search(r"[.!:;]$", text) or len(text.split()) <= 3


# any valediction, in any language: a short line ending with a comma over a signature ("Talk soon,", «Всех благ,»,
# "Med vänliga hälsningar,", "KR,"); the signature under it is checked as for the listed closings
_VALEDICTION = re.compile(r"^[^\W\d][^\d,.!?:;]{0,40},$")


def _without_closing(lines: list[str]) -> tuple[list[str], list[str]]:
    """From a valediction ("С уважением,", «Спасибо за обращение!», "Best regards", "Thanks,") down, when all
    that follows it is a short signature (name, position, company, contacts, other closings), the block goes: it is
    how the message ends, not what it says. The earliest such closing is taken, so «Спасибо за обращение! / С
    уважением, / Ольга» goes whole; a closing followed by more answer stays."""
    r = rules()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for pos, i in enumerate(filled):
        line = lines[i].strip()
        if pos == 0 or not (_any("closings", line) or _VALEDICTION.match(line)):
            continue  # the first line is where the answer starts ("Спасибо за обращение! Работаем до 20:00")
        tail = [lines[j] for j in filled[pos + 1:]]
        if len(tail) <= r.max_contact and all(_any("closings", t.strip()) or _signature_like(t)
                                              for t in tail):
            return lines[:i], lines[i:]
        if _signed_under(lines, i):
            return lines[:i], lines[i:]
    return lines, []


def _signed_under(lines: list[str], i: int) -> bool:
    """A valediction with a signature right under it (a name first, then at most a few signature lines, up to a blank
    line or a rule): what comes below that is no longer the reply, whatever it is: a disclaimer, a banner, the
    helpdesk's status line, the form's copy of the question («С уважением,\nНадежда Шевчук\nменеджер\n\n
    Информация в этом сообщении...»)."""
    r = rules()
    if not lines[i].strip().endswith(",") and not _any("closings", lines[i].strip()):
        return False
    block = []
    for line in lines[i + 1:]:
        text = line.strip()
        if not text and not block:
            continue  # «Искренне ваш,\n\nКирилл Бондарь»: a blank line between the valediction and the name
        if not text or r.rule_line.match(text) or _RULE_LINE.match(text):
            break
        block.append(text)
    if not 1 <= len(block) <= r.max_contact or not all(_signature_like(b) for b in block):
        return False
    first = _DASHED.sub("", block[0]).split(",")[0].split(" · ")[0].strip()
    return bool(r.name_line.match(first) or _company(block[0]) or _is_author(block[0]))


_SPEAKS = re.compile(r"(?i)\b(you|we|i|will|can|see|have|thanks|thank|hope|let|please|are|is)\b")


# a smiley or an emoji ends a line as "!" does: «Удачного дня :)» is a pleasantry, no name ends with one
_SMILES = re.compile(r"(?:[:;=]-?[)(DPp]|\)\)|[\U0001F300-\U0001FAFF\u2600-\u27BF])\W*$")


def _smiles(line: str) -> bool:
    # only the line's last characters are searched: a pattern tried at every start of a long run of ")" backtracks
    # for each one, and a hostile line may hold thousands
    return bool(_SMILES.search(line.rstrip()[-8:]))


def _signature_paragraph(lines: list[str], start: int, last: int) -> bool:
    """The last paragraph, one or two short lines that are not sentences, under an answer that ends as one: who
    signs it («Олег», "Zoë", «Лариса К., бюро «Переводчик Про»», "Mir Posudy · shop"). Not a greeting or a
    pleasantry, and no verb: «Ждём вас» and "See you soon" are words of the reply."""
    block = [line.strip() for line in lines[start:last + 1]]
    above = [line.strip() for line in lines[:start] if line.strip()]
    if not above or len(block) > 2 or not re.search(r"[.!?)]$", above[-1]) or all(_only_greets(a) for a in above):
        return False  # under a greeting alone it is the answer: «Анатолий, здравствуйте!\n\n8 (846) 217-40-85»
    return not any(_says(line) for line in block)


@per_line
def _says(line: str) -> bool:
    """A line of the reply's words rather than who signs it: long, a sentence, a greeting, a pleasantry, a verb."""
    return bool(len(line.split()) > 6 or re.search(r"[!?:]$|\.$(?<!\b\w\.)", line) or _smiles(line) or _greets(line)
                or _SPEAKS.search(line) or weigh_data().thanks.search(line.lower()) or has_verb(line)
                or weigh_role(line)[0] == "courtesy")


def _company(text: str) -> bool:
    """A team or company line signing a reply: short, not a sentence («Служба клиентского сервиса»)."""
    return len(text.split()) <= 7 and not re.search(r"[.!?]$", text) and bool(rules().company_line.match(text))


def _without_name_block(lines: list[str]) -> list[str]:
    """A signature without a valediction: the last paragraph starting with a person's or a team's name, made of
    signature lines and holding a contact or a position (Ольга Ветрова / менеджер / +7 495 ...); or a lone name or
    team line as the very last line under the answer ("... до 20:00.\nОльга", "...\nКоманда «Большая ложка»")."""
    r = rules()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return lines
    last = filled[-1]
    start = last
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = [_DASHED.sub("", line.strip()) for line in lines[start:last + 1]]
    above = [line.strip() for line in lines[:start] if line.strip()]
    if above and above[-1].endswith(":"):
        return lines  # "Please contact one of our resellers:" over names and phones: what it introduces is the answer
    if (above and not all(_greets(a) for a in above) and 2 <= len(block) <= r.max_contact
            and not _greets(block[0]) and (r.name_line.match(block[0].rstrip(",")) or _company(block[0]))
            and all(_signature_like(b) for b in block[1:])):
        return lines[:start]  # "— Sam Okafor\nCustomer Success, Quillstack"
    if _signature_paragraph(lines, start, last):
        return lines[:start]
    text = lines[last].strip()
    # the answer above ends as a sentence, a link or an emoji does, not in the middle of a line of words
    ends_answer = not re.search(r"\w$", lines[filled[-2]].strip()) or re.search(r"\S+[./@]\S+$", lines[filled[-2]])
    company = _company(text)
    dashed = bool(_DASHED.match(text)) and len(text.split()) <= 6 and not re.search(r"[.!?]$", text)
    if ((r.name_line.match(text) or company) and ends_answer) or dashed or (company and "«" in text):
        return lines[:last]  # "...\nОльга", "...\nКоманда «Большая ложка»", "— moss & moth"
    return lines
