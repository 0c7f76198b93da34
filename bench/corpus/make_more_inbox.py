#!/usr/bin/env python3
"""Generate bench/corpus/more_inbox/: 150 fictional e-mail replies to mystery-shopper probes, for training.

What it writes
--------------
``more_inbox/NNN-short-name.eml``: 150 RFC 5322 messages with CRLF line ends, bytes as an IMAP server hands
them over (Return-Path, Received, Delivered-To on top), and ``more_inbox/manifest.csv`` (UTF-8, columns
``file,kind,expected_reply,split,note``; ``split`` is ``train`` on every row).  They answer the two scripts of
``studies/demo.yaml`` -- «Самовывоз сегодня» sent to shops and «Тарифы и договор» sent to services -- sent by the
persona Анатолий Смирнов <anatoly@shopper.example>; a few answer a web-form probe and go to a plus-address
``anatoly+TOKEN@shopper.example`` without ``In-Reply-To``.  The mix is 45 ``human``, 25 ``redirect``, 25
``ack``, 30 ``autoreply`` and 25 ``bounce``, about 60% Russian and 40% English (a bounce's language is the
language of its notification text).  The intent is a plausible support inbox of many Russian and international
shops and services: many mail clients (Outlook desktop / web / mobile, Thunderbird, Apple Mail and iPhone, Gmail
web and Android, Yandex, Mail.ru, The Bat!, Roundcube, Samsung mail), helpdesks and CRMs (Zendesk, Freshdesk, Usedesk,
Omnidesk, HelpDeskEddy, Okdesk, Bitrix24, amoCRM, Jira Service Management, Intercom, HubSpot, Help Scout, Kayako,
home-made ticket systems with ``[#12345]`` subjects), charsets utf-8 / koi8-r / windows-1251, transfer encodings
7bit / 8bit / quoted-printable / base64, plain, HTML-only and multipart/alternative bodies, every quote style
(``>``, Outlook header blocks, «-----Исходное сообщение-----», The Bat! initials, forwards, top-posting, inline
answers), signatures of every shape, and hard cases on purpose (see the ``note`` column).

Who wrote it and how
--------------------
Written by an assistant session for the project's evaluation, from ``studies/demo.yaml``, the field notes
(``/work/shared/docs/domain.md``) and the labelling conventions of ``bench/corpus/README.md`` only.  It did not
read the project's classification code, its tests, the audit package, nor any other corpus or generator under
``bench/corpus/``.  Every company, person, phone number and address is invented; company domains are
``*.example`` / ``*.example.ru``; IP addresses come from the documentation ranges.  Helpdesk vendor domains used
as fingerprints (``zendesk.com``, ``freshdesk.com``, ``intercom-mail.com``, ``helpscout.net``,
``Atlassian.JIRA``) appear only in Message-ID / Reply-To / X- headers, as in real helpdesk mail; the chrome of
the Russian helpdesks is a plausible invention.  Python standard library only, fixed random seed, imports
nothing from the project: ``python3 bench/corpus/make_more_inbox.py`` rewrites ``more_inbox/``.

Label conventions (bench/corpus/README.md)
------------------------------------------
``kind``: ``human`` (a person's answer, even through a helpdesk marked ``Auto-Submitted: auto-generated``, even
when it also gives a phone; an out-of-office that also answers the question is ``human``), ``redirect`` (only
sends the customer elsewhere: phone, another address or department, site chat, messengers, "leave a request",
"prices are individual, a manager will call", "forwarded to sales"; an employee forwarding a bounce and naming
another address is a redirect), ``ack`` (automatic "request received / registered", also with numbers, hours or
a phone, with or without vendor headers), ``autoreply`` (out-of-office, leave, has left, working-hours
responders, not monitored, address changed, closures, challenge-response), ``bounce`` (permanent delivery
failures, RFC 3464 or plain text; a DSN forwarded by a colleague stays a bounce; no delay warnings).

``expected_reply`` (human and redirect only): the reply's own words, greeting kept, closing pleasantries before
the valediction kept; removed are the quote (any style), the signature from the valediction down (or from
``--``, or a lone name line), device lines, disclaimers and helpdesk chrome.  Lines are joined with single
spaces and white space collapsed.  koi8-r / windows-1251 text is the text as sent (``₽`` -> ``руб.``; in koi8-r
also «» -> ", dashes -> -).  In this generator the reply's own words are wrapped in the marks ⟦ ⟧; the marks
are removed from the message and the marked pieces, joined by single spaces, become ``expected_reply``, so a
label cannot drift from its message.  For inline answers the greeting and each answer are marked separately.

At the end the script checks that every file has CRLF line ends, parses with the ``email`` package (default
and compat32 policies, no defects), that every marked piece is found in every decoded text part (plain text,
and the visible text of HTML), that no label contains the question, that bounces not forwarded by a person have
an empty envelope sender, that the manifest matches the files, and prints the counts per kind x language.
"""

import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import os
import quopri
import random
import re
import shutil
import textwrap
from html.parser import HTMLParser

SEED = 5322_2026
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "more_inbox")

P_NAME = "Анатолий Смирнов"
P_ADDR = "anatoly@shopper.example"
OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧

SCRIPTS = {
    "shops": ("Самовывоз сегодня",
              "Здравствуйте!\nДо скольки работает пункт самовывоза? Помогите оформить заказ! "
              "Мне нужно организовать доставку сегодня.\n\nАнатолий Смирнов"),
    "services": ("Тарифы и договор",
                 "Добрый день!\nКакие у вас тарифы, как заключить договор и сколько времени это займёт?"
                 "\n\nАнатолий Смирнов"),
}
QUESTION_BITS = ["До скольки работает пункт самовывоза", "Помогите оформить заказ!",
                 "Какие у вас тарифы, как заключить договор"]

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

MSK = dt.timezone(dt.timedelta(hours=3))
WAVE_START = dt.datetime(2026, 12, 7, 10, 0, tzinfo=MSK)


# --------------------------------------------------------------------------------------------------------------
# low-level MIME writing (done by hand so that charsets, transfer encodings and CRLF are exactly as intended)
# --------------------------------------------------------------------------------------------------------------

def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(data, cte):
    data = data.replace(b"\r\n", b"\n")
    if cte in ("7bit", "8bit"):
        if not data.endswith(b"\n"):
            data += b"\n"
        return crlf(data)
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(data))
    if cte == "base64":
        return crlf(base64.encodebytes(data.replace(b"\n", b"\r\n")))
    raise ValueError(cte)


def ew(text, cs="utf-8", enc="B"):
    """RFC 2047 encoded words, split on character boundaries, folded with CRLF SP."""
    if all(ord(c) < 128 for c in text) and enc != "force":
        return text
    words, cur = [], ""
    limit = 39 if enc == "B" else 22
    for ch in text:
        if len((cur + ch).encode(cs)) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\r\n ".join(out)


def addr(name, address, cs="utf-8", enc="B"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, cs, enc), address)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes with CRLF


def sanitize(text, cs):
    """Replace what the charset cannot carry, as mail clients do; marks are kept."""
    if cs in ("utf-8", None):
        return text
    repl = {"₽": "руб.", "\u2009": " ", "\u202f": " ", "\u00a0": " "}
    if cs == "koi8-r":
        repl.update({"«": '"', "»": '"', "—": "-", "–": "-", "…": "...", "“": '"', "”": '"', "№": "N",
                     "’": "'", "•": "*"})
    out = []
    for ch in text:
        if ch in (OPEN, CLOSE):
            out.append(ch)
            continue
        ch = repl.get(ch, ch)
        ch.encode(cs)  # raises if something is still not encodable
        out.append(ch)
    return "".join(out)


