#!/usr/bin/env python3
"""Write bench/corpus/more_ru/: a labelled training corpus of e-mail replies, mostly Russian.

About 170 fictional replies of fictional companies to the two scripts of studies/demo.yaml («Самовывоз
сегодня» for shops, «Тарифы и договор» for services), sent to the persona Анатолий Смирнов
<anatoly@shopper.example>.  The aim is breadth of wording: every message of a kind is phrased differently.

Standard library only, fixed random seed, imports nothing from the project.  Run:

    python3 bench/corpus/make_more_ru.py

In the message texts below the reply's own words (what `expected_reply` keeps, see README.md) are wrapped in
⟦ ⟧.  The marks are removed from the message and their contents, joined with single spaces, become the label, so
a label cannot drift from its message.  After writing, the script re-reads every file and checks CRLF line ends,
line length, that it parses with the `email` package, that the label is found in the decoded body (plain and
HTML), that no label contains the quoted question, and that the manifest matches the files.
"""

import base64
import csv
import email
import email.policy
import email.utils
import html
import os
import quopri
import random
import re
import sys
import textwrap
from collections import Counter
from datetime import datetime, timedelta, timezone

SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'more_ru')

MSK = timezone(timedelta(hours=3))
PERSONA = 'Анатолий Смирнов'
PADDR = 'anatoly@shopper.example'
SUBJ = {'shops': 'Самовывоз сегодня', 'services': 'Тарифы и договор'}
PROBE = {
    'shops': ['Здравствуйте!',
              'До скольки работает пункт самовывоза? Помогите оформить заказ! '
              'Мне нужно организовать доставку сегодня.',
              '',
              PERSONA],
    'services': ['Добрый день!',
                 'Какие у вас тарифы, как заключить договор и сколько времени это займёт?',
                 '',
                 PERSONA],
}
QUESTION_BITS = ['До скольки работает пункт', 'Помогите оформить заказ!', 'Какие у вас тарифы, как',
                 'организовать доставку сегодня.']

OPEN, CLOSE = '\u27e6', '\u27e7'
MARKS = re.compile(OPEN + '(.*?)' + CLOSE, re.S)

MESSAGES = []


def T(s):
    """Dedent a body text written in the source and drop the newline right after the opening quotes."""
    s = textwrap.dedent(s)
    return s[1:] if s.startswith('\n') else s


# --------------------------------------------------------------------------------------------------------------
# dates

MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
           'ноября', 'декабря']
MON_ABBR = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
DOW = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
DOW_CAP = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
DOW_ABBR = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
EN_DOW = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def parse_delay(s):
    total = timedelta()
    units = {'d': 'days', 'h': 'hours', 'm': 'minutes', 's': 'seconds'}
    for num, unit in re.findall(r'(\d+)([dhms])', s):
        total += timedelta(**{units[unit]: int(num)})
    return total


# --------------------------------------------------------------------------------------------------------------
# quoting the probe

class Ctx:
    """What a message's text may refer to: the probe it answers and the reply's own time and addresses."""

    def __init__(self, m, probe_dt, reply_dt, token):
        self.m = m
        self.seg = m.seg
        self.probe_dt = probe_dt                      # aware, MSK
        self.reply_dt = reply_dt                      # aware, the company's zone
        self.local_probe = probe_dt.astimezone(reply_dt.tzinfo)
        self.token = token
        self.to = 'anatoly+%s@shopper.example' % token if m.form else PADDR
        self.probe_mid = '<%s.%s@shopper.example>' % (probe_dt.strftime('%Y%m%d%H%M%S'), token)
        self.company = m.from_addr
        self.subject = SUBJ[m.seg]

    def probe_lines(self):
        return list(PROBE[self.seg])


def _gt(lines, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in lines)


def quote(style):
    """A callable giving the quoted probe in the style of a mail client or helpdesk."""
    def f(c):
        d = c.local_probe
        hm = d.strftime('%H:%M')
        lines = c.probe_lines()
        off = d.strftime('%z')
        off = off[:3] + ':' + off[3:]
        if style == 'gmail_ru':
            return ('%s, %d %s %d г. в %s, %s <%s>:\n\n%s'
                    % (DOW_ABBR[d.weekday()], d.day, MON_ABBR[d.month - 1], d.year, hm, PERSONA, PADDR,
                       _gt(lines)))
        if style == 'gmail_en':
            return ('On %s, %s %d, %d at %s %s %s <%s> wrote:\n\n%s'
                    % (EN_DOW[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year,
                       d.strftime('%I:%M').lstrip('0'), d.strftime('%p'), PERSONA, PADDR, _gt(lines)))
        if style == 'tb_ru':
            return '%s, %s пишет:\n%s' % (d.strftime('%d.%m.%Y %H:%M'), PERSONA, _gt(lines))
        if style == 'tb_en':
            return 'On %s, %s wrote:\n%s' % (d.strftime('%d.%m.%Y %H:%M'), PERSONA, _gt(lines))
        if style == 'mailru':
            head = '%s, %d %s %d, %s %s от %s <%s>:' % (DOW_CAP[d.weekday()], d.day, MON_GEN[d.month - 1],
                                                       d.year, hm, off, PERSONA, PADDR)
            return _gt([head, ''] + lines, '>')
        if style == 'yandex':
            return '%s, "%s" <%s>:\n%s' % (d.strftime('%d.%m.%Y, %H:%M'), PERSONA, PADDR, _gt(lines))
        if style == 'apple_ru':
            head = '%d %s %d г., в %s, %s <%s> написал(а):' % (d.day, MON_ABBR[d.month - 1], d.year, hm, PERSONA,
                                                               PADDR)
            return _gt([head, ''] + lines)
        if style == 'apple_en':
            head = 'On %d %s %d, at %s, %s <%s> wrote:' % (d.day, EN_MON[d.month - 1][:3], d.year, hm, PERSONA,
                                                           PADDR)
            return _gt([head, ''] + lines)
        if style == 'k9':
            return ('%d %s %d г. %s GMT%s, %s <%s> пишет:\n%s'
                    % (d.day, MON_GEN[d.month - 1], d.year, d.strftime('%H:%M:%S'), off, PERSONA, PADDR,
                       _gt(lines)))
        if style == 'roundcube':
            return '%s писал %s:\n%s' % (PERSONA, d.strftime('%Y-%m-%d %H:%M'), _gt(lines))
        if style == 'zimbra':
            return ('----- Исходное сообщение -----\nОт: "%s" <%s>\nКому: %s\nОтправленные: %s, %d %s %d г. %s\n'
                    'Тема: %s\n\n%s' % (PERSONA, PADDR, c.company, DOW_CAP[d.weekday()], d.day,
                                        MON_GEN[d.month - 1], d.year, d.strftime('%H:%M:%S'), c.subject,
                                        '\n'.join(lines)))
        if style == 'outlook_ru':
            return ('________________________________\nОт: %s <%s>\nОтправлено: %s, %d %s %d г. %s\nКому: %s\n'
                    'Тема: %s\n\n%s' % (PERSONA, PADDR, DOW[d.weekday()], d.day, MON_GEN[d.month - 1], d.year, hm,
                                        c.company, c.subject, '\n'.join(lines)))
        if style == 'outlook_ru2':
            return ('-----Original Message-----\nFrom: %s [mailto:%s] \nSent: %s, %d %s %d г. %s\nTo: %s\n'
                    'Subject: %s\n\n%s' % (PERSONA, PADDR, DOW[d.weekday()], d.day, MON_GEN[d.month - 1], d.year,
                                           hm, c.company, c.subject, '\n'.join(lines)))
        if style == 'outlook_ru3':
            return ('-----Исходное сообщение-----\nОт: %s <%s> \nОтправлено: %d %s %d г. %s\nКому: %s\n'
                    'Тема: %s\n\n%s' % (PERSONA, PADDR, d.day, MON_GEN[d.month - 1], d.year, hm, c.company,
                                        c.subject, '\n'.join(lines)))
        if style == 'outlook_en':
            return ('-----Original Message-----\nFrom: %s <%s> \nSent: %s, %s %d, %d %s %s\nTo: %s\n'
                    'Subject: %s\n\n%s' % (PERSONA, PADDR, EN_DOW[d.weekday()], EN_MON[d.month - 1], d.day, d.year,
                                           d.strftime('%I:%M').lstrip('0'), d.strftime('%p'), c.company, c.subject,
                                           '\n'.join(lines)))
        if style == 'fwd_ru':
            return ('-------- Исходное сообщение --------\nТема: %s\nДата: %s\nОт: %s <%s>\nКому: %s\n\n%s'
                    % (c.subject, d.strftime('%d.%m.%Y %H:%M'), PERSONA, PADDR, c.company, '\n'.join(lines)))
        if style == 'thebat':
            ls = ['АС> ' + l if l else 'АС>' for l in lines]
            return '\n'.join(ls)
        if style == 'bare':
            return _gt(lines)
        if style == 'history':
            return '%s, %d %s %d, %s\n\n%s' % (PERSONA, d.day, MON_ABBR[d.month - 1], d.year, hm, '\n'.join(lines))
        if style == 'history_en':
            return '%s, %s %d, %d, %s\n\n%s' % (PERSONA, EN_MON[d.month - 1][:3], d.day, d.year, hm,
                                                 '\n'.join(lines))
        if style == 'plain':
            return '\n'.join(lines)
        raise ValueError(style)
    return f


def probe_date_ru(c):
    d = c.local_probe
    return '%d %s %d г. %s' % (d.day, MON_GEN[d.month - 1], d.year, d.strftime('%H:%M'))


def reply_date_ru(c):
    d = c.reply_dt
    return '%d %s %d г., %s' % (d.day, MON_ABBR[d.month - 1], d.year, d.strftime('%H:%M'))


def reply_date_num(c):
    return c.reply_dt.strftime('%d.%m.%Y %H:%M')


def probe_date_num(c):
    return c.local_probe.strftime('%d.%m.%Y %H:%M')


def reply_date_en(c):
    d = c.reply_dt
    return '%s %d, %d, %s' % (EN_MON[d.month - 1][:3], d.day, d.year, d.strftime('%H:%M'))


def to_addr(c):
    return c.to


# --------------------------------------------------------------------------------------------------------------
# charsets

FIT = {
    '₽': 'руб.', '«': '"', '»': '"', '—': '-', '–': '-', '№': 'N', '…': '...', '“': '"', '”': '"',
    '„': '"', '’': "'", '\xa0': ' ', '•': '*', '✓': '+', '→': '->', '×': 'x', '€': 'EUR', '·': '-',
    '−': '-',
}


def fit(text, cs):
    """Replace what the charset cannot carry, as a mail client would before sending."""
    if cs.lower() in ('utf-8', 'us-ascii'):
        if cs.lower() == 'us-ascii':
            unmark(text).encode('ascii')
        return text
    out = []
    if '₽' in text:
        try:
            '₽'.encode(cs)
        except UnicodeEncodeError:
            text = text.replace('₽.', 'руб.')          # no «руб..» at the end of a sentence
    for ch in text:
        if ch in (OPEN, CLOSE):
            out.append(ch)
            continue
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in FIT:
                rep = FIT[ch]
                try:
                    rep.encode(cs)
                except UnicodeEncodeError:
                    rep = FIT.get(rep, rep)
                out.append(rep)
            elif ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) < 0x2800 or ch in '\ufe0f\u200d':
                out.append('')                       # emoji are lost in an 8-bit charset
            else:
                raise ValueError('cannot fit %r into %s' % (ch, cs))
    return ''.join(out)


def enc_word(text, cs, how='B', phrase=False):
    """RFC 2047 encoded words (folded with CRLF SP later), or the text itself when it is plain ASCII.
    In a phrase (a display name) the words are split only after a space, as many mailers do, because some
    parsers put a space between adjacent encoded words of an address header."""
    if all(32 <= ord(ch) < 127 for ch in text):
        return text
    words = []
    cur = ''

    def encode(s):
        b = s.encode(cs)
        if how == 'B':
            return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode())
        q = ''.join(chr(x) if (chr(x).isalnum() and x < 128) else ('_' if x == 32 else '=%02X' % x) for x in b)
        return '=?%s?Q?%s?=' % (cs, q)

    units = re.findall(r'\S+\s*|\s+', text) if phrase else list(text)
    for u in units:
        if len(encode(cur + u)) > 74 and cur:
            words.append(encode(cur))
            cur = u
        else:
            cur += u
    if cur:
        words.append(encode(cur))
    return '\n '.join(words)


def addr_header(name, addr, cs, how='B', quote_ascii=True):
    if not name:
        return addr
    if all(32 <= ord(ch) < 127 for ch in name):
        if quote_ascii or re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return '%s <%s>' % (name, addr)
    if how == 'Q' and '\n' in enc_word(name, cs, 'Q', phrase=True):
        how = 'B'                      # a short name in Q, a longer one in B, so it stays one encoded word
    return '%s <%s>' % (enc_word(name, cs, how, phrase=True), addr)


# --------------------------------------------------------------------------------------------------------------
# HTML

BLOCK_TAGS = re.compile(r'</?(?:br|p|div|tr|td|th|li|ul|ol|table|tbody|thead|h[1-6]|blockquote|hr|center|pre)'
                        r'\b[^>]*>', re.I)


def visible(h):
    """The visible text of an HTML fragment: block tags become spaces, other tags vanish, entities decoded."""
    h = re.sub(r'(?is)<(style|head|script|title)\b.*?</\1>', ' ', h)
    h = re.sub(r'(?s)<!--.*?-->', '', h)
    h = BLOCK_TAGS.sub(' ', h)
    h = re.sub(r'<[^>]+>', '', h)
    return html.unescape(h)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def esc(line, ents):
    s = html.escape(line, quote=False)
    if ents:
        s = s.replace('«', '&laquo;').replace('»', '&raquo;').replace('—', '&mdash;').replace('№', '&#8470;')
        s = s.replace('₽', '&#8381;').replace('–', '&ndash;')
    return s


def render_html(text, style='gmail', ents=False, cs='utf-8'):
    """Render a plain body (with marks) as the HTML a client of the given style would send."""
    blocks = []            # ('text', [lines]) or ('quote', [lines])
    for line in text.split('\n'):
        kind = 'quote' if line.startswith('>') else 'text'
        body = re.sub(r'^> ?', '', line) if kind == 'quote' else line
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(body)
        else:
            blocks.append((kind, [body]))
    out = []
    for kind, lines in blocks:
        if kind == 'quote':
            inner = render_lines(lines, style, ents)
            if style == 'gmail':
                out.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                           '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                           % inner)
            elif style == 'mailru':
                out.append('<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
                           '%s</blockquote>' % inner)
            else:
                out.append('<blockquote type="cite">%s</blockquote>' % inner)
        else:
            out.append(render_lines(lines, style, ents))
    body = '\n'.join(out)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n%s\n<style><!--\n'
                'p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="RU" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>'
                % (meta, body))
    if style == 'gmail':
        return '<div dir="ltr">%s</div>' % body
    if style == 'table':
        return ('<!DOCTYPE html>\n<html><head>%s<title></title></head>\n<body style="background:#f4f4f4">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">\n'
                '<tr><td style="padding:24px">\n%s\n</td></tr>\n</table>\n</td></tr></table>\n</body></html>'
                % (meta, body))
    return '<html><head>%s</head><body>\n%s\n</body></html>' % (meta, body)


def render_lines(lines, style, ents):
    out = []
    if style == 'outlook':
        for l in lines:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l, ents) if l else '&nbsp;'))
    elif style in ('gmail', 'mailru'):
        for l in lines:
            out.append('<div>%s</div>' % (esc(l, ents) if l else '<br>'))
    elif style == 'table':
        paras, cur = [], []
        for l in lines + ['']:
            if l:
                cur.append(esc(l, ents))
            elif cur:
                paras.append(cur)
                cur = []
        for p in paras:
            out.append('<p style="margin:0 0 12px 0">%s</p>' % '<br>\n'.join(p))
    else:
        for l in lines:
            out.append(esc(l, ents) + '<br>')
    return '\n'.join(out)


# --------------------------------------------------------------------------------------------------------------
# the message model

class M:
    def __init__(self, kind, lang, name, seg, frm, body=None, enc='utf-8 qp', fmt='plain', note='', subj=None,
                 form=False, irt=None, hdrs=(), at=None, after=None, tz=3, hstyle='gmail', ents=False, hbody=None,
                 hw=None, attach=None, builder=None, to_name=True, return_path=None, received=None, flowed=False):
        self.kind, self.lang, self.name, self.seg = kind, lang, name, seg
        if builder is None:
            mm = re.match(r'^(.*?)\s*<([^>]+)>$', frm)
            self.from_name, self.from_addr = (mm.group(1).strip('"'), mm.group(2)) if mm else ('', frm)
        else:
            self.from_name, self.from_addr = '', frm
        self.body = body if isinstance(body, (list, tuple)) else [body]
        cs, cte = enc.split()
        self.cs, self.cte = cs, cte
        self.fmt, self.note, self.subj, self.form = fmt, note, subj, form
        self.irt = (not form) if irt is None else irt
        self.hdrs = list(hdrs)
        self.at, self.after, self.tz = at, after, tz
        self.hstyle, self.ents, self.hbody, self.hw = hstyle, ents, hbody, hw
        self.attach, self.builder, self.to_name = attach, builder, to_name
        self.return_path, self.received, self.flowed = return_path, received, flowed
        MESSAGES.append(self)


def human(*a, **k):
    return M('human', *a, **k)


def redirect(*a, **k):
    return M('redirect', *a, **k)


def ack(*a, **k):
    return M('ack', *a, **k)


def auto(*a, **k):
    return M('autoreply', *a, **k)


def bounce(lang, name, seg, frm, builder, note='', **k):
    return M('bounce', lang, name, seg, frm, builder=builder, note=note, **k)


def assemble(pieces, c):
    return ''.join(p(c) if callable(p) else p for p in pieces).replace('%COMPANY%', c.company)


