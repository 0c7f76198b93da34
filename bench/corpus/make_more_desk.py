#!/usr/bin/env python3
"""Generate ``bench/corpus/more_desk/``: 150 labelled e-mail replies about the boundary between machines and people.

What it writes
--------------
150 fictional RFC 5322 messages ``NNN-short-name.eml`` (CRLF line ends, bytes as an IMAP server hands them over)
and ``manifest.csv`` (UTF-8, columns ``file,kind,expected_reply,split,note``; ``split`` is ``train`` on every
row).  They are replies to the two scripts of ``studies/demo.yaml`` -- «Самовывоз сегодня» (shops: until when is
the pickup point open, help to place an order, delivery today) and «Тарифы и договор» (services: tariffs, contract
steps, timing) -- sent by the persona Анатолий Смирнов <anatoly@shopper.example>; some go to
``anatoly+TOKEN@shopper.example`` as after a feedback-form probe (no In-Reply-To, the form's text echoed).

Mix: 35 ``ack``, 35 ``autoreply``, 45 ``human``, 20 ``redirect``, 15 ``bounce``; 90 in Russian, 60 in English
(the ``note`` column starts with ``ru;`` or ``en;`` -- for bounces the language of the notification text -- says
what is tricky, and ends with the message's form: MIME shape, charset, transfer encoding, format=flowed, no
In-Reply-To).  Forms: plain text, HTML only, multipart/alternative, multipart/report, a forwarded message/rfc822;
charsets utf-8, koi8-r, windows-1251; transfer encodings 7bit, 8bit, quoted-printable, base64.

The focus is the hard boundary between automatic mail and people:
- ``ack``: "request received / ticket N created / we answer within 24 hours / your place in the queue / rate our
  service" messages in the manner of Zendesk, Freshdesk, Usedesk, Omnidesk, HelpDeskEddy, Okdesk, Bitrix24,
  amoCRM, retailCRM, Jira Service Management, Intercom, HubSpot, Help Scout, Kayako, Zoho Desk, 1C-Bitrix site
  forms and home-made shop engines; with and without vendor headers, with and without Auto-Submitted /
  Precedence, ticket numbers in subjects in many formats; some list working hours, phones, FAQ links or say "do
  not reply".  They stay ``ack`` whatever else they mention.
- ``autoreply``: out-of-office and vacation notices in many phrasings (dates, substitutes, phones), sick leave,
  trips, working-hours / after-hours / holiday responders (New Year break included), "not monitored" / no-reply
  boxes, "has left the company", "address changed", closed companies, challenge-response (whitelist) requests.
- ``human``: people's answers, many of them sent through the same helpdesks (``Auto-Submitted: auto-generated``,
  ticket numbers, reply-above-this-line markers, "request #N was updated", agent name/time lines, survey footers);
  short, partial and curt answers, answers that open with "Thank you for your request" and then answer, opening
  hours given as the answer, inline answers, and out-of-office notices that also answer the question.
- ``redirect``: people (also via helpdesks) who only send the customer elsewhere.
- ``bounce``: varied permanent failures (RFC 3464 and plain-text), two DSNs forwarded by a colleague.

Who wrote it and how
--------------------
Written by an assistant session for this project from ``studies/demo.yaml``, the field notes kept beside the
repository (``shared/docs/domain.md``) and the labelling conventions of ``bench/corpus/README.md`` only; it read
neither the project's classification code, scoring, audit package, probes or tests, nor any other corpus or
generator under ``bench/corpus/``.  Every company, person, phone number, address and ticket number is invented;
company domains are ``*.example`` / ``*.example.ru`` (RFC 2606), IP addresses come from the documentation ranges.
Helpdesk products are named only in vendor-like headers, Message-IDs and footers, as in real mail; their chrome
imitates the products from memory, and the Russian helpdesks' markers and headers are plausible inventions.
Standard library only, fixed random seed, imports nothing from the project:
``python3 bench/corpus/make_more_desk.py`` rewrites ``more_desk/`` and prints the counts per kind x language.

Label conventions (bench/corpus/README.md)
-----------------------------------------
``expected_reply`` is filled only for ``human`` and ``redirect``: the reply's own words, greeting kept (and a
"thanks for writing" sentence at the start, and a closing pleasantry before the valediction); removed are the
quoted original, the signature from the valediction line down (or from ``--``, or a lone name line), device
lines, disclaimers and helpdesk chrome; lines are joined with single spaces.  Text in koi8-r / windows-1251
messages is the text as sent («₽» becomes «руб.», koi8-r has no «» or dashes).  Edge conventions: an
out-of-office notice that also answers the question is ``human``; a DSN forwarded by a colleague is ``bounce``;
a helpdesk answer written by a person stays ``human``/``redirect`` despite ``Auto-Submitted`` headers.

In this generator the reply's own words are wrapped in the marks ⟦ and ⟧ inside each message text; the marks are
removed from the message and the marked pieces, joined with spaces, become ``expected_reply``, so a label cannot
drift from its message.  At the end the script checks that every file has CRLF line ends, no line over 998
bytes, parses with the ``email`` package (default and compat32 policies, no defects), that each marked piece is
found, in order, in every decoded text part (plain, and the visible text of the HTML), that no label contains the
question, that bounces not forwarded by a person have an empty envelope sender, and that the manifest matches the
files; then it prints the counts per kind x language.
"""

import base64
import csv
import datetime as dt
import email
import email.policy
import html
import os
import quopri
import random
import re
import sys
import textwrap
from email.header import Header
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser

SEED = 20261207
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "more_desk")
OPEN, CLOSE = "\u27e6", "\u27e7"   # ⟦ ⟧
MSK = dt.timezone(dt.timedelta(hours=3))

PERSONA = "Анатолий Смирнов"
PADDR = "anatoly@shopper.example"

ASK = {
    "shops": ["Здравствуйте!",
              "До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.",
              "", PERSONA],
    "services": ["Добрый день!",
                 "Какие у вас тарифы, как заключить договор и сколько времени это займёт?",
                 "", PERSONA],
}
SUBJ = {"shops": "Самовывоз сегодня", "services": "Тарифы и договор"}
QUESTION_BITS = ["До скольки работает пункт самовывоза", "Какие у вас тарифы, как заключить договор"]

RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_DOW = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_DOW_LONG = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
EN_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DOW_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]

# ---------------------------------------------------------------------------------------------------------------
# charsets: what a koi8-r / windows-1251 mailer would have sent instead of characters it cannot encode

FALLBACK = {"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "₽": "руб.", "…": "...", "“": '"', "”": '"',
            "„": '"', "’": "'", "‘": "'", "\u00a0": " ", "•": "*", "€": "EUR"}


def fit_charset(text, charset):
    if charset in ("utf-8",):
        return text
    out = []
    for ch in text:
        if ch in (OPEN, CLOSE):
            out.append(ch)
            continue
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in FALLBACK:
                raise ValueError("cannot encode %r in %s" % (ch, charset))
            rep = FALLBACK[ch]
            rep.encode(charset)
            out.append(rep)
    return "".join(out)


def split_marks(text):
    """Remove the marks; return (clean text, list of marked pieces)."""
    pieces = re.findall(re.escape(OPEN) + "(.*?)" + re.escape(CLOSE), text, flags=re.S)
    clean = text.replace(OPEN, "").replace(CLOSE, "")
    return clean, pieces


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------------------------------------------
# dates

def ru_date(d):
    return "%d %s %d г." % (d.day, RU_MON[d.month - 1], d.year)


def hm(d):
    return "%02d:%02d" % (d.hour, d.minute)


def en_12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


# ---------------------------------------------------------------------------------------------------------------
# quote styles of mail clients: attribution + quoted question

def quote(style, script, sent, company_addr, to_addr):
    ask = ASK[script]
    subj = SUBJ[script]
    q = ["> " + line if line else ">" for line in ask]
    if style == "gmail-ru":
        return ["%s, %d %s %d г. в %s, %s <%s>:" % (RU_DOW[sent.weekday()], sent.day, RU_MON_SHORT[sent.month - 1],
                                                   sent.year, hm(sent), PERSONA, PADDR)] + q
    if style == "gmail-en":
        return ["On %s, %s %d, %d at %s %s <%s> wrote:" % (EN_DOW[sent.weekday()], EN_MON[sent.month - 1], sent.day,
                                                          sent.year, en_12(sent), PERSONA, PADDR)] + q
    if style == "gmail-en2":   # the long attribution broken over two lines
        return ["On %s, %s %d, %d at %s %s <" % (EN_DOW[sent.weekday()], EN_MON[sent.month - 1], sent.day,
                                                sent.year, en_12(sent), PERSONA), "%s> wrote:" % PADDR, ""] + q
    if style == "yandex":
        return ["%02d.%02d.%d, %s, \"%s\" <%s>:" % (sent.day, sent.month, sent.year, hm(sent), PERSONA, PADDR)] + q
    if style == "mailru":
        return ["%s, %d %s %d, %s +03:00 от %s <%s>:" % (RU_DOW_LONG[sent.weekday()], sent.day, RU_MON[sent.month - 1],
                                                         sent.year, hm(sent), PERSONA, PADDR), ""] + q
    if style == "tbird-ru":
        return ["%02d.%02d.%d %s, %s пишет:" % (sent.day, sent.month, sent.year, hm(sent), PERSONA)] + q
    if style == "tbird-en":
        return ["On %02d/%02d/%d %s, %s wrote:" % (sent.day, sent.month, sent.year, hm(sent), PERSONA)] + q
    if style == "apple-en":
        return ["> On %d %s %d, at %s, %s <%s> wrote:" % (sent.day, EN_MON[sent.month - 1], sent.year, hm(sent),
                                                          PERSONA, PADDR), ">"] + q
    if style == "apple-ru":
        return ["> %d %s %d г., в %s, %s <%s> написал(а):" % (sent.day, RU_MON_SHORT[sent.month - 1], sent.year,
                                                              hm(sent), PERSONA, PADDR), ">"] + q
    if style == "roundcube":
        return ["%s писал %d-%02d-%02d %s:" % (PERSONA, sent.year, sent.month, sent.day, hm(sent))] + q
    if style == "android-ru":
        return ["%d %s %d г. %s пользователь %s <%s> написал:" % (sent.day, RU_MON[sent.month - 1], sent.year,
                                                                  hm(sent), PERSONA, PADDR), ""] + q
    if style in ("outlook-ru", "outlook-ru-line"):
        head = ["________________________________"] if style.endswith("line") else []
        return head + ["От: %s <%s>" % (PERSONA, PADDR),
                       "Отправлено: %s, %s %s" % (RU_DOW_LONG[sent.weekday()].lower(), ru_date(sent), hm(sent)),
                       "Кому: %s" % company_addr, "Тема: %s" % subj, ""] + ask
    if style in ("outlook-en", "outlook-en-line"):
        head = ["________________________________"] if style.endswith("line") else []
        return head + ["From: %s <%s>" % (PERSONA, PADDR),
                       "Sent: %s, %s %d, %d %s" % (EN_DOW_LONG[sent.weekday()], EN_MON_LONG[sent.month - 1], sent.day,
                                                   sent.year, en_12(sent)),
                       "To: %s" % company_addr, "Subject: %s" % subj, ""] + ask
    if style == "orig-en":
        return ["-----Original Message-----", "From: %s [mailto:%s]" % (PERSONA, PADDR),
                "Sent: %s, %s %d, %d %s" % (EN_DOW_LONG[sent.weekday()], EN_MON_LONG[sent.month - 1], sent.day,
                                            sent.year, en_12(sent)),
                "To: %s" % company_addr, "Subject: %s" % subj, ""] + ask
    if style == "orig-ru":
        return ["-----Исходное сообщение-----", "От: %s [mailto:%s]" % (PERSONA, PADDR),
                "Отправлено: %s %s" % (ru_date(sent), hm(sent)), "Кому: %s" % company_addr,
                "Тема: %s" % subj, ""] + ask
    if style == "oe":      # Outlook Express / The Bat! in OE mode
        return ["----- Original Message -----", "From: \"%s\" <%s>" % (PERSONA, PADDR), "To: <%s>" % company_addr,
                "Sent: %s, %s %02d, %d %s" % (EN_DOW_LONG[sent.weekday()], EN_MON_LONG[sent.month - 1], sent.day,
                                              sent.year, en_12(sent)), "Subject: %s" % subj, ""] + q
    if style == "zimbra":
        return ["----- Исходное сообщение -----", "От: \"%s\" <%s>" % (PERSONA, PADDR), "Кому: %s" % company_addr,
                "Отправленные: %s, %d %s %d г %s:00" % (RU_DOW_LONG[sent.weekday()], sent.day, RU_MON[sent.month - 1],
                                                        sent.year, hm(sent)), "Тема: %s" % subj, ""] + q
    if style == "fwd-ru":
        return ["-------- Пересылаемое сообщение --------", "%02d.%02d.%d, %s, \"%s\" <%s>:" % (
            sent.day, sent.month, sent.year, hm(sent), PERSONA, PADDR), ""] + ask + ["", "-------- Конец пересылаемого сообщения --------"]
    if style == "bat":     # The Bat!: initials quote; the attribution goes above the answer, written in the body
        return ["АС> " + line if line else "АС>" for line in ask]
    if style == "bare":    # quoted lines without attribution
        return q
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------------------------
# MIME building (by hand, to control every byte)

class Part:
    def __init__(self, ctype, params=(), body=b"", cte=None, children=None, extra=()):
        self.ctype, self.params, self.body, self.cte = ctype, list(params), body, cte
        self.children, self.extra = children, list(extra)

    def header_lines(self):
        ct = self.ctype + "".join("; %s=%s" % (k, v) for k, v in self.params)
        lines = ["Content-Type: " + ct] if len(ct) < 70 else \
            ["Content-Type: " + self.ctype + ";"] + ["\t%s=%s%s" % (k, v, ";" if i < len(self.params) - 1 else "")
                                                     for i, (k, v) in enumerate(self.params)]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        lines += ["%s: %s" % kv for kv in self.extra]
        return lines

    def payload(self):
        if self.children is None:
            return self.body
        b = dict(self.params)["boundary"].strip('"')
        out = b"This is a multi-part message in MIME format.\r\n"
        for ch in self.children:
            out += b"\r\n--" + b.encode() + b"\r\n" + "\r\n".join(ch.header_lines()).encode() + b"\r\n\r\n" + ch.payload()
        out += b"\r\n--" + b.encode() + b"--\r\n"
        return out


def has_8bit(part):
    if part.children is None:
        return part.cte == "8bit"
    return any(has_8bit(c) for c in part.children)


def boundary(tag="b"):
    return '"%s_%s"' % (tag, "".join(rnd.choice("0123456789abcdefABCDEF") for _ in range(24)))


def encode_body(text, charset, cte):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        out = data.replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        out = quopri.encodestring(data).replace(b"\n", b"\r\n")
    elif cte == "base64":
        out = base64.encodebytes(data.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    else:
        raise ValueError(cte)
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((">", "АС>", " ", "\t")) or "http" in line:
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width, break_on_hyphens=False, break_long_words=False) or [""])
    return "\n".join(out)