def text_part(text, cs="utf-8", cte="8bit", sub="plain", flowed=False, extra=()):
    params = '; charset="%s"' % cs if sub == "html" or rng.random() < 0.5 else "; charset=%s" % cs
    if flowed:
        params += "; format=flowed"
        text = flow(text)
    hdrs = [("Content-Type", "text/%s%s" % (sub, params)), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(hdrs, encode_body(text.encode(cs), cte))


def flow(text):
    lines = []
    for line in text.split("\n"):
        if line == "-- ":
            lines.append(line)
            continue
        if line.startswith(">") or len(line) <= 72:
            lines.append(line.rstrip(" "))
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > 70:
                lines.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
    return "\n".join(lines)


_bcount = [0]


def boundary(style="generic"):
    _bcount[0] += 1
    h = hashlib.sha1(("%d-%s" % (_bcount[0], style)).encode()).hexdigest()
    styles = {
        "generic": "----=_Part_%d_%s.%s" % (rng.randint(1000, 99999), h[:9], h[9:22]),
        "gmail": "0000000000%s" % h[:16],
        "outlook": "_000_%s%s_" % (h[:20].upper(), "PRD"),
        "apple": "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper()),
        "tb": "------------%s" % h[:24],
        "yandex": "----ALT--%s%s" % (h[:16], rng.randint(1000, 9999)),
        "mailru": "--ALT--%s%d" % (h[:16].upper(), rng.randint(10 ** 9, 10 ** 10)),
        "zendesk": "--==_mimepart_%s_%s" % (h[:13], rng.randint(10000, 99999)),
        "php": "b1_%s" % h[:32],
        "mta": "%s.%d/mx.example" % (h[:12].upper(), rng.randint(10 ** 9, 10 ** 10)),
    }
    return styles.get(style, styles["generic"])


def multipart(sub, parts, bstyle="generic", params=""):
    b = boundary(bstyle)
    body = b"This is a multi-part message in MIME format.\r\n" if bstyle in ("tb", "php", "generic") else b""
    for p in parts:
        body += b"\r\n--" + b.encode() + b"\r\n" + serialize_headers(p.headers) + b"\r\n" + p.body
        if not p.body.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"\r\n--" + b.encode() + b"--\r\n"
    return Part([("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (sub, params, b))], body)


def serialize_headers(headers):
    out = b""
    for k, v in headers:
        line = "%s: %s\r\n" % (k, v)
        out += line.encode("ascii")
    return out


# --------------------------------------------------------------------------------------------------------------
# visible text (for checks, and to derive the label of raw HTML)
# --------------------------------------------------------------------------------------------------------------

BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4",
         "hr", "tbody", "thead", "body", "html", "center", "pre"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1
        if tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(h):
    v = Visible()
    v.feed(h)
    v.close()
    return "".join(v.out)


def collapse(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def pieces_of(marked, is_html=False):
    ps = re.findall(re.escape(OPEN) + "(.*?)" + re.escape(CLOSE), marked, flags=re.S)
    if is_html:
        ps = [visible(p) for p in ps]
    return [collapse(p) for p in ps if collapse(p)]


def unmark(s):
    return s.replace(OPEN, "").replace(CLOSE, "")


# --------------------------------------------------------------------------------------------------------------
# quotes of the probe, as different clients write them
# --------------------------------------------------------------------------------------------------------------

def qlines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def quote(style, seg, pdt, to):
    subj, text = SCRIPTS[seg]
    d, hm = pdt, pdt.strftime("%H:%M")
    en12 = pdt.strftime("%I:%M %p").lstrip("0")
    P = P_ADDR
    s = {
        "gmail_en": "On %s, %s %d, %d at %s %s <%s> wrote:\n%s" % (
            d.strftime("%a"), d.strftime("%b"), d.day, d.year, en12, P_NAME, P, qlines(text)),
        "gmail_ru": "%s, %d %s %d г. в %s, %s <%s>:\n%s" % (
            RU_WD_SHORT[d.weekday()], d.day, RU_MON_SHORT[d.month - 1], d.year, hm, P_NAME, P, qlines(text)),
        "android_ru": "%s, %d %s %d г., %s %s <%s>:\n%s" % (
            RU_WD_SHORT[d.weekday()], d.day, RU_MON_SHORT[d.month - 1], d.year, hm, P_NAME, P, qlines(text)),
        "outlook_en": "________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\n"
                      "Subject: %s\n\n%s" % (P_NAME, P, EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year,
                                             en12, to, subj, text),
        "outlook_ru": "________________________________\nОт: %s <%s>\nОтправлено: %d %s %d г. %s\nКому: %s\n"
                      "Тема: %s\n\n%s" % (P_NAME, P, d.day, RU_MONTHS[d.month - 1], d.year, hm, to, subj, text),
        "outlook_desk_ru": "From: %s [mailto:%s] \nSent: Monday, December 7, 2026 %s\nTo: %s\nSubject: %s\n\n%s"
                           % (P_NAME, P, en12, to, subj, text),
        "outlook_desk_ru2": "От: %s <%s> \nОтправлено: %s, %d %s %d г. %s\nКому: %s\nТема: %s\n\n%s" % (
            P_NAME, P, RU_WD[d.weekday()], d.day, RU_MONTHS[d.month - 1], d.year, hm, to, subj, text),
        "orig_ru": "-----Исходное сообщение-----\nОт: %s [mailto:%s] \nОтправлено: %s, %d %s %d г. %s\n"
                   "Кому: %s\nТема: %s\n\n%s" % (P_NAME, P, RU_WD[d.weekday()], d.day, RU_MONTHS[d.month - 1],
                                                d.year, hm, to, subj, text),
        "orig_en": "-----Original Message-----\nFrom: %s <%s> \nSent: %s, %s %02d, %d %s\nTo: %s\nSubject: %s\n\n%s"
                   % (P_NAME, P, EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year, en12, to, subj, text),
        "outlook_mob_en": "From: %s <%s>\nSent: %s, %s %d, %d %s:%02d %s\nTo: %s\nSubject: %s\n\n%s" % (
            P_NAME, P, EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year, en12[:-3], d.second,
            en12[-2:], to, subj, text),
        "apple_en": "On %d Dec %d, at %s, %s <%s> wrote:\n\n%s" % (d.day, d.year, hm, P_NAME, P, qlines(text)),
        "apple_ru": "%d дек. %d г., в %s, %s <%s> написал(а):\n\n%s" % (d.day, d.year, hm, P_NAME, P,
                                                                       qlines(text)),
        "iphone_en": "On Dec %d, %d, at %s, %s <%s> wrote:\n\n%s" % (d.day, d.year, en12, P_NAME, P,
                                                                     qlines(text)),
        "tb_en": "On %s %s, %s wrote:\n%s" % (d.strftime("%m/%d/%y").lstrip("0"), hm, P_NAME, qlines(text)),
        "tb_ru": "%s %s, %s пишет:\n%s" % (d.strftime("%d.%m.%Y"), hm, P_NAME, qlines(text)),
        "yandex": "%s, %s, \"%s\" <%s>:\n%s" % (d.strftime("%d.%m.%Y"), hm, P_NAME, P, qlines(text)),
        "mailru": "%s, %d %s %d, %s +03:00 от %s <%s>:\n%s" % (
            RU_WD[d.weekday()].capitalize(), d.day, RU_MONTHS[d.month - 1], d.year, hm, P_NAME, P,
            qlines(text)),
        "thebat": "Вы писали %d %s %d г., %s:\n\n%s" % (d.day, RU_MONTHS[d.month - 1], d.year, hm,
                                                       qlines(text, "АС> ")),
        "roundcube": "%s писал(а) %s %s:\n%s" % (P_NAME, d.strftime("%Y-%m-%d"), hm, qlines(text)),
        "fwd_ru": "-------- Пересылаемое сообщение --------\n%s, %s, \"%s\" <%s>:\n\n%s\n\n"
                  "-------- Конец пересылаемого сообщения --------" % (d.strftime("%d.%m.%Y"), hm, P_NAME, P, text),
        "plain_ru": "%s" % qlines(text),
    }
    return s[style]


# --------------------------------------------------------------------------------------------------------------
# client and helpdesk headers
# --------------------------------------------------------------------------------------------------------------

def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def client_headers(client, domain, when):
    ts = int(when.timestamp())
    H = {
        "outlook": lambda: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + base64.b64encode(
            hexid(20).encode()).decode()[:36]), ("Content-Language", "ru")],
        "outlook365": lambda: [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                               ("x-ms-exchange-messagesentrepresentingtype", "1"),
                               ("Content-Language", "en-US")],
        "outlook_en": lambda: [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")],
        "outlook_ios": lambda: [("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
        "thunderbird": lambda: [("User-Agent", "Mozilla Thunderbird")],
        "apple": lambda: [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        "iphone": lambda: [("X-Mailer", "iPhone Mail (22C152)")],
        "gmail": lambda: [],
        "yandex": lambda: [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")],
        "yandex_mob": lambda: [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
                               ("X-Yandex-Mobile-Client", "android")],
        "mailru": lambda: [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Mras", "Ok")],
        "thebat": lambda: [("X-Mailer", "The Bat! (v11.2.1) Professional"), ("X-Priority", "3 (Normal)")],
        "roundcube": lambda: [("User-Agent", "Roundcube Webmail/1.6.9")],
        "k9": lambda: [("User-Agent", "K-9 Mail for Android")],
        "php": lambda: [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
        "none": lambda: [],
    }
    mid = {
        "outlook": "<00%s$%s$%s@%s>" % (hexid(10), hexid(8), hexid(8), domain),
        "outlook_en": "<00%s$%s$%s@%s>" % (hexid(10), hexid(8), hexid(8), domain),
        "outlook365": "<%sPR0%dMB%d%s@%sPR0%dMB%d.eurprd0%d.prod.outlook.com>" % (
            rng.choice(["AM", "DB", "VI", "PA"]), rng.randint(1, 9), rng.randint(1000, 9999), hexid(12).upper(),
            rng.choice(["AM", "DB"]), rng.randint(1, 9), rng.randint(1000, 9999), rng.randint(1, 9)),
        "outlook_ios": "<%sPR0%dMB%d%s@%s.namprd0%d.prod.outlook.com>" % (
            "BN", rng.randint(1, 9), rng.randint(1000, 9999), hexid(10).upper(), "BN0PR0%dMB%d" % (
                rng.randint(1, 9), rng.randint(1000, 9999)), rng.randint(1, 9)),
        "gmail": "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "J", "G", "K"]),
                                             base64.b64encode(hexid(30).encode()).decode()[:40]),
        "yandex": "<%d%d@mail.yandex.ru>" % (rng.randint(100000, 999999), ts),
        "yandex_mob": "<%d%d@mail.yandex.ru>" % (rng.randint(100000, 999999), ts),
        "mailru": "<%d.%s@f%d.i.mail.ru>" % (ts, hexid(12), rng.randint(100, 999)),
        "apple": "<%s-%s-%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(), hexid(4).upper(),
                                         hexid(12).upper(), domain),
        "iphone": "<%s-%s-%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(4).upper(),
                                          hexid(4).upper(), hexid(12).upper(), domain),
        "thebat": "<%d.%d@%s>" % (rng.randint(10 ** 9, 10 ** 10), ts, domain),
    }.get(client, "<%s.%d@%s>" % (hexid(16), ts, domain))
    return mid, H.get(client, H["none"])()


# --------------------------------------------------------------------------------------------------------------
# messages
# --------------------------------------------------------------------------------------------------------------

MESSAGES = []
_seq = [0]


def probe_times():
    _seq[0] += 1
    pdt = WAVE_START + dt.timedelta(minutes=rng.randint(3, 410), seconds=rng.randint(0, 59))
    return pdt


def fmt_date(d, tzh):
    tz = dt.timezone(dt.timedelta(hours=tzh))
    return email.utils.format_datetime(d.astimezone(tz))


def M(name, kind, lang, seg, frm, body="", *, client="none", cs="utf-8", cte="8bit", fmt="plain", html_body=None,
      html_style="plain", subject=None, hdr=(), to=None, irt=True, note="", delay=None, tzh=3, company=None,
      flowed=False, quote_style=None, subj_enc="B", plus=False, parts=None, rpath=None, reply_to=None,
      forwarded_bounce=False):
    """One message.  ``body`` holds the plain text with ⟦marks⟧; '{Q}' is replaced by the quote."""
    MESSAGES.append(dict(name=name, kind=kind, lang=lang, seg=seg, frm=frm, body=body, client=client, cs=cs,
                         cte=cte, fmt=fmt, html_body=html_body, html_style=html_style, subject=subject, hdr=hdr,
                         to=to, irt=irt, note=note, delay=delay, tzh=tzh, company=company, flowed=flowed,
                         quote_style=quote_style, subj_enc=subj_enc, plus=plus, parts=parts, rpath=rpath,
                         reply_to=reply_to, forwarded_bounce=forwarded_bounce))


def dd(s):
    return textwrap.dedent(s).strip("\n")


def html_from_text(text, style):
    """A client-like HTML rendering of a plain body; '>' lines become a blockquote."""
    esc = lambda s: html.escape(s, quote=False)
    blocks, quote_buf = [], []

    def flush():
        if quote_buf:
            inner = "".join("<div>%s</div>" % (esc(l) or "<br>") for l in quote_buf)
            if style == "gmail":
                blocks.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                              'solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            else:
                blocks.append('<blockquote type="cite" style="border-left:2px solid #1010ff;margin-left:5px;'
                              'padding-left:5px">%s</blockquote>' % inner)
            quote_buf.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote_buf.append(line[1:].lstrip(" "))
            continue
        flush()
        if style == "outlook":
            blocks.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) or "&nbsp;"))
        elif style == "yandex":
            blocks.append("<div>%s</div>" % (esc(line) or "&nbsp;"))
        elif style == "mailru":
            blocks.append("<div>%s</div>" % (esc(line) or "&nbsp;"))
        else:
            blocks.append("<div>%s</div>" % (esc(line) or "<br>"))
    flush()
    inner = "\n".join(blocks)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style></head>\n<body lang="RU" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>' % inner)
    if style == "gmail":
        return '<div dir="ltr">\n%s\n</div>' % inner
    if style == "mailru":
        return ('<HTML><BODY><div class="js-helper js-readmsg-msg"><div><div id="style_1765_BODY">\n%s\n'
                '</div></div></div></BODY></HTML>' % inner)
    if style == "yandex":
        return "<div>\n%s\n</div>" % inner
    return ('<html>\n<head>\n<meta http-equiv="content-type" content="text/html; charset=UTF-8">\n</head>\n'
            '<body>\n%s\n</body>\n</html>' % inner)


# --------------------------------------------------------------------------------------------------------------
# bounces
# --------------------------------------------------------------------------------------------------------------

def original_probe(ctx, headers_only=False):
    """The probe as it left the persona's mailbox (for message/rfc822 and text/rfc822-headers parts)."""
    subj, text = SCRIPTS[ctx["seg"]]
    hdrs = [("Return-Path", "<%s>" % P_ADDR),
            ("Received", "from [10.0.5.17] (unknown [203.0.113.41])\r\n\tby mail.shopper.example (Postfix) with "
                         "ESMTPSA id %s\r\n\tfor <%s>; %s" % (ctx["qid"], ctx["company"], fmt_date(ctx["pdt"], 3))),
            ("From", addr(P_NAME, P_ADDR)), ("To", ctx["company"]), ("Subject", ew(subj)),
            ("Date", fmt_date(ctx["pdt"], 3)), ("Message-ID", ctx["probe_mid"]), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "base64")]
    h = serialize_headers(hdrs)
    if headers_only:
        return Part([("Content-Type", "text/rfc822-headers")], h)
    return Part([("Content-Type", "message/rfc822")], h + b"\r\n" + encode_body(text.encode(), "base64"))


def dsn(ctx, human, *, status, diag, action="failed", mta="mx1.shopper.example", remote=None, cs="utf-8",
        cte="8bit", headers_only=False, html_human=None, extra_msg=(), extra_rcpt=(), bstyle="mta",
        arrival=True, diag_type="smtp"):
    fields = ["Reporting-MTA: dns; %s" % mta]
    fields += list(extra_msg)
    if arrival:
        fields.append("Arrival-Date: %s" % fmt_date(ctx["pdt"], 3))
    rc = ["", "Final-Recipient: rfc822; %s" % ctx["company"], "Original-Recipient: rfc822;%s" % ctx["company"],
          "Action: %s" % action, "Status: %s" % status]
    if remote:
        rc.append("Remote-MTA: dns; %s" % remote)
    if diag:
        rc.append("Diagnostic-Code: %s; %s" % (diag_type, diag))
    rc += list(extra_rcpt)
    ds = Part([("Content-Type", "message/delivery-status")], ("\n".join(fields + rc) + "\n").encode())
    ds.body = crlf(ds.body)
    hp = text_part(human, cs, cte)
    if html_human is not None:
        hp = multipart("alternative", [hp, text_part(html_human, cs, cte, sub="html")], "generic")
    # Content-Description as several MTAs do
    hp.headers.append(("Content-Description", "Notification"))
    ds.headers.append(("Content-Description", "Delivery report"))
    orig = original_probe(ctx, headers_only)
    orig.headers.append(("Content-Description", "Undelivered Message" if not headers_only
                         else "Undelivered Message Headers"))
    return multipart("report", [hp, ds, orig], bstyle, params=" report-type=delivery-status;")


def plain_bounce(ctx, text, cs="utf-8", cte="8bit", attach=True, inline_orig=True):
    """A non-standard bounce: plain text, the original appended as text or as message/rfc822."""
    subj, qtext = SCRIPTS[ctx["seg"]]
    body = text
    if inline_orig and not attach:
        body += ("\n\n------ This is a copy of the message, including all the headers. ------\n\n"
                 "Return-path: <%s>\nFrom: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
                 "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s"
                 % (P_ADDR, P_NAME, P_ADDR, ctx["company"], ew(subj).replace("\r\n ", " "),
                    fmt_date(ctx["pdt"], 3), ctx["probe_mid"], qtext))
    tp = text_part(body, cs, cte)
    if not attach:
        return tp
    return multipart("mixed", [tp, original_probe(ctx)], "generic")


# --------------------------------------------------------------------------------------------------------------
# building one message
# --------------------------------------------------------------------------------------------------------------

def enc_value(v):
    if all(ord(c) < 128 for c in v):
        return v
    m = re.fullmatch(r"(.*?)\s*<([^<>]+)>", v)
    if m:
        return addr(m.group(1).strip('"'), m.group(2))
    return ew(v)


def default_delay(kind):
    return {"ack": rng.randint(0, 3), "autoreply": rng.randint(0, 2), "bounce": rng.randint(0, 4),
            "human": rng.choice([rng.randint(9, 90), rng.randint(90, 600), rng.randint(900, 4000)]),
            "redirect": rng.choice([rng.randint(5, 120), rng.randint(120, 1500)])}[kind]


def build(spec, num):
    frm_name, frm_addr = spec["frm"]
    domain = frm_addr.split("@")[1]
    company = spec["company"] or frm_addr
    pdt = probe_times()
    token = hexid(10)
    plus_addr = "anatoly+%s@shopper.example" % token
    to_addr = spec["to"] or (plus_addr if spec["plus"] else P_ADDR)
    delay = spec["delay"] if spec["delay"] is not None else default_delay(spec["kind"])
    rdt = pdt + dt.timedelta(minutes=delay, seconds=rng.randint(1, 59))
    probe_mid = "<%s.%s@shopper.example>" % (pdt.strftime("%Y%m%d%H%M%S"), hexid(12))
    ctx = dict(seg=spec["seg"], pdt=pdt, rdt=rdt, company=company, probe_mid=probe_mid, qid=hexid(10).upper(),
               to=to_addr, token=token, plus=plus_addr)
    subj, qtext = SCRIPTS[spec["seg"]]
    cs = spec["cs"]

    def fill(t):
        if t is None:
            return None
        if "{Q}" in t:
            t = t.replace("{Q}", quote(spec["quote_style"], spec["seg"], pdt, company))
        form = ("Имя: %s\nE-mail: %s\nТелефон: -\nСообщение: %s" % (P_NAME, plus_addr,
                                                                     qtext.replace("\n\n", "\n").replace("\n", " ")))
        return (t.replace("{F}", form).replace("{TO}", plus_addr).replace("{COMPANY}", company)
                .replace("{PDATE}", pdt.strftime("%d.%m.%Y %H:%M")).replace("{TOKEN}", token))

    body = fill(spec["body"])
    hbody = fill(spec["html_body"])
    if body is not None:
        body = sanitize(body, cs)
    if hbody is not None:
        hbody = sanitize(hbody, cs)

    # label
    if spec["kind"] in ("human", "redirect"):
        if spec["fmt"] == "html" and hbody is not None:
            pcs = pieces_of(hbody, True)
        else:
            pcs = pieces_of(body)
        label = " ".join(pcs)
        if not label:
            raise SystemExit("%s: no marked words" % spec["name"])
    else:
        pcs = []
        label = ""
        for t in (body, hbody):
            if t and (OPEN in t or CLOSE in t):
                raise SystemExit("%s: marks in a %s" % (spec["name"], spec["kind"]))

    # body part
    if spec["parts"] is not None:
        root = spec["parts"](ctx)
    elif spec["fmt"] == "plain":
        root = text_part(unmark(body), cs, spec["cte"], flowed=spec["flowed"])
    elif spec["fmt"] == "html":
        h = hbody if hbody is not None else html_from_text(body, spec["html_style"])
        root = text_part(unmark(h), cs, spec["cte"], sub="html")
    elif spec["fmt"] == "alt":
        h = hbody if hbody is not None else html_from_text(body, spec["html_style"])
        bst = {"gmail": "gmail", "outlook": "outlook", "yandex": "yandex", "mailru": "mailru",
               "apple": "apple", "tb": "tb"}.get(spec["html_style"], "generic")
        root = multipart("alternative", [text_part(unmark(body), cs, spec["cte"], flowed=spec["flowed"]),
                                         text_part(unmark(h), cs, spec["cte"], sub="html")], bst)
    else:
        raise ValueError(spec["fmt"])

    mid, chdrs = client_headers(spec["client"], domain, rdt)
    hd = dict((k.lower(), v) for k, v in spec["hdr"])
    if "message-id" in hd:
        mid = hd["message-id"].replace("{TS}", str(int(rdt.timestamp()))).replace("{H}", hexid(8))
    if spec["subject"] is not None:
        subject = fill(spec["subject"])
    else:
        subject = "Re: " + subj
    subj_enc = spec["subj_enc"]
    subject = sanitize(subject, cs)
    subject_h = ew(subject, cs, "Q" if subj_enc == "Q" else "B")

    rpath = spec["rpath"] if spec["rpath"] is not None else "<%s>" % frm_addr
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    relay = rng.choice(["mx1", "mail", "smtp", "out", "relay"]) + "." + domain
    recv_dt = rdt + dt.timedelta(seconds=rng.randint(1, 20))
    if domain.endswith("shopper.example"):
        received = "by mail.shopper.example (Postfix)\r\n\tid %s; %s" % (hexid(11).upper(), fmt_date(recv_dt, 3))
    else:
        received = ("from %s (%s [%s])\r\n\tby mx.shopper.example (Postfix) with ESMTPS id %s\r\n\t"
                    "for <%s>; %s" % (relay, relay, ip, hexid(11).upper(), to_addr, fmt_date(recv_dt, 3)))
    hdrs = [("Return-Path", rpath), ("Delivered-To", P_ADDR if not spec["plus"] else to_addr),
            ("Received", received)]
    hdrs.append(("From", addr(frm_name, frm_addr, "utf-8" if cs == "utf-8" else cs,
                              "Q" if spec["client"] in ("thunderbird", "roundcube") else "B")))
    if spec["kind"] == "bounce" and not spec["forwarded_bounce"]:
        hdrs.append(("To", to_addr if rng.random() < 0.6 else "<%s>" % to_addr))
    else:
        hdrs.append(("To", addr(P_NAME, to_addr, cs) if spec["client"] not in ("php", "none") or rng.random() < 0.5
                     else to_addr))
    if spec["reply_to"]:
        hdrs.append(("Reply-To", enc_value(spec["reply_to"])))
    hdrs.append(("Subject", subject_h))
    hdrs.append(("Date", fmt_date(rdt, spec["tzh"])))
    hdrs.append(("Message-ID", mid))
    if spec["irt"] and not spec["plus"]:
        hdrs.append(("In-Reply-To", probe_mid))
        hdrs.append(("References", probe_mid))
    hdrs += chdrs
    for k, v in spec["hdr"]:
        if k.lower() == "message-id":
            continue
        v = v.replace("{TS}", str(int(rdt.timestamp()))).replace("{H}", hexid(8))
        hdrs.append((k, enc_value(v)))
    hdrs.append(("MIME-Version", "1.0"))
    data = serialize_headers(hdrs + root.headers) + b"\r\n" + root.body
    return data, label, pcs


# --------------------------------------------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------------------------------------------

def text_parts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_type() in ("text/plain", "text/html"):
            # skip the notification of bounces' original copy etc.: only top-level body texts matter
            txt = part.get_content()
            if part.get_content_type() == "text/html":
                txt = visible(txt)
            out.append((part.get_content_type(), collapse(txt)))
        if part.get_content_type() == "message/rfc822":
            break
    return out


def check(name, data, spec, label, pcs):
    errs = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("line ends are not CRLF")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            errs.append("line longer than 998 octets")
            break
    m = email.message_from_bytes(data, policy=email.policy.default)
    m32 = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in list(m.walk()) + list(m32.walk()):
        if part.defects:
            errs.append("defects: %r" % (part.defects,))
            break
    if not m["From"] or not m["Date"] or not m["Message-ID"]:
        errs.append("missing From/Date/Message-ID")
    if spec["kind"] in ("human", "redirect"):
        tps = text_parts(m)
        if not tps:
            errs.append("no text part")
        for ctype, txt in tps:
            for p in pcs:
                if p not in txt:
                    errs.append("piece not in %s: %r" % (ctype, p[:60]))
            pos = 0
            for w in label.split(" "):
                i = txt.find(w, pos)
                if i < 0:
                    errs.append("label word %r not in order in %s" % (w, ctype))
                    break
                pos = i + len(w)
        for q in QUESTION_BITS:
            if q in label:
                errs.append("label contains the question")
    elif label:
        errs.append("label on a %s" % spec["kind"])
    if spec["kind"] == "bounce" and not spec["forwarded_bounce"]:
        if m["Return-Path"] != "<>":
            errs.append("bounce without empty envelope sender")
    if errs:
        raise SystemExit("%s: %s" % (name, "; ".join(errs)))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    seen = set()
    for i, spec in enumerate(MESSAGES, 1):
        fname = "%03d-%s.eml" % (i, spec["name"])
        if spec["name"] in seen:
            raise SystemExit("duplicate name " + spec["name"])
        seen.add(spec["name"])
        data, label, pcs = build(spec, i)
        check(fname, data, spec, label, pcs)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        note = "%s; %s" % (spec["lang"], spec["note"]) if spec["note"] else spec["lang"]
        rows.append([fname, spec["kind"], label, "train", note])
    with open(os.path.join(OUT, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "kind", "expected_reply", "split", "note"])
        w.writerows(rows)
    # the manifest must match the files
    with open(os.path.join(OUT, "manifest.csv"), encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    if sorted(r["file"] for r in back) != files or len(back) != len(MESSAGES):
        raise SystemExit("manifest does not match the files")
    kinds = ["human", "redirect", "ack", "autoreply", "bounce"]
    print("%-10s %4s %4s %5s" % ("kind", "ru", "en", "all"))
    tot = {"ru": 0, "en": 0}
    for k in kinds:
        ru = sum(1 for s in MESSAGES if s["kind"] == k and s["lang"] == "ru")
        en = sum(1 for s in MESSAGES if s["kind"] == k and s["lang"] == "en")
        tot["ru"] += ru
        tot["en"] += en
        print("%-10s %4d %4d %5d" % (k, ru, en, ru + en))
    print("%-10s %4d %4d %5d" % ("total", tot["ru"], tot["en"], tot["ru"] + tot["en"]))
    print("wrote %d messages and manifest.csv to %s" % (len(MESSAGES), OUT))


# ==============================================================================================================
# human, Russian
# ==============================================================================================================

S, V = "shops", "services"

M("da-do-20", "human", "ru", S, ("Егор Кравец", "egor@velozona.example.ru"), dd("""
    ⟦Да, до 20:00.⟧

    Отправлено с iPhone

    {Q}
    """), client="iphone", cte="quoted-printable", quote_style="apple_ru",
  note="iPhone, one-line answer, device line, Apple quote")

M("polka-outlook-1251", "human", "ru", S, ("Шевчук Надежда", "n.shevchuk@polka-books.example.ru"), dd("""
    ⟦Добрый день, Анатолий!

    Пункт самовывоза на ул. Гончарной, 8 работает с 10 до 20 без выходных. Оформить заказ можете на сайте (кнопка «В корзину», затем «Самовывоз»), либо пришлите мне список книг ответным письмом — я соберу заказ и пришлю номер.

    Доставку сегодня сделаем курьером по Москве, если заказ будет оформлен до 14:00. Стоимость — 350 ₽, при заказе от 3000 ₽ бесплатно.⟧

    С уважением,
    Надежда Шевчук
    менеджер интернет-магазина «Полка»
    тел. +7 (495) 010-44-18, доб. 12
    моб. +7 (916) 010-77-35
    www.polka-books.example.ru

    Информация в этом сообщении предназначена только для указанного получателя. Если вы получили его по ошибке, сообщите отправителю и удалите письмо.

    {Q}
    """), client="outlook", cs="windows-1251", cte="quoted-printable", quote_style="outlook_desk_ru2",
  note="Outlook, windows-1251 QP, top-posting, full signature with disclaimer, Outlook header block (ru), ₽ became руб.")

M("cloudkassa-gmail-tariffs", "human", "ru", V, ("Дарья Лис", "daria.lis@cloudkassa.example.ru"), dd("""
    ⟦Анатолий, добрый день!

    У нас три тарифа:
    • «Старт» — 990 ₽ в месяц, одна касса;
    • «Сеть» — 2 490 ₽ в месяц, до 10 касс;
    • «Безлимит» — 5 900 ₽ в месяц.
    Эквайринг подключаем отдельно, комиссия от 1,6%.

    Договор заключаем через ЭДО: вы регистрируетесь в личном кабинете, загружаете реквизиты, мы отправляем договор в Контур.Диадок, вы подписываете. Обычно от заявки до работающей кассы проходит 3 рабочих дня.

    Если удобно, могу прислать договор на почту заранее — чтобы юрист посмотрел.⟧

    --
    Дарья Лис
    Старший менеджер по подключению
    CloudKassa | +7 (800) 000-31-15

    {Q}
    """), client="gmail", fmt="alt", html_style="gmail", cte="quoted-printable", quote_style="gmail_ru",
  note="Gmail web, multipart/alternative, '--' signature, list with ₽ and %, Gmail quote")

M("teplodom-zendesk", "human", "ru", S, ("ТеплоДом", "support@teplodom.example.ru"), dd("""
    ##- Введите свой ответ над этой строкой -##

    Ваш запрос (48213) был обновлен. Чтобы добавить комментарии, ответьте на это письмо.

    ----------------------------------------------

    Марина Соколова (ТеплоДом)

    7 дек. 2026 г., 14:02 MSK

    ⟦Анатолий, здравствуйте!

    Пункт самовывоза на Складской, 14 открыт до 20:00, в субботу до 17:00. Оформить заказ могу прямо сейчас: пришлите, пожалуйста, артикулы или ссылку на корзину и телефон получателя. Доставка сегодня возможна, если подтвердим заказ до 15:00 — курьер привезёт с 18 до 22 часов.⟧

    С уважением,
    Марина

    ----------------------------------------------

    Анатолий Смирнов

    7 дек. 2026 г., 11:47 MSK

    Здравствуйте!
    До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.

    Анатолий Смирнов

    [9XK2PD-R41M]
    """), client="none", fmt="alt", cte="quoted-printable", subject="[ТеплоДом] Re: Самовывоз сегодня",
  hdr=[("Message-ID", "<9XK2PD_{H}_sprut@zendesk.com>"), ("Reply-To", "ТеплоДом <support@teplodom.example.ru>"),
       ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "7c31f0a"),
       ("X-Zendesk-Email-Id", "01JEQ4ZK2M9D7R5T3W8X6Y0B1C"), ("Auto-Submitted", "auto-generated")],
  irt=False, note="Zendesk agent answer, Auto-Submitted: auto-generated, reply-above marker, agent line, history below")

M("yandex-phone-also", "human", "ru", S, ("Алина Гараева", "alina@kraski-mira.example.ru"), dd("""
    ⟦Здравствуйте, Анатолий!
    Пункт выдачи на Промышленной, 3 работает до 19:00, в субботу до 16:00.
    Если удобнее, позвоните +7 (843) 200-15-40 — оформим заказ по телефону за пару минут, или оформите на сайте, как обычно.
    Доставку сегодня делаем по Казани, если заказ подтверждён до 13:00.⟧

    --
    Алина
    «Краски мира», отдел продаж

    {Q}
    """), client="yandex", fmt="alt", html_style="yandex", cte="base64", quote_style="yandex", tzh=3,
  note="Yandex web, base64 multipart/alternative, answers and also gives a phone")

M("thebat-koi8", "human", "ru", S, ("Виктор Лаптев", "laptev@avtozip-nn.example.ru"), dd("""
    ⟦Здравствуйте, Анатолий.⟧

    {Q}

    ⟦Самовывоз с Молитовской, 12 - с 9 до 19, в воскресенье до 15. Заказ могу оформить сам, напишите марку, год и что нужно - подберу и пришлю счёт. Сегодня отвезти можем, если успеем собрать до 16 часов, доставка по городу 400 руб.⟧

    -- 
    С уважением,
     Виктор                          mailto:laptev@avtozip-nn.example.ru
    """), client="thebat", cs="koi8-r", cte="8bit", quote_style="thebat",
  note="The Bat!, koi8-r 8bit, greeting above initials quote, answer below it, '-- ' signature")

M("setka-inline", "human", "ru", V, ("Игорь Дёмин", "i.demin@setka-soft.example.ru"), dd("""
    ⟦Добрый день, Анатолий.⟧

    {PDATE}, Анатолий Смирнов пишет:
    > Добрый день!
    > Какие у вас тарифы,

    ⟦«Старт» — 1 490 ₽/мес. (до 3 пользователей), «Команда» — 4 900 ₽/мес., «Бизнес» — от 12 000 ₽/мес., при оплате за год скидка 15%.⟧

    > как заключить договор

    ⟦Пришлите карточку предприятия, подготовим договор и счёт, подпишем через ЭДО (Диадок или СБИС).⟧

    > и сколько времени это займёт?

    ⟦Обычно 2 рабочих дня от получения реквизитов до доступа.⟧

    > Анатолий Смирнов

    -- 
    Игорь Дёмин
    ООО «Сетка-Софт», отдел продаж
    +7 (812) 555-01-37
    """), client="thunderbird", cte="8bit", flowed=True,
  note="Thunderbird, format=flowed, inline answers between the question's quoted pieces, '-- ' signature")

M("ooo-but-answers", "human", "ru", S, ("Светлана Жукова", "zhukova@lesnaya-lavka.example.ru"), dd("""
    ⟦Здравствуйте! Я в отпуске до 14 декабря и отвечаю с задержкой, поэтому коротко о главном: пункт самовывоза на ул. Лесной, 5 работает ежедневно с 10 до 21, заказ можно оформить на сайте в корзине, а доставка в день заказа по городу есть при оформлении до 13:00.
    По срочным вопросам звоните моей коллеге Полине: +7 (351) 700-20-11.⟧

    Светлана Жукова
    «Лесная лавка»
    """), client="outlook", subject="Автоответ: Самовывоз сегодня",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
  note="out-of-office that also answers all points (so human), RFC 3834 headers, lone name and company lines")

M("bitrix24-crm", "human", "ru", V, ("Роман Юдин", "r.yudin@gruzopotok.example.ru"), dd("""
    ⟦Добрый день, Анатолий!

    Спасибо за интерес к «Грузопотоку». Тарифы на экспедирование считаются от веса и направления: по Москве от 1 800 ₽ за рейс, межгород от 28 ₽/км. Для постоянных клиентов скидка до 10%.

    Договор: вы присылаете реквизиты, мы направляем договор через ЭДО или курьером. Подписание занимает 1–2 рабочих дня, первый рейс можно поставить уже на следующий день после подписания.⟧

    С уважением,
    Роман Юдин
    ведущий менеджер
    ТК «Грузопоток»
    +7 (495) 010-90-62

    Отправлено из Битрикс24

    {Q}
    """), client="none", fmt="alt", cte="quoted-printable", quote_style="outlook_ru",
  hdr=[("Message-ID", "<crm.activity.71236.{H}@gruzopotok.example.ru>"), ("X-Bitrix-Posting", "71236")],
  note="Bitrix24 CRM, multipart/alternative, 'Отправлено из Битрикс24' footer, Outlook-like quote block")

M("amocrm-oferta", "human", "ru", V, ("Ксения Орлова", "k.orlova@tochka-dostupa.example.ru"), dd("""
    ⟦Анатолий, добрый день.
    Базовый тариф — 3 200 руб./мес., расширенный — 5 700 руб./мес. Работаем по публичной оферте: оплата счёта означает её акцепт, отдельный бумажный договор не нужен. Доступ открываем в течение 1 рабочего дня после оплаты.⟧

    Ксения Орлова, «Точка доступа»
    """), client="none", cte="base64", subject="Re: Тарифы и договор",
  hdr=[("Message-ID", "<amo.{H}.{TS}@tochka-dostupa.example.ru>"), ("X-Mailer", "amoCRM")],
  note="amoCRM-sent, base64, short complete answer, one-line name signature")

M("usedesk-agent", "human", "ru", S, ("Поддержка «Домовёнок»", "help@domovenok.example.ru"), dd("""
    ## Пожалуйста, пишите ответ выше этой строки ##

    ⟦Здравствуйте, Анатолий!

    Наш пункт самовывоза на Кирова, 40 открыт до 21:00 каждый день. Заказ можно оформить на сайте или прямо в этом письме: напишите, что нужно, и я пришлю ссылку на оплату. Доставка сегодня — да, если оплатите до 16:00.⟧

    Всего доброго,
    Тимур, служба поддержки «Домовёнок»

    --------------------------------
    Обращение №48213. Статус: ожидает вашего ответа.
    """), client="none", cte="quoted-printable", subject="[#48213] Re: Самовывоз сегодня",
  hdr=[("Message-ID", "<usd.48213.{H}@domovenok.example.ru>"), ("Auto-Submitted", "auto-generated"),
       ("Precedence", "bulk")],
  irt=False, note="Usedesk-like agent answer, Auto-Submitted + Precedence: bulk, reply-above marker, ticket footer")

M("omnidesk-tariffs", "human", "ru", V, ("Служба поддержки Беркут", "support@berkut-crm.example.ru"), dd("""
    -- Напишите ответ выше этой линии --

    ⟦Здравствуйте, Анатолий!

    Тарифы «Беркут CRM»: 590 ₽ за пользователя в месяц, при оплате за год — 490 ₽. Пробный период 14 дней бесплатно.
    Договор заключаем по оферте на сайте, а если нужен подписанный экземпляр — отправим через ЭДО. Всё оформление занимает 1-2 рабочих дня.⟧

    Хорошего дня,
    Алексей
    Беркут CRM

    Номер обращения: 812-304417
    Это письмо отправлено из системы поддержки. Отвечайте прямо на него.
    """), client="none", fmt="alt", cte="base64", subject="[#812-304417] Тарифы и договор",
  hdr=[("Message-ID", "<od-812-304417-{H}@berkut-crm.example.ru>")], irt=False,
  note="Omnidesk-like agent answer, multipart/alternative base64, subject rewritten with ticket number, no In-Reply-To")

M("hde-zayavka", "human", "ru", S, ("Интернет-магазин Зайка", "shop@zayka-toys.example.ru"), dd("""
    Заявка №20481: Самовывоз сегодня
    Ответ сотрудника: Кирилл Мазур
    ---------------------------------------------

    ⟦Добрый день!
    Пункт самовывоза работает с 11 до 20. Заказ на сайте оформляется за минуту, но если хотите, помогу: назовите игрушки и удобное время. Курьером сегодня доставить сможем по Екатеринбургу — до 21:00, стоимость 290 ₽.⟧

    ---------------------------------------------
    Чтобы ответить, просто ответьте на это письмо. История заявки доступна в личном кабинете.
    """), client="php", cte="8bit", subject="Заявка №20481: Самовывоз сегодня", irt=False,
  hdr=[("Auto-Submitted", "auto-generated")],
  note="HelpDeskEddy-like chrome (ticket title, agent line, footer), Auto-Submitted, PHPMailer")

M("okdesk-comment", "human", "ru", V, ("Okdesk — ИТ-Сервис Плюс", "desk@itservis-plus.example.ru"), dd("""
    Новый комментарий к заявке №3307 «Тарифы и договор»
    Автор: Вероника Гусева, 7 декабря 2026, 15:40

    ⟦Анатолий, здравствуйте. Абонентское обслуживание: до 10 рабочих мест — 18 000 ₽/мес., до 25 — 39 000 ₽/мес., разовый выезд — 2 500 ₽. Сначала бесплатный аудит, после него присылаем договор, подписываем в ЭДО. На всё уходит около 5 рабочих дней.⟧

    ———
    Ответьте на это письмо, чтобы добавить комментарий к заявке.
    Заявка №3307 · Статус: В работе
    """), client="none", fmt="alt", html_style="plain", cte="quoted-printable",
  subject="Заявка №3307: новый комментарий", irt=False, hdr=[("Precedence", "bulk")],
  note="Okdesk-like comment notification written by an agent, Precedence: bulk, subject rewritten")

M("poluchili-no-otvetili", "human", "ru", S, ("Дмитрий Ким", "kim@chayhona-dostavka.example.ru"), dd("""
    ⟦Анатолий, добрый день! Письмо получили. Самовывоз у нас до 18:00. По заказу на сегодня уточню у склада, что есть в наличии, и напишу до обеда.⟧

    Дмитрий

    {Q}
    """), client="mailru", fmt="html", html_style="mailru", cte="base64", quote_style="mailru",
  note="Mail.ru HTML-only base64, a person's 'получили' note that does answer the hours (human), lone name")

M("yandex-mob-short", "human", "ru", S, ("Олеся", "olesya.vkusno@yandex-mail.example.ru"), dd("""
    ⟦Добрый день. До 21:00 ежедневно.⟧

    Отправлено из мобильной Яндекс Почты

    {Q}
    """), client="yandex_mob", cte="base64", quote_style="yandex",
  note="Yandex mobile, base64, short answer, device line")

M("outlook-long-1251", "human", "ru", V, ("Гордеева Инна Павловна", "gordeeva@bux-profi.example.ru"), dd("""
    ⟦Анатолий, добрый день!

    Благодарим за обращение. Кратко по вашим вопросам.

    1. Тарифы. Бухгалтерское сопровождение ООО на УСН: до 30 операций в месяц — 9 500 руб., до 100 операций — 16 000 руб., свыше — индивидуально. Для ИП без сотрудников — 4 500 руб. в месяц. Кадровый учёт добавляется за 900 руб. за сотрудника.

    2. Договор. Мы высылаем проект договора и анкету; после вашего согласования подписываем договор в ЭДО или на бумаге в офисе. Затем вы передаёте доступы к банку и 1С.

    3. Сроки. Подписание договора — 1–2 рабочих дня, приём документов и ввод остатков — ещё до 5 рабочих дней.

    Если удобнее обсудить голосом, я на связи с 9 до 18.⟧

    С уважением,
    Гордеева Инна Павловна
    руководитель клиентского отдела
    ООО «Бух-Профи»
    т. +7 (383) 300-12-12

    ВНИМАНИЕ: Данное сообщение и все приложения к нему могут содержать конфиденциальную информацию и предназначены исключительно для адресата. Если вы не являетесь адресатом, уведомите отправителя и удалите сообщение. Любое использование информации третьими лицами запрещено.

    {Q}
    """), client="outlook", cs="windows-1251", cte="base64", quote_style="orig_ru", tzh=7,
  note="Outlook, windows-1251 base64, long numbered answer, «-----Исходное сообщение-----» quote, legal disclaimer")

M("mailru-partial", "human", "ru", S, ("Наталья Сомова", "n.somova@mebel-ugol.example.ru"), dd("""
    ⟦Здравствуйте, Анатолий!
    Склад самовывоза работает с 9 до 18 по будням. По доставке на сегодня уточню у логистов и вернусь к вам в течение часа.⟧

    --
    Наталья Сомова
    «Мебельный угол»

    {Q}
    """), client="mailru", fmt="alt", html_style="mailru", cte="base64", quote_style="mailru",
  note="Mail.ru multipart/alternative, partial answer (hours only, delivery promised later)")

M("android-typos", "human", "ru", S, ("Руслан Ахметов", "ruslan.shinservis@gmail-like.example"), dd("""
    ⟦здравствуйте. самовывоз до 7 вечера, заказ оформить можно на сайте или скиньте список сюда соберем. доставка сегодня по городу 300р если до 16 оформите⟧

    {Q}
    """), client="gmail", cte="base64", quote_style="android_ru",
  note="Gmail Android, base64, lower-case with typos, no signature, Android-style attribution")

M("roundcube-percent", "human", "ru", V, ("Отдел по работе с клиентами", "clients@platezh-shluz.example.ru"), dd("""
    ⟦Добрый день!
    Тариф один: 2,5% с оборота, но не меньше 1 500 руб. в месяц. Договор-оферта принимается при регистрации в личном кабинете, проверка документов и подключение занимают 1 рабочий день.⟧

    --
    Отдел по работе с клиентами
    «ПлатёжШлюз»

    {Q}
    """), client="roundcube", cte="quoted-printable", quote_style="roundcube",
  note="Roundcube, QP, department signature after '--', Roundcube attribution")

M("manager-forwarded-answer", "human", "ru", V, ("Павел Лавров", "p.lavrov@skladmaster.example.ru"), dd("""
    ⟦Анатолий, добрый день!
    Коллеги переслали мне ваш вопрос, отвечаю. Хранение — от 450 ₽ за паллето-место в месяц, обработка заказа — 35 ₽. Договор типовой, пришлю его на согласование, как только получу реквизиты; подписание через ЭДО. Запуститься можно за 3 рабочих дня.⟧

    Павел Лавров
    руководитель отдела продаж, «СкладМастер»
    +7 (495) 010-66-03

    {Q}
    """), client="yandex", cte="8bit", quote_style="fwd_ru",
  note="Yandex, answer above a «Пересылаемое сообщение» block with the question, name/position lines")

M("apple-ru-services", "human", "ru", V, ("Мария Трофимова", "maria@studio-pixel.example.ru"), dd("""
    ⟦Анатолий, здравствуйте!

    Сайт-визитка у нас стоит от 45 000 ₽, интернет-магазин — от 120 000 ₽, поддержка после запуска 7 000 ₽ в месяц.

    Работаем по договору: созваниваемся, я присылаю бриф и смету, после согласования подписываем договор (можно через ЭДО) и вы вносите предоплату 50%. Подписать реально за 2–3 рабочих дня, сама разработка сайта-визитки — около 15 рабочих дней.⟧

    Мария Трофимова
    Studio Pixel

    {Q}
    """), client="apple", fmt="alt", html_style="apple", cte="quoted-printable", quote_style="apple_ru",
  note="Apple Mail macOS, multipart/alternative QP, lone name + company signature")

M("banner-lone-name", "human", "ru", S, ("Ольга", "olga@cvetochnaya-lavka.example.ru"), dd("""
    ⟦Здравствуйте! Сегодня работаем до 19:00. Доставка сегодня возможна, если закажете до 15:00 — оформить можно на сайте или ответом на это письмо. Хорошего дня!⟧

    Ольга

    🎄 Новогодние букеты со скидкой до 20% — только до 25 декабря!
    Цветочная лавка · ул. Садовая, 17 · +7 (861) 200-17-17

    {Q}
    """), client="gmail", fmt="alt", html_style="gmail", cte="base64", quote_style="gmail_ru",
  note="Gmail, base64 alternative, closing pleasantry kept, lone name then promo banner with emoji")

M("jira-sm-ru", "human", "ru", V, ("Поддержка ОблакоДок (Jira)", "jira@oblakodoc.example.ru"), dd("""
    —-—-—-—
    Ответьте над этой строкой.

    Ирина Белых ответила на ваш запрос.

    ⟦Добрый день, Анатолий!
    Тарифы: «Базовый» 12 000 ₽ в год, «Профи» 36 000 ₽ в год, «Корпоративный» — от 90 000 ₽. Договор заключаем по оферте либо, если нужен двусторонний, отправляем через ЭДО. Подключение занимает 2 рабочих дня.⟧

    Просмотреть запрос · Отключить уведомления
    Это сообщение отправлено Jira Service Management.
    SUP-4471
    """), client="none", fmt="alt", cte="quoted-printable", subject="SUP-4471 Тарифы и договор",
  hdr=[("Message-ID", "<JIRA.108214.{TS}000.2210.{TS}123@Atlassian.JIRA>"),
       ("X-JIRA-FingerPrint", "3f9c5b1e0d2a4e7b8c6f1a2d3e4b5c6d"), ("Auto-Submitted", "auto-generated"),
       ("Precedence", "bulk")], irt=False,
  note="Jira Service Management agent comment, fingerprint header, Auto-Submitted, chrome above and below")

M("form-probe-stroy", "human", "ru", S, ("СтройМаркет-Юг", "no-reply@stroymarket-yug.example.ru"), dd("""
    ⟦Анатолий, здравствуйте!
    Отвечаем на ваш вопрос с сайта. Пункт самовывоза в Краснодаре (ул. Уральская, 99) работает с 8 до 20, в воскресенье до 18. Заказ можете оформить в корзине на сайте, а если нужна помощь — ответьте на это письмо списком товаров, менеджер соберёт заказ. Доставка сегодня — при заказе до 14:00.⟧

    Менеджер Евгения

    Ваше обращение:
    {F}
    """), client="php", cte="quoted-printable", subject="Ответ на ваше обращение с сайта", plus=True,
  reply_to="zakaz@stroymarket-yug.example.ru",
  note="form probe, plus-address, no In-Reply-To, no-reply sender with Reply-To, form echo below")

M("galaxy-short", "human", "ru", S, ("Антон Рябов", "a.ryabov@fishing-day.example.ru"), dd("""
    ⟦Анатолий, до 18 работаем. Заказ можете оформить на сайте, доставка сегодня по городу будет, если закажете до 14.⟧

    Отправлено с моего Galaxy

    -------- Исходное сообщение --------
    От: Анатолий Смирнов <anatoly@shopper.example>
    Дата: 07.12.2026 11:03 (GMT+03:00)
    Кому: {COMPANY}
    Тема: Самовывоз сегодня

    Здравствуйте!
    До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.

    Анатолий Смирнов
    """), client="none", cte="base64",
  note="Samsung mail, device line, «-------- Исходное сообщение --------» block")

M("ticket-operator-otvet", "human", "ru", V, ("Тех. поддержка Хостория", "tickets@hostoria.example.ru"), dd("""
    Здравствуйте!

    По вашей заявке [#55120] получен ответ оператора:

    ========================================
    ⟦Анатолий, добрый день. Виртуальный хостинг — от 149 руб./мес., VPS — от 590 руб./мес. Договор для юрлиц заключается через личный кабинет (оферта) или по ЭДО, оформление занимает 1 рабочий день.⟧
    ========================================

    Оператор: Сергей Н.
    Оценить ответ: https://hostoria.example.ru/tickets/55120/rate
    """), client="none", cs="koi8-r", cte="8bit", subject="[#55120] Тарифы и договор - ответ", irt=False,
  hdr=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "TicketCore 3.4")],
  note="home-made ticket system, koi8-r 8bit, template greeting is chrome, operator's words between rules")

M("outlook-ish-1251-8bit", "human", "ru", S, ("Зоя Белкина", "belkina@kanctovary-centr.example.ru"), dd("""
    ⟦Добрый день!
    Самовывоз с 9 до 18, сб-вс выходной. Сегодня доставить уже не успеем, ближайшая доставка — завтра с 10 до 14. Оформить заказ можно ответным письмом: ФИО, адрес, телефон и список товаров.⟧

    Белкина Зоя
    менеджер
    «Канцтовары-Центр»
    тел./факс (4852) 30-40-50

    {Q}
    """), client="outlook", cs="windows-1251", cte="8bit", quote_style="orig_ru",
  note="Outlook windows-1251 8bit, answer says 'not today', «-----Исходное сообщение-----» quote")


# ==============================================================================================================
# human, English
# ==============================================================================================================

M("gmail-en-plans", "human", "en", V, ("Priya Natarajan", "priya@ledgerloop.example"), dd("""
    ⟦Hi Anatoly,

    Thanks for reaching out! Our plans are Starter at 1 900 ₽ per month, Growth at 4 500 ₽ per month and Scale from 11 000 ₽ per month; payment processing on top is 2.1% per transaction.

    The contract is a standard order form that we sign electronically (we also work through ЭДО with Russian entities). Once we have your company details it usually takes 2 business days to get you live.

    Happy to jump on a quick call if that helps.⟧

    Best,
    Priya

    Priya Natarajan | Account Executive
    LedgerLoop · ledgerloop.example

    {Q}
    """), client="gmail", fmt="alt", html_style="gmail", cte="quoted-printable", quote_style="gmail_en", tzh=0,
  note="Gmail web, multipart/alternative QP, 'Best,' valediction, English Gmail attribution")

M("outlook-en-pickup", "human", "en", S, ("Lukas Brenner", "lukas.brenner@nordic-gear.example"), dd("""
    ⟦Dear Anatoly,

    Our Moscow pickup point (Leninsky prospekt 30, entrance 2) is open until 8 pm on weekdays and until 6 pm on weekends. I can place the order for you — just send me the item numbers and a phone number for the courier. Same-day delivery within the Moscow ring road is available for orders confirmed before 2 pm.⟧

    Kind regards,

    Lukas Brenner
    Customer Service Team Lead
    Nordic Gear GmbH
    T +49 30 5550 1234

    This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised use or disclosure is prohibited.

    {Q}
    """), client="outlook_en", cte="quoted-printable", quote_style="outlook_en", tzh=1,
  note="Outlook desktop (en), underscore line + From/Sent/To/Subject block, long disclaimer")

M("zendesk-en-agent", "human", "en", S, ("Brightbox Support", "support@brightbox-store.example"), dd("""
    ##- Please type your reply above this line -##

    Your request (80417) has been updated. To add additional comments, reply to this email.
    ----------------------------------------------

    Hannah (Brightbox)

    Dec 7, 2026, 12:31 GMT+3

    ⟦Hi Anatoly,

    Our pickup counter is open until 9 pm every day. If you tell me what you'd like I can set up the order for you and send a payment link. Same-day courier delivery is possible for orders paid by 4 pm.⟧

    Cheers,
    Hannah

    ----------------------------------------------

    Анатолий Смирнов

    Dec 7, 2026, 11:05 GMT+3

    Здравствуйте!
    До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.

    Анатолий Смирнов

    This email is a service from Brightbox Support.
    [Q7RW3M-8K2D]
    """), client="none", fmt="alt", cte="quoted-printable", subject="[Brightbox Support] Re: Самовывоз сегодня",
  hdr=[("Message-ID", "<Q7RW3M8K2D_{H}_sprut@zendesk.com>"), ("X-Mailer", "Zendesk Mailer"),
       ("X-Zendesk-From-Account-Id", "1b0e77c"), ("X-Zendesk-Email-Id", "01JEQ7A1C3N5P7R9T1V3X5Z7B9"),
       ("Auto-Submitted", "auto-generated")], irt=False, tzh=0,
  note="Zendesk agent answer with Zendesk headers and Auto-Submitted: auto-generated; history below")

M("freshdesk-en-agent", "human", "en", V, ("Vectra Cloud Support", "support@vectracloud.example"), dd("""
    ⟦Hello Anatoly,

    Thank you for contacting Vectra Cloud.

    Pricing: the Team plan is 3 000 ₽ per user per year, Business is 5 400 ₽ per user per year; volume discounts start at 50 seats (10%).
    Contract: you accept our online terms when you subscribe; if your legal team needs a signed agreement we send it via DocuSign or ЭДО.
    Timing: account setup is immediate, a signed agreement typically takes 3 working days.⟧

    Regards,
    Tomás
    Vectra Cloud Customer Success
    """), client="none", fmt="alt", cte="base64", subject="Re: [#40711] Тарифы и договор",
  hdr=[("Message-ID", "<{H}.40711.{TS}@vectracloud.freshdesk.com>"),
       ("Reply-To", "support@vectracloud.freshdesk.com")], irt=False, tzh=0,
  note="Freshdesk agent reply, freshdesk.com in Message-ID and Reply-To, '[#N]' subject, no quote")

M("helpscout-en", "human", "en", V, ("Mara from Quillbase", "help@quillbase.example"), dd("""
    ⟦Hi Anatoly,

    Thanks for the note! Quillbase costs 2 200 ₽ per month for up to 5 editors, and 390 ₽ for each additional editor. There's no separate contract for that plan — our terms of service apply when you subscribe. If you need a signed contract and invoice payment (Business plan), we'll send the paperwork and it normally takes 4 working days end to end.

    Let me know if anything else comes up!⟧

    Mara
    Customer Happiness · Quillbase
    """), client="none", fmt="alt", cte="quoted-printable", subject="Re: Тарифы и договор",
  hdr=[("Message-ID", "<reply-81920-{H}@helpscout.net>")], tzh=-5,
  note="Help Scout agent reply, helpscout.net Message-ID, closing pleasantry before lone name")

M("intercom-en-html", "human", "en", S, ("Jonas at Kettle&Co", "hello@kettleco.example"), None,
  html_body=dd("""
    <html><head><style>.intercom-container p{margin:0 0 10px}</style></head>
    <body><div class="intercom-container" style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
    <p>⟦Hey Anatoly 👋⟧</p>
    <p>⟦Our pickup point closes at 7&nbsp;pm today (Mon–Sat 10&nbsp;am–7&nbsp;pm). I can place the order for you right here in this chat — just tell me which items. Same-day delivery in Saint Petersburg is available until 3&nbsp;pm.⟧</p>
    <p style="color:#8a8a8a;font-size:12px">Jonas · Kettle&amp;Co</p>
    <hr style="border:none;border-top:1px solid #eee">
    <p style="color:#b0b0b0;font-size:11px">Reply to this email to continue the conversation.<br>
    <a href="https://kettleco.example/unsubscribe">Unsubscribe from our emails</a> · We run on Intercom</p>
    </div></body></html>
    """), fmt="html", client="none", cte="quoted-printable", subject="Re: Самовывоз сегодня",
  hdr=[("Message-ID", "<intercom-convo-{H}-{TS}@intercom-mail.com>"),
       ("Reply-To", "Kettle&Co <reply+{H}@intercom-mail.com>")], tzh=0,
  note="Intercom HTML-only, intercom-mail.com Message-ID, emoji greeting, footer chrome")

M("hubspot-en", "human", "en", V, ("Ethan Cole", "ethan.cole@fleetwise.example"), dd("""
    ⟦Hi Anatoly,

    Great question. FleetWise is priced per vehicle: 450 ₽ per vehicle per month on Essentials and 790 ₽ on Pro, billed annually. To sign up we send a short order form plus our master agreement; most customers sign within 2 business days and we onboard you the following week.⟧

    Thanks,
    Ethan Cole
    Sales Development · FleetWise
    Book time with me: meetings.fleetwise.example/ethan

    {Q}
    """), client="none", fmt="alt", html_style="gmail", cte="quoted-printable", quote_style="gmail_en",
  hdr=[("Message-ID", "<{TS}.{H}@fleetwise.example>"), ("X-HubSpot-Conversations", "thread 5531")], tzh=-5,
  note="HubSpot conversations reply, meeting-link signature, Gmail-like quote")

M("kayako-en", "human", "en", V, ("Oakridge Hosting Helpdesk", "helpdesk@oakridge-hosting.example"), dd("""
    --- Please reply above this line ---

    ⟦Hi Anatoly,

    Shared hosting starts at 190 ₽/month, VPS plans at 690 ₽/month and dedicated servers at 6 900 ₽/month. We work on a public offer (оферта) accepted at checkout; a paper contract for companies is signed in 1 business day after you send your details.⟧

    Kind regards,
    Nadia R.
    Oakridge Hosting Support

    Ticket ID: KZX-482-19027
    Department: Sales
    Priority: Normal
    Status: Awaiting reply
    """), client="none", cte="8bit", subject="[#KZX-482-19027]: Тарифы и договор", irt=False,
  hdr=[("X-Mailer", "Kayako Fusion")],
  note="Kayako-like agent reply, reply-above marker and ticket footer")

M("iphone-en-short", "human", "en", S, ("Mia Santos", "mia@surfbox-shop.example"), dd("""
    ⟦Yes, open till 8pm today. Order online and pick it up or we can courier it today.⟧

    Sent from my iPhone

    {Q}
    """), client="iphone", cte="quoted-printable", quote_style="iphone_en", tzh=0,
  note="iPhone, short answer, device line, iPhone attribution")

M("tb-en-inline", "human", "en", S, ("Oliver Grant", "oliver@teaharbour.example"), dd("""
    ⟦Hello Anatoly,

    answers inline below.⟧

    {PDATE}, Анатолий Смирнов wrote:
    > Здравствуйте!
    > До скольки работает пункт самовывоза?

    ⟦Until 6 pm, Monday to Saturday.⟧

    > Помогите оформить заказ!

    ⟦Sure - reply with the teas you want and I'll put the order together.⟧

    > Мне нужно организовать доставку сегодня.

    ⟦Same-day delivery works for orders placed before noon, so today it's still possible.⟧

    --
    Oliver Grant
    Tea Harbour
    """), client="thunderbird", cte="7bit", tzh=0,
  note="Thunderbird, inline answers, greeting and answers kept, '--' signature")

M("ooo-en-answers", "human", "en", V, ("Sofia Marsh", "sofia.marsh@brandwell.example"), dd("""
    ⟦Thank you for your email. I'm out of the office until 14 December with limited access to email.

    If you're asking about pricing: our retainer packages start at 60 000 ₽ per month, project work from 150 000 ₽. We sign a framework contract and a statement of work for each project; paperwork usually takes 5 working days.

    For anything urgent please call +44 20 5550 0199.⟧

    Sofia
    """), client="outlook365", subject="Automatic reply: Тарифы и договор",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "sofia.marsh@brandwell.example"),
       ("X-Auto-Response-Suppress", "All")], tzh=0,
  note="Exchange out-of-office that also answers the question (so human), Automatic reply subject")