def flow(text, width=72):
    """format=flowed: wrap long unquoted lines at spaces, leaving a trailing space on each soft break."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= width or line == '-- ':
            out.append(line)
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        out.append(cur)
    return '\n'.join(out)


def encode_body(text, cs, cte):
    """Text (LF line ends) to the bytes of a body in the given transfer encoding (LF line ends)."""
    if cte == 'b64':
        raw = text.replace('\n', '\r\n').encode(cs)
        b = base64.b64encode(raw).decode()
        return '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)).encode() + b'\n', 'base64'
    raw = text.encode(cs)
    if cte == 'qp':
        return quopri.encodestring(raw, quotetabs=False), 'quoted-printable'
    if cte == '7bit':
        raw.decode('ascii')
        return raw, '7bit'
    return raw, '8bit'


def leaf(text, ctype, cs, cte, extra=''):
    body, cten = encode_body(text, cs, cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    head = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, cs, extra, cten)
    return head.encode() + b'\n' + body


def boundary(rnd):
    return '----=_Part_%d_%d.%d' % (rnd.randint(10000, 99999), rnd.randint(100000000, 999999999),
                                    rnd.randint(1000000000000, 1999999999999))


def multipart(sub, parts, rnd, extra=''):
    b = boundary(rnd)
    out = [('Content-Type: multipart/%s;%s\n boundary="%s"\n\n' % (sub, extra, b)).encode()]
    for p in parts:
        out.append(('--%s\n' % b).encode() + p)
    out.append(('--%s--\n' % b).encode())
    return b''.join(out)


def extract(text):
    """The label from a marked text: the marked pieces joined with single spaces."""
    return norm(' '.join(MARKS.findall(text)))


def unmark(text):
    return text.replace(OPEN, '').replace(CLOSE, '')


def probe_bytes(c):
    """The probe as the persona's mailer sent it (for bounces that return it)."""
    text = '\n'.join(c.probe_lines()) + '\n'
    body, _ = encode_body(text, 'utf-8', 'qp')
    h = ('Return-Path: <%s>\nMessage-ID: %s\nDate: %s\nMIME-Version: 1.0\nFrom: %s\nTo: %s\nSubject: %s\n'
         'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n'
         % (PADDR, c.probe_mid, email.utils.format_datetime(c.probe_dt), addr_header(PERSONA, PADDR, 'utf-8'),
            c.company, enc_word(c.subject, 'utf-8')))
    return h.encode() + b'\n' + body


def probe_headers(c):
    b = probe_bytes(c)
    return b.split(b'\n\n', 1)[0] + b'\n'


def build(m, c, rnd):
    """Return (bytes with LF line ends, label)."""
    label = ''
    if m.builder is not None:
        return m.builder(c, rnd), ''
    text = fit(assemble(m.body, c), m.cs)
    if m.flowed:
        text = flow(text)
    if m.fmt in ('plain', 'alt', 'mixed'):
        label = extract(text)
        m.pieces = [norm(x) for x in MARKS.findall(text)]
    html_text = None
    if m.fmt in ('html', 'alt', 'mixed', 'mixed_html'):
        if m.hbody is not None:
            h = fit(assemble(m.hbody if isinstance(m.hbody, (list, tuple)) else [m.hbody], c), m.cs)
        else:
            h = render_html(text, m.hstyle, m.ents, m.cs)
        hlabel = norm(' '.join(visible(x) for x in MARKS.findall(h)))
        if m.fmt == 'html' or m.fmt == 'mixed_html':
            label = hlabel
            m.pieces = [norm(visible(x)) for x in MARKS.findall(h)]
        elif hlabel != label:
            raise ValueError('%s: plain and HTML labels differ:\n%s\n%s' % (m.name, label, hlabel))
        html_text = unmark(h)
    plain_text = unmark(text) + ('' if text.endswith('\n') else '\n')
    extra = '; format=flowed' if m.flowed else ''
    if m.fmt == 'plain':
        body = leaf(plain_text, 'text/plain', m.cs, m.cte, extra)
    elif m.fmt in ('html', 'mixed_html'):
        body = leaf(html_text, 'text/html', m.cs, m.cte)
    else:
        cte_p, cte_h = (m.cte.split('+') + [m.cte])[:2] if '+' in m.cte else (m.cte, m.cte)
        body = multipart('alternative', [leaf(plain_text, 'text/plain', m.cs, cte_p, extra),
                                         leaf(html_text, 'text/html', m.cs, cte_h)], rnd)
    if m.fmt in ('mixed', 'mixed_html'):
        fname, ctype, data = m.attach
        att = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
               'Content-Transfer-Encoding: base64\n\n' % (ctype, fname, fname)).encode()
        b = base64.b64encode(data).decode()
        att += '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)).encode() + b'\n'
        body = multipart('mixed', [body, att], rnd)
    return body, label


def headers_for(m, c, rnd):
    """The common header block of a reply (without the body's own Content-* lines)."""
    h = []
    rp = m.return_path if m.return_path is not None else m.from_addr
    h.append('Return-Path: <%s>' % rp)
    dom = m.from_addr.split('@')[1]
    recv_dt = c.reply_dt + timedelta(seconds=rnd.randint(1, 9))
    ip = '%s.%d' % (rnd.choice(['192.0.2', '198.51.100', '203.0.113']), rnd.randint(2, 250))
    mx = m.received or ('mail.' + dom)
    h.append('Received: from %s (%s [%s])\n\tby mx1.shopper.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
             % (mx, mx, ip, ''.join(rnd.choice('0123456789ABCDEF') for _ in range(10)), c.to,
                email.utils.format_datetime(recv_dt.astimezone(MSK))))
    return h


def mid(m, rnd):
    dom = m.from_addr.split('@')[1]
    r = ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
    return '<%s.%s@%s>' % (rnd.randint(1000000, 9999999), r, dom)


def make(m, idx, rnd):
    at = m.at
    if at is None:
        at = '%02d:%02d' % (rnd.randint(10, 16), rnd.randint(0, 59))
    hh, mm_ = map(int, at.split(':'))
    probe_dt = datetime(2026, 12, 7, hh, mm_, rnd.randint(0, 59), tzinfo=MSK)
    after = m.after
    if after is None:
        after = {'human': '%dm' % rnd.randint(12, 420), 'redirect': '%dm' % rnd.randint(6, 300),
                 'ack': '%ds' % rnd.randint(3, 80), 'autoreply': '%ds' % rnd.randint(2, 50),
                 'bounce': '%ds' % rnd.randint(1, 25)}[m.kind]
    tzinfo = timezone(timedelta(hours=m.tz))
    reply_dt = (probe_dt + parse_delay(after)).astimezone(tzinfo)
    token = ''.join(rnd.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(8))
    c = Ctx(m, probe_dt, reply_dt, token)
    if m.hw is None:
        m.hw = rnd.choice('BBQ')
    body, label = build(m, c, rnd)
    if m.builder is not None:
        return body, label, c
    h = headers_for(m, c, rnd)
    h.append('Date: %s' % email.utils.format_datetime(reply_dt))
    hcs = 'utf-8' if m.cs == 'us-ascii' else m.cs
    h.append('From: %s' % addr_header(m.from_name, m.from_addr, hcs, m.hw))
    h.append('To: %s' % (addr_header(PERSONA, c.to, hcs, m.hw) if m.to_name else c.to))
    subj = m.subj if m.subj is not None else 'Re: %S'
    subj = fit(subj.replace('%S', c.subject).replace('%T', c.token), hcs)
    if subj.startswith('RAW8:'):
        h.append('Subject: %s' % subj[5:])
    else:
        h.append('Subject: %s' % enc_word(subj, hcs, m.hw))
    h.append('Message-ID: %s' % mid(m, rnd))
    if m.irt:
        h.append('In-Reply-To: %s' % c.probe_mid)
        h.append('References: %s' % c.probe_mid)
    for k, v in m.hdrs:
        v = v(c) if callable(v) else v
        h.append('%s: %s' % (k, v))
    h.append('MIME-Version: 1.0')
    head = '\n'.join(h).encode('utf-8') + b'\n'
    return head + body, label, c


# --------------------------------------------------------------------------------------------------------------
# bounces


def dsn(human_text, mta, recipient_status, *, subject='Undelivered Mail Returned to Sender', sender=None,
        cs='us-ascii', cte='7bit', lang='en', return_whole=True, extra_headers=(), arrival=True,
        human_ctype='text/plain', from_name='Mail Delivery System', hw='B', tz=3):
    """An RFC 3464 report.  recipient_status: list of (recipient or None for the company's address, action,
    status, diagnostic, remote_mta)."""
    def b(c, rnd):
        dom = c.company.split('@')[1]
        mta_host = mta.replace('%D', dom)
        frm = (sender or ('MAILER-DAEMON@' + mta_host)).replace('%D', dom).replace('%H', mta_host)
        dt = c.reply_dt
        text = human_text(c) if callable(human_text) else human_text
        text = text.replace('%R', c.company).replace('%H', mta_host).replace('%S', c.subject).replace('%D', dom)
        text = fit(text, cs)
        h = ['Return-Path: <>',
             'Received: from %s (%s [203.0.113.%d])\n\tby mx1.shopper.example (Postfix) with ESMTPS id %s\n\t'
             'for <%s>; %s' % (mta_host, mta_host, rnd.randint(2, 250),
                               ''.join(rnd.choice('0123456789ABCDEF') for _ in range(10)), c.to,
                               email.utils.format_datetime(dt.astimezone(MSK))),
             'Date: %s' % email.utils.format_datetime(dt),
             'From: %s' % addr_header(fit(from_name, cs) if from_name else '', frm, 'utf-8' if cs == 'us-ascii'
                                      else cs, hw),
             'To: %s' % c.to,
             'Subject: %s' % enc_word(fit(subject.replace('%S', c.subject), cs) if cs != 'us-ascii'
                                      else subject.replace('%S', c.subject), 'utf-8' if cs == 'us-ascii' else cs,
                                      hw),
             'Message-ID: <%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), rnd.randint(10000, 99999), mta_host),
             'Auto-Submitted: auto-replied']
        for k, v in extra_headers:
            h.append('%s: %s' % (k, v))
        h.append('MIME-Version: 1.0')
        ds = ['Reporting-MTA: dns; %s' % mta_host]
        if arrival:
            ds.append('Arrival-Date: %s' % email.utils.format_datetime(c.probe_dt))
        ds.append('')
        for rcpt, action, status, diag, remote in recipient_status:
            rcpt = (rcpt or '%R').replace('%R', c.company).replace('%D', dom)
            ds.append('Final-Recipient: rfc822; %s' % rcpt)
            ds.append('Original-Recipient: rfc822;%s' % rcpt) if rnd.random() < 0.5 else None
            ds.append('Action: %s' % action)
            ds.append('Status: %s' % status)
            if remote:
                ds.append('Remote-MTA: dns; %s' % remote.replace('%D', dom))
            if diag:
                diag = diag.replace('%R', rcpt).replace('%D', dom)
                ds.append('Diagnostic-Code: %s' % (diag if re.match(r'^X-[\w-]+;', diag) else 'smtp; ' + diag))
            ds.append('')
        ds = [x for x in ds if x is not None]
        parts = [leaf(text, human_ctype, cs, cte, ''),
                 b'Content-Type: message/delivery-status\n\n' + '\n'.join(ds).encode() + b'\n']
        if return_whole:
            parts.append(b'Content-Type: message/rfc822\nContent-Disposition: inline\n\n' + probe_bytes(c))
        else:
            parts.append(b'Content-Type: text/rfc822-headers\n\n' + probe_headers(c))
        body = multipart('report', parts, rnd, ' report-type=delivery-status;')
        return '\n'.join(h).encode() + b'\n' + body
    return b


def plainbounce(text, *, sender='MAILER-DAEMON@%H', host='mx.%D', subject='Mail delivery failed',
                cs='us-ascii', cte='7bit', from_name='', attach='inline', extra_headers=(), hw='B',
                return_path='<>', ctype='text/plain'):
    """A non-standard bounce: one text part (the probe appended as text), or text + message/rfc822."""
    def b(c, rnd):
        dom = c.company.split('@')[1]
        mta_host = host.replace('%D', dom)
        frm = sender.replace('%H', mta_host).replace('%D', dom)
        dt = c.reply_dt
        t = text(c) if callable(text) else text
        t = t.replace('%R', c.company).replace('%H', mta_host).replace('%S', c.subject).replace('%D', dom)
        if attach == 'inline':
            pb = probe_bytes(c).decode('utf-8')
            t = t.replace('%P', pb.rstrip('\n'))
        t = fit(t, cs)
        h = ['Return-Path: %s' % return_path,
             'Received: from %s (%s [198.51.100.%d])\n\tby mx1.shopper.example (Postfix) with ESMTP id %s\n\t'
             'for <%s>; %s' % (mta_host, mta_host, rnd.randint(2, 250),
                               ''.join(rnd.choice('0123456789ABCDEF') for _ in range(10)), c.to,
                               email.utils.format_datetime(dt.astimezone(MSK))),
             'Date: %s' % email.utils.format_datetime(dt),
             'From: %s' % addr_header(fit(from_name, cs), frm, 'utf-8' if cs == 'us-ascii' else cs, hw),
             'To: %s' % c.to,
             'Subject: %s' % enc_word(fit(subject.replace('%S', c.subject), cs),
                                      'utf-8' if cs == 'us-ascii' else cs, hw),
             'Message-ID: <E1%s-%s@%s>' % (''.join(rnd.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
                                                  for _ in range(5)), rnd.randint(100000, 999999), mta_host)]
        for k, v in extra_headers:
            h.append('%s: %s' % (k, v.replace('%R', c.company).replace('%D', dom)))
        h.append('MIME-Version: 1.0')
        if attach == 'rfc822':
            body = multipart('mixed', [leaf(t, ctype, cs, cte),
                                       b'Content-Type: message/rfc822\nContent-Disposition: attachment\n\n'
                                       + probe_bytes(c)], rnd)
        else:
            body = leaf(t, ctype, cs, cte)
        return '\n'.join(h).encode() + b'\n' + body
    return b


# ==============================================================================================================
# THE MESSAGES
# ==============================================================================================================


# --------------------------------------------------------------------------------------------------------------
# human: a person's real answer

human('ru', 'iris-flowers', 'shops', 'Катя из «Ириса» <hello@iris-flowers.example.ru>', [T('''
⟦Привет, Анатолий!
Мы на Садовой, 12 — самовывоз до 20:00 без выходных 🌷
Заказ давайте оформлю прямо тут: напишите, какой букет нужен (или пришлите фото из каталога) и к какому времени. Сегодня доставим по городу, если успеете до 17:00, курьер — 350 ₽.⟧

-- 
Катя
цветочная лавка «Ирис»
+7 (912) 604-18-33

'''), quote('gmail_ru')], enc='utf-8 qp', hdrs=[('X-Mailer', 'Gmail-like webmail')],
      note='casual, emoji, «--» signature, Gmail quote')

human('ru', 'kedr-mebel', 'shops', 'Пахомов Григорий <g.pakhomov@kedr-mebel.example.ru>', [T('''
⟦Уважаемый Анатолий, добрый день!

Благодарим за интерес к продукции фабрики.
Склад готовой продукции (самовывоз) работает по будням с 9:00 до 18:00, в субботу — с 10:00 до 15:00.
Заказ мы оформим сами: пришлите, пожалуйста, артикулы или названия моделей, и менеджер выставит счёт в течение часа.
Доставка сегодня возможна только для позиций, которые есть на складе; мебель под заказ изготавливается 10–14 рабочих дней.⟧

С уважением,
Пахомов Григорий Сергеевич
менеджер отдела продаж
ООО «Кедр и Ко» — мебельная фабрика
т. +7 (8332) 41-07-55, доб. 112
www.kedr-mebel.example.ru

Настоящее сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если вы получили это сообщение по ошибке, сообщите об этом отправителю и удалите его.

'''), quote('outlook_ru')], enc='windows-1251 qp', tz=3,
      hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdmKq3b2c9l1yY0lQ0mZk7Pq1vX2Rg==')],
      note='formal «Уважаемый», full position block, Russian disclaimer, Outlook «От:/Отправлено:» quote')

human('ru', 'gadget-pvz', 'shops', 'Гаджет Поинт <gadgetpoint@mp-seller.example.ru>', [T('''
⟦Здравствуйте. ПВЗ до 21. Ссылку на товар пришлите — оформлю заказ сам. Курьер сегодня успеет, если оплатите до 15:00.⟧

Отправлено с iPhone

'''), quote('apple_ru')], enc='utf-8 8bit', after='9m', hdrs=[('X-Mailer', 'iPhone Mail (22B91)')],
      note='terse marketplace seller, iPhone device line, Apple quote with attribution inside «>»')

human('ru', 'setplus-isp', 'services', 'Абонентский отдел СетьПлюс <abon@setplus.example.ru>', [T('''
⟦Добрый день, Анатолий.

Для квартир у нас три тарифа:
- «Старт» 100 Мбит/с — 490 ₽/мес.;
- «Оптимум» 300 Мбит/с — 650 ₽/мес.;
- «Турбо» 1 Гбит/с — 890 ₽/мес.
Договор подписывается с монтажником в день подключения, нужен только паспорт. Подключение занимает от 1 до 3 рабочих дней после заявки.⟧

--
Абонентский отдел «СетьПлюс»
8 (3412) 90-11-22

'''), quote('tb_ru')], enc='koi8-r 8bit', tz=4, hdrs=[('User-Agent', 'Mozilla/5.0 Thunderbird/115.6.0')],
      note='ISP, dash list, koi8-r turns ₽ into «руб.», Thunderbird quote')