def flow_text(text, width=72):
    """format=flowed: soft breaks as a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width, break_on_hyphens=False, break_long_words=False)
        out.extend([p + " " for p in parts[:-1]] + [parts[-1]])
    return "\n".join(out)


def text_part(text, charset="utf-8", cte="8bit", flowed=False, wrap=True):
    if flowed:
        text = flow_text(text)
    elif wrap and cte in ("8bit", "7bit"):
        text = wrap_text(text)
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
    return Part("text/plain", params, encode_body(text, charset, cte), cte)


STYLE_CSS = ("<style type=\"text/css\">p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
             "font-family:\"Calibri\",sans-serif;} .hidden {display:none}</style>")


def to_html(text, skin="div"):
    """Render the plain text lines as HTML in one of several mailer/helpdesk skins."""
    lines = []
    for line in text.split("\n"):   # hard-wrapped lines of a paragraph become one line, as an HTML editor has them
        if (lines and len(lines[-1]) >= 60 and line.strip() and not line.startswith((">", " ", "-", "—", "*"))
                and not lines[-1].startswith(">") and skin != "br"):
            lines[-1] += " " + line
        else:
            lines.append(line)
    blocks, cur, curq = [], [], None
    for line in lines:
        isq = line.startswith(">")
        if curq is None or isq == curq:
            cur.append(line)
        else:
            blocks.append((curq, cur))
            cur = [line]
        curq = isq
    if cur:
        blocks.append((curq, cur))

    def esc(s):
        s = html.escape(s, quote=False)
        if skin in ("word", "table"):
            s = s.replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;")
        return s

    def render(ls):
        if skin == "div":
            return "".join("<div>%s</div>\r\n" % (esc(x) if x.strip() else "<br>") for x in ls)
        if skin == "word":
            return "".join('<p class="MsoNormal">%s<o:p></o:p></p>\r\n' % (esc(x) if x.strip() else "&nbsp;")
                           for x in ls)
        if skin == "br":
            return '<font face="Arial" size="2">' + "<br>\r\n".join(esc(x) for x in ls) + "</font><br>\r\n"
        if skin in ("table", "p"):
            paras, buf = [], []
            for x in ls + [""]:
                if x.strip():
                    buf.append(esc(x))
                elif buf:
                    paras.append("<p style=\"margin:0 0 12px 0\">" + "<br>\r\n".join(buf) + "</p>\r\n")
                    buf = []
            return "".join(paras)
        raise ValueError(skin)

    body = ""
    for isq, ls in blocks:
        if isq:
            inner = [re.sub(r"^> ?", "", x) for x in ls]
            body += ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\r\n'
                     + render(inner) + "</blockquote>\r\n")
        else:
            body += render(ls)
    if skin == "word":
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>\r\n<meta http-equiv=\"Content-Type\" "
                "content=\"text/html; charset=utf-8\">\r\n" + STYLE_CSS + "\r\n</head>\r\n<body lang=\"RU\">\r\n"
                "<div class=\"WordSection1\">\r\n" + body + "</div>\r\n</body></html>\r\n")
    if skin == "table":
        return ("<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>Support</title>" + STYLE_CSS +
                "</head>\r\n<body style=\"background:#f4f4f4\">\r\n<table width=\"100%\" cellpadding=\"0\" "
                "cellspacing=\"0\"><tr><td align=\"center\">\r\n<table width=\"600\" style=\"background:#fff;"
                "font-family:Arial,sans-serif;font-size:14px\"><tr><td style=\"padding:24px\">\r\n" + body +
                "</td></tr></table>\r\n</td></tr></table>\r\n</body></html>\r\n")
    if skin == "div":
        return "<div dir=\"ltr\">\r\n" + body + "</div>\r\n"
    return "<html><body>\r\n" + body + "</body></html>\r\n"


def html_part(text, charset="utf-8", cte="quoted-printable", skin="div"):
    h = to_html(text, skin)
    if skin == "word":
        h = h.replace("charset=utf-8", "charset=" + charset)
    return Part("text/html", [("charset", charset)], encode_body(h, charset, cte), cte)


# ---------------------------------------------------------------------------------------------------------------
# headers

def enc_header(name, value, charset="utf-8"):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        h = Header(value, charset, header_name=name)
        return "%s: %s" % (name, h.encode(linesep="\r\n"))


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return "<%s>" % addr if rnd.random() < 0.3 else addr
    return formataddr((fit_charset(name, charset), addr), charset=charset)


def received(host, ip, when):
    qid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(11))
    return ("Received: from %s (%s [%s])\r\n\tby mx1.shopper.example (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%%s>; %s" % (host, host, ip, qid, format_datetime(when)))


def doc_ip():
    return rnd.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rnd.randint(2, 250))


# ---------------------------------------------------------------------------------------------------------------
# the corpus

MSGS = []
NOW = dt.datetime(2026, 12, 7, 10, 0, tzinfo=MSK)


def probe_time(day=None):
    base = day or NOW
    return base.replace(hour=rnd.randint(10, 16), minute=rnd.randint(0, 59), second=rnd.randint(0, 59))


DELAY = {"ack": (0.2, 3), "autoreply": (0.1, 4), "bounce": (0.05, 2), "human": (15, 2900), "redirect": (10, 1500)}


def m(kind, lang, short, frm, subject, body, note, script="shops", quote_style=None, charset="utf-8",
      cte=None, fmt="plain", skin="div", html_cte=None, headers=(), irt=True, plus=False, sent=None, delay=None,
      reply_to=None, msgid_domain=None, flowed=False, return_path=None, to=None, parts=None, tz=None,
      company_addr=None):
    MSGS.append(dict(locals()))


def token():
    return "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))


def render_message(spec, index):
    kind, script = spec["kind"], spec["script"]
    sent = spec["sent"] or probe_time()
    lo, hi = spec["delay"] or DELAY[kind]
    when = sent + dt.timedelta(minutes=rnd.uniform(lo, hi))
    when = when.replace(microsecond=0)
    fname, faddr = spec["frm"]
    cdomain = faddr.split("@", 1)[1]
    tok = token()
    to_addr = spec["to"] or ("anatoly+%s@shopper.example" % tok if spec["plus"] else PADDR)
    company_addr = spec.get("company_addr") or faddr
    probe_id = "<%s.%s@shopper.example>" % (sent.strftime("%Y%m%d%H%M%S"), token())
    ticket = str(rnd.randint(1000, 99999))

    body = spec["body"]
    qs = spec["quote_style"]
    qlines = quote(qs, script, sent, company_addr, to_addr) if qs else []
    subs = {
        "{Q}": "\n".join(qlines),
        "{ASK}": "\n".join(ASK[script]),
        "{ASKQ}": "\n".join("> " + x if x else ">" for x in ASK[script]),
        "{ASK1}": ASK[script][1],
        "{DATE_RU}": "%s, %s" % (ru_date(sent), hm(sent)),
        "{DATE_EN}": "%s, %s %d, %d %s" % (EN_DOW[sent.weekday()], EN_MON[sent.month - 1], sent.day, sent.year,
                                          en_12(sent)),
        "{NOW_RU}": "%d %s %d, %s" % (when.day, RU_MON[when.month - 1], when.year, hm(when)),
        "{NOW_EN}": "%s %d, %d, %s" % (EN_MON[when.month - 1], when.day, when.year, en_12(when)),
        "{SUBJ}": SUBJ[script],
        "{TO}": to_addr,
        "{TOKEN}": tok,
        "{T}": ticket,
        "{RCPT}": company_addr,
        "{PROBE_ID}": probe_id,
        "{ARRIVAL}": format_datetime(when),
        "{SENT}": format_datetime(sent),
        "{PROBE_HEADERS}": probe_headers_text(script, company_addr, probe_id, sent),
    }
    for k, v in subs.items():
        body = body.replace(k, v)
    if qs and "{Q}" not in spec["body"]:
        raise ValueError("quote style without {Q}: " + spec["short"])
    body = body.strip("\n") + "\n"
    charset = spec["charset"]
    body = fit_charset(body, charset)
    clean, pieces = split_marks(body)
    if kind in ("human", "redirect"):
        if not pieces:
            raise ValueError("no marked words in " + spec["short"])
    elif pieces:
        raise ValueError("marks in a %s: %s" % (kind, spec["short"]))
    label = norm(" ".join(pieces))

    subject = spec["subject"].replace("{SUBJ}", SUBJ[script]).replace("{T}", ticket)
    subject = fit_charset(subject, charset) if charset != "utf-8" else subject
    hcs = charset if charset != "us-ascii" else "utf-8"

    hdrs = []
    rp = spec["return_path"]
    hdrs.append("Return-Path: <%s>" % ("" if rp == "" else (rp or faddr)))
    hdrs.append("Delivered-To: %s" % to_addr)
    host = "mail." + cdomain if not cdomain.startswith("mail") else cdomain
    hdrs.append(received(host, doc_ip(), when + dt.timedelta(seconds=rnd.randint(1, 40))) % to_addr)
    tz = dt.timezone(dt.timedelta(hours=spec["tz"])) if spec["tz"] is not None else MSK
    hdrs.append("Date: " + format_datetime(when.astimezone(tz)))
    hdrs.append("From: " + enc_addr(fname, faddr, hcs))
    if spec["plus"] or rnd.random() < 0.7:
        hdrs.append("To: " + to_addr)
    else:
        hdrs.append("To: " + formataddr((PERSONA, to_addr), charset=hcs))
    hdrs.append(enc_header("Subject", subject, hcs))
    mdom = spec["msgid_domain"] or cdomain
    hdrs.append("Message-ID: <%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), token(), mdom))
    if spec["irt"] and not spec["plus"]:
        hdrs.append("In-Reply-To: " + probe_id)
        hdrs.append("References: " + probe_id)
    if spec["reply_to"]:
        rt = spec["reply_to"].replace("{T}", ticket)
        if "<" in rt:
            rname, raddr = rt[:-1].split(" <", 1)
            rt = formataddr((fit_charset(rname, hcs), raddr), charset=hcs)
        hdrs.append("Reply-To: " + rt)
    for name, value in spec["headers"]:
        hdrs.append(enc_header(name, value.replace("{T}", ticket), hcs))
    hdrs.append("MIME-Version: 1.0")

    cte = spec["cte"]
    if cte is None:   # not chosen by the message: a mailer's usual choice for UTF-8 text
        cte = "8bit" if spec["parts"] else rnd.choices(["8bit", "quoted-printable", "base64"], [55, 30, 15])[0]
    fmt = spec["fmt"]
    if spec["parts"]:
        part = spec["parts"](dict(spec=spec, text=clean, sent=sent, when=when, to_addr=to_addr, probe_id=probe_id,
                                  rcpt=company_addr, charset=charset, cte=cte, script=script))
    elif fmt == "plain":   # mail servers do not re-wrap their notices
        part = text_part(clean, charset, cte, flowed=spec["flowed"], wrap=kind != "bounce")
    elif fmt == "html":
        part = html_part(clean, charset, spec["html_cte"] or cte, spec["skin"])
    elif fmt == "alt":
        part = Part("multipart/alternative", [("boundary", boundary("alt"))], children=[
            text_part(clean, charset, cte, flowed=spec["flowed"]),
            html_part(clean, charset, spec["html_cte"] or "quoted-printable", spec["skin"])])
    else:
        raise ValueError(fmt)
    hdrs += part.header_lines()
    if part.children is not None and has_8bit(part):
        hdrs.append("Content-Transfer-Encoding: 8bit")
    data = "\r\n".join(hdrs).encode("ascii") + b"\r\n\r\n" + part.payload()
    shape = {"plain": "text/plain", "html": "HTML only", "alt": "multipart/alternative"}[fmt]
    if spec["parts"]:
        shape = part.ctype
    form_note = "; form: %s, %s, %s%s%s" % (shape, charset, cte, ", format=flowed" if spec["flowed"] else "",
                                            ", no In-Reply-To" if "In-Reply-To" not in "".join(hdrs) else "")
    return data, label, pieces, clean, form_note


# ===============================================================================================================
# ack: automatic receipts (21 ru, 14 en)

AS_REPLIED = ("Auto-Submitted", "auto-replied")
AS_GEN = ("Auto-Submitted", "auto-generated")
PREC_BULK = ("Precedence", "bulk")
PREC_AUTO = ("Precedence", "auto_reply")
PREC_JUNK = ("Precedence", "junk")

m("ack", "ru", "usedesk-obrashchenie-zaregistrirovano",
  ("Поддержка «Пуговка»", "help@pugovka-shop.example.ru"),
  "Ваше обращение №{T} зарегистрировано",
  """Здравствуйте!

Мы получили ваше письмо и уже передали его специалисту. Ответим в течение
24 часов, обычно быстрее.

Номер обращения: {T}. Пожалуйста, не меняйте тему письма, если будете
дописывать, — так переписка не потеряется.

Служба поддержки интернет-магазина «Пуговка»
""",
  "ru; Usedesk-like receipt, no vendor headers, Auto-Submitted: auto-replied, number in subject",
  headers=[AS_REPLIED], irt=False)

m("ack", "ru", "omnidesk-hash-brackets-hours",
  ("Мебельная фабрика «Ясень»", "support@yasen-mebel.example.ru"),
  "[##{T}##] {SUBJ}",
  """Здравствуйте!

Спасибо, ваш запрос принят и получил номер {T}.
Сотрудники поддержки работают с понедельника по пятницу с 9:00 до 19:00 по
московскому времени. Письма, пришедшие вечером, мы разбираем утром.

Если хотите что-то добавить — просто ответьте на это письмо, не удаляя
номер из темы.

—
Это письмо отправлено автоматически.
""",
  "ru; Omnidesk-like [##N##] subject, lists working hours (с 9:00 до 19:00) but is a receipt, HTML-only",
  fmt="html", skin="table", cte="quoted-printable", headers=[PREC_BULK])

m("ack", "ru", "helpdeskeddy-zayavka-sozdana-lk",
  ("Ткани Опт — техподдержка", "noreply@tkani-opt.example.ru"),
  "Заявка #{T} создана",
  """Уважаемый(ая) Анатолий Смирнов,

ваша заявка #{T} «{SUBJ}» создана и ожидает распределения.
Следить за статусом можно в личном кабинете:
https://support.tkani-opt.example.ru/ticket/{T}

Приоритет: обычный
Отдел: Розница

Не отвечайте на это письмо — оно сформировано автоматически.
""",
  "ru; HelpDeskEddy-like, noreply sender, ticket link, no In-Reply-To, no auto headers",
  irt=False, reply_to="Ткани Опт <support@tkani-opt.example.ru>")

m("ack", "ru", "okdesk-vremya-reakcii",
  ("Сервисный центр «ОблакоБух»", "sd@oblakobuh.example.ru"),
  "Заявка № {T} принята ({SUBJ})",
  """Добрый день!

Ваша заявка зарегистрирована под номером {T}.
Плановое время реакции — 4 рабочих часа, плановое время решения —
1 рабочий день.

Заявитель: anatoly@shopper.example
Тема: {SUBJ}
Статус: Открыта

Сервисный центр «ОблакоБух»
""",
  "ru; Okdesk-like, SLA times in the receipt, services, windows-1251 quoted-printable",
  script="services", charset="windows-1251", cte="quoted-printable", headers=[AS_GEN])

m("ack", "ru", "bitrix24-forma-s-sajta",
  ("Студия кухонь «Лофт и Точка»", "crm@loft-tochka.example.ru"),
  "Спасибо за вашу заявку!",
  """Анатолий, спасибо!

Мы получили вашу заявку с сайта loft-tochka.example.ru.
Менеджер свяжется с вами в ближайшее рабочее время.

Ваше сообщение:
{ASK1}

Хорошего дня!
Команда «Лофт и Точка»
""",
  "ru; Bitrix24 web-form receipt (plus-address, no In-Reply-To), personal greeting, echoes the question; "
  "'manager will contact you' is automatic here",
  plus=True, irt=False, fmt="alt", skin="table", headers=[("X-Bitrix-Posting", "4412")])

m("ack", "ru", "amocrm-sdelka-nomer",
  ("Кондитерская «Пряник и Ко»", "zakaz@pryanik-i-ko.example.ru"),
  "Заявка принята — номер {T}",
  """Здравствуйте, Анатолий Смирнов!

Ваша заявка принята и передана в работу. Номер заявки: {T}.
Мы обрабатываем заявки ежедневно с 10 до 20 часов.

Это автоматическое уведомление, отвечать на него не нужно.
""",
  "ru; amoCRM-like trigger mail from a form probe, plus-address, states hours (с 10 до 20), no auto headers",
  plus=True, irt=False)

m("ack", "ru", "retailcrm-obrashchenie-c",
  ("Зоотовары «Хвостатый»", "shop@hvostaty.example.ru"),
  "Обращение {T}-C принято",
  """Добрый день!

Ваше обращение {T}-C принято. Мы постараемся ответить как можно скорее,
но не позднее следующего рабочего дня.

Пока ждёте — посмотрите ответы на частые вопросы:
  * доставка и самовывоз: https://hvostaty.example.ru/help/delivery
  * оплата: https://hvostaty.example.ru/help/pay
  * возврат: https://hvostaty.example.ru/help/return

С заботой о ваших питомцах,
зоомагазин «Хвостатый»
""",
  "ru; retailCRM-like receipt with FAQ links that mention самовывоз, base64",
  cte="base64", headers=[AS_GEN, ("X-Mailer", "retailCRM")])

m("ack", "ru", "bitrix-infosoobshchenie-sajta",
  ("Чайный двор", "robot@chaynyi-dvor.example.ru"),
  "Чайный двор: Сообщение с сайта получено",
  """Информационное сообщение сайта «Чайный двор»
------------------------------------------

Вы отправили сообщение через форму обратной связи.

Имя: Анатолий Смирнов
E-mail: {TO}
Текст сообщения:
{ASK1}

Мы ответим вам в ближайшее время.

Сообщение сгенерировано автоматически.
""",
  "ru; 1C-Bitrix site-form notice, echoes the form text, plus-address, windows-1251 8bit",
  plus=True, irt=False, cte="8bit", charset="windows-1251", headers=[("X-Bitrix-Site", "s1"), ("X-EVENT_NAME", "FEEDBACK_FORM")])

m("ack", "ru", "samopis-ochered-poziciya",
  ("Магазин «Гвоздь»", "info@gvozd-market.example.ru"),
  "Re: {SUBJ} [ID:00{T}]",
  """Это автоматическое уведомление.

Ваше письмо поставлено в очередь. Ваша позиция в очереди: 7.
Среднее время ожидания ответа сейчас — около 40 минут.

Чтобы не потерять место в очереди, не отправляйте письмо повторно.
""",
  "ru; home-made shop engine, queue position, Re: subject with [ID:...], no auto headers",
  headers=[])

m("ack", "ru", "jira-sd-zapros-sozdan",
  ("Поддержка ЛогистПро", "jira@logistpro.example.ru"),
  "[JIRA] (SD-{T}) {SUBJ}",
  """Здравствуйте!