M("apple-en-long", "human", "en", V, ("Claire Dubois", "claire@atelier-numerique.example"), dd("""
    ⟦Hello Anatoly,

    Thanks for getting in touch.

    We have two ways of working. A fixed-price project (landing page from 80 000 ₽, online shop from 240 000 ₽) or a monthly retainer of 95 000 ₽ for 40 hours.

    The contract is simple: after a short call I send a proposal, you confirm, we sign a service agreement (electronic signature is fine) and you pay a 30% deposit. Getting everything signed takes about 3 working days; we can start the week after.

    I hope this helps — do tell me a little about your project.⟧

    All the best,
    Claire Dubois
    Atelier Numérique, Paris
    +33 1 55 50 12 34

    {Q}
    """), client="apple", fmt="alt", html_style="apple", cte="quoted-printable", quote_style="apple_en", tzh=1,
  note="Apple Mail, multipart/alternative, multi-paragraph, 'All the best,' valediction")

M("owa-en-got-it", "human", "en", S, ("Sam Whitaker", "sam@greenleaf-plants.example"), dd("""
    ⟦Hi Anatoly — got your email. We're open till 7pm. Tell me which plants you need and your address, and I'll place the order and book a courier for this evening.⟧

    Sam
    Greenleaf Plants

    {Q}
    """), client="outlook365", fmt="alt", html_style="outlook", cte="quoted-printable", quote_style="outlook_en", tzh=0,
  note="Outlook on the web, Word-style HTML alternative, 'got your email' that also answers")

