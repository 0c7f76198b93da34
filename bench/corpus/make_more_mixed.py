#!/usr/bin/env python3
"""Write bench/corpus/more_mixed/: a third labelled set of replies to the probes of studies/demo.yaml.

About 170 RFC 5322 messages (CRLF, bytes as an IMAP server hands them over) and manifest.csv
(file,kind,expected_reply,split,note; split is `train` for every row). Standard library only, fixed
seed, imports nothing from the project. In the message texts below the reply's own words are wrapped
in the marks \u27e6 ... \u27e7; the marks are removed from the message and the text between them (for
HTML: its visible text) becomes expected_reply, so a label cannot drift from its message.

    python3 bench/corpus/make_more_mixed.py     # rewrites more_mixed/ and prints the counts
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import io
import os
import random
import re
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'more_mixed')
RNG = random.Random(4170)

PNAME = 'Анатолий Смирнов'
PADDR = 'anatoly@shopper.example'
OPEN, CLOSE = '\u27e6', '\u27e7'
MARKS = re.compile(OPEN + '(.*?)' + CLOSE, re.S)

SHOP_SUBJ = 'Самовывоз сегодня'
SVC_SUBJ = 'Тарифы и договор'
SHOP_BODY = ('Здравствуйте!\n'
             'До скольки работает пункт самовывоза? Помогите оформить заказ! '
             'Мне нужно организовать доставку сегодня.\n\n' + PNAME + '\n')
SVC_BODY = ('Добрый день!\n'
            'Какие у вас тарифы, как заключить договор и сколько времени это займёт?\n\n' + PNAME + '\n')
PROBE_TEXTS = ('До скольки работает пункт самовывоза', 'Какие у вас тарифы')

MSK = dt.timezone(dt.timedelta(hours=3))

# ---------------------------------------------------------------------------------------------------
# small encoders


def _ew1(s, charset, enc):
    raw = s.encode(charset)
    if enc == 'B':
        return '=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode('ascii'))
    out = []
    for b in raw:
        c = chr(b)
        if b == 32:
            out.append('_')
        elif c.isascii() and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (charset, ''.join(out))


def ew(s, charset='utf-8', enc='B', keep_ascii_prefix=True):
    """RFC 2047 encoding of a header value; ASCII stays as it is."""
    if all(ord(c) < 128 for c in s):
        return s
    prefix = ''
    if keep_ascii_prefix:
        m = re.match(r'^((?:[\x21-\x7e]+ )+)', s)
        if m and all(ord(c) < 128 for c in m.group(1)):
            prefix, s = m.group(1), s[len(m.group(1)):]
    words, cur = [], ''
    for ch in s:
        if cur and len(_ew1(cur + ch, charset, enc)) > 72:
            words.append(_ew1(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    words.append(_ew1(cur, charset, enc))
    return prefix + '\r\n '.join(words)


def addr(name, address, charset='utf-8', enc='B', quote=False):
    if not name:
        return '<%s>' % address if quote else address
    if all(ord(c) < 128 for c in name):
        if quote or re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return '%s <%s>' % (name, address)
    return '%s <%s>' % (ew(name, charset, enc, keep_ascii_prefix=False), address)


def qp_encode(raw):
    """Quoted-printable of bytes whose lines end in LF; output lines end in CRLF."""
    out = []
    lines = raw.split(b'\n')
    for line in lines:
        toks = []
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != len(line) - 1):
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        res, cur = [], ''
        for t in toks:
            if len(cur) + len(t) > 75:
                res.append(cur + '=')
                cur = t
            else:
                cur += t
        res.append(cur)
        out.append('\r\n'.join(res))
    return '\r\n'.join(out).encode('ascii')


def encode_body(text, charset, cte):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    if cte == 'quoted-printable':
        return qp_encode(text.encode(charset))
    raw = text.replace('\n', '\r\n').encode(charset)
    if cte == 'base64':
        b = base64.b64encode(raw).decode('ascii')
        return ('\r\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\r\n').encode('ascii')
    if cte == '7bit':
        raw.decode('ascii')
    for line in raw.split(b'\r\n'):
        assert len(line) < 990, line[:60]
    return raw


def flow(text, width=72):
    """format=flowed: long lines are broken after a space (the space stays at the line end)."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= width:
            out.append(line)
            continue
        cur = ''
        for w in line.split(' '):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        out.append(cur)
    return '\n'.join(out)


def wrap_hard(text, width=76):
    """Hard wrap as old clients do (the label is whitespace-collapsed, so it does not change)."""
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = re.match(r'^((?:> ?)*)', line).group(1)
        cur = ''
        for w in line[len(prefix):].split(' '):
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        out.append(prefix + cur)
    return '\n'.join(out)


# ---------------------------------------------------------------------------------------------------
# visible text of HTML

BLOCK = {'p', 'div', 'br', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3',
         'h4', 'h5', 'h6', 'blockquote', 'hr', 'center', 'pre', 'body', 'html', 'dl', 'dt', 'dd', 'section',
         'header', 'footer', 'address'}
VOID = {'br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'o:p'}
SKIP = {'style', 'script', 'head', 'title', 'xml'}


class _Visible(HTMLParser):
    def __init__(self, plain=False):
        super().__init__(convert_charrefs=True)
        self.out, self.stack, self.plain = [], [], plain
        self.href = []

    def hidden(self):
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get('style') or '').replace(' ', '').lower()
        hid = tag in SKIP or 'display:none' in style or 'hidden' in a
        if tag in BLOCK:
            self.out.append('\n' if tag != 'p' or not self.plain else '\n\n')
        if self.plain and tag == 'li' and not self.hidden():
            self.out.append('- ')
        if tag in VOID:
            return
        self.stack.append((tag, hid))
        if tag == 'a':
            self.href.append((a.get('href') or '', len(self.out)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == 'a' and self.href and self.plain:
            href, start = self.href.pop()
            text = ''.join(self.out[start:]).strip()
            target = href[7:] if href.startswith('mailto:') else href
            if href and text and target != text and not self.hidden() and not href.startswith('#'):
                self.out.append(' <%s>' % href)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.out.append('\n')

    def handle_data(self, d):
        if not self.hidden():
            self.out.append(d)


def visible(html_text):
    p = _Visible()
    p.feed(html_text)
    p.close()
    return ''.join(p.out)


def html2plain(html_text):
    """A helpdesk-like text/plain alternative of an HTML body."""
    p = _Visible(plain=True)
    p.feed(html_text)
    p.close()
    t = ''.join(p.out).replace('\xa0', ' ')
    lines = [re.sub(r'[ \t]+', ' ', ln).strip() for ln in t.split('\n')]
    t = '\n'.join(lines)
    t = re.sub(r'\n{3,}', '\n\n', t).strip('\n')
    return t + '\n'


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def label_of(text, is_html):
    src = visible(text) if is_html else text
    segs = [collapse(s) for s in MARKS.findall(src)]
    return segs


def unmark(s):
    return s.replace(OPEN, '').replace(CLOSE, '')


# ---------------------------------------------------------------------------------------------------
# dates and quote headers

EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
RU_DAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
RU_DAYS_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
RU_MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября',
              'октября', 'ноября', 'декабря']
RU_MON_SHORT = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.',
                'дек.']


def rfc_date(d):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        EN_DAYS[d.weekday()][:3], d.day, EN_MON[d.month - 1][:3], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def h12(d):
    h = d.hour % 12 or 12
    return '%d:%02d %s' % (h, d.minute, 'AM' if d.hour < 12 else 'PM')