Запрос SD-{T} создан. Мы сообщим, когда специалист возьмёт его в работу.

Посмотреть запрос: https://sd.logistpro.example.ru/servicedesk/customer/portal/2/SD-{T}

Вы получили это письмо, потому что отправили запрос в службу поддержки ЛогистПро.
""",
  "ru; Jira Service Management-like receipt with X-JIRA-FingerPrint, services",
  script="services", headers=[AS_GEN, ("X-JIRA-FingerPrint", "4c1b0e9a7d2f6a3e8b51c0d9e2f47a16")], irt=False)

m("ack", "ru", "zendesk-zapros-poluchen",
  ("Гнездо — поддержка", "support@gnezdo-dom.example.ru"),
  "[Гнездо] Запрос получен: {SUBJ}",
  """##- Введите свой ответ над этой строкой -##

Ваш запрос ({T}) получен и рассматривается нашими сотрудниками.

Чтобы добавить комментарии, ответьте на это письмо.

Это письмо является служебным уведомлением. Сообщение отправлено от лица
компании «Гнездо».
[KX84ZP-QN2V]
""",
  "ru; Zendesk-like receipt with Zendesk vendor headers and Auto-Submitted: auto-generated, reply-above marker",
  fmt="alt", skin="table", msgid_domain="gnezdo.zendesk.com", headers=[
      AS_GEN, ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "7c1a9e2"),
      ("X-Zendesk-Email-Id", "01JF3K2Q8Y7M4W2N1B6C5D9E0F")],
  reply_to="Гнездо <support+id{T}@gnezdo-dom.example.ru>")

m("ack", "ru", "freshdesk-zayavka-poluchena-ru",
  ("Атлас Эквайринг", "support@atlas-pay.example.ru"),
  "Заявка получена - [#{T}] {SUBJ}",
  """Уважаемый клиент,

Благодарим вас за обращение в службу поддержки «Атлас Эквайринг».
Заявка с номером #{T} создана; наши сотрудники ответят вам в ближайшее
время.

Текущий статус заявки можно посмотреть здесь:
https://atlas-pay.freshdesk.com/helpdesk/tickets/{T}

С уважением,
Служба поддержки
""",
  "ru; Freshdesk localized receipt, freshdesk.com in Message-ID and link, opens with thanks, services",
  script="services", msgid_domain="atlas-pay.freshdesk.com", fmt="alt", skin="p")

m("ack", "ru", "ocenite-rabotu-podderzhki",
  ("Обувь «Шаг»", "care@shag-obuv.example.ru"),
  "Оцените, пожалуйста, работу поддержки (обращение {T})",
  """Здравствуйте!

Ваше обращение №{T} по теме «{SUBJ}» закрыто.
Нам важно ваше мнение — оцените, пожалуйста, ответ, это займёт 10 секунд:

  Отлично   https://shag-obuv.example.ru/rate/{T}/5
  Нормально https://shag-obuv.example.ru/rate/{T}/3
  Плохо     https://shag-obuv.example.ru/rate/{T}/1

Спасибо, что вы с нами!
""",
  "ru; rate-our-service survey after a ticket was closed; automatic, no human answer in it",
  headers=[PREC_BULK], irt=False, delay=(600, 1500))

m("ack", "ru", "faq-ssylki-pro-samovyvoz",
  ("Интернет-магазин «Велосклад»", "hello@velosklad.example.ru"),
  "Мы получили ваше письмо",
  """Здравствуйте!

Это автоматический ответ: ваше письмо получено, менеджер ответит в течение
рабочего дня.

Возможно, ответ на ваш вопрос уже есть на сайте:
— Как работает самовывоз: velosklad.example.ru/pickup
— Сроки доставки по городу: velosklad.example.ru/delivery
— Как оформить заказ: velosklad.example.ru/how-to-order

Велосклад
""",
  "ru; receipt with FAQ links titled with the question's words (самовывоз, оформить заказ), Precedence: auto_reply",
  headers=[PREC_AUTO])

m("ack", "ru", "ne-otvechajte-telefon",
  ("no-reply@domotehnika-plus.example.ru", "no-reply@domotehnika-plus.example.ru"),
  "Ваш запрос получен",
  """Уважаемый покупатель!

Ваш запрос получен и зарегистрирован. Оператор ответит вам в порядке очереди.

Если вопрос срочный, звоните: 8 800 000-47-12 (бесплатно по России,
ежедневно с 8 до 22).

ВНИМАНИЕ! Не отвечайте на это сообщение — письма на этот адрес не читаются.
""",
  "ru; noreply receipt with a phone and hours (с 8 до 22), display name is the address, koi8-r 8bit",
  cte="8bit", charset="koi8-r", headers=[AS_REPLIED])

m("ack", "ru", "vash-vopros-koi8-ehho",
  ("Сантехника «Водолей»", "info@vodoley-santeh.example.ru"),
  "Re: {SUBJ}",
  """Здравствуйте.

Ваше письмо получено и будет рассмотрено в ближайшее время.

Ваш вопрос:
----------------------------------------
{ASK}
----------------------------------------

Отдел продаж «Водолей»
(автоматическое уведомление)
""",
  "ru; echoes the question unquoted under «Ваш вопрос:», koi8-r quoted-printable, no auto headers",
  charset="koi8-r", cte="quoted-printable")

m("ack", "ru", "samopis-cp1251-rezhim-raboty",
  ("Магазин Стройматериалы-24", "shop@stroy24.example.ru"),
  "Ваше сообщение получено",
  """Уважаемый покупатель!

Ваше сообщение получено. Ответ будет направлен в течение рабочего дня.

Режим работы отдела продаж:
пн-пт 10:00-19:00
сб 11:00-16:00
вс выходной

С уважением, администрация сайта stroy24.example.ru
""",
  "ru; old shop engine receipt listing working hours, windows-1251 8bit, X-Mailer of a PHP engine",
  cte="8bit", charset="windows-1251", headers=[("X-Mailer", "PHP/5.6.40"), ("X-Priority", "3")])

m("ack", "ru", "marketplace-seller-2-dnya",
  ("Поддержка продавца «КерамикаДом»", "seller-support@keramikadom.example.ru"),
  "Обращение КД-{T} принято",
  """Здравствуйте!

Обращение КД-{T} принято. Срок ответа — до 2 рабочих дней.
Статус обращения будет меняться в разделе «Мои вопросы».

Спасибо, что выбрали нас.
""",
  "ru; marketplace seller support receipt, number with letter prefix, HTML-only koi8-r",
  fmt="html", skin="br", charset="koi8-r", cte="8bit", headers=[AS_GEN])

m("ack", "ru", "sla-logistika-base64",
  ("ГрузЭкспресс Север", "client@gruzexpress-sever.example.ru"),
  "Запрос {T} зарегистрирован | ГрузЭкспресс Север",
  """Добрый день!

Запрос {T} зарегистрирован в системе обработки обращений.
Согласно регламенту первый ответ даётся в течение 8 рабочих часов.
Рабочее время отдела по работе с клиентами: 09:00–18:00 (МСК), пн–пт.

Коммерческие предложения и типовой договор высылаются менеджером
после обработки запроса.

Отдел по работе с клиентами
ГрузЭкспресс Север
""",
  "ru; logistics CRM receipt mentions договор and hours, services, base64, Precedence: bulk",
  script="services", cte="base64", headers=[PREC_BULK])

m("ack", "ru", "intercom-ru-obychno-otvechaem",
  ("Таня из Кассоблака", "hello@kassoblako.example.ru"),
  "Re: {SUBJ}",
  """Здравствуйте! 👋

Спасибо, что написали. Обычно мы отвечаем в течение нескольких часов.
Ответ придёт сюда и на {TO}.

Кассоблако
""",
  "ru; Intercom-like bot receipt signed with an agent-like name, intercom-mail.com in Message-ID, services",
  script="services", msgid_domain="intercom-mail.com", fmt="alt", skin="table",
  reply_to="Кассоблако <reply+t{T}@intercom-mail.com>", headers=[AS_GEN])

m("ack", "ru", "avtootvet-tema-tolko",
  ("Отдел продаж ТехноСклад", "sales@tehnosklad.example.ru"),
  "Автоматический ответ: Заявка №{T} принята",
  """Уважаемый клиент, заявка №{T} принята. Ожидайте звонка или письма менеджера.
""",
  "ru; one-line receipt, subject both 'Автоматический ответ' and 'Заявка принята', Precedence: junk",
  headers=[PREC_JUNK, AS_REPLIED])

# --- English acks

m("ack", "en", "zendesk-request-received",
  ("Northwind Tea Support", "support@northwindtea.example"),
  "[Northwind Tea] Request received: {SUBJ}",
  """##- Please type your reply above this line -##

Your request ({T}) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Northwind Tea.
[9RXZ1L-2MPQ]
""",
  "en; Zendesk receipt with Zendesk vendor headers and Auto-Submitted: auto-generated",
  fmt="alt", skin="table", msgid_domain="northwindtea.zendesk.com", headers=[
      AS_GEN, ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "3be2f10"),
      ("X-Zendesk-Email-Id", "01JF3M8Y2Q4V7C1D6E0N9B5K3R")],
  reply_to="Northwind Tea Support <support+id{T}@northwindtea.example>")

m("ack", "en", "freshdesk-ticket-received",
  ("Brightlane CRM", "support@brightlane.example"),
  "Ticket Received - [#{T}] {SUBJ}",
  """Dear Anatoly,

We would like to acknowledge that we have received your request and a ticket
has been created. A support representative will be reviewing your request and
will send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://brightlane.freshdesk.com/helpdesk/tickets/{T}

Thank you for your patience.

Sincerely,
Brightlane Support Team
""",
  "en; Freshdesk receipt, freshdesk.com in Message-ID, 'personal response' wording, services",
  script="services", msgid_domain="brightlane.freshdesk.com", fmt="alt", skin="p", headers=[AS_GEN])

m("ack", "en", "helpscout-thanks-contacting",
  ("Paperkite", "hello@paperkite.example"),
  "Re: {SUBJ}",
  """Hi there,

Thanks for contacting us! We've received your message and appreciate you
reaching out. One of our humans will get back to you within one business day.

In the meantime you might find an answer in our Help Center:
https://help.paperkite.example

Cheers,
The Paperkite team
""",
  "en; Help Scout-like auto-reply, helpscout.net in Message-ID, 'one of our humans' wording, no auto headers",
  script="services", msgid_domain="helpscout.net")

m("ack", "en", "hubspot-ticket-got-your-email",
  ("Cedar & Pine Outfitters", "service@cedarpine.example"),
  "[Ticket {T}] We've got your email",
  """Hi Anatoly,

We've got your email and created ticket #{T}. Our team typically replies within
1 business day.

Need to add details? Just reply to this email and keep the ticket number in the
subject line.

Cedar & Pine Outfitters Customer Care
""",
  "en; HubSpot-like ticket receipt, X-HubSpot header, shop",
  headers=[("X-HubSpot-Ticket-Id", "{T}"), AS_GEN], irt=False)

m("ack", "en", "intercom-usually-reply-few-hours",
  ("Fennel from Loomly Pay", "hello@loomlypay.example"),
  "Re: {SUBJ}",
  """Thanks for reaching out! 👋

We usually reply in a few hours. You'll get replies here and to
{TO}.

Loomly Pay
""",
  "en; Intercom-style bot receipt signed by a named bot, intercom-mail.com Reply-To, services, HTML only",
  script="services", fmt="html", skin="table", msgid_domain="intercom-mail.com",
  reply_to="Loomly Pay <reply+9f3c{T}@intercom-mail.com>")

m("ack", "en", "kayako-ticket-created",
  ("Orbitstack Helpdesk", "helpdesk@orbitstack.example"),
  "[#QWE-{T}-882]: {SUBJ}",
  """Dear Anatoly Smirnov,

Thank you for contacting Orbitstack Support. This is an automated response
confirming the receipt of your ticket. One of our agents will get back to you
as soon as possible.

Ticket ID: QWE-{T}-882
Subject: {SUBJ}
Department: Sales
Status: Open
Priority: Normal

You can check the status of or update this ticket online at:
https://helpdesk.orbitstack.example/index.php?/Tickets/Ticket/View/QWE-{T}-882

Kind regards,
Orbitstack Helpdesk
""",
  "en; Kayako-like receipt with ticket id block, opens with thanks, services, quoted-printable",
  script="services", cte="quoted-printable", headers=[PREC_BULK, ("X-Mailer", "Kayako")])

m("ack", "en", "zohodesk-request-received",
  ("Halcyon Hosting Support", "support@halcyonhost.example"),
  "[## {T} ##] Your request has been received",
  """Hello,

Your request has been received. Our support team will respond to you shortly.

Request ID: {T}
Subject: {SUBJ}

Please use the above request ID for any further communication.

Regards,
Halcyon Hosting Support
""",
  "en; Zoho Desk-like receipt, [## N ##] subject without the probe's subject, services",
  script="services", headers=[AS_GEN, ("X-ZohoDesk-Ticket", "{T}")], irt=False)

m("ack", "en", "jira-request-received-view",
  ("Kestrel Freight Service Desk", "servicedesk@kestrelfreight.example"),
  "CS-{T} {SUBJ}",
  """Your request has been received.

Reply above this line.

Kestrel Freight Service Desk  shared this with you.
CS-{T} {SUBJ}

We'll get back to you soon. Meanwhile, check the status of your request:
View request · Turn off this request's notifications

This is shared with Kestrel Freight Service Desk.

Sent by Atlassian Jira Service Management
""",
  "en; Jira SM receipt with X-JIRA-FingerPrint and a 'Reply above this line' marker, services",
  script="services", headers=[AS_GEN, ("X-JIRA-FingerPrint", "a19e4f07c2d8b35e6f10c7a24d9b8e31")])

m("ack", "en", "queue-you-are-number-4",
  ("Gadgetry Store", "support@gadgetry.example"),
  "You're in the queue (#{T})",
  """Hi,

Thanks for your message - you're number 4 in the queue.
Current wait time: about 2 hours.

We answer every email in the order it arrives, so there's no need to send it
again.

- Gadgetry Store
""",
  "en; queue-position receipt, no auto headers, shop",
  irt=False)

m("ack", "en", "csat-how-did-we-do",
  ("Lumen Lighting Co.", "feedback@lumenlighting.example"),
  "How did we do? Your request #{T}",
  """Hello Anatoly,

Your request #{T} "{SUBJ}" has been marked as solved.

How would you rate the support you received?

  Good, I'm satisfied   https://lumenlighting.example/csat/{T}?r=good
  Bad, I'm unsatisfied  https://lumenlighting.example/csat/{T}?r=bad

If the issue isn't resolved, simply reply to this email to reopen the request.
""",
  "en; satisfaction survey sent automatically on closing, no answer in it",
  irt=False, delay=(900, 2000), headers=[PREC_BULK])

m("ack", "en", "support-hours-next-business-day",
  ("Hartwell Office Supply", "orders@hartwell-supply.example"),
  "Auto: We received your message",
  """Thank you for writing to Hartwell Office Supply.

This is an automatic confirmation that your message has reached us.
Our support hours are Monday to Friday, 9am to 6pm CET; messages received
outside these hours are answered the next business day.

Phone: +44 1632 960 482
""",
  "en; receipt that states hours and a phone; 'Auto:' subject, Auto-Submitted: auto-replied",
  headers=[AS_REPLIED])

m("ack", "en", "noreply-reference-web",
  ("Quillwork Accounting", "no-reply@quillwork.example"),
  "Confirmation: your enquiry WEB-{T}",
  """This is an automated confirmation. Please do not reply to this message.

We have received your enquiry submitted via our website.
Reference: WEB-{T}

Name: Анатолий Смирнов
Email: {TO}
Message: {ASK1}

A member of our team will contact you within two working days.
""",
  "en; form-probe confirmation (plus-address) echoing the Russian form text, noreply, services",
  script="services", plus=True, irt=False)

m("ack", "en", "html-faq-phone-ack",
  ("Pebble & Moss Garden Centre", "hello@pebblemoss.example"),
  "We've received your email",
  """Thanks, we've got it!

Your email has landed safely with our customer team and we'll reply within
24 hours (often much sooner).

Popular questions:
Click & collect times - https://pebblemoss.example/collect
Same-day delivery areas - https://pebblemoss.example/same-day
Track an order - https://pebblemoss.example/track

Prefer to talk? Call us on 01632 960 117.

Pebble & Moss Garden Centre, 14 Mill Lane, Exampleton
You are receiving this email because you contacted us.
""",
  "en; HTML-only receipt with FAQ links about click & collect and same-day delivery, a phone, footer",
  fmt="html", skin="table", cte="base64", headers=[AS_GEN])

m("ack", "en", "case-created-ref-thread",
  ("Vireo Payments Customer Care", "care@vireopay.example"),
  "Case 00{T}: {SUBJ} [ ref:_00D7Q2bXk._5007Q{T}:ref ]",
  """Dear customer,