M("jira-en-comment", "human", "en", V, ("Cobalt Service Desk", "servicedesk@cobalt-it.example"), dd("""
    —-—-—-—
    Reply above this line.

    Daniel Reyes commented:

    ⟦Hi Anatoly, managed IT support is 2 800 ₽ per workstation per month, servers 9 000 ₽ each. We send our service agreement for e-signature after a free audit; the whole thing takes 5 business days.⟧

    View request · Turn off this request's notifications

    This is shared with Анатолий Смирнов.

    Help Center, powered by Jira Service Management, sent you this message.
    """), client="none", fmt="alt", cte="quoted-printable", subject="CSD-2218 Тарифы и договор", irt=False,
  hdr=[("Message-ID", "<JIRA.55702.{TS}000.9931.{TS}456@Atlassian.JIRA>"),
       ("X-JIRA-FingerPrint", "a81d33cc9f0e4b27b6d1e52f07c94e11"), ("Auto-Submitted", "auto-generated"),
       ("Precedence", "bulk")], tzh=0,
  note="Jira Service Management 'X commented' with vendor headers, Auto-Submitted, Precedence: bulk")

M("android-en-galaxy", "human", "en", S, ("Kemal Aydın", "kemal@anatolia-bazaar.example"), dd("""
    ⟦Hi, we close 9pm. Delivery today ok if you order on website before 5pm⟧

    Sent from my Galaxy

    {Q}
    """), client="gmail", cte="base64", quote_style="gmail_en", tzh=3,
  note="Android, terse English, device line, Gmail-like quote")