human('ru', 'doctor-ryadom', 'services', 'Ирина Белова <dogovor@doctor-ryadom.example.ru>', [T('''
⟦Здравствуйте, Анатолий!

Спасибо, что обратились в клинику «Доктор Рядом».
По вашим вопросам:
1. Тарифы. Годовое прикрепление взрослого — от 38 000 ₽, программа «Семья» — от 96 000 ₽; корпоративные программы считаем под число сотрудников.
2. Договор. Можно подписать в регистратуре или удалённо: пришлём договор-оферту на почту, оплата по ссылке.
3. Сроки. Прикрепление начинает действовать через 2 рабочих дня после оплаты.

Если удобно, могу сразу подготовить договор — пришлите ФИО и дату рождения.⟧

С уважением,
Ирина Белова
администратор отдела договоров
Клиника «Доктор Рядом»
+7 (843) 510-20-30

'''), quote('outlook_ru')], enc='utf-8 b64', fmt='alt', hstyle='outlook', ents=True,
      hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
      note='clinic, numbered answer, offers to prepare the contract, Outlook HTML with entities')

human('ru', 'gruztrassa', 'services', 'ГрузТрасса, коммерческий отдел <kom@gruztrassa.example.ru>', [T('''
⟦Анатолий, добрый день!

Тарифы зависят от направления и объёма. Для ориентира: сборный груз Москва — Екатеринбург от 18 ₽/кг (минимум 1 500 ₽), отдельная машина 20 т — от 92 000 ₽.
Договор у нас типовой: присылаете реквизиты, мы направляем договор по ЭДО или курьером в бумаге.
Заключение занимает 1–2 рабочих дня, первую отправку можно сделать сразу после подписания.⟧

С уважением,
Валентина Крюкова
ведущий менеджер
ООО «ГрузТрасса»
Тел.: +7 (495) 118-40-62

'''), quote('outlook_ru3')], enc='windows-1251 b64', fmt='html', hstyle='outlook', ents=True,
      hdrs=[('X-Mailer', 'Microsoft Outlook 15.0')],
      note='logistics, HTML only (Outlook), «-----Исходное сообщение-----» block in HTML')

human('ru', 'sdelkin-crm', 'services', 'Сделкин CRM — поддержка <help@sdelkin.example>', [T('''
##- Пожалуйста, пишите ответ над этой линией -##

Ваше обращение №58120 обновлено.

Денис Орлов (Сделкин CRM)
'''), reply_date_ru, T('''


⟦Добрый день, Анатолий!

Тарифов три: «Соло» — 590 ₽ в месяц за пользователя, «Команда» — 990 ₽, «Бизнес» — 1 490 ₽ (при оплате за год скидка 15%).
Договор заключаем по оферте: достаточно оплатить счёт с сайта. Если нужен двусторонний договор, подпишем через ЭДО — это около 3 рабочих дней.
Доступ открываем сразу после регистрации, первые 14 дней бесплатно.⟧

Денис,
служба заботы о клиентах

--------------------------------
'''), quote('history'), T('''

--------------------------------
Это письмо отправлено по обращению №58120. Чтобы дополнить обращение, просто ответьте на него.
''')], enc='utf-8 qp', subj='[Обращение №58120] Re: %S', after='19h31m',
      hdrs=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk'), ('X-Ticket-ID', '58120')],
      note='helpdesk chrome: reply-above marker, «обновлено» line, agent name/time line, thread history, '
           'ticket footer; Auto-Submitted + Precedence: bulk on a person\'s answer')

human('ru', 'sever-capital-bank', 'services', 'Ксения Ложкина <k.lozhkina@severcap-bank.example.ru>', [T('''
⟦Анатолий, здравствуйте!

Для ИП и ООО у нас три пакета расчётно-кассового обслуживания:
• «Начало» — 0 ₽ в месяц, платёж 49 ₽;
• «Развитие» — 1 490 ₽ в месяц, 50 платежей включено;
• «Оборот» — 4 900 ₽ в месяц, платежи без ограничений.
Договор заключается онлайн: вы заполняете заявку, представитель банка приезжает с документами. Счёт открываем за 1 рабочий день, договор подписывается при встрече.⟧

С уважением,
Ксения Ложкина
Персональный менеджер
Банк «Северный капитал»

Информация в этом сообщении конфиденциальна и предназначена только для указанного получателя. Банк не несёт ответственности за решения, принятые на основании этого письма.
This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message.

'''), quote('outlook_ru2')], enc='utf-8 qp', fmt='alt', hstyle='outlook',
      hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('X-MS-Has-Attach', '')],
      note='bank, bullet list, bilingual disclaimer, «-----Original Message-----» with Russian date')

human('ru', 'avtodok-zapchasti', 'shops', 'Сергей <avtodok-servis@mailbox.example.ru>', [T('''
⟦Здраствуйте
самовывоз до 19 00, в субботу до 16.
заказ оформлю, скиньте вин номер машины и что нужно. по городу сегодня можем отвезти, курьер 400р⟧

Отправлено из мобильной Почты

'''), quote('mailru')], enc='windows-1251 8bit', after='1h4m',
      hdrs=[('X-Mailer', 'Mail.ru Mobile Mail Android')],
      note='car service parts, lower case and typos, device line, Mail.ru «>» quote without space')

human('ru', 'khinkali-gogi', 'shops', 'Хинкальная у Гоги <zakaz@u-gogi.example.ru>', [T('''
⟦Добрый вечер, Анатолий!
Забрать заказ у нас можно ежедневно с 11 до 23. Оформить заказ можно прямо ответом на это письмо: перечислите блюда и время, когда заберёте или куда привезти. Доставка сегодня работает до 22:30, по центру бесплатно от 1 500 ₽.
Приятного аппетита!⟧
Команда «Хинкальной у Гоги»
'''), '\n\n', quote('yandex')], enc='utf-8 qp', at='16:20', after='2h5m',
      note='restaurant, closing pleasantry «Приятного аппетита!» kept, lone team-name signature, Yandex quote')

human('ru', 'ottisk-inline', 'services', 'Роман Гусев <roman@ottisk-print.example.ru>', [T('''
⟦Добрый день, Анатолий! Отвечаю по пунктам.⟧

'''), lambda c: quote('gmail_ru')(c).split('\n')[0], T('''

> Добрый день!
> Какие у вас тарифы,

⟦Цены зависят от тиража: визитки от 900 ₽ за 1000 шт., листовки А5 — от 3,20 ₽ за штуку, буклеты считаем по макету.⟧

> как заключить договор

⟦Для юрлиц — договор поставки, пришлём на подпись по почте или через ЭДО. Физлицам договор не нужен, достаточно оплаты по счёту.⟧

> и сколько времени это займёт?

⟦Договор подписываем в день обращения, печать — 2–3 рабочих дня.⟧

--
Роман, менеджер типографии «Оттиск»
''')], enc='utf-8 8bit', note='printing house, inline answers between the quoted question\'s pieces')

human('ru', 'loft-shkafy', 'shops', 'Мастерская шкафов ЛОФТ <loft-shkaf@loft-shkaf.example.ru>', [T('''
⟦Добрый день!
Пункта самовывоза у нас нет: шкафы делаем под размер и привозим сами, вместе с установкой. Сегодня, к сожалению, не получится — изготовление от 7 дней.
Заказ оформим после замера. Замерщик может приехать завтра с 10 до 13, подойдёт?⟧

Виталий

'''), quote('yandex')], enc='koi8-r qp', tz=5,
      note='furniture to order, negative answer («самовывоза нет»), asks a question back, lone name line')

human('ru', 'khvost-i-lapy', 'shops', 'Алёна <shop@khvost-lapy.example.ru>', [T('''
⟦Здравствуйте!
Пункт выдачи на Ленина, 45 открыт до 20:00, в воскресенье до 18:00.
Заказ можно оформить на сайте или продиктовать по телефону 8 (351) 700-45-45 — как вам удобнее. Если напишете список здесь, я тоже оформлю. Доставка сегодня — при заказе до 14:00.
Хорошего дня!⟧

Алёна, зоомагазин «Хвост и Лапы»

'''), quote('gmail_ru')], enc='utf-8 qp', fmt='alt', hstyle='gmail',
      note='answers and also gives a phone (still human), «Хорошего дня!» kept before the name line')

human('ru', 'chai-shen', 'shops', 'Чайная лавка Шэн <info@shen-tea.example.ru>', [T('''
⟦Добрый день. Режим работы пункта выдачи: пн–пт 9:00–20:00, сб–вс 10:00–18:00. Адрес: ул. Гончарова, 3, вход со двора.⟧

С уважением, чайная лавка «Шэн»

'''), quote('roundcube')], enc='windows-1251 b64', hdrs=[('User-Agent', 'Roundcube Webmail/1.6.5')],
      note='partial answer: only the opening hours; valediction and company on one line; Roundcube quote')

human('ru', 'stroydvor', 'shops', 'Михаил Кравец <m.kravets@stroydvor.example.ru>', [T('''
⟦Анатолий, добрый день!

Давайте я оформлю заказ за вас — пришлите, пожалуйста:
— что нужно и в каком количестве;
— ФИО и телефон получателя;
— адрес доставки.
Склад самовывоза на Промышленной, 8 работает с 8 до 19. Сегодня отвезём, если заказ будет до 13:00: машина уходит в 14:00.⟧

С наилучшими пожеланиями,
Михаил Кравец
ООО «Стройдвор»

'''), quote('outlook_ru2')], enc='utf-8 8bit', at='10:40', after='41m',
      hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
      note='offers to place the order, dash list, «С наилучшими пожеланиями» valediction')

human('ru', 'obzharka-coffee', 'shops', 'Обжарка — поддержка <support@obzharka.example.ru>', [T('''
— Напишите ответ выше этой строки —

Ольга Ким, служба поддержки
'''), reply_date_num, T('''


⟦Здравствуйте, Анатолий!

Самовывоз из нашей обжарочной (Малая Пироговская, 5) — по будням с 10:00 до 19:00.
Заказ можно оформить на сайте, а могу и я: напишите, какой кофе, сколько пачек и помол. Сегодня доставим курьером, если заказ будет до 15:00; обжариваем утром, так что зерно будет свежее.⟧

С уважением,
Ольга

Обращение №2213 · Статус: ожидает вашего ответа

'''), '\n\nВы писали ', probe_date_num, ':\n\n', quote('plain')], enc='utf-8 qp', fmt='html', hstyle='table', ents=True, subj='Re: %S [#2213]',
      hdrs=[('Auto-Submitted', 'auto-generated')],
      note='home-made helpdesk, HTML only (table layout), «Напишите ответ выше этой строки» marker, '
           'agent line, ticket status footer, question under «Вы писали»')

human('ru', 'debet-kredit', 'services', 'Елена Шубина <shubina@debet-kredit.example.ru>', [T('''
⟦Добрый день!

Стоимость обслуживания ИП на УСН без сотрудников — 3 500 ₽ в месяц, ООО на УСН — от 7 000 ₽ в зависимости от количества операций. Договор у нас стандартный, подписываем через ЭДО или курьером; готовим его в течение 1 рабочего дня после того, как получим реквизиты. На передачу дел от прошлого бухгалтера закладывайте 5 рабочих дней.⟧

-- 
Елена Шубина, главный бухгалтер
«Дебет-Кредит», бухгалтерия онлайн

'''), quote('tb_ru')], enc='utf-8 qp', flowed=True, hdrs=[('User-Agent', 'Mozilla/5.0 Thunderbird/128.3.1')],
      note='accounting outsourcing, format=flowed soft breaks, «-- » signature')

human('ru', 'volt-thebat', 'shops', 'Пётр <petr@volt-electro.example.ru>', [T('''
⟦Здравствуйте, Анатолий.⟧

Вы писали '''), lambda c: '%d %s %d г., %s:' % (c.local_probe.day, MON_GEN[11], 2026, c.local_probe.strftime('%H:%M')),
    '\n\n', quote('thebat'), T('''


⟦Самовывоз с Заводской, 17 работает до 18:30, по субботам до 15:00.
Заказ оформим: пришлите список позиций, выставлю счёт.
Доставка в день заказа — если оплата пройдёт до 12:00.⟧

-- 
С уважением,
 Пётр                          mailto:petr@volt-electro.example.ru
''')], enc='koi8-r 8bit', hdrs=[('X-Mailer', 'The Bat! (v10.4.1) Professional')],
      note='The Bat!: greeting, then initials quote «АС>» above the answer, «-- » + valediction')

human('ru', 'bastion-okhrana', 'services', 'Бастион-Сервис <sales@bastion-service.example.ru>', [T('''
⟦Анатолий, здравствуйте.
Пультовая охрана офиса — от 2 200 ₽ в месяц, тревожная кнопка — 1 100 ₽ в месяц, монтаж оборудования считаем после осмотра (обычно 8–15 тыс. ₽).
Договор заключаем после бесплатного обследования объекта. От заявки до постановки на охрану — 3–5 рабочих дней.⟧

С уважением,
отдел продаж ООО «Бастион-Сервис»
тел. 8 (4212) 47-00-09

'''), quote('zimbra')], enc='windows-1251 qp', tz=10, hdrs=[('X-Mailer', 'Zimbra 9.0.0_GA (ZimbraWebClient)')],
      note='security services, Zimbra «----- Исходное сообщение -----» quote, zone +1000')

human('ru', 'molniya-courier', 'services', 'Курьерская служба Молния <b2b@molniya-kurier.example.ru>', [T('''
⟦Здравствуйте, Анатолий!
Все тарифы есть на сайте molniya-kurier.example.ru/tarify, но коротко:
по городу — 290 ₽, срочная доставка за 2 часа — 490 ₽, межгород — от 380 ₽.
Для компаний заключаем договор: пришлите карточку организации, договор и доступ в личный кабинет отправим в тот же день. Начать работу можно на следующий рабочий день.⟧

Анна Веселова
менеджер по работе с корпоративными клиентами

'''), quote('yandex')], enc='utf-8 qp', fmt='alt', hstyle='simple',
      note='mentions the site but answers: prices, contract, timing; name + position signature')

human('ru', 'karapuz-detskoe', 'shops', 'Карапуз <karapuz@karapuz-kids.example.ru>', [T('''
⟦Здравствуйте! 😊
Самовывоз на Мира, 10 — с 10:00 до 21:00 каждый день.
Заказ оформлю, если пришлёте артикулы или названия. Сегодня привезём, если заказ будет до 16:00!⟧

Магазин детских товаров «Карапуз»

'''), quote('mailru')], enc='utf-8 b64', fmt='alt', hstyle='mailru',
      hdrs=[('X-Mailer', 'Mail.Ru Mailer 1.0')], note='Mail.ru web client, blockquote, emoji')

human('ru', 'oblachko-hosting', 'services', 'Хостинг Облачко <tickets@oblachko-host.example.ru>', [T('''
----- Ответьте выше этой линии, чтобы мы увидели ваше сообщение -----

'''), reply_date_num, T('''
 · Техподдержка · Марина

⟦Анатолий, добрый день!
Виртуальный хостинг — от 149 ₽ в месяц, VPS — от 390 ₽ в месяц, выделенные серверы — от 6 900 ₽.
Договор — публичная оферта, он считается заключённым с момента оплаты. Если нужен договор на бумаге для бухгалтерии, вышлем его с закрывающими документами в течение 2 рабочих дней. Сервер готов через 5–10 минут после оплаты.⟧

Марина, техподдержка

Заявка #А-20931 | Статус: ожидает вашего ответа
Не меняйте тему письма при ответе.
''')], enc='utf-8 b64', subj='Заявка #А-20931: %S', form=True, hdrs=[('Precedence', 'bulk')],
      note='hosting helpdesk: marker, time · team · agent line, ticket footer, Precedence: bulk, no quote')


human('ru', 'kaplya-santekhnika', 'shops', 'Капля <kaplya@kaplya-santeh.example.ru>', [T('''
⟦Добрый день! Работаем до 19:00. Сегодня доставки уже не будет, увы.⟧

'''), quote('yandex')], enc='koi8-r 8bit', at='16:30', after='25m',
      note='curt partial answer, no signature, no order help')