Thank you for your email. Case number 00{T} has been opened for your enquiry and
routed to the appropriate team.

We aim to respond to all enquiries within 48 hours. Please keep the reference
in the subject line if you write to us again about this case.

Vireo Payments Customer Care

*** This is an automatically generated email. ***
""",
  "en; CRM case receipt with a thread ref in the subject, 48-hour promise, services",
  script="services", headers=[AS_GEN], cte="quoted-printable")


# ===============================================================================================================
# autoreply: out-of-office, hours, not monitored, left, moved, closed, challenge-response (21 ru, 14 en)

m("autoreply", "ru", "otpusk-zamena-telefon",
  ("Ирина Белоусова", "i.belousova@ladushki-toys.example.ru"),
  "Автоответ: {SUBJ}",
  """Здравствуйте!

Я в отпуске с 5 по 18 декабря включительно.
По срочным вопросам обращайтесь к Ольге Весниной: o.vesnina@ladushki-toys.example.ru,
+7 (495) 000-21-34.

Ирина Белоусова
""",
  "ru; classic out-of-office with dates, substitute and phone; Auto-Submitted: auto-replied",
  headers=[AS_REPLIED, ("X-Autoreply", "yes")])

m("autoreply", "ru", "otpusk-odna-stroka",
  ("Кудрявцев Павел", "pavel@kovka-master.example.ru"),
  "Re: {SUBJ}",
  """В отпуске до 15.12, почту не читаю.
""",
  "ru; one-line vacation notice, Re: subject, no auto headers at all",
  headers=[])

m("autoreply", "ru", "bolnichnyj-prochitayu-pozzhe",
  ("Светлана Орехова", "orehova@tipografiya-list.example.ru"),
  "Автоматический ответ: {SUBJ}",
  """Добрый день.

Нахожусь на больничном. Ваше письмо будет прочитано после моего выхода на
работу. Если вопрос не терпит отлагательств, позвоните в приёмную:
+7 (343) 000-55-02.
""",
  "ru; sick leave, Exchange-style subject, X-Auto-Response-Suppress as Exchange adds to OOF",
  script="services", headers=[AS_GEN, ("X-Auto-Response-Suppress", "All"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "orehova@tipografiya-list.example.ru")])

m("autoreply", "ru", "komandirovka-dostup-ogranichen",
  ("Денис Гаранин", "garanin@teplo-montazh.example.ru"),
  "Автоответ: {SUBJ}",
  """Добрый день!
С 7 по 10 декабря нахожусь в командировке, доступ к почте ограничен.
Отвечу по возвращении. Договоры и счета — через Людмилу Котову,
l.kotova@teplo-montazh.example.ru.
""",
  "ru; business trip, mentions договоры and a colleague, services, windows-1251 quoted-printable",
  script="services", charset="windows-1251", cte="quoted-printable", headers=[AS_REPLIED])

m("autoreply", "ru", "rabotaem-s-9-do-18",
  ("Цветочная лавка «Флокс»", "flox@flox-cveti.example.ru"),
  "Re: {SUBJ}",
  """Спасибо за письмо!

Сейчас нерабочее время. Мы работаем с 9 до 18 по будням и ответим в рабочее
время, как только начнётся новый день.

Флокс
""",
  "ru; after-hours responder «с 9 до 18» (company in UTC+10, the probe landed after 18:00 local); "
  "contains an opening-time pattern but is automatic",
  headers=[PREC_AUTO], tz=10, sent=dt.datetime(2026, 12, 7, 14, 6, 12, tzinfo=MSK))

m("autoreply", "ru", "novosibirsk-posle-rabochego",
  ("Автозапчасти Сибирь", "parts@avtozap-sibir.example.ru"),
  "Нерабочее время / {SUBJ}",
  """Здравствуйте!

Вы написали нам в нерабочее время (в Новосибирске сейчас вечер).
Менеджеры на связи по будням с 09:00 до 18:00 по новосибирскому времени
(МСК+4). Ваше письмо прочитают утром.
""",
  "ru; after-hours responder with a time zone note, no In-Reply-To, HTML-only",
  fmt="html", skin="div", cte="base64", headers=[AS_REPLIED], irt=False, tz=7,
  sent=dt.datetime(2026, 12, 7, 15, 31, 40, tzinfo=MSK))

m("autoreply", "ru", "novogodnie-kanikuly",
  ("Магазин «Снежок»", "shop@snezhok-detyam.example.ru"),
  "Автоответ: новогодние каникулы",
  """Дорогие покупатели!

С 31 декабря по 10 января мы отдыхаем. Заказы, оформленные в праздники,
соберём и отправим начиная с 11 января. Пункт выдачи в эти дни закрыт.

С наступающим Новым годом!
Команда «Снежка»
""",
  "ru; New Year holiday responder (probe of a late-December wave), mentions пункт выдачи closed",
  sent=dt.datetime(2026, 12, 30, 12, 0, tzinfo=MSK), headers=[AS_REPLIED])

m("autoreply", "ru", "inventarizaciya-sklad-zakryt",
  ("Склад-магазин «Полка»", "polka@polka-sklad.example.ru"),
  "Re: {SUBJ} (автоматическое сообщение)",
  """Уважаемые клиенты!

7 и 8 декабря на складе проводится инвентаризация, отгрузки и самовывоз
приостановлены. Все письма, поступившие в эти дни, мы обработаем 9 декабря
в порядке очереди.

Приносим извинения за неудобства.
""",
  "ru; stocktaking closure notice mentioning самовывоз, koi8-r 8bit, no auto headers",
  cte="8bit", charset="koi8-r", headers=[])

m("autoreply", "ru", "yashchik-ne-prinimaet-forma",
  ("Не отвечайте на это письмо", "noreply@avtoshkola-start.example.ru"),
  "Письмо не может быть обработано",
  """Этот адрес не принимает входящие письма, ваше сообщение никто не прочитает.
Для связи используйте форму на сайте avtoshkola-start.example.ru/contacts.
""",
  "ru; 'this address does not accept mail' responder (points to the site form but is automatic), services",
  script="services", headers=[AS_REPLIED, PREC_JUNK])

m("autoreply", "ru", "sotrudnik-ne-rabotaet",
  ("Крылова Марина", "m.krylova@posuda-centr.example.ru"),
  "Автоответ: {SUBJ}",
  """Сотрудник Крылова Марина больше не работает в компании «Посуда-Центр».
Пожалуйста, направляйте письма на адрес sales@posuda-centr.example.ru.
Ваше письмо автоматически не пересылается.
""",
  "ru; 'employee has left, write to …', Auto-Submitted, no greeting",
  headers=[AS_REPLIED])

m("autoreply", "ru", "adres-izmenilsya",
  ("Новый Дом", "zakaz@noviy-dom-old.example.ru"),
  "Внимание: адрес изменился",
  """ВНИМАНИЕ!

С 1 декабря 2026 года наш адрес электронной почты изменился.
Пишите, пожалуйста, на zakaz@noviy-dom.example.ru.
Письма на старый адрес не обрабатываются.
""",
  "ru; address-changed notice in capitals, windows-1251 base64",
  charset="windows-1251", cte="base64", headers=[("X-Autorespond", "address changed")])

m("autoreply", "ru", "kompaniya-zakryta",
  ("ООО «Фрегат-Снаб»", "office@fregat-snab.example.ru"),
  "Re: {SUBJ}",
  """Уважаемые партнёры!

ООО «Фрегат-Снаб» прекратило деятельность 30 ноября 2026 года.
Благодарим всех за многолетнее сотрудничество.

Почтовый ящик будет закрыт 31 января 2027 года.
""",
  "ru; company closed, services",
  script="services", headers=[AS_REPLIED])

m("autoreply", "ru", "antispam-podtverdite",
  ("Антиспам-фильтр", "verify@mail.stanok-torg.example.ru"),
  "Подтвердите отправку письма",
  """Здравствуйте!

Ваше письмо на адрес info@stanok-torg.example.ru задержано системой защиты от
спама. Чтобы оно было доставлено, перейдите по ссылке ниже и введите код
с картинки. Подтверждать нужно один раз: после этого все ваши письма будут
доставляться сразу.

https://mail.stanok-torg.example.ru/confirm?id=8f2a61c0e9

Если вы не подтвердите отправку в течение 72 часов, письмо будет удалено.
""",
  "ru; challenge-response (whitelist) request, Auto-Submitted: auto-generated",
  headers=[AS_GEN], company_addr="info@stanok-torg.example.ru")

m("autoreply", "ru", "dekret-dogovory",
  ("Ксения Лаврова", "lavrova@bukhconsult.example.ru"),
  "Автоответ: {SUBJ}",
  """Добрый день!

Я в отпуске по уходу за ребёнком. По вопросам тарифов и договоров, пожалуйста,
пишите моей коллеге Анне Шуваловой — a.shuvalova@bukhconsult.example.ru,
тел. +7 (812) 000-90-61.

Спасибо!
""",
  "ru; parental leave, names тарифы and договоры and a substitute, services, format=flowed",
  script="services", flowed=True, headers=[AS_REPLIED])

m("autoreply", "ru", "vystavka-do-11",
  ("Геннадий Михеев", "miheev@divany-ural.example.ru"),
  "Автоответ: Re: {SUBJ}",
  """Уважаемые коллеги!
До 11 декабря я работаю на выставке «ЭкспоМебель-2026», отвечаю на письма
с задержкой. Ваше письмо не потеряется.
--
Геннадий Михеев, коммерческий директор
""",
  "ru; trade-show notice with a -- signature, X-Autoreply",
  headers=[("X-Autoreply", "yes"), PREC_AUTO])

m("autoreply", "ru", "kamchatka-rabochij-den-okonchen",
  ("Рыбный двор Камчатки", "order@ryba-kamchatka.example.ru"),
  "Автоответ",
  """Рабочий день окончен (у нас на Камчатке уже ночь).
Заказы принимаем с 10:00 до 19:00 по местному времени (МСК+9).
Ответим утром.
""",
  "ru; after-hours in UTC+12, bare 'Автоответ' subject, contains «с 10:00 до 19:00»",
  headers=[AS_REPLIED], tz=12, sent=dt.datetime(2026, 12, 7, 13, 2, 5, tzinfo=MSK))

m("autoreply", "ru", "kerio-otvechu-posle",
  ("Семён Ершов", "ershov@vektor-it.example.ru"),
  "Re: {SUBJ}",
  """Благодарю за письмо. Отвечу на него после 14.12.2026.
""",
  "ru; terse auto-reply in Kerio style, windows-1251 8bit, X-Autoreply only",
  script="services", cte="8bit", charset="windows-1251", headers=[("X-Autoreply", "yes"), ("X-Mailer", "Kerio Connect 10.0.2")])

m("autoreply", "ru", "pochta-ne-ispolzuetsya-telegram",
  ("Пекарня «Колосок»", "kolosok@kolosok-hleb.example.ru"),
  "Автоответ: эта почта больше не используется",
  """Здравствуйте! Этот ящик больше не используется, письма здесь не читают.
Связаться с нами можно в Telegram: @kolosok_hleb или по телефону
+7 (4852) 00-31-77.
""",
  "ru; mailbox no longer used, points to Telegram and a phone but is an automatic notice, koi8-r base64",
  charset="koi8-r", cte="base64", headers=[AS_REPLIED])

m("autoreply", "ru", "pereezd-punkt-vydachi",
  ("Интернет-магазин «Клубок»", "info@klubok-pryazha.example.ru"),
  "Мы переезжаем! (автоматический ответ)",
  """Здравствуйте!

Мы переезжаем. С 7 по 9 декабря склад и пункт выдачи закрыты, письма
читаем выборочно. С 10 декабря ждём вас по новому адресу: ул. Ткацкая, 8,
вход со двора.

Спасибо за терпение!
Клубок
""",
  "ru; moving notice (closure), mentions пункт выдачи, HTML and text alternative",
  fmt="alt", skin="p", headers=[AS_REPLIED])

m("autoreply", "ru", "tehnicheskie-raboty-zaderzhka",
  ("Поддержка «Сетевой Узел»", "support@setevoy-uzel.example.ru"),
  "Автоответ: возможны задержки",
  """Уважаемые абоненты!

В связи с плановыми техническими работами 7–8 декабря ответы на письма
могут задерживаться. Приносим извинения. Состояние работ: status.setevoy-uzel.example.ru
""",
  "ru; technical works notice, no receipt wording, services",
  script="services", headers=[AS_GEN, PREC_BULK])

m("autoreply", "ru", "segodnya-ne-v-ofise",
  ("Ольга Сизова", "sizova@kraski-market.example.ru"),
  "Нет на месте",
  """Сегодня меня нет в офисе. Завтра с 10:00 отвечу на все письма.
О.С.
""",
  "ru; short personal away notice with initials, koi8-r quoted-printable",
  charset="koi8-r", cte="quoted-printable", headers=[("X-Autorespond", "1")])

# --- English autoreplies

m("autoreply", "en", "outlook-ooo-limited-access",
  ("Daniel Whitcombe", "d.whitcombe@ferrisline.example"),
  "Automatic reply: {SUBJ}",
  """Thank you for your email.

I am out of the office until Monday 14 December with limited access to email.
For urgent matters please contact my colleague Hannah Price at
h.price@ferrisline.example or on +44 1632 960 215.

Kind regards,
Daniel
""",
  "en; Exchange out-of-office with substitute and phone, Exchange headers, services",
  script="services", fmt="alt", skin="word",
  headers=[AS_GEN, ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "d.whitcombe@ferrisline.example"),
           ("X-MS-Has-Attach", ""), ("Thread-Topic", "{SUBJ}")])

m("autoreply", "en", "gmail-vacation-back-15",
  ("Maya Ortega", "maya@ortega-ceramics.example"),
  "Re: {SUBJ}",
  """Hi! Thanks for your email. I'm on vacation until December 15 and will reply
when I'm back. Happy holidays in advance!

Maya
""",
  "en; Gmail vacation responder, Re: subject, Auto-Submitted: auto-replied",
  headers=[AS_REPLIED])

m("autoreply", "en", "parental-leave-march",
  ("Tomasz Reyes", "tomasz@gridbeam.example"),
  "Out of Office: {SUBJ}",
  """I'm on parental leave until March 2027 and won't be checking email.

For billing and contracts, please write to accounts@gridbeam.example; for
anything else, support@gridbeam.example will help.
""",
  "en; parental leave pointing to two addresses, services, mentions contracts",
  script="services", headers=[AS_GEN])

m("autoreply", "en", "uk-office-not-open-yet",
  ("Amber Coast Furniture", "shop@ambercoast.example"),
  "We're closed right now",
  """Hello,

Our office is closed right now. Business hours are 9:00-17:30 (UK time),
Monday to Friday. We'll get back to you when we reopen.

Amber Coast Furniture
""",
  "en; before-opening responder of a UK company (the probe landed at 07:05 UK time), contains '9:00-17:30'",
  irt=False, headers=[AS_REPLIED], tz=0, sent=dt.datetime(2026, 12, 7, 10, 5, 31, tzinfo=MSK))

m("autoreply", "en", "holiday-closure-dec24-jan4",
  ("Wren & Co Stationers", "hello@wrenco.example"),
  "Happy holidays from Wren & Co",
  """Happy holidays!

Our team is taking a break from December 24 to January 4. Orders placed during
this time will ship from January 5, and emails will be answered in the order
they were received.

Wishing you a lovely festive season,
Wren & Co
""",
  "en; holiday closure responder, HTML only",
  sent=dt.datetime(2026, 12, 23, 11, 0, tzinfo=MSK), fmt="html", skin="table", headers=[AS_REPLIED])

m("autoreply", "en", "mailbox-not-monitored",
  ("Do Not Reply", "donotreply@parcelwise.example"),
  "Undeliverable reply: this mailbox is not monitored",
  """This mailbox is not monitored. Replies to this address are not read or
forwarded.

Parcelwise Ltd, Unit 7 Example Park
""",
  "en; not-monitored box, 'Undeliverable' in the subject but not a bounce (no DSN, sender address not empty)",
  script="services", headers=[AS_GEN, PREC_JUNK])

m("autoreply", "en", "no-longer-with-company",
  ("Sarah Delgado", "sarah.delgado@tallowfinch.example"),
  "Re: {SUBJ}",
  """Sarah Delgado is no longer with Tallow & Finch. Your message has not been
forwarded. For sales enquiries, please email sales@tallowfinch.example.
""",
  "en; 'no longer with the company', no auto headers",
  headers=[])

m("autoreply", "en", "new-address-closing",
  ("Corvid Analytics", "info@corvid-analytics-old.example"),
  "Please note our new email address",
  """Please note that our email address has changed to hello@corvid-analytics.example.