M("outlook-ios-en", "human", "en", V, ("Rachel Kim", "rachel.kim@paylane-asia.example"), dd("""
    ⟦Hi Anatoly - our standard rate is 2.4% per transaction, no monthly fee. Sign up online, contract is the click-through merchant agreement, approval in 2 business days. Happy to send the PDF.⟧

    Get Outlook for iOS

    {Q}
    """), client="outlook_ios", fmt="alt", html_style="outlook", cte="quoted-printable", quote_style="outlook_mob_en",
  tzh=8, note="Outlook for iOS, 'Get Outlook for iOS' device line, From/Sent block without underscore line")

M("form-probe-en", "human", "en", S, ("Harbor Bikes", "noreply@harborbikes.example"), dd("""
    ⟦Hi Anatoly,

    Thanks for your message through our website. The pickup point is open 10:00–20:00 every day. I can place the order for you: reply with the bike model and size and I'll send an invoice. Delivery today is possible within the city if paid before 15:00.⟧

    Best regards,
    Luca, Harbor Bikes

    --- Your message ---
    {F}
    """), client="php", cte="quoted-printable", subject="Your enquiry on harborbikes.example", plus=True,
  reply_to="sales@harborbikes.example", tzh=1,
  note="form probe, plus-address, no In-Reply-To, form echo below the signature")


# ==============================================================================================================
# redirect, Russian
# ==============================================================================================================

M("zvonite-telefon", "redirect", "ru", S, ("Татьяна Волкова", "volkova@santeh-dvor.example.ru"), dd("""
    ⟦Здравствуйте. Для оформления заказа позвоните, пожалуйста, по телефону +7 (495) 010-22-33.⟧

    С уважением, Татьяна

    {Q}
    """), client="outlook", cte="quoted-printable", quote_style="outlook_ru",
  note="Outlook, call-us redirect, one-line valediction with name")

M("vezhlivyi-mnogo-abzacev", "redirect", "ru", S, ("Елизавета Громова", "e.gromova@uyutny-dom.example.ru"), dd("""
    ⟦Добрый день, Анатолий!

    Спасибо, что выбрали наш магазин, нам очень приятно.

    К сожалению, по электронной почте мы не принимаем заказы и не консультируем по наличию и срокам — это связано с тем, что остатки на складе меняются очень быстро и мы не хотим вводить вас в заблуждение.

    Пожалуйста, напишите нашим консультантам в чат на сайте (значок в правом нижнем углу) или позвоните на горячую линию 8 800 000-45-45 — там вам быстро всё подскажут и помогут.

    Будем рады видеть вас среди наших покупателей!⟧

    С наилучшими пожеланиями,
    Елизавета Громова
    специалист по работе с обращениями
    «Уютный дом» — товары для дома с 2009 года

    {Q}
    """), client="outlook", fmt="alt", html_style="outlook", cte="base64", quote_style="outlook_desk_ru2",
  note="polite multi-paragraph redirect to site chat and hotline, no answer; Outlook Word HTML")

M("otdel-prodazh-adres", "redirect", "ru", V, ("Бухгалтерия ТрансЛайн", "buh@transline-log.example.ru"), dd("""
    ⟦Добрый день!
    Это почта бухгалтерии. Вопросы по тарифам и договорам решает отдел продаж: sales@transline-log.example.ru. Напишите им, пожалуйста, они ответят.⟧

    --
    Бухгалтерия ООО «ТрансЛайн»
    """), client="thunderbird", cte="8bit",
  note="redirect to another department's address, no quote, '--' signature")

M("whatsapp-telegram", "redirect", "ru", S, ("Арина", "arina@kosmetika-lab.example.ru"), dd("""
    ⟦Анатолий, здравствуйте! 🌸
    Напишите нам, пожалуйста, в WhatsApp +7 (999) 010-40-40 или в Telegram @kosmetika_lab_bot — там мы отвечаем быстрее и сразу оформим всё, что нужно.⟧

    Арина, Kosmetika Lab

    {Q}
    """), client="iphone", cte="base64", quote_style="apple_ru",
  note="redirect to WhatsApp/Telegram, emoji, iPhone")

M("ostavte-zayavku", "redirect", "ru", V, ("Менеджер ЛифтСервис", "info@liftservis.example.ru"), dd("""
    ⟦Добрый день. Оставьте, пожалуйста, заявку на нашем сайте liftservis.example.ru в разделе «Стать клиентом» — менеджер свяжется с вами в течение дня.⟧

    ООО «ЛифтСервис»
    8 (800) 000-12-03
    """), client="php", cte="quoted-printable",
  note="'leave a request on the site', company block as signature, no quote")

M("ceny-individualnye", "redirect", "ru", V, ("Алексей Пахомов", "pakhomov@okna-prestige.example.ru"), dd("""
    ⟦Анатолий, добрый день.
    Цены у нас индивидуальные и зависят от объёма, поэтому по почте назвать не можем. Оставьте, пожалуйста, номер телефона — менеджер вам перезвонит и всё расскажет.⟧

    Пахомов Алексей
    «Окна Престиж»

    {Q}
    """), client="mailru", fmt="alt", html_style="mailru", cte="base64", quote_style="mailru",
  note="'prices are individual, a manager will call', Mail.ru alternative")

M("bounce-forward-new-address", "redirect", "ru", S, ("Лариса Мухина", "muhina@zoomir-opt.example.ru"), dd("""
    ⟦Анатолий, добрый день!
    Ваше письмо пришло к нам только как уведомление о недоставке — ящик info@zoomir-opt.example.ru больше не работает. Пишите, пожалуйста, на zakaz@zoomir-opt.example.ru, там вам ответят по самовывозу и заказу.⟧

    Лариса

    -------- Пересылаемое сообщение --------
    07.12.2026, 11:20, "Mail Delivery System" <MAILER-DAEMON@mx.zoomir-opt.example.ru>:

    This is the mail system at host mx.zoomir-opt.example.ru.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients.

    <info@zoomir-opt.example.ru>: user unknown

    -------- Конец пересылаемого сообщения --------
    """), client="yandex", cte="8bit", subject="Fwd: Undelivered Mail Returned to Sender", irt=False,
  company="info@zoomir-opt.example.ru",
  note="employee forwards a bounce and names another address to write to (redirect)")

M("usedesk-chat", "redirect", "ru", S, ("Поддержка ВелоСклад", "help@velosklad.example.ru"), dd("""
    ## Пожалуйста, пишите ответ выше этой строки ##

    ⟦Здравствуйте!
    По вопросам заказа и самовывоза обратитесь, пожалуйста, в онлайн-чат на сайте velosklad.example.ru — операторы на связи с 9 до 21.⟧

    Спасибо за обращение!
    Команда ВелоСклад

    --------------------------------
    Обращение №77104
    """), client="none", cte="quoted-printable", subject="[#77104] Re: Самовывоз сегодня", irt=False,
  hdr=[("Auto-Submitted", "auto-generated"), ("Message-ID", "<usd.77104.{H}@velosklad.example.ru>")],
  note="helpdesk redirect to site chat (hours given are the chat's), Auto-Submitted, «Спасибо за обращение!» as sign-off")

M("tolko-nomer", "redirect", "ru", S, ("Магазин Электрон", "electron-shop@mail-like.example.ru"), dd("""
    ⟦8 800 000-41-17⟧

    --
    Магазин «Электрон»
    """), client="mailru", cte="base64",
  note="answer is only a phone number")

M("peredano-v-prodazhi", "redirect", "ru", V, ("Офис-менеджер", "office@cifrovoy-most.example.ru"), dd("""
    ⟦Здравствуйте, Анатолий!
    Ваше письмо передано в отдел продаж, с вами свяжутся в ближайшее время.⟧

    С уважением,
    офис-менеджер ООО «Цифровой мост»

    {Q}
    """), client="outlook", cs="windows-1251", cte="quoted-printable", quote_style="orig_ru",
  note="'forwarded to sales, they will contact you', windows-1251, «-----Исходное сообщение-----»")

M("tolko-marketplace", "redirect", "ru", S, ("Шерсть и Пряжа", "shop@sherst-pryazha.example.ru"), dd("""
    ⟦Добрый день! Мы продаём только через маркетплейсы, своего пункта самовывоза нет. Заказ можно оформить на нашей странице на Ozon или Wildberries — ищите «Шерсть и Пряжа».⟧

    Отправлено из мобильной Почты Mail.ru
    """), client="mailru", cte="base64",
  note="redirect to marketplace store page, Mail.ru mobile device line, no quote")

M("vk-soobshcheniya", "redirect", "ru", S, ("Пекарня Колосок", "kolosok.pekarnya@yandex-like.example.ru"), dd("""
    ⟦Здравствуйте! Заказы принимаем в сообщениях группы ВКонтакте: vk.com/kolosok_pekarnya. Напишите туда, пожалуйста 🙂⟧

    {Q}
    """), client="yandex", fmt="alt", html_style="yandex", cte="base64", quote_style="yandex",
  note="redirect to VK community messages, no signature")

M("adres-ne-prinimaet", "redirect", "ru", S, ("noreply", "noreply@optika-vzor.example.ru"), dd("""
    ⟦Анатолий, добрый день.
    Этот адрес не принимает заказы. Пишите, пожалуйста, на order@optika-vzor.example.ru или звоните +7 (3412) 50-60-70.⟧

    Оптика «Взор», администратор сайта

    {Q}
    """), client="roundcube", cte="quoted-printable", quote_style="roundcube",
  note="'this address does not take orders', written by a person, another address + phone")

M("thebat-koi8-redirect", "redirect", "ru", V, ("Геннадий Сорокин", "sorokin@teplo-montazh.example.ru"), dd("""
    ⟦Здравствуйте, Анатолий.⟧

    {Q}

    ⟦По таким вопросам звоните в рабочее время, с 9 до 17, тел. (4722) 33-44-55, спросите Ольгу.⟧

    -- 
    С уважением,
     Геннадий                          mailto:sorokin@teplo-montazh.example.ru
    """), client="thebat", cs="koi8-r", cte="8bit", quote_style="thebat",
  note="The Bat!, koi8-r, call-in-working-hours redirect (the hours are the phone's)")

M("regionalnyi-diler", "redirect", "ru", S, ("Ирина Захарова", "zakharova@dachnik-pro.example.ru"), dd("""
    ⟦Добрый день, Анатолий!
    Мы производитель и напрямую розничным покупателям не продаём. В вашем городе нашу продукцию можно купить у официального дилера «Садовод-Плюс», контакты на странице dachnik-pro.example.ru/dealers — обратитесь к ним, пожалуйста.⟧

    С уважением,
    Ирина Захарова
    отдел маркетинга
    ООО «Дачник Про»
    ___________________________
    Данное письмо не является офертой.

    {Q}
    """), client="outlook", cte="quoted-printable", quote_style="outlook_ru",
  note="redirect to a regional dealer, disclaimer after the signature")

M("bitrix-brif", "redirect", "ru", V, ("Вадим Корнилов", "v.kornilov@promo-agentstvo.example.ru"), dd("""
    ⟦Анатолий, добрый день!
    Чтобы рассчитать стоимость и подготовить договор, заполните, пожалуйста, бриф на сайте promo-agentstvo.example.ru/brief. После этого с вами свяжется аккаунт-менеджер.⟧

    Вадим Корнилов
    Promo Agentstvo

    Отправлено из Битрикс24
    """), client="none", fmt="alt", cte="quoted-printable",
  hdr=[("Message-ID", "<crm.activity.11022.{H}@promo-agentstvo.example.ru>")],
  note="Bitrix24 CRM, redirect to a brief form, no quote")


# ==============================================================================================================
# redirect, English
# ==============================================================================================================

M("en-call-us", "redirect", "en", S, ("Nora Lindqvist", "nora@fjordhome.example"), dd("""
    ⟦Hi Anatoly,

    For orders and pickup questions please call our store team at +46 8 555 012 34 (Mon–Fri 9–18).⟧

    Best regards,
    Nora

    {Q}
    """), client="outlook_en", cte="quoted-printable", quote_style="orig_en", tzh=1,
  note="call-us redirect, -----Original Message----- quote")

M("en-pricing-custom", "redirect", "en", V, ("Jordan Blake", "jordan.blake@signalstack.example"), dd("""
    ⟦Hi Anatoly,

    Thanks for your interest in SignalStack! Our pricing is custom and depends on volume and integrations, so one of our sales reps will reach out to you shortly to learn more about your needs.

    In the meantime, feel free to book a slot directly: signalstack.example/demo⟧

    Cheers,
    Jordan
    --
    Jordan Blake | SDR | SignalStack

    {Q}
    """), client="gmail", fmt="alt", html_style="gmail", cte="quoted-printable", quote_style="gmail_en", tzh=-8,
  note="'pricing is custom, sales will reach out' + demo link, Gmail")

M("en-zendesk-sales", "redirect", "en", V, ("Parcelia Support", "support@parcelia.example"), dd("""
    ##- Please type your reply above this line -##

    Your request (30211) has been updated. To add additional comments, reply to this email.
    ----------------------------------------------

    Ahmed (Parcelia)

    Dec 7, 2026, 16:12 GMT+3

    ⟦Hello Anatoly,

    This inbox handles support for existing customers. For pricing and contracts please contact our sales team at sales@parcelia.example and they will be happy to help.⟧

    Best,
    Ahmed

    [X2MV8R-4ZQ1]
    """), client="none", fmt="alt", cte="quoted-printable", subject="[Parcelia Support] Re: Тарифы и договор",
  hdr=[("Message-ID", "<X2MV8R4ZQ1_{H}_sprut@zendesk.com>"), ("X-Mailer", "Zendesk Mailer"),
       ("X-Zendesk-From-Account-Id", "3d88e0f"), ("Auto-Submitted", "auto-generated")], irt=False, tzh=0,
  note="Zendesk agent redirect to sales address, Zendesk headers")

M("en-live-chat", "redirect", "en", S, ("Customer Care", "care@lumen-lighting.example"), dd("""
    ⟦Dear Anatoly,

    Thank you for contacting Lumen Lighting.

    Unfortunately we are unable to take orders or arrange deliveries by email. Our live chat on lumen-lighting.example is the quickest way to get help — our advisers are online every day and can take care of everything for you there.

    We appreciate your understanding.⟧

    Warm regards,
    The Customer Care Team
    Lumen Lighting Ltd.

    Lumen Lighting Ltd. is registered in England and Wales. This message may contain confidential information.
    """), client="none", fmt="html", html_style="outlook", cte="quoted-printable", tzh=0,
  note="polite multi-paragraph redirect to live chat, HTML-only, team valediction, disclaimer")

M("en-whatsapp", "redirect", "en", S, ("Diego Fernández", "diego@casa-tapas-deli.example"), dd("""
    ⟦Hi! Please message us on WhatsApp +34 600 555 012 or Telegram @casatapasdeli, we answer there much faster.⟧

    Sent from my iPhone
    """), client="iphone", cte="quoted-printable", tzh=1,
  note="WhatsApp/Telegram redirect, iPhone device line, no quote")

M("en-forwarded-team", "redirect", "en", V, ("Grace Okafor", "grace.okafor@brightpath-hr.example"), dd("""
    ⟦Hi Anatoly,

    I've forwarded your email to our partnerships team — someone will get back to you within a day or two.⟧

    Thanks,
    Grace

    Grace Okafor
    Office Manager | BrightPath HR

    {Q}
    """), client="outlook365", fmt="alt", html_style="outlook", cte="quoted-printable", quote_style="outlook_en", tzh=0,
  note="'forwarded to the right team', Outlook on the web")

M("en-bare-link", "redirect", "en", V, ("Ivo Petrov", "ivo@stacklane.example"), dd("""
    ⟦https://stacklane.example/pricing⟧

    --
    Ivo

    {Q}
    """), client="thunderbird", cte="7bit", quote_style="tb_en", tzh=2,
  note="answer is only a pricing link, '--' signature")

M("en-freshdesk-portal", "redirect", "en", V, ("Nimbus Desk", "support@nimbusdesk.example"), dd("""
    ⟦Hello Anatoly,

    Please submit your question through our customer portal at support.nimbusdesk.example under "Sales enquiry" so it reaches the right team.⟧

    Regards,
    Leena
    Nimbus Desk Support
    """), client="none", cte="quoted-printable", subject="Re: [#61877] Тарифы и договор", irt=False,
  hdr=[("Message-ID", "<{H}.61877.{TS}@nimbusdesk.freshdesk.com>"),
       ("Reply-To", "support@nimbusdesk.freshdesk.com")], tzh=5,
  note="Freshdesk agent redirect to a customer portal")