human('ru', 'chisty-list', 'services', 'Наталья Гринько <n.grinko@chistylist.example.ru>', [T('''
⟦Добрый день, Анатолий!

Благодарим за обращение в «Чистый лист».
Во вложении — прайс-лист на 2027 год. Коротко: ежедневная уборка офиса до 100 м² — от 24 000 ₽ в месяц, генеральная уборка — 95 ₽ за м².
Чтобы заключить договор, пришлите реквизиты компании и адрес объекта: менеджер выедет на осмотр, после чего мы направим договор и смету. Обычно от осмотра до первой уборки проходит 3–4 рабочих дня.⟧

С уважением,
Наталья Гринько
менеджер по работе с клиентами
клининговая компания «Чистый лист»
+7 (863) 300-71-17

'''), quote('outlook_ru')], enc='utf-8 qp', fmt='mixed',
      attach=('price-2027.pdf', 'application/pdf',
              b'%PDF-1.4\n% fictional price list\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
      hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
      note='cleaning company, price list attached (PDF), «Благодарим за обращение» at the start kept')

human('ru', 'lugovoe-ferma', 'shops', 'Ферма Луговое <zakaz@lugovoe-ferma.example.ru>', [T('''
⟦Анатолий, привет!
Самовывоза у нас, к сожалению, нет — мы возим сами. Зато заказ можно собрать прямо в переписке: напишите, что нужно (молоко, творог, мясо — всё есть в каталоге), и адрес.
Ближайшая доставка — сегодня с 19 до 22, успеваем, если закажете до 15:00.⟧

Ферма «Луговое»

'''), quote('gmail_ru')], enc='utf-8 b64', fmt='alt', hstyle='gmail', at='11:05',
      note='no pickup point but answers; offers to take the order by mail; lone company line')

human('ru', 'garipov-chekhly', 'shops', 'ИП Гарипов <garipov.cases@mp-seller.example.ru>', [T('''
⟦Добрый день! Самовывоз ежедневно до 20:00 — ТЦ «Орбита», 2 этаж, павильон 214. Заказ проще всего оформить на нашей странице на маркетплейсе, там же выберите доставку сегодня: курьер по городу приедет за 2–3 часа.⟧

Ренат

'''), quote('gmail_ru')], enc='utf-8 qp', note='marketplace seller; mentions the marketplace page but answers hours '
                                                  'and same-day delivery')

human('ru', 'piksel-inline', 'services', 'Студия Пиксель <hello@piksel-studio.example.ru>', [T('''
⟦Анатолий, приветствую.⟧

'''), lambda c: quote('tb_ru')(c).split('\n')[0], T('''

> Добрый день!
> Какие у вас тарифы, как заключить договор

⟦Лендинг — 45 000 ₽, корпоративный сайт — от 120 000 ₽, интернет-магазин — от 210 000 ₽. Поддержка — 9 000 ₽ в месяц.
Договор подряда с поэтапной оплатой (50/50), подписываем по ЭДО или сканами.⟧

> и сколько времени это займёт?

⟦Договор — за 1–2 рабочих дня после брифа. Лендинг делаем за 10 рабочих дней, корпоративный сайт — от 25 рабочих дней.⟧

> Анатолий Смирнов

-- 
Студия «Пиксель» · веб-разработка
''')], enc='utf-8 8bit', hdrs=[('User-Agent', 'Mozilla/5.0 Thunderbird/115.10.1')],
      note='web studio, inline answers under the quoted pieces, greeting above the attribution line')

human('ru', 'sklad-online', 'services', 'Склад-Онлайн <support@sklad-online.example>', [T('''
▲ Ответьте выше этой черты ▲

'''), lambda c: 'Карина (служба поддержки «Склад-Онлайн») ответила %d %s в %s' % (
    c.reply_dt.day, MON_ABBR[c.reply_dt.month - 1], c.reply_dt.strftime('%H:%M')), T('''


⟦Здравствуйте, Анатолий!

Отвечаю по порядку:
1) Тарифы: «Старт» — 1 200 ₽ в месяц (1 склад, 2 пользователя), «Бизнес» — 2 900 ₽ (5 складов, 10 пользователей), «Сеть» — от 6 500 ₽.
2) Договор: оплачиваете счёт — и договор-оферта считается принятым. Если бухгалтерия требует подписанный экземпляр, пришлём по ЭДО.
3) Сроки: подключение в день оплаты, перенос остатков из Excel мы делаем за 2 рабочих дня.⟧

Карина

Номер запроса: 104-3377
Чтобы ответить, просто ответьте на это письмо.

'''), quote('history')], enc='utf-8 qp', subj='[Склад-Онлайн] Re: %S', after='18h40m',
      hdrs=[('Auto-Submitted', 'auto-generated'), ('X-Helpdesk-Ticket', '104-3377')],
      note='SaaS helpdesk: «▲ Ответьте выше этой черты ▲», «… ответила …» agent line, numbered answer, '
           'request footer and history below; Auto-Submitted')

human('ru', 'divany-uyut', 'shops', 'Артём Лисицын <artem@uyut-divany.example.ru>', [T('''
⟦Анатолий, добрый день!
Салон-склад на Северном шоссе, 2 открыт с 10:00 до 21:00, забрать можно в любой день.
Заказ оформлю сам — напишите модель дивана, цвет обивки и удобный способ оплаты. Если диван есть в наличии, доставим сегодня вечером (с 18 до 23), подъём на этаж — по договорённости.⟧

Всегда ваш,
Артём Лисицын
салон мебели «Уют»
8 (3852) 55-19-70

'''), quote('mailru')], enc='windows-1251 qp', tz=7,
      note='«Всегда ваш» valediction with name, company and phone below')

human('ru', 'baitforce-it', 'services', 'Константин Левин <k.levin@baitforce.example.ru>', [T('''
⟦Добрый день, Анатолий.

Абонентское обслуживание компьютерного парка — 1 500 ₽ за рабочее место в месяц, серверы — от 4 000 ₽ за сервер; выезд инженера вне абонемента — 2 000 ₽/час.
Договор у нас типовой: отправим скан, вы вернёте подписанный, оригиналы обменяемся почтой.
Запуск обслуживания — в течение 5 рабочих дней после подписания (аудит и инвентаризация).⟧

С уважением,
Константин Левин
руководитель проектов, ООО «Байтфорс»

CONFIDENTIALITY NOTICE: This message and any attachments are confidential and may be privileged. If you have received it in error, please notify the sender immediately and delete it from your system.

'''), quote('outlook_en')], enc='windows-1251 8bit',
      hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
      note='IT outsourcing, Russian text with an English confidentiality notice and an English Outlook quote')

human('ru', 'pereplet-knigi', 'shops', 'Книжный Переплёт <shop@pereplet-books.example.ru>', [T('''
⟦Спасибо, что написали!
Наш пункт самовывоза — в «Доме книги» на Покровке, 3; работает ежедневно до 21:00.
Если хотите, оформлю заказ на ваше имя: пришлите названия книг, и я отложу их на полке выдачи. Курьерская доставка сегодня по Москве возможна для заказов до 15:00.⟧

Спасибо за обращение!
Книжный «Переплёт»

'''), quote('gmail_ru')], enc='utf-8 qp', note='thanks sentence at the start is kept; «Спасибо за обращение!» '
                                                 'used as the sign-off is removed')

human('ru', 'lingva-most', 'services', 'Бюро переводов Лингва-Мост <info@lingva-most.example.ru>', [T('''
⟦Добрый день!
Письменный перевод — от 450 ₽ за страницу (1 800 знаков), нотариальное заверение — 800 ₽.
Частным лицам договор не нужен, с компаниями подписываем договор на оказание услуг, можно по ЭДО — это 1–2 рабочих дня.
Срок перевода — 1–3 рабочих дня в зависимости от объёма.
P.S. Если пришлёте документы сегодня, посчитаем точную стоимость в течение часа.⟧

С уважением,
бюро переводов «Лингва-Мост»

'''), quote('roundcube')], enc='koi8-r qp', hdrs=[('User-Agent', 'Roundcube Webmail/1.5.3')],
      note='translation agency, P.S. before the valediction is part of the answer')

human('ru', 'pravo-i-delo', 'services', 'Юридическая фирма «Право и Дело» <office@pravo-delo.example.ru>', [T('''
⟦Уважаемый Анатолий!

Абонентское юридическое обслуживание стоит от 15 000 ₽ в месяц (до 10 часов работы юриста), разовые консультации — 3 000 ₽ за час.
Договор заключается на 12 месяцев, подписать его можно в нашем офисе или по ЭДО. Проект договора подготовим за 2 рабочих дня после получения реквизитов.⟧

С уважением,
Татьяна Рябова
партнёр

'''), quote('outlook_ru')], enc='windows-1251 qp', fmt='html', hstyle='outlook', ents=True,
      hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')], note='law firm, HTML only (Outlook) with entities')

human('ru', 'pizza-margarita', 'shops', 'Маргарита <pizza-margarita@mailbox.example.ru>', [T('''
⟦До 22:00 работаем. Оформляйте на сайте, доставка сегодня есть.⟧
--
Отправлено с мобильного
'''), '\n', quote('mailru')], enc='koi8-r 8bit', after='14m',
      note='no greeting, answers hours and delivery in two sentences, device line after «--»')

human('ru', 'gromko-agency', 'services', 'Лера из Громко <lera@gromko-agency.example.ru>', [T('''
⟦Привет! Смотрите:
ведение соцсетей — 35 000 ₽/мес, таргет — 25 000 ₽/мес + рекламный бюджет, контекст — от 20 000 ₽/мес.
Договор подпишем за день по ЭДО, старт работ — через 5 рабочих дней после брифа.
Созвонимся, чтобы я поняла задачу? 🙂⟧

Лера Котова
аккаунт-менеджер

'''), quote('gmail_ru')], enc='utf-8 qp', fmt='alt', hstyle='gmail',
      note='ad agency, casual «Привет!», emoji, asks for a call after answering')

human('ru', 'koleso-tk', 'services', 'ТК Колесо — отдел клиентского сервиса <service@koleso-tk.example.ru>', [T('''
=== Ответ пишите над этой чертой ===

Обращение № 7731-Б
Исполнитель: Смирнова О. В.
Дата ответа: '''), reply_date_num, T('''


⟦Добрый день, Анатолий!
Стоимость перевозки рассчитывается по весу и объёму: по области — от 12 ₽/кг, межрегиональные перевозки — от 21 ₽/кг, минимальная отправка — 900 ₽.
Для постоянной работы заключаем договор транспортной экспедиции. Порядок такой: вы присылаете карточку предприятия, мы — договор на подпись; обычно всё занимает 2 рабочих дня.⟧

С уважением,
Ольга Смирнова

----------------------------------------
ООО «ТК Колесо». Ответ носит информационный характер и не является публичной офертой.
''')], enc='utf-8 b64', fmt='alt', hstyle='table', form=True, subj='Ответ на обращение № 7731-Б',
      hdrs=[('Precedence', 'bulk')],
      note='transport company helpdesk: marker, ticket number/assignee/date block, legal footer; form probe')

human('ru', 'velodom', 'shops', 'ВелоДом <info@velodom.example.ru>', [T('''
⟦Анатолий, добрый день.
Шоурум и самовывоз — с 11 до 20 без выходных.
Заказ можем оформить прямо по почте: выберите модель и размер рамы, выставим счёт или ссылку на оплату. Доставка сегодня — только в пределах МКАД, 500 ₽.⟧

Игорь
ВелоДом

'''), quote('tb_en')], enc='utf-8 8bit', hdrs=[('User-Agent', 'Mozilla/5.0 Thunderbird/115.4.2')],
      note='Russian answer under an English-language Thunderbird attribution line, name + company')

human('ru', 'chek-pro', 'services', 'Игорь Демченко <i.demchenko@chek-pro.example.ru>', [T('''
⟦Анатолий, здравствуйте!
Аренда онлайн-кассы — 1 900 ₽ в месяц с фискальным накопителем, покупка — от 18 500 ₽.
Договор — оферта на сайте, для юрлиц можем подписать на бумаге. Регистрация кассы в налоговой занимает 2 рабочих дня, курьер привезёт настроенную кассу.
Хорошего дня!⟧

С уважением, Игорь
менеджер «Чек-Про»

'''), quote('gmail_ru')], enc='utf-8 qp',
      note='«Хорошего дня!» before «С уважением, Игорь» is kept')

human('ru', 'obuv-shag', 'shops', 'Обувь ШАГ <shag.obuv@mailbox.example.ru>', [T('''
⟦Добрый! До 20.00. Оформлю — напишите размер и модель. Сегодня доставка есть до 21.00⟧

Отправлено с моего iPad

'''), quote('apple_ru')], enc='windows-1251 8bit', after='33m',
      note='very short with dotted times («20.00»), iPad device line')

human('ru', 'servismaster', 'services', 'СервисМастер <priem@servismaster.example.ru>', [T('''
⟦Здравствуйте!
Диагностика у нас бесплатная, ремонт — по прайсу (от 800 ₽ за работу плюс запчасти).
Договором служит квитанция, которую оформляем при сдаче техники, это минут 10.
Срок ремонта — 3–7 рабочих дней, если деталь на складе, то быстрее.⟧

Приёмщик Дмитрий

'''), quote('k9')], enc='utf-8 8bit', hdrs=[('User-Agent', 'K-9 Mail for Android')],
      note='repair service, the «contract» is a receipt, K-9 attribution with GMT offset')

human('ru', 'apteka-zdorovie', 'shops', 'Интернет-аптека Здоровье+ <order@zdorovie-plus.example.ru>', [T('''
⟦Добрый день, Анатолий!
1) Забрать заказ можно в любой нашей аптеке, пункт на Кирова, 9 работает до 22:00.
2) Оформить заказ можно на сайте или я соберу его за вас — пришлите список препаратов и дозировки.
3) Доставка сегодня — курьером с 18 до 22 часов, если заказ подтверждён до 16:00.⟧

Фармацевт интернет-аптеки «Здоровье+»
Анастасия

'''), quote('yandex')], enc='koi8-r b64', note='pharmacy, «1) 2) 3)» list, position line above the name')

human('ru', 'uley-coworking', 'services', 'Дарина Ясько <darina@uley-cowork.example.ru>', [T('''
⟦Анатолий, добрый день!
Коллеги переслали мне ваш вопрос.
Тарифы: фиксированное место — 14 000 ₽/мес, нефиксированное — 9 500 ₽/мес, переговорная — 900 ₽/час.
Договор заключаем в день первого визита, займёт минут 15; можно приехать хоть завтра.⟧

Дарина, коворкинг «Улей»

'''), lambda c: '-------- Пересылаемое сообщение --------\n%s, %s <%s>:\n\n%s\n\n-------- Конец пересылаемого сообщения --------' % (
    probe_date_num(c), PERSONA, PADDR, '\n'.join(c.probe_lines()))],
      enc='utf-8 qp', irt=False, note='coworking; the question is below a «Пересылаемое сообщение» block '
                                          '(forwarded internally), no In-Reply-To')

human('ru', 'shiny-diski-24', 'shops', 'Шины-Диски 24 <24@shiny-diski24.example.ru>', [T('''
⟦Здравствуйте, Анатолий.
Пункт выдачи на Объездной, 40 работает круглосуточно.
Заказ оформлю по телефону или здесь — напишите размер шин и марку авто. Доставка сегодня — да, в течение 3 часов после оплаты.⟧

Менеджер Вадим
тел. +7 (846) 299-24-24

'''), quote('gmail_ru')], enc='utf-8 qp', tz=4, note='«круглосуточно» instead of an hour, phone in the signature')

human('ru', 'miasnaya-lavka', 'shops', 'Мясная лавка Фермер <lavka@fermer-myaso.example.ru>', [T('''
Онлайн-поддержка · диалог №5521

Дарья, оператор · '''), lambda c: c.reply_dt.strftime('%H:%M'), T('''

⟦Анатолий, здравствуйте! Самовывоз из лавки на Рабочей, 21 — до 20:00. Заказ давайте оформлю: вам нужна разделка или целые куски? Доставка сегодня есть, последний слот — 18:00–20:00.⟧

Ваш вопрос:
'''), quote('plain'), T('''

---
Ответьте на это письмо, чтобы продолжить диалог.
''')], enc='utf-8 qp', form=True, subj='Ответ оператора по вашему обращению',
      note='chat-widget offline form answered by e-mail: dialogue header, operator/time line, question below '
           '«Ваш вопрос:», footer; form probe')

human('ru', 'tipografia-na-chas', 'shops', 'Печать на час <zakaz@pechat-na-chas.example.ru>', [T('''
⟦Здравствуйте!
Точка выдачи на Пушкина, 2 — пн–сб с 9 до 20.
Оформить заказ очень просто: пришлите макет ответом на это письмо и укажите тираж, мы посчитаем и пришлём счёт. Если макет готов до 14:00, напечатаем и отдадим (или отправим курьером) сегодня же.⟧

С уважением,
Печать на час
'''), '\n', quote('fwd_ru')], enc='windows-1251 b64', fmt='alt', hstyle='simple',
      note='print shop, «-------- Исходное сообщение --------» quote block')

human('ru', 'rybolov-lite', 'shops', 'Рыболов <rybolov.shop@mailbox.example.ru>', [T('''
⟦Анатолий добрый день ,самовывоз с 9 до 18 кроме вс. заказ пишите сюда какие позиции — оформлю и отложу. доставки сегодня нет ,только завтра утром⟧

'''), quote('mailru')], enc='koi8-r qp', tz=5, after='3h12m',
      note='run-on sentence, spaces before commas, no signature')

human('ru', 'remont-kvartir', 'services', 'Бригада Прораб <info@prorab-remont.example.ru>', [T('''
⟦Здравствуйте, Анатолий! Спасибо за вопрос.

Работаем по двум тарифам: «Косметический ремонт» — от 4 500 ₽ за м², «Капитальный» — от 9 800 ₽ за м²; дизайн-проект — 1 200 ₽ за м².
Договор подряда подписываем после бесплатного замера и сметы: замер — в течение 2 рабочих дней после звонка, смета — ещё 3 рабочих дня.
Могу записать вас на замер на этой неделе — какие дни удобны?⟧

С уважением,
Павел Гончаренко
прораб, «Бригада Прораб»
+7 (4722) 70-30-90
Отправлено с Android
'''), '\n', quote('k9')], enc='utf-8 qp',
      note='renovation, offers the next step, device line at the end of the signature block')


human('en', 'trackwise-saas', 'services', 'Maya Okafor <maya@trackwise.example>', [T('''
⟦Hi Anatoly,

Thanks for reaching out!

We have three plans: Starter at $19 per user/month, Team at $39 per user/month, and Enterprise with custom pricing (usually from $2,500 a year).
Contracts: Starter and Team run on our online terms of service, so there is nothing to sign, you just subscribe. For Enterprise we send a master agreement and an order form for e-signature.
Timing: self-serve plans are live within minutes; an Enterprise contract typically takes 5-7 business days.

Hope this helps!⟧

Best,
Maya Okafor
Account Executive | Trackwise

'''), quote('gmail_en')], enc='utf-8 qp', fmt='alt', hstyle='gmail', tz=0,
      note='SaaS, «Thanks for reaching out!» and «Hope this helps!» kept, Gmail quote')

human('en', 'northline-freight', 'services', 'Oliver Grant <o.grant@northline-freight.example>', [T('''
⟦Dear Mr Smirnov,

Thank you for your enquiry.
Our rates depend on the lane and volume; as a guide, groupage from Riga to Moscow starts at EUR 95 per pallet and a full truck at EUR 1,850.
We work under a standard forwarding agreement, which we can send today for signature by e-mail. Once we have your company details, setting up an account takes 2 business days.⟧

Kind regards,

Oliver Grant
Senior Sales Manager
Northline Freight Ltd.
T +371 6000 1234

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Northline Freight Ltd. accepts no liability for any damage caused by viruses.

'''), quote('outlook_en')], enc='utf-8 qp', tz=2, hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
      note='formal «Dear Mr Smirnov», «Kind regards», English disclaimer, Outlook «-----Original Message-----»')

human('en', 'parcelio-helpdesk', 'shops', 'Parcelio Support <support@parcelio.example>', [T('''
##- Please type your reply above this line -##

Your request (80412) has been updated. To add additional comments, reply to this email.

Liam (Parcelio Support)

'''), reply_date_en, T('''


⟦Hi Anatoly,

Our pickup counter at 14 Harbour Street is open until 9 pm every day.
I can place the order for you: just reply with the item numbers and your phone number. Same-day courier delivery is available for orders confirmed before 3 pm.⟧

Cheers,
Liam

'''), quote('history_en'), T('''


This email is a service from Parcelio Support.
[8R3K2V-LQ7N]
''')], enc='utf-8 qp', subj='[Parcelio] Re: %S', after='2h2m', tz=0, irt=False,
      hdrs=[('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', '7a1c3e9'),
            ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
      note='helpdesk (Zendesk-like headers) person\'s answer with Auto-Submitted: auto-generated, marker, '
           'update line, agent name and date, history below, no In-Reply-To')

human('en', 'juniper-gifts-iphone', 'shops', 'Rosa Ferreira <rosa@junipergifts.example>', [T('''
⟦Hi, pickup is open till 7pm today. Happy to put the order through for you - just send me the item link. Same-day delivery is available in the city centre.⟧

Sent from my iPhone

'''), quote('apple_en')], enc='utf-8 8bit', after='17m', tz=0, hdrs=[('X-Mailer', 'iPhone Mail (22B91)')],
      note='short mobile answer, iPhone device line, Apple quote')

human('en', 'cloudberry-hosting', 'services', 'Cloudberry Hosting <sales@cloudberry-hosting.example>', [T('''
⟦Hello Anatoly,

Here is a quick overview:
- Shared hosting: 190 RUB/month
- Cloud VPS: from 650 RUB/month
- Dedicated servers: from 9,900 RUB/month
Contract: our public offer is accepted on payment; if your accountant needs a signed copy, we send one through EDI within 2 business days.
Servers are provisioned within 15 minutes of payment.

Let me know if you'd like a test account.⟧

Regards,
Ethan
Sales, Cloudberry Hosting

'''), quote('apple_en')], enc='utf-8 8bit', tz=1, hdrs=[('X-Mailer', 'Apple Mail (2.3774.200.91.1.1)')],
      note='dash list, offer of a test account, «Regards,» + name + team')

human('en', 'lumen-print', 'shops', 'Lumen Print Co. <orders@lumenprint.example>', [T('''
⟦Hello Anatoly,

Our pickup counter is open 9:00 to 18:00 Monday to Saturday.
I can set up the order for you right away - please send the files and the quantity, and I will reply with a quote and a payment link. If we have everything by noon, same-day delivery by courier is possible.

Have a great day!⟧

Warm regards,
Hannah Cole
Customer Care, Lumen Print Co.
''')], enc='utf-8 b64', fmt='html', hstyle='table', form=True, subj='Your question to Lumen Print Co.',
      note='HTML only (table), form probe, «Have a great day!» kept before «Warm regards»')


# --------------------------------------------------------------------------------------------------------------
# redirect: a person's answer that only sends the customer elsewhere

redirect('ru', 'domovoy-8800', 'shops', 'Интернет-магазин Домовой <info@domovoy-shop.example.ru>', [T('''
⟦Здравствуйте! По всем вопросам звоните: 8-800-000-47-47 (бесплатно по России).⟧

С уважением,
интернет-магазин «Домовой»

'''), quote('gmail_ru')], enc='utf-8 qp', note='call us, toll-free number')

redirect('ru', 'gayka-only-phone', 'shops', 'Гайка <gayka-avto@mailbox.example.ru>', [T('''
⟦+7 (495) 021-33-08⟧

Отправлено с iPhone

'''), quote('apple_ru')], enc='utf-8 8bit', after='4m', note='the answer is only a phone number, device line')

redirect('ru', 'sad-ogorod-zakaz', 'shops', 'Сад и Огород <info@sad-ogorod.example.ru>', [T('''
⟦Добрый день, Анатолий.
Этот почтовый ящик не предназначен для приёма заказов. Напишите, пожалуйста, на zakaz@sad-ogorod.example.ru — там вам быстро ответят.⟧

С уважением,
Лидия Михайловна
офис-менеджер

'''), quote('outlook_ru')], enc='windows-1251 qp', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
         note='«this address does not take orders», another e-mail')

redirect('ru', 'logistpro-pereslal', 'services', 'Евгений Зотов <zotov@logistpro.example.ru>', [T('''
⟦Анатолий, добрый день!
Переслал ваше письмо в отдел продаж, коллеги свяжутся с вами.⟧

Евгений

'''), quote('tb_ru')], enc='koi8-r 8bit', note='«переслал в отдел продаж, свяжутся», first person')

redirect('ru', 'torty-marina-wa', 'shops', 'Торты от Марины <tortymarina@mailbox.example.ru>', [T('''
⟦Привет! Нам удобнее в мессенджерах 🙂 Напишите в WhatsApp или Telegram: +7 (917) 300-12-12, ответим за пять минут.⟧

'''), quote('mailru')], enc='utf-8 b64', fmt='alt', hstyle='mailru', hdrs=[('X-Mailer', 'Mail.Ru Mailer 1.0')],
         note='messengers, casual, emoji, Mail.ru HTML')

redirect('ru', 'ogonek-vk', 'shops', 'Свечная мастерская Огонёк <ogonek.svechi@mailbox.example.ru>', [T('''
⟦Здравствуйте! На вопросы мы отвечаем в сообщениях нашей группы ВКонтакте «Огонёк | свечи ручной работы» — напишите туда, пожалуйста.⟧

Мастерская «Огонёк»

'''), quote('yandex')], enc='utf-8 qp', note='social network (VK community messages)')

redirect('ru', 'gramotey-chat', 'services', 'Онлайн-школа Грамотей <hello@gramotey-school.example.ru>', [T('''
⟦Здравствуйте!
Для быстрого ответа воспользуйтесь онлайн-чатом на нашем сайте — значок в правом нижнем углу. Операторы на связи с 9 до 21 по Москве.⟧

Команда школы «Грамотей»

'''), quote('gmail_ru')], enc='utf-8 qp', fmt='alt', hstyle='gmail',
         note='site chat; contains «с 9 до 21» about the chat operators, not an answer')

redirect('ru', 'kvant-forma', 'services', 'Квант <office@kvant-net.example.ru>', [T('''
⟦Добрый день. Заявки на подключение принимаются только через форму на сайте: https://kvant-net.example.ru/connect⟧

'''), quote('roundcube')], enc='koi8-r qp', note='terse, the site form, bare link')

redirect('ru', 'volna-biz-lk', 'services', 'Волна Бизнес <b2b@volna-biz.example.ru>', [T('''
⟦Уважаемый клиент!

Вопросы по тарифам и договору решаются в личном кабинете: lk.volna-biz.example.ru, раздел «Обращения». Там же доступен чат с персональным менеджером.⟧

С уважением,
служба поддержки корпоративных клиентов «Волна Бизнес»
''')], enc='utf-8 b64', fmt='html', hstyle='table', ents=True, form=True, subj='Ответ на ваше обращение',
         note='personal account, impersonal «Уважаемый клиент», HTML only, form probe')

redirect('ru', 'lyon-textil-mp', 'shops', 'Лён и Ко <len-i-ko@mp-seller.example.ru>', [T('''
⟦Здравствуйте! Мы продаём только через маркетплейс, поэтому все вопросы по заказу и доставке задавайте, пожалуйста, в чате с продавцом на странице товара.⟧

'''), quote('gmail_ru')], enc='windows-1251 8bit', note='marketplace seller chat')

redirect('ru', 'teploluks-diler', 'shops', 'Завод Теплолюкс <sales@teploluks-zavod.example.ru>', [T('''
⟦Добрый день!
Мы производитель и в розницу не продаём. Обратитесь, пожалуйста, к нашему официальному дилеру в вашем городе — «ТеплоДом», тел. +7 (831) 200-44-10.⟧

С уважением,
отдел сбыта АО «Теплолюкс»

Данное сообщение не является офертой. Цены и условия поставки уточняйте у дилеров.

'''), quote('outlook_ru3')], enc='windows-1251 b64', hdrs=[('X-Mailer', 'Microsoft Outlook 15.0')],
         note='manufacturer sends to a reseller, footer disclaimer')

redirect('ru', 'potolki-nebo-zayavka', 'services', 'Потолки Небо <nebo-potolki@mailbox.example.ru>', [T('''
⟦Оставьте заявку на сайте, менеджер перезвонит.⟧

'''), quote('mailru')], enc='utf-8 8bit', after='7m', note='«leave a request», no greeting, one line')

redirect('ru', 'prazdnik-individ', 'services', 'Event-агентство Праздник <event@prazdnik-agency.example.ru>', [T('''
⟦Здравствуйте, Анатолий!
Стоимость у нас рассчитывается индивидуально под каждый проект. Оставьте, пожалуйста, номер телефона — менеджер позвонит и всё расскажет.⟧

С наилучшими пожеланиями,
Алина

'''), quote('gmail_ru')], enc='utf-8 qp', note='«prices are individual, a manager will call»')

redirect('ru', 'stroyproekt-priemnaya', 'services', 'Приёмная СтройПроект <priem@stroyproekt-eng.example.ru>', [T('''
⟦Добрый день!
Ваше письмо передано коллегам из коммерческого отдела, они свяжутся с вами в ближайшее время.⟧

--
Приёмная ООО «Инжиниринг СтройПроект»
+7 (342) 210-50-00

'''), quote('outlook_ru')], enc='windows-1251 b64', fmt='alt', hstyle='outlook',
         note='«передано коллегам», impersonal, reception desk')

redirect('ru', 'snabzhenec-price', 'shops', 'Снабженец <opt@snabzhenec.example.ru>', [T('''
⟦Актуальный прайс-лист: snabzhenec.example.ru/price.xlsx. По заказам и доставке — к менеджерам по тел. +7 (3452) 68-00-68.⟧

Оптовая база «Снабженец»

'''), quote('yandex')], enc='koi8-r 8bit', tz=5, note='price list link plus phone, no greeting')

redirect('ru', 'struna-prikhodite', 'shops', 'Музыкальный магазин Струна <struna@struna-music.example.ru>', [T('''
⟦Анатолий, здравствуйте! Приходите к нам в магазин на Советской, 15 — консультанты всё подскажут и помогут с выбором.⟧

Ваша «Струна»

'''), quote('gmail_ru')], enc='utf-8 qp', note='«come to the store, the consultants will tell you»')

redirect('ru', 'opora-strakh', 'services', 'СК Опора <info@opora-insurance.example.ru>', [T('''
⟦Уважаемый Анатолий!
К сожалению, по электронной почте мы не консультируем. Позвоните, пожалуйста, в контакт-центр: 8 800 000-15-15, он работает круглосуточно.⟧

С уважением,
СК «Опора»

Это письмо и вложения к нему могут содержать конфиденциальную информацию. Если вы не являетесь адресатом, удалите письмо.

'''), quote('outlook_ru2')], enc='utf-8 qp', fmt='alt', hstyle='outlook',
         note='«we do not consult by e-mail»; «круглосуточно» is about the call centre')

redirect('ru', 'liniya-b2b', 'services', 'Телеком Линия <info@liniya-telecom.example.ru>', [T('''
⟦Вопросы по тарифам для юрлиц — в отдел по работе с корпоративными клиентами: b2b@liniya-telecom.example.ru.⟧

'''), quote('tb_ru')], enc='utf-8 8bit', note='another department\'s e-mail, one sentence')

redirect('ru', 'metallist-tender', 'services', 'Кузнецова Елена <kuznetsova@metallist-npo.example.ru>', [T('''
⟦Уважаемый Анатолий!

Благодарим за интерес к продукции предприятия.
Для получения коммерческого предложения просим направить запрос на бланке организации на адрес tender@metallist-npo.example.ru с указанием реквизитов, номенклатуры и требуемых объёмов.⟧

С уважением,
Кузнецова Елена Викторовна
специалист отдела маркетинга
АО «НПО Металлист»
тел. (3513) 66-20-11

'''), quote('outlook_ru')], enc='windows-1251 qp', fmt='html', hstyle='outlook', ents=True,
         hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')], note='formal: send an official request to another address')

redirect('ru', 'drova-zvonite', 'shops', 'Дрова и уголь <drova-ugol@mailbox.example.ru>', [T('''
⟦Звоните. 8 (912) 000-77-66⟧

'''), quote('mailru')], enc='koi8-r 8bit', after='3h3m', note='one word and a number')

redirect('ru', 'pole-agro-drugoy-otdel', 'services', 'Светлана Руденко <rudenko@pole-agro.example.ru>', [T('''
⟦Анатолий, добрый день!
Этим занимается другой отдел — переадресую вас: Ольга Петрова, logistics@pole-agro.example.ru, доб. 204.⟧

Светлана Руденко
помощник руководителя
АО «Агрохолдинг Поле»

'''), quote('outlook_ru')], enc='utf-8 qp', fmt='alt', hstyle='outlook',
         note='another department: a colleague\'s name, address and extension')

redirect('ru', 'sushimania-viber', 'shops', 'Сушимания <sushimania@sushimania.example.ru>', [T('''
⟦Напишите нам в Viber по номеру +7 (922) 500-60-70, там менеджер онлайн до 23:00.⟧

'''), quote('gmail_ru')], enc='utf-8 qp', note='Viber; «до 23:00» is about the manager, not the pickup point')

redirect('ru', 'okna-profi-aleksey', 'services', 'Окна Профи <okna-profi@okna-profi.example.ru>', [T('''
⟦Добрый день!
Свяжитесь, пожалуйста, с нашим менеджером Алексеем: +7 (987) 111-22-33, он вам всё расскажет и посчитает.⟧

'''), quote('yandex')], enc='windows-1251 8bit', note='a named manager\'s phone')

redirect('ru', 'murr-konsultant', 'shops', 'Зоотовары Мурр <murr@murr-zoo.example.ru>', [T('''
⟦Добрый день! Напишите, пожалуйста, в окно консультанта на сайте — там дежурный оператор, он быстро поможет.

Хорошего вечера!⟧
'''), '\n', quote('gmail_ru')], enc='utf-8 qp', at='16:50', after='1h1m',
         note='site chat («окно консультанта»); closing pleasantry «Хорошего вечера!» with no valediction is kept')

redirect('ru', 'voltazh-korzina', 'shops', 'Вольтаж <support@voltazh.example.ru>', [T('''
⟦Здравствуйте.
Заказы оформляются только через корзину на сайте, по электронной почте заказы не принимаем.⟧

Служба поддержки «Вольтаж»

'''), quote('fwd_ru')], enc='utf-8 b64', note='orders only through the site\'s basket')

redirect('ru', 'shafran-bot', 'shops', 'Цветы Шафран <shafran@shafran-flowers.example.ru>', [T('''
⟦Все заказы принимаем через нашего бота в Telegram: @shafran_flowers_bot 💐⟧

'''), quote('apple_ru')], enc='utf-8 qp', fmt='alt', hstyle='simple', note='Telegram bot handle, emoji')

redirect('ru', 'fokus-brief', 'services', 'Агентство Фокус <new@fokus-agency.example.ru>', [T('''
⟦Анатолий, добрый день!
Для расчёта стоимости заполните, пожалуйста, бриф: fokus-agency.example.ru/brief — после этого менеджер пришлёт коммерческое предложение.⟧

--
Агентство «Фокус»

'''), quote('gmail_ru')], enc='utf-8 qp', note='fill in a brief on the site, «--» signature')

redirect('ru', 'dom-igrushek-pvz', 'shops', 'Дом игрушек <dom-igrushek@dom-igrushek.example.ru>', [T('''
⟦Обратитесь, пожалуйста, в ближайший пункт выдачи, там вам всё подскажут.⟧

С уважением, «Дом игрушек»

'''), quote('roundcube')], enc='koi8-r qp', note='«ask at the nearest pickup point»: no hours given')

redirect('ru', 'remfon-ne-za-kompom', 'shops', 'Ремонт телефонов <remfon.master@mailbox.example.ru>', [T('''
⟦позвоните пожалуйста по тел 8 950 000 11 22 я сейчас не за компом⟧

Отправлено из мобильной Почты
'''), '\n', quote('mailru')], enc='utf-8 8bit', after='22m', note='lower case, no punctuation, device line')

redirect('ru', 'gorgaz-hotline', 'services', 'ГорГаз-Сервис <abonent@gorgaz-service.example.ru>', [T('''
⟦Уважаемый абонент!
Для консультации позвоните по телефону горячей линии 8 (800) 000-04-04 или обратитесь в абонентский отдел по месту жительства.⟧

Абонентская служба «ГорГаз-Сервис»
''')], enc='windows-1251 qp', fmt='html', hstyle='simple', ents=True, form=True,
         subj='Ответ на обращение с сайта', note='HTML only, hotline or the local office, form probe')

redirect('ru', 'kassa-oblako-helpdesk', 'services', 'Касса-Облако <help@kassa-oblako.example>', [T('''
~~ Чтобы ответить, пишите над этой строкой ~~

'''), lambda c: 'Сотрудник поддержки Никита · %s' % reply_date_num(c), T('''


⟦Анатолий, добрый день!
Вопросы подключения и тарифов решает отдел продаж — напишите им на sales@kassa-oblako.example или позвоните +7 (495) 120-00-12. Здесь мы помогаем только действующим клиентам.⟧

Никита

Запрос №20451 · Касса-Облако, поддержка

'''), quote('history')], enc='utf-8 qp', subj='[#20451] %S', irt=False,
         hdrs=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')],
         note='a person\'s redirect through a helpdesk: marker, agent/time line, request footer, history; '
              'Auto-Submitted + Precedence: bulk; no In-Reply-To')

redirect('ru', 'kodeks-partner', 'services', 'Веб-студия Кодекс <studio@kodeks-web.example.ru>', [T('''
⟦Здравствуйте, Анатолий.
Вам лучше обратиться к нашему партнёру «СайтЛайт» — они работают с небольшими проектами и частными клиентами: sitelight.example.ru.⟧

Всего доброго,
Максим

'''), quote('tb_ru')], enc='utf-8 qp', flowed=True, note='sends to a partner company, «Всего доброго» valediction')

redirect('en', 'brightcrm-sales', 'services', 'Tom Becker <tom@brightcrm.example>', [T('''
⟦Hi Anatoly,

Please contact our sales team at sales@brightcrm.example - they handle pricing and contracts.⟧

Tom
''')], enc='us-ascii 7bit', tz=1, note='English, another address, no quote, 7bit')

redirect('en', 'northwind-chat', 'shops', 'Northwind Outdoor <hello@northwind-outdoor.example>', [T('''
⟦Hello,

For orders and delivery questions please use the live chat on our website.⟧

Best regards,
Northwind Outdoor Customer Service

'''), quote('gmail_en')], enc='utf-8 qp', fmt='alt', hstyle='gmail', tz=0, note='English, site chat')

redirect('en', 'fjord-call-us', 'shops', 'Fjord Home <orders@fjordhome.example>', [T('''
⟦Please call us at +7 (812) 300-90-90; we do not process orders via email.⟧

Sent from my phone
'''), '\n', quote('gmail_en')], enc='utf-8 8bit', tz=3, note='English, terse: call us, no orders by e-mail, device line')


# --------------------------------------------------------------------------------------------------------------
# ack: an automatic "your request was registered / received" message, no vendor headers

ack('ru', 'elektrosbyt-v-rabote', 'services', 'ЭлектроСбыт Плюс <noreply@elsbyt-plus.example.ru>', T('''
Здравствуйте!

Ваше обращение принято в работу. Номер обращения: 40412.
Ответ специалиста поступит в течение 24 часов.

Это письмо отправлено автоматически, отвечать на него не нужно.
'''), enc='utf-8 qp', subj='Обращение 40412 принято в работу', irt=False,
    hdrs=[('Auto-Submitted', 'auto-generated')], note='«принято в работу», number, no vendor headers')

ack('ru', 'zk-zafiksirovana', 'services', 'Отдел продаж Профлист <robot@proflist-zavod.example.ru>', T('''
Уважаемый клиент!

Ваша заявка зафиксирована под номером ЗК-2026-11873.
Менеджер свяжется с вами в рабочее время: пн–пт с 9:00 до 18:00 (МСК).
Телефон для срочных вопросов: 8 800 000-36-36.

---
Профлист — кровля и фасады
'''), enc='windows-1251 qp', subj='Заявка ЗК-2026-11873', irt=False,
    note='«зафиксирована под номером», working hours «с 9:00 до 18:00» and a phone; no auto headers')

ack('ru', 'uzhe-chitaem', 'shops', 'Чистотел <hello@chistotel-cosmetics.example.ru>', T('''
Благодарим! Мы уже читаем ваше письмо и скоро ответим 🙌

Команда «Чистотел»
'''), enc='utf-8 b64', fmt='html', hstyle='table', subj='Мы получили ваше письмо', irt=True,
    note='one cheerful line, emoji, no auto headers')

ack('ru', 'nomer-tiketa', 'services', 'Поддержка АйТи-Сервис <support@itservice-msk.example.ru>', T('''
Здравствуйте, Анатолий!

Номер вашего тикета — #88214. Пожалуйста, сохраните его и указывайте в теме письма при дальнейшей переписке.
Статус можно отследить по ссылке: https://help.itservice-msk.example.ru/tickets/88214

Служба поддержки «АйТи-Сервис»
'''), enc='utf-8 qp', subj='[#88214] Re: %S', hdrs=[('Precedence', 'bulk')],
    note='«Номер вашего тикета —», status link, [#N] subject, Precedence: bulk')

ack('ru', 'avto-podtverzhdenie', 'shops', 'Магазин Всё для дачи <shop@vse-dlya-dachi.example.ru>', T('''
Это автоматическое подтверждение получения вашего письма.
В ближайшее время с вами свяжется наш сотрудник.
'''), enc='koi8-r 8bit', note='«Это автоматическое подтверждение», Re: subject, no auto headers')

ack('ru', 'ozhidayte-specialista', 'services', 'Банк Приморье <info@primorie-bank.example.ru>', [T('''
Спасибо за обращение в Банк «Приморье»!

Ожидайте ответа специалиста. Среднее время ответа — 2 часа в рабочее время (пн–пт, 9:00–18:00 по владивостокскому времени).

Текст вашего обращения:
'''), quote('plain'), T('''


С уважением,
Контакт-центр Банка «Приморье»
''')], enc='utf-8 qp', tz=10, subj='Ваше обращение получено', hdrs=[('Auto-Submitted', 'auto-replied')],
    note='«Ожидайте ответа специалиста», hours, question under «Текст вашего обращения:»')

ack('ru', 'vy-napisali', 'shops', 'Игрушки Умка <info@umka-toys.example.ru>', [T('''
Ваше письмо получено. Мы ответим в течение одного рабочего дня.

Вы написали:
'''), quote('bare')], enc='windows-1251 8bit', subj='Re: %S', hdrs=[('X-Autoreply', 'yes')],
    note='question quoted with «>» under «Вы написали:», X-Autoreply')

ack('ru', 'faq-ssylki', 'shops', 'Поддержка Домашний Уют <care@domuyut-shop.example.ru>', T('''
Здравствуйте!

Мы получили ваш запрос (№ 5617). Пока специалист готовит ответ, загляните в раздел «Частые вопросы» — возможно, ответ уже там:
• Как оформить заказ — https://domuyut-shop.example.ru/faq/order
• Доставка и самовывоз — https://domuyut-shop.example.ru/faq/delivery
• Оплата и возврат — https://domuyut-shop.example.ru/faq/payment

Мы ответим в течение рабочего дня.
Интернет-магазин «Домашний уют»
'''), enc='utf-8 qp', fmt='alt', hstyle='table', subj='Запрос № 5617: %S', irt=False,
    note='number plus FAQ links (one named «Доставка и самовывоз»)')

ack('ru', 'ticket-dlinny-nomer', 'shops', 'Мир инструмента <service@mir-instrumenta.example.ru>', T('''
Здравствуйте,

ваше сообщение получено и зарегистрировано под номером Ticket#2026120710000123.
Сотрудник сервисного отдела свяжется с вами после рассмотрения запроса.
Пожалуйста, не изменяйте тему письма при ответе, иначе обращение может потеряться.

--
Мир инструмента, сервисный отдел
'''), enc='utf-8 8bit', subj='[Ticket#2026120710000123] Re: %S',
    note='long [Ticket#…] number in the subject and text, no vendor headers')

ack('ru', 'v-budni-za-chas', 'services', 'Бухгалтерия.Онлайн <zapros@buhonline24.example.ru>', T('''
Ваш запрос №3391 получен.
В будни с 9 до 18 мы отвечаем в течение часа, в выходные — в течение дня.
'''), enc='utf-8 qp', subj='Запрос №3391 получен', irt=False,
    hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')],
    note='two lines, contains «с 9 до 18», RFC 3834 headers')

ack('ru', 'operator-svyazhetsya', 'shops', 'Техномаркет <zakaz@tehnomarket-nsk.example.ru>', T('''
Спасибо за обращение!
Мы получили ваше письмо. Оператор свяжется с вами в ближайшее время.

Время работы операторов: ежедневно с 8:00 до 22:00 (НСК).
'''), enc='koi8-r qp', tz=7, subj='Ваше письмо получено', irt=True,
    note='operators\' hours «с 8:00 до 22:00» in an ack, koi8-r')

ack('ru', 'zayavka-s-sayta', 'shops', 'Квартал Мебель <site@kvartal-mebel.example.ru>', [T('''
Анатолий, ваша заявка с сайта kvartal-mebel.example.ru получена!
Мы перезвоним или напишем вам в течение 30 минут в рабочее время.

Детали заявки:
Имя: Анатолий Смирнов
E-mail: '''), to_addr, T('''

Сообщение:
'''), lambda c: '\n'.join(c.probe_lines()[:2])], enc='utf-8 qp', form=True, subj='Заявка с сайта получена',
    note='form probe, plus-address, echoes the form fields')

ack('ru', 'bank-5-dney', 'services', 'АО «Банк Уральский Стандарт» <obrashcheniya@uralstandart-bank.example.ru>', T('''
Уважаемый клиент!

Ваше обращение № 2026-12-07-004512 зарегистрировано.
Срок рассмотрения — до 5 рабочих дней. Ответ будет направлен на адрес, с которого поступило обращение.

Настоящее сообщение сформировано автоматически. Информация, содержащаяся в нём, является конфиденциальной.
'''), enc='windows-1251 b64', tz=5, subj='Регистрация обращения № 2026-12-07-004512', irt=False,
    note='bank, «5 рабочих дней» of review (matches a duration pattern), disclaimer')

ack('ru', 'medlayn-kontakt-centr', 'services', 'Медлайн-Север <cc@medline-sever.example.ru>', T('''
Здравствуйте!
Ваше письмо поступило в контакт-центр клиники «Медлайн-Север».
Администратор ответит вам в течение рабочего дня.
Если вопрос срочный — звоните +7 (8182) 20-30-40 (круглосуточно).
'''), enc='utf-8 qp', subj='Re: %S', hdrs=[('Auto-Submitted', 'auto-replied')],
    note='clinic contact centre, phone «круглосуточно» in an ack')

ack('ru', 'raschet-prinyat', 'services', 'Калькулятор ТрансЛайн <calc@translayn.example.ru>', T('''
Запрос на расчёт принят.
Номер запроса: РС-0047712.
Расчёт будет направлен на ваш e-mail в течение 2 часов в рабочее время.

ТрансЛайн — грузоперевозки по России
'''), enc='windows-1251 qp', subj='РС-0047712: запрос принят',
    note='logistics quote request accepted, number in the subject')

ack('ru', 'ne-otvechayte', 'services', 'Служба поддержки Облачная АТС <no-reply@oblako-ats.example.ru>', T('''
Ваше обращение зарегистрировано.

Не отвечайте на это письмо — оно отправлено роботом. Чтобы дополнить обращение, воспользуйтесь ссылкой:
https://oblako-ats.example.ru/support/request/66190

Облачная АТС
'''), enc='utf-8 b64', subj='Обращение 66190', irt=False, hdrs=[('Reply-To', 'no-reply@oblako-ats.example.ru')],
    note='«отправлено роботом», link to add to the request')

ack('ru', 'privet-pismo-u-nas', 'shops', 'Кеды и Точка <hi@kedy-tochka.example.ru>', T('''
👋 Привет!
Письмо у нас. Обычно отвечаем в течение пары часов — в будни с 10 до 19.
Номер обращения: 7720

Кеды и Точка
'''), enc='utf-8 qp', fmt='alt', hstyle='gmail', subj='Письмо у нас! (#7720)',
    note='casual ack with emoji and hours «с 10 до 19»')

ack('ru', 'sistema-000734', 'services', 'Автоматическая система <auto@stankoimport.example.ru>', T('''
Уважаемый клиент!
Ваше сообщение зарегистрировано в системе под номером 000734.

С уважением,
автоматическая система обработки обращений
ЗАО "Станкоимпорт-Снаб"
'''), enc='koi8-r 8bit', subj='Re: %S', note='old-school koi8-r, «зарегистрировано в системе под номером»')

ack('ru', 'peredali-v-prodazhi', 'services', 'Робот ПромКлимат <robot@promklimat.example.ru>', T('''
Здравствуйте!

Мы получили ваш запрос и передали его в отдел продаж. Менеджер ответит вам в ближайшее рабочее время.

Это письмо сформировано автоматически.
'''), enc='utf-8 qp', subj='Ваш запрос передан в отдел продаж', irt=False,
    note='automatic «передали в отдел продаж» (an ack, not a person\'s redirect)')

ack('ru', 'zayavka-4410', 'services', 'Ремонт-Экспресс <info@remont-express.example.ru>', T('''
Заявка №4410 принята. Мы свяжемся с вами.
'''), enc='utf-8 8bit', subj='Заявка №4410 принята', form=True,
    hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], note='minimal, form probe')

ack('ru', 'status-po-ssylke', 'shops', 'Поддержка Планета Спорт <help@planeta-sport.example.ru>', T('''
Здравствуйте!

Ваше обращение #A-55120 создано.
Следить за статусом можно здесь: https://support.planeta-sport.example.ru/t/A-55120
Мы сообщим, когда специалист ответит.
'''), enc='utf-8 qp', fmt='html', hstyle='simple', subj='Обращение #A-55120 создано',
    note='HTML only, ticket created + status link')

ack('ru', 'kopiya-soobshcheniya', 'services', 'Охрана Труда Центр <otc@ohrana-truda-centr.example.ru>', [T('''
Подтверждаем получение письма. Специалист ответит вам в рабочее время.

Копия вашего сообщения:
'''), quote('bare')], enc='windows-1251 qp', subj='Подтверждение получения: %S',
    note='question under «Копия вашего сообщения:»')

ack('ru', 'prodavcu-peredan', 'shops', 'Уведомления магазина Ткани Мира <notify@tkani-mira.example.ru>', T('''
Ваш вопрос передан продавцу «Ткани Мира».
Продавец обычно отвечает в течение 1 рабочего дня. Ответ придёт на эту почту.
'''), enc='utf-8 qp', form=True, subj='Ваш вопрос продавцу', note='shop-platform notice, form probe')

ack('ru', 'table-31-884', 'services', 'Служба клиентского сервиса Энергомонтаж <service@energomontazh.example.ru>', [T('''
Здравствуйте!

Мы зарегистрировали ваше обращение под номером 31-884.
Специалисты работают по будням с 8:30 до 17:30 и отвечают в порядке очереди.

Содержание заявки:
'''), quote('plain'), T('''


Энергомонтаж · клиентский сервис
''')], enc='utf-8 b64', fmt='html', hstyle='table', ents=True, subj='Обращение 31-884 зарегистрировано',
    irt=False, note='HTML table, hours «с 8:30 до 17:30», question under «Содержание заявки:»')

ack('ru', 'ochen-vazhno', 'shops', 'Мегадом <info@megadom-store.example.ru>', T('''
Ваше письмо очень важно для нас!
Мы обязательно ответим, как только освободится первый специалист.
Пожалуйста, не отправляйте повторных писем — это увеличит время ответа.
'''), enc='utf-8 qp', subj='Re: %S', hdrs=[('Precedence', 'bulk')], note='cliché «очень важно для нас»')

ack('ru', 'sup-118204', 'services', 'Поддержка ДатаХаб <support@datahub-cloud.example.ru>', T('''
Письмо доставлено в службу поддержки.
Номер: SUP-118204
Среднее время первого ответа — 40 минут.

Чтобы ускорить решение, ответьте на это письмо и приложите реквизиты вашей компании.
'''), enc='utf-8 qp', subj='SUP-118204: %S', note='«доставлено в службу поддержки», SUP- number')

ack('ru', 'zayavka-15602-dvuyazychno', 'services', 'Support · Поддержка <support@geoskan-soft.example.ru>', T('''
Обращение (Заявка 15602) принято. Мы ответим в течение рабочего дня.
Your request (Заявка 15602) has been received. We will reply within one business day.
'''), enc='utf-8 qp', subj='(Заявка 15602) Re: %S', note='bilingual ack, ru first')

ack('en', 'automated-response', 'services', 'Brightline Analytics <support@brightline-analytics.example>', T('''
Thank you for contacting Brightline Analytics.

This is an automated response confirming that we have received your message. A member of our team will reply within 1 business day.

Brightline Analytics Support
'''), enc='us-ascii 7bit', tz=0, subj='Re: %S', hdrs=[('Auto-Submitted', 'auto-replied')],
    note='English automated confirmation')

ack('en', 'request-47110', 'shops', 'Harbor Goods <help@harborgoods.example>', T('''
Hello,

Your ticket number is 47110. Please keep it for reference when you contact us again.

Harbor Goods Customer Care
'''), enc='utf-8 qp', tz=0, subj='Request #47110 received', irt=False, note='English, «Request #N received»')

ack('en', 'got-your-email', 'services', 'Quillstack <hello@quillstack.example>', T('''
We've got your email!

Our support hours are 9am-6pm CET, Monday to Friday. Someone from the team will get back to you as soon as possible.
'''), enc='utf-8 qp', fmt='html', hstyle='table', tz=1, subj='We received your message',
    note='English, HTML only, support hours')


# --------------------------------------------------------------------------------------------------------------
# autoreply: out of office, leave, left the company, closures, after hours, challenge-response

AUTO = [('Auto-Submitted', 'auto-replied')]

auto('ru', 'otpusk-formal', 'services', 'Воронцова Ирина <i.vorontsova@tehnokom-proekt.example.ru>', T('''
Здравствуйте!

Я нахожусь в ежегодном отпуске с 1 по 14 декабря 2026 г. включительно.
По срочным вопросам, пожалуйста, обращайтесь к Николаю Лебедеву: n.lebedev@tehnokom-proekt.example.ru, +7 (495) 380-12-12, доб. 105.

С уважением,
Ирина Воронцова
'''), enc='utf-8 qp', subj='Автоматический ответ: %S', hdrs=AUTO + [('X-Auto-Response-Suppress', 'All')],
     note='vacation, colleague\'s contact, Outlook-like subject')

auto('ru', 'bolnichny', 'shops', 'Олег Савин <o.savin@avtoemali.example.ru>', T('''
Добрый день. Нахожусь на больничном, почту читаю нерегулярно. Отвечу после выздоровления.
'''), enc='koi8-r 8bit', subj='Re: %S', note='sick leave, one line, Re: subject, no auto headers')

auto('ru', 'komandirovka', 'services', 'Денис Ахмедов <akhmedov@uralgeo.example.ru>', T('''
Спасибо за письмо!
С 5 по 10.12 я в командировке, доступ к почте ограничен. Постараюсь ответить по возвращении.
Если вопрос не терпит отлагательств — звоните на мобильный: +7 (912) 444-05-05.
'''), enc='windows-1251 qp', tz=5, subj='Автоответ: Re: %S', hdrs=AUTO + [('X-Autoreply', 'yes')],
     note='business trip, mobile number')

auto('ru', 'dekret', 'shops', 'Ксения Полякова <k.polyakova@babybox-shop.example.ru>', T('''
Здравствуйте!
Я в декретном отпуске, ваше письмо не будет прочитано.
По вопросам заказов пишите, пожалуйста, на zakaz@babybox-shop.example.ru.
'''), enc='utf-8 qp', subj='Re: %S', hdrs=[('X-Autorespond', 'yes')], note='maternity leave, new address given')

auto('ru', 'uvolilas', 'shops', 'Мария Иванова <m.ivanova@optima-podarki.example.ru>', T('''
Уважаемый отправитель!
Сотрудник Иванова Мария больше не работает в компании «Оптима Подарки». Письма на этот адрес не обрабатываются.
Пожалуйста, направьте ваш вопрос на общий адрес: info@optima-podarki.example.ru.
'''), enc='utf-8 b64', subj='Сотрудник не работает в компании', hdrs=AUTO,
     note='employee has left, third person')

auto('ru', 'adres-ne-ispolzuetsya', 'services', 'info@stary-domen.example.ru', T('''
Этот адрес больше не используется.
Мы переехали на новый домен, пишите нам на info@novy-domen.example.ru.
'''), enc='utf-8 8bit', subj='Адрес больше не используется', irt=False,
     hdrs=AUTO + [('Precedence', 'bulk')], note='address no longer used, no display name')

auto('ru', 'nerabochee-vladivostok', 'shops', 'Дальтехснаб <sklad@dalteh-snab.example.ru>', T('''
Здравствуйте!
Вы написали нам в нерабочее время. Мы работаем с 9:00 до 18:00 по владивостокскому времени (МСК+7), суббота и воскресенье — выходные.
Утром менеджер обязательно прочитает ваше письмо.
'''), enc='koi8-r qp', at='16:45', tz=10, subj='Нерабочее время',
     hdrs=AUTO, note='after-hours responder in UTC+10 (probe at 16:45 MSK is 23:45 local), contains «до 18:00»')

auto('ru', 'ponedelnik-vyhodnoy', 'shops', 'Барбершоп Борода <boroda@boroda-barber.example.ru>', T('''
Привет!
По понедельникам у нас выходной ✂️ Ответим завтра с утра.
'''), enc='utf-8 qp', subj='Re: %S', note='closed on Mondays, casual, emoji, no auto headers')

auto('ru', 'korporativ-ofis-zakryt', 'services', 'Студия Ракурс <office@rakurs-studio.example.ru>', T('''
Добрый день!
7 и 8 декабря офис не работает в связи с корпоративным обучением.
Все письма будут обработаны 9 декабря в порядке очереди. Благодарим за понимание.
'''), enc='utf-8 qp', fmt='alt', hstyle='simple', subj='Офис не работает 7–8 декабря', hdrs=AUTO,
     note='closure for two days, with dates')

auto('ru', 'inventarizaciya', 'shops', 'Склад Бумага-Опт <sklad@bumaga-opt.example.ru>', T('''
Уважаемые клиенты!
С 7 по 9 декабря склад закрыт на инвентаризацию. Отгрузки и самовывоз в эти дни не производятся.
Заявки, поступившие за это время, будут обработаны 10 декабря.
'''), enc='windows-1251 8bit', subj='Инвентаризация 7–9 декабря', irt=False,
     hdrs=[('Precedence', 'auto_reply')], note='stock-taking closure, mentions «самовывоз» without hours')

auto('ru', 'pereezd', 'services', 'Архбюро Линия <mail@arh-liniya.example.ru>', T('''
Мы переезжаем! 📦
С 7 по 9 декабря бюро переезжает в новый офис, поэтому ответы могут задерживаться.
Новый адрес: ул. Ботаническая, 14, офис 302. Телефоны прежние.
'''), enc='utf-8 qp', subj='Re: %S', hdrs=AUTO, note='moving office, emoji')

auto('ru', 'tekh-raboty', 'services', 'Хостинг Пингвин <support@pingvin-host.example.ru>', T('''
Уважаемый клиент!
В данный момент на почтовом сервере ведутся технические работы. Письма обрабатываются с задержкой.
Приносим извинения за неудобства.
'''), enc='utf-8 qp', subj='Технические работы', irt=False, hdrs=[('Auto-Submitted', 'auto-generated')],
     note='technical works notice')

auto('ru', 'operatory-offline', 'shops', 'Онлайн-консультант Эко-Маркет <chat@eko-market.example.ru>', [T('''
Сейчас все операторы офлайн 😴
Ваше сообщение сохранено — мы ответим на эту почту, как только кто-нибудь появится в сети.

Ваше сообщение:
'''), lambda c: '\n'.join(c.probe_lines()[:2])], enc='utf-8 qp', form=True, subj='Операторы сейчас офлайн',
     note='chat widget «operators offline», form probe, question echoed')

auto('ru', 'antispam-proverka', 'services', 'Антиспам-фильтр <antispam@sibles-torg.example.ru>', T('''
Здравствуйте!

Ваше письмо на адрес info@sibles-torg.example.ru задержано системой защиты от спама, так как ваш адрес ещё не в списке разрешённых.
Чтобы письмо было доставлено, просто ответьте на это сообщение, не меняя тему. Подтверждать нужно только один раз.

Если вы не отправляли письмо на этот адрес, проигнорируйте это сообщение.
'''), enc='koi8-r qp', subj='Подтвердите отправку письма [ID:%T]', irt=False, hdrs=AUTO,
     note='challenge-response (whitelist) request')

auto('ru', 'otpusk-casual', 'shops', 'Саша Крылова <sasha@vyazanka-shop.example.ru>', T('''
Привет! Я в отпуске до 14 декабря 🏝 Почту не читаю.
Если срочно — пишите Лене: lena@vyazanka-shop.example.ru
'''), enc='utf-8 b64', subj='Отпуск', hdrs=[('X-Autoreply', 'yes')], note='casual vacation, emoji')

auto('ru', 've-ofise-s-9', 'services', 'Роман Белкин <belkin@konsalt-plus.example.ru>', T('''
Спасибо за ваше письмо. Я буду в офисе с 9 декабря и отвечу вам сразу после возвращения.
'''), enc='utf-8 qp', subj='Re: %S', note='polite «буду в офисе с …», Re: subject, no auto headers')

auto('ru', 'outlook-avtomaticheskiy', 'services', 'Гаврилова Анна Сергеевна <gavrilova@promstroy-bank.example.ru>', T('''
Уважаемые коллеги!
С 07.12.2026 по 11.12.2026 я отсутствую на рабочем месте.
По вопросам обслуживания юридических лиц обращайтесь в отдел корпоративных клиентов: corp@promstroy-bank.example.ru.
'''), enc='windows-1251 b64', fmt='html', hstyle='outlook', subj='Автоматический ответ: %S',
     hdrs=AUTO + [('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'gavrilova@promstroy-bank.example.ru')],
     note='Outlook/Exchange-like out of office, HTML only')

auto('ru', 'avtootvet-yandex', 'shops', 'Магазин Кубик <kubik@kubik-store.example.ru>', T('''
Здравствуйте! Это автоответ.
Мы получаем очень много писем и читаем их по будням с 10 до 18. Если вопрос по существующему заказу — укажите его номер в теме письма.
'''), enc='utf-8 qp', subj='Автоответ: %S', hdrs=AUTO,
     note='working-hours responder, contains «с 10 до 18»')

auto('ru', 'uchebny-otpusk', 'services', 'Лилия Шарипова <l.sharipova@kazan-audit.example.ru>', T('''
Добрый день!
Нахожусь в учебном отпуске до 18.12.2026. Письма, требующие ответа, прошу дублировать Руслану Хайруллину: r.khairullin@kazan-audit.example.ru.
'''), enc='koi8-r b64', subj='Re: %S', hdrs=AUTO, note='study leave, forward to a colleague')

auto('ru', 'yashchik-ne-chitaetsya', 'shops', 'Рассылка Модный Дом <news@modny-dom.example.ru>', T('''
Этот ящик используется только для рассылок и не читается.
Пожалуйста, пишите нам на help@modny-dom.example.ru или звоните 8 800 000-90-90.
'''), enc='utf-8 qp', subj='Re: %S', irt=False, hdrs=[('Precedence', 'bulk')],
     note='«mailbox not read», Precedence: bulk only')

auto('ru', 'rabochee-vremya-10-19', 'services', 'Отдел продаж Вектор <sales@vektor-logistic.example.ru>', T('''
Благодарим за письмо!
Отдел продаж работает пн–пт с 10:00 до 19:00. Ваше письмо поступило в нерабочее время и будет обработано в первый рабочий час.
Телефон: +7 (383) 312-00-12.
'''), enc='utf-8 qp', at='16:10', tz=7, subj='Re: %S', hdrs=[('X-Autorespond', 'sales')],
     note='after-hours in UTC+7, hours and a phone')

auto('ru', 'na-vystavke', 'shops', 'Андрей Мельник <melnik@derevo-dekor.example.ru>', T('''
Здравствуйте!
До 10 декабря я на выставке «ДекорЭкспо» и отвечаю с задержкой. Заказы тем временем принимает Оксана: oksana@derevo-dekor.example.ru.
'''), enc='utf-8 8bit', subj='На выставке до 10.12', hdrs=AUTO, note='away at a trade fair')

auto('ru', 'sanitarny-den', 'services', 'Стоматология Жемчуг <admin@zhemchug-dent.example.ru>', T('''
Уважаемые пациенты!
7 декабря клиника закрыта — санитарный день. Запись и консультации возобновятся 8 декабря с 9:00.
'''), enc='utf-8 qp', fmt='alt', hstyle='table', subj='Клиника закрыта 7 декабря', irt=False, hdrs=AUTO,
     note='clinic closed for the day, «с 9:00»')

auto('ru', 'novy-domen', 'services', 'Ангар-Сервис <service@angar-service.example.ru>', T('''
Внимание! Мы сменили адрес электронной почты.
С 1 декабря письма на этот адрес не читаются. Пожалуйста, пишите на service@angar-group.example.ru.
'''), enc='windows-1251 qp', subj='Смена адреса', hdrs=[('Auto-Submitted', 'auto-generated')],
     note='address changed')

auto('ru', 'pereslano-rukovoditelyu', 'shops', 'Антон Юдин <a.yudin@yug-agrotorg.example.ru>', T('''
Менеджер Антон Юдин в отпуске.
Ваше письмо автоматически переслано руководителю отдела продаж, он свяжется с вами при необходимости.
'''), enc='utf-8 qp', subj='Автоответ: %S', hdrs=AUTO,
     note='vacation with automatic forwarding to the head of sales')

auto('ru', 'no-reply-ne-otvechaem', 'services', 'Уведомления СтройТех <no-reply@stroyteh-group.example.ru>', T('''
Вы отправили письмо на служебный адрес, который не принимает входящую почту.
Ваше сообщение не будет прочитано. Для связи используйте адрес office@stroyteh-group.example.ru.
'''), enc='utf-8 b64', subj='Сообщение не будет прочитано', irt=False, hdrs=AUTO + [('Precedence', 'junk')],
     note='no-reply address notice (not a bounce: the mail was accepted)')

auto('ru', 'remont-sklada-kz', 'shops', 'Алтын-Маркет <info@altyn-market.example>', T('''
Қайырлы күн! Добрый день!
С 7 по 9 декабря наш интернет-магазин не обрабатывает заказы в связи с ремонтом склада. Приём заказов возобновится 10 декабря.
'''), enc='utf-8 qp', tz=5, subj='Re: %S', hdrs=AUTO, note='closure notice, Kazakh + Russian greeting')

auto('en', 'out-of-office-en', 'services', 'Sarah Lindqvist <sarah.lindqvist@nordbyte.example>', T('''
Hi,

I'm out of the office until December 14 with limited access to email. For urgent matters please contact sales@nordbyte.example.

Best,
Sarah
'''), enc='us-ascii 7bit', tz=1, subj='Out of Office: %S', hdrs=AUTO, note='English out of office')

auto('en', 'office-hours-cet', 'shops', 'Bergmann Outdoor <info@bergmann-outdoor.example>', T('''
Thanks for your email.
Our office hours are Monday to Friday, 9 am to 6 pm (CET). We will reply on the next business day.
'''), enc='utf-8 qp', at='16:55', tz=1, subj='Automatic reply: %S', hdrs=[('X-Autoreply', 'yes')],
     note='English office-hours responder')

auto('en', 'challenge-en', 'services', 'Mail Guard <verify@kestrel-systems.example>', T('''
Your message to office@kestrel-systems.example is being held pending verification.

To release it, simply reply to this message. You only need to do this once; future messages will be delivered directly.

This is an automated message.
'''), enc='utf-8 qp', tz=0, subj='Please verify your message [%T]', irt=False, hdrs=AUTO,
     note='English challenge-response request')


# --------------------------------------------------------------------------------------------------------------
# bounce: permanent delivery failures, RFC 3464 reports and non-standard notices


def rfc_date(c):
    return email.utils.format_datetime(c.probe_dt)


bounce('en', 'postfix-user-unknown', 'shops', 'zakaz@tovary-dlya-doma.example.ru', dsn(T('''
This is the mail system at host %H.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%R>: host mx.%D[203.0.113.7] said: 550 5.1.1
    <%R>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
'''), 'mail.shopper.example', [(None, 'failed', '5.1.1',
                                '550 5.1.1 <%R>: Recipient address rejected: User unknown in virtual mailbox table',
                                'mx.%D')]), note='Postfix-like DSN from the sending side, 5.1.1 user unknown')

bounce('en', 'exim-no-such-user', 'services', 'info@baltic-consult.example.ru', plainbounce(T('''
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %R
    host mx.%D [198.51.100.20]
    SMTP error from remote mail server after RCPT TO:<%R>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

%P
'''), sender='Mailer-Daemon@%H', host='mail.shopper.example', from_name='Mail Delivery System',
    subject='Mail delivery failed: returning message to sender', extra_headers=[('X-Failed-Recipients', '%R')]),
    note='Exim-like plain text, message copy inline, X-Failed-Recipients')

bounce('en', 'qmail-failure', 'shops', 'sales@sibirskie-meha.example.ru', plainbounce(T('''
Hi. This is the qmail-send program at %H.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<%R>:
198.51.100.31 does not like recipient.
Remote host said: 550 5.1.1 mailbox unavailable
Giving up on 198.51.100.31.

--- Below this line is a copy of the message.

%P
'''), sender='MAILER-DAEMON@%H', host='relay.shopper.example', subject='failure notice'),
    note='qmail-like failure notice, copy below the line')

bounce('en', 'exchange-not-found', 'services', 'd.kovalenko@alfa-project.example.ru', dsn(T('''
Delivery has failed to these recipients or groups:

%R
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: %H

%R
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
'''), 'exch01.%D', [(None, 'failed', '5.1.10',
                     '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', None)],
    subject='Undeliverable: %S', sender='postmaster@%D', from_name='Microsoft Outlook', cs='utf-8', cte='qp',
    return_whole=False, extra_headers=[('X-MS-Exchange-Message-Is-Ndr', '')]),
    note='Exchange-like English NDR, text/rfc822-headers')

bounce('en', 'list-nonmember', 'services', 'partners@lists.fintrack.example', plainbounce(T('''
Your message to the Partners mailing list has been rejected for the following reason(s):

    Non-members are not allowed to post to this list.

If you think this is wrong, contact the list owner at partners-owner@lists.fintrack.example.
'''), sender='partners-owner@lists.fintrack.example', host='lists.fintrack.example',
    subject='Your message to Partners was rejected', attach='rfc822', return_path='<partners-bounces@lists.fintrack.example>'),
    note='mailing-list rejection (non-member), original attached')

bounce('en', 'postfix-timed-out-5d', 'shops', 'orders@kamchatka-ryba.example.ru', dsn(T('''
This is the mail system at host %H.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<%R>: connect to mx.%D[203.0.113.9]:25: Connection timed out
'''), 'mail.shopper.example', [(None, 'failed', '4.4.1', 'X-Postfix; connect to mx.%D[203.0.113.9]:25: '
                                                          'Connection timed out', None)],
    subject='Undelivered Mail Returned to Sender'), after='5d0h7m',
    note='Postfix-like: delivery timed out after 5 days, Action: failed with a 4.4.1 status (a bounce)')

bounce('en', 'sendmail-transcript', 'shops', 'shop@vostok-chai.example.ru', dsn(lambda c: T('''
The original message was received at %s
from mail.shopper.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<%%R>
    (reason: 550 5.1.1 User unknown)

   ----- Transcript of session follows -----
... while talking to mx.%%D.:
>>> DATA
<<< 550 5.1.1 <%%R>... User unknown
550 5.1.1 <%%R>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
''') % rfc_date(c), 'relay2.shopper.example', [(None, 'failed', '5.1.1', '550 5.1.1 <%R>... User unknown', 'mx.%D')],
    subject='Returned mail: see transcript for details'), note='Sendmail-like DSN with session transcript')

bounce('en', 'blocklisted', 'services', 'office@ural-energo-audit.example.ru', plainbounce(T('''
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %R
    host mx.%D [203.0.113.80]
    SMTP error from remote mail server after initial connection:
    554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using bl.dnsbl.example

------ This is a copy of the message's headers. ------

%P
'''), sender='Mailer-Daemon@%H', host='mail.shopper.example', from_name='Mail Delivery System',
    subject='Mail delivery failed: returning message to sender'), note='blocklist rejection 554 5.7.1')

bounce('en', 'relay-denied', 'services', 'contact@severnaya-verf.example.ru', dsn(T('''
This is the mail system at host %H.

Your message could not be delivered to the recipient below.

<%R>: host mx.%D[198.51.100.44] said: 554 5.7.1 <%R>: Relay access denied (in reply to RCPT TO command)
'''), 'mail.shopper.example', [(None, 'failed', '5.7.1', '554 5.7.1 <%R>: Relay access denied', 'mx.%D')],
    return_whole=False), note='relay access denied, rfc822-headers only')

bounce('en', 'account-disabled', 'shops', 'manager.store@freemail.example', dsn(T('''
Address not deliverable

Your message wasn't delivered to %R because the email account that you tried to reach is disabled.

The response from the remote server was:
550 5.2.1 The email account that you tried to reach is disabled.
'''), 'mx.freemail.example', [(None, 'failed', '5.2.1', '550 5.2.1 The email account that you tried to reach is '
                                                         'disabled.', 'mx.freemail.example')],
    subject='Delivery Status Notification (Failure)', sender='mailer-daemon@freemail.example',
    from_name='Mail Delivery Subsystem'), note='webmail-like DSN, 5.2.1 account disabled')

bounce('ru', 'exchange-ru-ne-nayden', 'services', 'zakupki@tdk-rosmet.example.ru', dsn(T('''
Не удалось доставить сообщение следующим получателям или группам:

%R
Не удалось найти указанный вами адрес электронной почты. Проверьте адрес получателя и повторите попытку отправки сообщения. Если проблема не исчезнет, обратитесь в службу технической поддержки.

Диагностические сведения для администраторов:

Создающий сервер: %H

%R
Удаленный сервер вернул "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
'''), 'mail01.%D', [(None, 'failed', '5.1.10',
                     '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', None)],
    subject='Недоставляемое: %S', sender='postmaster@%D', from_name='Microsoft Outlook', cs='utf-8', cte='b64',
    return_whole=False, extra_headers=[('Content-Language', 'ru-RU')]),
    note='Exchange-like Russian NDR, base64')

bounce('ru', 'yashchik-otklyuchen', 'shops', 'info@pechenki-bulochki.example.ru', dsn(T('''
Это письмо создано автоматически сервером %H.

Ваше письмо не может быть доставлено одному или нескольким получателям.

<%R>: ящик получателя отключён (mailbox disabled).

Повторять отправку не нужно.
'''), 'mx-out.shopper.example', [(None, 'failed', '5.2.1', '550 5.2.1 Mailbox disabled, not accepting messages',
                                  'mx.%D')],
    subject='Недоставленное сообщение', cs='utf-8', cte='qp', from_name='Почтовая служба'),
    note='Russian DSN, mailbox disabled 5.2.1')

bounce('ru', 'robot-adres-ne-sushchestvuet', 'shops', 'zakaz@ptichka-zoo.example.ru', plainbounce(T('''
Сообщение, которое вы отправили, не было доставлено.

Адрес %R не существует. Проверьте, правильно ли указан адрес.

Ответ сервера получателя:
550 Message was not accepted -- invalid mailbox. Local mailbox %R is unavailable: user not found

--- Ниже копия вашего письма ---

%P
'''), sender='mailer-daemon@%H', host='mxs.shopper.example', from_name='Почтовый робот',
    subject='Ошибка доставки письма', cs='utf-8', cte='qp'),
    note='Russian non-standard plain text, copy inline')

bounce('ru', 'hosting-neuplata', 'services', 'info@vektor-plast.example.ru', plainbounce(T('''
Уважаемый отправитель!

Письмо на адрес %R не доставлено: почтовый ящик получателя заблокирован за неуплату услуг хостинга.
Повторная отправка не поможет, пока владелец домена %D не продлит услугу.

Хостинг-провайдер "ВебДом"
'''), sender='postmaster@%H', host='mx.webdom-hosting.example.ru', from_name='Служба почты ВебДом',
    subject='Письмо не доставлено', cs='koi8-r', cte='8bit', attach='rfc822'),
    note='Russian hosting notice: mailbox blocked for non-payment, koi8-r')

bounce('ru', 'yashchik-perepolnen', 'shops', 'sklad@mebel-master-nn.example.ru', dsn(T('''
Сообщение не доставлено.

Почтовый ящик %R переполнен, получатель давно не освобождал место. Письмо возвращено отправителю.
'''), 'mx.%D', [(None, 'failed', '5.2.2', '552 5.2.2 Mailbox full, quota exceeded', None)],
    subject='Возврат письма: ящик переполнен', cs='windows-1251', cte='qp', from_name='Сервер почты'),
    note='Russian DSN, mailbox full 5.2.2 (permanent), windows-1251')

bounce('ru', 'domen-ne-sushchestvuet', 'services', 'hello@kompaniya-megastroy.example.ru', plainbounce(T('''
Доставка письма невозможна.

Домен %D не существует или для него не настроен приём почты (нет MX- и A-записей).
Проверьте адрес получателя: %R

Письмо возвращено без доставки.
'''), sender='MAILER-DAEMON@%H', host='mail.shopper.example', from_name='Почтовая система',
    subject='Не доставлено: %S', cs='utf-8', cte='b64', attach='rfc822'),
    note='domain does not exist, Russian, original attached')

bounce('ru', 'antispam-otklonil', 'shops', 'shop@lavanda-kosmetika.example.ru', dsn(T('''
Ваше сообщение отклонено антиспам-фильтром сервера получателя.

Получатель: %R
Причина: 550 5.7.1 Message rejected under suspicion of SPAM

Если вы считаете, что это ошибка, свяжитесь с получателем другим способом.
'''), 'mail.shopper.example', [(None, 'failed', '5.7.1', '550 5.7.1 Message rejected under suspicion of SPAM',
                                'mx.%D')],
    subject='Сообщение отклонено', cs='utf-8', cte='qp', from_name='Почтовая служба'),
    note='spam rejection, Russian DSN')

bounce('ru', 'rassylka-ne-uchastnik', 'services', 'zakupki@lists.krai-snab.example.ru', plainbounce(T('''
Ваше сообщение в список рассылки zakupki@lists.krai-snab.example.ru отклонено.
Причина: отправитель не является участником списка.

Это сообщение отправлено автоматически программой управления списками рассылки.
'''), sender='zakupki-owner@lists.krai-snab.example.ru', host='lists.krai-snab.example.ru',
    subject='Сообщение отклонено: %S', cs='utf-8', cte='qp', attach='rfc822',
    return_path='<zakupki-bounces@lists.krai-snab.example.ru>'), note='Russian mailing-list rejection')

bounce('ru', 'kerio-polzovatel', 'services', 'buh@tatneft-servis-plus.example.ru', dsn(T('''
Ваше сообщение не было доставлено следующим получателям:

  %R: 550 5.1.1 Пользователь не найден

Тема сообщения: %S
'''), 'mail.%D', [(None, 'failed', '5.1.1', '550 5.1.1 User not found', None)],
    subject='Сообщение не доставлено: %S', cs='utf-8', cte='8bit', from_name='Почтовый сервер',
    sender='mailserver@%D'), note='Kerio-like Russian DSN')

bounce('ru', 'shlyuz-spravochnik', 'services', 'a.petrenko@energoset-region.example.ru', plainbounce(T('''
АДРЕСАТ НЕ НАЙДЕН

Почтовый шлюз АО "Энергосеть-Регион": адресат %R не найден в корпоративном справочнике.
Письмо не доставлено.
Код ошибки: 5.1.1
'''), sender='gateway@%D', host='gw.%D', from_name='Почтовый шлюз', subject='Возврат: %S', cs='koi8-r',
    cte='b64', attach='rfc822'), note='corporate gateway, koi8-r base64, original attached')

bounce('ru', 'exchange-net-razresheniya', 'shops', 'otdel-prodazh@gipermarket-ryadom.example.ru', dsn(T('''
Не удалось доставить сообщение следующим получателям или группам:

Отдел продаж (%R)
У вас нет разрешения на отправку сообщений этому получателю. Для получения разрешения обратитесь к владельцу группы.

Диагностические сведения для администраторов:

Создающий сервер: %H

%R
550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized
'''), 'exch.%D', [(None, 'failed', '5.7.1', '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', None)],
    subject='Недоставляемое: %S', sender='postmaster@%D', from_name='Microsoft Outlook', cs='utf-8', cte='qp',
    return_whole=False), note='Exchange-like restricted distribution group 5.7.1')

bounce('ru', 'spf-otkaz', 'services', 'sales@grand-lift.example.ru', dsn(T('''
Ваше письмо не доставлено: сервер получателя отказал в приёме.

Адресат: %R
Ответ сервера: 550 5.7.23 Message rejected due to SPF policy

Обратитесь к администратору вашей почты.
'''), 'mail.shopper.example', [(None, 'failed', '5.7.23', '550 5.7.23 Message rejected due to SPF policy',
                                'mx.%D')],
    subject='Письмо не доставлено', cs='windows-1251', cte='b64', from_name='Почтовая система'),
    note='SPF rejection, windows-1251 base64')

bounce('ru', 'html-polzovatel-ne-nayden', 'shops', 'zakaz@sibmail-shop.example.ru', plainbounce(T('''
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif">
<h3>Письмо не доставлено</h3>
<p>К сожалению, ваше письмо не доставлено адресату <b>%R</b>.</p>
<table cellpadding="4"><tr><td>Причина:</td><td>пользователь не найден (550 5.1.1)</td></tr>
<tr><td>Тема письма:</td><td>%S</td></tr></table>
<p>Это автоматическое уведомление почтовой системы.</p>
</body></html>
'''), sender='mailer-daemon@%H', host='mail.sibmail.example.ru', from_name='Почта Сибирь', ctype='text/html',
    subject='Письмо не доставлено', cs='utf-8', cte='qp', attach='rfc822'),
    note='HTML-only Russian bounce notice, original attached')

bounce('ru', 'taimaut-5-sutok', 'shops', 'info@yakutsk-tehnika.example.ru', plainbounce(T('''
Доставка письма не удалась.

В течение 5 суток сервер получателя (mx.%D) не отвечал. Попытки доставки прекращены.

Получатель: %R
Тема: %S
'''), sender='MAILER-DAEMON@%H', host='mail.shopper.example', from_name='Почтовая система',
    subject='Не доставлено: %S', cs='utf-8', cte='qp', attach='rfc822'), after='5d0h2m',
    note='Russian: gave up after 5 days (a bounce)')

bounce('ru', 'postfix-ru-perevod', 'services', 'direktor@agro-tekh-yug.example.ru', dsn(T('''
Это почтовая система на узле %H.

К сожалению, ваше сообщение не удалось доставить одному или нескольким получателям. Оно приложено ниже.

<%R>: host mx.%D[198.51.100.61] said: 550 5.1.1 <%R>: Recipient address rejected: User unknown (in reply to RCPT TO command)

                   Почтовая система
'''), 'mail.shopper.example', [(None, 'failed', '5.1.1', '550 5.1.1 <%R>: Recipient address rejected: User unknown',
                                'mx.%D')],
    subject='Письмо возвращено отправителю', cs='utf-8', cte='8bit', from_name='Почтовая система'),
    note='Postfix-like DSN with a Russian text part and the English diagnostic')


# ==============================================================================================================
# END OF MESSAGES


def slug_ok(name):
    return re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', name) is not None


def note_for(m):
    bits = [m.lang]
    if m.builder is None:
        fmt = {'plain': 'text/plain', 'html': 'HTML only', 'alt': 'multipart/alternative',
               'mixed': 'multipart/mixed with attachment', 'mixed_html': 'HTML + attachment'}[m.fmt]
        if m.flowed:
            fmt += ' format=flowed'
        bits.append('%s, %s %s' % (fmt, m.cs, m.cte.replace('b64', 'base64')))
        if m.form:
            bits.append('form probe, plus-address, no In-Reply-To')
        elif not m.irt:
            bits.append('no In-Reply-To')
    if m.note:
        note = m.note
        if m.form:
            note = re.sub(r'(^|, )form probe(?=,|$)', '', note).lstrip(', ')
        if note:
            bits.append(note)
    return '; '.join(bits)


def body_texts(msg):
    """Decoded text of the message's own text parts (not of returned messages): (plain, HTML visible text)."""
    plains, htmls = [], []
    for part in own_parts(msg):
        if part.get_content_type() == 'text/plain':
            plains.append(part.get_content())
        elif part.get_content_type() == 'text/html':
            htmls.append(visible(part.get_content()))
    return norm(' '.join(plains)), norm(' '.join(htmls))


def main():
    rnd = random.Random(SEED)
    order = list(range(len(MESSAGES)))
    rnd.shuffle(order)
    if os.path.isdir(OUT):
        for f in os.listdir(OUT):
            if f.endswith('.eml') or f == 'manifest.csv':
                os.remove(os.path.join(OUT, f))
    else:
        os.makedirs(OUT)
    names = set()
    rows = []
    for n, i in enumerate(order, 1):
        m = MESSAGES[i]
        assert slug_ok(m.name), m.name
        assert m.name not in names, m.name
        names.add(m.name)
        data, label, c = make(m, n, random.Random('%d-%s' % (SEED, m.name)))
        assert b'\r' not in data, m.name
        data = data.replace(b'\n', b'\r\n')
        fname = '%03d-%s.eml' % (n, m.name)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(data)
        if m.kind in ('human', 'redirect'):
            assert label, '%s: no label' % m.name
        else:
            assert not label, '%s: a %s has a label' % (m.name, m.kind)
        if label:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            plain, vis = body_texts(msg)
            for piece in m.pieces:
                for where, txt in (('plain', plain), ('HTML', vis)):
                    if txt and piece not in txt:
                        sys.exit('%s: marked piece not in the %s body: %s' % (fname, where, piece))
        rows.append({'file': fname, 'kind': m.kind, 'expected_reply': label, 'split': 'train',
                     'note': note_for(m)})
    with open(os.path.join(OUT, 'manifest.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['file', 'kind', 'expected_reply', 'split', 'note'])
        w.writeheader()
        w.writerows(rows)
    check(rows)


def own_parts(msg):
    """The message's leaf parts, not descending into returned messages."""
    if msg.get_content_maintype() == 'message':
        return []
    if msg.is_multipart():
        return [p for sub in msg.iter_parts() for p in own_parts(sub)]
    return [msg]


def in_order(label, text):
    """Whether the label's words occur in the text in the same order (an inline answer's pieces are apart)."""
    words = text.split(' ')
    i = 0
    for w in label.split(' '):
        try:
            i = words.index(w, i) + 1
        except ValueError:
            return False
    return True


def check(rows):
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    with open(os.path.join(OUT, 'manifest.csv'), encoding='utf-8', newline='') as f:
        man = list(csv.DictReader(f))
    assert sorted(r['file'] for r in man) == files, 'manifest and files differ'
    problems = []
    stats = Counter()
    for r in man:
        data = open(os.path.join(OUT, r['file']), 'rb').read()
        if data.count(b'\n') != data.count(b'\r\n') or not data.endswith(b'\r\n'):
            problems.append('%s: not CRLF' % r['file'])
        if any(len(l) > 998 for l in data.split(b'\r\n')):
            problems.append('%s: line longer than 998 bytes' % r['file'])
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            plain, vis = body_texts(msg)
            email.message_from_bytes(data)                       # compat32 too
        except Exception as e:                                   # noqa: BLE001
            problems.append('%s: does not parse: %r' % (r['file'], e))
            continue
        if msg.defects:
            problems.append('%s: defects %r' % (r['file'], msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append('%s: part defects %r' % (r['file'], part.defects))
        exp = r['expected_reply']
        if r['kind'] in ('human', 'redirect'):
            if not exp:
                problems.append('%s: empty label' % r['file'])
            for where, txt in (('plain', plain), ('HTML', vis)):
                if txt and exp not in txt:
                    if in_order(exp, txt):
                        stats[('inline', where)] += 1
                    else:
                        problems.append('%s: label words not in the %s body' % (r['file'], where))
            for bit in QUESTION_BITS:
                if bit in exp:
                    problems.append('%s: label contains the question' % r['file'])
        elif exp:
            problems.append('%s: label on a %s' % (r['file'], r['kind']))
        lang = r['note'].split(';')[0]
        stats[(r['kind'], lang)] += 1
        for part in own_parts(msg):
            if part.get_content_type() in ('text/plain', 'text/html'):
                stats[('charset', part.get_content_charset())] += 1
                stats[('cte', part.get('Content-Transfer-Encoding', '7bit').lower())] += 1
        stats[('type', msg.get_content_type())] += 1
    if problems:
        print('\n'.join(problems))
        sys.exit(1)
    kinds = ['human', 'redirect', 'ack', 'autoreply', 'bounce']
    print('%-10s %4s %4s %5s' % ('kind', 'ru', 'en', 'all'))
    for k in kinds:
        print('%-10s %4d %4d %5d' % (k, stats[(k, 'ru')], stats[(k, 'en')], stats[(k, 'ru')] + stats[(k, 'en')]))
    print('%-10s %4d %4d %5d' % ('total', sum(stats[(k, 'ru')] for k in kinds),
                                  sum(stats[(k, 'en')] for k in kinds), len(man)))
    for key in ('type', 'charset', 'cte'):
        print(key + ':', ', '.join('%s %d' % (k[1], v) for k, v in sorted(stats.items(), key=lambda kv: -kv[1])
                                   if k[0] == key))
    print('labels whose words are found in order but not as one run (inline answers): %d'
          % (stats[('inline', 'plain')] + stats[('inline', 'HTML')]))
    print('all %d files parse, are CRLF, and every label is found in its decoded body' % len(man))


if __name__ == '__main__':
    main()