The address you wrote to will be closed on 31 December 2026 and your
message may not be read.
""",
  "en; address-changed notice, services, quoted-printable",
  script="services", cte="quoted-printable", headers=[("X-Autorespond", "yes")])

m("autoreply", "en", "ceased-trading",
  ("Bramble Courier Co.", "team@bramblecourier.example"),
  "Re: {SUBJ}",
  """After nine years, Bramble Courier Co. ceased trading on 30 November 2026.
This inbox is no longer monitored. Thank you to everyone who sent a parcel
with us.
""",
  "en; company ceased trading, services",
  script="services", headers=[AS_REPLIED])

m("autoreply", "en", "challenge-spamguard",
  ("SpamGuard Verification", "verify@spamguard.mx.juniperloft.example"),
  "Please verify your email to juniperloft",
  """Hello,

I'm protected by SpamGuard, a challenge-response anti-spam service. To get your
message delivered, please click the link below to confirm you are a human.
This is a one-time step.

https://spamguard.mx.juniperloft.example/v/3c8d1f7a

Unverified messages are deleted after 5 days.
""",
  "en; challenge-response request, Auto-Submitted: auto-replied",
  headers=[AS_REPLIED], company_addr="orders@juniperloft.example")

m("autoreply", "en", "conference-back-thursday",
  ("Priya Banerjee", "priya@solstice-saas.example"),
  "Out of office (Dec 7-9)",
  """Hi,

I'm at a conference December 7-9 with very patchy email. I'll reply by
Thursday. If it's about an existing account, support@solstice-saas.example is
faster.

Priya
""",
  "en; conference away notice, services, format=flowed",
  script="services", flowed=True, headers=[AS_REPLIED])

m("autoreply", "en", "off-sick-today",
  ("Oliver Grant", "oliver@grantbikes.example"),
  "Re: {SUBJ}",
  """Off sick today - back tomorrow and I'll catch up with email then.
""",
  "en; one-line sick note, X-Autoreply only",
  headers=[("X-Autoreply", "yes")])

m("autoreply", "en", "vladivostok-after-midnight",
  ("Pacific Rim Seafood Support", "support@pacificrimsea.example"),
  "Outside our working hours",
  """Hi there,

Our support team is based in Vladivostok, where it's currently night.
We're online 09:00-18:00 local time (UTC+10) on weekdays and will answer
your message as soon as we're back.
""",
  "en; after-hours responder in a far-east time zone, HTML and text alternative",
  fmt="alt", skin="div", headers=[PREC_AUTO], tz=10, sent=dt.datetime(2026, 12, 7, 16, 20, 44, tzinfo=MSK))

m("autoreply", "en", "travelling-quotes-to",
  ("Ravi Menon", "ravi.menon@bluefernlogistics.example"),
  "Auto: {SUBJ}",
  """I'm travelling on business until 11 December with intermittent access to
email. For quotes and contracts please contact quotes@bluefernlogistics.example.

Ravi Menon | Head of Sales
Bluefern Logistics
""",
  "en; business trip, points to a quotes address and names contracts, services, 'Auto:' subject",
  script="services", headers=[AS_GEN])


# ===============================================================================================================
# human: people's answers, many through helpdesks (27 ru, 18 en)

m("human", "ru", "gmail-polnyj-otvet-sinica",
  ("Марина | Синица", "marina@sinica-shop.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте, Анатолий!

Пункт самовывоза на ул. Литейной, 14 работает до 20:00 без выходных.
Заказ можете оформить прямо на сайте: выберите «Самовывоз», и к 16:00 всё
будет собрано. Если удобнее курьером — доставку сегодня тоже сделаем при
заказе до 15:00, напишите только адрес.⟧

С уважением,
Марина
менеджер интернет-магазина «Синица»
+7 (812) 000-44-17

{Q}
""",
  "ru; Gmail quote, full answer, signature with position and phone",
  quote_style="gmail-ru", fmt="alt", skin="div")

m("human", "ru", "kratko-do-19-iphone",
  ("Игорь Панов", "igor@rybolov-shop.example.ru"),
  "Re: {SUBJ}",
  """⟦Добрый день. До 19:00. Заказ оформим, пришлите артикулы.⟧

Игорь

Отправлено с iPhone

{Q}
""",
  "ru; curt answer, lone name line, device line, Yandex quote",
  quote_style="yandex")

m("human", "ru", "chastichno-tolko-chasy",
  ("Магазин «Карандаш»", "karandash@karandash-kanc.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте! Самовывоз работает с 10 до 21 ежедневно.
По доставке сегодня уточню у логистов и напишу вам отдельно.⟧

--
Карандаш, канцтовары с 2009 года

{Q}
""",
  "ru; partial answer (hours only, promises more), -- signature, Mail.ru quote",
  quote_style="mailru")

m("human", "ru", "usedesk-spasibo-za-obrashchenie-agent",
  ("Поддержка «Пуговка»", "help@pugovka-shop.example.ru"),
  "Обращение №{T} обновлено: {SUBJ}",
  """—— Пожалуйста, пишите ответ выше этой линии ——

Обращение №{T} обновлено

Елизавета Громова, служба поддержки
{NOW_RU}

⟦Спасибо за обращение, Анатолий!

Пункт самовывоза на Береговой, 3 открыт до 21:00, в воскресенье до 18:00.
Заказ я могу оформить за вас: пришлите список товаров и удобное время, а
счёт придёт сюда же. Доставка сегодня по городу возможна, если оформим до
14:00.⟧

С уважением,
Елизавета

Оцените ответ: 👍 https://pugovka-shop.example.ru/r/{T}/up  👎 https://pugovka-shop.example.ru/r/{T}/down

Анатолий Смирнов
{DATE_RU}
{ASK}
""",
  "ru; helpdesk answer (Usedesk-like chrome): reply-above marker, 'обновлено' line, agent/time line, rating "
  "footer, ticket history; opens with «Спасибо за обращение» then answers; Auto-Submitted: auto-generated",
  headers=[AS_GEN], irt=False, fmt="alt", skin="table")

m("human", "ru", "crm-tarify-oferta-edo",
  ("Кирилл Дёмин", "k.demin@tochka-crm.example.ru"),
  "RE: {SUBJ}",
  """⟦Добрый день, Анатолий!

Тарифы у нас такие:
— «Старт» — 990 ₽ в месяц за пользователя;
— «Команда» — 1 790 ₽;
— «Корпорация» — от 2 900 ₽, зависит от числа интеграций.

Договор заключаем по оферте: достаточно оплатить счёт. Если нужен бумажный
договор, подпишем через ЭДО (Диадок или СБИС). Обычно всё занимает
1–2 рабочих дня.⟧

С уважением,
Кирилл Дёмин
Отдел продаж «Точка CRM»
Тел.: +7 (495) 000-63-08

Информация в этом письме конфиденциальна и предназначена только для
адресата. Если вы получили его по ошибке, сообщите отправителю и удалите
письмо.

{Q}
""",
  "ru; full services answer with list and ₽, Outlook-ru quote with underscore line, disclaimer, "
  "quoted-printable",
  script="services", quote_style="outlook-ru-line", cte="quoted-printable", fmt="alt", skin="word")

m("human", "ru", "thebat-inicialy-laptev",
  ("Пётр Лаптев", "laptev@instrument-opt.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте, Анатолий.⟧

Вы писали {DATE_RU}:

{Q}

⟦Пункт выдачи открыт до 18:00, в субботу до 15:00. Заказ оформлю, если
пришлёте перечень; сегодня доставить можем только по Кирову, до 17 часов.⟧

-- 
С уважением,
 Пётр Лаптев                          mailto:laptev@instrument-opt.example.ru
""",
  "ru; The Bat!: greeting and 'Вы писали' above the initials quote, answer below, '-- ' signature; "
  "windows-1251 8bit",
  quote_style="bat", cte="8bit", charset="windows-1251", headers=[("X-Mailer", "The Bat! (v9.5.2) Professional")])

m("human", "ru", "inline-otvety-mezhdu-strok",
  ("Антон", "anton@kolesa-vsem.example.ru"),
  "Re: {SUBJ}",
  """⟦Анатолий, добрый день!⟧

> До скольки работает пункт самовывоза?
⟦До 21:00, в воскресенье до 18:00.⟧

> Помогите оформить заказ!
⟦Скиньте ссылку на товар или его название — оформлю сам и пришлю номер
заказа.⟧

> Мне нужно организовать доставку сегодня.
⟦Сегодня курьером успеем, если заказ будет до 14:00.⟧

Антон
""",
  "ru; inline answers between the question's quoted lines, lone name line",
  quote_style=None)

m("human", "ru", "dostavka-dogovor-edo-vopros",
  ("Виктория Сергеевна", "sales@pochtovik-express.example.ru"),
  "Re: {SUBJ}",
  """⟦Добрый день!

Договор у нас типовой, пришлём его на почту в течение дня после того, как
получим ваши реквизиты; подписание через ЭДО обычно занимает 1 рабочий день.
Цена зависит от объёма отправлений — сколько посылок в месяц вы планируете?⟧

Всего доброго,
Виктория Сергеевна Рожкова
ООО «Почтовик Экспресс»

{Q}
""",
  "ru; partial services answer (contract, timing; asks back about volume instead of prices), Thunderbird quote",
  script="services", quote_style="tbird-ru")

m("human", "ru", "bitrix24-otvet-operatora",
  ("Студия кухонь «Лофт и Точка»", "crm@loft-tochka.example.ru"),
  "Ответ на ваше обращение с сайта",
  """⟦Анатолий, здравствуйте!
Это Дарья из «Лофт и Точка». Шоурум, где можно забрать заказ, открыт
с 11 до 20 без выходных. Оформить заказ можно прямо по телефону или здесь
в переписке, сегодня отвезём, если товар есть на складе, — напишите, что
именно нужно.⟧

Дарья Колесникова, менеджер
———
Ответ отправлен из Битрикс24. Отвечайте на это письмо, чтобы продолжить
переписку.
""",
  "ru; operator answer from a CRM after a form probe (plus-address, no In-Reply-To), vendor footer line, "
  "X-Bitrix header",
  plus=True, irt=False, headers=[("X-Bitrix-Posting", "4419"), AS_GEN])

m("human", "ru", "kurtko-s-9-do-21",
  ("Мягкий знак", "hello@myagkiy-znak.example.ru"),
  "Re: {SUBJ}",
  """⟦Пункт самовывоза — с 9 до 21, каждый день.⟧

--
Команда «Мягкий знак»
""",
  "ru; one-line answer with hours only, no greeting, no quote",
  quote_style=None)

m("human", "ru", "otpusk-no-otvechayu",
  ("Алёна Рябова", "ryabova@svetilniki-dom.example.ru"),
  "Автоответ: {SUBJ}",
  """⟦Здравствуйте!

Я в отпуске до 14 декабря, но на частые вопросы отвечу сразу: пункт
самовывоза на Складской, 9 работает до 20:00 ежедневно, заказ можно оформить
на сайте svetilniki-dom.example.ru, доставка в тот же день — при заказе до
13:00. По остальным вопросам пишите Глебу: gleb@svetilniki-dom.example.ru.⟧

Алёна
""",
  "ru; out-of-office that also answers the question (hours, ordering, same-day) -> human; "
  "Auto-Submitted: auto-replied, 'Автоответ' subject",
  headers=[AS_REPLIED, ("X-Autoreply", "yes")])

m("human", "ru", "okdesk-spasibo-za-zapros-ehdo",
  ("Сервисный центр «ОблакоБух»", "sd@oblakobuh.example.ru"),
  "Заявка № {T}: новый комментарий",
  """### Напишите ответ выше этой строки ###

Новый комментарий к заявке № {T} «{SUBJ}»

Ответственный: Роман Зуев
{NOW_RU}

⟦Спасибо за ваш запрос.
Обслуживание 1С у нас от 4 500 руб. в месяц (до 50 документов), 9 000 руб. —
до 300 документов. Договор отправим через ЭДО, как только пришлёте реквизиты;
подписание и подключение занимают 2 рабочих дня.⟧

Заявка № {T} · статус: Ожидает ответа клиента
Вы можете ответить на это письмо или открыть заявку в личном кабинете.
""",
  "ru; Okdesk-like agent comment with marker, responsible/time lines and status footer; opens with "
  "'Спасибо за ваш запрос' and answers; windows-1251 quoted-printable",
  script="services", charset="windows-1251", cte="quoted-printable", headers=[AS_GEN], irt=False)

m("human", "ru", "koi8-staryj-server-sergej",
  ("Сергей", "sergey@elektrik-24.example.ru"),
  "Re: {SUBJ}",
  """⟦Анатолий, здравствуйте.
Работаем до 19.00. Оформить заказ можно по телефону или здесь в почте -
пришлите список. Сегодня доставим по городу, если успеете до обеда.⟧

Сергей

{Q}
""",
  "ru; koi8-r 8bit, dash and quotes as the mailer sent them, OE-style quote",
  quote_style="oe", cte="8bit", charset="koi8-r")

m("human", "ru", "yandex-html-logistika-tarify",
  ("Евгения Ким", "kim@bystryj-gruz.example.ru"),
  "Re: {SUBJ}",
  """⟦Добрый день, Анатолий!

Доставка по Москве — от 350 руб. за отправление, по России — от 490 руб.,
при объёме от 300 отправлений в месяц скидка 10 %.
Договор: присылаете реквизиты, мы готовим договор и отправляем через ЭДО,
на всё уходит 3 рабочих дня.⟧

--
Евгения Ким
менеджер по работе с клиентами

{Q}
""",
  "ru; HTML-only Yandex-webmail-like div per line, complete services answer, Yandex quote",
  script="services", quote_style="yandex", fmt="html", skin="div", cte="base64")

m("human", "ru", "razgovornyj-bez-zaglavnyh",
  ("Вадим", "vadim.shop@velo-gorod.example.ru"),
  "Re: {SUBJ}",
  """⟦здравствуйте. самовывоз до 8 вечера, заказ оформлю если скажете что нужно))
доставка сегодня только по городу, 300р⟧

{Q}
""",
  "ru; casual lowercase answer with emoticons, no signature, Android quote",
  quote_style="android-ru")

m("human", "ru", "helpdeskeddy-ocenka-v-podvale",
  ("Ткани Опт — техподдержка", "support@tkani-opt.example.ru"),
  "[#{T}] Ответ по заявке",
  """⟦Добрый день, Анатолий!

Пункт выдачи на складе работает по будням с 9:00 до 18:00, по субботам до
15:00. Заказ оформим сами: пришлите артикулы и метраж, выставим счёт.
Доставку сегодня организовать не получится — ближайшая отгрузка завтра
утром.⟧

С уважением,
Полина, отдел розницы

---------------------------------------------
Пожалуйста, оцените качество ответа по ссылке:
https://support.tkani-opt.example.ru/rate/{T}
---------------------------------------------
Заявка #{T}. Чтобы ответить, просто ответьте на это письмо.
""",
  "ru; HelpDeskEddy-like answer with rating footer and ticket line; hours and a 'not today' answer",
  irt=False, headers=[PREC_BULK])

m("human", "ru", "ehkvajring-procenty",
  ("Атлас Эквайринг", "support@atlas-pay.example.ru"),
  "Re: Заявка получена - [#{T}] {SUBJ}",
  """⟦Здравствуйте, Анатолий!

Комиссия за интернет-эквайринг — от 1,9 % (для оборота до 1 млн руб. в
месяц — 2,4 %). Чтобы заключить договор, зарегистрируйтесь в личном
кабинете и загрузите документы компании; проверка занимает 2–3 рабочих дня,
после неё договор подписывается электронно.⟧

С уважением,
Максим Лебедев
Служба поддержки «Атлас Эквайринг»

---- Исходное сообщение ----
От: Анатолий Смирнов <anatoly@shopper.example>
Дата: {DATE_RU}
Тема: {SUBJ}

{ASK}
""",
  "ru; Freshdesk-localized agent answer (freshdesk.com in Message-ID), percentages, quoted history block",
  script="services", msgid_domain="atlas-pay.freshdesk.com", headers=[AS_GEN], fmt="alt", skin="p")

m("human", "ru", "telefon-no-otvetil",
  ("Стелла Рыбакова", "stella@zerkala-decor.example.ru"),
  "Re: {SUBJ}",
  """⟦Анатолий, добрый вечер!
Пункт самовывоза открыт до 22:00. Для срочной доставки сегодня удобнее
позвонить: +7 (383) 000-17-45, но можно и письмом — пришлите адрес и
что выбрали, оформлю.⟧

Стелла

Отправлено из мобильной Почты Mail.ru

{Q}
""",
  "ru; answers and also gives a phone (still human), Mail.ru mobile device line",
  quote_style="mailru")

m("human", "ru", "omnidesk-marker-vyshe",
  ("Мебельная фабрика «Ясень»", "support@yasen-mebel.example.ru"),
  "[##{T}##] {SUBJ}",
  """##- Ответьте выше этой строки, чтобы написать в обращение -##

⟦Анатолий, здравствуйте!
Склад-самовывоз на Промышленной, 22 работает до 17:30. Чтобы оформить заказ,
пришлите, пожалуйста, номер модели и цвет — менеджер выставит счёт в
течение часа. Сегодня доставим, если оплата пройдёт до 12:00; иначе
привезём завтра.⟧

Всего хорошего,
Никита Фомин
Мебельная фабрика «Ясень»

---
Обращение [##{T}##] · Вы получили это письмо, потому что написали в
службу поддержки.
""",
  "ru; Omnidesk-like marker in its own wording, valediction and name, ticket footer; HTML-only",
  fmt="html", skin="table", cte="quoted-printable", headers=[AS_GEN])

m("human", "ru", "amocrm-kirill-hosting",
  ("Кирилл Абрамов", "kirill@nebo-hosting.example.ru"),
  "Re: {SUBJ}",
  """⟦Анатолий, добрый день! Меня зовут Кирилл, я менеджер «Небо Хостинг».

Виртуальный сервер — от 590 руб. в месяц, выделенный — от 7 900 руб.
Договор-оферта принимается при первой оплате; если нужен договор с
подписями, оформим за 2 рабочих дня.

Если расскажете про нагрузку, подберу конфигурацию.⟧

—
Кирилл Абрамов
+7 (495) 000-88-20 · nebo-hosting.example.ru

{Q}
""",
  "ru; services answer, offers the next step, em-dash signature separator, gmail-ru quote, "
  "X-amoCRM-like header",
  script="services", quote_style="gmail-ru", headers=[("X-Amo-Message-Id", "am-{T}")], fmt="alt", skin="div")

m("human", "ru", "tbird-vps-pereslannoe",
  ("Юлия Давыдова", "davydova@rtk-svyaz.example.ru"),
  "Fwd: {SUBJ}",
  """⟦Анатолий, добрый день!

Ваше письмо коллеги переслали мне, отвечаю по тарифам: интернет для офиса —
от 1 200 руб. в месяц (100 Мбит/с), 2 400 руб. — 500 Мбит/с. Договор
заключаем в офисе или через ЭДО, подключение — до 5 рабочих дней после
подписания.⟧

Юлия Давыдова
ведущий менеджер корпоративного отдела

{Q}
""",
  "ru; colleague forwarded the probe internally and a manager answered above the forwarded block",
  script="services", quote_style="fwd-ru", headers=[("User-Agent", "Mozilla/5.0 Thunderbird/115.6.0")])

m("human", "ru", "otvet-snizu-posle-citaty",
  ("Лидия Маркова", "markova@semena-sad.example.ru"),
  "Re: {SUBJ}",
  """{Q}

⟦Добрый день!
Пункт выдачи работает до 17:00, но сегодня мы до 16:00 — санитарный час.
Заказ оформите на сайте или ответьте списком, я всё соберу.⟧

Лидия
""",
  "ru; bottom-posted answer below the quote, lone name line",
  quote_style="tbird-ru")

m("human", "ru", "zendesk-agent-ru",
  ("Гнездо — поддержка", "support@gnezdo-dom.example.ru"),
  "[Гнездо] Re: {SUBJ}",
  """##- Введите свой ответ над этой строкой -##

Ваш запрос ({T}) обновлён. Чтобы добавить комментарии, ответьте на это
письмо.
----------------------------------------------

Александра (Гнездо)

{NOW_RU} MSK

⟦Анатолий, здравствуйте!

Забрать заказ можно в шоуруме на Ленинском, 40 с 10:00 до 21:00.
Оформить заказ давайте я помогу: напишите, какой товар выбрали. Доставку
сегодня по Москве делаем при оформлении до 12:00, сейчас уже позже —
ближайшая доставка завтра.

Хорошего дня!⟧

Александра

----------------------------------------------

Анатолий Смирнов

{DATE_RU}

{ASK}

--------------------------------
Это письмо является служебным уведомлением. Сообщение отправлено от лица
компании «Гнездо».
[KX84ZP-QN2V]
""",
  "ru; Zendesk agent answer with Zendesk headers and Auto-Submitted: auto-generated; marker, 'запрос "
  "обновлён' line, agent/time lines, ticket history",
  msgid_domain="gnezdo.zendesk.com", fmt="alt", skin="table", headers=[
      AS_GEN, ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "7c1a9e2"),
      ("X-Zendesk-Email-Id", "01JF3P4R6T8V0X2Z4B6D8F0H2K")],
  reply_to="Гнездо <support+id{T}@gnezdo-dom.example.ru>", irt=False)