M("en-fill-form", "redirect", "en", S, ("Ben Carter", "ben@oakandstone-furniture.example"), dd("""
    ⟦Hello,
    We don't handle orders over email, sorry. Please fill out the order request form at oakandstone-furniture.example/order and our team will contact you.⟧

    Ben
    Oak & Stone Furniture

    {Q}
    """), client="apple", cte="quoted-printable", quote_style="apple_en", tzh=0,
  note="'fill out the form' redirect, Apple Mail")


# ==============================================================================================================
# ack, Russian
# ==============================================================================================================

M("usedesk-ack", "ack", "ru", S, ("Поддержка Домовёнок", "help@domovenok-dom.example.ru"), dd("""
    Здравствуйте!

    Ваше обращение №48219 зарегистрировано. Мы ответим вам в ближайшее время.

    Пожалуйста, не меняйте тему письма при ответе — так мы быстрее найдём историю переписки.

    Команда поддержки «Домовёнок»
    """), client="none", cte="base64", subject="[#48219] Ваше обращение зарегистрировано", irt=False,
  hdr=[("Auto-Submitted", "auto-replied")],
  note="Usedesk-like receipt with [#N] subject, Auto-Submitted, no vendor headers")

M("omnidesk-ack", "ack", "ru", V, ("Беркут CRM", "support@berkut-soft.example.ru"), dd("""
    -- Напишите ответ выше этой линии --

    Здравствуйте, Анатолий Смирнов!

    Мы получили ваше обращение и присвоили ему номер 812-304420. Специалист ответит в течение 4 рабочих часов.
    Режим работы поддержки: пн–пт, 9:00–18:00 (МСК).

    Номер обращения: 812-304420
    """), client="none", fmt="alt", cte="quoted-printable", subject="[#812-304420] Тарифы и договор", irt=False,
  note="Omnidesk-like receipt with working hours, no auto headers at all")

M("hde-ack-prinyata", "ack", "ru", S, ("Зоомагазин Барсик", "support@barsik-zoo.example.ru"), dd("""
    Заявка №20533 принята

    Уважаемый(ая) Анатолий Смирнов!
    Ваша заявка «Самовывоз сегодня» принята в работу. Ответ поступит на этот адрес.

    Отслеживать статус заявки: https://barsik-zoo.example.ru/helpdesk/ticket/20533
    """), client="php", cte="8bit", subject="Заявка №20533 принята", irt=False,
  note="HelpDeskEddy-like 'Заявка №N принята', PHPMailer, no auto headers")

M("okdesk-ack", "ack", "ru", V, ("Сервисный центр СкайТех", "desk@skytech-service.example.ru"), dd("""
    Добрый день!

    По вашему обращению создана заявка №3341 «Тарифы и договор».
    Мы свяжемся с вами в рабочее время: пн–пт с 8:00 до 17:00 (Екатеринбург, МСК+2).
    Срочные вопросы — по телефону +7 (343) 300-05-05.

    Это автоматическое уведомление, отвечать на него не нужно.
    """), client="none", cte="quoted-printable", subject="Создана заявка №3341", irt=False, tzh=5,
  hdr=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  note="Okdesk-like 'заявка создана' with working hours and a phone, Auto-Submitted")

M("bitrix-ack", "ack", "ru", S, ("Интернет-магазин Чайный Дом", "info@chaynyi-dom.example.ru"), dd("""
    Анатолий, здравствуйте!

    Спасибо за письмо! Ваше обращение принято и передано менеджеру. Мы ответим в рабочее время: ежедневно с 10:00 до 20:00.

    Чайный Дом
    """), client="none", fmt="alt", cte="base64", subject="Ваше обращение принято",
  hdr=[("Message-ID", "<crm.autoreply.{H}@chaynyi-dom.example.ru>")],
  note="Bitrix24-like CRM receipt that states opening hours (still ack), no auto headers")

M("bez-nomera-re", "ack", "ru", S, ("ОбувьМаркет", "zakaz@obuvmarket.example.ru"), dd("""
    Здравствуйте!
    Спасибо, ваше письмо получено. Мы ответим вам в течение 24 часов.
    Это письмо сформировано автоматически.
    """), client="none", cs="windows-1251", cte="8bit",
  note="receipt without a number, Re: subject, windows-1251, no vendor or auto headers")

M("ack-html-template", "ack", "ru", V, ("ЭкспрессПэй", "noreply@expresspay.example.ru"), None, html_body=dd("""
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Обращение принято</title></head>
    <body style="margin:0;background:#f4f5f7">
    <span style="display:none;font-size:1px;color:#f4f5f7">Мы получили ваш запрос</span>
    <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">
    <tr><td style="padding:24px;background:#1e5eff;color:#fff;font-size:20px">ЭкспрессПэй</td></tr>
    <tr><td style="padding:24px">Здравствуйте!<br><br>Ваш запрос <b>№ EP-2026-118304</b> принят. Персональный менеджер свяжется с вами в течение рабочего дня.<br><br>
    Пока вы ждёте, посмотрите <a href="https://expresspay.example.ru/faq">ответы на частые вопросы</a>.</td></tr>
    <tr><td style="padding:16px 24px;font-size:12px;color:#888">© 2026 ЭкспрессПэй. Письмо отправлено автоматически, не отвечайте на него.</td></tr>
    </table></td></tr></table></body></html>
    """), fmt="html", client="none", cte="base64", subject="Запрос № EP-2026-118304 принят", irt=False,
  note="HTML-only table template receipt with hidden preheader and FAQ link, no auto headers")

M("ack-quotes-question", "ack", "ru", S, ("Служба клиентского сервиса", "service@detsky-mir-plus.example.ru"), dd("""
    Уважаемый клиент!

    Ваше сообщение зарегистрировано под номером 1127746.
    Текст вашего сообщения:
    ----------------------------------------
    Здравствуйте!
    До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.

    Анатолий Смирнов
    ----------------------------------------
    Ответ будет направлен на адрес anatoly@shopper.example.
    """), client="none", cs="koi8-r", cte="8bit", subject="Сообщение зарегистрировано (1127746)", irt=False,
  hdr=[("Auto-Submitted", "auto-replied")],
  note="receipt echoing the question, koi8-r, number in parentheses")

M("ack-hours-weekend", "ack", "ru", S, ("Магазин Рыболов", "mail@rybolov-club.example.ru"), dd("""
    Здравствуйте! Ваше письмо получено и будет обработано в порядке очереди.
    Мы работаем пн–пт с 9:00 до 18:00, сб с 10:00 до 15:00. Письма, полученные в выходные, обрабатываем в понедельник.
    Телефон магазина: +7 (812) 700-12-12.
    """), client="none", cte="quoted-printable", subject="Ваше письмо получено", irt=False,
  hdr=[("X-Autoreply", "yes")],
  note="receipt with working hours and a phone (still ack), X-Autoreply")

M("ack-ticket-bracket", "ack", "ru", V, ("HostPro Поддержка", "support@hostpro-cloud.example.ru"), dd("""
    Здравствуйте, Анатолий!

    Ваш тикет [#HP-904411] открыт. Среднее время первого ответа — 30 минут.
    Вы можете дополнить обращение, ответив на это письмо. Пожалуйста, сохраняйте номер тикета в теме.

    --
    Центр поддержки HostPro
    https://hostpro-cloud.example.ru/support
    """), client="none", cte="base64", subject="[#HP-904411] Re: Тарифы и договор",
  hdr=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
  note="home-made ticket receipt with [#ABC-N] subject, average response time")

M("amocrm-ack", "ack", "ru", V, ("Юридическая компания Статус", "info@status-law.example.ru"), dd("""
    Добрый день!

    Благодарим за обращение в юридическую компанию «Статус». Ваш запрос получен, юрист свяжется с вами в течение рабочего дня.

    С уважением,
    ЮК «Статус»
    """), client="none", cte="quoted-printable", subject="Re: Тарифы и договор",
  hdr=[("X-Mailer", "amoCRM")], note="amoCRM auto-receipt with a valediction, looks like a person's note")

M("ack-marketplace-seller", "ack", "ru", S, ("Seller Support", "no-reply@market-seller.example.ru"), dd("""
    Ваше обращение № 77-0912-4410 получено.

    Обращения обрабатываются в течение 48 часов. Ответ придёт в личный кабинет и на почту.

    Не отвечайте на это письмо.
    """), client="none", cte="base64", subject="Обращение № 77-0912-4410 получено", irt=False,
  hdr=[("Auto-Submitted", "auto-generated")],
  note="short receipt from a marketplace seller desk, no-reply sender")

M("ack-form-probe", "ack", "ru", S, ("Сайт МирДверей", "robot@mir-dverey.example.ru"), dd("""
    Здравствуйте, Анатолий Смирнов!

    Вы отправили сообщение через форму обратной связи на сайте mir-dverey.example.ru.
    Мы получили его и свяжемся с вами в ближайшее время.

    Ваше сообщение:
    {F}

    ---
    Письмо отправлено автоматически.
    """), client="php", cte="8bit", subject="Ваше сообщение получено — МирДверей", plus=True,
  note="form probe, plus-address, form receipt echoing the message")

M("ack-outlook-rule", "ack", "ru", V, ("ГарантСтрой Смета", "smeta@garantstroy.example.ru"), dd("""
    Ваше письмо получено. Сметный отдел рассмотрит запрос и ответит в течение 2 рабочих дней.

    ООО «ГарантСтрой»
    """), client="outlook", cs="windows-1251", cte="quoted-printable", subject="Получено: Тарифы и договор",
  note="Outlook rule-made receipt, windows-1251, 'Получено:' subject, no auto headers")

M("ack-helpdesk-ru-en", "ack", "ru", V, ("TaxiFleet Поддержка", "support@taxifleet.example.ru"), dd("""
    Здравствуйте!

    Мы получили ваш запрос (#TF-55618) и уже работаем над ним. Ответ придёт на этот адрес.

    Чтобы добавить информацию, ответьте на это письмо, не меняя тему.
    """), client="none", fmt="alt", cte="quoted-printable", subject="Запрос получен [#TF-55618]", irt=False,
  hdr=[("Auto-Submitted", "auto-generated")],
  note="receipt with number at the end of the subject, multipart/alternative")

M("ack-mailru-autoresp", "ack", "ru", S, ("Ткани Оптом", "tkani.optom@mail-like.example.ru"), dd("""
    Спасибо за Ваше письмо! Мы его получили и обязательно ответим.
    Заказы обрабатываются в порядке поступления.
    """), client="mailru", cte="base64", subject="Re: Самовывоз сегодня",
  hdr=[("X-Mailru-Autoreply", "1")],
  note="mail-service autoresponder used as a receipt, X-Mailru-Autoreply (invented), Re: subject")


# ==============================================================================================================
# ack, English
# ==============================================================================================================

M("en-zendesk-received", "ack", "en", V, ("Orbitly Support", "support@orbitly.example"), dd("""
    ##- Please type your reply above this line -##

    Hi Анатолий Смирнов,

    Thanks for contacting Orbitly. Your request (31448) has been received and is being reviewed by our support staff.

    To add additional comments, reply to this email.

    This email is a service from Orbitly Support.
    """), client="none", fmt="alt", cte="quoted-printable", subject="[Orbitly] Re: Тарифы и договор",
  hdr=[("Message-ID", "<PZ4K1Q_{H}_sprut@zendesk.com>"), ("X-Mailer", "Zendesk Mailer"),
       ("X-Zendesk-From-Account-Id", "9e20a41"), ("X-Zendesk-Email-Id", "01JEQB2D4F6H8J0K2M4N6P8R0T"),
       ("Auto-Submitted", "auto-generated")], irt=False, tzh=0,
  note="Zendesk 'request received' with Zendesk headers")

M("en-freshdesk-received", "ack", "en", S, ("Pinewood Outfitters", "support@pinewood-outfitters.example"), dd("""
    Dear Анатолий Смирнов,

    We would like to acknowledge that we have received your request and a ticket has been created.
    A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

    To view the status of the ticket or add comments, please visit
    https://pinewood.freshdesk.com/helpdesk/tickets/88102

    Thank you for your patience.

    Sincerely,
    Pinewood Outfitters Support Team
    """), client="none", cte="quoted-printable", subject="Ticket Received - [#88102] Самовывоз сегодня", irt=False,
  hdr=[("Message-ID", "<{H}.88102.{TS}@pinewood.freshdesk.com>"),
       ("Reply-To", "support@pinewood.freshdesk.com")], tzh=-7,
  note="Freshdesk 'Ticket Received - [#N]' with freshdesk.com in Message-ID and Reply-To")

M("en-jira-received", "ack", "en", V, ("Tessera IT Help", "help@tessera-it.example"), dd("""
    —-—-—-—
    Reply above this line.

    Your request TSR-1093 has been received. We'll get back to you as soon as possible.

    View request · Turn off this request's notifications

    Help Center, powered by Jira Service Management, sent you this message.
    """), client="none", fmt="alt", cte="quoted-printable", subject="TSR-1093 Тарифы и договор", irt=False,
  hdr=[("Message-ID", "<JIRA.70021.{TS}000.101.{TS}789@Atlassian.JIRA>"),
       ("X-JIRA-FingerPrint", "0c1f6a9d22e54b78a9d3c4e5f6a7b8c9"), ("Auto-Submitted", "auto-generated"),
       ("Precedence", "bulk")], tzh=0,
  note="Jira Service Management receipt with fingerprint header")

M("en-helpscout-autoreply", "ack", "en", S, ("Wildwood Candles", "hello@wildwood-candles.example"), dd("""
    Hi there,

    Thanks so much for reaching out! This auto-reply is just to let you know that we received your message and we'll get back to you with a (human) response as soon as possible. During business hours (9am–6pm GMT, Monday–Friday) we usually reply within a few hours.

    Cheers,
    Wildwood Candles
    """), client="none", cte="quoted-printable", subject="Re: Самовывоз сегодня",
  hdr=[("Message-ID", "<auto-reply-{H}@helpscout.net>"), ("Auto-Submitted", "auto-replied")], tzh=0,
  note="Help Scout auto-reply receipt with business hours, helpscout.net Message-ID")

M("en-intercom-away", "ack", "en", S, ("Nomad Coffee", "team@nomad-coffee.example"), dd("""
    Thanks for getting in touch! We've received your message and the team typically replies in a few hours. You'll get the answer here and in your inbox.
    """), client="none", fmt="html", html_style="plain", cte="quoted-printable", subject="Re: Самовывоз сегодня",
  hdr=[("Message-ID", "<intercom-auto-{H}-{TS}@intercom-mail.com>")], tzh=0,
  note="Intercom-style expected-reply-time receipt, HTML-only")

M("en-kayako-ticket", "ack", "en", V, ("Greyhound Analytics", "support@greyhound-analytics.example"), dd("""
    Hello Анатолий Смирнов,

    Thank you for contacting Greyhound Analytics. A ticket has been opened for your request:

    Ticket ID: DPT-551-40238
    Subject: Тарифы и договор
    Department: Sales
    Status: Open

    You will be notified when our staff replies. Please keep the ticket ID in the subject of any reply.

    Greyhound Analytics Support
    """), client="none", cte="8bit", subject="[#DPT-551-40238]: Тарифы и договор", irt=False, tzh=-5,
  note="Kayako-like ticket-opened receipt, no vendor headers")

M("en-hubspot-ticket", "ack", "en", V, ("Meridian Payroll", "support@meridian-payroll.example"), dd("""
    Hi Anatoly,

    We've received your ticket and a member of our team will get back to you within one business day.

    Ticket #: 8812074
    Submitted: Тарифы и договор

    The Meridian Payroll Team
    """), client="none", fmt="alt", html_style="gmail", cte="quoted-printable",
  subject="We've received your ticket #8812074", irt=False, tzh=-5,
  note="HubSpot-style ticket receipt, no vendor headers")

M("en-plain-ticket", "ack", "en", S, ("Harborline Store", "orders@harborline-store.example"), dd("""
    [Ticket #12873] received.

    Our office hours are Monday to Friday, 9:00 to 17:00 (CET). Messages sent outside these hours are answered the next working day.
    """), client="none", cte="7bit", subject="[#12873] Re: Самовывоз сегодня", tzh=1,
  note="plain ticket system, [#N] subject, office hours, no auto headers")

M("en-no-headers-thanks", "ack", "en", V, ("Quanta Legal", "info@quanta-legal.example"), dd("""
    Thank you for your email. We confirm receipt and will respond within two business days.

    Quanta Legal LLP
    """), client="outlook_en", cte="7bit", subject="RE: Тарифы и договор", tzh=0,
  note="receipt from an Outlook rule, no auto headers, 'RE:' subject")


# ==============================================================================================================
# autoreply, Russian
# ==============================================================================================================

AR = [("Auto-Submitted", "auto-replied")]

M("otpusk-daty-telefony", "autoreply", "ru", S, ("Юлия Старостина", "starostina@akvarel-art.example.ru"), dd("""
    Здравствуйте!

    Я в отпуске с 7 по 18 декабря. По вопросам заказов обращайтесь к Марии Лебедевой: lebedeva@akvarel-art.example.ru, +7 (495) 010-38-38.

    С уважением,
    Юлия Старостина
    """), client="outlook", subject="Автоматический ответ: Самовывоз сегодня",
  hdr=AR + [("X-MS-Exchange-Inbox-Rules-Loop", "starostina@akvarel-art.example.ru")],
  note="Exchange out-of-office with dates, colleague's address and phone")

M("bolnichnyi", "autoreply", "ru", V, ("Андрей Карпов", "karpov@it-kontur.example.ru"), dd("""
    Добрый день. Нахожусь на больничном, почту читаю нерегулярно. Срочные вопросы — в отдел продаж: +7 (812) 555-77-00.
    """), client="yandex", subject="Автоответ: Тарифы и договор", hdr=[("X-Yandex-Autoreply", "yes")] + AR,
  note="sick leave, Yandex autoresponder, phone given")