class Ctx:
    """One reply: which probe it answers, when, from which time zone."""

    def __init__(self, seg, probe=(11, 0), delay=60, tz=3, to=None, form=False, sec=None):
        self.seg = seg
        self.tz = dt.timezone(dt.timedelta(hours=tz)) if not isinstance(tz, dt.timezone) else tz
        pd = dt.datetime(2026, 12, 7, probe[0], probe[1], RNG.randrange(60), tzinfo=MSK)
        self.probe_dt = pd
        self.pl = pd.astimezone(self.tz)           # probe time as the replier's client shows it
        self.dt = (pd + dt.timedelta(minutes=delay, seconds=sec if sec is not None else RNG.randrange(3, 58))
                   ).astimezone(self.tz)
        self.to = to                               # the company's address the probe went to
        self.form = form
        self.subj = SHOP_SUBJ if seg == 'shop' else SVC_SUBJ
        self.body = SHOP_BODY if seg == 'shop' else SVC_BODY
        self.probe_id = '<%s.%s@shopper.example>' % (pd.strftime('%Y%m%d%H%M%S'),
                                                     ''.join(RNG.choice('0123456789abcdef')
                                                             for _ in range(12)))

    # plain-text quote styles -----------------------------------------------------------------
    def lines(self):
        return self.body.rstrip('\n').split('\n')

    def gt(self, prefix='> '):
        return '\n'.join((prefix + ln) if ln else prefix.rstrip() for ln in self.lines())

    def gmail_en(self):
        p = self.pl
        return 'On %s, %s %d, %d at %s %s <%s> wrote:\n\n%s\n' % (
            EN_DAYS[p.weekday()][:3], EN_MON[p.month - 1][:3], p.day, p.year, h12(p), PNAME, PADDR,
            self.gt())

    def gmail_ru(self):
        p = self.pl
        return '%s, %d %s %d г. в %d:%02d, %s <%s>:\n\n%s\n' % (
            RU_DAYS_SHORT[p.weekday()], p.day, RU_MON_SHORT[p.month - 1], p.year, p.hour, p.minute, PNAME,
            PADDR, self.gt())

    def outlook_en(self, line=True):
        p = self.pl
        return '%sFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s\n' % (
            '________________________________\n' if line else '', PNAME, PADDR, EN_DAYS[p.weekday()],
            EN_MON[p.month - 1], p.day, p.year, h12(p), self.to, self.subj, self.body.rstrip('\n'))

    def original_en(self):
        p = self.pl
        return '-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s, %s %d, %d %s\nTo: %s\n' \
               'Subject: %s\n\n%s\n' % (PNAME, PADDR, EN_DAYS[p.weekday()], EN_MON[p.month - 1], p.day,
                                        p.year, h12(p), self.to, self.subj, self.body.rstrip('\n'))

    def outlook_ru(self, line=False):
        p = self.pl
        return '%sОт: %s <%s>\nОтправлено: %s, %d %s %d г. %d:%02d\nКому: %s\nТема: %s\n\n%s\n' % (
            '-----Original Message-----\n' if line else '', PNAME, PADDR, RU_DAYS[p.weekday()], p.day,
            RU_MON_GEN[p.month - 1], p.year, p.hour, p.minute, self.to, self.subj, self.body.rstrip('\n'))

    def apple_en(self):
        p = self.pl
        return '> On %s %d, %d, at %s, %s <%s> wrote:\n> \n%s\n' % (
            EN_MON[p.month - 1][:3], p.day, p.year, h12(p), PNAME, PADDR, self.gt())

    def apple_ru(self):
        p = self.pl
        return '> %d %s %d г., в %d:%02d, %s <%s> написал(а):\n> \n%s\n' % (
            p.day, RU_MON_SHORT[p.month - 1], p.year, p.hour, p.minute, PNAME, PADDR, self.gt())

    def tbird_en(self):
        p = self.pl
        return 'On %d/%d/%d %s, %s wrote:\n%s\n' % (p.month, p.day, p.year, h12(p), PNAME, self.gt())

    def tbird_ru(self):
        p = self.pl
        return '%02d.%02d.%d %d:%02d, %s пишет:\n%s\n' % (p.day, p.month, p.year, p.hour, p.minute, PNAME,
                                                       self.gt())

    def yandex_ru(self):
        p = self.pl
        return '%02d.%02d.%d, %02d:%02d, "%s" <%s>:\n%s\n' % (p.day, p.month, p.year, p.hour, p.minute,
                                                            PNAME, PADDR, self.gt())

    def mailru(self):
        p = self.pl
        return '%s, %d %s %d, %d:%02d +03:00 от %s <%s>:\n%s\n' % (
            RU_DAYS[p.weekday()].capitalize(), p.day, RU_MON_GEN[p.month - 1], p.year, p.hour, p.minute,
            PNAME, PADDR, self.gt())

    def roundcube_ru(self):
        p = self.pl
        return '%s писал %s:\n%s\n' % (PNAME, p.strftime('%Y-%m-%d %H:%M'), self.gt())

    def roundcube_en(self):
        p = self.pl
        return 'On %s, %s wrote:\n%s\n' % (p.strftime('%Y-%m-%d %H:%M'), PNAME, self.gt())

    def thebat(self):
        p = self.pl
        return 'Вы писали %d %s %d г., %d:%02d:\n\n%s\n' % (p.day, RU_MON_GEN[p.month - 1], p.year, p.hour,
                                                          p.minute, self.gt('АС> '))

    def zimbra_en(self):
        p = self.pl
        return '----- Original Message -----\nFrom: "%s" <%s>\nTo: "%s"\nSent: %s, %s %d, %d %s\n' \
               'Subject: %s\n\n%s\n' % (PNAME, PADDR, self.to, EN_DAYS[p.weekday()], EN_MON[p.month - 1],
                                        p.day, p.year, h12(p), self.subj, self.body.rstrip('\n'))

    def fwd_ru(self):
        p = self.pl
        return '-------- Пересылаемое сообщение --------\n%02d.%02d.%d, %02d:%02d, "%s" <%s>:\n\n%s' \
               '\n-------- Конец пересылаемого сообщения --------\n' % (
                   p.day, p.month, p.year, p.hour, p.minute, PNAME, PADDR, self.body.rstrip('\n'))

    def fwd_gmail_en(self):
        p = self.pl
        return '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\n' \
               'Subject: %s\nTo: <%s>\n\n\n%s\n' % (PNAME, PADDR, EN_DAYS[p.weekday()][:3],
                                                    EN_MON[p.month - 1][:3], p.day, p.year, h12(p), self.subj,
                                                    self.to, self.body.rstrip('\n'))

    # HTML quote styles ------------------------------------------------------------------------
    def hbody(self):
        return '<br>\n'.join(esc(ln) for ln in self.lines())

    def gmail_html_en(self):
        p = self.pl
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On %s, %s %d, %d at %s %s &lt;'
                '<a href="mailto:%s">%s</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0'
                'px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">%s'
                '</div></blockquote></div>\n') % (EN_DAYS[p.weekday()][:3], EN_MON[p.month - 1][:3], p.day,
                                                   p.year, h12(p), PNAME, PADDR, PADDR, self.hbody())

    def gmail_html_ru(self):
        p = self.pl
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s, %d %s %d г. в %d:%02d, %s &lt;'
                '<a href="mailto:%s">%s</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0'
                'px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
                ) % (RU_DAYS_SHORT[p.weekday()], p.day, RU_MON_SHORT[p.month - 1], p.year, p.hour, p.minute,
                     PNAME, PADDR, PADDR, self.hbody())

    def outlook_html(self, lang='en'):
        p = self.pl
        if lang == 'en':
            f, s, t, sub = 'From:', 'Sent:', 'To:', 'Subject:'
            when = '%s, %s %d, %d %s' % (EN_DAYS[p.weekday()], EN_MON[p.month - 1], p.day, p.year, h12(p))
        else:
            f, s, t, sub = 'От:', 'Отправлено:', 'Кому:', 'Тема:'
            when = '%s, %d %s %d г. %d:%02d' % (RU_DAYS[p.weekday()], p.day, RU_MON_GEN[p.month - 1], p.year,
                                                p.hour, p.minute)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                '<p class="MsoNormal"><b>%s</b> %s &lt;%s&gt; <br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n'
                '<b>%s</b> %s<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n') % (
            f, PNAME, PADDR, s, when, t, self.to, sub, self.subj,
            '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) or '&nbsp;') for ln in self.lines()))

    def apple_html(self, lang='en'):
        p = self.pl
        if lang == 'en':
            att = 'On %s %d, %d, at %s, %s &lt;%s&gt; wrote:' % (EN_MON[p.month - 1][:3], p.day, p.year, h12(p),
                                                               PNAME, PADDR)
        else:
            att = '%d %s %d г., в %d:%02d, %s &lt;%s&gt; написал(а):' % (
                p.day, RU_MON_SHORT[p.month - 1], p.year, p.hour, p.minute, PNAME, PADDR)
        return ('<div><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
                '<div>%s</div></blockquote>\n') % (att, self.hbody())

    def mailru_html(self):
        p = self.pl
        return ('<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">%s, %d %s '
                '%d, %d:%02d +03:00 от %s &lt;<a href="mailto:%s">%s</a>&gt;:<br><br><div id=""><div class="js-'
                'helper js-readmsg-msg"><div><div>%s</div></div></div></div></blockquote>\n') % (
            RU_DAYS[p.weekday()].capitalize(), p.day, RU_MON_GEN[p.month - 1], p.year, p.hour, p.minute, PNAME,
            PADDR, PADDR, self.hbody())

    def yandex_html(self):
        p = self.pl
        return ('<div>%02d.%02d.%d, %02d:%02d, "%s" &lt;%s&gt;:</div><blockquote><div>%s</div></blockquote>\n') % (
            p.day, p.month, p.year, p.hour, p.minute, PNAME, PADDR, self.hbody())


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# ---------------------------------------------------------------------------------------------------
# building messages

MSGS = []
B64_PNG = ('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGUlEQVQ4y2NkYPhfz0AEYBxVSF+FAAAN2QF/'
           'x0mJ5gAAAABJRU5ErkJggg==')


def rid(n=16, alphabet='0123456789abcdef'):
    return ''.join(RNG.choice(alphabet) for _ in range(n))


def boundary(style='std'):
    if style == 'outlook':
        return '_000_%s%s_' % (rid(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), rid(8, 'ABCDEF0123456789'))
    if style == 'gmail':
        return '000000000000%s' % rid(16)
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (rid(8).upper(), rid(4).upper(), rid(4).upper(), rid(4).upper(),
                                                rid(12).upper())
    if style == 'tbird':
        return '------------%s' % rid(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    return '----=_Part_%d_%d.%d' % (RNG.randrange(10000, 99999), RNG.randrange(10 ** 8, 10 ** 9),
                                    RNG.randrange(10 ** 12, 10 ** 13))


def leaf(ctype, text, charset, cte, params=''):
    hs = [('Content-Type', '%s; charset="%s"%s' % (ctype, charset, params) if charset else ctype),
          ('Content-Transfer-Encoding', cte)]
    return hs, encode_body(text, charset or 'ascii', cte)


def raw_leaf(headers, body_bytes):
    return list(headers), body_bytes


def multipart(subtype, parts, bstyle='std', params='', preamble=None):
    b = boundary(bstyle)
    chunks = []
    if preamble:
        chunks.append(preamble.replace('\n', '\r\n').encode('ascii') + b'\r\n')
    for hs, body in parts:
        chunks.append(b'--' + b.encode() + b'\r\n' + hdr_bytes(hs) + b'\r\n' + body)
        if not body.endswith(b'\r\n'):
            chunks.append(b'\r\n')
    chunks.append(b'--' + b.encode() + b'--\r\n')
    return [('Content-Type', 'multipart/%s;%s boundary="%s"' % (subtype, params, b))], b''.join(chunks)


def hdr_bytes(hs):
    out = []
    for k, v in hs:
        line = '%s: %s' % (k, v)
        out.append(line)
    s = '\r\n'.join(out) + '\r\n'
    s = s.replace('\r\n', '\n').replace('\n', '\r\n')
    return s.encode('utf-8') if any(ord(ch) > 127 for ch in s) else s.encode('ascii')


def fold_refs(ids):
    return '\r\n '.join(ids)


ORDERS = {
    'std': ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To', 'References'],
    'outlook': ['From', 'To', 'Cc', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                'References', 'In-Reply-To', 'Reply-To'],
    'gmail': ['References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc', 'Reply-To'],
}


def msg(kind, lang, name, note, c, frm, subj, text=None, html=None, charset='utf-8', cte='quoted-printable',
        hcharset=None, hcte=None, hdrs=(), to=None, reply=None, subj_enc='B', subj_charset=None,
        from_enc=None, mid=None, order='std', envelope=None, received=None, related=False, attach=(),
        bstyle='std', text_params='', mime=None, extra_top=(), body_override=None, cc=None, auto_html=None):
    """Register one message. text / html carry the marks around the reply's own words."""
    scs = subj_charset or (charset if charset not in ('us-ascii', None) else 'utf-8')
    d = c.dt
    from_name, from_addr = frm
    dom = from_addr.split('@')[1]
    if mid is None:
        mid = '<%s@%s>' % (rid(24, 'abcdefghijklmnopqrstuvwxyz0123456789'), dom)
    elif not mid.startswith('<'):
        mid = '<%s>' % mid
    if reply is None:
        reply = not c.form
    to_v = to or addr(PNAME, PADDR, scs, from_enc or subj_enc)
    main = {
        'Date': rfc_date(d),
        'From': addr(from_name, from_addr, scs, from_enc or subj_enc),
        'To': to_v,
        'Subject': ew(subj, scs, subj_enc),
        'Message-ID': mid,
    }
    if cc:
        main['Cc'] = cc
    if reply:
        main['In-Reply-To'] = c.probe_id
        main['References'] = c.probe_id
    extra_main = []
    for k, v in hdrs:
        if k in ORDERS[order] or k in ('Reply-To', 'Cc', 'Thread-Topic', 'Thread-Index'):
            main[k] = v
        else:
            extra_main.append((k, v))
    # the receiving server's lines
    top = []
    env = envelope if envelope is not None else from_addr
    top.append(('Return-Path', '<%s>' % env))
    top.append(('Delivered-To', PADDR if '+' not in (to or '') else re.search(r'<?([^<>\s]+@[^<>\s]+)>?$',
                                                                            to).group(1)))
    if received is None:
        ip = '%s.%d' % (RNG.choice(['192.0.2', '198.51.100', '203.0.113']), RNG.randrange(2, 250))
        relay = 'mail.%s' % dom if not dom.startswith('mail') else dom
        rcv_dt = d + dt.timedelta(seconds=RNG.randrange(1, 9))
        received = ['from %s (%s [%s])\r\n\tby mx1.shopper.example (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
                    % (relay, relay, ip, rid(10, 'ABCDEF0123456789'), PADDR, rfc_date(rcv_dt.astimezone(MSK)))]
    for r in received:
        top.append(('Received', r))
    top.extend(extra_top)
    # body
    if auto_html and html is None:
        html = plain_to_html(text, auto_html)
    labels = None
    if text is not None:
        labels = label_of(text, False)
    if html is not None:
        hl = label_of(html, True)
        if labels is None:
            labels = hl
        elif collapse(' '.join(hl)) != collapse(' '.join(labels)):
            raise SystemExit('%s: plain and HTML labels differ:\n  %s\n  %s' % (name, ' '.join(labels),
                                                                                 ' '.join(hl)))
    if body_override is not None:
        top_part = body_override
        labels = []
    else:
        parts = []
        if text is not None:
            parts.append(leaf('text/plain', unmark(text), charset, cte, text_params))
        if html is not None:
            hp = leaf('text/html', unmark(html), hcharset or charset, hcte or cte)
            if related:
                img = ([('Content-Type', 'image/png; name="image001.png"'),
                        ('Content-Description', 'image001.png'),
                        ('Content-Disposition', 'inline; filename="image001.png"; size=88'),
                        ('Content-ID', '<image001.png@01DB48A7.%s>' % rid(8).upper()),
                        ('Content-Transfer-Encoding', 'base64')], (B64_PNG + '\r\n').encode())
                hp = multipart('related', [hp, img], bstyle, params=' type="text/html";')
            parts.append(hp)
        top_part = parts[0] if len(parts) == 1 else multipart('alternative', parts, bstyle)
        if attach:
            atts = []
            for fname, ctype, data in attach:
                b = base64.b64encode(data).decode()
                atts.append(([('Content-Type', '%s; name="%s"' % (ctype, fname)),
                              ('Content-Disposition', 'attachment; filename="%s"' % fname),
                              ('Content-Transfer-Encoding', 'base64')],
                             ('\r\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\r\n').encode()))
            top_part = multipart('mixed', [top_part] + atts, bstyle)
    hs = list(top)
    for k in ORDERS[order]:
        if k in main:
            hs.append((k, main[k]))
    hs.extend(extra_main)
    hs.append(('MIME-Version', mime or '1.0'))
    hs.extend(top_part[0])
    data = hdr_bytes(hs) + b'\r\n' + top_part[1]
    label = collapse(' '.join(labels or []))
    if kind in ('human', 'redirect'):
        assert label, name
    else:
        assert not label, name
    MSGS.append(dict(kind=kind, lang=lang, name=name, note=note, data=data, label=label,
                     segs=[s for s in (labels or []) if s]))


def tiny_pdf(title):
    body = ('%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>'
            'endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%% %s\ntrailer<</Root 1 0 R>>'
            '\n%%%%EOF\n' % title)
    return body.encode('latin-1')


# ---------------------------------------------------------------------------------------------------
# HTML helpers (the marks pass through them untouched)

def lines_html(p, tag='div'):
    return ''.join('<%s>%s</%s>' % (tag, esc(ln) if ln else '<br>', tag) for ln in p.split('\n'))


def divs(paras, sep='<div><br></div>'):
    return sep.join(lines_html(p) for p in paras)


def ps(paras, attrs=''):
    return '\n'.join('<p%s>%s</p>' % (attrs, '<br>\n'.join(esc(ln) for ln in p.split('\n'))) for p in paras)


def gmail_alt(paras, sig=None, qtext='', qhtml='', sig_dash=True):
    text = '\n\n'.join(paras)
    html = '<div dir="ltr">' + divs(paras)
    if sig:
        text += '\n\n' + ('-- \n' if sig_dash else '') + sig
        if sig_dash:
            html += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                     '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                     + '<br>'.join(esc(x) for x in sig.split('\n')) + '</div></div>')
        else:
            html += '<div><br></div>' + lines_html(sig)
    html += '</div>'
    if qtext:
        text += '\n\n' + qtext
    if qhtml:
        html += '<br>' + qhtml
    return text, html + '\n'


def outlook_doc(body_html, lang='EN-US', extra_style=''):
    """Word-generated HTML as Outlook for Windows sends it."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12'
            '/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text'
            '/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 '
            '4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style '
            'Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t'
            'font-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:'
            '#0563C1;\n\ttext-decoration:underline;}\nspan.EmailStyle18\n\t{mso-style-type:personal-reply;\n\t'
            'font-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n%s.MsoChpDefault\n\t{mso-style-type:export-'
            'only;\n\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt '
            '72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n<body lang="%s" link='
            '"#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n'
            '</body>\n</html>\n') % (extra_style, lang, body_html)


def mso(p):
    """Outlook paragraphs: one <p class=MsoNormal> per line, empty lines as &nbsp;."""
    out = []
    for ln in p.split('\n'):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln.strip() else '<o:p>&nbsp;</o:p>'))
    return '\n'.join(out)


def hd_html(inner, preheader='', title='', width=600, bg='#f4f5f7', font='Helvetica,Arial,sans-serif',
            footer=''):
    """A helpdesk / marketing-grade HTML document: table layout, hidden preheader."""
    pre = ''
    if preheader:
        pre = ('<div style="display:none;font-size:1px;color:%s;line-height:1px;max-height:0px;max-width:0px;'
               'opacity:0;overflow:hidden;mso-hide:all;">%s%s</div>\n' % (bg, esc(preheader),
                                                                         '&zwnj;&nbsp;' * 40))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
            'xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv='
            '"Content-Type" content="text/html; charset=UTF-8" />\n<meta name="viewport" content="width=device-'
            'width, initial-scale=1.0" />\n<title>%s</title>\n<style type="text/css">\nbody{margin:0;padding:0;'
            '}\ntable,td{border-collapse:collapse;}\n@media only screen and (max-width:620px){.wrap{width:100% '
            '!important;}}\n</style>\n</head>\n<body style="margin:0;padding:0;background:%s;">\n%s<table role='
            '"presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="%s">\n<tr><td align='
            '"center" style="padding:24px 12px;">\n<table role="presentation" class="wrap" width="%d" cellpadding='
            '"0" cellspacing="0" border="0" style="background:#ffffff;font-family:%s;font-size:15px;line-height:'
            '22px;color:#2f3941;">\n%s\n</table>\n%s</td></tr>\n</table>\n</body>\n</html>\n'
            ).replace('100% !', '100%% !') % (esc(title), bg, pre, bg, width, font, inner, footer)


def button(text, href, color='#1f73b7'):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="%s" style='
            '"border-radius:4px;"><a href="%s" target="_blank" style="display:inline-block;padding:11px 22px;'
            'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;">%s</a></td></tr></table>'
            % (color, href, esc(text)))


def plain_to_html(text, style='div'):
    """The HTML alternative a webmail or desktop client makes of a plain reply (quoted lines as a blockquote)."""
    out, inq = [], False
    paras = []
    for ln in text.rstrip('\n').split('\n'):
        if ln.startswith('>'):
            if not inq:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                inq = True
            out.append(esc(ln.lstrip('> ').rstrip()) + '<br>')
            continue
        if inq:
            out.append('</blockquote>')
            inq = False
        if style == 'div':
            out.append('<div>%s</div>' % (esc(ln) if ln.strip() else '<br>'))
        elif style == 'br':
            out.append(esc(ln) + '<br>')
        else:
            out.append('\x00' + ln)
    if inq:
        out.append('</blockquote>')
    if style == 'p':
        html, cur = [], []
        for x in out + ['\x00']:
            if x.startswith('\x00') and x[1:].strip():
                cur.append(esc(x[1:]))
                continue
            if cur:
                html.append('<p class="MsoNormal">%s</p>' % '<br>\n'.join(cur))
                cur = []
            if not x.startswith('\x00'):
                html.append(x)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body>\n%s\n</body></html>\n' % '\n'.join(html))
    if style == 'div':
        return '<div style="font-family:Arial,sans-serif;font-size:14px">%s</div>\n' % ''.join(out)
    return '<html><body>%s</body></html>\n' % '\n'.join(out)


# ===================================================================================================
# human, English

def human_en():
    # 1 Gmail, alternative, shop
    c = Ctx('shop', (11, 42), 38, 3, to='hello@harborpine.example')
    t, h = gmail_alt([
        '⟦Hi Anatoly,',
        "Our pickup counter at 14 Quayside Lane is open until 8 pm tonight (it's 10 am – 8 pm every day).",
        "Happy to put the order together for you — just reply with the items (links or SKUs are fine) and a "
        "phone number, and I'll send you a payment link. If it's paid before 3 pm we can also have a courier "
        "bring it to you today instead.⟧",
        'Cheers,\nMolly'], 'Molly Fenwick | Harbor & Pine Home Goods\n+1 555 0142', c.gmail_en(), c.gmail_html_en())
    msg('human', 'en', 'harborpine-gmail-pickup-till-8', 'Gmail multipart/alternative, QP, Cheers + "-- " '
        'signature, Gmail quote; complete shop answer', c, ('Molly Fenwick', 'molly@harborpine.example'),
        'Re: ' + SHOP_SUBJ, text=t, html=h, order='gmail', bstyle='gmail')

    # 2 Outlook for Windows, HTML only (Word), service, disclaimer
    c = Ctx('svc', (10, 15), 190, 0, to='sales@ledgerly.example')
    body = (mso('⟦Hello Anatoly,\n\nThank you for your interest in Ledgerly. Our plans:') +
            '\n<ul style="margin-top:0cm" type="disc">\n'
            '<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Solo – €19 per month, one user<o:p></o:p></li>\n'
            '<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Team – €49 per month, up to 10 users<o:p></o:p></li>\n'
            '<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Enterprise – from €400 per month, billed yearly'
            '<o:p></o:p></li>\n</ul>\n' +
            mso('\nThe contract is our standard service agreement: I send it to you as a PDF, you sign and return '
                'a scan, and we countersign the same day. With the paperwork done your account is live within 2 '
                'business days.⟧\n\nKind regards,\n') +
            '<p class="MsoNormal"><b><span style="color:#1F3864">Helen Marsh</span></b><o:p></o:p></p>\n'
            '<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Account Executive | Ledgerly Ltd<br>'
            'T: +44 20 7946 0321 | <a href="https://ledgerly.example">ledgerly.example</a></span><o:p></o:p></p>\n'
            '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">This e-mail and any attachments are '
            'confidential and intended solely for the addressee. If you have received it in error, please notify '
            'the sender and delete it. Ledgerly Ltd is registered in England and Wales, company no. 00000000. '
            'Registered office: 1 Example Yard, London.</span><o:p></o:p></p>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + c.outlook_html('en'))
    msg('human', 'en', 'ledgerly-outlook-word-html-plans', 'Outlook (Word HTML only), bullet list of prices, '
        'Kind regards + title block + small-print disclaimer, Outlook From/Sent quote in HTML', c,
        ('Helen Marsh', 'h.marsh@ledgerly.example'), 'RE: ' + SVC_SUBJ, html=outlook_doc(body, 'EN-GB'),
        order='outlook', bstyle='outlook',
        hdrs=[('Thread-Topic', ew(SVC_SUBJ)), ('Thread-Index', 'AdlK3f' + rid(16, 'ABCDEFGHabcdefgh0123456789')),
              ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''),
              ('X-MS-TNEF-Correlator', '')])

    # 3 Zendesk agent answer with the vendor's headers (a person wrote it)
    c = Ctx('svc', (12, 5), 95, 3, to='support@northwindparcel.example')
    inner = ('<tr><td style="padding:24px 28px 0 28px;color:#b5b5b5;font-size:12px;">##- Please type your reply '
             'above this line -##</td></tr>\n'
             '<tr><td style="padding:18px 28px 4px 28px;"><b>Priya Raman</b> (Northwind Parcel)<br>'
             '<span style="color:#87929d;font-size:13px;">Dec 7, 2026, 13:40 GMT+3</span></td></tr>\n'
             '<tr><td style="padding:6px 28px 18px 28px;"><p>⟦Hello Anatoly,</p><p>Thanks for the question! For '
             'businesses we have two tariffs: <b>Parcel Basic</b> at 2 900 RUB a month (up to 300 shipments) '
             'and <b>Parcel Pro</b> at 7 500 RUB a month (unlimited, API access). Over the limit each shipment '
             'is 12 RUB.</p><p>The contract is an online offer — you accept it in your dashboard, no paper needed, '
             'and we verify your company within 1 business day.⟧</p><p>Priya</p></td></tr>\n'
             '<tr><td style="padding:0 28px;"><hr style="border:none;border-top:1px solid #e9ebed;"></td></tr>\n'
             '<tr><td style="padding:14px 28px 24px 28px;"><b>' + PNAME + '</b><br><span style="color:#87929d;'
             'font-size:13px;">Dec 7, 2026, 12:05 GMT+3</span><p>' + c.hbody() + '</p></td></tr>\n')
    footer = ('<p style="font-size:12px;color:#87929d;font-family:Helvetica,Arial,sans-serif;">This email is a '
              'service from Northwind Parcel. Delivered by <a href="https://www.zendesk.com/support/?utm_source='
              'email" style="color:#87929d;">Zendesk</a></p>\n'
              '<span style="color:#FFFFFF" aria-hidden="true">[QW8E2M-5RKP1]</span>\n')
    h = hd_html(inner, title='', footer=footer)
    t = html2plain(h)
    msg('human', 'en', 'northwind-zendesk-agent-tariffs', 'Zendesk agent answer WITH vendor headers and '
        'Auto-Submitted: auto-generated; reply-above marker, agent name/time line, ticket history below; '
        'alternative', c, ('Northwind Parcel', 'support@northwindparcel.example'),
        '[Northwind Parcel] Re: ' + SVC_SUBJ, text=t, html=h, cte='quoted-printable',
        mid='<QW8E2M5RKP1_6591e2c4a81d0_2f3b1893_sprut@zendesk.com>',
        envelope='support+id58811@northwindparcel.zendesk.com',
        hdrs=[('Reply-To', 'Northwind Parcel <support+id58811@northwindparcel.zendesk.com>'),
              ('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'),
              ('X-Zendesk-From-Account-Id', '3b1893'), ('X-Zendesk-Email-Id', '01HY' + rid(22).upper())])

    # 4 Freshdesk-like agent answer, HTML only, ticket footer
    c = Ctx('shop', (14, 20), 52, 3, to='help@brightsidecycles.example')
    h = ('<div style="font-family:Arial,sans-serif;font-size:14px;">\n<div>⟦Hi Anatoly,<br><br>The Brightside '
         'pickup point (Unit 4, Tannery Yard) is open today until 19:00.<br><br>Your order: we have the bikes in '
         'stock, so I can raise the order on our side and hold it under your name — reply with the model and '
         'frame size. Same-day delivery within the ring road costs 600 RUB if we confirm by 16:00.⟧<br><br>'
         'Regards,<br>Tomasz<br>Brightside Cycles Support</div>\n<br>\n<div style="color:#999;font-size:12px;">'
         'Ticket: #20934<br>Status: Pending<br>To view or update your ticket, visit our <a href="https://help.'
         'brightsidecycles.example/support/tickets/20934">support portal</a>.</div>\n</div>\n'
         '<div class="freshdesk_quote"><blockquote class="freshdesk_quote" style="margin:0 0 0 .8ex;border-left'
         ':1px solid #ccc;padding-left:1ex">On Mon, 7 Dec at 2:20 PM, ' + PNAME + ' &lt;' + PADDR + '&gt; '
         'wrote:<br>' + c.hbody() + '</blockquote></div>\n')
    msg('human', 'en', 'brightside-freshdesk-hold-order', 'Freshdesk-like agent answer, HTML only, base64, '
        'Regards + name + team, ticket footer, freshdesk_quote blockquote', c,
        ('Brightside Cycles Support', 'help@brightsidecycles.example'), 'Re: ' + SHOP_SUBJ, html=h, cte='base64',
        mid='<%s.%s@brightsidecycles.freshdesk.com>' % (rid(8), rid(10)),
        hdrs=[('Reply-To', 'help@brightsidecycles.example')])

    # 5 Help Scout-like: answer, em-dash signature, history "On Mon, Dec 7 at 11:10am"
    c = Ctx('svc', (11, 10), 300, -5, to='hello@quillstack.example')
    t = ('⟦Hi Anatoly,\n\nQuillstack has three plans: Writer $12/mo, Studio $29/mo and Agency $79/mo (billed '
         'monthly, 20% off yearly).\n\nThere is nothing to sign for the first two — the Terms of Service apply when '
         'you subscribe. For Agency we can do a signed order form; that usually takes 3 business days with legal '
         'review.\n\nLet me know which one sounds right and I can set up a trial.⟧\n\n—\nSam Okafor\nCustomer '
         'Success, Quillstack\n\n\n\n' + 'On Mon, Dec 7, 2026 at 3:10am EST, %s <%s> wrote:\n' % (PNAME, PADDR) +
         c.body)
    msg('human', 'en', 'quillstack-helpscout-three-plans', 'Help Scout-like plain, em-dash signature, history '
        'header unindented (no ">") below, message id at helpscout.net', c, ('Sam Okafor', 'hello@quillstack.example'),
        'Re: ' + SVC_SUBJ, text=t, cte='quoted-printable',
        mid='<reply-%d-%d@helpscout.net>' % (RNG.randrange(10 ** 9, 10 ** 10), RNG.randrange(10 ** 9, 10 ** 10)))

    # 6 Intercom-like, emoji, HTML only
    c = Ctx('shop', (13, 0), 6, 3, to='hi@tinyfern.example')
    inner = ('<tr><td style="padding:20px 24px;"><table><tr><td style="vertical-align:top;padding-right:10px;">'
             '<img src="https://static.tinyfern.example/avatars/zoe.png" width="32" height="32" alt="Zoe"></td>'
             '<td><div style="font-size:13px;color:#737376;">Zoe from Tiny Fern</div>'
             '<div class="intercom-comment" style="font-size:15px;"><p>⟦Hey Anatoly 👋</p><p>Pickup at our '
             'greenhouse shop is open till 9pm, every day of the week 🌿</p><p>Want me to set up the order for '
             'you? Just tell me which plants (or paste your cart link) and I\'ll have them potted &amp; waiting. '
             'Same-day courier is fine too if you order before 5pm!⟧</p></div></td></tr></table></td></tr>\n'
             '<tr><td style="padding:0 24px 20px 24px;font-size:12px;color:#b0b0b0;"><a href="https://tinyfern.'
             'example/c/reply" style="color:#b0b0b0;">Reply</a> &middot; We run on Intercom</td></tr>')
    msg('human', 'en', 'tinyfern-intercom-emoji', 'Intercom-like conversation mail, HTML only, 7bit with entities '
        'and raw emoji (8bit utf-8), author line above the comment, no quote', c,
        ('Zoe from Tiny Fern', 'intercom-conv-%s@tinyfern.example' % rid(8)), 'Re: ' + SHOP_SUBJ,
        html=hd_html(inner, preheader='Hey Anatoly 👋 Pickup at our greenhouse shop is open till 9pm'), cte='8bit',
        mid='<conversation_%d_%s@intercom-mail.com>' % (RNG.randrange(10 ** 11, 10 ** 12), rid(6)),
        hdrs=[('Reply-To', 'Tiny Fern <reply+%s@intercom-mail.com>' % rid(20))])

    # 7 inline answer between quoted lines, plain
    c = Ctx('svc', (10, 45), 1440 + 50, 2, to='info@cartwheel.example')
    t = ('⟦Hi Anatoly, answers inline below.⟧\n\n' + 'On 07/12/2026 09:45, %s wrote:\n' % PNAME +
         '> Добрый день!\n> Какие у вас тарифы,\n\n⟦Cartwheel Lite: 1 900 RUB / month, Cartwheel Plus: 4 900 '
         'RUB / month. Both include unlimited dashboards.⟧\n\n> как заключить договор\n\n⟦We send you our '
         'offer agreement and an invoice; paying the invoice counts as signing. If you need a signed paper copy '
         'we courier it.⟧\n\n> и сколько времени это займёт?\n\n⟦About 1 working day after payment.⟧\n\n> \n> '
         + PNAME + '\n\n-- \nGreg\n')
    msg('human', 'en', 'cartwheel-inline-between-quotes', 'inline answer between the question\'s own quoted lines '
        '(split questions), "-- " signature, 8bit utf-8', c, ('Greg Lindqvist', 'greg@cartwheel.example'),
        'Re: ' + SVC_SUBJ, text=t, cte='8bit', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

    # 8 iPhone, curt
    c = Ctx('shop', (15, 30), 14, 3, to='orders@deliandco.example')
    t = ('⟦Until 7. Order on the site, pick "same day" at checkout and we bring it tonight⟧\n\nSent from my '
         'iPhone\n\n' + c.apple_en())
    msg('human', 'en', 'deliandco-iphone-until-7', 'Apple Mail iOS, one curt line, "Sent from my iPhone", '
        'quoted attribution line starts with ">"', c, ('Dan Kaplan', 'dan@deliandco.example'),
        'Re: ' + SHOP_SUBJ, text=flow(t), cte='quoted-printable',
        hdrs=[('X-Mailer', 'iPhone Mail (22C152)')], mid='<%s-%s@deliandco.example>' % (rid(8).upper(),
                                                                                      rid(4).upper()),
        text_params='; format=flowed')

    # 9 partial answer, Thunderbird
    c = Ctx('shop', (16, 40), 25, 3, to='shop@greystonehardware.example')
    t = ('⟦Hello,\n\nwe close at 6pm today. Sorry, same day delivery is not possible for your district, the '
         'earliest we can bring it is Wednesday.⟧\n\nRegards\nNeil\n\n' + c.tbird_en())
    msg('human', 'en', 'greystone-tbird-partial-close-6', 'Thunderbird, partial answer (hours, no same-day), '
        '"Regards" without comma, format=flowed, 8bit', c, ('Neil Corrigan', 'shop@greystonehardware.example'),
        'Re: ' + SHOP_SUBJ, text=flow(t), cte='8bit', hdrs=[('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; '
                                                                   'x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0')],
        bstyle='tbird', text_params='; format=flowed')

    # 10 hours table as the answer
    c = Ctx('shop', (12, 50), 70, 0, to='studio@oakandember.example')
    h = ('<html><body style="font-family:Georgia,serif;font-size:15px;">\n<p>⟦Dear Anatoly,</p>\n<p>Our collection '
         'point hours:</p>\n<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;'
         'border-color:#d8cbb8;">\n<tr><td>Monday – Friday</td><td>9:00 – 21:00</td></tr>\n<tr><td>Saturday'
         '</td><td>10:00 – 18:00</td></tr>\n<tr><td>Sunday</td><td>closed</td></tr>\n</table>\n<p>Today is a '
         'Monday, so you have until 9 pm. Candles ordered online before 4 pm are ready for collection the same '
         'day.⟧</p>\n<p>Warm wishes,<br>Isla<br><i>Oak &amp; Ember Candle Studio</i></p>\n'
         '<p style="font-size:11px;color:#8a7f72;">Oak &amp; Ember · 3 Mill Row · Follow us <a href="https://'
         'oakandember.example/ig">@oakandember</a></p>\n</body></html>\n')
    msg('human', 'en', 'oakember-hours-table', 'HTML only, opening-hours table is the answer, "Warm wishes," '
        'sign-off, no quote', c, ('Oak & Ember', 'studio@oakandember.example'), 'Re: ' + SHOP_SUBJ, html=h,
        cte='quoted-printable', reply=True)

    # 11 answers, also gives a phone
    c = Ctx('shop', (11, 5), 31, 3, to='sales@pixelpantry.example')
    t = ('⟦Hi Anatoly!\n\nThe pickup desk is open until 10 pm. I\'ve put the items from your cart on hold as order '
         'PP-5531, so you can pay and collect it tonight, or pay online and we courier it to you today (slots '
         'until 21:00). If the courier is easier to arrange by phone, our desk is on +7 900 000-41-17 — but '
         'replying here works just as well.⟧\n\nBest,\nArtem | Pixel Pantry\n\n' + c.gmail_en())
    msg('human', 'en', 'pixelpantry-answer-with-phone', 'complete answer that ALSO gives a phone number (not a '
        'redirect), "Best," signature with company, Gmail quote, alternative with a <div> HTML part', c,
        ('Artem Volkov', 'artem@pixelpantry.example'), 'Re: ' + SHOP_SUBJ, text=t, cte='quoted-printable', auto_html='div')

    # 12 Outlook for iOS, "Best," and device line
    c = Ctx('svc', (13, 35), 240, 1, to='contact@formwise.example')
    t = ('⟦Hi Anatoly – Formwise Pro is 15 EUR per month per editor, Business is 39 EUR. Contract = our online '
         'terms; if your company needs a countersigned copy we usually turn it around in 2 business days.⟧\n\n'
         'Best,\nLena\n\nGet Outlook for iOS\n' + c.outlook_en())
    msg('human', 'en', 'formwise-outlook-ios-short', 'Outlook for iOS, alternative, short complete answer, "Best," + '
        '"Get Outlook for iOS", Outlook From/Sent quote', c, ('Lena Hoffmann', 'lena@formwise.example'),
        'Re: ' + SVC_SUBJ, text=t, cte='base64', auto_html='div')

    # 13 Front-like shared inbox, "Thanks!"
    c = Ctx('shop', (10, 25), 80, 3, to='team@saltmarsh.example')
    h = ('<div>⟦Hi Anatoly,</div><div><br></div><div>Our roastery shop does pickup until 6:30 pm on weekdays. '
         'Tell me which coffees and grind and I\'ll bag them for you now — you can pay at the counter. We don\'t '
         'run our own delivery, but we can call you a courier (Yandex-style taxi delivery) today at your '
         'cost.⟧</div><div><br></div><div>Thanks!</div><div>Robin</div><br><div class="front-signature">'
         '<span style="color:#888">Saltmarsh Coffee Roasters · 21 Pier Street</span></div>\n'
         '<div class="front-blockquote"><div>On Mon, Dec 7, 2026 at 10:25 AM, ' + PNAME + ' &lt;' + PADDR +
         '&gt; wrote:</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex;">'
         + c.hbody() + '</blockquote></div>\n')
    t = html2plain(h)
    msg('human', 'en', 'saltmarsh-front-thanks', 'Front-like shared inbox, alternative, "Thanks!" + name sign-off, '
        'front-blockquote quote', c, ('Robin at Saltmarsh', 'team@saltmarsh.example'), 'Re: ' + SHOP_SUBJ,
        text=t, html=h, mid='<%s@frontapp.saltmarsh.example>' % rid(20))

    # 14 typos, lowercase, informal
    c = Ctx('shop', (16, 10), 9, 3, to='kettleandcrumb@bakery.example')
    t = ('⟦hey, we r open til 8 tonight, can do same day if u order by 4 (its 4:19 now lol so tomorow morning '
         'earliest). whats ur address? i can write the order down here if u tell me what cakes⟧\n\nsent from '
         'phone, sorry for typos\n')
    msg('human', 'en', 'kettlecrumb-typos-lowercase', 'informal, lowercase, typos, no quote, self-made device line',
        c, ('Kettle & Crumb', 'kettleandcrumb@bakery.example'), 'Re: ' + SHOP_SUBJ, text=t, cte='7bit')

    # 15 long detailed, numbered list, "Hope this helps!"
    c = Ctx('svc', (10, 5), 400, 3, to='sales@relaypoint.example')
    t = ('⟦Good afternoon Anatoly,\n\nThank you for writing to Relaypoint. Here is everything in one place:\n\n'
         '1. Tariffs\n   - Start: 3 500 RUB per month, 1 warehouse, up to 500 orders\n   - Business: 9 900 RUB '
         'per month, 3 warehouses, up to 5 000 orders\n   - Custom volumes: 1.2% of the order value\n\n2. Contract\n'
         '   We work under a two-party service contract. You send us your company details (INN, KPP, bank '
         'details), we prepare the contract, both sides sign it through EDO.\n\n3. Timing\n   Contract: 2-3 '
         'working days. Warehouse connection after signing: about 5 working days.\n\nHope this helps!⟧\n\nKind '
         'regards,\nMaksim Belov\nHead of Sales | Relaypoint Logistics\nmob. +7 900 000-18-55\n\n' +
         c.original_en())
    msg('human', 'en', 'relaypoint-numbered-hope-helps', 'long structured answer with nested list, "Thank you for '
        'writing" start and "Hope this helps!" kept, Kind regards + title + mobile, -----Original Message-----',
        c, ('Maksim Belov', 'm.belov@relaypoint.example'), 'RE: ' + SVC_SUBJ, text=t, cte='quoted-printable',
        hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')], auto_html='p')

    # 16 HubSpot-like sales rep; prices given, meeting button in signature
    c = Ctx('svc', (15, 0), 35, 3, to='info@clearpathcrm.example')
    inner = ('<tr><td style="padding:24px;"><div>⟦Hi Anatoly,</div><div><br></div><div>Thanks for asking! '
             'Clearpath CRM costs 690 RUB per user per month on the Essentials plan and 1 490 RUB on Pro. You '
             'can sign up online under our public offer, so the "contract" takes minutes, or ask for a paper '
             'contract with invoicing — that one takes 3 working days.⟧</div><div><br></div><div>All the best,'
             '</div><div>Oliver Grant</div><div style="color:#7c98b6;font-size:13px;">Sales Manager, Clearpath CRM'
             '</div><br>' + button('Book a meeting with me', 'https://meetings.clearpathcrm.example/oliver',
                                   '#ff7a59') + '</td></tr>')
    h = hd_html(inner, bg='#ffffff')
    t = html2plain(h)
    msg('human', 'en', 'clearpath-hubspot-meeting-button', 'sales rep via HubSpot-like tool: prices and contract '
        'answered, "Book a meeting" button only in the signature; alternative', c,
        ('Oliver Grant', 'oliver.grant@clearpathcrm.example'), 'Re: ' + SVC_SUBJ, text=t, html=h,
        hdrs=[('X-HS-Cid', rid(12))], mid='<1765%s.%s@clearpathcrm.example>' % (rid(9, '0123456789'), rid(6)))

    # 17 Jira Service Management comment, with the vendor's fingerprint header
    c = Ctx('svc', (11, 30), 130, 3, to='help@stackhaven.example')
    t = ('—-—-—-—\n\nReply above this line.\n\nJoel Whitaker commented:\n\n⟦Hi Anatoly,\n\nManaged hosting at '
         'Stackhaven starts at 1 200 RUB/month (Shared S), 3 400 RUB/month (VPS M) and 8 900 RUB/month (Dedicated '
         'Lite). We sign a standard hosting contract; scans are fine for a start, originals by post. Setting up '
         'takes 1 working day after payment.⟧\n\nView request · Turn off this request\'s notifications\n\n'
         'This is shared with %s.\n\nHelp Center, powered by Jira Service Management, sent you this message.\n'
         % PNAME)
    msg('human', 'en', 'stackhaven-jira-comment', 'Jira Service Management comment: "Reply above this line.", '
        '"X commented:", footer; X-JIRA-FingerPrint present; plain only', c,
        ('Joel Whitaker (Stackhaven Help Center)', 'jira@stackhaven.example'), '[JIRA] (SHD-2214) ' + SVC_SUBJ,
        text=t, cte='quoted-printable', reply=False, mid='<JIRA.%d.%d@Atlassian.JIRA>' % (RNG.randrange(10 ** 5, 10 ** 6),
                                                                           RNG.randrange(10 ** 12, 10 ** 13)),
        hdrs=[('X-JIRA-FingerPrint', rid(32)), ('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')])

    # 18 Gorgias-like e-commerce helpdesk
    c = Ctx('shop', (14, 55), 44, 3, to='support@coastlinegoods.example')
    inner = ('<tr><td style="padding:28px 32px;font-size:15px;">'
             '<p>⟦Hi Anatoly,</p><p>Thanks for reaching out to Coastline Goods!</p>'
             '<p>Pickup at our warehouse is possible until 17:30 today. Same-day courier delivery is available for '
             'orders paid before 16:00, so if you send me what you\'d like I\'ll create the order and email you '
             'a secure payment link right away.⟧</p>'
             '<p>Have a lovely day,<br>Ella<br>Customer Happiness @ Coastline Goods</p></td></tr>\n'
             '<tr><td style="padding:12px 32px;border-top:1px solid #eee;font-size:12px;color:#999;">'
             'Need anything else? Just reply to this email.</td></tr>')
    h = hd_html(inner, preheader='Pickup at our warehouse is possible until 17:30 today')
    t = html2plain(h)
    msg('human', 'en', 'coastline-gorgias-payment-link', 'Gorgias-like HTML template with hidden preheader, '
        '"Thanks for reaching out" kept, "Have a lovely day," as valediction; alternative, base64', c,
        ('Ella from Coastline Goods', 'support@coastlinegoods.example'), 'Re: ' + SHOP_SUBJ, text=t, html=h,
        cte='base64', mid='<%s@email.gorgias.coastlinegoods.example>' % rid(24))

    # 19 long legal disclaimer, "Regards,"
    c = Ctx('svc', (12, 40), 26 * 60, 1, to='onboarding@merrowpay.example')
    t = ('⟦Dear Mr Smirnov,\n\nfor internet acquiring our standard rate is 2.4% per transaction, with no monthly '
         'fee; above 3 million RUB monthly turnover it drops to 1.9%. To sign, we need your company card and a '
         'short questionnaire; the agreement itself is signed via EDO. Compliance checks take 3 to 5 working '
         'days, after which the payment page is switched on the same day.⟧\n\nRegards,\n\nFelix Brandt\n'
         'Merchant Onboarding\nMerrow Payments GmbH\n\n' + '_' * 60 + '\nCONFIDENTIALITY NOTICE: The information '
         'contained in this e-mail, including any attachments, is confidential and may be legally privileged. '
         'It is intended only for the person(s) named above. If you are not the intended recipient, any review, '
         'disclosure, copying, distribution or use of this e-mail is prohibited. Please inform the sender '
         'immediately and delete the message from your system. Merrow Payments GmbH accepts no liability for '
         'damage caused by viruses transmitted by this e-mail. Please consider the environment before printing.'
         '\n\n' + c.zimbra_en())
    msg('human', 'en', 'merrow-disclaimer-percent', 'percent tariffs, "Regards," + name/title/company, long '
        'CONFIDENTIALITY NOTICE, Zimbra-style quote', c, ('Felix Brandt', 'felix.brandt@merrowpay.example'),
        'Re: ' + SVC_SUBJ, text=wrap_hard(t), cte='quoted-printable', hdrs=[('X-Mailer', 'Zimbra 10.0.6_GA')])

    # 20 form probe, plus-address, "thanks for reaching out" start
    c = Ctx('svc', (16, 20), 18 * 60 + 5, 3, form=True)
    to = addr(PNAME, 'anatoly+q7rk2@shopper.example')
    t = ('⟦Hi, Anatoly – thanks for reaching out through our website!\n\nLumen Print Co. works on two '
         'price lists: "Office" (business cards from 900 RUB per 100, flyers from 3 RUB a piece) and "Partner" '
         'with a 15%% discount for agencies. For a contract we send you a framework agreement by EDO or e-mail; '
         'signing usually takes a day, and the first print run is ready in 2 working days.⟧\n\nWith best regards,'
         '\nNadia\nLumen Print Co.\n\n-----\nYour message via the contact form:\nName: %s\nE-mail: '
         'anatoly+q7rk2@shopper.example\nMessage: Добрый день! Какие у вас тарифы, как заключить договор и '
         'сколько времени это займёт?\n' % PNAME)
    msg('human', 'en', 'lumenprint-form-thanks-start', 'form probe to a plus-address, no In-Reply-To, "thanks for '
        'reaching out" sentence starts the answer, form echo below', c, ('Nadia Petrenko', 'nadia@lumenprint.example'),
        'Your enquiry at lumenprint.example', text=t, to=to, cte='8bit')

    # 21 offers to place the order
    c = Ctx('shop', (13, 13), 65, 3, to='books@riverside.example')
    t, h = gmail_alt([
        '⟦Good afternoon Anatoly,',
        "I can place the order for you right now if you tell me the titles (or ISBNs). Our Riverside store, "
        "where the pickup desk is, is open until 9 pm today, and for delivery today we use a courier service "
        "— 350 RUB within the city if the order is in by 5 pm.⟧",
        'Yours,\nMarina Sokolova\nRiverside Books'], None, c.gmail_en(), c.gmail_html_en())
    msg('human', 'en', 'riversidebooks-place-order-for-you', 'Gmail alternative, offers to place the order, "Yours," '
        'sign-off with name + shop lines', c, ('Marina Sokolova', 'books@riverside.example'), 'Re: ' + SHOP_SUBJ,
        text=t, html=h, order='gmail', bstyle='gmail', cte='base64')

    # 22 -----Original Message----- (Outlook 2010-ish), plain
    c = Ctx('svc', (14, 5), 1440 + 200, 3, to='office@vantagefreight.example')
    t = ('⟦Anatoly, good day.\n\nRates: domestic LTL from 38 RUB/kg, full truck Moscow–St Petersburg 54 000 RUB. '
         'Contract: standard forwarding agreement, we send the draft within a day of getting your details, '
         'signing by EDO takes another 1-2 working days.⟧\n\nVadim Ostrov\nVantage Freight\n\n' +
         c.original_en())
    msg('human', 'en', 'vantage-original-message-lone-name', 'lone name + company lines without valediction, '
        '-----Original Message----- block with the Russian original, 8bit utf-8', c,
        ('Vadim Ostrov', 'v.ostrov@vantagefreight.example'), 'RE: ' + SVC_SUBJ,
        text=t.replace('–', '-'), charset='utf-8', cte='8bit', hdrs=[('X-Mailer', 'Microsoft Office Outlook 14.0')])

    # 23 colleague answers, forwarded internal message below
    c = Ctx('svc', (10, 50), 22 * 60, 3, to='info@fieldnote.example')
    t = ('⟦Hi Anatoly,\n\nMy colleague passed your question on to me, as I look after new clients. Fieldnote '
         'Invoicing is 490 RUB a month for up to 50 invoices and 1 290 RUB for unlimited. You sign the public '
         'offer by paying the first invoice — no separate contract needed — and you can start the same day, '
         'usually within an hour.⟧\n\nBest regards,\nYulia Kim\nFieldnote\n\n---------- Forwarded message '
         '---------\nFrom: Info Fieldnote <info@fieldnote.example>\nDate: Mon, Dec 7, 2026 at 11:02 AM\nSubject: '
         'Fwd: %s\nTo: Yulia Kim <y.kim@fieldnote.example>\n\n\nYulia, can you answer this one?\n\n' % SVC_SUBJ
         + c.fwd_gmail_en())
    msg('human', 'en', 'fieldnote-colleague-forward-below', 'answer by a colleague above a doubly forwarded '
        'thread (internal note + original), Best regards', c, ('Yulia Kim', 'y.kim@fieldnote.example'),
        'Re: Fwd: ' + SVC_SUBJ, text=t, cte='quoted-printable', cc='Info Fieldnote <info@fieldnote.example>')

    # 24 Zoho Desk-like agent reply, HTML only
    c = Ctx('svc', (12, 20), 180, 4, to='support@bluegate.example')
    h = ('<div style="font-size:13px;font-family:Verdana,Arial,Helvetica,sans-serif;"><div>⟦Dear Anatoly,<br>'
         '<br>Bluegate business telephony plans:<br>• Line 5 – 1 500 RUB/month (5 numbers)<br>• Line 20 – '
         '4 800 RUB/month (20 numbers)<br>• each extra minute to mobiles – 1.9 RUB<br><br>We conclude a '
         'communication services contract; you can sign it in our office or remotely with an e-signature. '
         'Numbers are activated within 1 working day after signing.⟧<br><br>Sincerely,<br>Karina<br>Bluegate '
         'Support Team<br></div><br><div>---- On Mon, 07 Dec 2026 13:20:11 +0400 <b>' + PNAME + ' &lt;' + PADDR +
         '&gt;</b> wrote ----<br><br></div><blockquote style="border-left:1px solid #cccccc;padding-left:6px;'
         'margin:0 0 0 5px">' + c.hbody() + '</blockquote><div><br></div><div style="color:#999999">[## 118734 ##]'
         '</div></div>\n')
    msg('human', 'en', 'bluegate-zohodesk-bullets', 'Zoho Desk-like HTML only, bullets as "•" + <br>, '
        '"Sincerely," sign-off, "---- On ... wrote ----" quote, [## N ##] tag', c,
        ('Bluegate Support', 'support@bluegate.example'), 'Re:[## 118734 ##] ' + SVC_SUBJ, html=h,
        cte='quoted-printable', mid='<%s.%s@zohodesk.bluegate.example>' % (rid(12), rid(16)))

    # 25 osTicket/Kayako-like agent reply, plain
    c = Ctx('shop', (15, 45), 30, 3, to='support@hollowoak.example')
    t = ('--- Please reply above this line to update your ticket ---\n\n⟦Hi Anatoly,\n\nBoard games can be picked '
         'up from our shop on Lenina St. until 20:00 today. To get them delivered today, order on the site before '
         '17:00 and choose "Courier, same day" - or list the games here and I will make the order for you.⟧\n\n'
         'Kevin\nHollow Oak Games support\n\nTicket #HOG-44120 | Status: Answered\nYou can view the ticket '
         'at https://support.hollowoak.example/view.php?id=44120\n')
    msg('human', 'en', 'hollowoak-osticket-reply-above', 'osTicket-like: "--- Please reply above this line ---" '
        'marker at the top, lone name + team, ticket status footer', c, ('Hollow Oak Games', 'support@hollowoak.example'),
        '[#HOG-44120] Re: ' + SHOP_SUBJ, text=t, charset='us-ascii', cte='7bit', reply=False,
        hdrs=[('X-Mailer', 'osTicket Mailer')])

    # 26 short yes, Thanks!
    c = Ctx('shop', (11, 55), 12, 3, to='hello@depot9.example')
    t = ('⟦Hi! Yes — pickup today until 6:30 pm. Order online and choose "Collect at Depot 9", it will be ready in '
         '1 hour.⟧\n\nThanks!\nJess\n\n' + c.gmail_en())
    msg('human', 'en', 'depot9-short-yes-thanks', 'short answer, "Thanks!" as sign-off followed by name, Gmail '
        'quote, alternative QP', c, ('Jess Moreau', 'hello@depot9.example'), 'Re: ' + SHOP_SUBJ, text=t,
        cte='quoted-printable', auto_html='div')

    # 27 non-native English, pricing page link plus prices
    c = Ctx('svc', (13, 10), 75, 1, to='sales@nordhaus.example')
    t = ('⟦Hello Anatoly,\n\nthank you for your request. Our prices you find also on https://nordhaus.example/'
         'pricing, but shortly: license "Basic" is 1 200 EUR per year, "Pro" 2 900 EUR per year, support included. '
         'Contract we make as license agreement, we send you PDF, you sign and send back scan. Normally all is '
         'finished in 5 working days, including the invoice payment.⟧\n\nWith kind regards\n\ni.A. Jürgen Vogel\n'
         'Nordhaus Software GmbH\nTel. +49 30 0000 4471\n\nGeschäftsführer: K. Nordhaus · Amtsgericht Example '
         'HRB 000000\n')
    msg('human', 'en', 'nordhaus-nonnative-link-and-prices', 'non-native English, price page link BUT prices '
        'given (human), "With kind regards" without comma, German register footer, no quote, iso-8859-1 QP', c,
        ('Jürgen Vogel', 'j.vogel@nordhaus.example'), 'AW: ' + SVC_SUBJ,
        text=t, charset='iso-8859-1', cte='quoted-printable', subj_charset='utf-8', auto_html='p')

    # 28 Thunderbird with long QP lines, "-- " separator and vCard-like block
    c = Ctx('shop', (10, 30), 140, 3, to='tea@copperleaf.example')
    t = ('⟦Hello Anatoly,\n\nthe Copperleaf tea room doubles as our pickup point and it is open until 19:00 '
         'today (weekdays 10:00–19:00, weekends 11:00–17:00). If you send me the list of teas I will prepare the '
         'order and reserve it for you; same-day delivery is possible through our courier partner for orders '
         'confirmed before 15:00, so we still have time today.⟧\n\nBest wishes,\nAnya\n\n-- \nAnya Lebedeva\n'
         'Copperleaf Tea\nadr: Pokrovka 00, Moscow\ntel: +7 495 000 77 12\nweb: copperleaf.example\n\n' +
         c.tbird_en())
    msg('human', 'en', 'copperleaf-tbird-long-qp', 'Thunderbird, long paragraph in QP with soft breaks, "Best '
        'wishes," then "-- " block with adr/tel/web', c, ('Anya Lebedeva', 'anya@copperleaf.example'),
        'Re: ' + SHOP_SUBJ, text=t, cte='quoted-printable', bstyle='tbird',
        hdrs=[('User-Agent', 'Mozilla Thunderbird')])


# ===================================================================================================
# human, Russian

def human_ru():
    # 1 Gmail alternative, shop, complete
    c = Ctx('shop', (10, 20), 47, 3, to='shop@chaidvor.example.ru')
    t, h = gmail_alt([
        '⟦Здравствуйте, Анатолий!',
        'Пункт самовывоза на Садовой, 12 сегодня работает до 21:00, без перерыва.',
        'Заказ могу оформить сама: пришлите, пожалуйста, какие чаи и сколько грамм, и номер телефона для связи. '
        'Если нужна доставка сегодня — курьер привезёт в пределах МКАД, если успеем подтвердить до 16:00, '
        'стоимость 350 ₽.⟧',
        'С уважением,\nОльга Дроздова\nменеджер интернет-магазина «Чайный двор»\n+7 (495) 000-31-08'], None,
        c.gmail_ru(), c.gmail_html_ru())
    msg('human', 'ru', 'chaidvor-gmail-olga', 'Gmail alternative, QP, «С уважением,» + имя/должность/телефон, '
        'цитата Gmail по-русски', c, ('Ольга Дроздова', 'olga@chaidvor.example.ru'), 'Re: ' + SHOP_SUBJ,
        text=t, html=h, order='gmail', bstyle='gmail')

    # 2 Outlook Word HTML, service, logo in related part
    c = Ctx('svc', (11, 0), 155, 3, to='info@buhsfera.example.ru')
    body = (mso('⟦Добрый день, Анатолий!\n\nТарифы на бухгалтерское обслуживание ООО на УСН:') +
            '\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:'
            'collapse;border:none">\n'
            '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Тариф</b>'
            '<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            '<b>В месяц</b><o:p></o:p></p></td></tr>\n'
            '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Нулевка'
            '<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            '2 500 руб.<o:p></o:p></p></td></tr>\n'
            '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">До 30 операций'
            '<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            '6 900 руб.<o:p></o:p></p></td></tr>\n'
            '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">До 100 операций'
            '<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            '14 000 руб.<o:p></o:p></p></td></tr>\n</table>\n' +
            mso('\nДоговор заключаем через ЭДО (Диадок или СБИС) — пришлите карточку предприятия, подготовим проект '
                'в тот же день. Подписание и передача документов обычно занимают 2–3 рабочих дня.⟧\n\n'
                'С уважением,') +
            '\n<p class="MsoNormal"><img width="120" height="32" src="cid:image001.png@01DB48A7.A1B2C3D4" alt='
            '"Бухсфера"><o:p></o:p></p>\n<p class="MsoNormal"><b>Ирина Белых</b><br>руководитель клиентского '
            'отдела<br>ООО «Бухсфера» | +7 (812) 000-44-90<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p>'
            '</p>\n' + c.outlook_html('ru'))
    msg('human', 'ru', 'buhsfera-outlook-table-logo', 'Outlook (Word HTML), тарифы таблицей, логотип в '
        'multipart/related, «С уважением,» + подпись, русская шапка От:/Отправлено:; HTML only', c,
        ('Белых Ирина', 'i.belykh@buhsfera.example.ru'), 'RE: ' + SVC_SUBJ, html=outlook_doc(body, 'RU'),
        order='outlook', bstyle='outlook', related=True,
        hdrs=[('Thread-Topic', ew(SVC_SUBJ)), ('Thread-Index', 'AQHa' + rid(20, 'ABCDEFGHIJabcdefgh0123456789')),
              ('Accept-Language', 'ru-RU, en-US'), ('Content-Language', 'ru-RU')])

    # 3 Usedesk-like agent answer: marker, ticket footer
    c = Ctx('shop', (12, 10), 38, 3, to='hello@lavkasyra.example.ru')
    inner = ('<tr><td style="padding:12px 24px;color:#9aa0a6;font-size:12px;">— Чтобы ответить, напишите выше '
             'этой строки —</td></tr>\n'
             '<tr><td style="padding:8px 24px 20px 24px;"><p>⟦Анатолий, добрый день!</p><p>Самовывоз из нашей '
             'лавки на Покровке — до 20:00. Можем оформить заказ прямо здесь, в переписке: напишите, какие сыры и '
             'сколько, я соберу и пришлю ссылку на оплату. Доставка сегодня возможна, если оплатите до 17:00.⟧</p>'
             '<p>Всего доброго,<br>Вера, «Лавка сыра»</p></td></tr>\n'
             '<tr><td style="padding:10px 24px;border-top:1px solid #eceff1;color:#9aa0a6;font-size:12px;">'
             'Обращение № 48213 · статус: ожидает вашего ответа</td></tr>')
    h = hd_html(inner, bg='#f1f3f4')
    t = html2plain(h)
    msg('human', 'ru', 'lavkasyra-usedesk-agent', 'Usedesk-like ответ оператора: маркер «напишите выше этой '
        'строки», «Всего доброго,» + имя, номер обращения в подвале; alternative, base64', c,
        ('Лавка сыра', 'hello@lavkasyra.example.ru'), 'Re: ' + SHOP_SUBJ + ' [#48213]', text=t, html=h,
        cte='base64', reply=False)

    # 4 Omnidesk-like: marker, agent line, history
    c = Ctx('svc', (13, 0), 20, 3, to='support@kurierix.example.ru')
    t = ('##- Пожалуйста, пишите ответ над этой строкой -##\n\nМария Кузнецова, 7 дек. 2026, 13:20\n\n'
         '⟦Добрый день, Анатолий!\n\nУ Курьерикса два тарифа для интернет-магазинов: «Лёгкий» — 0 руб. в месяц и '
         '3,5%% с каждой доставки, «Оптимальный» — 4 900 руб. в месяц и 1,9%% с доставки. Договор — публичная '
         'оферта, принимается при регистрации кабинета; если нужен договор на бумаге, пришлём его за 1 рабочий '
         'день. Подключение к API в среднем 2 рабочих дня.⟧\n\nМария\n\n----------------------------------------\n'
         '%s, 7 дек. 2026, 13:00\n\n%s\n----------------------------------------\nОбращение №77120. Это письмо '
         'отправлено из службы поддержки Курьерикс.\n' % (PNAME, c.body.rstrip('\n')))
    msg('human', 'ru', 'kurierix-omnidesk-agent-line', 'Omnidesk-like: маркер «##- пишите ответ над этой '
        'строкой -##», строка «имя, дата» над ответом, одиночное имя, история переписки ниже, подвал', c,
        ('Курьерикс — поддержка', 'support@kurierix.example.ru'), '[#77120] ' + SVC_SUBJ, text=t,
        cte='quoted-printable', hdrs=[('Auto-Submitted', 'auto-generated')], reply=False)

    # 5 Bitrix24 CRM reply from a manager, HTML with table signature
    c = Ctx('shop', (14, 40), 65, 3, to='zakaz@stroydvor.example.ru')
    h = ('<div style="font-family:Arial;font-size:14px">⟦Анатолий, здравствуйте.<br /><br />Склад-самовывоз на '
         'Промышленной работает сегодня до 18:00. Чтобы оформить заказ, пришлите список материалов (можно фото '
         'сметы) — выставлю счёт и зарезервирую. Доставка день в день — при оплате до 15:00, машина до 1,5 т '
         'стоит 1 800 руб.⟧<br /><br />--<br /><table cellpadding="0" cellspacing="0"><tr><td style="padding-right:'
         '12px"><img src="https://stroydvor.example.ru/upload/logo.png" width="64" alt="СтройДвор" /></td>'
         '<td style="font-size:12px;color:#555">Гусев Андрей<br />менеджер отдела продаж<br />СтройДвор<br />'
         'тел. +7 (343) 000-12-50, доб. 214</td></tr></table><br /><br />'
         '<div style="border-left:2px solid #ccc;padding-left:8px;color:#777">' + esc(PNAME) + ' пишет:<br />' +
         c.hbody() + '</div></div>\n')
    msg('human', 'ru', 'stroydvor-bitrix-manager-table-sig', 'Bitrix24-like письмо менеджера из CRM, HTML only, '
        '<br /> в стиле XHTML, подпись после «--» таблицей с логотипом, цитата «пишет:»', c,
        ('Андрей Гусев', 'a.gusev@stroydvor.example.ru'), 'Re: ' + SHOP_SUBJ, html=h, cte='base64',
        hdrs=[('X-Bitrix-Posting', '55%d' % RNG.randrange(1000, 9999))])

    # 6 amoCRM-ish: manager reply to a form probe, short plain
    c = Ctx('svc', (15, 15), 110, 5, form=True)
    t = ('⟦Анатолий, добрый день! Получил вашу заявку с сайта.\n\nТариф у нас один — «Базовый», 1 490 руб/мес за '
         'пользователя, при оплате за год скидка 15%. Работаем по договору-оферте, его можно принять в личном '
         'кабинете, а если бухгалтерии нужен подписанный экземпляр — оформим через ЭДО. Доступ открываем в день '
         'оплаты, обучение команды занимает 1-2 рабочих дня.⟧\n\nЕвгений, отдел продаж «Сделкофф»\n')
    msg('human', 'ru', 'sdelkoff-amo-form-short', 'ответ на заявку с формы: плюс-адрес, без In-Reply-To, имя и '
        'отдел одной строкой, 8bit utf-8', c, ('Евгений | Сделкофф', 'sales@sdelkoff.example.ru'),
        'Ваша заявка на сайте sdelkoff.example.ru', text=t, cte='8bit', to='anatoly+r2x8c@shopper.example')

    # 7 Yandex Mail web, hours as "с 9 до 20"
    c = Ctx('shop', (11, 30), 33, 3, to='info@zoolavka.example.ru')
    t = ('⟦Добрый день!\nСамовывоз работает с 9 до 20 ежедневно. Заказ лучше оформить на сайте, но могу и я — '
         'напишите, какой корм и вес упаковки. Доставку сегодня сделаем, курьер ездит до 22:00.⟧\n\n'
         '--\nС уважением, Светлана\nЗоолавка «Хвост»\n\n' + c.yandex_ru())
    msg('human', 'ru', 'zoolavka-yandex-c9-do20', 'Яндекс Почта: «--» затем «С уважением, Имя» в одной строке, '
        'цитата «дд.мм.гггг, чч:мм, "Имя" <адрес>:»', c, ('Светлана', 'info@zoolavka.example.ru'),
        'Re: ' + SHOP_SUBJ, text=t, cte='base64', mid='<%d%s@mail.yandex.ru>' % (RNG.randrange(10 ** 5, 10 ** 6),
                                                                              rid(6)),
        hdrs=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')], auto_html='div')

    # 8 Mail.ru web, HTML quote, base64
    c = Ctx('shop', (16, 5), 21, 3, to='kraska-opt@mail.example.ru')
    h = ('<HTML><BODY><div>⟦Анатолий, здравствуйте!</div><div>Пункт выдачи на Заводской открыт до 19-00, сегодня '
         'без обеда.</div><div>Оформить заказ можем по вашему списку — скиньте сюда наименования и цвет по '
         'каталогу. Доставка сегодня по городу есть, 500 р., после 17-00 уже на завтра.⟧</div><div>&nbsp;</div>'
         '<div>Марина, магазин «Краски и точка»</div><div>&nbsp;</div><div>&nbsp;</div>' + c.mailru_html() +
         '</BODY></HTML>\n')
    t = ('⟦Анатолий, здравствуйте!\nПункт выдачи на Заводской открыт до 19-00, сегодня без обеда.\nОформить '
         'заказ можем по вашему списку — скиньте сюда наименования и цвет по каталогу. Доставка сегодня по городу '
         'есть, 500 р., после 17-00 уже на завтра.⟧\n \nМарина, магазин «Краски и точка»\n \n \n' + c.mailru())
    msg('human', 'ru', 'kraskaitochka-mailru-19-00', 'Почта Mail.ru: alternative base64, часы через дефис '
        '(«до 19-00»), подпись «Имя, магазин» без прощания, цитата Mail.ru', c,
        ('Краски и точка', 'kraska-opt@mail.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, html=h, cte='base64',
        mid='<%d.%s@f%d.mail.example.ru>' % (RNG.randrange(10 ** 9, 10 ** 10), rid(8), RNG.randrange(100, 500)),
        hdrs=[('X-Mailer', 'Mail.Ru Mailer 1.0')])

    # 9 inline answers, plain
    c = Ctx('svc', (10, 40), 26 * 60, 3, to='hello@skladno.example.ru')
    t = ('⟦Анатолий, добрый день! Отвечаю по пунктам.⟧\n\n' + c.tbird_ru().split('\n')[0] + '\n'
         '> Добрый день!\n> Какие у вас тарифы,\n\n⟦Хранение — от 15 руб. за паллето-место в сутки, обработка '
         'заказа — 45 руб., упаковка по прайсу.⟧\n\n> как заключить договор\n\n⟦Присылаете реквизиты, мы '
         'готовим договор ответственного хранения, подписываем в ЭДО.⟧\n\n> и сколько времени это займёт?\n\n'
         '⟦Договор — 1-2 рабочих дня, приёмка первой поставки — в течение 3 рабочих дней после подписания.⟧\n\n'
         '> \n> ' + PNAME + '\n\n--\nСергей Климов, «Складно»\n')
    msg('human', 'ru', 'skladno-inline-by-points', 'ответы между строками цитаты (вопрос разбит по частям), '
        'подпись после «--», 8bit', c, ('Сергей Климов', 's.klimov@skladno.example.ru'), 'Re: ' + SVC_SUBJ,
        text=t, cte='8bit', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

    # 10 koi8-r plain, phone mentioned but answers
    c = Ctx('shop', (12, 25), 90, 3, to='mag@radiodetal.example.ru')
    t = ('⟦Здравствуйте.\nРаботаем до 19.00. Заказ можем оформить по телефону 8 (383) 000-22-17 или прямо в '
         'ответном письме: напишите артикулы и количество. Доставка сегодня - только самовывоз, курьера нет.⟧\n\n'
         'Магазин "Радиодеталь"\n')
    msg('human', 'ru', 'radiodetal-koi8-phone-or-email', 'koi8-r 8bit, ответ с часами «до 19.00» и телефоном, '
        'но по существу (human); прямые кавычки, подпись — название магазина', c,
        ('Радиодеталь', 'mag@radiodetal.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, charset='koi8-r', cte='8bit',
        hdrs=[('X-Mailer', 'The Bat! (v4.0.24) Professional')])

    # 11 The Bat!, windows-1251 QP, greeting above the quote, answer below
    c = Ctx('svc', (13, 45), 23 * 60, 3, to='office@setevik.example.ru')
    t = ('⟦Здравствуйте, Анатолий.⟧\n\n' + c.thebat() + '\n⟦Подключение офиса по нашим тарифам: 100 Мбит/с - '
         '3 200 руб./мес., 300 Мбит/с - 5 400 руб./мес., статический IP - 200 руб./мес. Договор заключаем в '
         'офисе или курьером, нужна карточка организации. Подключение после подписания - 3-5 рабочих дней, '
         'если дом уже подключён.⟧\n\n--\nС уважением,\n Павел                          mailto:p.zorin@setevik.example.ru\n')
    msg('human', 'ru', 'setevik-thebat-1251-qp', 'The Bat!: приветствие, затем «Вы писали ...:» и цитата с '
        'инициалами «АС>», ответ ниже цитаты; windows-1251 QP, «--» + «С уважением,» + имя и mailto', c,
        ('Павел Зорин', 'p.zorin@setevik.example.ru'), 'Re: ' + SVC_SUBJ, text=t, charset='windows-1251',
        cte='quoted-printable', hdrs=[('X-Mailer', 'The Bat! (v9.4.5) Professional')])

    # 12 iPhone, typos
    c = Ctx('shop', (15, 0), 8, 3, to='flowers@buket24.example.ru')
    t = ('⟦Добрый день! до 20 работаем, доставку седня сделаем если оформите до 15ч, щас 15:08 так что '
         'давайте быстрее🙂 пишите что за букет⟧\n\nОтправлено с iPhone\n\n' + c.apple_ru())
    msg('human', 'ru', 'buket24-iphone-typos', 'Apple Mail iOS: опечатки, эмодзи, «Отправлено с iPhone», '
        'цитата iOS с «>» у строки атрибуции', c, ('Buket24', 'flowers@buket24.example.ru'), 'Re: ' + SHOP_SUBJ,
        text=t, cte='quoted-printable', hdrs=[('X-Mailer', 'iPhone Mail (22B91)')])

    # 13 hours table, HTML only
    c = Ctx('shop', (11, 10), 120, 5, to='pvz@techno-ural.example.ru')
    h = ('<html><head><style>td{padding:4px 10px;border:1px solid #ccc}</style></head><body>'
         '<p>⟦Здравствуйте!</p><p>График работы пункта выдачи «Техно-Урал» на ул. Малышева:</p>'
         '<table style="border-collapse:collapse"><tr><td>пн–пт</td><td>10:00–20:00</td></tr><tr><td>сб'
         '</td><td>11:00–17:00</td></tr><tr><td>вс</td><td>выходной</td></tr></table>'
         '<p>Оформить заказ можно на сайте в корзине, выбрав «Самовывоз». Доставка в день заказа по Екатеринбургу '
         '— при оформлении до 14:00.</p><p>Хорошего дня!⟧</p><p>Служба клиентского сервиса<br>«Техно-Урал»</p>'
         '</body></html>\n')
    msg('human', 'ru', 'technoural-hours-table', 'HTML only, график таблицей (пн–пт 10:00–20:00) и способ '
        'оформления — ответ; «Хорошего дня!» отдельным абзацем перед подписью отдела входит в ответ', c, ('Техно-Урал', 'pvz@techno-ural.example.ru'),
        'Re: ' + SHOP_SUBJ, html=h, cte='quoted-printable')

    # 14 partial: only hours, Roundcube
    c = Ctx('shop', (16, 30), 15, 3, to='info@velopoint.example.ru')
    t = ('⟦Добрый день, мы до 18 сегодня, завтра с 10.⟧\n\n' + c.roundcube_ru())
    msg('human', 'ru', 'velopoint-roundcube-partial', 'частичный ответ (только часы), Roundcube «... писал '
        'гггг-мм-дд чч:мм:», без подписи', c, ('ВелоПоинт', 'info@velopoint.example.ru'), 'Re: ' + SHOP_SUBJ,
        text=t, cte='8bit', hdrs=[('User-Agent', 'Roundcube Webmail/1.6.9')])

    # 15 long service answer, list, "Надеюсь, помог!", "--" signature
    c = Ctx('svc', (10, 10), 5 * 60, 3, to='sales@kassaonline.example.ru')
    t = ('⟦Анатолий, добрый день!\n\nСпасибо за интерес к «КассаОнлайн». Расскажу по порядку.\n\nТарифы:\n'
         '* «Старт» — 1 100 руб. в месяц, одна касса, чеки без ограничений;\n* «Сеть» — 2 400 руб. в месяц за '
         'каждую кассу от трёх;\n* эквайринг — 1,6% с оборота, без абонентской платы.\n\nДоговор:\n1) вы '
         'регистрируетесь в личном кабинете и загружаете реквизиты;\n2) мы присылаем договор в ЭДО;\n3) после '
         'подписания выставляем счёт.\n\nСроки: договор — 1 рабочий день, регистрация кассы в ФНС — до 3 '
         'рабочих дней.\n\nНадеюсь, помог!⟧\n\n--\nДмитрий Орлов\nотдел продаж «КассаОнлайн»\n8 800 000-90-90 '
         '(звонок бесплатный)\n\n' + c.outlook_ru(line=True))
    msg('human', 'ru', 'kassaonline-long-lists-nadeyus', 'длинный ответ со списками, «Спасибо за интерес» в начале '
        'и «Надеюсь, помог!» перед подписью сохраняются, подпись после «--», Outlook -----Original Message-----',
        c, ('Дмитрий Орлов', 'd.orlov@kassaonline.example.ru'), 'RE: ' + SVC_SUBJ, text=t, cte='quoted-printable',
        hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

    # 16 emoji small florist
    c = Ctx('shop', (12, 0), 4, 3, to='hello@romashka-flowers.example.ru')
    h = ('<div>⟦Анатолий, добрый день! 😊</div><div>Самовывоз из мастерской — до 22:00 🌸</div><div>Доставим '
         'сегодня, даже вечером: выберите букет на сайте или опишите здесь, что хотите (повод, бюджет, цвета), '
         'и я сама оформлю заказ 💐</div><div>Оплата по ссылке или при получении.⟧</div><div><br></div><div>'
         'Ксюша ✨ «Ромашка»</div><div><br></div><div><br></div>' + c.yandex_html())
    t = ('⟦Анатолий, добрый день! 😊\nСамовывоз из мастерской — до 22:00 🌸\nДоставим сегодня, даже вечером: '
         'выберите букет на сайте или опишите здесь, что хотите (повод, бюджет, цвета), и я сама оформлю заказ '
         '💐\nОплата по ссылке или при получении.⟧\n\nКсюша ✨ «Ромашка»\n\n\n' + c.yandex_ru())
    msg('human', 'ru', 'romashka-emoji-florist', 'много эмодзи, Яндекс-стиль alternative, подпись «Имя ✨ '
        '«магазин»» без прощания', c, ('Ксюша | Ромашка', 'hello@romashka-flowers.example.ru'), 'Re: ' + SHOP_SUBJ,
        text=t, html=h, cte='base64')

    # 17 Okdesk-like "Ответ по заявке №"
    c = Ctx('svc', (14, 10), 3 * 60 + 10, 7, to='service@itpark-nsk.example.ru')
    inner = ('<tr><td style="padding:20px 28px 0;font-size:13px;color:#8a8a8a;">Ответ по заявке №3391 '
             '«' + SVC_SUBJ + '»</td></tr>\n<tr><td style="padding:14px 28px;"><p>⟦Анатолий, здравствуйте!</p><p>'
             'Абонентское IT-обслуживание: до 10 рабочих мест — 18 000 руб./мес., до 25 — 35 000 руб./мес., '
             'выезды инженера включены. Договор подписываем в двух экземплярах после бесплатного аудита; аудит и '
             'подписание занимают около 5 рабочих дней.⟧</p><p>Инженер: Роман Шестаков</p></td></tr>\n'
             '<tr><td style="padding:14px 28px;border-top:1px solid #e5e5e5;font-size:12px;color:#8a8a8a;">'
             'Вы получили это письмо, потому что являетесь контактным лицом по заявке. Чтобы добавить комментарий, '
             'ответьте на это письмо.<br>' + button('Открыть заявку', 'https://itpark-nsk.example.ru/issues/3391',
                                                     '#3fa9f5') + '</td></tr>')
    h = hd_html(inner, preheader='Ответ по заявке №3391')
    t = html2plain(h)
    msg('human', 'ru', 'itpark-okdesk-answer-3391', 'Okdesk-like: «Ответ по заявке №…», строка «Инженер: имя» '
        'после ответа, подвал с кнопкой; alternative, скрытый прехедер', c,
        ('ИТ-Парк сервис', 'service@itpark-nsk.example.ru'), 'Заявка №3391: ответ специалиста', text=t, html=h,
        reply=False)

    # 18 HelpDeskEddy-like, form probe
    c = Ctx('shop', (10, 55), 75, 3, form=True)
    t = ('Для ответа просто ответьте на это письмо, не меняя тему.\n=====================================\n\n'
         '⟦Здравствуйте, Анатолий!\n\nПВЗ на Новослободской работает до 21:00 без выходных. Оформление заказа '
         'возьму на себя: пришлите ссылки на товары и адрес, если нужна доставка. Курьерская доставка сегодня — '
         'для заказов, подтверждённых до 16:00, сейчас как раз успеваем.⟧\n\nОператор: Алина\n\n'
         '=====================================\nЗаявка #20761 | Магазин «Полка»\n'
         'Ваше обращение с сайта: «' + SHOP_BODY.split('\n')[1] + '»\n')
    msg('human', 'ru', 'polka-helpdeskeddy-form', 'HelpDeskEddy-like: инструкция «ответьте на это письмо» над '
        'чертой, «Оператор: имя», номер заявки, эхо формы; плюс-адрес, без In-Reply-To', c,
        ('Магазин Полка', 'help@polka-shop.example.ru'), 'Заявка #20761: ' + SHOP_SUBJ, text=t,
        to='anatoly+p0lk4@shopper.example', cte='quoted-printable')

    # 19 manager offers to place the order, mobile Mail.ru device line
    c = Ctx('shop', (13, 20), 27, 3, to='opt@tkani-tut.example.ru')
    t = ('⟦Анатолий, привет! Ой, простите — здравствуйте 🙂 Давайте я за вас оформлю заказ: напишите артикулы '
         'тканей и метраж, выставлю счёт. Самовывоз с Тверской до 19:30, курьер сегодня тоже успеет, если до '
         'четырёх оплатите.⟧\n\nОтправлено из мобильной Почты Mail.ru\n\n' + c.mailru())
    msg('human', 'ru', 'tkanitut-mailru-mobile-offer', 'менеджер предлагает оформить заказ сама, самоисправление '
        'в приветствии, «Отправлено из мобильной Почты Mail.ru»', c, ('Алёна Ткачёва', 'opt@tkani-tut.example.ru'),
        'Re: ' + SHOP_SUBJ, text=t, cte='base64', auto_html='br')

    # 20 answers and offers a phone
    c = Ctx('shop', (11, 50), 55, 3, to='shop@avtozap.example.ru')
    t = ('⟦Анатолий, доброго дня.\n\nДа, сегодня доставим. Склад выдаёт заказы до 18:00. Оформить можно на '
         'сайте или ответом на это письмо (марка, модель, VIN). Если удобнее голосом — звоните 8 800 000-45-45, '
         'но здесь тоже всё решим.⟧\n\nУдачи на дорогах!\nАвтоЗап\n\n' + c.outlook_ru())
    msg('human', 'ru', 'avtozap-answer-plus-phone', 'полный ответ + телефон «если удобнее» (human, не redirect), '
        '«Удачи на дорогах!» как прощание, шапка Outlook без черты', c, ('АвтоЗап', 'shop@avtozap.example.ru'),
        'Ответ: ' + SHOP_SUBJ, text=t, cte='quoted-printable', auto_html='p')

    # 21 long legal disclaimer
    c = Ctx('svc', (12, 35), 27 * 60, 3, to='partners@fintochka.example.ru')
    t = ('⟦Уважаемый Анатолий,\n\nкомиссия интернет-эквайринга для вашего оборота составит 2,1% (карты) и 0,7% '
         '(СБП). Абонентской платы нет. Договор присоединения подписывается в интернет-банке, проверка '
         'организации занимает от 2 до 4 рабочих дней.⟧\n\nС уважением,\nНиколай Вершинин\nменеджер по работе с '
         'партнёрами\nАО «ФинТочка»\n\n' + '-' * 70 + '\nНастоящее сообщение и все приложения к нему являются '
         'конфиденциальными и предназначены исключительно для адресата. Если вы получили это сообщение по '
         'ошибке, пожалуйста, уведомите отправителя и удалите сообщение. Любое использование, копирование или '
         'распространение информации, содержащейся в сообщении, запрещено. Информация в сообщении не является '
         'офертой и не влечёт обязательств АО «ФинТочка», если иное прямо не указано в тексте.\n' +
         '-' * 70 + '\n\n' + c.outlook_ru(line=True))
    msg('human', 'ru', 'fintochka-legal-disclaimer', 'длинный юридический дисклеймер после подписи, проценты '
        '2,1%, Outlook шапка, hard-wrapped QP', c, ('Вершинин Николай Андреевич', 'n.vershinin@fintochka.example.ru'),
        'RE: ' + SVC_SUBJ, text=wrap_hard(t), cte='quoted-printable', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

    # 22 Thunderbird, base64 utf-8
    c = Ctx('svc', (15, 50), 70, 3, to='info@printgrad.example.ru')
    t = ('⟦Анатолий, здравствуйте!\n\nПо тарифам: печать каталогов — от 48 руб. за экземпляр при тираже 500, '
         'визитки — 900 руб. за 1000 шт. Работаем по договору поставки, в первый раз можно по счёт-оферте, тогда '
         'договор не нужен вовсе. Срок изготовления 3 рабочих дня после согласования макета.⟧\n\n'
         'Всего хорошего,\nТимур\n\n' + c.tbird_ru())
    msg('human', 'ru', 'printgrad-tbird-base64', 'Thunderbird, utf-8 base64, «Всего хорошего,» + имя, цитата '
        '«дд.мм.гггг чч:мм, Имя пишет:»', c, ('Тимур Галиев', 'info@printgrad.example.ru'), 'Re: ' + SVC_SUBJ,
        text=t, cte='base64', bstyle='tbird', hdrs=[('User-Agent', 'Mozilla Thunderbird')])

    # 23 windows-1251 HTML-only old webmail, <br> soup, font tags
    c = Ctx('shop', (14, 0), 240, 3, to='market@dachnik.example.ru')
    h = ('<html><body bgcolor=#ffffff><font face="Times New Roman" size=3>⟦Добрый день!<br><br>Магазин '
         '"Дачник" работает до 17.00, в субботу до 15.00.<br>Заказ можно оформить у нас по эл. почте, '
         'присылайте список.<br>&nbsp;<br>Доставка в день заказа не делаем, только на следующий день.⟧<br>'
         '<br>&nbsp;<br>С ув. Галина Петровна<br>бухгалтер-кассир<br><br></font>\n<font size=2>----- Original '
         'Message -----<br>From: ' + esc(PNAME) + '<br>To: market@dachnik.example.ru<br>Sent: Monday, December '
         '07, 2026 2:00 PM<br>Subject: ' + SHOP_SUBJ + '<br><br>' + c.hbody() + '</font></body></html>\n')
    msg('human', 'ru', 'dachnik-1251-html-br-soup', 'windows-1251 HTML only, <br>-каша и <font>, неграмотное '
        '«Доставка ... не делаем», «С ув.» + имя/должность, старый Outlook Express-стиль цитаты', c,
        ('Dachnik', 'market@dachnik.example.ru'), 'Re: ' + SHOP_SUBJ, html=h, charset='windows-1251',
        cte='quoted-printable', hdrs=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')])

    # 24 Roundcube, attachment, service
    c = Ctx('svc', (11, 20), 4 * 60, 4, to='sales@oblako-crm.example.ru')
    t = ('⟦Анатолий, добрый день.\nВо вложении договор-оферта и прайс. Коротко: тариф «Команда» 590 руб. за '
         'пользователя в месяц, «Компания» — 990 руб. Договор принимается оплатой счёта, для юрлиц есть ЭДО. '
         'Запуск 1 рабочий день.⟧\n\nС уважением, Кирилл.\n\n' + c.roundcube_ru())
    msg('human', 'ru', 'oblakocrm-roundcube-attachment', 'multipart/mixed с PDF-вложениями, «С уважением, '
        'Кирилл.» в одной строке, цитата Roundcube', c, ('Кирилл Власов', 'sales@oblako-crm.example.ru'),
        'Re: ' + SVC_SUBJ, text=t, cte='8bit', attach=[('oferta.pdf', 'application/pdf', tiny_pdf('oferta')),
                                                     ('price-2026.pdf', 'application/pdf', tiny_pdf('price'))],
        hdrs=[('User-Agent', 'Roundcube Webmail/1.5.3')])

    # 25 director, very short, Yandex mobile
    c = Ctx('svc', (16, 45), 16 * 60 + 30, 3, to='ceo@lingvo-b2b.example.ru')
    t = ('⟦Анатолий, тариф один: 4 500 руб. за группу в месяц. Договор пришлём сегодня, подписание день-два.⟧'
         '\n\n-- \nОтправлено из мобильной Яндекс Почты\n\n' + c.yandex_ru())
    msg('human', 'ru', 'lingvob2b-director-short-yandex', 'очень короткий ответ руководителя, «-- » + '
        '«Отправлено из мобильной Яндекс Почты»', c, ('Ирина Котова', 'ceo@lingvo-b2b.example.ru'),
        'Re: ' + SVC_SUBJ, text=t, cte='quoted-printable', auto_html='div')

    # 26 thanks at the start kept, «Спасибо за обращение!» as sign-off
    c = Ctx('shop', (10, 5), 85, 3, to='info@posudalavka.example.ru')
    t = ('⟦Добрый день, Анатолий! Спасибо за ваш вопрос.\n\nПункт самовывоза открыт до 20:00 по будням и до '
         '18:00 в выходные. Чтобы оформить заказ, положите товары в корзину и выберите «Самовывоз — Лесная, 5»; '
         'если хотите, оформлю сама по списку. Доставка сегодня есть, стоимость 300 рублей.⟧\n\nСпасибо за '
         'обращение!\nЕкатерина, «Посудная лавка»\n\n' + c.gmail_ru())
    msg('human', 'ru', 'posudalavka-thanks-both-ends', '«Спасибо за ваш вопрос» в начале (в ответе) и «Спасибо за '
        'обращение!» как прощание (вне ответа), Gmail цитата', c, ('Посудная лавка', 'info@posudalavka.example.ru'),
        'Re: ' + SHOP_SUBJ, text=t, cte='quoted-printable', auto_html='div')

    # 27 forwarded inside the company, colleague answers above
    c = Ctx('svc', (12, 15), 28 * 60, 3, to='info@gruzoflot.example.ru')
    t = ('⟦Анатолий, добрый день! Коллеги переслали мне ваш вопрос.\n\nСтавки на перевозку по Москве: газель — '
         'от 1 100 руб./час, 5 т — от 1 900 руб./час, минимальный заказ 4 часа. Договор транспортной экспедиции '
         'заключаем за 1 рабочий день: реквизиты, скан подписанного договора, оригиналы потом почтой.⟧\n\n'
         'Алексей Прохоров\nлогист\n\n' + c.fwd_ru())
    msg('human', 'ru', 'gruzoflot-forwarded-colleague', 'ответ коллеги над «-------- Пересылаемое сообщение '
        '--------», подпись без прощания (имя + должность)', c, ('Алексей Прохоров', 'a.prokhorov@gruzoflot.example.ru'),
        'Fwd: ' + SVC_SUBJ, text=t, cte='quoted-printable', auto_html='div')


# ===================================================================================================
# redirect

def redirect_en():
    # 1 call us, Outlook plain
    c = Ctx('shop', (11, 15), 95, 0, to='info@pembertonjoinery.example')
    t = ('⟦Hello Anatoly,\n\nPlease give us a call on +44 161 496 0718 — our team will gladly take you through '
         'collection and delivery over the phone.⟧\n\nKind Regards,\n\nTamsin Hale\nOffice Manager | Pemberton '
         'Joinery\n\n' + c.outlook_en())
    msg('redirect', 'en', 'pemberton-please-call', 'Outlook text + HTML (<p> paragraphs), only "please give us a call", Kind Regards + '
        'title, Outlook quote', c, ('Tamsin Hale', 'info@pembertonjoinery.example'), 'RE: ' + SHOP_SUBJ, text=t,
        cte='quoted-printable', order='outlook', auto_html='p')

    # 2 no orders by email, Gmail alternative
    c = Ctx('shop', (13, 40), 50, 2, to='hello@wovenpath.example')
    t, h = gmail_alt(['⟦Hi,', "We aren't able to take orders by email, sorry! Everything goes through the checkout "
                      "on wovenpath.example, and the delivery options are shown there.⟧", 'Thanks,\nIngrid'], None,
                     c.gmail_en(), c.gmail_html_en(), sig_dash=False)
    msg('redirect', 'en', 'wovenpath-no-orders-by-email', 'Gmail alternative: "not able to take orders by email", '
        'points to checkout, "Thanks," + name', c, ('Ingrid Solberg', 'hello@wovenpath.example'), 'Re: ' + SHOP_SUBJ,
        text=t, html=h, order='gmail', bstyle='gmail')

    # 3 pricing is custom, sales will reach out
    c = Ctx('svc', (10, 30), 210, -5, to='info@orbitalis.example')
    inner = ('<tr><td style="padding:26px 30px;"><p>⟦Hi Anatoly,</p><p>Thanks for your interest in Orbitalis. '
             'Our pricing is tailored to each customer\'s volume and integrations, so there is no public price '
             'list. A member of our sales team will reach out within one business day to set up a short call.⟧</p>'
             '<p>Best regards,<br>Chloe Bennett<br><span style="color:#6b7785">Business Development Representative'
             '</span></p></td></tr>')
    h = hd_html(inner, bg='#ffffff', font='Segoe UI,Roboto,Arial,sans-serif')
    msg('redirect', 'en', 'orbitalis-pricing-custom-sales-call', 'HTML only (sales tool template): "pricing is '
        'tailored", sales will reach out — a redirect with no price or contract step', c,
        ('Chloe Bennett', 'chloe.bennett@orbitalis.example'), 'Re: ' + SVC_SUBJ, html=h, cte='quoted-printable')

    # 4 book a demo button (HTML only, the button is part of the answer)
    c = Ctx('svc', (14, 15), 40, 1, to='sales@tallyloop.example')
    h = ('<div style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d1d1f;">'
         '<p>⟦Hey Anatoly,</p><p>The quickest way to get you the right plan and paperwork is a 20-minute demo. '
         'Grab any slot that suits you:</p>'
         '<p><a href="https://cal.tallyloop.example/anna/demo" style="background:#5b5bd6;color:#fff;padding:10px '
         '18px;border-radius:6px;text-decoration:none;display:inline-block;">Book a demo</a>⟧</p>'
         '<p>Cheers,<br>Anna<br>Tallyloop</p></div>\n' + c.gmail_html_en())
    msg('redirect', 'en', 'tallyloop-book-a-demo-button', 'HTML only, sends to a demo booking page, inline-styled '
        'button inside the answer; Gmail quote', c, ('Anna Ruiz', 'anna@tallyloop.example'), 'Re: ' + SVC_SUBJ,
        html=h, cte='base64')

    # 5 contact form, this inbox is for invoices
    c = Ctx('svc', (15, 5), 26 * 60, -6, to='billing@gristmill.example')
    t = ('⟦Hello,\n\nThis mailbox only handles invoices and payments. Could you please send your question through '
         'the contact form at https://gristmill.example/contact so it reaches the right people?⟧\n\nThank you,\n'
         'Accounts team\n\n' + c.original_en())
    msg('redirect', 'en', 'gristmill-use-contact-form', 'billing mailbox sends to the contact form, "Thank you," + '
        'team, -----Original Message-----', c, ('Gristmill Accounts', 'billing@gristmill.example'),
        'RE: ' + SVC_SUBJ, text=t, cte='quoted-printable', auto_html='p')

    # 6 forwarded to the right team, Apple Mail macOS HTML
    c = Ctx('shop', (12, 45), 18, 3, to='contact@lanternhome.example')
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="'
         'overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">⟦Hi Anatoly,<div>'
         '<br></div><div>I\'ve forwarded your email to our online orders team — they\'ll get in touch with you '
         'directly.⟧</div><div><br></div><div>Kind regards,</div><div>Hugo</div><div><br>' + c.apple_html('en') +
         '</div></body></html>\n')
    t = ('⟦Hi Anatoly,\n\nI\'ve forwarded your email to our online orders team — they\'ll get in touch with you '
         'directly.⟧\n\nKind regards,\nHugo\n\n' + c.apple_en())
    msg('redirect', 'en', 'lanternhome-forwarded-they-will-contact', 'Apple Mail (macOS) alternative: "forwarded '
        'to our orders team, they\'ll get in touch"', c, ('Hugo Laurent', 'hugo@lanternhome.example'),
        'Re: ' + SHOP_SUBJ, text=t, html=h, bstyle='apple', hdrs=[('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')])

    # 7 pricing page only
    c = Ctx('svc', (16, 0), 12, 3, to='hi@notably.example')
    t = ('⟦Hi Anatoly, please see our pricing page: https://notably.example/pricing⟧\n\nThanks, Mike\n\n' +
         c.gmail_en())
    msg('redirect', 'en', 'notably-see-pricing-page', 'one line with a link to the pricing page only, "Thanks, '
        'Mike" one-line closing', c, ('Mike Adeyemi', 'mike@notably.example'), 'Re: ' + SVC_SUBJ, text=t, cte='8bit')

    # 8 WhatsApp
    c = Ctx('shop', (11, 35), 7, 4, to='shop@sunnyside-bakes.example')
    t = ('⟦Hi there! For orders please message us on WhatsApp: +971 50 000 1134 — we reply much faster there 🙂⟧'
         '\n\nSunnyside Bakes\n\nSent from my Galaxy\n\n' + c.gmail_en())
    msg('redirect', 'en', 'sunnysidebakes-whatsapp', 'sends to WhatsApp, emoji, shop name line, "Sent from my '
        'Galaxy"', c, ('Sunnyside Bakes', 'shop@sunnyside-bakes.example'), 'Re: ' + SHOP_SUBJ, text=t,
        cte='base64')

    # 9 live chat
    c = Ctx('svc', (12, 55), 140, 3, to='support@parcelhub.example')
    t = ('⟦Good day Anatoly,\n\nFor questions about plans and onboarding it is best to chat with our team live on '
         'parcelhub.example (the blue bubble in the bottom-right corner), weekdays 9:00-18:00 Moscow time.⟧\n\n'
         'Kind regards,\nParcelHub Support\n')
    msg('redirect', 'en', 'parcelhub-live-chat-bubble', 'sends to the website chat (with the chat\'s hours — still '
        'a redirect), no quote, us-ascii 7bit', c, ('ParcelHub Support', 'support@parcelhub.example'),
        'Re: ' + SVC_SUBJ, text=t, charset='us-ascii', cte='7bit')

    # 10 customer portal, helpdesk-ish
    c = Ctx('svc', (10, 0), 75, 0, to='service@keystonepay.example')
    t = ('⟦Dear customer,\n\nWe are unable to handle requests received by e-mail. Please log in to the Keystone '
         'customer portal (https://portal.keystonepay.example) and open a new case under "Sales enquiries".⟧\n\n'
         'Kind regards,\nKeystone Pay Service Desk\n\nCase reference: KP-00918274\n\n' + c.original_en())
    msg('redirect', 'en', 'keystone-open-case-in-portal', 'service desk refuses e-mail and sends to the customer '
        'portal, case reference line after signature, "Dear customer"', c,
        ('Keystone Pay Service Desk', 'service@keystonepay.example'), 'RE: ' + SVC_SUBJ + ' [KP-00918274]', text=t,
        cte='quoted-printable')

    # 11 marketplace only
    c = Ctx('shop', (14, 35), 60, 3, to='brand@lunaskin.example')
    h = ('<div dir="ltr">⟦Hello!<div><br></div><div>We don\'t sell directly — all our products are available in '
         'our official store on the marketplace: <a href="https://market.example/store/lunaskin">https://market.'
         'example/store/lunaskin</a>. Pickup and delivery options are chosen there.⟧</div><div><br></div>'
         '<div>Best,</div><div>Luna Skin team</div></div><br>' + c.gmail_html_en())
    t = ('⟦Hello!\n\nWe don\'t sell directly — all our products are available in our official store on the '
         'marketplace: https://market.example/store/lunaskin. Pickup and delivery options are chosen there.⟧\n\n'
         'Best,\nLuna Skin team\n\n' + c.gmail_en())
    msg('redirect', 'en', 'lunaskin-marketplace-store-only', 'brand sells only through a marketplace store '
        '(link), Gmail alternative', c, ('Luna Skin', 'brand@lunaskin.example'), 'Re: ' + SHOP_SUBJ, text=t,
        html=h, order='gmail', bstyle='gmail')

    # 12 resellers table
    c = Ctx('shop', (11, 0), 300, 1, to='export@kraftwerk-tools.example')
    h = ('<html><body style="font-family:Arial;font-size:10pt">'
         '<p>⟦Dear Mr. Smirnov,</p><p>we are a manufacturer and do not sell to end customers. Please contact one of '
         'our authorised resellers in Russia:</p>'
         '<table cellpadding="5" style="border:1px solid #999;border-collapse:collapse">'
         '<tr style="background:#eee"><th>Reseller</th><th>City</th><th>Phone</th></tr>'
         '<tr><td>Instrumentarium</td><td>Moscow</td><td>+7 495 000-81-10</td></tr>'
         '<tr><td>TechnoMaster</td><td>St Petersburg</td><td>+7 812 000-55-23</td></tr>'
         '<tr><td>Profi-Snab</td><td>Kazan</td><td>+7 843 000-19-09</td></tr></table>⟧'
         '<p>Mit freundlichen Grüßen / Best regards<br>Sabine Krüger<br>Export Sales</p>'
         '<p style="font-size:8pt;color:#888">Kraftwerk Tools GmbH · Example Str. 1 · Registergericht Example'
         '</p></body></html>\n')
    msg('redirect', 'en', 'kraftwerk-authorised-resellers-table', 'manufacturer sends to resellers listed in an '
        'HTML table (the table is the answer\'s only content), bilingual valediction', c,
        ('Sabine Krüger', 'export@kraftwerk-tools.example'), 'AW: ' + SHOP_SUBJ, html=h, charset='iso-8859-1',
        subj_charset='utf-8', cte='quoted-printable')

    # 13 visit a store
    c = Ctx('shop', (15, 20), 100, 3, to='care@oakleaf-furniture.example')
    t = ('⟦Hi Anatoly,\n\nThe best thing is to pop into any of our showrooms — the team there will help you choose '
         'and sort everything out in person. You\'ll find the addresses at oakleaf-furniture.example/stores.⟧\n\n'
         'All the best,\nCustomer Care\nOakleaf Furniture\n')
    msg('redirect', 'en', 'oakleaf-visit-showroom', 'sends the customer to a physical store, no hours or order '
        'help, "All the best," sign-off', c, ('Oakleaf Furniture', 'care@oakleaf-furniture.example'),
        'Re: ' + SHOP_SUBJ, text=t, cte='quoted-printable')

    # 14 can't quote by email
    c = Ctx('svc', (13, 25), 45, 3, to='quotes@ironbridge-it.example')
    t = ('⟦Anatoly,\n\nunfortunately we can\'t quote by email. Ring the sales line on +7 812 000 6060 and a '
         'consultant will go through the options with you.⟧\n\nRgds\nBen\n\n' + c.original_en())
    msg('redirect', 'en', 'ironbridge-cant-quote-by-email', '"we can\'t quote by email", sales line phone, '
        '"Rgds" abbreviation', c, ('Ben Fairfax', 'quotes@ironbridge-it.example'), 'RE: ' + SVC_SUBJ, text=t,
        cte='8bit', auto_html='p')

    # 15 Zendesk agent redirects to sales, vendor headers
    c = Ctx('svc', (11, 45), 180, 3, to='support@brickflow.example')
    t = ('##- Please type your reply above this line -##\n\nYour request (58211) has been updated. To add '
         'additional comments, reply to this email.\n\n----------------------------------------------\n\n'
         'Marco Rossi (BrickFlow)\n\nDec 7, 2026, 14:47 GMT+3\n\n⟦Hello Anatoly,\n\nThe support team doesn\'t '
         'handle pricing or contracts, I\'m afraid. Please reach out to our Sales team at sales@brickflow.example '
         '— they\'ll take it from there.⟧\n\nMarco\n\n----------------------------------------------\n\n%s\n\n'
         'Dec 7, 2026, 11:45 GMT+3\n\n%s\n\n--------------------------------\nThis email is a service from '
         'BrickFlow.\n\n\n\n\n\n\n\n[7K2P9D-Q1WZ8]' % (PNAME, c.body.rstrip('\n')))
    msg('redirect', 'en', 'brickflow-zendesk-ask-sales', 'Zendesk plain agent reply WITH vendor headers: '
        '"request has been updated" chrome, agent line, sends to sales@', c,
        ('BrickFlow', 'support@brickflow.example'), '[BrickFlow] Re: ' + SVC_SUBJ, text=t,
        mid='<7K2P9DQ1WZ8_6591f3a0c_58211_sprut@zendesk.com>', hdrs=[
            ('Reply-To', 'BrickFlow <support+id58211@brickflow.zendesk.com>'), ('Auto-Submitted', 'auto-generated'),
            ('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', 'a1c77e'),
            ('X-Zendesk-Email-Id', '01HZ' + rid(22).upper())], envelope='support+id58211@brickflow.zendesk.com')

    # 16 only a phone number
    c = Ctx('shop', (16, 25), 6, 3, to='info@quickfix-phones.example')
    t = '⟦+7 916 000 73 21⟧\n\nSent from my iPhone\n\n' + c.apple_en()
    msg('redirect', 'en', 'quickfix-bare-phone-number', 'the whole answer is a bare phone number, "Sent from my '
        'iPhone"', c, ('QuickFix', 'info@quickfix-phones.example'), 'Re: ' + SHOP_SUBJ, text=t, cte='8bit')

    # 17 Telegram / Instagram DM
    c = Ctx('shop', (12, 30), 35, 3, to='hello@mossandmoth.example')
    h = ('<div style="font-family:Helvetica">⟦hi anatoly!! we\'re a tiny studio and only really check DMs — '
         'text us on telegram <a href="https://t.me/mossandmoth">t.me/mossandmoth</a> or instagram '
         '@mossandmoth.studio and we\'ll sort you out ✌️⟧<br><br>— moss &amp; moth</div>\n')
    msg('redirect', 'en', 'mossmoth-telegram-instagram-dm', 'HTML only, all lowercase, sends to Telegram or '
        'Instagram DMs, dash-name sign-off', c, ('moss & moth', 'hello@mossandmoth.example'), 'Re: ' + SHOP_SUBJ,
        html=h, cte='quoted-printable')


def redirect_ru():
    # 1 call us
    c = Ctx('shop', (10, 50), 40, 3, to='info@mebelgrad.example.ru')
    t = ('⟦Добрый день!\nПозвоните нам, пожалуйста, по телефону +7 (495) 000-12-34 — менеджеры всё подскажут и '
         'помогут.⟧\n\nС уважением,\nинтернет-магазин «МебельГрад»\n\n' + c.outlook_ru())
    msg('redirect', 'ru', 'mebelgrad-pozvonite', 'только «позвоните нам», Outlook-шапка, подпись магазина', c,
        ('МебельГрад', 'info@mebelgrad.example.ru'), 'RE: ' + SHOP_SUBJ, text=t, cte='quoted-printable',
        order='outlook', auto_html='p')

    # 2 write to another address
    c = Ctx('shop', (12, 5), 130, 3, to='pretenzii@bytovik.example.ru')
    t = ('⟦Здравствуйте. Этот адрес только для претензий по качеству. По заказам пишите на zakaz@bytovik.example.ru'
         '⟧\n\n-- \nОтдел качества «Бытовик»\n\n' + c.yandex_ru())
    msg('redirect', 'ru', 'bytovik-address-for-claims-only', '«этот адрес для претензий», отправляет на другой '
        'адрес; «-- » и название отдела', c, ('Отдел качества', 'pretenzii@bytovik.example.ru'), 'Re: ' + SHOP_SUBJ,
        text=t, cte='8bit')

    # 3 leave a request on the site
    c = Ctx('svc', (11, 25), 85, 3, to='info@smartsklad.example.ru')
    h = ('<div>⟦Анатолий, добрый день!</div><div>&nbsp;</div><div>Оставьте, пожалуйста, заявку на сайте '
         'smartsklad.example.ru в разделе «Подключение» — с вами свяжется персональный менеджер.⟧</div><div>'
         '&nbsp;</div><div>--&nbsp;</div><div>С уважением,<br>Татьяна<br>SmartSklad</div><div>&nbsp;</div>' +
         c.mailru_html())
    msg('redirect', 'ru', 'smartsklad-ostavte-zayavku', 'Mail.ru HTML only: «оставьте заявку на сайте, с вами '
        'свяжется менеджер»', c, ('Татьяна SmartSklad', 'info@smartsklad.example.ru'), 'Re: ' + SVC_SUBJ, html=h,
        cte='base64')

    # 4 prices are individual, a manager will call back
    c = Ctx('svc', (14, 50), 25, 3, to='hello@logistika-plus.example.ru')
    t = ('⟦Добрый день, Анатолий.\n\nСтоимость у нас рассчитывается индивидуально, под объёмы и маршруты. '
         'Оставьте, пожалуйста, номер телефона ответным письмом — менеджер перезвонит и всё расскажет.⟧\n\n'
         'Хорошего дня,\nЛогистика Плюс\n\n' + c.gmail_ru())
    msg('redirect', 'ru', 'logistikaplus-individual-prices-callback', '«цены индивидуальные, менеджер '
        'перезвонит», просит телефон; «Хорошего дня,» с запятой как прощание', c,
        ('Логистика Плюс', 'hello@logistika-plus.example.ru'), 'Re: ' + SVC_SUBJ, text=t, cte='quoted-printable', auto_html='div')

    # 5 forwarded to sales, they will contact
    c = Ctx('svc', (13, 10), 200, 3, to='secretary@promavtomatika.example.ru')
    t = ('⟦Анатолий, добрый день!\nВаше письмо передано в коммерческий отдел, специалисты свяжутся с вами в '
         'ближайшее время.⟧\n\nС уважением,\nсекретарь\nООО «ПромАвтоматика»\nтел. (8452) 00-11-22\n\n' +
         c.outlook_ru(line=True))
    msg('redirect', 'ru', 'promavtomatika-peredano-v-kommercheskiy', 'секретарь: «письмо передано в коммерческий '
        'отдел, свяжутся», windows-1251 base64', c, ('Приемная ПромАвтоматика', 'secretary@promavtomatika.example.ru'),
        'RE: ' + SVC_SUBJ, text=t, charset='windows-1251', cte='base64', auto_html='p')

    # 6 WhatsApp / Telegram
    c = Ctx('shop', (15, 40), 11, 3, to='zakaz@sladkoezhka.example.ru')
    t = ('⟦Здравствуйте! Мы принимаем заказы в WhatsApp и Telegram по номеру +7 999 000-14-88, напишите туда, '
         'пожалуйста 🙏⟧\n\nСладкоежка\n')
    msg('redirect', 'ru', 'sladkoezhka-whatsapp-telegram', 'отправляет в WhatsApp/Telegram по номеру, эмодзи, '
        'без цитаты', c, ('Сладкоежка', 'zakaz@sladkoezhka.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, cte='base64')

    # 7 VK
    c = Ctx('shop', (10, 35), 180, 3, to='info@vyazanie-tut.example.ru')
    t = ('⟦Анатолий, добрый день. Почту мы смотрим редко, быстрее всего ответим в сообщениях группы ВКонтакте: '
         'vk.com/vyazanie_tut⟧\n\nНаталья\n\n' + c.mailru())
    msg('redirect', 'ru', 'vyazanietut-vk-group', 'отправляет в сообщения группы ВК, одиночное имя', c,
        ('Наталья', 'info@vyazanie-tut.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, cte='8bit')

    # 8 orders only through the site
    c = Ctx('shop', (11, 5), 66, 3, to='support@electromir.example.ru')
    inner = ('<tr><td style="padding:24px;"><p>⟦Уважаемый покупатель!</p><p>Заказы принимаются только через '
             'корзину на сайте electromir.example.ru. Способ получения и сроки вы увидите при оформлении.⟧</p>'
             '<p>С уважением,<br>служба поддержки «Электромир»</p></td></tr>\n'
             '<tr><td style="padding:12px 24px;font-size:11px;color:#999;">Это письмо отправлено в ответ на ваше '
             'обращение.</td></tr>')
    h = hd_html(inner, preheader='Заказы принимаются только через корзину на сайте')
    t = html2plain(h)
    msg('redirect', 'ru', 'electromir-only-via-cart', 'шаблон поддержки с прехедером: «заказы только через '
        'корзину на сайте»; alternative', c, ('Электромир', 'support@electromir.example.ru'), 'Re: ' + SHOP_SUBJ,
        text=t, html=h, cte='quoted-printable')

    # 9 marketplace
    c = Ctx('shop', (16, 15), 45, 3, to='brand@kozha-remeslo.example.ru')
    t = ('⟦Добрый вечер! Продаём только через маркетплейс, вот наш магазин: https://market.example.ru/seller/'
         'kozha-remeslo — там и самовывоз из пунктов, и доставка.⟧\n\nМастерская «Кожа и ремесло»\n\n' +
         c.gmail_ru())
    msg('redirect', 'ru', 'kozharemeslo-marketplace-link', 'продают только через маркетплейс (ссылка), подпись '
        'мастерской', c, ('Кожа и ремесло', 'brand@kozha-remeslo.example.ru'), 'Re: ' + SHOP_SUBJ, text=t,
        cte='quoted-printable')

    # 10 dealer in your city
    c = Ctx('svc', (12, 40), 22 * 60, 5, to='info@termoline.example.ru')
    t = ('⟦Анатолий, здравствуйте!\n\nНапрямую с клиентами в вашем регионе мы не работаем. По подключению и '
         'договору обратитесь, пожалуйста, к нашему официальному партнёру — ООО «ТеплоСервис», тел. +7 (495) '
         '000-70-70, teploservis.example.ru.⟧\n\nС уважением,\nДенис Ахметов\nрегиональный менеджер\n')
    msg('redirect', 'ru', 'termoline-regional-partner', 'отправляет к региональному партнёру (название, телефон, '
        'сайт), без цитаты', c, ('Денис Ахметов', 'd.akhmetov@termoline.example.ru'), 'Re: ' + SVC_SUBJ, text=t,
        cte='quoted-printable')

    # 11 online chat
    c = Ctx('shop', (14, 20), 28, 3, to='mail@igrushki-nsk.example.ru')
    t = ('⟦Здравствуйте, Анатолий!\nЗадайте, пожалуйста, этот вопрос в онлайн-чате на нашем сайте — там '
         'дежурят консультанты, они быстрее помогут.⟧\n\nКоманда «Игрушки-НСК»\n\n' + c.tbird_ru())
    msg('redirect', 'ru', 'igrushkinsk-online-chat', 'отправляет в онлайн-чат сайта, подпись «Команда …»', c,
        ('Игрушки-НСК', 'mail@igrushki-nsk.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, cte='8bit', auto_html='br')

    # 12 personal account
    c = Ctx('svc', (10, 15), 55, 3, to='support@oblachnaya-kassa.example.ru')
    t = ('⟦Анатолий, добрый день!\n\nОбращения по подключению мы принимаем только через личный кабинет: '
         'lk.oblachnaya-kassa.example.ru → «Поддержка» → «Новое обращение». Там же есть калькулятор тарифа.⟧\n\n'
         'С уважением, Облачная касса\n\n-------- Исходное сообщение --------\nОт: %s <%s>\nДата: 07.12.2026 '
         '10:15\nТема: %s\n\n%s' % (PNAME, PADDR, SVC_SUBJ, c.body))
    msg('redirect', 'ru', 'oblkassa-lichny-kabinet', 'отправляет в личный кабинет (стрелки →), «Исходное '
        'сообщение» с Дата:/Тема:', c, ('Облачная касса', 'support@oblachnaya-kassa.example.ru'),
        'Re: ' + SVC_SUBJ, text=t, cte='quoted-printable')

    # 13 only a phone number
    c = Ctx('shop', (13, 55), 3, 3, to='zakaz@shinservice.example.ru')
    t = '⟦8 800 000-00-31⟧\n\n' + c.mailru()
    msg('redirect', 'ru', 'shinservice-only-phone', 'ответ — только номер телефона', c,
        ('Шинсервис', 'zakaz@shinservice.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, cte='base64')

    # 14 link to the tariffs section
    c = Ctx('svc', (15, 30), 150, 3, to='info@tsifrovoy-ofis.example.ru')
    h = ('<div>⟦Добрый день!<br>Все тарифы — в разделе <a href="https://tsifrovoy-ofis.example.ru/tarify">'
         'https://tsifrovoy-ofis.example.ru/tarify</a>⟧<br><br>-- <br>Цифровой офис</div><br>' + c.yandex_html())
    t = ('⟦Добрый день!\nВсе тарифы — в разделе https://tsifrovoy-ofis.example.ru/tarify⟧\n\n-- \nЦифровой офис'
         '\n\n' + c.yandex_ru())
    msg('redirect', 'ru', 'tsifrovoyofis-tariffs-link-only', 'только ссылка на раздел тарифов, без договора и '
        'сроков; alternative', c, ('Цифровой офис', 'info@tsifrovoy-ofis.example.ru'), 'Re: ' + SVC_SUBJ,
        text=t, html=h, cte='base64')

    # 15 demo booking button
    c = Ctx('svc', (11, 40), 30, 3, to='sales@analitika-pro.example.ru')
    inner = ('<tr><td style="padding:28px;"><p>⟦Анатолий, здравствуйте!</p><p>Подберём тариф на онлайн-'
             'демонстрации: за 30 минут покажем систему и посчитаем стоимость под ваши задачи. Выберите удобное '
             'время:</p>' + button('Записаться на демо', 'https://analitika-pro.example.ru/demo', '#00a86b') +
             '⟧<p style="margin-top:20px">С уважением,<br>Ольга Минаева<br>менеджер по продажам «Аналитика '
             'Про»</p></td></tr>')
    h = hd_html(inner, preheader='Подберём тариф на онлайн-демонстрации', bg='#eef2f5')
    msg('redirect', 'ru', 'analitikapro-demo-button', 'HTML only: «запишитесь на демо» с кнопкой внутри ответа, '
        'скрытый прехедер', c, ('Ольга Минаева', 'o.minaeva@analitika-pro.example.ru'), 'Re: ' + SVC_SUBJ,
        html=h, cte='quoted-printable')

    # 16 Usedesk-like agent redirect with chrome
    c = Ctx('svc', (16, 10), 16 * 60 + 40, 3, to='help@servisdesk.example.ru')
    t = ('— Напишите ответ выше этой линии —\n\n⟦Анатолий, добрый день!\n\nМы служба технической поддержки и не '
         'консультируем по тарифам. С вопросами подключения, пожалуйста, в отдел продаж: sales@servisdesk.'
         'example.ru или +7 (812) 000-34-34.⟧\n\nСпасибо за обращение!\nОператор Игорь\n\nОбращение #104552\n')
    msg('redirect', 'ru', 'servisdesk-support-not-sales', 'helpdesk-маркер «напишите ответ выше этой линии», '
        'техподдержка отправляет в отдел продаж, «Спасибо за обращение!» как прощание', c,
        ('Сервисдеск поддержка', 'help@servisdesk.example.ru'), 'Re: ' + SVC_SUBJ + ' #104552', text=t,
        cte='quoted-printable', reply=False)

    # 17 come to the shop
    c = Ctx('shop', (12, 50), 95, 3, to='shop@rybolov-club.example.ru')
    t = ('⟦Приветствую! Приходите к нам в магазин на Речной, 7 — на месте всё покажем и подберём, по почте '
         'такие вопросы не решаем.⟧\n\nРыболов-клуб\n\nОтправлено с Android\n')
    msg('redirect', 'ru', 'rybolov-prihodite-v-magazin', 'зовёт прийти в магазин, «по почте не решаем», '
        '«Отправлено с Android»', c, ('Рыболов-клуб', 'shop@rybolov-club.example.ru'), 'Re: ' + SHOP_SUBJ, text=t,
        cte='8bit')

    # 18 koi8-r: no orders by e-mail, call
    c = Ctx('shop', (14, 5), 240, 3, to='sklad@metizy-opt.example.ru')
    t = ('⟦Добрый день.\nПо электронной почте заказы не принимаем. Звоните в отдел продаж: (8362) 00-45-67, '
         'с 8 до 17.⟧\n\n--\nООО "Метизы-Опт"\n')
    msg('redirect', 'ru', 'metizyopt-koi8-zvonite', 'koi8-r: «по почте заказы не принимаем, звоните», часы '
        'отдела продаж «с 8 до 17» — всё равно redirect', c, ('Метизы-Опт', 'sklad@metizy-opt.example.ru'),
        'Re: ' + SHOP_SUBJ, text=t, charset='koi8-r', cte='8bit')


# ===================================================================================================
# ack (no vendor headers)

def ack_en():
    # 1 Help Scout-like
    c = Ctx('svc', (10, 12), 0, 0, to='hello@quillworth.example')
    inner = ('<tr><td style="padding:28px 32px;"><p>Hi there,</p><p>We\'ve got your email and someone from the '
             'Quillworth team will get back to you within one business day.</p><p>In the meantime, you may find '
             'what you need in our <a href="https://help.quillworth.example">Help Center</a>.</p><p>— The '
             'Quillworth team</p></td></tr>')
    h = hd_html(inner, bg='#ffffff')
    msg('ack', 'en', 'quillworth-weve-got-your-email', '"We\'ve got your email", Help Center link, no ticket '
        'number, subject unchanged "Re:", alternative; no vendor headers', c,
        ('Quillworth', 'hello@quillworth.example'), 'Re: ' + SVC_SUBJ, text=html2plain(h), html=h,
        hdrs=[('Auto-Submitted', 'auto-replied')])

    # 2 case logged, Salesforce-style ref
    c = Ctx('svc', (11, 3), 1, -8, to='sales@cobaltline.example')
    t = ('Dear %s,\n\nYour case has been logged with Cobaltline Customer Support under number 00048213.\n\nOne of '
         'our specialists will review it and respond by e-mail. Please quote the case number in any further '
         'correspondence.\n\nCobaltline Customer Support\n\nref:_00D5e0000A1b2._5005e00000C3d4E:ref\n' % PNAME)
    msg('ack', 'en', 'cobaltline-case-logged', '"Your case has been logged" with case number and thread ref token, '
        'text + <br> HTML alternative, no auto headers', c, ('Cobaltline Customer Support', 'noreply@cobaltline.example'),
        'Case 00048213: ' + SVC_SUBJ + ' [ ref:_00D5e0000A1b2._5005e00000C3d4E:ref ]', text=t, cte='quoted-printable',
        reply=False, auto_html='br')

    # 3 Intercom-like "be with you shortly"
    c = Ctx('shop', (12, 2), 0, 3, to='hi@gadgetgrove.example')
    inner = ('<tr><td style="padding:22px 26px;"><div style="font-size:13px;color:#737376;">Gadget Grove bot</div>'
             '<p>Thanks for getting in touch! 🙌</p><p>A member of our team will be with you shortly. You\'ll get '
             'our replies here and by email at ' + PADDR + '.</p><p style="color:#737376;font-size:13px;">Usually '
             'replies in a few hours</p></td></tr>')
    h = hd_html(inner, preheader='A member of our team will be with you shortly')
    msg('ack', 'en', 'gadgetgrove-be-with-you-shortly', 'Intercom-style bot message "A member of our team will be '
        'with you shortly", typical reply time, HTML only with preheader, no vendor headers', c,
        ('Gadget Grove', 'hi@gadgetgrove.example'), 'Re: ' + SHOP_SUBJ, html=h, cte='quoted-printable')

    # 4 osTicket-like automatic confirmation
    c = Ctx('shop', (13, 21), 1, 3, to='support@harlowpets.example')
    t = ('%s,\n\nThis is an automatic confirmation that we have received your message. It has been assigned '
         'ticket #448812 and a member of staff will follow up as soon as possible.\n\nTo check on progress, visit '
         'https://support.harlowpets.example/view.php and log in with your e-mail address and the ticket number. '
         'Please do not open another ticket for the same question.\n\nHarlow Pets Support Centre\n' % PNAME)
    msg('ack', 'en', 'harlowpets-automatic-confirmation', 'osTicket-like "This is an automatic confirmation", '
        'subject "Support Ticket Opened [#N]", Auto-Submitted', c, ('Harlow Pets Support', 'support@harlowpets.example'),
        'Support Ticket Opened [#448812]', text=t, cte='8bit', reply=False,
        hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')])

    # 5 Jira SM-like "Request is now open"
    c = Ctx('svc', (14, 2), 0, 3, to='help@copperfield-hr.example')
    inner = ('<tr><td style="padding:24px 30px;"><p style="font-size:18px;">Request <b>CHR-4410</b> is now open'
             '</p><p>We\'ve received your request "' + esc(SVC_SUBJ) + '" and our team will look at it soon. You '
             'don\'t need to do anything right now; we\'ll email you when there\'s an update.</p>' +
             button('View request', 'https://help.copperfield-hr.example/portal/2/CHR-4410', '#0052cc') +
             '</td></tr><tr><td style="padding:14px 30px;font-size:12px;color:#6b778c;">You\'re receiving this '
             'because you raised a request in the Copperfield HR help centre.</td></tr>')
    h = hd_html(inner, bg='#f4f5f7')
    msg('ack', 'en', 'copperfield-request-is-now-open', '"Request CHR-4410 is now open" (Jira SM wording style, '
        'without X-JIRA headers), button, alternative', c, ('Copperfield HR Help', 'help@copperfield-hr.example'),
        'CHR-4410 ' + SVC_SUBJ, text=html2plain(h), html=h, reply=False, hdrs=[('Auto-Submitted', 'auto-generated')])

    # 6 Freshdesk-like subject, no vendor ids
    c = Ctx('shop', (15, 9), 0, 3, to='care@velvetroad.example')
    h = ('<div style="font-family:Arial;font-size:14px;">Hello %s,<br><br>Thanks — your request reached us and '
         'ticket #31877 has been created for it. One of our support people will read it and write back '
         'personally, normally within 24 hours.<br><br>Need to add something? Just reply to this email and it '
         'will be attached to the ticket.<br><br>Velvet Road Customer Care</div>\n' % esc(PNAME))
    msg('ack', 'en', 'velvetroad-ticket-received-bracket', 'subject "Ticket Received - [#31877] …" without '
        'freshdesk ids, HTML only', c, ('Velvet Road Customer Care', 'care@velvetroad.example'),
        'Ticket Received - [#31877] ' + SHOP_SUBJ, html=h, cte='base64', reply=False)

    # 7 OTRS-like
    c = Ctx('svc', (10, 46), 0, 1, to='service@brenner-maschinen.example')
    t = ('Dear customer,\n\nyour message has been received. Your ticket number is 2026120710000214 - please keep '
         'it in the subject line of any further e-mail.\n\nWe will take care of your request promptly.\n\nYour '
         'Brenner Service Team\n')
    msg('ack', 'en', 'brenner-otrs-ticket-number', 'OTRS-like "[Ticket#2026120710000214]" subject, '
        'plain us-ascii, X-Loop header only', c, ('Brenner Service', 'service@brenner-maschinen.example'),
        '[Ticket#2026120710000214] ' + SVC_SUBJ, text=t, charset='us-ascii', cte='7bit',
        hdrs=[('X-Loop', 'service@brenner-maschinen.example')])

    # 8 Zendesk-like without vendor headers, quoting the question
    c = Ctx('shop', (11, 27), 0, 3, to='support@kestreloutdoor.example')
    inner = ('<tr><td style="padding:24px 28px;"><p>Your request (58904) has been received and is being reviewed '
             'by our support staff.</p><p>Anything to add? Reply to this email and it goes straight into your request.</p>'
             '</td></tr>\n'
             '<tr><td style="padding:0 28px 24px;"><div style="border-left:3px solid #ddd;padding-left:12px;'
             'color:#555;"><b>' + PNAME + '</b><br>' + c.hbody() + '</div></td></tr>')
    h = hd_html(inner, footer='<p style="font-size:11px;color:#999;font-family:Arial;">Kestrel Outdoor · '
                              'Customer Support</p>')
    msg('ack', 'en', 'kestrel-request-received-reviewed', 'Zendesk wording "Your request (N) has been received" '
        'WITHOUT vendor headers, quotes the question, alternative', c, ('Kestrel Outdoor', 'support@kestreloutdoor.example'),
        '[Kestrel Outdoor] Re: ' + SHOP_SUBJ, text=html2plain(h), html=h)

    # 9 HubSpot-like with hours and phone
    c = Ctx('svc', (13, 52), 0, -5, to='info@meridianpayroll.example')
    inner = ('<tr><td style="padding:30px;"><h2 style="margin:0 0 12px;font-size:20px;">We\'ve received your '
             'message</h2><p>Hi Anatoly, thanks for contacting Meridian Payroll. Your ticket ID is <b>1875533</b>.'
             '</p><p>Our team works Monday to Friday, 8 am – 6 pm Eastern. If it\'s urgent, you can reach us on '
             '+1 555 0199.</p><p>Talk soon,<br>Meridian Payroll Support</p></td></tr>')
    h = hd_html(inner, preheader='Ticket 1875533 — we\'ll be in touch soon')
    msg('ack', 'en', 'meridian-received-ticket-id-hours', 'receipt with ticket ID, working hours and a phone '
        '(still an ack), preheader, alternative', c, ('Meridian Payroll Support', 'support@meridianpayroll.example'),
        'We\'ve received your message [#1875533]', text=html2plain(h), html=h, reply=False,
        hdrs=[('Precedence', 'bulk'), ('Auto-Submitted', 'auto-generated')])

    # 10 Zoho Desk-like
    c = Ctx('svc', (16, 33), 0, 5, to='support@tanglewood-soft.example')
    t = ('Dear ' + PNAME + ',\n\nThank you for writing to us. This is an automated response confirming the '
         'receipt of your ticket. Our team will get back to you shortly.\n\nFor your reference, the ticket ID '
         'is 220457. Please keep "[## 220457 ##]" in the subject when replying.\n\nRegards,\nTanglewood Software '
         'Support\n')
    msg('ack', 'en', 'tanglewood-zoho-automated-response', 'Zoho Desk-like "[## 220457 ##]" subject tag, '
        '"This is an automated response", Regards', c, ('Tanglewood Support', 'support@tanglewood-soft.example'),
        '[## 220457 ##] ' + SVC_SUBJ, text=t, cte='quoted-printable', reply=False, auto_html='p')

    # 11 Front-like with hours, plain, no auto headers
    c = Ctx('shop', (10, 8), 0, 1, to='orders@pinecrest-prints.example')
    t = ('Thanks for contacting Pinecrest Prints!\n\nWe got your message and one of us will reply within 2 business '
         'hours. Our hours are Mon–Fri, 9:00–18:00 CET.\n\n---\nPinecrest Prints · pinecrest-prints.example\n')
    msg('ack', 'en', 'pinecrest-thanks-within-2h', 'short receipt with reply promise and hours, no number, no '
        'auto headers at all', c, ('Pinecrest Prints', 'orders@pinecrest-prints.example'), 'Re: ' + SHOP_SUBJ,
        text=t, cte='quoted-printable')

    # 12 Gorgias-like with FAQ buttons
    c = Ctx('shop', (14, 44), 0, 3, to='hello@fable-and-fig.example')
    inner = ('<tr><td style="padding:30px 32px 10px;"><h1 style="font-size:22px;margin:0;">We received your '
             'message 💌</h1><p>Our team usually replies within 24h on business days. Meanwhile, these might '
             'help:</p></td></tr>\n<tr><td style="padding:0 32px 10px;">' +
             button('Shipping & pickup FAQ', 'https://fable-and-fig.example/faq/shipping', '#2d2d2d') +
             '</td></tr>\n<tr><td style="padding:0 32px 10px;">' +
             button('Track my order', 'https://fable-and-fig.example/track', '#2d2d2d') + '</td></tr>\n'
             '<tr><td style="padding:0 32px 28px;">' + button('Returns', 'https://fable-and-fig.example/returns',
                                                            '#2d2d2d') + '</td></tr>\n'
             '<tr><td style="padding:16px 32px;font-size:12px;color:#999;">Fable &amp; Fig · Please do not '
             'change the subject line so we can find your conversation.</td></tr>')
    h = hd_html(inner, preheader='Our team usually replies within 24h on business days')
    msg('ack', 'en', 'fablefig-received-faq-buttons', 'marketing-grade HTML receipt with three FAQ buttons, emoji '
        'heading, preheader; alternative base64', c, ('Fable & Fig', 'hello@fable-and-fig.example'),
        'We received your message — ' + SHOP_SUBJ, text=html2plain(h), html=h, cte='base64', reply=False)

    # 13 Kayako-like
    c = Ctx('svc', (12, 18), 0, 0, to='sales@marketlyft.example')
    t = ('Hello,\n\nYour ticket has been created and our team has been notified.\n\nTicket ID: MKT-418-22613\n'
         'Subject: %s\nDepartment: Sales\nPriority: Normal\nStatus: Open\n\nYou can check the status of your '
         'ticket or reply to it online at https://marketlyft.example/support/\n\nMarketlyft Support\n' % SVC_SUBJ)
    msg('ack', 'en', 'marketlyft-ticket-created-fields', 'Kayako-like "[#MKT-418-22613]:" subject, key: value '
        'ticket fields, X-Autoreply', c, ('Marketlyft Support', 'support@marketlyft.example'),
        '[#MKT-418-22613]: ' + SVC_SUBJ, text=t, cte='quoted-printable', reply=False,
        hdrs=[('X-Autoreply', 'yes')])

    # 14 home-made, copy of the question
    c = Ctx('shop', (15, 55), 0, 3, to='shop@larkspur-garden.example')
    t = ('Request #9912 received\n\nHello,\n\nthis is to let you know that your e-mail arrived safely and is '
         'waiting in our queue. Here is a copy of what you sent:\n\n  ' +
         '\n  '.join(c.lines()) + '\n\nWe answer requests in the order they come in.\n\n-- \nLarkspur Garden Centre'
         ' (automated message)\n')
    msg('ack', 'en', 'larkspur-copy-of-what-you-sent', 'home-made receipt quoting the question indented, '
        '"(automated message)" in signature, Precedence: junk', c, ('Larkspur Garden Centre', 'shop@larkspur-garden.example'),
        'Request #9912 received: ' + SHOP_SUBJ, text=t, cte='8bit', hdrs=[('Precedence', 'junk')])

    # 15 home-made short with phone
    c = Ctx('svc', (11, 58), 0, -5, to='contact@harbinger-legal.example')
    t = ('AUTO-CONFIRMATION\n\nWe have your message (ref. RX-55102). For urgent matters call +1 555 0177, '
         'Mon-Fri 8am-4pm ET.\n\nHarbinger Legal Services\n')
    msg('ack', 'en', 'harbinger-auto-confirmation-ref', 'two-line uppercase "AUTO-CONFIRMATION" with reference '
        'and phone, us-ascii, Auto-Submitted', c, ('Harbinger Legal', 'contact@harbinger-legal.example'),
        'Auto-confirmation (ref. RX-55102)', text=t, charset='us-ascii', cte='7bit',
        hdrs=[('Auto-Submitted', 'auto-replied')])


def ack_ru():
    # 1 Usedesk-like
    c = Ctx('shop', (10, 33), 0, 3, to='hello@dom-chaya.example.ru')
    inner = ('<tr><td style="padding:26px 30px;"><p>Здравствуйте!</p><p>Мы получили ваше обращение и уже передали '
             'его специалисту. Ответим в течение рабочего дня.</p><p style="color:#888;">Номер обращения: 129934'
             '</p><p>Команда «Дом чая»</p></td></tr>')
    h = hd_html(inner, preheader='Мы получили ваше обращение')
    msg('ack', 'ru', 'domchaya-obrashchenie-prinyato', 'тема «Ваше обращение №129934 принято», HTML с прехедером, '
        'alternative base64, без заголовков вендора', c, ('Дом чая', 'hello@dom-chaya.example.ru'),
        'Ваше обращение №129934 принято', text=html2plain(h), html=h, cte='base64', reply=False,
        hdrs=[('Auto-Submitted', 'auto-replied')])

    # 2 Omnidesk-like
    c = Ctx('svc', (11, 14), 0, 3, to='support@buhonline24.example.ru')
    t = ('Здравствуйте!\n\nВаш запрос зарегистрирован под номером 50211. Специалист ответит вам в ближайшее время.'
         '\n\nПожалуйста, при ответе не меняйте тему письма — так переписка сохранится в одном обращении.\n\n'
         'Служба поддержки «Бухонлайн 24»\n')
    msg('ack', 'ru', 'buhonline24-zapros-zaregistrirovan', '«Ваш запрос зарегистрирован под номером», тема '
        '«[#50211] …», alternative, без авто-заголовков', c, ('Бухонлайн 24', 'support@buhonline24.example.ru'),
        '[#50211] ' + SVC_SUBJ, text=t, cte='quoted-printable', auto_html='div')

    # 3 Okdesk-like with button
    c = Ctx('svc', (12, 8), 0, 5, to='service@kompserv-ekb.example.ru')
    inner = ('<tr><td style="padding:24px 28px;"><h2 style="margin:0;font-size:19px;">Заявка №4521 принята</h2>'
             '<p>Тема: ' + esc(SVC_SUBJ) + '<br>Приоритет: обычный<br>Плановое время реакции: 4 часа</p>' +
             button('Посмотреть заявку', 'https://kompserv-ekb.example.ru/issues/4521', '#ff7a00') +
             '<p style="font-size:12px;color:#999;margin-top:18px;">Уведомление сформировано автоматически, '
             'отвечать на него не нужно.</p></td></tr>')
    h = hd_html(inner)
    msg('ack', 'ru', 'kompserv-zayavka-4521-prinyata', '«Заявка №4521 принята», поля заявки, кнопка, '
        '«сформировано автоматически»; HTML only', c, ('КомпСервис', 'noreply@kompserv-ekb.example.ru'),
        'Заявка №4521 принята', html=h, cte='quoted-printable', reply=False)

    # 4 HelpDeskEddy-like
    c = Ctx('shop', (13, 36), 1, 3, to='help@sportmarket-spb.example.ru')
    t = ('Благодарим за обращение!\n\nЗаявке присвоен номер #30188. Ответ придёт на этот адрес, как только '
         'оператор его подготовит.\n\nЧтобы дополнить заявку, ответьте на это письмо.\n\n---\nСпортмаркет СПб\n')
    msg('ack', 'ru', 'sportmarket-zayavka-prisvoen-nomer', '«Заявке присвоен номер», тема «Заявка #30188 '
        'создана», Precedence: bulk', c, ('Спортмаркет СПб', 'help@sportmarket-spb.example.ru'),
        'Заявка #30188 создана', text=t, cte='base64', reply=False, hdrs=[('Precedence', 'bulk')])

    # 5 Bitrix24-like with hours
    c = Ctx('shop', (14, 27), 0, 3, to='info@santehbaza.example.ru')
    h = ('<div style="font-family:Tahoma;font-size:13px;">Здравствуйте, ' + esc(PNAME) + '!<br /><br />Ваше '
         'сообщение получено и передано ответственному сотруднику. Ответ будет отправлен в течение 2 часов в '
         'рабочее время (пн-пт с 9:00 до 18:00).<br /><br />Это автоматическое уведомление.<br /><br />'
         'С уважением,<br />СантехБаза</div>\n')
    msg('ack', 'ru', 'santehbaza-peredano-otvetstvennomu', 'CRM-уведомление с рабочими часами «с 9:00 до 18:00» '
        '(всё равно ack), HTML only, XHTML <br />', c, ('СантехБаза', 'info@santehbaza.example.ru'),
        'Ваше обращение принято', html=h, cte='base64', reply=False, hdrs=[('Auto-Submitted', 'auto-generated')])

    # 6 amoCRM-like form
    c = Ctx('svc', (15, 2), 0, 3, form=True)
    t = ('Спасибо, Анатолий!\n\nЗаявка №884120 с сайта передана менеджеру. Обычно мы отвечаем в течение часа в '
         'рабочее время.\n\nЭто письмо отправлено автоматически.\n')
    msg('ack', 'ru', 'tochkaopta-form-zayavka-peredana', 'ответ на форму, плюс-адрес, «заявка передана '
        'менеджеру», без In-Reply-To', c, ('ТочкаОпта', 'robot@tochka-opta.example.ru'),
        'Заявка №884120 принята', text=t, cte='8bit', to='anatoly+t0chk4@shopper.example')

    # 7 koi8-r home-made CRM
    c = Ctx('svc', (10, 52), 2, 3, to='kanc@zavod-polimer.example.ru')
    t = ('Автоматическое уведомление.\n\nВаше письмо получено и зарегистрировано в системе документооборота под '
         'номером 2026-12-07-0457. Письмо направлено на рассмотрение в профильное подразделение.\n\nНе отвечайте '
         'на это сообщение.\n')
    msg('ack', 'ru', 'zavodpolimer-koi8-sed-registered', 'koi8-r, система документооборота завода: «зарегистрировано '
        'под номером», X-Autorespond', c, ('Канцелярия', 'sed@zavod-polimer.example.ru'),
        'Уведомление о регистрации: ' + SVC_SUBJ, text=t, charset='koi8-r', cte='8bit',
        hdrs=[('X-Autorespond', 'yes')])

    # 8 windows-1251 quoting the question
    c = Ctx('shop', (11, 39), 0, 3, to='zakaz@knigoman.example.ru')
    t = ('Здравствуйте!\n\nВаше письмо получено, ему присвоен номер 1207-118. Ответ подготовит менеджер в '
         'порядке очереди.\n\nКопия вашего обращения:\n--------------------------------\n' + c.body +
         '--------------------------------\n\nКнигоман\n')
    msg('ack', 'ru', 'knigoman-1251-kopiya-obrashcheniya', 'windows-1251 QP, квитанция с копией вопроса '
        'между чертами', c, ('Книгоман', 'zakaz@knigoman.example.ru'), 'Re: ' + SHOP_SUBJ + ' [1207-118]', text=t,
        charset='windows-1251', cte='quoted-printable', hdrs=[('Auto-Submitted', 'auto-replied')])

    # 9 Jira SM in Russian
    c = Ctx('svc', (13, 5), 0, 3, to='sd@it-vektor.example.ru')
    inner = ('<tr><td style="padding:24px 30px;"><p style="font-size:18px;">Запрос <b>SUP-1187</b> открыт</p>'
             '<p>Мы получили ваш запрос «' + esc(SVC_SUBJ) + '». Сотрудник службы поддержки скоро возьмёт его в '
             'работу; ответ придёт письмом.</p>' + button('Перейти к запросу', 'https://sd.it-vektor.example.ru/'
                                                           'portal/1/SUP-1187', '#0052cc') + '</td></tr>')
    h = hd_html(inner)
    msg('ack', 'ru', 'itvektor-zapros-sup-1187-otkryt', 'Jira SM-стиль по-русски «Запрос SUP-1187 открыт» без '
        'X-JIRA, alternative', c, ('ИТ-Вектор поддержка', 'sd@it-vektor.example.ru'), 'SUP-1187 ' + SVC_SUBJ,
        text=html2plain(h), html=h, reply=False)

    # 10 Zendesk wording in Russian, no vendor headers
    c = Ctx('shop', (16, 1), 0, 3, to='support@mir-kofe.example.ru')
    t = ('Ваш запрос (77412) получен и рассматривается нашей службой поддержки.\n\nЧтобы добавить комментарии, '
         'просто ответьте на это письмо.\n\n' + '-' * 32 + '\n\n' + PNAME + '\n\n' + c.body +
         '\n' + '-' * 32 + '\nЭто письмо отправлено службой поддержки «Мир кофе».\n')
    msg('ack', 'ru', 'mirkofe-zapros-poluchen-rassmatrivaetsya', 'формулировка Zendesk по-русски, копия вопроса, '
        'без заголовков вендора, тема «[Мир кофе] Re: …»', c, ('Мир кофе', 'support@mir-kofe.example.ru'),
        '[Мир кофе] Re: ' + SHOP_SUBJ, text=t, cte='quoted-printable', auto_html='br')

    # 11 Freshdesk wording in Russian
    c = Ctx('svc', (12, 47), 0, 3, to='help@arendator.example.ru')
    h = ('<div style="font-family:Arial,sans-serif;font-size:14px;">Здравствуйте, Анатолий!<br><br>Сообщаем, что '
         'ваш запрос получен и по нему создана заявка #6641. Сотрудник поддержки рассмотрит её и ответит лично, '
         'обычно в течение суток.<br><br>С уважением,<br>поддержка «Арендатор»</div>\n')
    msg('ack', 'ru', 'arendator-zayavka-poluchena-6641', 'тема «Заявка получена - [#6641] …» (как Freshdesk, '
        'без его идентификаторов), HTML only', c, ('Арендатор — поддержка', 'help@arendator.example.ru'),
        'Заявка получена - [#6641] ' + SVC_SUBJ, html=h, cte='base64', reply=False)

    # 12 form probe: message from the site sent
    c = Ctx('shop', (14, 58), 0, 3, form=True)
    t = ('Спасибо! Ваше сообщение с сайта принято.\n\nОтвет придёт на anatoly+v3dr0@shopper.example. Если '
         'вопрос срочный — продублируйте его в чате на сайте.\n\n--\nИнтернет-магазин «Ведро и лейка»\n'
         '(письмо сформировано автоматически)\n')
    msg('ack', 'ru', 'vedroileika-form-soobshchenie-prinyato', 'подтверждение формы на плюс-адрес, без номера, '
        'упоминает чат — всё равно ack', c, ('Ведро и лейка', 'no-reply@vedro-leika.example.ru'),
        'Ваше сообщение с сайта принято', text=t, cte='quoted-printable', to='anatoly+v3dr0@shopper.example')

    # 13 ticket opened, FAQ links, preheader
    c = Ctx('shop', (12, 16), 0, 3, to='care@detskiy-ostrov.example.ru')
    inner = ('<tr><td style="padding:28px;"><h1 style="font-size:21px;margin:0 0 10px;">Тикет #T-2291 открыт</h1>'
             '<p>Спасибо, что написали! Мы ответим в течение 3 часов (ежедневно с 9 до 21).</p><p>Пока ждёте — '
             'возможно, ответ уже есть здесь:</p><ul><li><a href="https://detskiy-ostrov.example.ru/faq/samovyvoz">'
             'Самовывоз и пункты выдачи</a></li><li><a href="https://detskiy-ostrov.example.ru/faq/dostavka">'
             'Доставка</a></li><li><a href="https://detskiy-ostrov.example.ru/faq/oplata">Оплата</a></li></ul>'
             '</td></tr>')
    h = hd_html(inner, preheader='Мы ответим в течение 3 часов')
    msg('ack', 'ru', 'detskiyostrov-tiket-otkryt-faq', '«Тикет #T-2291 открыт», часы поддержки «с 9 до 21», '
        'список ссылок FAQ, прехедер; alternative', c, ('Детский остров', 'care@detskiy-ostrov.example.ru'),
        'Тикет #T-2291 открыт', text=html2plain(h), html=h, cte='quoted-printable', reply=False,
        hdrs=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')])

    # 14 "(Заявка 7781)" with urgent phone
    c = Ctx('svc', (15, 44), 1, 3, to='office@ohrana-plus.example.ru')
    t = ('Добрый день!\n\nОбращение зарегистрировано. Ответ подготовит менеджер отдела продаж.\n\nДля срочных '
         'вопросов — 8 800 000-12-01 (круглосуточно).\n\nЧОП «Охрана Плюс»\n')
    msg('ack', 'ru', 'ohranaplus-zayavka-v-skobkah', 'тема «Re: … (Заявка 7781)», «Обращение зарегистрировано», '
        'телефон «круглосуточно» в квитанции', c, ('Охрана Плюс', 'office@ohrana-plus.example.ru'),
        'Re: ' + SVC_SUBJ + ' (Заявка 7781)', text=t, cte='8bit', auto_html='div')

    # 15 1C-like registry number
    c = Ctx('svc', (16, 20), 3, 3, to='info@agrotorg.example.ru')
    t = ('Ваш запрос зарегистрирован.\nРегистрационный номер: ВХ-0457/26\nДата регистрации: 07.12.2026\n\n'
         'Сообщение сформировано автоматически.\n')
    msg('ack', 'ru', 'agrotorg-registratsionny-nomer', 'короткая квитанция с входящим номером и датой, без '
        'приветствия, windows-1251 8bit', c, ('АгроТорг', 'robot@agrotorg.example.ru'),
        'Регистрация входящего: ' + SVC_SUBJ, text=t, charset='windows-1251', cte='8bit', subj_enc='Q')


# ===================================================================================================
# autoreply

EXCH = lambda: [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                ('X-MS-Exchange-Inbox-Rules-Loop', 'x'), ('X-MS-Exchange-Organization-AutoResponse', 'true')]


def autoreply_en():
    # 1 Exchange OOF, HTML
    c = Ctx('svc', (10, 40), 0, 0, to='r.patel@ashdownconsulting.example')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
         'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div style="'
         'font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0);">Thank you for your '
         'email. I am out of the office until Monday 14 December with limited access to email.<br><br>For urgent '
         'matters please contact my colleague James Ward at j.ward@ashdownconsulting.example.<br><br>Kind regards,'
         '<br>Rahul Patel</div></body></html>\n')
    msg('autoreply', 'en', 'ashdown-exchange-oof-html', 'Exchange/O365 OOF, HTML only, "Automatic reply:" '
        'subject, Exchange headers, names a colleague', c, ('Rahul Patel', 'r.patel@ashdownconsulting.example'),
        'Automatic reply: ' + SVC_SUBJ, html=h, order='outlook', hdrs=EXCH(), reply=True, envelope='')

    # 2 Gmail vacation responder
    c = Ctx('shop', (11, 20), 0, 1, to='hello@marisol-ceramics.example')
    t = ("Hi! I'm on holiday until 4 January, hiking somewhere with no signal 🏔️ I'll read your email when I'm "
         "back. Shop orders placed on the website still ship as usual.\n\nMarisol\n")
    msg('autoreply', 'en', 'marisol-gmail-vacation-hiking', 'Gmail vacation responder (Auto-Submitted: auto-replied),'
        ' emoji, subject kept as "Re:"', c, ('Marisol Ortega', 'hello@marisol-ceramics.example'), 'Re: ' + SHOP_SUBJ,
        text=t, cte='quoted-printable', order='gmail', bstyle='gmail', hdrs=[('Auto-Submitted', 'auto-replied')],
        mid='<CA%s@mail.gmail.com>' % rid(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-'))

    # 3 parental leave
    c = Ctx('svc', (12, 10), 0, 2, to='k.lindgren@saltwave.example')
    t = ('Hello,\n\nI am currently on parental leave and will return in March 2027. For anything to do with '
         'pricing or new contracts, please write to partners@saltwave.example, where my colleagues will pick '
         'it up.\n\nThank you,\nKarin Lindgren\n')
    msg('autoreply', 'en', 'saltwave-parental-leave', 'parental leave until March, points to another address '
        '(an auto-reply, not a person\'s redirect), Precedence: auto_reply only', c,
        ('Karin Lindgren', 'k.lindgren@saltwave.example'), 'Out of Office: ' + SVC_SUBJ, text=t, cte='7bit',
        charset='us-ascii', hdrs=[('Precedence', 'auto_reply')], auto_html='p')

    # 4 conference
    c = Ctx('svc', (13, 30), 0, 0, to='tom@brightlane.example')
    t = ('Thanks for your note! I\'m at the RetailTech Summit in Lisbon through Thursday, so replies will be '
         'slower than usual. Back to normal on Friday.\n\nTom Ellery\nBrightlane\n')
    msg('autoreply', 'en', 'brightlane-conference-lisbon', 'conference/travel responder, no auto headers at all, '
        'subject "Away: …"', c, ('Tom Ellery', 'tom@brightlane.example'), 'Away: ' + SVC_SUBJ, text=t, cte='7bit',
        charset='us-ascii')

    # 5 after-hours (company is in UTC-8)
    c = Ctx('svc', (11, 50), 0, -8, to='support@evergreen-labs.example')
    h = ('<p>Hello,</p><p>Our office is closed right now. Our business hours are 9:00 am – 5:00 pm Pacific Time, '
         'Monday through Friday, and we will reply on the next business day.</p><p>Evergreen Labs</p>\n')
    msg('autoreply', 'en', 'evergreen-after-hours-pacific', 'after-hours responder (00:50 local, company in '
        'UTC-8), hours in the text, HTML fragment only, X-Autoreply', c,
        ('Evergreen Labs', 'support@evergreen-labs.example'), 'Re: ' + SVC_SUBJ, html=h, cte='quoted-printable',
        hdrs=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')])

    # 6 weekend responder (still Sunday evening in Hawaii)
    c = Ctx('shop', (10, 5), 0, -10, to='aloha@koa-surf.example')
    t = ('Aloha! Thanks for your message 🌺 We\'re away for the weekend and back at the shop on Monday at 9. '
         'Talk soon!\n\nKoa Surf Co.\n')
    msg('autoreply', 'en', 'koasurf-weekend-away', 'weekend responder (Sunday 21:05 local, UTC-10), emoji', c,
        ('Koa Surf Co.', 'aloha@koa-surf.example'), 'Re: ' + SHOP_SUBJ, text=t, cte='base64',
        hdrs=[('Auto-Submitted', 'auto-replied')])

    # 7 closure for stocktake
    c = Ctx('shop', (14, 10), 0, 0, to='shop@wrenandwillow.example')
    inner = ('<tr><td style="padding:30px;"><h2 style="margin-top:0">We\'re closed for stocktake</h2><p>Wren &amp; '
             'Willow is closed from 7 to 9 December for our annual stocktake. Orders placed now will be '
             'dispatched from 10 December, and emails will be answered then too.</p><p>Thanks for your '
             'patience!</p></td></tr>')
    h = hd_html(inner, preheader='Closed 7–9 December for stocktake')
    msg('autoreply', 'en', 'wrenwillow-closed-stocktake', 'closure notice (stocktake), marketing HTML with '
        'preheader, alternative', c, ('Wren & Willow', 'shop@wrenandwillow.example'), 'Re: ' + SHOP_SUBJ,
        text=html2plain(h), html=h, hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')])

    # 8 unattended inbox
    c = Ctx('svc', (15, 0), 0, 0, to='noreply@ferrytix.example')
    t = ('This inbox is unattended.\r\nMessages sent to noreply@ferrytix.example are deleted without being read. '
         'To contact us, use the help pages at ferrytix.example/help.\n')
    msg('autoreply', 'en', 'ferrytix-inbox-unattended', '"This inbox is unattended", messages deleted unread; '
        'sender noreply@, us-ascii', c, ('FerryTix', 'noreply@ferrytix.example'), 'Undeliverable to this inbox: '
        + SVC_SUBJ, text=t, charset='us-ascii', cte='7bit', hdrs=[('Auto-Submitted', 'auto-generated')])

    # 9 employee has left
    c = Ctx('svc', (16, 5), 0, 0, to='paul.dyer@graniteway.example')
    t = ('Paul Dyer no longer works at Graniteway. This mailbox is not monitored.\n\nFor sales questions please '
         'contact sales@graniteway.example or call +44 20 7946 0555.\n')
    msg('autoreply', 'en', 'graniteway-employee-left', 'employee has left, contact X (auto-reply), Exchange '
        'headers, alternative', c, ('Paul Dyer', 'paul.dyer@graniteway.example'), 'Automatic reply: ' + SVC_SUBJ,
        text=t, charset='us-ascii', cte='7bit', hdrs=EXCH(), order='outlook', auto_html='p')

    # 10 moved to a new address
    c = Ctx('shop', (10, 25), 0, 1, to='info@bluefinch-store.example')
    t = ('Hello,\n\nplease note that we have moved! Bluefinch is now Finch & Co. and our new address is '
         'hello@finchandco.example. Mail to this address is no longer read - please resend your message '
         'there.\n\nThank you!\n')
    msg('autoreply', 'en', 'bluefinch-moved-new-address', 'address changed / rebrand notice, asks to resend, '
        'no auto headers, X-Mailer of a hosting panel', c, ('Bluefinch', 'info@bluefinch-store.example'),
        'Our e-mail address has changed', text=t, charset='us-ascii', cte='7bit',
        hdrs=[('X-Mailer', 'cPanel autoresponder')])

    # 11 bot: agents offline
    c = Ctx('shop', (16, 50), 0, -5, to='help@trailmix-outfitters.example')
    inner = ('<tr><td style="padding:24px;"><div style="font-size:13px;color:#888;">Trailmix Bot</div><p>Our '
             'agents are offline right now 😴 We\'re around Monday–Friday, 9am–5pm Eastern. Leave anything else '
             'you\'d like to add by replying to this email.</p></td></tr>')
    h = hd_html(inner)
    msg('autoreply', 'en', 'trailmix-agents-offline-bot', 'chat bot "agents are offline" with hours, HTML only',
        c, ('Trailmix Outfitters', 'help@trailmix-outfitters.example'), 'Re: ' + SHOP_SUBJ, html=h,
        cte='quoted-printable', hdrs=[('Auto-Submitted', 'auto-generated')])

    # 12 challenge-response
    c = Ctx('svc', (11, 11), 0, -5, to='dwight@carver-accounting.example')
    t = ('Hi,\n\nYou are receiving this message because %s is protected by MailSentry. Your e-mail to '
         'dwight@carver-accounting.example is being held until you confirm that you are a person and not an '
         'automated sender.\n\nTo release it, open the link below within 72 hours:\n'
         'https://verify.mailsentry.example/c/%s\n\nYou only need to do this once.\n\n-- MailSentry '
         'challenge-response\n' % ('dwight@carver-accounting.example', rid(32)))
    msg('autoreply', 'en', 'carver-challenge-response-mailsentry', 'challenge-response: message held until the '
        'sender clicks a link, third-party sender address', c, ('MailSentry for Dwight Carver',
                                                                'verify@mailsentry.example'),
        'Please verify your message: ' + SVC_SUBJ, text=t, charset='us-ascii', cte='7bit',
        hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')])

    # 13 sender verification by reply
    c = Ctx('shop', (13, 15), 0, 2, to='ana@smallbatch-soap.example')
    t = ('I use a sender verification system to keep spam out of my inbox. Please just reply to this message '
         'without changing the subject and your e-mail (and any future ones) will be delivered to me.\n\nAna\n')
    msg('autoreply', 'en', 'smallbatch-reply-to-verify', 'sender verification by reply (whitelist), short, no '
        'link', c, ('Ana Varga', 'ana@smallbatch-soap.example'), '[Verify] Re: ' + SHOP_SUBJ, text=t,
        charset='us-ascii', cte='7bit', hdrs=[('X-Autorespond', 'verify')])

    # 14 sick leave
    c = Ctx('shop', (12, 35), 0, 3, to='nick@thymeandbarrel.example')
    t = ('I\'m off sick today and won\'t be checking emails. Please contact orders@thymeandbarrel.example for '
         'anything order-related.\n\nNick\n\nSent from my Pixel\n')
    msg('autoreply', 'en', 'thymebarrel-off-sick-today', 'sick-day auto-reply with device line and alternative '
        'address', c, ('Nick Harlan', 'nick@thymeandbarrel.example'), 'Auto: ' + SHOP_SUBJ, text=t,
        charset='us-ascii', cte='7bit', hdrs=[('Auto-Submitted', 'auto-replied')])

    # 15 email batching responder
    c = Ctx('svc', (14, 48), 0, 1, to='eva@studio-nord.example')
    t = ('Thanks for your email. To stay focused, I check my inbox twice a day, at 11:00 and at 16:00 CET. I '
         'will get back to you after my next check.\n\nIf it really can\'t wait, please call the studio on '
         '+49 40 0000 1212.\n\nEva Nordmann\nStudio Nord\n')
    msg('autoreply', 'en', 'studionord-checks-twice-a-day', '"I check my inbox twice a day" productivity '
        'responder with hours and phone', c, ('Eva Nordmann', 'eva@studio-nord.example'), 'Re: ' + SVC_SUBJ,
        text=t, charset='us-ascii', cte='7bit', hdrs=[('Auto-Submitted', 'auto-replied')])


    # 16 public-holiday closure (Spain)
    c = Ctx('shop', (10, 35), 0, 1, to='tienda@olivar-delicatessen.example')
    t = ('Hello and thank you for your message.\n\nOur shop and office are closed on Monday 7 and Tuesday 8 '
         'December for the Constitution Day and Immaculate Conception public holidays. We are back on Wednesday '
         '9 December and will answer you then.\n\n¡Felices fiestas!\nOlivar Delicatessen\n')
    msg('autoreply', 'en', 'olivar-closed-public-holidays', 'public-holiday closure (Spanish bank holidays), '
        'iso-8859-1 QP with «¡», Auto-Submitted', c, ('Olivar Delicatessen', 'tienda@olivar-delicatessen.example'),
        'Closed for public holidays / Cerrado por festivo', text=t, charset='iso-8859-1', cte='quoted-printable',
        subj_charset='utf-8',
        hdrs=[('Auto-Submitted', 'auto-replied')], auto_html='p')


def autoreply_ru():
    # 1 vacation, Mail.ru-like
    c = Ctx('shop', (10, 45), 0, 3, to='elena@podarki-ot-leny.example.ru')
    t = ('Здравствуйте! Я в отпуске до 21 декабря. Заказы на сайте принимаются, отправка — после моего '
         'возвращения. Спасибо за понимание!\n\nЕлена\n')
    msg('autoreply', 'ru', 'podarkilena-otpusk-mailru', 'отпуск, тема «Автоответ: …», X-Mailru-Autoreply', c,
        ('Елена', 'elena@podarki-ot-leny.example.ru'), 'Автоответ: ' + SHOP_SUBJ, text=t, cte='base64',
        hdrs=[('X-Mailru-Autoreply', '1'), ('Auto-Submitted', 'auto-replied')], auto_html='div')

    # 2 business trip, Exchange RU HTML
    c = Ctx('svc', (11, 5), 0, 3, to='s.voronin@stankomash.example.ru')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div '
         'style="font-family:Calibri,Arial;font-size:11pt">Добрый день!<br><br>Я нахожусь в командировке с 7 по '
         '11 декабря, доступ к почте ограничен.<br>По срочным вопросам обращайтесь к Никитиной Ольге, '
         'o.nikitina@stankomash.example.ru, +7 (351) 000-11-40.<br><br>С уважением,<br>Сергей Воронин</div>'
         '</body></html>\n')
    msg('autoreply', 'ru', 'stankomash-komandirovka-exchange', 'командировка, Exchange «Автоматический ответ:», '
        'заголовки Exchange, HTML only, называет коллегу и телефон', c,
        ('Воронин Сергей Петрович', 's.voronin@stankomash.example.ru'), 'Автоматический ответ: ' + SVC_SUBJ,
        html=h, cte='base64', hdrs=EXCH(), order='outlook', envelope='')

    # 3 sick leave
    c = Ctx('shop', (13, 40), 0, 3, to='marina@handmade-sumki.example.ru')
    t = 'Добрый день! Я на больничном, вернусь к работе 14.12. Ваше письмо обязательно прочитаю позже.\n'
    msg('autoreply', 'ru', 'sumki-bolnichny', 'больничный, одна строка, без авто-заголовков, тема «Re:»', c,
        ('Марина', 'marina@handmade-sumki.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, cte='8bit')

    # 4 exhibition
    c = Ctx('svc', (12, 20), 0, 3, to='sales@teplitsa-agro.example.ru')
    inner = ('<tr><td style="padding:26px;"><p>Уважаемые партнёры!</p><p>С 7 по 10 декабря вся команда отдела '
             'продаж работает на выставке «АгроЭкспо-2026» (павильон 3, стенд B14). Ответы на письма — после 11 '
             'декабря.</p><p>Будем рады видеть вас на стенде!</p></td></tr>')
    h = hd_html(inner, preheader='Мы на выставке до 10 декабря')
    msg('autoreply', 'ru', 'teplitsa-vystavka-stend', 'выставка, приглашение на стенд, HTML-шаблон с прехедером, '
        'alternative', c, ('Теплица-Агро', 'sales@teplitsa-agro.example.ru'), 'Re: ' + SVC_SUBJ, text=html2plain(h),
        html=h, cte='quoted-printable', hdrs=[('Auto-Submitted', 'auto-replied')])

    # 5 after hours, Vladivostok
    c = Ctx('shop', (16, 35), 0, 10, to='shop@primorye-ryba.example.ru')
    t = ('Здравствуйте!\n\nВаше письмо пришло в нерабочее время. Мы работаем с 9:00 до 18:00 по '
         'владивостокскому времени и ответим утром.\n\nМагазин «Приморская рыба»\n')
    msg('autoreply', 'ru', 'primoryeryba-nerabochee-vremya', 'нерабочее время (23:35 по Владивостоку), часы «с 9:00 '
        'до 18:00» в автоответе', c, ('Приморская рыба', 'shop@primorye-ryba.example.ru'), 'Re: ' + SHOP_SUBJ,
        text=t, cte='quoted-printable', hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')])

    # 6 Monday is a day off
    c = Ctx('shop', (11, 12), 0, 3, to='salon@barbershop-britva.example.ru')
    t = ('Сегодня у нас выходной (понедельник) ✂️ Ответим на ваше письмо завтра, с 10:00.\n\nБарбершоп «Бритва»\n')
    msg('autoreply', 'ru', 'britva-ponedelnik-vyhodnoy', 'выходной день — понедельник, эмодзи, X-Autoreply', c,
        ('Бритва', 'salon@barbershop-britva.example.ru'), 'Re: ' + SHOP_SUBJ, text=t, cte='base64',
        hdrs=[('X-Autoreply', 'yes')])

    # 7 closed for inventory
    c = Ctx('shop', (14, 45), 0, 3, to='info@optika-vzglyad.example.ru')
    h = ('<p style="font-family:Verdana;font-size:13px">Уважаемые покупатели!<br><br>С 7 по 9 декабря салон '
         'закрыт на инвентаризацию, интернет-заказы не обрабатываются. Работа возобновится 10 декабря в '
         '10:00.<br><br>Приносим извинения за неудобства.<br>Оптика «Взгляд»</p>\n')
    msg('autoreply', 'ru', 'optikavzglyad-inventarizatsiya', 'закрыто на инвентаризацию, HTML-фрагмент only, '
        'упоминает «в 10:00»', c, ('Оптика Взгляд', 'info@optika-vzglyad.example.ru'), 'Re: ' + SHOP_SUBJ, html=h,
        charset='windows-1251', cte='quoted-printable', hdrs=[('Auto-Submitted', 'auto-replied')])

    # 8 mailbox not served
    c = Ctx('svc', (10, 58), 0, 3, to='mail@stroy-expert.example.ru')
    t = ('Данный почтовый ящик не обслуживается.\nВаше письмо не будет прочитано. Пожалуйста, используйте адрес '
         'info@stroyexpert-group.example.ru.\n')
    msg('autoreply', 'ru', 'stroyexpert-yashchik-ne-obsluzhivaetsya', '«ящик не обслуживается», указывает '
        'другой адрес, koi8-r', c, ('Строй-Эксперт', 'mail@stroy-expert.example.ru'), 'Re: ' + SVC_SUBJ, text=t,
        charset='koi8-r', cte='8bit', hdrs=[('Auto-Submitted', 'auto-replied')])

    # 9 employee left
    c = Ctx('svc', (15, 25), 0, 3, to='e.ivanova@avtolizing.example.ru')
    t = ('Здравствуйте!\n\nИванова Екатерина больше не работает в компании «АвтоЛизинг». Письма на этот адрес '
         'не читаются.\nПо вопросам лизинга обращайтесь к Семёнову Артуру: a.semenov@avtolizing.example.ru, '
         '+7 (495) 000-60-61.\n')
    msg('autoreply', 'ru', 'avtolizing-sotrudnik-uvolilsya', 'сотрудник больше не работает, контакты '
        'преемника; Exchange-заголовки', c, ('Иванова Екатерина', 'e.ivanova@avtolizing.example.ru'),
        'Автоматический ответ: ' + SVC_SUBJ, text=t, cte='quoted-printable', hdrs=EXCH(), order='outlook', auto_html='p')

    # 10 address changed
    c = Ctx('shop', (12, 55), 0, 3, to='shop@old-domain-igrushki.example.ru')
    t = ('Внимание! С 1 декабря 2026 года у нас новый адрес электронной почты: zakaz@igrushkin-dom.example.ru.\n'
         'Письма, отправленные на старый адрес, не обрабатываются. Пожалуйста, продублируйте ваше сообщение на '
         'новый адрес.\n\nИгрушкин дом\n')
    msg('autoreply', 'ru', 'igrushkindom-novy-adres', 'смена адреса, просит продублировать, без авто-заголовков',
        c, ('Игрушкин дом', 'shop@old-domain-igrushki.example.ru'), 'Смена адреса электронной почты', text=t,
        cte='8bit')

    # 11 chat bot offline
    c = Ctx('shop', (16, 55), 0, 3, to='chat@kosmetika-lab.example.ru')
    inner = ('<tr><td style="padding:22px;"><div style="color:#999;font-size:12px;">Бот-помощник</div><p>Сейчас '
             'все операторы не в сети 🌙 Мы ответим на ваше сообщение на почту, как только вернёмся. Операторы '
             'работают ежедневно с 10 до 19.</p></td></tr>')
    h = hd_html(inner)
    msg('autoreply', 'ru', 'kosmetikalab-operatory-ne-v-seti', 'чат-бот «операторы не в сети», часы операторов '
        '«с 10 до 19», HTML only', c, ('Kosmetika Lab', 'chat@kosmetika-lab.example.ru'), 'Re: ' + SHOP_SUBJ,
        html=h, cte='base64', hdrs=[('Auto-Submitted', 'auto-generated')])

    # 12 challenge-response
    c = Ctx('svc', (13, 50), 0, 3, to='director@yurburo-pravo.example.ru')
    t = ('Ваше письмо задержано системой защиты от спама.\n\nЧтобы письмо было доставлено адресату '
         'director@yurburo-pravo.example.ru, подтвердите, что вы не робот, перейдя по ссылке (действует 3 '
         'суток):\nhttps://antispam.yurburo-pravo.example.ru/confirm?id=%s\n\nПосле подтверждения ваш адрес будет '
         'добавлен в белый список.\n' % rid(20))
    msg('autoreply', 'ru', 'yurburo-zaderzhano-podtverdite', 'challenge-response по-русски, ссылка на '
        'подтверждение, белый список', c, ('Антиспам Юрбюро', 'antispam@yurburo-pravo.example.ru'),
        'Подтвердите отправку письма: ' + SVC_SUBJ, text=t, cte='quoted-printable',
        hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'junk')])

    # 13 maternity leave
    c = Ctx('svc', (11, 33), 0, 7, to='zakupki@tkan-tomsk.example.ru')
    t = ('Добрый день! Я нахожусь в отпуске по уходу за ребёнком. По вопросам закупок и договоров, пожалуйста, '
         'пишите Лидии Зайцевой — l.zaitseva@tkan-tomsk.example.ru.\n\nАнна Михайлова\n')
    msg('autoreply', 'ru', 'tkantomsk-dekret', 'отпуск по уходу за ребёнком, переадресация на коллегу в '
        'автоответе', c, ('Анна Михайлова', 'zakupki@tkan-tomsk.example.ru'), 'Автоответ: ' + SVC_SUBJ, text=t,
        cte='base64', hdrs=[('Auto-Submitted', 'auto-replied')], auto_html='div')

    # 14 on a training course
    c = Ctx('shop', (10, 15), 0, 3, to='pavel@velomaster.example.ru')
    t = ('Привет! Я на обучении до среды, 9 декабря, почту смотрю по вечерам. Если срочно — пиши в мастерскую, '
         'master@velomaster.example.ru.\n-- \nПавел, «Веломастер»\n')
    msg('autoreply', 'ru', 'velomaster-na-obuchenii', 'на обучении до среды, неформальное «Привет!», «-- » '
        'подпись, без авто-заголовков', c, ('Павел', 'pavel@velomaster.example.ru'), 'Re: ' + SHOP_SUBJ, text=t,
        cte='8bit')

    # 15 koi8-r director away
    c = Ctx('svc', (14, 30), 0, 3, to='gendir@mehanika-nn.example.ru')
    t = ('Генеральный директор в отъезде до 10 декабря. Почту просматривает секретарь, но не ежедневно.\n'
         'Приемная: (831) 000-19-19.\n')
    msg('autoreply', 'ru', 'mehanikann-koi8-direktor-v-otezde', 'koi8-r, директор в отъезде, телефон приёмной, '
        'Precedence: auto_reply', c, ('Механика НН', 'gendir@mehanika-nn.example.ru'), 'Re: ' + SVC_SUBJ, text=t,
        charset='koi8-r', cte='8bit', hdrs=[('Precedence', 'auto_reply')], subj_enc='Q')

    # 16 office closed for a move
    c = Ctx('svc', (12, 40), 0, 3, to='office@buhgalter-ryadom.example.ru')
    t = ('Уважаемые клиенты!\n\n7 и 8 декабря офис закрыт в связи с переездом по новому адресу: ул. Гоголя, '
         '15, офис 402. Почта в эти дни не разбирается — ответим, начиная с 9 декабря.\n\nБухгалтер рядом\n')
    msg('autoreply', 'ru', 'buhgalterryadom-pereezd-ofisa', 'офис закрыт на два дня из-за переезда (закрытие, '
        'не отпуск), тема «Офис закрыт 7–8 декабря»', c, ('Бухгалтер рядом', 'office@buhgalter-ryadom.example.ru'),
        'Офис закрыт 7–8 декабря', text=t, cte='quoted-printable', hdrs=[('Auto-Submitted', 'auto-replied')])


# ===================================================================================================
# bounce

def probe_headers(c, received=False):
    hs = []
    if received:
        hs.append(('Received', 'from [10.0.0.15] (unknown [198.51.100.7])\r\n\tby mx1.shopper.example (Postfix) '
                               'with ESMTPSA id 4F%s\r\n\tfor <%s>; %s' % (rid(8, 'ABCDEF0123456789'), c.to,
                                                                          rfc_date(c.probe_dt))))
    hs += [('Message-ID', c.probe_id), ('Date', rfc_date(c.probe_dt)), ('MIME-Version', '1.0'),
           ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ru'),
           ('To', c.to), ('From', addr(PNAME, PADDR)), ('Subject', ew(c.subj)),
           ('Content-Type', 'text/plain; charset=UTF-8; format=flowed'),
           ('Content-Transfer-Encoding', 'quoted-printable')]
    return hs


def probe_part(c, full=True):
    if full:
        body = hdr_bytes(probe_headers(c, True)) + b'\r\n' + qp_encode(c.body.encode('utf-8'))
        return [('Content-Type', 'message/rfc822'), ('Content-Description', 'Undelivered Message')], body
    return ([('Content-Type', 'text/rfc822-headers'), ('Content-Description', 'Undelivered Message Headers')],
            hdr_bytes(probe_headers(c, True)))


def dsn_part(reporting, recips, arrival=None, extra=()):
    lines = ['Reporting-MTA: dns; %s' % reporting]
    lines += ['%s: %s' % kv for kv in extra]
    if arrival:
        lines.append('Arrival-Date: %s' % arrival)
    for r in recips:
        lines.append('')
        if r.get('orig'):
            lines.append('Original-Recipient: rfc822;%s' % r['orig'])
        lines.append('Final-Recipient: rfc822; %s' % r['final'])
        lines.append('Action: %s' % r.get('action', 'failed'))
        lines.append('Status: %s' % r['status'])
        if r.get('remote'):
            lines.append('Remote-MTA: dns; %s' % r['remote'])
        if r.get('diag'):
            lines.append('Diagnostic-Code: smtp; %s' % r['diag'])
        if r.get('last'):
            lines.append('Last-Attempt-Date: %s' % r['last'])
    body = ('\r\n'.join(lines) + '\r\n').encode('ascii')
    return [('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], body


def report(parts, bstyle='std'):
    hs, body = multipart('report', parts, bstyle, params=' report-type=delivery-status;')
    return hs, body


def relay_of(address):
    host = address.split('@')[1]
    return host if host.split('.')[0] in ('mx', 'mail', 'mx1', 'lists', 'hosting-mail') else 'mail.' + host


def bounce(lang, name, note, c, frm, subj, top, hdrs=(), reply=False, mid=None, subj_enc='B', scs='utf-8'):
    msg('bounce', lang, name, note, c, frm, subj, body_override=top, hdrs=list(hdrs), reply=reply, mid=mid,
        envelope='', subj_enc=subj_enc, subj_charset=scs, received=[
            'from %s (%s [%s])\r\n\tby mx1.shopper.example (Postfix)\r\n\tid %s; %s' % (
                relay_of(frm[1]), relay_of(frm[1]), '203.0.113.%d' % RNG.randrange(2, 250),
                rid(10, 'ABCDEF0123456789'), rfc_date(c.dt.astimezone(MSK)))] if 'shopper.example' not in frm[1]
        else ['by mx1.shopper.example (Postfix)\r\n\tid %s; %s' % (rid(10, 'ABCDEF0123456789'),
                                                                   rfc_date(c.dt.astimezone(MSK)))])


def bounce_en():
    # 1 Postfix user unknown
    c = Ctx('shop', (10, 10), 0, 3, to='info@vintage-lamps.example')
    txt = ('This is the mail system at host mx1.shopper.example.\n\nI\'m sorry to have to inform you that your '
           'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further '
           'assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You '
           'can\ndelete your own text from the attached returned message.\n\n                   The mail system\n'
           '\n<info@vintage-lamps.example>: host mx.vintage-lamps.example[192.0.2.44] said:\n    550 5.1.1 '
           '<info@vintage-lamps.example>: Recipient address rejected: User\n    unknown in virtual mailbox table '
           '(in reply to RCPT TO command)\n')
    top = report([([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')],
                   encode_body(txt, 'ascii', '7bit')),
                  dsn_part('mx1.shopper.example', [dict(orig='info@vintage-lamps.example',
                                                        final='info@vintage-lamps.example', status='5.1.1',
                                                        remote='mx.vintage-lamps.example',
                                                        diag='550 5.1.1 <info@vintage-lamps.example>: Recipient '
                                                             'address rejected: User unknown in virtual mailbox '
                                                             'table')],
                           rfc_date(c.probe_dt), extra=[('X-Postfix-Queue-ID', '4F2' + rid(7, 'ABCDEF0123456789')),
                                                        ('X-Postfix-Sender', 'rfc822; ' + PADDR)]),
                  probe_part(c, full=False)])
    bounce('en', 'postfix-user-unknown-550-511', 'Postfix RFC 3464 DSN from the sending server, 5.1.1 user '
           'unknown, text/rfc822-headers', c, ('Mail Delivery System', 'MAILER-DAEMON@mx1.shopper.example'),
           'Undelivered Mail Returned to Sender', top, hdrs=[('Auto-Submitted', 'auto-replied')])

    # 2 Exchange Online NDR
    c = Ctx('svc', (11, 40), 0, 0, to='procurement@harrowgate-group.example')
    h = ('<html><head><style>.rfc822{display:none}</style></head><body><div style="font-family:Segoe UI,'
         'Tahoma,sans-serif;"><p style="font-size:16px;color:#c00000;"><b>Your message to '
         'procurement@harrowgate-group.example couldn\'t be delivered.</b></p><p>procurement wasn\'t found at '
         'harrowgate-group.example.</p><table><tr><td style="padding:6px 12px;background:#f3f3f3">anatoly</td><td>'
         'Office 365</td><td style="padding:6px 12px;background:#c00000;color:#fff">procurement</td></tr><tr><td>'
         'Sender</td><td></td><td>Action Required</td></tr></table><hr><p><b>How to Fix It</b><br>The address '
         'may be misspelled or may not exist. Try one or more of the following: retype the address, or contact '
         'the recipient by some other means.</p><hr><p style="font-size:11px;color:#666">Diagnostic information '
         'for administrators:<br>Generating server: AM9P191MB1234.EURP191.PROD.OUTLOOK.example<br>'
         'procurement@harrowgate-group.example<br>Remote Server returned \'550 5.1.10 RESOLVER.ADR.'
         'RecipientNotFound; Recipient not found by SMTP address lookup\'</p></div></body></html>\n')
    top = report([leaf('text/html', h, 'utf-8', 'quoted-printable'),
                  dsn_part('AM9P191MB1234.EURP191.PROD.OUTLOOK.example',
                           [dict(final='procurement@harrowgate-group.example', status='5.1.10',
                                 diag='550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP '
                                      'address lookup')], rfc_date(c.probe_dt.astimezone(dt.timezone.utc))),
                  probe_part(c)])
    bounce('en', 'o365-ndr-recipient-not-found', 'Exchange Online NDR "Undeliverable:", HTML notification with '
           'red banner, 5.1.10 RecipientNotFound, full original attached', c,
           ('Microsoft Outlook', 'postmaster@harrowgate-group.example'), 'Undeliverable: ' + SVC_SUBJ, top,
           hdrs=[('X-MS-Exchange-Message-Is-Ndr', ''), ('Auto-Submitted', 'auto-replied')], reply=True)

    # 3 Gmail-style DSN from the persona's provider
    c = Ctx('shop', (12, 30), 0, 3, to='zakaz@sunflower-market.example')
    txt = ('\n** Address not found **\n\nYour message wasn\'t delivered to zakaz@sunflower-market.example because '
           'the address couldn\'t be found, or is unable to receive mail.\n\nThe response from the remote server '
           'was:\n550 5.1.1 <zakaz@sunflower-market.example>: No such user here\n')
    hh = ('<html><body><table cellpadding="0" cellspacing="0"><tr><td style="padding:40px 8px 0"><h2 style="'
          'font-family:Google Sans,Roboto,sans-serif;font-size:24px;color:#202124">Address not found</h2><p style='
          '"font-family:Roboto,Arial;font-size:16px;color:#202124">Your message wasn\'t delivered to <a style="color:'
          '#212121;text-decoration:none"><b>zakaz@sunflower-market.example</b></a> because the address couldn\'t '
          'be found, or is unable to receive mail.</p></td></tr><tr><td style="padding:16px 8px;font-family:'
          'monospace;font-size:12px;color:#202124">The response from the remote server was:<br>550 5.1.1 &lt;'
          'zakaz@sunflower-market.example&gt;: No such user here</td></tr></table></body></html>\n')
    alt = multipart('alternative', [leaf('text/plain', txt, 'UTF-8', 'quoted-printable'),
                                    leaf('text/html', hh, 'UTF-8', 'quoted-printable')], 'gmail')
    top = report([alt, dsn_part('mx1.shopper.example', [dict(final='zakaz@sunflower-market.example',
                                                             status='5.1.1', remote='mx.sunflower-market.example. '
                                                                                    '(192.0.2.81)',
                                                             diag='550 5.1.1 <zakaz@sunflower-market.example>: No '
                                                                  'such user here',
                                                             last=rfc_date(c.dt))],
                                extra=[('Received-From-MTA', 'dns; anatoly@shopper.example')]),
                  probe_part(c)], 'gmail')
    bounce('en', 'gmailstyle-address-not-found', 'Gmail-style "Delivery Status Notification (Failure)", '
           'alternative text+HTML inside multipart/report, 5.1.1', c,
           ('Mail Delivery Subsystem', 'mailer-daemon@shopper.example'), 'Delivery Status Notification (Failure)',
           top, hdrs=[('Auto-Submitted', 'auto-replied')], reply=True)

    # 4 Yahoo-style non-standard plain
    c = Ctx('svc', (13, 20), 1, -8, to='hello@northpeak-events.example')
    t = ('Sorry, we were unable to deliver your message to the following address.\n\n'
         '<hello@northpeak-events.example>:\n554: delivery error: dd This user doesn\'t have a northpeak-events.'
         'example account (hello@northpeak-events.example) [-5] - mta4021.mail.bigmail.example\n\n'
         '--- Below this line is a copy of the message.\n\n' + hdr_bytes(probe_headers(c)).decode('ascii') + '\n' +
         c.body)
    top = leaf('text/plain', t, 'utf-8', 'quoted-printable')
    bounce('en', 'yahoostyle-dd-no-account', 'Yahoo-style non-standard bounce in plain text, "554: delivery '
           'error: dd", copy of the message inline', c, ('MAILER-DAEMON', 'MAILER-DAEMON@bigmail.example'),
           'Failure Notice', top)

    # 5 Mailman rejection
    c = Ctx('svc', (14, 30), 0, 0, to='sales@lists.openbay-coop.example')
    t = ('Your message entitled\n\n    ' + SVC_SUBJ + '\n\nwas rejected by the list moderators of the Sales '
         'mailing list at lists.openbay-coop.example. Their stated reason:\n\n"Non-members are not allowed to post '
         'to this list. Your message has been discarded."\n\nAny questions or comments should be directed to the '
         'list administrator at:\n\n    sales-owner@lists.openbay-coop.example\n')
    top = multipart('mixed', [leaf('text/plain', t, 'utf-8', '8bit'), probe_part(c)])
    bounce('en', 'mailman-nonmember-rejected', 'Mailman list rejection (non-member post discarded) — a '
           'bounce, multipart/mixed with the original', c, ('sales-owner', 'sales-bounces@lists.openbay-coop.example'),
           'Your message to Sales rejected: ' + SVC_SUBJ, top, hdrs=[('Precedence', 'bulk'),
                                                                    ('X-BeenThere', 'sales@lists.openbay-coop.example'),
                                                                    ('List-Id', '<sales.lists.openbay-coop.example>')])

    # 6 Exim spam rejection, plain
    c = Ctx('shop', (15, 15), 0, 3, to='office@mapleleaf-decor.example')
    t = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not '
         'be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) '
         'failed:\n\n  office@mapleleaf-decor.example\n    host mx1.mapleleaf-decor.example [198.51.100.90]\n'
         '    SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected as spam by '
         'content filter (score 9.4)\n\n------ This is a copy of the message, including all the headers. ------\n\n'
         + hdr_bytes(probe_headers(c, True)).decode('ascii') + '\n' + c.body)
    top = leaf('text/plain', t, 'utf-8', '8bit')
    bounce('en', 'exim-spam-content-filter', 'Exim plain-text bounce, 550 5.7.1 rejected as spam, copy of '
           'the message inline', c, ('Mail Delivery System', 'Mailer-Daemon@mx1.shopper.example'),
           'Mail delivery failed: returning message to sender', top, hdrs=[('Auto-Submitted', 'auto-replied')])

    # 7 quota
    c = Ctx('shop', (10, 50), 2, 3, to='orders@redfox-games.example')
    txt = ('This is the mail system at host mail.redfox-games.example.\n\nYour message could not be delivered '
           'to one recipient: the mailbox is full.\n\n<orders@redfox-games.example>: delivery failed: 552 5.2.2 '
           'Mailbox full: quota exceeded (10240000/10240000 KB)\n')
    top = report([([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')],
                   encode_body(txt, 'ascii', '7bit')),
                  dsn_part('mail.redfox-games.example', [dict(final='orders@redfox-games.example', status='5.2.2',
                                                              diag='552 5.2.2 Mailbox full: quota exceeded')],
                           rfc_date(c.probe_dt)),
                  probe_part(c, False)])
    bounce('en', 'postfix-mailbox-full-552', 'DSN from the recipient\'s server after acceptance: 5.2.2 '
           'mailbox full (Action: failed)', c, ('Mail Delivery System', 'MAILER-DAEMON@mail.redfox-games.example'),
           'Undelivered Mail Returned to Sender', top)

    # 8 qmail
    c = Ctx('svc', (12, 5), 0, 3, to='billing@clearwater-isp.example')
    t = ('Hi. This is the qmail-send program at mail.clearwater-isp.example.\nI could not deliver your message to '
         'the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n'
         '<billing@clearwater-isp.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this '
         'line is a copy of the message.\n\n' + hdr_bytes(probe_headers(c, True)).decode('ascii') + '\n' + c.body)
    top = leaf('text/plain', t, 'utf-8', '8bit')
    bounce('en', 'qmail-no-mailbox', 'qmail plain-text bounce, "(#5.1.1)", copy below', c,
           ('MAILER-DAEMON', 'MAILER-DAEMON@mail.clearwater-isp.example'), 'failure notice', top)

    # 9 Sendmail
    c = Ctx('shop', (16, 40), 1, -5, to='store@bayfront-bikes.example')
    txt = ('The original message was received at Mon, 7 Dec 2026 08:40:12 -0500\nfrom mx1.shopper.example '
           '[198.51.100.7]\n\n   ----- The following addresses had permanent fatal errors -----\n'
           '<store@bayfront-bikes.example>\n    (reason: 550 5.1.1 <store@bayfront-bikes.example>... User unknown)'
           '\n\n   ----- Transcript of session follows -----\n... while talking to localhost:\n>>> DATA\n<<< 550 '
           '5.1.1 <store@bayfront-bikes.example>... User unknown\n550 5.1.1 <store@bayfront-bikes.example>... '
           'User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n')
    top = report([([('Content-Type', 'text/plain; charset=us-ascii')], encode_body(txt, 'ascii', '7bit')),
                  dsn_part('mail.bayfront-bikes.example', [dict(final='RFC822; store@bayfront-bikes.example',
                                                                status='5.1.1',
                                                                diag='550 5.1.1 <store@bayfront-bikes.example>... '
                                                                     'User unknown')],
                           rfc_date(c.probe_dt.astimezone(c.tz)),
                           extra=[('Received-From-MTA', 'DNS; mx1.shopper.example')]),
                  probe_part(c, False)])
    bounce('en', 'sendmail-returned-mail-transcript', 'Sendmail "Returned mail: see transcript for details", '
           'permanent fatal errors section, DSN', c, ('Mail Delivery Subsystem', 'MAILER-DAEMON@mail.bayfront-bikes.example'),
           'Returned mail: see transcript for details', top, hdrs=[('Auto-Submitted', 'auto-generated (failure)')])

    # 10 Postfix timed out after 5 days
    c = Ctx('svc', (10, 20), 5 * 24 * 60 + 2, 3, to='sales@polarstar-tools.example')
    txt = ('This is the mail system at host mx1.shopper.example.\n\nI\'m sorry to have to inform you that your '
           'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further '
           'assistance, please send mail to postmaster.\n\n                   The mail system\n\n'
           '<sales@polarstar-tools.example>: message delivery timed out after 5 days: connect to\n    '
           'mx.polarstar-tools.example[203.0.113.201]:25: Connection timed out\n')
    top = report([([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')],
                   encode_body(txt, 'ascii', '7bit')),
                  dsn_part('mx1.shopper.example', [dict(final='sales@polarstar-tools.example', status='4.4.1',
                                                        diag=None)],
                           rfc_date(c.probe_dt), extra=[('X-Postfix-Queue-ID', '4F9' + rid(7, 'ABCDEF0123456789'))])
                  , probe_part(c)])
    bounce('en', 'postfix-timed-out-5-days', 'Postfix gave up after 5 days: Status 4.4.1 with Action: failed '
           '(a bounce, not a delay warning)', c, ('Mail Delivery System', 'MAILER-DAEMON@mx1.shopper.example'),
           'Undelivered Mail Returned to Sender', top, hdrs=[('Auto-Submitted', 'auto-replied')])


def bounce_ru():
    # 1 Yandex-like DSN in Russian
    c = Ctx('shop', (11, 0), 0, 3, to='info@kolbasny-ryad.example.ru')
    txt = ('Это письмо отправлено почтовой системой автоматически, отвечать на него не нужно.\n\nВаше сообщение не '
           'удалось доставить по следующим адресам:\n\n<info@kolbasny-ryad.example.ru>: Сервер получателя '
           'ответил:\n550 5.7.1 No such user!\n\nПроверьте, правильно ли указан адрес.\n')
    top = report([leaf('text/plain', txt, 'utf-8', 'base64'),
                  dsn_part('mx1.shopper.example', [dict(orig='info@kolbasny-ryad.example.ru',
                                                        final='info@kolbasny-ryad.example.ru', status='5.7.1',
                                                        remote='mx.kolbasny-ryad.example.ru',
                                                        diag='550 5.7.1 No such user!')], rfc_date(c.probe_dt)),
                  probe_part(c, False)])
    bounce('ru', 'yandexstyle-nedostavleno-no-such-user', 'DSN в духе Яндекса: русский текст base64, 550 '
           '5.7.1 No such user!', c, ('mailer-daemon', 'mailer-daemon@shopper.example'),
           'Недоставленное сообщение', top, hdrs=[('Auto-Submitted', 'auto-replied')])

    # 2 Mail.ru-like plain Russian
    c = Ctx('svc', (12, 45), 0, 3, to='buh@tsentr-ucheta.example.ru')
    t = ('Сообщение не было доставлено.\n\nПисьмо не доставлено адресату buh@tsentr-ucheta.example.ru.\nПричина: '
         'адрес не существует или был удалён.\n\nОтвет сервера: 550 Message was not accepted -- invalid mailbox.  '
         'Local mailbox buh@tsentr-ucheta.example.ru is unavailable: user not found\n\nЗаголовки исходного '
         'письма:\n\n' + hdr_bytes(probe_headers(c)).decode('ascii'))
    top = leaf('text/plain', t, 'utf-8', 'base64')
    bounce('ru', 'mailrustyle-adres-ne-sushchestvuet', 'нестандартное уведомление в духе Mail.ru, plain '
           'base64, заголовки исходного письма текстом', c, ('Mail Delivery System', 'mailer-daemon@corp.example.ru'),
           'Mail failure.', top)

    # 3 hosting: mailbox blocked for non-payment
    c = Ctx('shop', (13, 10), 0, 3, to='zakaz@tsvety-opt.example.ru')
    txt = ('Уважаемый отправитель!\n\nПисьмо на адрес zakaz@tsvety-opt.example.ru не может быть доставлено: '
           'почтовый ящик заблокирован хостинг-провайдером за неуплату услуг.\n\nДиагностика: 550 5.2.1 Mailbox '
           'disabled for this recipient\n\n--\nХостинг «Сервер-Дом», служба технической поддержки\n')
    top = report([leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
                  dsn_part('mx.serverdom-hosting.example.ru', [dict(final='zakaz@tsvety-opt.example.ru',
                                                                   status='5.2.1',
                                                                   diag='550 5.2.1 Mailbox disabled for this '
                                                                        'recipient')], rfc_date(c.probe_dt)),
                  probe_part(c, False)])
    bounce('ru', 'hosting-zablokirovan-za-neuplatu', 'уведомление хостинга: ящик заблокирован за неуплату, '
           'windows-1251 QP + DSN 5.2.1', c, ('Сервер-Дом', 'postmaster@serverdom-hosting.example.ru'),
           'Письмо не доставлено: ' + SHOP_SUBJ, top, scs='windows-1251')

    # 4 bilingual Postfix of a Russian provider
    c = Ctx('svc', (14, 0), 0, 3, to='manager@uralsteklo.example.ru')
    txt = ('Это сообщение сгенерировано автоматически почтовой системой mx1.shopper.example.\n'
           'This is the mail system at host mx1.shopper.example.\n\nК сожалению, ваше письмо не удалось '
           'доставить одному или нескольким получателям.\n\n<manager@uralsteklo.example.ru>: host '
           'mx.uralsteklo.example.ru[192.0.2.150] said: 550 5.1.1\n    <manager@uralsteklo.example.ru>: '
           'Recipient address rejected: User unknown in local recipient table\n    (in reply to RCPT TO '
           'command)\n')
    top = report([leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                  dsn_part('mx1.shopper.example', [dict(final='manager@uralsteklo.example.ru', status='5.1.1',
                                                        remote='mx.uralsteklo.example.ru',
                                                        diag='550 5.1.1 <manager@uralsteklo.example.ru>: Recipient '
                                                             'address rejected: User unknown in local recipient '
                                                             'table')], rfc_date(c.probe_dt)),
                  probe_part(c)])
    bounce('ru', 'postfix-bilingual-user-unknown', 'Postfix с двуязычным текстом (русский первым), 5.1.1, '
           'полное исходное письмо', c, ('Почтовая система', 'MAILER-DAEMON@mx1.shopper.example'),
           'Письмо не доставлено / Undelivered Mail Returned to Sender', top, hdrs=[('Auto-Submitted', 'auto-replied')])

    # 5 Exchange NDR in Russian
    c = Ctx('svc', (15, 35), 0, 3, to='tender@gorstroy-trest.example.ru')
    txt = ('Не удалось доставить сообщение следующим получателям или группам:\n\ntender@gorstroy-trest.example.ru\n'
           'Адрес электронной почты, который вы ввели, не найден. Проверьте адрес получателя и попробуйте '
           'отправить сообщение еще раз. Если проблема не исчезнет, обратитесь в службу поддержки.\n\n\n\n\n\n\n'
           'Диагностические сведения для администраторов:\n\nСервер создания: EXCH02.gorstroy-trest.local\n\n'
           'tender@gorstroy-trest.example.ru\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n')
    top = report([leaf('text/plain', txt, 'utf-8', 'base64'),
                  dsn_part('EXCH02.gorstroy-trest.local', [dict(final='tender@gorstroy-trest.example.ru',
                                                               status='5.1.1',
                                                               diag='550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')],
                           rfc_date(c.probe_dt)),
                  probe_part(c)])
    bounce('ru', 'exchange-ru-ne-udalos-dostavit', 'NDR Exchange на русском «Не удается доставить:», '
           'RecipNotFound, полное исходное письмо', c, ('Microsoft Exchange', 'postmaster@gorstroy-trest.example.ru'),
           'Не удается доставить: ' + SVC_SUBJ, top, reply=True,
           hdrs=[('X-MS-Exchange-Message-Is-Ndr', ''), ('Auto-Submitted', 'auto-replied')])

    # 6 Kerio-like Russian
    c = Ctx('shop', (11, 25), 0, 3, to='sklad@mir-instrumenta.example.ru')
    t = ('Ваше сообщение\n\n  Кому:     sklad@mir-instrumenta.example.ru\n  Тема:     ' + SHOP_SUBJ + '\n'
         '  Отправлено: 07.12.2026 %s\n\nне было доставлено следующим получателям:\n\n  '
         'sklad@mir-instrumenta.example.ru: 550 5.1.1 Получатель неизвестен (Recipient unknown)\n\n'
         'Kerio Connect\n' % c.probe_dt.strftime('%H:%M'))
    top = multipart('mixed', [leaf('text/plain', t, 'koi8-r', '8bit'), probe_part(c, False)])
    bounce('ru', 'keriostyle-poluchatel-neizvesten', 'Kerio-подобное уведомление koi8-r, «не было доставлено '
           'следующим получателям», multipart/mixed', c, ('Служба доставки почты', 'mailserver@mir-instrumenta.example.ru'),
           'Не доставлено: ' + SHOP_SUBJ, top, scs='koi8-r')

    # 7 quota, Russian DSN
    c = Ctx('svc', (16, 15), 3, 3, to='dogovor@transkom-sever.example.ru')
    txt = ('Письмо не доставлено: почтовый ящик получателя переполнен.\n\nПолучатель: '
           'dogovor@transkom-sever.example.ru\nОшибка: 552 5.2.2 Превышена квота почтового ящика\n')
    top = report([leaf('text/plain', txt, 'utf-8', '8bit'),
                  dsn_part('mail.transkom-sever.example.ru', [dict(final='dogovor@transkom-sever.example.ru',
                                                                   status='5.2.2',
                                                                   diag='552 5.2.2 Mailbox quota exceeded')],
                           rfc_date(c.probe_dt)), probe_part(c, False)])
    bounce('ru', 'kvota-yashchik-perepolnen', '«ящик переполнен», 552 5.2.2, DSN с русским текстом 8bit', c,
           ('MAILER-DAEMON', 'MAILER-DAEMON@mail.transkom-sever.example.ru'), 'Ошибка доставки: ' + SVC_SUBJ, top)

    # 8 domain not found
    c = Ctx('shop', (10, 30), 0, 3, to='info@tortiki-ot-anny.example.ru')
    txt = ('Сообщение не доставлено.\n\nДомен tortiki-ot-anny.example.ru не найден в DNS (нет записей MX и A). '
           'Возможно, в адресе опечатка или у домена истёк срок регистрации.\n\n<info@tortiki-ot-anny.example.ru>: '
           'Host or domain name not found. Name service error for name=tortiki-ot-anny.example.ru type=AAAA: '
           'Host not found\n')
    top = report([leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                  dsn_part('mx1.shopper.example', [dict(final='info@tortiki-ot-anny.example.ru', status='5.4.4',
                                                        diag=None)], rfc_date(c.probe_dt)),
                  probe_part(c)])
    bounce('ru', 'domen-ne-nayden-544', 'домен не найден (5.4.4), русский текст с английской диагностикой', c,
           ('Почтовый робот', 'mailer-daemon@shopper.example'), 'Сообщение не доставлено', top)

    # 9 spam rejection, Russian
    c = Ctx('svc', (13, 55), 0, 3, to='info@energoaudit.example.ru')
    t = ('Здравствуйте.\n\nВаше письмо для info@energoaudit.example.ru отклонено сервером получателя: '
         'оно распознано фильтром как спам.\n\nОтвет сервера:\n550 5.7.1 Сообщение отклонено: подозрение на спам '
         '(Message rejected as spam)\n\nЕсли вы считаете, что это ошибка, свяжитесь с получателем другим '
         'способом.\n\n-- \nПочтовый сервер\n')
    top = multipart('mixed', [leaf('text/plain', t, 'utf-8', 'quoted-printable'), probe_part(c)])
    bounce('ru', 'spam-otkloneno-filtrom', 'отказ по спаму 550 5.7.1, нестандартное русское письмо с исходным '
           'сообщением вложением', c, ('Почтовый сервер', 'postmaster@energoaudit.example.ru'),
           'Письмо отклонено: ' + SVC_SUBJ, top)

    # 10 mailbox disabled by owner, windows-1251 plain
    c = Ctx('shop', (15, 5), 0, 3, to='shop@chasy-vremya.example.ru')
    t = ('ПИСЬМО НЕ ДОСТАВЛЕНО\n\nАдресат: shop@chasy-vremya.example.ru\nПричина: почтовый ящик отключён '
         'владельцем.\nКод ошибки: 550 5.2.1 mailbox unavailable\n\nЭто автоматическое сообщение, отвечать на '
         'него не нужно.\n')
    top = leaf('text/plain', t, 'windows-1251', '8bit')
    bounce('ru', 'yashchik-otklyuchen-1251', 'нестандартный отказ заглавными буквами, windows-1251 8bit, без '
           'DSN и без копии письма', c, ('Mail Delivery Subsystem', 'MAILER-DAEMON@hosting-mail.example.ru'),
           'Недоставленное письмо', top, scs='windows-1251')


# ===================================================================================================
# writing and checking

def decoded_texts(m):
    """Decoded text of every text/* part (HTML as its visible text), as a reader of the file sees it."""
    out = []
    for part in m.walk():
        if part.get_content_maintype() == 'multipart' or part.get_content_type() in ('message/rfc822',):
            continue
        ct = part.get_content_type()
        if not ct.startswith('text/') and ct != 'message/delivery-status':
            continue
        try:
            s = part.get_content()
        except Exception:
            s = part.get_payload(decode=True).decode(part.get_content_charset() or 'ascii', 'replace')
        if not isinstance(s, str):
            s = str(s)
        out.append((ct, visible(s) if ct == 'text/html' else s))
    return out


def check(path, rec):
    raw = open(path, 'rb').read()
    assert b'\n' not in raw.replace(b'\r\n', b''), '%s: bare LF' % path
    assert b'\r' not in raw.replace(b'\r\n', b''), '%s: bare CR' % path
    m = email.message_from_bytes(raw, policy=email.policy.default)
    assert m['From'] and m['Date'] and m['Subject'] is not None and m['Message-ID'], path
    texts = decoded_texts(m)
    assert texts, path
    bodies = [collapse(t) for _, t in texts]
    for seg in rec['segs']:
        assert any(seg in b for b in bodies), '%s: label segment not found in the decoded body:\n%s' % (path, seg)
        words = re.findall(r'\w+', seg)
        allw = set(re.findall(r'\w+', ' '.join(bodies)))
        assert all(w in allw for w in words), path
    for q in PROBE_TEXTS:
        assert q not in rec['label'], '%s: label contains the question' % path
    if rec['kind'] == 'bounce':
        assert m['Return-Path'] == '<>', '%s: a bounce has an empty envelope sender' % path
        if m.get_content_type() == 'multipart/report':
            assert any(p.get_content_type() == 'message/delivery-status' for p in m.walk()), path
    return m


def main():
    for f in (human_en, human_ru, redirect_en, redirect_ru, ack_en, ack_ru, autoreply_en, autoreply_ru,
              bounce_en, bounce_ru):
        f()
    names = [m['name'] for m in MSGS]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    labels = [m['label'] for m in MSGS if m['label']]
    assert len(labels) == len(set(labels)), 'duplicate labels'
    order = list(range(len(MSGS)))
    RNG.shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'manifest.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, k in enumerate(order, 1):
        rec = MSGS[k]
        fname = '%03d-%s.eml' % (i, rec['name'])
        rec['file'] = fname
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(rec['data'])
        rows.append((i, rec))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['file', 'kind', 'expected_reply', 'split', 'note'])
    for i, rec in rows:
        w.writerow([rec['file'], rec['kind'], rec['label'], 'train', '%s; %s' % (rec['lang'], rec['note'])])
    with open(os.path.join(OUT, 'manifest.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write(buf.getvalue())
    # check what was written
    with open(os.path.join(OUT, 'manifest.csv'), encoding='utf-8', newline='') as fh:
        man = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    assert sorted(r['file'] for r in man) == files
    for rec in MSGS:
        check(os.path.join(OUT, rec['file']), rec)
    counts = {}
    for rec in MSGS:
        counts[(rec['kind'], rec['lang'])] = counts.get((rec['kind'], rec['lang']), 0) + 1
    print('%-10s %4s %4s %5s' % ('kind', 'en', 'ru', 'all'))
    for kind in ('human', 'redirect', 'ack', 'autoreply', 'bounce'):
        en, ru = counts.get((kind, 'en'), 0), counts.get((kind, 'ru'), 0)
        print('%-10s %4d %4d %5d' % (kind, en, ru, en + ru))
    en = sum(v for (k, l), v in counts.items() if l == 'en')
    ru = sum(v for (k, l), v in counts.items() if l == 'ru')
    print('%-10s %4d %4d %5d   (split: train %d)' % ('total', en, ru, en + ru, len(MSGS)))
    print('checked: %d files parse, CRLF only, every label found in its decoded body' % len(files))


if __name__ == '__main__':
    main()