m("human", "ru", "retailcrm-obnovleno",
  ("Зоотовары «Хвостатый»", "shop@hvostaty.example.ru"),
  "Ваше обращение {T}-C обновлено",
  """Ваше обращение {T}-C обновлено.
Оператор: Вероника

⟦Здравствуйте! Самовывоз из магазина на Садовой — с 8 до 22 ежедневно.
Заказ можно оформить на сайте или я могу собрать его по вашему списку.⟧

Чтобы ответить, напишите ответ выше этой строки.
""",
  "ru; retailCRM-like 'обращение обновлено' and operator line; partial answer (no delivery)",
  headers=[AS_GEN], irt=False, cte="base64")

m("human", "ru", "dlinnyj-disklejmer-biznes",
  ("Отдел продаж «ДокументОблако»", "sales@docoblako.example.ru"),
  "RE: {SUBJ}",
  """⟦Добрый день! Спасибо за интерес к нашему сервису.

Стоимость — 15 000 ₽ в месяц за тариф «Бизнес» (до 20 сотрудников),
«Старт» — 6 000 ₽. Договор отправим сегодня, подписание через ЭДО;
подключение и обучение — 3 рабочих дня.⟧

Best regards / С уважением,
Артём Кравец
Account manager

__________________________________________
Настоящее сообщение и любые приложения к нему могут содержать
конфиденциальную информацию. Если вы не являетесь надлежащим адресатом,
пожалуйста, немедленно уведомите отправителя и удалите сообщение. Любое
использование, копирование или распространение информации запрещено.

{Q}
""",
  "ru; thanks-for-interest opening kept, bilingual valediction, long Russian disclaimer, orig-ru quote",
  script="services", quote_style="orig-ru", cte="quoted-printable")

m("human", "ru", "zimbra-punkt-do-20",
  ("Тимур Галиев", "galiev@shiny-kazan.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте, Анатолий!
Пункт выдачи шин работает с 8:00 до 20:00, сегодня тоже.
Заказ оформлю, если напишете размер и модель. Доставка сегодня по Казани —
600 руб.⟧

С уважением, Тимур.

{Q}
""",
  "ru; inline valediction with the name on the same line, Zimbra quote, koi8-r quoted-printable",
  quote_style="zimbra", charset="koi8-r", cte="quoted-printable")

m("human", "ru", "roundcube-grafik-tablica",
  ("Книжная лавка «Переплёт»", "pereplet@pereplet-books.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте!

Наш пункт самовывоза работает так:
пн–пт: 10:00–20:00
сб: 11:00–18:00
вс: выходной

Сегодня заберёте до 20:00. Оформить заказ можно на сайте — после оформления
пришлём СМС, когда соберём.⟧

Книжная лавка «Переплёт»
ул. Гончарная, 5

{Q}
""",
  "ru; opening hours as a table are the answer, company-name signature, Roundcube quote",
  quote_style="roundcube", headers=[("User-Agent", "Roundcube Webmail/1.6.5")])

# --- English humans

m("human", "en", "gmail-open-till-8",
  ("Tom Hadley", "tom@hadleyhardware.example"),
  "Re: {SUBJ}",
  """⟦Hi Anatoly,

We're open till 8pm today. Happy to help with the order - just send me the
item link and I'll have it ready for pickup. Same-day courier is possible if
you order before 3pm.⟧

Best,
Tom

{Q}
""",
  "en; Gmail quote, full answer, 'Best,' valediction",
  quote_style="gmail-en", fmt="alt", skin="div")

m("human", "en", "zendesk-agent-survey",
  ("Northwind Tea Support", "support@northwindtea.example"),
  "[Northwind Tea] Re: {SUBJ}",
  """##- Please type your reply above this line -##

Your request ({T}) has been updated. To add additional comments, reply to this
email.
----------------------------------------------

Priya Nair (Northwind Tea)

{NOW_EN} GMT+3

⟦Hello Anatoly,

Thank you for your request. Our pickup counter at 21 Harbour Street is open
until 7pm today (Mon-Sat 10am-7pm). I can place the order for you if you tell
me which teas you'd like, and we can send it by courier today if we have it by
2pm.⟧

Kind regards,
Priya

----------------------------------------------

Анатолий Смирнов

{DATE_EN}

{ASK}

--------------------------------
How would you rate the support you received?
Good, I'm satisfied / Bad, I'm unsatisfied

This email is a service from Northwind Tea.
[9RXZ1L-2MPQ]
""",
  "en; Zendesk agent answer with Zendesk headers, Auto-Submitted: auto-generated, marker, updated line, "
  "agent/time lines, history and survey footer; opens 'Thank you for your request' then answers",
  msgid_domain="northwindtea.zendesk.com", fmt="alt", skin="table", irt=False, headers=[
      AS_GEN, ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "3be2f10"),
      ("X-Zendesk-Email-Id", "01JF3R0S2U4W6Y8A0C2E4G6J8L")],
  reply_to="Northwind Tea Support <support+id{T}@northwindtea.example>")

m("human", "en", "freshdesk-agent-history",
  ("Brightlane CRM", "support@brightlane.example"),
  "Re: Ticket Received - [#{T}] {SUBJ}",
  """⟦Hi Anatoly,

Our plans are Starter at 1,500 руб per user per month and Growth at 2,700 руб.
There is no separate contract: you accept the online offer when you pay the
first invoice, or we can sign a paper contract via EDI within 3 business days.⟧

Regards,
Jordan Lee
Brightlane Customer Success

---- On {DATE_EN}, Анатолий Смирнов <anatoly@shopper.example> wrote: ----

{ASK}
""",
  "en; Freshdesk agent reply (freshdesk.com Message-ID) with '---- On … wrote: ----' history, services",
  script="services", msgid_domain="brightlane.freshdesk.com", headers=[AS_GEN])

m("human", "en", "helpscout-thank-you-then-answer",
  ("Paperkite", "hello@paperkite.example"),
  "Re: {SUBJ}",
  """⟦Hi Anatoly,

Thank you for your request! Paperkite costs 2,900 руб a month for teams up to
10, and 6,500 руб for up to 50. We work under a public offer, so the contract
is accepted by paying the invoice; your workspace is usually live in 1 business
day.⟧

Best,
Nora
Paperkite Support

{Q}
""",
  "en; Help Scout-like agent answer (helpscout.net Message-ID) that opens with 'Thank you for your request' "
  "and then answers, services",
  script="services", quote_style="gmail-en", msgid_domain="helpscout.net", fmt="alt", skin="div")

m("human", "en", "intercom-agent-plans",
  ("Sam from Loomly Pay", "hello@loomlypay.example"),
  "Re: {SUBJ}",
  """⟦Hey Anatoly, thanks for your request!

Our standard rate is 2.2 % per transaction, no monthly fee. To get started you
sign the merchant agreement online after we verify your company - that takes
2-3 business days.⟧

Sam

Loomly Pay · Reply to this email or continue the conversation in the chat.
""",
  "en; Intercom agent answer with intercom-mail.com Reply-To and footer, services, HTML-only",
  script="services", fmt="html", skin="table", msgid_domain="intercom-mail.com",
  reply_to="Loomly Pay <reply+9f3c{T}@intercom-mail.com>", headers=[AS_GEN])

m("human", "en", "partial-pickup-6pm-check-courier",
  ("Elsie Harper", "elsie@harperflorals.example"),
  "Re: {SUBJ}",
  """⟦Hi, pickup closes at 6 pm. For delivery I need to check with the courier,
will write back within the hour.⟧

Elsie

{Q}
""",
  "en; partial answer, lone name line, Apple Mail quote",
  quote_style="apple-en", headers=[("X-Mailer", "Apple Mail (2.3774.300.61)")])

m("human", "en", "ooo-but-quick-answers",
  ("Henry Voss", "henry@vosscycles.example"),
  "Automatic reply: {SUBJ}",
  """⟦Hello,

I'm out of the office until 10 December. Quick answers in the meantime: our
pickup counter at 4 Quay Road is open 10:00-20:00 every day, and orders placed
online before 2 pm can go out by courier the same day. You can order directly
at vosscycles.example/shop.⟧

Henry
""",
  "en; out-of-office that also answers the question (hours, ordering, same-day) -> human; Exchange headers",
  headers=[AS_GEN, ("X-Auto-Response-Suppress", "All")], fmt="alt", skin="word")

m("human", "en", "jira-agent-commented",
  ("Kestrel Freight Service Desk", "servicedesk@kestrelfreight.example"),
  "CS-{T} {SUBJ}",
  """—-—-—-—
Reply above this line.

Alexei Morozov commented:

⟦Hi Anatoly,

Rates depend on lanes, but as a guide: 2,800 руб per pallet within Moscow
region, 7,500 руб Moscow-St Petersburg. The contract is our standard framework
agreement; we send it for e-signature the same day and you can ship from day
two.⟧

Alexei Morozov
Key Account Manager

View request · Turn off this request's notifications

This is shared with Kestrel Freight Service Desk.

Sent by Atlassian Jira Service Management
""",
  "en; Jira SM 'X commented:' agent answer with X-JIRA-FingerPrint and Auto-Submitted, services",
  script="services", headers=[AS_GEN, ("X-JIRA-FingerPrint", "a19e4f07c2d8b35e6f10c7a24d9b8e31")], irt=False)

m("human", "en", "outlook-pricing-disclaimer",
  ("Fiona Castell", "fiona.castell@meridianpayroll.example"),
  "RE: {SUBJ}",
  """⟦Dear Anatoly,

Thanks for getting in touch. Our payroll service is priced per employee:
350 руб/month each, with a minimum of 5 000 руб. We sign a standard services
agreement (sent as a PDF or via EDI), and onboarding takes about 5 business
days from signature.⟧

Kind regards,

Fiona Castell
Sales Lead | Meridian Payroll
T: +44 1632 960 774

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and
may be privileged. If you are not the intended recipient, please notify the
sender and delete it. Any unauthorised use is prohibited.

{Q}
""",
  "en; Outlook quote block, valediction with blank line, disclaimer, services, quoted-printable",
  script="services", quote_style="outlook-en", cte="quoted-printable", fmt="alt", skin="word")

m("human", "en", "iphone-9-to-7",
  ("Ben Ashworth", "ben@ashworthbakery.example"),
  "Re: {SUBJ}",
  """⟦Sure - we're open 9 to 7 today. Order via the site and pick it up after 3.⟧

Sent from my iPhone

{Q}
""",
  "en; short mobile answer, no greeting, device line, Apple quote",
  quote_style="apple-en")

m("human", "en", "hubspot-agent-ticket-footer",
  ("Cedar & Pine Outfitters", "service@cedarpine.example"),
  "Re: [Ticket {T}] {SUBJ}",
  """⟦Hi Anatoly,

Our Riverside store (pickup point) is open until 9pm tonight. I can reserve
the items for you if you send the product names, and we can also arrange a
same-day courier within the city for 450 руб.⟧

Cheers,
Lucas | Customer Care

--
Ticket #{T} · Status: Waiting on contact
Cedar & Pine Outfitters, 88 Example Road
""",
  "en; HubSpot-like agent answer with 'Cheers,' and a ticket footer",
  headers=[("X-HubSpot-Ticket-Id", "{T}"), AS_GEN], irt=False)

m("human", "en", "kayako-staff-reply",
  ("Orbitstack Helpdesk", "helpdesk@orbitstack.example"),
  "[#QWE-{T}-882]: {SUBJ}",
  """Staff Reply: Miguel Santos
{NOW_EN}
---------------------------------------------------------------

⟦Hello Anatoly,

Thanks for waiting. Managed Kubernetes starts at 4,900 руб/month per cluster
plus nodes from 1,200 руб. Contract: we send a draft agreement after you share
company details; signing via EDI usually takes 2 business days.⟧

Regards,
Miguel Santos
Orbitstack Sales

Ticket Details
---------------------------------------------------------------
Ticket ID: QWE-{T}-882
Department: Sales
Status: Awaiting customer
""",
  "en; Kayako-like staff reply chrome and ticket details footer, services",
  script="services", headers=[PREC_BULK, ("X-Mailer", "Kayako")])

m("human", "en", "tbird-bottom-post",
  ("Agnes Moreau", "agnes@moreaufabrics.example"),
  "Re: {SUBJ}",
  """{Q}

⟦Hello Anatoly,

The pickup desk is open until 5.30pm. Send me the fabric codes and
lengths and I'll put the order through; same-day delivery is only possible
within the ring road.⟧

--
Agnes Moreau
Moreau Fabrics
""",
  "en; bottom-posted under a Thunderbird quote, '--' signature, format=flowed",
  quote_style="tbird-en", flowed=True)