M("komandirovka", "autoreply", "ru", V, ("Сергей Мальцев", "maltsev@energo-audit.example.ru"), dd("""
    Уважаемый отправитель!
    С 7 по 11 декабря я нахожусь в командировке с ограниченным доступом к почте. Ваше письмо будет прочитано после возвращения.
    """), client="outlook", cs="windows-1251", cte="quoted-printable", subject="Автоответ: Тарифы и договор",
  hdr=AR, note="business trip, windows-1251")

M("uvolilsya", "autoreply", "ru", S, ("Кристина Носова", "nosova@igrushki-tut.example.ru"), dd("""
    Кристина Носова больше не работает в компании «Игрушки Тут».
    Пожалуйста, направляйте письма на адрес shop@igrushki-tut.example.ru.
    Ваше письмо не будет переслано автоматически.
    """), client="none", subject="Re: Самовывоз сегодня", hdr=[("Precedence", "auto_reply")],
  note="'employee has left', new address given, Precedence: auto_reply only")

M("ne-proveryaetsya", "autoreply", "ru", S, ("Рассылка СуперОбои", "news@superoboi.example.ru"), dd("""
    Этот почтовый ящик не проверяется. Письма, отправленные на него, не читаются.
    Для связи с магазином используйте форму на сайте superoboi.example.ru/contacts.
    """), client="none", subject="Автоответ: Самовывоз сегодня", hdr=AR + [("Precedence", "bulk")],
  note="'mailbox not monitored' pointing to the site form (automatic, so autoreply)")

M("nerabochee-vremya", "autoreply", "ru", S, ("Магазин Спорт-Лига", "info@sport-liga.example.ru"), dd("""
    Здравствуйте!
    Сейчас нерабочее время. Мы работаем с понедельника по пятницу с 10:00 до 19:00 (МСК) и ответим вам, как только начнётся рабочий день.
    """), client="none", subject="Нерабочее время", hdr=AR, delay=0,
  note="after-hours responder mentioning «до 19:00»-like hours (autoreply, not an answer)")

M("rabochie-chasy-novosibirsk", "autoreply", "ru", V, ("Сибирь-Телеком", "b2b@sibir-telecom.example.ru"), dd("""
    Добрый день!
    Ваше письмо пришло вне рабочего времени. Отдел корпоративных продаж работает пн–пт с 9:00 до 18:00 по новосибирскому времени (МСК+4).
    Ответим в ближайший рабочий день.
    """), client="none", cte="base64", subject="Вне рабочего времени: Тарифы и договор", hdr=AR, tzh=7,
  note="working-hours responder in the company's time zone (MSK+4)")

M("adres-izmenilsya", "autoreply", "ru", S, ("Zakaz", "zakaz@kofe-zerno.example.ru"), dd("""
    Внимание! Адрес zakaz@kofe-zerno.example.ru больше не используется.
    Новый адрес для заказов: order@kofe-zerno.example.ru
    """), client="mailru", cte="base64", subject="Адрес изменился", hdr=[("X-Autoreply", "yes")],
  note="'address changed' responder, X-Autoreply")

M("inventarizaciya", "autoreply", "ru", S, ("Склад-магазин Метизы", "metizy@krepezh-opt.example.ru"), dd("""
    Уважаемые клиенты!
    С 7 по 9 декабря склад закрыт на инвентаризацию, самовывоз и отгрузки не производятся. Заказы, оформленные в эти дни, будут отгружены с 10 декабря.
    Приносим извинения за неудобства.
    """), client="none", cs="koi8-r", cte="8bit", subject="Инвентаризация 7-9 декабря", hdr=AR,
  note="stocktake closure, koi8-r, mentions самовывоз and dates")

M("dekret", "autoreply", "ru", V, ("Алёна Фролова", "frolova@kadry-konsalt.example.ru"), dd("""
    Здравствуйте! Я в декретном отпуске до сентября 2027 года. Мои клиенты переданы Евгению Ковалёву: kovalev@kadry-konsalt.example.ru.
    """), client="gmail", subject="Re: Тарифы и договор", hdr=AR,
  note="maternity leave, Gmail vacation responder, Re: subject")

M("vystavka", "autoreply", "ru", V, ("Олег Панин", "panin@pechatnik.example.ru"), dd("""
    Добрый день!
    С 7 по 10 декабря я на выставке «Полиграфия-2026», стенд B-14. Отвечу после 11 декабря. Если вопрос срочный, позвоните в офис: +7 (495) 010-71-71.

    Олег Панин
    Типография «Печатник»
    """), client="outlook", subject="Автоматический ответ: Тарифы и договор",
  hdr=AR + [("X-Auto-Response-Suppress", "All")],
  note="exhibition trip with stand number and office phone, Exchange headers")

M("pereezd-ofisa", "autoreply", "ru", S, ("Зеркала и Стекло", "info@zerkala-steklo.example.ru"), dd("""
    Здравствуйте!

    С 7 по 13 декабря мы переезжаем в новый цех. В эти дни пункт выдачи не работает, заказы не принимаются. С 14 декабря ждём вас по новому адресу: ул. Заводская, 21.

    Спасибо за понимание!
    """), client="none", fmt="alt", cte="quoted-printable", subject="Переезд", hdr=[("X-Autorespond", "yes")],
  note="moving closure, X-Autorespond only")

M("prazdnik", "autoreply", "ru", S, ("Книжная лавка Глобус", "globus@knigi-globus.example.ru"), dd("""
    Дорогие покупатели!
    12 декабря, в День Конституции, у нас санитарный день. Письма, полученные до 13 декабря, мы обработаем 14 декабря.
    """), client="none", cs="windows-1251", cte="8bit", subject="Автоответ", hdr=AR,
  note="sanitary/holiday day notice, windows-1251, bare 'Автоответ' subject")

M("challenge-response", "autoreply", "ru", V, ("Фильтр почты АнтиСпамЩит", "verify@spamshield-relay.example.ru"), dd("""
    Здравствуйте!

    Ваше письмо на адрес director@alfa-audit.example.ru задержано системой защиты от спама.
    Чтобы письмо было доставлено, подтвердите, что вы не робот, перейдя по ссылке:
    https://spamshield-relay.example.ru/confirm?id=7f3a92c1

    Подтверждение требуется один раз. Ссылка действительна 72 часа.
    """), client="none", subject="Подтвердите отправку письма", hdr=AR, company="director@alfa-audit.example.ru",
  note="challenge-response request (autoreply), no In-Reply-To semantics needed", irt=False)

M("yandex-otpusk-short", "autoreply", "ru", S, ("Денис Гусев", "d.gusev@moto-garazh.example.ru"), dd("""
    В отпуске до 21.12. Заказы — zakaz@moto-garazh.example.ru
    """), client="yandex", subject="Автоответ: Самовывоз сегодня", hdr=AR + [("X-Yandex-Autoreply", "yes")],
  note="one-line vacation notice, Yandex")

M("no-headers-otpusk", "autoreply", "ru", V, ("Марина Егорова", "egorova@kraft-upakovka.example.ru"), dd("""
    Добрый день!
    Спасибо за письмо. Я в отпуске до 15 декабря включительно, без доступа к почте. В моё отсутствие по договорам и счетам вам поможет Анна Бычкова, a.bychkova@kraft-upakovka.example.ru, доб. 204.
    Хорошего дня!
    """), client="none", subject="Re: Тарифы и договор",
  note="vacation reply without any auto headers, Re: subject, mentions «договорам»")

M("chat-offline", "autoreply", "ru", S, ("Онлайн-консультант ДомТех", "chat@domteh-store.example.ru"), dd("""
    Здравствуйте! Сейчас все операторы офлайн.
    Чат работает ежедневно с 9:00 до 22:00. Мы ответим на ваше сообщение, когда оператор будет на связи.
    """), client="none", fmt="html", html_style="plain", cte="base64", subject="Операторы офлайн",
  plus=True, hdr=AR, note="offline chat widget notice after a form probe, plus-address, HTML-only")

M("kompaniya-zakryta", "autoreply", "ru", S, ("ООО Фермерская корзина", "info@fermer-korzina.example.ru"), dd("""
    Уважаемые клиенты!
    Интернет-магазин «Фермерская корзина» прекратил работу 1 декабря 2026 года. Заказы больше не принимаются. Благодарим всех, кто был с нами!
    """), client="none", cte="quoted-printable", subject="Магазин закрыт", hdr=AR,
  note="closed company notice")

M("mailru-autoresp-nerab", "autoreply", "ru", S, ("Ремонт обуви Мастер", "master-obuv@mail-like.example.ru"), dd("""
    Добрый вечер! Ваше письмо получено в выходной день. Мастерская открыта вт–сб с 10 до 19, ответим во вторник.
    """), client="mailru", cte="base64", subject="Re: Самовывоз сегодня", hdr=[("X-Mailru-Autoreply", "1")],
  note="weekend/day-off responder (Monday off) with «с 10 до 19», Mail.ru")

M("exchange-ooo-ru-long", "autoreply", "ru", V, ("Лаврентьева Ольга Викторовна", "o.lavrentieva@stroy-ekspertiza.example.ru"), dd("""
    Добрый день!

    Благодарю за письмо. С 4 по 20 декабря 2026 г. я нахожусь в ежегодном оплачиваемом отпуске.

    По вопросам заключения договоров обращайтесь, пожалуйста, к заместителю руководителя отдела Петрову Илье Андреевичу: i.petrov@stroy-ekspertiza.example.ru, +7 (495) 010-58-10.
    По вопросам оплаты — в бухгалтерию: buh@stroy-ekspertiza.example.ru.

    С уважением,
    О. В. Лаврентьева
    """), client="outlook365", fmt="alt", html_style="outlook", cte="base64",
  subject="Автоматический ответ: Тарифы и договор",
  hdr=AR + [("X-MS-Exchange-Inbox-Rules-Loop", "o.lavrentieva@stroy-ekspertiza.example.ru")],
  note="long Exchange out-of-office with two colleagues' contacts, mentions «договоров»")


# ==============================================================================================================
# autoreply, English
# ==============================================================================================================

M("en-ooo-exchange", "autoreply", "en", V, ("Helen Park", "helen.park@vistaledger.example"), dd("""
    Thank you for your message. I am out of the office from 7 to 11 December with no access to email. For urgent matters please contact our sales desk at +1 415 555 0142 or sales@vistaledger.example.
    """), client="outlook365", subject="Automatic reply: Тарифы и договор",
  hdr=AR + [("X-MS-Exchange-Inbox-Rules-Loop", "helen.park@vistaledger.example")], tzh=-8,
  note="Exchange out-of-office with dates and phone")

M("en-gmail-vacation", "autoreply", "en", S, ("Tom Fletcher", "tom@fletcher-ceramics.example"), dd("""
    Hi! I'm travelling until Monday 14th with patchy signal. I'll reply when I'm back. Tom
    """), client="gmail", subject="Re: Самовывоз сегодня", hdr=AR, tzh=0,
  note="Gmail vacation responder, one line, name inline")

M("en-not-monitored", "autoreply", "en", S, ("Northwind Market", "no-reply@northwind-market.example"), dd("""
    This mailbox is not monitored. Replies to this address are not read.

    Need help? Visit northwind-market.example/help.
    """), client="none", subject="Undeliverable reply: mailbox not monitored", hdr=AR + [("Precedence", "bulk")],
  tzh=-5, note="'mailbox not monitored' no-reply responder")

M("en-left-company", "autoreply", "en", V, ("Marcus Lee", "marcus.lee@cloudharbor.example"), dd("""
    Marcus is no longer with CloudHarbor. Your email has not been forwarded. For sales enquiries please write to sales@cloudharbor.example; for everything else, hello@cloudharbor.example.
    """), client="outlook365", subject="Automatic reply: Тарифы и договор", hdr=AR, tzh=0,
  note="'no longer with the company' with new addresses")

M("en-after-hours", "autoreply", "en", S, ("Sunrise Grocers", "help@sunrise-grocers.example"), dd("""
    Hi there, thanks for your email! Our team is offline right now — we're available 8am to 6pm Pacific Time, Monday through Saturday. We'll get back to you as soon as we're back.
    """), client="none", subject="We're currently offline", hdr=AR, tzh=-8,
  note="after-hours responder in the company's time zone (US Pacific)")

M("en-holiday-closure", "autoreply", "en", S, ("Bluebell Bakery", "orders@bluebell-bakery.example"), dd("""
    Dear customer,

    Our shop and warehouse are closed from 7 to 9 December for our annual staff holiday. Orders placed during this time will be dispatched from 10 December.

    Thank you for your patience,
    Bluebell Bakery
    """), client="none", fmt="alt", cte="quoted-printable", subject="Holiday closure", hdr=[("X-Autorespond", "1")],
  tzh=0, note="company holiday closure, X-Autorespond")

M("en-parental-leave", "autoreply", "en", V, ("Anna Kowalski", "anna.kowalski@datanest.example"), dd("""
    Hello,

    I'm currently on parental leave and will return in March 2027. In the meantime please contact my colleague Piotr Nowak (piotr.nowak@datanest.example) for anything related to contracts and pricing.

    Best,
    Anna
    """), client="gmail", fmt="alt", html_style="gmail", cte="quoted-printable", subject="Re: Тарифы и договор",
  hdr=AR, tzh=1, note="parental leave, colleague named, mentions contracts and pricing")

M("en-conference", "autoreply", "en", V, ("Ravi Menon", "ravi@payroute.example"), dd("""
    I'm at a payments conference in Dubai this week (7–10 Dec) and will be slow to reply. If it's about pricing or onboarding, our team at onboarding@payroute.example can help right away.
    """), client="apple", subject="Auto: Тарифы и договор", hdr=AR, tzh=4,
  note="conference responder, 'Auto:' subject")

M("en-challenge", "autoreply", "en", S, ("Sender Verification", "verify@mailguard-relay.example"), dd("""
    Hello,

    You recently sent a message to shop@trailhead-gear.example. To protect against spam, this recipient only accepts mail from approved senders.

    Please confirm you are a real person by clicking the link below. You only need to do this once.

    https://mailguard-relay.example/verify/5c81be20

    If you did not send this message, ignore this email.
    """), client="none", subject="Please verify your email to trailhead-gear.example", hdr=AR,
  company="shop@trailhead-gear.example", irt=False, tzh=-7, note="challenge-response / sender verification")

M("en-inbox-retired", "autoreply", "en", S, ("Info", "info@maple-and-moss.example"), dd("""
    This inbox is no longer in use. Please contact us at hello@maple-and-moss.example instead.
    """), client="none", subject="Re: Самовывоз сегодня", tzh=-5,
  note="'inbox no longer in use', no auto headers at all")


# ==============================================================================================================
# bounce, English
# ==============================================================================================================

OWN_MD = ("Mail Delivery System", "MAILER-DAEMON@mail.shopper.example")
NB = dict(rpath="<>", irt=False, client="none")

POSTFIX_INTRO = ("This is the mail system at host mail.shopper.example.\n\n"
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n")

M("postfix-user-unknown", "bounce", "en", S, OWN_MD, company="info@kanc-mir.example.ru",
  subject="Undelivered Mail Returned to Sender",
  parts=lambda c: dsn(c, POSTFIX_INTRO + "<%s>: host mx.kanc-mir.example.ru[192.0.2.61] said: 550 5.1.1\n"
                      "    <%s>: Recipient address rejected: User unknown in virtual mailbox\n"
                      "    table (in reply to RCPT TO command)\n" % (c["company"], c["company"]),
                      status="5.1.1", remote="mx.kanc-mir.example.ru",
                      diag="550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table"
                           % c["company"], extra_msg=["X-Postfix-Queue-ID: %s" % c["qid"],
                                                      "X-Postfix-Sender: rfc822; %s" % P_ADDR]),
  note="Postfix RFC 3464 DSN, 550 5.1.1 user unknown", **NB)

M("postfix-quota-permanent", "bounce", "en", V, OWN_MD, company="director@ooo-vektor.example.ru",
  subject="Undelivered Mail Returned to Sender",
  parts=lambda c: dsn(c, POSTFIX_INTRO + "<%s>: host mx1.ooo-vektor.example.ru[198.51.100.12] said:\n"
                      "    552 5.2.2 Mailbox full, quota exceeded (in reply to end of DATA command)\n" % c["company"],
                      status="5.2.2", remote="mx1.ooo-vektor.example.ru",
                      diag="552 5.2.2 Mailbox full, quota exceeded",
                      extra_msg=["X-Postfix-Queue-ID: %s" % c["qid"]], headers_only=True),
  note="Postfix DSN, 552 5.2.2 mailbox full as a permanent failure, text/rfc822-headers", **NB)

M("postfix-timeout-5days", "bounce", "en", S, OWN_MD, company="sales@lampa-svet.example.ru",
  subject="Undelivered Mail Returned to Sender", delay=7200,
  parts=lambda c: dsn(c, POSTFIX_INTRO + "<%s>: connect to mx.lampa-svet.example.ru[203.0.113.9]:25:\n"
                      "    Connection timed out\n" % c["company"],
                      status="4.4.1", diag=None, extra_rcpt=[
                          "Diagnostic-Code: X-Postfix; connect to mx.lampa-svet.example.ru[203.0.113.9]:25: "
                          "Connection timed out", "Will-Retry-Until: -"],
                      extra_msg=["X-Postfix-Queue-ID: %s" % c["qid"]]),
  note="Postfix 'delivery timed out after 5 days', Action: failed with 4.4.1 (a bounce)", **NB)

M("exim-plain-copy", "bounce", "en", S, ("Mail Delivery System", "Mailer-Daemon@mx.vinyl-records.example"),
  company="shop@vinyl-records.example", subject="Mail delivery failed: returning message to sender",
  parts=lambda c: plain_bounce(c, "This message was created automatically by mail delivery software.\n\n"
                                  "A message that you sent could not be delivered to one or more of its\n"
                                  "recipients. This is a permanent error. The following address(es) failed:\n\n"
                                  "  %s\n    No Such User Here\n" % c["company"], attach=False),
  hdr=[("X-Failed-Recipients", "shop@vinyl-records.example"), ("Auto-Submitted", "auto-replied")],
  note="Exim plain-text bounce with the original copied inline, X-Failed-Recipients", **NB)

EXO_HTML = dd("""
    <html><body><div style="font-family:Segoe UI,Arial;font-size:14px">
    <p><b style="color:#c00000;font-size:18px">Your message to {R} couldn't be delivered.</b></p>
    <p><b>{U}</b> wasn't found at <b>{D}</b>.</p>
    <table><tr><td>Anatoly</td><td>Office 365</td><td style="color:#c00000">{U}</td></tr>
    <tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
    <p><b>Unknown To address</b></p>
    <p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: ...</p>
    <p style="color:#808080;font-size:12px">Diagnostic information for administrators:<br>Generating server: AM0PR03MB6321.eurprd03.prod.outlook.com<br>
    {R}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
    </div></body></html>
    """)


def _exo(c):
    u, d = c["company"].split("@")
    txt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at %s.\n\nAnatoly    Office 365    %s\n"
           "Action Required                     Recipient\n\nUnknown To address\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: AM0PR03MB6321.eurprd03.prod.outlook.com\n\n"
           "%s\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
           "address lookup'\n" % (c["company"], u, d, u, c["company"]))
    h = EXO_HTML.replace("{R}", c["company"]).replace("{U}", u).replace("{D}", d)
    return dsn(c, txt, status="5.1.10", mta="AM0PR03MB6321.eurprd03.prod.outlook.com",
               diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
               html_human=h, cte="quoted-printable", bstyle="outlook", headers_only=True,
               extra_rcpt=["X-Display-Name: %s" % c["company"]])