m("human", "en", "inline-answers-en",
  ("Chris Doyle", "chris@doylegaming.example"),
  "Re: {SUBJ}",
  """⟦Hi Anatoly,⟧

{Q}

⟦Answers below:
1) Pickup is open till 9pm.
2) Reply with the item and I'll set up the order.
3) Same-day delivery yes, if ordered by 4pm.⟧

Chris
""",
  "en; quote with no attribution, then a numbered answer below, lone name",
  quote_style="bare")

m("human", "en", "word-html-only-saas",
  ("Greta Lindqvist", "greta@northpolecrm.example"),
  "RE: {SUBJ}",
  """⟦Hello Anatoly,

Our prices: Basic 900 руб per user/month, Pro 1,900 руб. We work by public
offer - you accept it with the first payment, no paperwork needed. If you
prefer a signed contract, allow 3 business days.⟧

Best regards,
Greta Lindqvist
Northpole CRM

{Q}
""",
  "en; HTML-only Outlook (Word HTML) message, orig-en quote, services",
  script="services", quote_style="orig-en", fmt="html", skin="word", cte="quoted-printable")

m("human", "en", "zoho-agent-ticket-id",
  ("Halcyon Hosting Support", "support@halcyonhost.example"),
  "Re: [## {T} ##] {SUBJ}",
  """⟦Hi Anatoly,

Shared hosting is 250 руб/month, VPS from 790 руб. The contract is a public
offer accepted on payment; an account is ready within 1 business day.⟧

Regards,
Emma
Halcyon Hosting Support

Ticket Id: {T}
""",
  "en; Zoho Desk-like agent reply with Ticket Id footer, services",
  script="services", headers=[AS_GEN, ("X-ZohoDesk-Ticket", "{T}")], irt=False)

m("human", "en", "curt-until-9pm",
  ("J. Okafor", "j.okafor@okaforfoods.example"),
  "Re: {SUBJ}",
  """⟦Until 9 pm.⟧

--
J.

{Q}
""",
  "en; two-word answer, '--' signature with an initial, gmail-en2 attribution",
  quote_style="gmail-en2")

m("human", "en", "base64-thanks-for-request",
  ("Ivy Chen", "ivy@lanternlabels.example"),
  "Re: {SUBJ}",
  """⟦Hi Anatoly,

Thanks for your request. Label printing starts at 3,200 руб for 1,000
labels. We sign a supply contract by email (scan) or EDI - usually 2 working
days from your request.⟧

All the best,
Ivy Chen
Lantern Labels

{Q}
""",
  "en; base64 plain and HTML, 'All the best,' valediction, services",
  script="services", quote_style="outlook-en-line", cte="base64", html_cte="base64", fmt="alt", skin="p")


# ===============================================================================================================
# redirect: people who only send the customer elsewhere (12 ru, 8 en)

m("redirect", "ru", "zakazy-po-pochte-ne-prinimaem",
  ("Мастерская «Лоза»", "loza@loza-pletenie.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте! Заказы по почте не принимаем, звоните: +7 (495) 000-18-90.⟧

{Q}
""",
  "ru; 'no orders by e-mail, call us', no signature, Gmail quote",
  quote_style="gmail-ru")

m("redirect", "ru", "napishite-v-otdel-prodazh",
  ("Бухгалтерия ООО «СчётЛайн»", "buh@schetline.example.ru"),
  "RE: {SUBJ}",
  """⟦Добрый день.
Это адрес бухгалтерии. Напишите, пожалуйста, в отдел продаж: sales@schetline.example.ru,
они подскажут по тарифам и договору.⟧

Бухгалтерия ООО «СчётЛайн»

{Q}
""",
  "ru; wrong department, sends to sales@; mentions тарифы and договору without answering; Outlook-ru quote",
  script="services", quote_style="outlook-ru")

m("redirect", "ru", "usedesk-chat-na-sajte",
  ("Поддержка «Пуговка»", "help@pugovka-shop.example.ru"),
  "Обращение №{T} обновлено: {SUBJ}",
  """—— Пожалуйста, пишите ответ выше этой линии ——

Обращение №{T} обновлено

Арсений Власов, служба поддержки
{NOW_RU}

⟦Анатолий, здравствуйте! Оформить заказ и уточнить детали самовывоза
быстрее всего в чате на сайте — там операторы отвечают за пару минут.⟧

С уважением,
Арсений

Анатолий Смирнов
{DATE_RU}
{ASK}
""",
  "ru; redirect to the site chat sent through a helpdesk (marker, agent/time line, history), "
  "Auto-Submitted: auto-generated",
  headers=[AS_GEN], irt=False)

m("redirect", "ru", "pereslali-v-otdel-prodazh",
  ("Наталья Гусева", "guseva@stal-konstrukt.example.ru"),
  "Re: {SUBJ}",
  """⟦Анатолий, добрый день! Ваше письмо переслала в отдел продаж, с вами свяжутся.⟧

Н. Гусева, секретарь

{Q}
""",
  "ru; 'forwarded to sales, they will contact you' -> redirect per README; signature with initial and position",
  script="services", quote_style="tbird-ru")

m("redirect", "ru", "tolko-nomer-telefona",
  ("Олег Шмелёв", "shmelev@okna-prof.example.ru"),
  "Re: {SUBJ}",
  """⟦8 800 000-34-12⟧

С уважением,
Олег Шмелёв
ООО «Окна Проф»

{Q}
""",
  "ru; answer is only a phone number, signature, Yandex quote",
  quote_style="yandex")

m("redirect", "ru", "whatsapp-tam-bystree",
  ("Сладкий Вагон", "sladkiy.vagon@sladkiy-vagon.example.ru"),
  "Re: {SUBJ}",
  """⟦Добрый день! Пишите нам в WhatsApp +7 (918) 000-72-11, там отвечаем быстрее 🙂⟧

Отправлено из Яндекс Почты для Android

{Q}
""",
  "ru; send to WhatsApp, emoji, device line, android quote",
  quote_style="android-ru")

m("redirect", "ru", "ceny-individualnye-perezvonim",
  ("ГК «ПромАльянс»", "info@promalyans.example.ru"),
  "Re: {SUBJ}",
  """⟦Добрый день!
Стоимость рассчитывается индивидуально. Оставьте, пожалуйста, номер
телефона — менеджер перезвонит и всё расскажет.⟧

С уважением,
отдел по работе с клиентами
ГК «ПромАльянс»

{Q}
""",
  "ru; 'prices are individual, a manager will call', asks for a phone; windows-1251 quoted-printable",
  script="services", quote_style="orig-ru", charset="windows-1251", cte="quoted-printable")

m("redirect", "ru", "ostavte-zayavku-forma-podklyuchitsya",
  ("Команда «ОнлайнКасса+»", "hello@onlinekassa-plus.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте!
Подключение оформляется только через заявку на сайте: кнопка «Подключиться»
на onlinekassa-plus.example.ru. После заявки с вами свяжется менеджер.⟧

Команда «ОнлайнКасса+»
""",
  "ru; send to the site form (plus-address after a form probe, no In-Reply-To), HTML and text",
  script="services", plus=True, irt=False, fmt="alt", skin="p")

m("redirect", "ru", "gruppa-vkontakte",
  ("Шарики Праздник", "prazdnik@shariki-prazdnik.example.ru"),
  "Re: {SUBJ}",
  """⟦Здравствуйте, все заказы принимаем в нашей группе ВКонтакте:
vk.com/shariki_prazdnik_example — напишите там в сообщения сообщества.⟧

{Q}
""",
  "ru; send to VK group, koi8-r 8bit (dash replaced), mailru quote",
  quote_style="mailru", cte="8bit", charset="koi8-r")

m("redirect", "ru", "bitrix-yashchik-dlya-pretenzij",
  ("Отдел качества «Дом Окон»", "claims@dom-okon.example.ru"),
  "Ответ на обращение: {SUBJ}",
  """⟦Добрый день, Анатолий!
Этот ящик предназначен для претензий по качеству. По заказам и самовывозу
обращайтесь, пожалуйста, на zakaz@dom-okon.example.ru.⟧

Марина Ельцова
Отдел качества

-------------------------
Ответ отправлен из Битрикс24
""",
  "ru; wrong mailbox, points to the orders address; mentions самовывоз; Bitrix24-like footer; base64",
  cte="base64", headers=[AS_GEN], irt=False)

m("redirect", "ru", "tolko-cherez-marketplejs",
  ("Ирина — «Керамика ручной работы»", "irina@keramika-ruchnaya.example.ru"),
  "Re: {SUBJ}",
  """⟦Анатолий, здравствуйте! Мы продаём только через маркетплейс, оформить
заказ можно на нашей странице там: market.example.ru/seller/keramika-ruchnaya.⟧

Ирина

{Q}
""",
  "ru; only via the marketplace page; Apple Mail (ru) quote",
  quote_style="apple-ru")

m("redirect", "ru", "k-regionalnomu-dileru",
  ("Завод «ТеплоСтандарт»", "office@teplostandart.example.ru"),
  "Re: {SUBJ}",
  """⟦Добрый день!

Розничных продаж и самовывоза с завода нет. В вашем регионе нашу продукцию
продаёт дилер «Тепло-Сервис», контакты: teplo-servis.example.ru,
+7 (3452) 00-48-19.⟧

Всего доброго,
отдел продаж завода «ТеплоСтандарт»

{Q}
""",
  "ru; send to a regional dealer, valediction only, HTML-only Word HTML",
  quote_style="outlook-ru", fmt="html", skin="word", cte="quoted-printable")

# --- English redirects

m("redirect", "en", "call-store-directly",
  ("Owen Pritchard", "owen@pritchardpets.example"),
  "Re: {SUBJ}",
  """⟦Hi, please call the store directly on 01632 960 338 and the team will sort
you out.⟧

Owen

{Q}
""",
  "en; 'call the store', lone name, Gmail quote",
  quote_style="gmail-en")

m("redirect", "en", "zendesk-contact-sales",
  ("Brightlane CRM", "support@brightlane.example"),
  "Re: {SUBJ}",
  """##- Please type your reply above this line -##

Your request ({T}) has been updated. To add additional comments, reply to this
email.
----------------------------------------------

Dev Patel (Brightlane CRM)

{NOW_EN} GMT+3

⟦Hi Anatoly,

For pricing and contract questions please contact our sales team at
sales@brightlane.example - they'll be able to help.⟧

Thanks,
Dev

----------------------------------------------

Анатолий Смирнов

{DATE_EN}

{ASK}
""",
  "en; redirect to sales sent through Zendesk (vendor headers, Auto-Submitted: auto-generated, chrome)",
  script="services", msgid_domain="brightlane.zendesk.com", irt=False, headers=[
      AS_GEN, ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "51d0ac4"),
      ("X-Zendesk-Email-Id", "01JF3T2V4X6Z8B0D2F4H6K8M0P")])

m("redirect", "en", "book-a-demo",
  ("Leah Fischer", "leah@tessellate.example"),
  "Re: {SUBJ}",
  """⟦Hi Anatoly,

Thanks for reaching out! The easiest way is to book a 20-minute call with our
team here: https://tessellate.example/demo - we'll go through pricing and the
contract there.⟧

Best,
Leah

{Q}
""",
  "en; demo-booking link instead of an answer, services",
  script="services", quote_style="gmail-en", fmt="alt", skin="div")

m("redirect", "en", "no-orders-by-email-use-chat",
  ("Harbor Electronics", "info@harborelectronics.example"),
  "Re: {SUBJ}",
  """⟦Hello,

We don't handle orders or pickup questions by email. Please use the live chat
on harborelectronics.example and an agent will help you straight away.⟧

Harbor Electronics Customer Service
""",
  "en; 'we don't handle orders by email, use the chat', HTML-only",
  fmt="html", skin="p", cte="quoted-printable")

m("redirect", "en", "custom-pricing-rep-will-reach-out",
  ("Noah Bennett", "noah.bennett@clearvault.example"),
  "RE: {SUBJ}",
  """⟦Hi Anatoly,

Our pricing is custom, so a sales rep will reach out to you shortly to
discuss your needs.⟧

Regards,
Noah Bennett
ClearVault

{Q}
""",
  "en; 'pricing is custom, a rep will reach out', Outlook quote with line",
  script="services", quote_style="outlook-en-line")

m("redirect", "en", "forwarded-partnerships",
  ("Ada Kowalski", "ada@finchpost.example"),
  "Re: {SUBJ}",
  """⟦Hi there - I've forwarded your message to our partnerships team, they'll be
in touch.⟧

Ada
Sent from Outlook for Android

{Q}
""",
  "en; forwarded to another team, device line after the name",
  script="services", quote_style="orig-en")

m("redirect", "en", "customer-portal",
  ("Summit Telecom Business", "business@summittelecom.example"),
  "Re: {SUBJ}",
  """⟦Dear Anatoly,

Please submit your request through our customer portal at
https://portal.summittelecom.example/new-business so it reaches the right
team.⟧

Kind regards,
Business Support
Summit Telecom
""",
  "en; send to a customer portal, no quote, windows-1251 declared for an ASCII text",
  script="services", charset="windows-1251", cte="7bit")

m("redirect", "en", "bare-contact-link",
  ("Ruth Adeyemi", "ruth@adeyemistudio.example"),
  "Re: {SUBJ}",
  """⟦https://adeyemistudio.example/contact⟧

Ruth

{Q}
""",
  "en; answer is only a contact-page link, lone name, Apple quote",
  quote_style="apple-en")


# ===============================================================================================================
# bounce: permanent delivery failures (9 ru, 6 en); the notification text is in the body, the machine parts
# (message/delivery-status, the returned message or its headers) are built here

def probe_headers_text(script, rcpt, probe_id, sent):
    return "\n".join([
        "Return-Path: <%s>" % PADDR,
        "Date: " + format_datetime(sent),
        "From: " + formataddr((PERSONA, PADDR), charset="utf-8"),
        "To: " + rcpt,
        enc_header("Subject", SUBJ[script]).replace("\r\n", "\n"),
        "Message-ID: " + probe_id,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "User-Agent: Mozilla Thunderbird",
    ])


def probe_message(ctx, headers_only=False):
    hdr = probe_headers_text(ctx["script"], ctx["rcpt"], ctx["probe_id"], ctx["sent"]).replace("\n", "\r\n")
    if headers_only:
        return hdr.encode("ascii") + b"\r\n"
    body = "\r\n".join(ASK[ctx["script"]]) + "\r\n"
    return hdr.encode("ascii") + b"\r\n\r\n" + body.encode("utf-8")


def dsn(status, diag, mta="mx1.shopper.example", remote=None, action="failed", orig="full", html_skin=None,
        extra_fields=(), text_charset=None):
    def build(ctx):
        text = ctx["text"]
        charset = text_charset or ctx["charset"]
        parts = []
        tp = text_part(text, charset, ctx["cte"], wrap=False)
        if html_skin:
            parts.append(Part("multipart/alternative", [("boundary", boundary("alt"))],
                              children=[tp, html_part(text, charset, "base64", html_skin)]))
        else:
            parts.append(tp)
        fields = ["Reporting-MTA: dns; " + mta]
        fields += ["X-Postfix-Queue-ID: %s" % "".join(rnd.choice("0123456789ABCDEF") for _ in range(10))] \
            if "Postfix" in diag or "X-Postfix" in diag else []
        fields += ["Arrival-Date: " + format_datetime(ctx["sent"])]
        fields += list(extra_fields)
        fields += ["", "Final-Recipient: rfc822; " + ctx["rcpt"], "Original-Recipient: rfc822;" + ctx["rcpt"],
                   "Action: " + action, "Status: " + status]
        if remote:
            fields.append("Remote-MTA: dns; " + remote)
        fields.append("Diagnostic-Code: " + diag.replace("{RCPT}", ctx["rcpt"]))
        fields.append("Last-Attempt-Date: " + format_datetime(ctx["when"]))
        parts.append(Part("message/delivery-status", [], ("\r\n".join(fields) + "\r\n").encode("ascii"), "7bit"))
        if orig == "full":
            parts.append(Part("message/rfc822", [], probe_message(ctx), "8bit",
                              extra=[("Content-Description", "Undelivered Message")]))
        elif orig == "headers":
            parts.append(Part("text/rfc822-headers", [], probe_message(ctx, True), "7bit"))
        return Part("multipart/report", [("report-type", "delivery-status"), ("boundary", boundary("dsn"))],
                    children=parts)
    return build