M("exchange-online-ndr", "bounce", "en", V, ("Microsoft Outlook", "postmaster@northgate-logistics.example"),
  company="contracts@northgate-logistics.example", subject="Undeliverable: Тарифы и договор", parts=_exo,
  hdr=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
  note="Exchange Online NDR: DSN with text+HTML notification, 5.1.10 RecipientNotFound", **NB)

M("gmail-like-not-found", "bounce", "en", S, ("Mail Delivery Subsystem", "mailer-daemon@gmail-like.example"),
  company="cakes.by.vera@gmail-like.example", subject="Delivery Status Notification (Failure)",
  parts=lambda c: dsn(c, "** Address not found **\n\nYour message wasn't delivered to %s because the address "
                         "couldn't be found, or is unable to receive mail.\n\nLearn more here: "
                         "https://support.gmail-like.example/mail/answer/6596\n\nThe response was:\n\n"
                         "The email account that you tried to reach does not exist. Please try double-checking "
                         "the recipient's email address for typos or unnecessary spaces.\n" % c["company"],
                      status="5.1.1", mta="mx.gmail-like.example", remote="gmail-smtp-in.l.gmail-like.example",
                      diag="550-5.1.1 The email account that you tried to reach does not exist.",
                      html_human="<html><head></head><body><h2 style=\"color:#d93025\">Address not found</h2>"
                                 "<p>Your message wasn't delivered to <b>%s</b> because the address couldn't be "
                                 "found, or is unable to receive mail.</p></body></html>" % c["company"],
                      cte="7bit", extra_msg=["X-Gmail-Original-Message-ID: %s" % c["probe_mid"]]),
  note="Gmail-style DSN with HTML notification, 550-5.1.1", **NB)

M("qmail-plain", "bounce", "en", S, ("MAILER-DAEMON", "MAILER-DAEMON@mail.antikvar-lavka.example.ru"),
  company="antikvar@antikvar-lavka.example.ru", subject="failure notice",
  parts=lambda c: plain_bounce(c, "Hi. This is the qmail-send program at mail.antikvar-lavka.example.ru.\n"
                                  "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                                  "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                                  "<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
                                  "--- Below this line is a copy of the message.\n" % c["company"],
                               attach=False, inline_orig=True),
  note="qmail plain-text failure notice", **NB)

M("sendmail-transcript", "bounce", "en", V, ("Mail Delivery Subsystem", "MAILER-DAEMON@relay.univer-soft.example"),
  company="dogovor@univer-soft.example", subject="Returned mail: see transcript for details",
  parts=lambda c: dsn(c, "The original message was received at %s\nfrom mail.shopper.example [203.0.113.41]\n\n"
                         "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
                         "    (reason: 550 5.1.1 User unknown)\n\n"
                         "   ----- Transcript of session follows -----\n... while talking to "
                         "mailhost.univer-soft.example.:\n>>> RCPT To:<%s>\n<<< 550 5.1.1 User unknown\n"
                         "550 5.1.1 <%s>... User unknown\n" % (fmt_date(c["pdt"], -5), c["company"],
                                                              c["company"], c["company"]),
                      status="5.1.1", mta="relay.univer-soft.example", remote="mailhost.univer-soft.example",
                      diag="550 5.1.1 User unknown", bstyle="mta"),
  note="Sendmail DSN with transcript", **NB)

M("mailman-nonmember", "bounce", "en", V, ("sales-team-owner", "sales-team-owner@lists.opalsoft.example"),
  company="sales-team@lists.opalsoft.example", subject="Your message to Sales-team was rejected",
  parts=lambda c: plain_bounce(c, "Your message to the Sales-team mailing-list was rejected for the following\n"
                                  "reasons:\n\nPost by non-member to a members-only list\n\n"
                                  "The original message as received by Mailman is attached.\n"),
  hdr=[("X-List-Administrivia", "yes"), ("Precedence", "bulk")],
  note="Mailman non-member rejection (list manager), original attached", **NB)

M("spam-block-554", "bounce", "en", S, OWN_MD, company="orders@tiles-and-more.example",
  subject="Undelivered Mail Returned to Sender",
  parts=lambda c: dsn(c, POSTFIX_INTRO + "<%s>: host mx.tiles-and-more.example[198.51.100.77] said: 554 5.7.1\n"
                      "    Service unavailable; Client host [203.0.113.41] blocked using\n"
                      "    bl.spamlist.example; Listed as spam source (in reply to RCPT TO command)\n" % c["company"],
                      status="5.7.1", remote="mx.tiles-and-more.example",
                      diag="554 5.7.1 Service unavailable; Client host [203.0.113.41] blocked using "
                           "bl.spamlist.example"),
  note="spam / blocklist rejection 554 5.7.1, Postfix DSN", **NB)

M("domain-not-found", "bounce", "en", V, OWN_MD, company="hello@crm-nova.example",
  subject="Undelivered Mail Returned to Sender",
  parts=lambda c: dsn(c, POSTFIX_INTRO + "<%s>: Host or domain name not found. Name service error for\n"
                      "    name=crm-nova.example type=MX: Host not found\n" % c["company"],
                      status="5.4.4", diag=None,
                      extra_rcpt=["Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error "
                                  "for name=crm-nova.example type=MX: Host not found"]),
  note="Postfix DSN, 5.4.4 host or domain not found", **NB)

M("exim-too-large", "bounce", "en", V, ("Mail Delivery System", "Mailer-Daemon@smtp.actuaria.example"),
  company="info@actuaria.example", subject="Mail delivery failed: returning message to sender",
  parts=lambda c: plain_bounce(c, "This message was created automatically by mail delivery software.\n\n"
                                  "A message that you sent could not be delivered to one or more of its\n"
                                  "recipients. This is a permanent error. The following address(es) failed:\n\n"
                                  "  %s\n    SMTP error from remote mail server after end of data:\n"
                                  "    552 5.3.4 Message size exceeds fixed maximum message size\n" % c["company"]),
  hdr=[("X-Failed-Recipients", "info@actuaria.example"), ("Auto-Submitted", "auto-replied")],
  note="Exim bounce, 552 5.3.4 message too large, original attached", **NB)

M("groups-no-permission", "bounce", "en", S, ("Mail Delivery Subsystem", "mailer-daemon@groups-like.example"),
  company="team@tinker-toys.example", subject="Address not found",
  parts=lambda c: multipart("alternative", [
      text_part("We're writing to let you know that the group you tried to contact (team) may not exist, or you "
                "may not have permission to post messages to the group. A few more details on why you weren't "
                "able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n"
                " * The owner of the group may have removed this group.\n"
                " * You may need to join the group before receiving permission to post.\n"),
      text_part("<html><body><p>We're writing to let you know that the group you tried to contact (team) may not "
                "exist, or you may not have permission to post messages to the group.</p></body></html>",
                sub="html")], "gmail"),
  note="group-style 'no permission to post' rejection, no DSN part", **NB)

M("yahoo-like-dd", "bounce", "en", S, ("MAILER-DAEMON", "MAILER-DAEMON@yahoo-like.example"),
  company="bestdeals.shop@yahoo-like.example", subject="Failure Notice",
  parts=lambda c: plain_bounce(c, "Sorry, we were unable to deliver your message to the following address.\n\n"
                                  "<%s>:\n554: delivery error: dd This user doesn't have a yahoo-like.example "
                                  "account (%s) [0] - mta1234.mail.ne1.yahoo-like.example\n\n"
                                  "--- Below this line is a copy of the message.\n" % (c["company"], c["company"]),
                               attach=False),
  note="Yahoo-style plain 'dd' failure", **NB)

M("fwd-ndr-by-colleague-en", "bounce", "en", V, ("Lisa Romero", "lisa.romero@quarry-analytics.example"), dd("""
    ---------- Forwarded message ---------
    From: Mail Delivery Subsystem <mailer-daemon@mail.quarry-analytics.example>
    Date: Mon, Dec 7, 2026 at 12:02 PM
    Subject: Undeliverable: Тарифы и договор
    To: <lisa.romero@quarry-analytics.example>

    Delivery has failed to these recipients or groups:

    pricing@quarry-analytics.example
    The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

    Diagnostic information for administrators:
    Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found'
    """), client="gmail", subject="Fwd: Undeliverable: Тарифы и договор", irt=False, forwarded_bounce=True,
  company="pricing@quarry-analytics.example",
  note="NDR forwarded by a colleague without comment (bounce)")


# ==============================================================================================================
# bounce, Russian
# ==============================================================================================================

M("yandex-like-dsn-ru", "bounce", "ru", S, ("mailer-daemon@yandex-like.example.ru", "mailer-daemon@yandex-like.example.ru"),
  company="babushkiny-pirogi@yandex-like.example.ru", subject="Недоставленное сообщение",
  parts=lambda c: dsn(c, "Это письмо отправлено почтовой службой.\n\n"
                         "Ваше письмо не может быть доставлено одному или нескольким получателям.\n\n"
                         "<%s>: адрес не существует или почтовый ящик отключён.\n\n"
                         "Это письмо создано автоматически, пожалуйста, не отвечайте на него.\n" % c["company"],
                      status="5.1.1", mta="mxback-like.yandex-like.example.ru",
                      diag="550 5.7.1 No such user!", cte="base64"),
  note="Yandex-like Russian DSN, base64 notification", **NB)

M("mailru-like-plain-ru", "bounce", "ru", S, ("Mail Delivery System", "mailer-daemon@corp.mail-like.example.ru"),
  company="rukodelie-opt@mail-like.example.ru", subject="Сообщение не доставлено",
  parts=lambda c: plain_bounce(c, "Сообщение не доставлено\n\nВаше сообщение не доставлено получателю "
                                  "%s.\nПричина: почтовый ящик не существует.\n\n"
                                  "Письмо создано автоматически, отвечать на него не нужно.\n" % c["company"],
                               cte="quoted-printable"),
  note="Mail.ru-like plain Russian notice, original attached", **NB)

def _exo_ru(c):
    txt = ("Не удалось доставить сообщение следующим получателям или группам:\n\n%s\n"
           "Введенный адрес электронной почты не найден. Проверьте адрес получателя и повторите отправку.\n\n"
           "Диагностические сведения для администраторов:\n\nСоздающий сервер: EXCH01.gk-monolit.example.ru\n\n%s\n"
           "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
           "address lookup'\n" % (c["company"], c["company"]))
    return dsn(c, txt, status="5.1.10", mta="EXCH01.gk-monolit.example.ru",
               diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
               cte="base64", bstyle="outlook", headers_only=True)


M("exchange-ru-ndr", "bounce", "ru", V, ("Microsoft Exchange", "postmaster@gk-monolit.example.ru"),
  company="tender@gk-monolit.example.ru", subject="Не доставлено: Тарифы и договор", parts=_exo_ru,
  hdr=[("X-MS-Exchange-Message-Is-Ndr", "")], note="Russian-language Exchange NDR with DSN part", **NB)

M("hosting-neuplata-ru", "bounce", "ru", V, ("Почтовая система хостинга", "mailer-daemon@mx.hosting-like.example.ru"),
  company="info@reklama-vostok.example.ru", subject="Ошибка доставки письма",
  parts=lambda c: plain_bounce(c, "Здравствуйте!\n\nВаше письмо для %s не доставлено.\n"
                                  "Почтовый ящик получателя заблокирован: услуги хостинга для домена "
                                  "reklama-vostok.example.ru приостановлены за неуплату.\n\n"
                                  "Ответ сервера: 550 5.2.1 Mailbox disabled\n\n-- \nПочтовая система хостинга\n"
                                  % c["company"], cs="koi8-r", cte="8bit", attach=False),
  note="Russian hosting notice, mailbox blocked for non-payment, koi8-r, original inline", **NB)

M("exim-localized-ru", "bounce", "ru", S, ("Mail Delivery System", "Mailer-Daemon@mail.sad-ogorod.example.ru"),
  company="zakaz@sad-ogorod.example.ru", subject="Ошибка доставки почты: возвращаем письмо отправителю",
  parts=lambda c: plain_bounce(c, "Это сообщение создано автоматически программой доставки почты.\n\n"
                                  "Сообщение, которое вы отправили, не удалось доставить одному или нескольким\n"
                                  "получателям. Это постоянная ошибка. Не удалось доставить по адресам:\n\n"
                                  "  %s\n    Нет такого пользователя\n" % c["company"], cs="windows-1251",
                               cte="quoted-printable"),
  hdr=[("X-Failed-Recipients", "zakaz@sad-ogorod.example.ru")],
  note="localized Exim bounce, windows-1251 QP", **NB)

M("postfix-quota-ru", "bounce", "ru", V, ("Почтовый сервер", "MAILER-DAEMON@mail.shopper.example"),
  company="buhgalter@reestr-plus.example.ru", subject="Письмо не доставлено",
  parts=lambda c: dsn(c, "Это почтовая система сервера mail.shopper.example.\n\n"
                         "К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям.\n\n"
                         "<%s>: сервер mx.reestr-plus.example.ru ответил: 552 5.2.2 Превышена квота почтового ящика\n"
                         % c["company"], status="5.2.2", remote="mx.reestr-plus.example.ru",
                      diag="552 5.2.2 Mailbox quota exceeded", cte="quoted-printable"),
  note="Postfix DSN with Russian text, quota full as a permanent error", **NB)

M("kerio-like-ru", "bounce", "ru", S, ("Kerio Connect", "postmaster@keramika-dom.example.ru"),
  company="sklad@keramika-dom.example.ru", subject="Сообщение недоставлено: Самовывоз сегодня",
  parts=lambda c: dsn(c, "Ваше сообщение не было доставлено некоторым или всем получателям.\n\n"
                         "Тема: Самовывоз сегодня\n\nСледующим получателям не удалось доставить сообщение:\n"
                         "%s, Причина: 550 5.1.1 Неизвестный пользователь\n" % c["company"],
                      status="5.1.1", mta="mail.keramika-dom.example.ru", diag="550 5.1.1 Unknown user",
                      cte="8bit"),
  note="Kerio-like Russian DSN", **NB)

M("spam-reject-ru", "bounce", "ru", V, ("Шлюз безопасности почты", "postmaster@fin-kontrol.example.ru"),
  company="partner@fin-kontrol.example.ru", subject="Письмо отклонено фильтром",
  parts=lambda c: plain_bounce(c, "Ваше письмо для %s отклонено системой фильтрации.\n\n"
                                  "Причина: письмо классифицировано как спам (оценка 9.8).\n"
                                  "Код ответа: 550 5.7.1 Message rejected as spam\n\n"
                                  "Если вы считаете, что это ошибка, обратитесь к администратору получателя.\n"
                                  % c["company"], cte="base64"),
  note="corporate gateway spam rejection, Russian plain text", **NB)

M("rambler-like-ru", "bounce", "ru", S, ("Служба доставки почты", "mailer-daemon@rambler-like.example.ru"),
  company="vyshivka-nn@rambler-like.example.ru", subject="Письмо не может быть доставлено",
  parts=lambda c: dsn(c, "Здравствуйте!\n\nК сожалению, письмо не удалось доставить по адресу %s.\n"
                         "Такого почтового ящика не существует.\n\nВаше письмо прилагается.\n" % c["company"],
                      status="5.1.1", mta="mx.rambler-like.example.ru",
                      diag="550 5.1.1 Sorry, no mailbox here by that name", cte="base64"),
  note="Rambler-like Russian DSN, user unknown", **NB)

M("fwd-bounce-colleague-ru", "bounce", "ru", S, ("Ирина Седова", "sedova@gorod-masterov.example.ru"), dd("""
    -------- Пересылаемое сообщение --------
    07.12.2026, 12:44, "Mail Delivery System" <MAILER-DAEMON@mx.gorod-masterov.example.ru>:

    Это почтовая система сервера mx.gorod-masterov.example.ru.

    К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям.

    <magazin@gorod-masterov.example.ru>: почтовый ящик отключён (550 5.2.1 Mailbox disabled)

    -------- Конец пересылаемого сообщения --------
    """), client="yandex", subject="Fwd: Undelivered Mail Returned to Sender", irt=False, forwarded_bounce=True,
  company="magazin@gorod-masterov.example.ru",
  note="DSN text forwarded by a colleague without a comment (bounce; Russian forwarding chrome)")


if __name__ == "__main__":
    main()