def forwarded_dsn(inner_spec_fn, comment_charset="utf-8"):
    """A colleague forwards a DSN as an attachment (multipart/mixed: comment + message/rfc822)."""
    def build(ctx):
        inner_ctx = dict(ctx)
        inner_ctx["text"] = INNER_TEXTS[ctx["spec"]["short"]]
        inner_ctx["charset"] = "utf-8"
        inner_ctx["cte"] = "8bit"
        inner_ctx["when"] = ctx["sent"] + dt.timedelta(seconds=40)
        rep = inner_spec_fn(inner_ctx)
        inner_hdr = ["Return-Path: <>", "Date: " + format_datetime(inner_ctx["when"]),
                     "From: " + formataddr(("Почтовая система", "mailer-daemon@mx1.shopper.example"), charset="utf-8"),
                     "To: team@shopper.example", enc_header("Subject", "Недоставленное сообщение").replace("\r\n", "\r\n"),
                     "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + rep.header_lines()
        if has_8bit(rep):
            inner_hdr.append("Content-Transfer-Encoding: 8bit")
        inner = "\r\n".join(inner_hdr).encode("utf-8") + b"\r\n\r\n" + rep.payload()
        comment = text_part(ctx["text"], comment_charset, "8bit")
        return Part("multipart/mixed", [("boundary", boundary("fwd"))], children=[
            comment, Part("message/rfc822", [], inner, "8bit")])
    return build


INNER_TEXTS = {}

MAILER = ("Mail Delivery System", "MAILER-DAEMON@mx1.shopper.example")

m("bounce", "en", "postfix-user-unknown",
  MAILER, "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.shopper.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{RCPT}>: host mx.kettlebrook.example[198.51.100.23] said: 550
    5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""",
  "en; Postfix RFC 3464 DSN, 550 5.1.1 user unknown, full original attached",
  return_path="", irt=False, company_addr="orders@kettlebrook.example",
  parts=dsn("5.1.1", "smtp; 550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual mailbox table",
            remote="mx.kettlebrook.example"),
  headers=[AS_REPLIED])

m("bounce", "en", "exim-plain-permanent",
  ("Mail Delivery System", "Mailer-Daemon@mail.oakhollow.example"),
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {RCPT}
    SMTP error from remote mail server after RCPT TO:<{RCPT}>:
    550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

{PROBE_HEADERS}

{ASK}
""",
  "en; Exim plain-text bounce (no DSN part), copy of the message inline; sender is the remote server",
  return_path="", irt=False, script="services", company_addr="info@oakhollow.example", headers=[AS_REPLIED])

m("bounce", "en", "exchange-online-recipientnotfound",
  ("Microsoft Outlook", "postmaster@saltmarsh-media.example"),
  "Undeliverable: {SUBJ}",
  """Your message to {RCPT} couldn't be delivered.

sales wasn't found at saltmarsh-media.example.

Anatoly      Office 365      sales
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: AM9PR01MB7210.eurprd01.prod.exchangelabs.com
{RCPT}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
  "en; Exchange Online style NDR, text+HTML alternative, delivery-status and the original's headers",
  return_path="", irt=False, script="services", company_addr="sales@saltmarsh-media.example",
  parts=dsn("5.1.10", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            mta="AM9PR01MB7210.eurprd01.prod.exchangelabs.com", orig="headers", html_skin="table"),
  headers=[AS_REPLIED, ("X-MS-Exchange-Message-Is-Ndr", "")], msgid_domain="AM9PR01MB7210.eurprd01.prod.exchangelabs.com")

m("bounce", "en", "postfix-timed-out-5-days",
  MAILER, "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.shopper.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{RCPT}>: connect to mx.thistledown.example[203.0.113.80]:25: Connection
    timed out
""",
  "en; Postfix gave up after 5 days (Action: failed, Status 4.4.1), headers of the original only",
  return_path="", irt=False, company_addr="shop@thistledown.example", delay=(7200, 7210),
  parts=dsn("4.4.1", "X-Postfix; connect to mx.thistledown.example[203.0.113.80]:25: Connection timed out",
            orig="headers"))

m("bounce", "en", "gmail-like-address-not-found",
  ("Mail Delivery Subsystem", "mailer-daemon@mx1.shopper.example"),
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to {RCPT} because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""",
  "en; Gmail-like DSN with an HTML alternative, 550 5.1.1",
  return_path="", irt=False, company_addr="hello@copperfield-books.example",
  parts=dsn("5.1.1", "smtp; 550 5.1.1 The email account that you tried to reach does not exist.",
            remote="mx.copperfield-books.example", html_skin="div"),
  headers=[AS_REPLIED])

m("bounce", "en", "qmail-no-mailbox",
  ("MAILER-DAEMON", "MAILER-DAEMON@mail.birchgate.example"),
  "failure notice",
  """Hi. This is the qmail-send program at mail.birchgate.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{RCPT}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{PROBE_HEADERS}

{ASK}
""",
  "en; qmail plain-text failure notice with the original inline",
  return_path="", irt=False, company_addr="sales@birchgate.example")

# --- Russian bounces

m("bounce", "ru", "ru-dsn-adres-ne-sushchestvuet",
  ("Почтовая система", "mailer-daemon@mx1.shopper.example"),
  "Письмо не доставлено",
  """Это письмо создано автоматически почтовой системой.

К сожалению, ваше письмо не удалось доставить одному или нескольким
получателям.

Получатель: {RCPT}
Причина: такого адреса не существует (550 5.1.1 user not found).

Проверьте, правильно ли написан адрес, и отправьте письмо ещё раз.
Исходное письмо приложено.
""",
  "ru; Russian-language RFC 3464 DSN (Yandex-like wording, invented), full original attached",
  return_path="", irt=False, company_addr="zakaz@sitec-dom.example.ru",
  parts=dsn("5.1.1", "smtp; 550 5.1.1 <{RCPT}>: user not found", remote="mx.sitec-dom.example.ru"),
  headers=[AS_REPLIED])

m("bounce", "ru", "mailru-like-plain",
  ("Mail Delivery System", "mailer-daemon@mx.kotelnaya-24.example.ru"),
  "Сообщение не доставлено",
  """Сообщение не было доставлено.

Это письмо отправлено автоматически. Ваше сообщение не может быть доставлено
одному или нескольким получателям:

{RCPT}
Причина: почтовый ящик не существует.
Сообщение сервера: 550 Message was not accepted -- invalid mailbox.
Local mailbox {RCPT} is unavailable: account is disabled

--- Ниже копия заголовков исходного сообщения ---

{PROBE_HEADERS}
""",
  "ru; Mail.ru-like plain notice (no DSN part), disabled account, original headers inline, utf-8 base64",
  return_path="", irt=False, company_addr="info@kotelnaya-24.example.ru", cte="base64")

m("bounce", "ru", "exchange-ru-ne-udalos-dostavit",
  ("Microsoft Outlook", "postmaster@gorodskie-apteki.example.ru"),
  "Недоставляемое: {SUBJ}",
  """Не удалось доставить сообщение следующим получателям или группам:

{RCPT}
Не удалось найти адрес электронной почты, который вы ввели. Проверьте адрес
получателя и повторите отправку сообщения. Если проблема не устранена,
обратитесь в службу поддержки.

Диагностические сведения для администраторов:

Создающий сервер: EXCH02.gorodskie-apteki.local

{RCPT}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
  "ru; Russian Exchange NDR with an HTML alternative, delivery-status, the original's headers",
  return_path="", irt=False, company_addr="zakupki@gorodskie-apteki.example.ru", script="services",
  parts=dsn("5.1.10", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            mta="EXCH02.gorodskie-apteki.local", orig="headers", html_skin="word"),
  headers=[AS_REPLIED, ("X-MS-Exchange-Message-Is-Ndr", "")])

m("bounce", "ru", "hosting-zablokirovan-neuplata",
  ("Почтовый сервер хостинга", "postmaster@mail.host-rubezh.example.ru"),
  "Уведомление о недоставке письма",
  """Здравствуйте.

Ваше письмо для {RCPT} не доставлено.
Почтовый ящик получателя заблокирован в связи с неоплатой услуг хостинга.
Доставка писем на этот адрес невозможна до продления услуги владельцем домена.

Это автоматическое уведомление, отвечать на него не нужно.
""",
  "ru; Russian hosting notice (mailbox blocked for non-payment), plain, windows-1251 quoted-printable",
  return_path="", irt=False, company_addr="office@pechi-kaminy.example.ru", charset="windows-1251",
  cte="quoted-printable")

m("bounce", "ru", "yashchik-perepolnen-552",
  ("Почтовая система", "mailer-daemon@mx1.shopper.example"),
  "Письмо возвращено отправителю",
  """Здравствуйте!

Ваше письмо не доставлено: почтовый ящик получателя {RCPT} переполнен
и больше не принимает сообщения. Попытки доставки прекращены.

Ответ сервера получателя:
552 5.2.2 Mailbox size limit exceeded
""",
  "ru; Russian DSN, mailbox full as a permanent 5.2.2, original headers only, koi8-r",
  return_path="", irt=False, company_addr="prodazhi@shveinyi-cex.example.ru", charset="koi8-r",
  parts=dsn("5.2.2", "smtp; 552 5.2.2 Mailbox size limit exceeded", remote="mx.shveinyi-cex.example.ru",
            orig="headers"))

m("bounce", "ru", "kerio-spam-otkloneno",
  ("Администратор почтового сервера", "postmaster@kerio.vostok-agro.example.ru"),
  "Сообщение не доставлено",
  """Сообщение не доставлено.

Тема: {SUBJ}
Отправлено: {SENT}

Следующие получатели не получили это сообщение:
    {RCPT}

Причина: 554 5.7.1 Сообщение отклонено антиспам-фильтром.
""",
  "ru; Kerio-like plain notice, spam rejection 554 5.7.1, windows-1251 8bit",
  return_path="", irt=False, script="services", company_addr="agro@vostok-agro.example.ru",
  cte="8bit", charset="windows-1251", headers=[("X-Mailer", "Kerio Connect 10.0.2")])

m("bounce", "ru", "domen-ne-najden-dsn",
  ("Почтовая система", "mailer-daemon@mx1.shopper.example"),
  "Недоставленное сообщение",
  """Это автоматическое сообщение почтового сервера mx1.shopper.example.

Письмо не может быть доставлено: домен получателя не найден.

<{RCPT}>: Host or domain name not found. Name service error for
    name=mebel-komfort-plus.example.ru type=MX: Host not found

Проверьте правильность адреса. Заголовки исходного письма приложены.
""",
  "ru; Russian-localized Postfix DSN, domain not found 5.1.2, base64",
  return_path="", irt=False, company_addr="info@mebel-komfort-plus.example.ru", cte="base64",
  parts=dsn("5.1.2", "X-Postfix; Host or domain name not found. Name service error for "
            "name=mebel-komfort-plus.example.ru type=MX: Host not found", orig="headers"))

m("bounce", "ru", "kollega-pereslal-tekstom",
  ("Людмила Котлярова", "l.kotlyarova@shopper.example"),
  "Fwd: Недоставленное сообщение",
  """-------- Пересылаемое сообщение --------
От: Почтовая система <mailer-daemon@mx1.shopper.example>
Дата: {ARRIVAL}
Тема: Недоставленное сообщение
Кому: team@shopper.example

Это письмо создано автоматически почтовой системой.

Ваше письмо не доставлено получателю {RCPT}.
Причина: 550 5.1.1 Адрес получателя не существует.

-------- Конец пересылаемого сообщения --------
""",
  "ru; DSN forwarded by a colleague as inline text, no comment -> bounce; sender not empty",
  irt=False, company_addr="zakaz@lampa-svet.example.ru")

INNER_TEXTS["kollega-pereslal-vlozheniem"] = """Это письмо создано автоматически почтовой системой.

Письмо для получателя не доставлено: ящик отключён владельцем.
550 5.2.1 Mailbox disabled, not accepting messages
"""

m("bounce", "ru", "kollega-pereslal-vlozheniem",
  ("Денис Ушаков", "d.ushakov@shopper.example"),
  "Fwd: Недоставленное сообщение",
  """Пересылаю, пришло на общий ящик.

--
Д. Ушаков
""",
  "ru; DSN (multipart/report) forwarded by a colleague as an attachment with a one-line comment -> bounce",
  irt=False, company_addr="zakaz@kovry-dom.example.ru",
  parts=forwarded_dsn(dsn("5.2.1", "smtp; 550 5.2.1 Mailbox disabled, not accepting messages",
                          remote="mx.kovry-dom.example.ru", orig="headers")))


# ===============================================================================================================
# write and check

class Visible(HTMLParser):
    SKIP = {"style", "script", "head", "title"}
    BLOCK = {"p", "div", "br", "tr", "td", "li", "blockquote", "table", "h1", "h2", "h3"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(h):
    p = Visible()
    p.feed(h)
    p.close()
    return "".join(p.out)


def text_parts(msg):
    """Decoded text of every text/plain and text/html part outside attached messages."""
    out = []

    def walk(part):
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                return
            for sub in part.iter_parts() if hasattr(part, "iter_parts") else part.get_payload():
                walk(sub)
        elif ct == "text/plain":
            out.append(("plain", part.get_content()))
        elif ct == "text/html":
            out.append(("html", visible_text(part.get_content())))
    walk(msg)
    return out


def all_defects(msg):
    found = list(msg.defects)
    for part in msg.walk():
        found += list(part.defects)
    return found


def find_in_order(pieces, text):
    t = norm(text)
    pos = 0
    for piece in pieces:
        i = t.find(norm(piece), pos)
        if i < 0:
            return piece
        pos = i + len(norm(piece))
    return None


def main():
    names = [s["short"] for s in MSGS]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate short names")
    order = list(range(len(MSGS)))
    rnd.shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "manifest.csv":
            os.remove(os.path.join(OUT, f))
    rows, problems, marked = [], [], {}
    counts = {}
    for n, idx in enumerate(order, 1):
        spec = MSGS[idx]
        data, label, pieces, clean, form_note = render_message(spec, n)
        fname = "%03d-%s.eml" % (n, spec["short"])
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append(dict(file=fname, kind=spec["kind"], expected_reply=label, split="train",
                         note=spec["note"] + form_note))
        marked[fname] = pieces
        counts[(spec["kind"], spec["lang"])] = counts.get((spec["kind"], spec["lang"]), 0) + 1
        if not spec["note"].startswith(spec["lang"] + ";"):
            problems.append("%s: note does not start with the language" % fname)

    with open(os.path.join(OUT, "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "kind", "expected_reply", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    # --- checks on what was written
    with open(os.path.join(OUT, "manifest.csv"), encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if sorted(r["file"] for r in back) != files or len(files) != len(MSGS):
        problems.append("manifest does not match the files")
    for r in back:
        path = os.path.join(OUT, r["file"])
        data = open(path, "rb").read()
        if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
            problems.append("%s: not CRLF throughout" % r["file"])
        if any(len(line) > 998 for line in data.split(b"\r\n")):
            problems.append("%s: line over 998 bytes" % r["file"])
        for pol in (email.policy.default, email.policy.compat32):
            msg = email.message_from_bytes(data, policy=pol)
            d = all_defects(msg)
            if d:
                problems.append("%s: defects %r (%s)" % (r["file"], d, pol.__class__.__name__))
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append("%s: no %s" % (r["file"], h))
        str(msg["From"]), str(msg["Subject"]), str(msg["To"])
        texts = text_parts(msg)
        if not texts:
            problems.append("%s: no text part" % r["file"])
        kind, label = r["kind"], r["expected_reply"]
        if kind in ("human", "redirect"):
            if not label or norm(" ".join(marked[r["file"]])) != label:
                problems.append("%s: label does not match the marked words" % r["file"])
            for typ, t in texts:
                miss = find_in_order(marked[r["file"]], t)
                if miss:
                    problems.append("%s: label piece not in %s part: %r" % (r["file"], typ, miss[:60]))
            for bit in QUESTION_BITS:
                if bit in label:
                    problems.append("%s: label contains the question" % r["file"])
            if "⟦" in label or "⟧" in label or "{" in label:
                problems.append("%s: marks or placeholders left in label" % r["file"])
        elif label:
            problems.append("%s: label on a %s" % (r["file"], kind))
        if OPEN.encode() in data or CLOSE.encode() in data or b"{Q}" in data:
            problems.append("%s: marks left in the message" % r["file"])
        if kind == "bounce" and not r["file"].count("kollega"):
            if msg["Return-Path"] != "<>":
                problems.append("%s: bounce with a non-empty envelope sender" % r["file"])
        if "plus-address" in r["note"] and "+" not in str(msg["To"]):
            problems.append("%s: note says plus-address, To has none" % r["file"])
        if "+" in str(msg["To"]) and msg["In-Reply-To"]:
            problems.append("%s: form reply with In-Reply-To" % r["file"])

    kinds = ["ack", "autoreply", "human", "redirect", "bounce"]
    print("%-10s %4s %4s %5s" % ("kind", "ru", "en", "total"))
    for k in kinds:
        ru, en = counts.get((k, "ru"), 0), counts.get((k, "en"), 0)
        print("%-10s %4d %4d %5d" % (k, ru, en, ru + en))
    tru = sum(v for (k, l), v in counts.items() if l == "ru")
    ten = sum(v for (k, l), v in counts.items() if l == "en")
    print("%-10s %4d %4d %5d" % ("total", tru, ten, tru + ten))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit("%d problem(s)" % len(problems))
    print("all checks passed: %d files, manifest.csv" % len(files))


if __name__ == "__main__":
    main()
