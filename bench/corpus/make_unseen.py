#!/usr/bin/env python3
"""Write bench/corpus/unseen/: a second, independently written labelled corpus of e-mail replies.

Every message is a fictional reply of a fictional company to one of the two scripts of studies/demo.yaml,
sent to the persona Анатолий Смирнов <anatoly@shopper.example>. Standard library only, fixed random seed,
imports nothing from the project:

    python3 bench/corpus/make_unseen.py

rewrites unseen/*.eml and unseen/manifest.csv and prints the counts per kind x split x language.

How a message is written here: bodies are plain text (or HTML) in which the reply's own new words, the part
a careful person keeps as `expected_reply`, are wrapped in ⟦ ⟧.  The marks are removed from the message and
the kept text, joined and with white space collapsed, becomes the label, so the label can never drift from the
message.  Everything outside the marks (quotes, signatures, device lines, disclaimers, helpdesk chrome) is what
the README says must be removed.
"""

import base64
import csv
import email
import email.policy
import hashlib
import html as htmlmod
import os
import quopri
import random
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'unseen')
SEED = 20261207
rng = random.Random(SEED)

PERSONA_NAME = 'Анатолий Смирнов'
PERSONA = 'anatoly@shopper.example'
SCRIPTS = {
    'shop': ('Самовывоз сегодня',
             'Здравствуйте!\nДо скольки работает пункт самовывоза? Помогите оформить заказ! '
             'Мне нужно организовать доставку сегодня.\n\nАнатолий Смирнов'),
    'svc': ('Тарифы и договор',
            'Добрый день!\nКакие у вас тарифы, как заключить договор и сколько времени это займёт?\n\n'
            'Анатолий Смирнов'),
}
BASE = datetime(2026, 12, 7, 7, 0, tzinfo=timezone.utc)   # 10:00 Moscow, the wave's first working hour
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MON_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
            'November', 'December']
DOW_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
RU_MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
              'ноября', 'декабря']
RU_DOW = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье']
RU_DOW_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']

MESSAGES = []

# ---------------------------------------------------------------------------------------------------------------
# small helpers


def rand_hex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rand_alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rand_uuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rand_ip(net=None):
    net = net or rng.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 250))


def local(dt, tz):
    """dt (UTC) as local time of a zone given in hours (may be fractional)."""
    return dt + timedelta(minutes=int(round(tz * 60)))


def tzstr(tz):
    m = int(round(tz * 60))
    sign = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (sign, m // 60, m % 60)


def rfc_date(dt, tz=3, pad=True, dow=True):
    t = local(dt, tz)
    day = ('%02d' if pad else '%d') % t.day
    s = '%s %s %d %02d:%02d:%02d %s' % (day, MON[t.month - 1], t.year, t.hour, t.minute, t.second, tzstr(tz))
    return ('%s, ' % DOW[t.weekday()] + s) if dow else s


def parse_delay(s):
    total = 0
    for num, unit in re.findall(r'(\d+)([dhms])', s):
        total += int(num) * {'d': 86400, 'h': 3600, 'm': 60, 's': 1}[unit]
    return timedelta(seconds=total)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


MARK = re.compile(r'⟦(.*?)⟧', re.S)


def unmark(s):
    return s.replace('⟦', '').replace('⟧', '')


def kept(s):
    return [m.group(1) for m in MARK.finditer(s)]


def html_visible(s):
    s = re.sub(r'(?is)<(style|head|script)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?is)<!--.*?-->', ' ', s)
    s = re.sub(r'(?i)<(br|/?p|/?div|/?li|/?ul|/?ol|/?tr|/?td|/?table|/?blockquote|/?h\d|hr)\b[^>]*>', ' ', s)
    s = re.sub(r'(?s)<[^>]+>', '', s)
    return htmlmod.unescape(s)


# characters an 8-bit Cyrillic charset cannot carry, as the sending client would have replaced them
DOWNGRADE = {'koi8-r': {'₽': 'руб.', '«': '"', '»': '"', '—': '-', '–': '-', '№': 'N', '…': '...', '“': '"',
                        '”': '"', '„': '"', '\u00a0': ' ', '’': "'"},
             'windows-1251': {'₽': 'руб.', '\u00a0': ' '}}


def downgrade(s, cs):
    for a, b in DOWNGRADE.get(cs, {}).items():
        s = s.replace(a, b)
    return s

# ---------------------------------------------------------------------------------------------------------------
# header encoding (RFC 2047) and bodies


def ew(text, charset='utf-8', enc='B'):
    """Encode a header text as RFC 2047 encoded words (as mail clients do), folded."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ''
    limit = 45 if enc == 'B' else 60

    def one(chunk):
        b = chunk.encode(charset)
        if enc == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(b).decode())
        out = ''
        for byte in b:
            c = chr(byte)
            if c == ' ':
                out += '_'
            elif c.isalnum() and byte < 128 or c in '!*+-/':
                out += c
            else:
                out += '=%02X' % byte
        return '=?%s?Q?%s?=' % (charset, out)

    for ch in text:
        if len((cur + ch).encode(charset)) > limit:
            k = cur.rfind(' ')
            if k > 0:   # as most encoders do, break after a space rather than inside a word
                words.append(one(cur[:k + 1]))
                cur = cur[k + 1:]
            else:
                words.append(one(cur))
                cur = ''
        cur += ch
    if cur:
        words.append(one(cur))
    return '\r\n '.join(words)


def addr(spec, charset='utf-8', enc='B', quote_ascii=True):
    """'Name <a@b>' or 'a@b' -> header value."""
    m = re.match(r'\s*(.*?)\s*<([^>]+)>\s*$', spec)
    if not m:
        return spec
    name, a = m.group(1), m.group(2)
    if not name:
        return '<%s>' % a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;@\[\]"]', name) and quote_ascii:
            name = '"%s"' % name.replace('"', '\\"')
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (ew(name, charset, enc), a)


def encode_body(text, charset, cte):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    b = text.encode(charset)
    if cte == '7bit':
        assert all(x < 128 for x in b), 'non-ASCII body declared 7bit'
        out = b
    elif cte == '8bit':
        out = b
    elif cte == 'quoted-printable':
        out = quopri.encodestring(b)
    elif cte == 'base64':
        out = base64.encodebytes(b)
    else:
        raise ValueError(cte)
    out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out


def text_part(sub, text, charset='utf-8', cte='quoted-printable', ctfmt='"%s"', extra=()):
    return {'t': 'leaf', 'headers': ['Content-Type: text/%s; charset=%s' % (sub, ctfmt % charset),
                                     'Content-Transfer-Encoding: %s' % cte] + list(extra),
            'body': encode_body(text, charset, cte)}


def raw_part(headers, body):
    if isinstance(body, str):
        body = body.replace('\r\n', '\n').encode('utf-8')
        body = body.replace(b'\n', b'\r\n')
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    return {'t': 'leaf', 'headers': list(headers), 'body': body}


BOUNDARY_STYLES = {
    'gmail': lambda: '000000000000' + rand_hex(16),
    'outlook': lambda: '_000_%s%s_' % (rand_alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                                       rand_alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
    'apple': lambda: 'Apple-Mail=_' + rand_uuid().upper(),
    'thunderbird': lambda: '------------' + rand_alnum(24),
    'mailru': lambda: '--ALT--' + rand_hex(32) + '%d' % rng.randint(1000000000, 1999999999),
    'yandex': lambda: '----==--bound.%d.%s.yandex.net' % (rng.randint(100000, 999999), rand_alnum(8, 'abcdefghij')),
    'php': lambda: 'b1_' + rand_hex(32),
    'generic': lambda: '=_' + rand_hex(28),
    'java': lambda: '----=_Part_%d_%d.%d' % (rng.randint(10000, 99999), rng.randint(100000000, 999999999),
                                             rng.randint(1700000000000, 1799999999999)),
    'exim': lambda: '%d-eximdsn-%d' % (rng.randint(1700000000, 1799999999), rng.randint(10000000, 99999999)),
    'postfix': lambda: '%s.%d/mx.example' % (rand_alnum(11, 'ABCDEF0123456789'), rng.randint(1700000000, 1799999999)),
}


def multipart(sub, parts, style='generic', params='', preamble=None):
    return {'t': 'multi', 'sub': sub, 'parts': parts, 'boundary': BOUNDARY_STYLES[style](), 'params': params,
            'preamble': preamble}


def render(part):
    """-> (list of header lines, body bytes)"""
    if part['t'] == 'leaf':
        return part['headers'], part['body']
    b = part['boundary']
    out = b''
    if part['preamble']:
        out += part['preamble'].encode('ascii').replace(b'\n', b'\r\n') + b'\r\n'
    for p in part['parts']:
        h, body = render(p)
        out += b'--' + b.encode() + b'\r\n' + '\r\n'.join(h).encode('utf-8') + b'\r\n\r\n' + body
        if not body.endswith(b'\r\n'):
            out += b'\r\n'
    out += b'--' + b.encode() + b'--\r\n'
    hdr = 'Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (part['sub'], part['params'], b)
    return [hdr], out

# ---------------------------------------------------------------------------------------------------------------
# plain text -> HTML as various clients write it


def _html_lines(plain):
    """Group plain lines into (kind, lines) blocks: 'q' = quoted with '>', 'p' = paragraph."""
    blocks, cur, curk = [], [], None
    for line in plain.split('\n'):
        k = 'q' if line.startswith('>') else ('b' if not line.strip() else 'p')
        if k != curk and cur:
            blocks.append((curk, cur))
            cur = []
        curk = k
        cur.append(line)
    if cur:
        blocks.append((curk, cur))
    return blocks


def esc(s):
    return htmlmod.escape(s, quote=False)


def plain_to_html(plain, style='gmail', charset='utf-8'):
    blocks = _html_lines(plain)
    body = []
    for k, lines in blocks:
        if k == 'b':
            if style == 'outlook':
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' * (len(lines) - 0 if len(lines) > 1 else 1))
            elif style in ('yandex', 'mailru'):
                body.append('<div>&nbsp;</div>')
            else:
                body.append('<br>' if style != 'helpdesk' else '')
            continue
        if k == 'q':
            inner = '<br>\n'.join(esc(re.sub(r'^> ?', '', l)) for l in lines)
            if style == 'gmail':
                body.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            else:
                body.append('<blockquote style="border-left:2px solid #1010ff;margin:0 0 0 5px;padding:0 5px">'
                            '%s</blockquote>' % inner)
            continue
        if style == 'outlook':
            body.append(''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) or '&nbsp;') for l in lines))
        elif style in ('yandex', 'mailru', 'apple'):
            body.append(''.join('<div>%s</div>\n' % esc(l) for l in lines))
        elif style == 'helpdesk':
            body.append('<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#222">%s</p>\n'
                        % '<br>\n'.join(esc(l) for l in lines))
        else:
            body.append('<div>%s</div>\n' % '<br>\n'.join(esc(l) for l in lines))
    inner = '\n'.join(body)
    if style == 'gmail':
        return '<div dir="ltr">%s</div>\n' % inner
    if style == 'outlook':
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:"Calibri";}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '.MsoChpDefault {mso-style-type:export-only;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="RU" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (charset, inner))
    if style == 'apple':
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '\n%s</body></html>\n' % (charset, inner))
    if style == 'mailru':
        return '<HTML><BODY>%s</BODY></HTML>\n' % inner
    if style == 'yandex':
        return '<div>%s</div>\n' % inner
    if style == 'helpdesk':
        return ('<!DOCTYPE html>\n<html><head><meta charset="%s"><meta name="viewport" '
                'content="width=device-width"></head>\n<body style="background:#f4f5f7;margin:0;padding:0">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">\n'
                '<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">'
                '<tr><td>\n%s</td></tr></table>\n</td></tr></table>\n</body></html>\n' % (charset, inner))
    return '<html><body>\n%s</body></html>\n' % inner

# ---------------------------------------------------------------------------------------------------------------
# clients: identification headers, Message-ID shape, HTML flavour, boundary flavour


def _mid(style, domain, dt):
    t = int(dt.timestamp())
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (rng.choice(['+', 'J', 'K', 'N', 'E', 'O', 'M', 'P']),
                                            rand_alnum(rng.randint(44, 60),
                                                       'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+='))
    if style == 'outlook':
        srv = '%s%02dMB%d' % (rng.choice(['AS8PR', 'DB9PR', 'PAXPR', 'VI1PR', 'GV1PR', 'DU0PR']), rng.randint(1, 10),
                              rng.randint(1000, 9999))
        return '<%s%s@%s.eurprd%02d.prod.outlook.com>' % (srv, rand_alnum(32, '0123456789ABCDEF'), srv,
                                                         rng.randint(1, 10))
    if style == 'exchange':
        return '<%s@%s.%s>' % (rand_alnum(32, '0123456789abcdef'), rng.choice(['EXCH01', 'MSK-EX02', 'mail-ex']), domain)
    if style == 'apple':
        return '<%s@%s>' % (rand_uuid().upper(), domain)
    if style == 'tb':
        return '<%s@%s>' % (rand_uuid(), domain)
    if style == 'mailru':
        return '<%d.%d@f%d.i.mail.ru>' % (t, rng.randint(100000000, 999999999), rng.randint(100, 599))
    if style == 'yandex':
        return '<%d%d@mail-%s.%s.yp-c.yandex.net>' % (rng.randint(100000, 999999), t, rand_alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                                                      rng.choice(['vla', 'sas', 'myt', 'iva']))
    if style == 'thebat':
        return '<%d.%s@%s>' % (rng.randint(100000000, 1999999999), local(dt, 3).strftime('%Y%m%d%H%M%S'), domain)
    if style == 'roundcube':
        return '<%s@%s>' % (rand_hex(32), domain)
    if style == 'php':
        return '<%s@%s>' % (rand_alnum(40), domain)
    return '<%d.%s@%s>' % (t, rand_hex(12), domain)


def thread_index():
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()


CLIENTS = {
    # name: (headers, Message-ID style, HTML style, boundary style)
    'gmail': ([], 'gmail', 'gmail', 'gmail'),
    'outlook': (['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: {ti}', 'Content-Language: ru'],
                'exchange', 'outlook', 'outlook'),
    'outlook-en': (['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: {ti}', 'Content-Language: en-us'],
                   'exchange', 'outlook', 'outlook'),
    'o365': (['Thread-Topic: {subj}', 'Thread-Index: {ti}', 'Accept-Language: ru-RU, en-US',
              'Content-Language: ru-RU', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'], 'outlook', 'outlook', 'outlook'),
    'o365-en': (['Thread-Topic: {subj}', 'Thread-Index: {ti}', 'Accept-Language: en-US',
                 'Content-Language: en-US', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'],
                'outlook', 'outlook', 'outlook'),
    'apple': (['X-Mailer: Apple Mail (2.3826.200.121)'], 'apple', 'apple', 'apple'),
    'iphone': (['X-Mailer: iPhone Mail (22B91)'], 'apple', 'apple', 'apple'),
    'thunderbird': (['User-Agent: Mozilla Thunderbird', 'Content-Language: ru'], 'tb', 'generic', 'thunderbird'),
    'thunderbird-en': (['User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2',
                        'Content-Language: en-GB'], 'tb', 'generic', 'thunderbird'),
    'mailru': (['X-Mailer: Mail.Ru Mailer 1.0', 'X-Originating-IP: [{ip}]'], 'mailru', 'mailru', 'mailru'),
    'yandex': (['X-Mailer: Yamail [ http://yandex.ru ] 5.0'], 'yandex', 'yandex', 'yandex'),
    'thebat': (['X-Mailer: The Bat! (v11.2.3) Professional', 'X-Priority: 3 (Normal)'], 'thebat', 'generic',
               'generic'),
    'roundcube': (['User-Agent: Roundcube Webmail/1.6.9', 'X-Sender: {addr}'], 'roundcube', 'generic', 'generic'),
    'k9': (['User-Agent: K-9 Mail for Android'], 'tb', 'generic', 'generic'),
    'zimbra': (['X-Mailer: Zimbra 10.0.8_GA_4200 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4200)',
                'Thread-Topic: {subj}', 'Thread-Index: {ti}'], 'generic', 'generic', 'java'),
    'mutt': (['User-Agent: NeoMutt/20231103'], 'tb', 'generic', 'generic'),
    'php': (['X-Mailer: PHP/8.2.14'], 'php', 'helpdesk', 'php'),
    'helpdesk': ([], 'generic', 'helpdesk', 'generic'),
    'java': ([], 'generic', 'helpdesk', 'java'),
    'none': ([], 'generic', 'generic', 'generic'),
}

# ---------------------------------------------------------------------------------------------------------------
# the probe a reply answers, and the ways clients quote it


def new_probe(script, company_addr, plus=False):
    dt = BASE + timedelta(minutes=rng.randint(0, 400), seconds=rng.randint(0, 59))
    token = rand_alnum(6, 'abcdefghijkmnpqrstuvwxyz23456789')
    subj, body = SCRIPTS[script]
    mid = '<%s.%s@shopper.example>' % (local(dt, 3).strftime('%Y%m%d%H%M%S'), token)
    to = PERSONA if not plus else 'anatoly+%s@shopper.example' % (plus if isinstance(plus, str) else 'f' + token[:3])
    return {'script': script, 'subj': subj, 'body': body, 'dt': dt, 'company': company_addr, 'mid': mid,
            'token': token, 'to': to}


def qlines(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def h12(t):
    h = t.hour % 12 or 12
    return '%d:%02d %s' % (h, t.minute, 'AM' if t.hour < 12 else 'PM')


def make_quote(style, P, tz=3):
    t = local(P['dt'], tz)
    b = P['body']
    s = P['subj']
    co = P['company']
    N, A = PERSONA_NAME, PERSONA
    ru_date = '%d %s %d г.' % (t.day, RU_MON_GEN[t.month - 1], t.year)
    hm = '%02d:%02d' % (t.hour, t.minute)
    if style == 'gmail-en':
        return 'On %s, %s %d, %d at %s %s <%s> wrote:\n\n%s' % (DOW[t.weekday()], MON[t.month - 1], t.day, t.year,
                                                              h12(t), N, A, qlines(b))
    if style == 'gmail-en-wrap':
        return 'On %s, %s %d, %d at %s %s <\n%s> wrote:\n\n%s' % (DOW[t.weekday()], MON[t.month - 1], t.day, t.year,
                                                                h12(t), N, A, qlines(b))
    if style == 'gmail-ru':
        return '%s, %d %s. %d г. в %s, %s <%s>:\n\n%s' % (RU_DOW_SHORT[t.weekday()], t.day, 'дек', t.year, hm, N, A,
                                                        qlines(b))
    if style == 'outlook-en':
        return ('________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s'
                % (N, A, DOW_FULL[t.weekday()], MON_FULL[t.month - 1], t.day, t.year, h12(t), co, s, b))
    if style == 'outlook-en2':
        return ('From: %s <%s> \nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s'
                % (N, A, DOW_FULL[t.weekday()], MON_FULL[t.month - 1], t.day, t.year, h12(t), co, s, b))
    if style == 'outlook-ru':
        return ('От: %s <%s> \nОтправлено: %s, %s %s\nКому: %s\nТема: %s\n\n%s'
                % (N, A, RU_DOW[t.weekday()].lower(), ru_date, hm, co, s, b))
    if style == 'orig-en':
        return ('-----Original Message-----\nFrom: %s <%s> \nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n\n%s'
                % (N, A, DOW_FULL[t.weekday()], MON_FULL[t.month - 1], t.day, t.year, h12(t), co, s, b))
    if style == 'orig-ru':
        return ('-----Исходное сообщение-----\nОт: %s <%s> \nОтправлено: %s, %s %s\nКому: %s\nТема: %s\n\n%s'
                % (N, A, RU_DOW[t.weekday()].lower(), ru_date, hm, co, s, b))
    if style == 'apple-en':
        return 'On %d %s %d, at %s, %s <%s> wrote:\n\n%s' % (t.day, MON[t.month - 1], t.year, hm, N, A, qlines(b))
    if style == 'ios-en':
        return qlines('On %d %s %d, at %s, %s <%s> wrote:\n\n%s' % (t.day, MON[t.month - 1], t.year, hm, N, A, b))
    if style == 'ios-ru':
        return qlines('%d дек. %d г., в %s, %s <%s> написал(а):\n\n%s' % (t.day, t.year, hm, N, A, b))
    if style == 'apple-ru':
        return '%d дек. %d г., в %s, %s <%s> написал(а):\n\n%s' % (t.day, t.year, hm, N, A, qlines(b))
    if style == 'tb-ru':
        return '%02d.%02d.%d %s, %s пишет:\n%s' % (t.day, t.month, t.year, hm, N, qlines(b))
    if style == 'tb-en':
        return 'On %d/%d/%d %s, %s wrote:\n%s' % (t.month, t.day, t.year, h12(t), N, qlines(b))
    if style == 'tb-en-gb':
        return 'On %02d/%02d/%d %s, %s wrote:\n%s' % (t.day, t.month, t.year, hm, N, qlines(b))
    if style == 'mailru':
        return '%s, %d %s %d, %s %s от %s <%s>:\n%s' % (RU_DOW[t.weekday()], t.day, RU_MON_GEN[t.month - 1], t.year,
                                                      hm, '+03:00' if tz == 3 else tzstr(tz)[:3] + ':' + tzstr(tz)[3:],
                                                      N, A, qlines(b, '>'))
    if style == 'yandex':
        return '%02d.%02d.%d, %s, "%s" <%s>:\n%s' % (t.day, t.month, t.year, hm, N, A, qlines(b))
    if style == 'roundcube-ru':
        return '%s писал %02d.%02d.%d %s:\n%s' % (N, t.day, t.month, t.year, hm, qlines(b))
    if style == 'roundcube-en':
        return 'On %d-%02d-%02d %s, %s wrote:\n%s' % (t.year, t.month, t.day, hm, N, qlines(b))
    if style == 'fwd-ru':
        return ('-------- Пересылаемое сообщение --------\n%02d.%02d.%d, %s, "%s" <%s>:\n\n%s\n\n'
                '-------- Конец пересылаемого сообщения --------' % (t.day, t.month, t.year, hm, N, A, b))
    if style == 'k9':
        return '%s %s:%02d GMT%s, %s <%s> пишет:\n%s' % (ru_date, hm, t.second, tzstr(tz)[:3] + ':00', N, A,
                                                          qlines(b))
    if style == 'zimbra':
        return ('----- Original Message -----\nFrom: "%s" <%s>\nTo: %s\nSent: %s, %s %d, %d %d:%02d:%02d %s\n'
                'Subject: %s\n\n%s' % (N, A, co, DOW_FULL[t.weekday()], MON_FULL[t.month - 1], t.day, t.year,
                                       t.hour % 12 or 12, t.minute, t.second, 'AM' if t.hour < 12 else 'PM', s, b))
    if style == 'zimbra-ru':
        return ('----- Исходное сообщение -----\nОт: "%s" <%s>\nКому: %s\nОтправленные: %s, %d %s %d г %s:%02d\n'
                'Тема: %s\n\n%s' % (N, A, co, RU_DOW[t.weekday()], t.day, RU_MON_GEN[t.month - 1], t.year, hm,
                                    t.second, s, b))
    if style == 'thebat':
        ini = 'АС'
        return 'Вы писали %d %s %d г., %s:\n\n%s' % (t.day, RU_MON_GEN[t.month - 1], t.year, hm, qlines(b, ini + '> '))
    if style == 'samsung-ru':
        return ('-------- Исходное сообщение --------\nОт: %s <%s>\nДата: %02d.%02d.%d %s (GMT%s)\nКому: %s\n'
                'Тема: %s\n\n%s' % (N, A, t.day, t.month, t.year, hm, tzstr(tz)[:3] + ':' + tzstr(tz)[3:], co, s, b))
    if style == 'samsung-en':
        return ('-------- Original message --------\nFrom: %s <%s>\nDate: %d/%d/%d %s (GMT%s)\nTo: %s\n'
                'Subject: %s\n\n%s' % (N, A, t.month, t.day, t.year, hm, tzstr(tz)[:3] + ':' + tzstr(tz)[3:], co, s, b))
    if style == 'plain-en':
        return '%s wrote:\n%s' % (N, qlines(b))
    if style == 'history-ru':
        return '%s, %d %s %d, %s\n\n%s' % (N, t.day, RU_MON_GEN[t.month - 1], t.year, hm, b)
    if style == 'history-en':
        return '%s\n\n%s %d, %d, %s GMT%+g\n\n%s' % (N, MON[t.month - 1], t.day, t.year, h12(t), tz, b)
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------------------------
# the message builder

DEFAULT_DELAY = {'human': (12 * 60, 26 * 3600), 'redirect': (5 * 60, 5 * 3600), 'ack': (3, 70),
                 'autoreply': (2, 45), 'bounce': (1, 20)}


def domain_of(a):
    return re.search(r'@([^>\s]+)', a).group(1)


def mail(slug, kind, lang, note, *, frm, script='shop', body=None, html=None, alt=None, subject=None,
         cs='utf-8', cte='quoted-printable', hcs=None, henc='B', hcte=None, delay=None, tz=3, client='none',
         irt=True, refs=True, plus=False, hdrs=(), top_hdrs=(), quote=None, company=None, ctfmt='"%s"', mid=None,
         envelope=None, raw_subject=False, to=None, reply_to=None, cc=None, probe=None, date=None,
         mime_version='1.0', hops=1, parts_after=()):
    frm_addr = re.search(r'<([^>]+)>', frm).group(1) if '<' in frm else frm
    dom = domain_of(frm_addr)
    P = probe or new_probe(script, company or frm_addr, plus)
    subj = P['subj']
    if subject is None:
        subject = 'Re: ' + subj
    subject = subject.replace('{subj}', subj)
    qtext = make_quote(quote, P, tz) if quote else ''
    # dates
    if date is not None:
        dt = date
    else:
        if delay is None:
            lo, hi = DEFAULT_DELAY[kind]
            d = timedelta(seconds=rng.randint(lo, hi))
        else:
            d = parse_delay(delay)
        dt = P['dt'] + d
    pt, rt = local(P['dt'], tz), local(dt - timedelta(seconds=rng.randint(20, 300)), tz)
    places = {'{p_dmy}': '%02d.%02d.%d' % (pt.day, pt.month, pt.year), '{p_hm}': '%02d:%02d' % (pt.hour, pt.minute),
              '{p_dmy_en}': '%02d/%02d/%d' % (pt.day, pt.month, pt.year),
              '{r_dmy}': '%02d.%02d.%d' % (rt.day, rt.month, rt.year), '{r_hm}': '%02d:%02d' % (rt.hour, rt.minute),
              '{r_ru}': '%d дек. %d г.' % (rt.day, rt.year), '{r_en}': '%s %d, %d' % (MON[rt.month - 1], rt.day, rt.year),
              '{r_h12}': h12(rt)}
    for k, v in places.items():
        body = body.replace(k, v) if body is not None else None
        html = html.replace(k, v) if html is not None else None
    hcs = hcs or (cs if cs != 'us-ascii' else 'utf-8')
    if body is not None:
        body = downgrade(body.replace('{quote}', qtext), cs)
    if html is not None:
        html = downgrade(html.replace('{quote_html}', '<blockquote type="cite">%s</blockquote>'
                                      % '<br>\n'.join(esc(l) for l in qtext.split('\n'))), cs)
    subject = downgrade(subject, hcs)
    # the label
    expected = ''
    regions = []
    if kind in ('human', 'redirect'):
        if body is not None:
            regions = [norm(r) for r in kept(body)]
        else:
            regions = [norm(html_visible(r)) for r in kept(html)]
        expected = norm(' '.join(regions))
        assert expected, slug
    else:
        assert not kept(body or '') and not kept(html or ''), slug
    # the MIME body
    chdrs, midstyle, hstyle, bstyle = CLIENTS[client]
    if body is not None and html is None and not alt:
        part = text_part('plain', unmark(body), cs, cte, ctfmt)
    elif body is None and html is not None:
        part = text_part('html', unmark(html), cs, hcte or cte, ctfmt)
    else:
        h = unmark(html) if html is not None else plain_to_html(unmark(body), alt or hstyle, cs)
        part = multipart('alternative', [text_part('plain', unmark(body), cs, cte, ctfmt),
                                         text_part('html', h, cs, hcte or cte, ctfmt)], bstyle)
    if parts_after:
        part = multipart('mixed', [part] + list(parts_after), bstyle)
    hlines, payload = render(part)
    recv = dt + timedelta(seconds=rng.randint(1, 9))
    to_hdr = to or P['to']
    env = envelope if envelope is not None else frm_addr
    H = []
    H.append('Return-Path: <%s>' % env)
    H.append('Delivered-To: %s' % P['to'])
    mx = rng.choice(['mx', 'mx1', 'mail', 'relay', 'smtp-in', 'mx-out']) + '.' + dom
    ip = rand_ip()
    H.append('Received: from %s (%s [%s])\r\n\tby mx.shopper.example (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
             % (mx, mx, ip, rand_alnum(10, '0123456789ABCDEF'), P['to'], rfc_date(recv, 3)))
    for i in range(hops - 1):
        inner = '10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        H.append('Received: from [%s] (unknown [%s])\r\n\tby %s with ESMTPSA id %s\r\n\tfor <%s>; %s'
                 % (inner, inner, mx, rand_hex(12), P['to'], rfc_date(dt + timedelta(seconds=1), tz)))
    H.extend(top_hdrs)
    H.append('Date: %s' % rfc_date(dt, tz))
    H.append('From: %s' % addr(frm, hcs, henc))
    H.append('To: %s' % (to_hdr if '<' in to_hdr or '@' not in to_hdr else
                         (addr('%s <%s>' % (PERSONA_NAME, to_hdr), hcs, henc) if rng.random() < 0.6 else to_hdr)))
    if cc:
        H.append('Cc: %s' % cc)
    if reply_to:
        H.append('Reply-To: %s' % addr(reply_to, hcs, henc))
    if raw_subject:
        H.append('Subject: %s' % subject)
    else:
        H.append('Subject: %s' % ew(subject, hcs, henc))
    H.append('Message-ID: %s' % (mid or _mid(midstyle, dom, dt)))
    if irt and not plus:
        H.append('In-Reply-To: %s' % P['mid'])
        if refs:
            H.append('References: %s' % P['mid'])
    for c in chdrs:
        H.append(c.replace('{ti}', thread_index()).replace('{ip}', rand_ip()).replace('{addr}', frm_addr)
                 .replace('{subj}', ew(subject, hcs, henc)))
    H.extend(hdrs)
    if mime_version:
        H.append('MIME-Version: %s' % mime_version)
    H.extend(hlines)
    raw = '\r\n'.join(H).encode('utf-8') + b'\r\n\r\n' + payload
    MESSAGES.append({'slug': slug, 'kind': kind, 'lang': lang, 'note': note, 'raw': raw, 'expected': expected,
                     'regions': regions, 'html_only': body is None})
    return P


# ---------------------------------------------------------------------------------------------------------------
# bounces


def probe_message(P, headers_only=False):
    """The probe as it left the persona's mailbox (for message/rfc822 and text/rfc822-headers parts)."""
    h = ['Return-Path: <%s>' % P['to'],
         'Received: from [10.20.0.15] (unknown [10.20.0.15])\r\n\tby smtp.shopper.example (Postfix) with ESMTPSA id %s\r\n'
         '\tfor <%s>; %s' % (rand_alnum(10, '0123456789ABCDEF'), P['company'], rfc_date(P['dt'], 3)),
         'Date: %s' % rfc_date(P['dt'], 3),
         'From: %s' % addr('%s <%s>' % (PERSONA_NAME, P['to'])),
         'To: %s' % P['company'],
         'Subject: %s' % ew(P['subj']),
         'Message-ID: %s' % P['mid'],
         'MIME-Version: 1.0',
         'Content-Type: text/plain; charset="utf-8"',
         'Content-Transfer-Encoding: quoted-printable']
    head = '\r\n'.join(h).encode('ascii') + b'\r\n'
    if headers_only:
        return head
    return head + b'\r\n' + encode_body(P['body'], 'utf-8', 'quoted-printable')


def dsn(slug, lang, note, *, reporter, company, text, rcpts, script='shop', subject='Undelivered Mail Returned to Sender',
        frm=None, attach='rfc822', text_cs='us-ascii', text_cte='7bit', html_text=None, delay=None, tz=3,
        hdrs=(), per_msg=(), bstyle='postfix', auto_submitted='auto-replied', envelope='', hcs='utf-8', henc='B',
        mid=None, irt=False, plus=False, outer='report', extra_parts=()):
    P = new_probe(script, company, plus)
    d = parse_delay(delay) if delay else timedelta(seconds=rng.randint(*DEFAULT_DELAY['bounce']))
    dt = P['dt'] + d
    frm = frm or 'Mail Delivery System <MAILER-DAEMON@%s>' % reporter
    subject = subject.replace('{subj}', P['subj'])
    if html_text is not None:
        html_text = html_text.replace('{company}', company).replace('{subj}', esc(P['subj']))
    text = text.replace('{company}', company).replace('{date}', rfc_date(P['dt'], 3)).replace('{subj}', P['subj'])
    text = text.replace('{reporter}', reporter).replace('{persona}', P['to'])
    human = text_part('plain', text, text_cs, text_cte, '%s', ['Content-Description: Notification'])
    if html_text is not None:
        human = multipart('alternative', [human, text_part('html', html_text, text_cs, text_cte, '%s')], 'generic')
    fields = ['Reporting-MTA: dns; %s' % reporter] + [f.replace('{persona}', P['to']) for f in per_msg]
    fields.append('Arrival-Date: %s' % rfc_date(P['dt'] + timedelta(seconds=rng.randint(1, 4)), 3))
    blocks = ['\r\n'.join(fields)]
    for r in rcpts:
        f = []
        if r.get('orig'):
            f.append('Original-Recipient: rfc822; %s' % r['orig'])
        f.append('Final-Recipient: rfc822; %s' % r.get('final', company))
        f.append('Action: %s' % r.get('action', 'failed'))
        f.append('Status: %s' % r['status'])
        if r.get('remote'):
            f.append('Remote-MTA: dns; %s' % r['remote'])
        if r.get('diag'):
            f.append('Diagnostic-Code: %s' % r['diag'])
        if r.get('last'):
            f.append('Last-Attempt-Date: %s' % rfc_date(dt, tz))
        f.extend(r.get('extra', []))
        blocks.append('\r\n'.join(f))
    status = raw_part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
                      ('\r\n\r\n'.join(blocks) + '\r\n').encode('utf-8'))
    parts = [human, status]
    if attach == 'rfc822':
        parts.append(raw_part(['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'],
                              probe_message(P)))
    elif attach == 'headers':
        parts.append(raw_part(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'],
                              probe_message(P, headers_only=True)))
    parts.extend(extra_parts)
    part = multipart('report', parts, bstyle, ' report-type=delivery-status;')
    hlines, payload = render(part)
    H = ['Return-Path: <%s>' % envelope, 'Delivered-To: %s' % P['to']]
    H.append('Received: from %s (%s [%s])\r\n\tby mx.shopper.example (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
             % (reporter, reporter, rand_ip(), rand_alnum(10, '0123456789ABCDEF'), P['to'],
                rfc_date(dt + timedelta(seconds=2), 3)) if not reporter.endswith('shopper.example') else
             'Received: by smtp.shopper.example (Postfix)\r\n\tid %s; %s' % (rand_alnum(10, '0123456789ABCDEF'),
                                                                            rfc_date(dt, 3)))
    H.extend(hdrs)
    H.append('Date: %s' % rfc_date(dt, tz))
    H.append('From: %s' % addr(frm, hcs, henc))
    H.append('To: %s' % P['to'])
    H.append('Subject: %s' % ew(subject, hcs, henc))
    H.append('Message-ID: %s' % (mid or '<%s@%s>' % (rand_alnum(14, '0123456789ABCDEF'), reporter)))
    if irt:
        H.append('In-Reply-To: %s' % P['mid'])
    if auto_submitted:
        H.append('Auto-Submitted: %s' % auto_submitted)
    H.append('MIME-Version: 1.0')
    H.extend(hlines)
    raw = '\r\n'.join(H).encode('utf-8') + b'\r\n\r\n' + payload
    MESSAGES.append({'slug': slug, 'kind': 'bounce', 'lang': lang, 'note': note, 'raw': raw, 'expected': '',
                     'regions': [], 'html_only': False})


def bounce_text(slug, lang, note, *, frm, company, body, subject, script='shop', cs='us-ascii', cte='7bit',
                hdrs=(), delay=None, tz=3, attach=False, envelope='', plus=False):
    """A non-standard bounce: one text/plain part, the original quoted or pasted in the text."""
    P = new_probe(script, company, plus)
    orig = probe_message(P).decode('ascii').replace('\r\n', '\n')
    body = body.replace('{company}', company).replace('{date}', rfc_date(P['dt'], 3)).replace('{subj}', P['subj'])
    body = body.replace('{persona}', P['to'])
    if '{orig}' in body:
        body = body.replace('{orig}', orig)
    if '{orig_headers}' in body:
        body = body.replace('{orig_headers}', orig.split('\n\n')[0])
    if '{orig_text}' in body:
        body = body.replace('{orig_text}', P['body'])
    extra = [raw_part(['Content-Type: message/rfc822', 'Content-Disposition: inline'], probe_message(P))] if attach else []
    mail(slug, 'bounce', lang, note, frm=frm, body=body, subject=subject, cs=cs, cte=cte, hdrs=hdrs, delay=delay,
         tz=tz, irt=False, envelope=envelope, probe=P, parts_after=extra)


# ---------------------------------------------------------------------------------------------------------------
# writing, splitting, checking

CONTENT = []


def content(f):
    CONTENT.append(f)
    return f


PROBE_SENTENCES = ['До скольки работает пункт самовывоза', 'Какие у вас тарифы, как заключить договор']


def visible_text(msg):
    plain, htmls = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != 'text':
            continue
        if part.get_content_subtype() == 'plain':
            plain.append(part.get_content())
        elif part.get_content_subtype() == 'html':
            htmls.append(html_visible(part.get_content()))
    return norm(' '.join(plain)), norm(' '.join(htmls))


def check(messages):
    problems = []
    for m in messages:
        raw = m['raw']
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            problems.append('%s: line ends are not all CRLF' % m['file'])
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            email.message_from_bytes(raw)   # compat32 as well
            plain, htmlv = visible_text(msg)
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if msg[h] is None:
                    problems.append('%s: no %s header' % (m['file'], h))
            str(msg['Subject'])
        except Exception as e:   # noqa: BLE001 - report any parse failure
            problems.append('%s: does not parse: %r' % (m['file'], e))
            continue
        if m['kind'] in ('human', 'redirect'):
            if not m['expected']:
                problems.append('%s: no expected_reply' % m['file'])
            texts = [htmlv] if m['html_only'] else [plain] + ([htmlv] if htmlv else [])
            for text in texts:
                for r in m['regions']:
                    if r not in text:
                        problems.append('%s: kept text not in the decoded body: %r' % (m['file'], r[:60]))
            for ps in PROBE_SENTENCES:
                if ps in m['expected']:
                    problems.append('%s: expected_reply contains the quoted probe' % m['file'])
        elif m['expected']:
            problems.append('%s: expected_reply for kind %s' % (m['file'], m['kind']))
        left = re.findall(r'\{(?:quote|quote_html|subj|company|date|persona|orig\w*|reporter|[pr]_\w+)\}', plain + htmlv)
        if left or '⟦' in plain + htmlv or '⟧' in plain + htmlv:
            problems.append('%s: unfilled placeholder or mark %s' % (m['file'], left))
    return problems


def main():
    for f in CONTENT:
        f()
    slugs = [m['slug'] for m in MESSAGES]
    dup = {s for s in slugs if slugs.count(s) > 1}
    assert not dup, 'duplicate slugs: %s' % sorted(dup)
    order = list(MESSAGES)
    random.Random(SEED + 1).shuffle(order)
    for i, m in enumerate(order, 1):
        m['file'] = '%03d-%s.eml' % (i, m['slug'])
    strata = {}
    for m in order:
        strata.setdefault((m['kind'], m['lang']), []).append(m)
    for key, ms in strata.items():
        ms.sort(key=lambda m: hashlib.sha1(m['file'].encode('utf-8')).hexdigest())
        ntrain = int(len(ms) * 0.5 + 0.5)
        for j, m in enumerate(ms):
            m['split'] = 'train' if j < ntrain else 'heldout'
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for m in order:
        with open(os.path.join(OUT, m['file']), 'wb') as fh:
            fh.write(m['raw'])
    with open(os.path.join(OUT, 'manifest.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['file', 'kind', 'expected_reply', 'split', 'note'])
        for m in order:
            w.writerow([m['file'], m['kind'], m['expected'], m['split'], '%s; %s' % (m['lang'], m['note'])])
    problems = check(order)
    with open(os.path.join(OUT, 'manifest.csv'), encoding='utf-8', newline='') as fh:
        rows = list(csv.DictReader(fh))
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    if sorted(r['file'] for r in rows) != files:
        problems.append('manifest rows do not match the files')
    kinds = ['human', 'redirect', 'ack', 'autoreply', 'bounce']
    print('%-10s %-8s %5s %5s %5s' % ('kind', 'split', 'ru', 'en', 'all'))
    for k in kinds:
        for sp in ('train', 'heldout'):
            ru = sum(1 for m in order if m['kind'] == k and m['split'] == sp and m['lang'] == 'ru')
            en = sum(1 for m in order if m['kind'] == k and m['split'] == sp and m['lang'] == 'en')
            print('%-10s %-8s %5d %5d %5d' % (k, sp, ru, en, ru + en))
    for sp in ('train', 'heldout'):
        print('%-10s %-8s %5d %5d %5d' % ('all', sp, sum(1 for m in order if m['split'] == sp and m['lang'] == 'ru'),
                                         sum(1 for m in order if m['split'] == sp and m['lang'] == 'en'),
                                         sum(1 for m in order if m['split'] == sp)))
    print('total %d messages, %d in Russian, %d in English' % (len(order), sum(m['lang'] == 'ru' for m in order),
                                                            sum(m['lang'] == 'en' for m in order)))
    for p in problems:
        print('PROBLEM', p, file=sys.stderr)
    return 1 if problems else 0

# ---------------------------------------------------------------------------------------------------------------
# the messages

ZD_HDRS = ['Auto-Submitted: auto-generated', 'Precedence: bulk']


@content
def human_ru():
    mail('hum-gmail-curt-ru', 'human', 'ru', 'Gmail, curt one-line answer, Russian Gmail attribution and > quote',
         frm='Денис Рябов <d.ryabov@hmel-solod.example.ru>', company='shop@hmel-solod.example.ru', client='gmail',
         alt='gmail', quote='gmail-ru', delay='37m',
         body='⟦До 21:00.⟧\n\n{quote}\n')
    mail('hum-outlook-tariffs-ru', 'human', 'ru', 'Outlook 2016, full services answer, signature block with phones,'
         ' Russian From/Sent block, HTML part in base64', script='svc', frm='Полина Гаврилова <p.gavrilova@platio.example.ru>',
         company='sales@platio.example.ru', client='outlook', alt='outlook', hcte='base64', quote='outlook-ru', delay='2h14m',
         body='⟦Добрый день, Анатолий!\n\nСпасибо за интерес к интернет-эквайрингу Платио.\n\n'
              'Тарифы:\n- «Старт» — 2,6% с оборота до 300 000 ₽ в месяц, без абонентской платы;\n'
              '- «Бизнес» — 2,1% и 1 490 ₽ в месяц;\n- для оборота от 5 млн ₽ ставка обсуждается отдельно.\n\n'
              'Договор заключаем по оферте: заполняете анкету в личном кабинете, прикладываете выписку ЕГРЮЛ, '
              'подписываем заявление о присоединении через ЭДО (Диадок или СБИС). Проверка и подключение занимают '
              '3 рабочих дня, после этого можно принимать оплату.\n\nЕсли удобно, пришлю ссылку на анкету.⟧\n\n'
              'С уважением,\nПолина Гаврилова\nменеджер по работе с клиентами\nООО «Платио»\n'
              'тел. +7 (495) 555-01-37, доб. 214\nwww.platio.example.ru\n\n{quote}\n')
    mail('hum-thebat-koi8-bottom-ru', 'human', 'ru', 'The Bat!, koi8-r 8bit, initials quote (АС>) ABOVE the answer, '
         'greeting before the attribution, "-- " signature', frm='Николай Зуев <zuev@bulat-nozh.example.ru>',
         client='thebat', cs='koi8-r', cte='8bit', quote='thebat', delay='5h40m', tz=5,
         body='⟦Здравствуйте, Анатолий.⟧\n\n{quote}\n\n⟦Мастерская открыта до 19 часов, в субботу до 16. '
              'Заказ могу оформить я: напишите, какой нож нужен (модель и сталь), и телефон для связи. '
              'Доставка сегодня по Екатеринбургу - курьером, если успеем собрать до 15 часов.⟧\n\n'
              '-- \nС уважением,\n Николай                          mailto:zuev@bulat-nozh.example.ru\n')
    mail('hum-mailru-mobile-ru', 'human', 'ru', 'Mail.ru mobile, "Отправлено из мобильной Почты Mail.ru", mail.ru '
         'attribution with >-quote without space', frm='Светлана <sveta.klubok@klubok-pryazha.example.ru>',
         client='mailru', alt='mailru', quote='mailru', delay='1h05m', cte='base64',
         body='⟦Добрый день! Пункт на Лиговском работает с 10 до 21 каждый день. Заказ можно оформить прямо на сайте '
              'через корзину, а если не получится, пришлите список пряжи сюда, я соберу сама. Доставку сегодня '
              'курьером успеем, если оформите до 15:00.⟧\n\n\nОтправлено из мобильной Почты Mail.ru\n\n\n{quote}\n')
    mail('hum-yandex-list-ru', 'human', 'ru', 'Yandex Mail web, services answer with list, Yandex attribution',
         script='svc', frm='Игорь Мельник <melnik@zveno-trans.example.ru>', company='info@zveno-trans.example.ru',
         client='yandex', alt='yandex', quote='yandex', delay='3h',
         body='⟦Здравствуйте, Анатолий.\n\nПо доставке для интернет-магазинов у нас три варианта:\n'
              '1. По городу в день заказа — от 390 руб. за отправление.\n2. По области — от 520 руб.\n'
              '3. Межгород — по тарифной сетке, пришлю файлом.\n\nДоговор стандартный, на нашем бланке; подписать '
              'можно в ЭДО или сканами с последующей отправкой оригиналов. Обычно от первого письма до первой '
              'отгрузки проходит 2 рабочих дня.⟧\n\n--\nИгорь Мельник\nТрансЗвено, отдел продаж\n\n{quote}\n')
    mail('hum-iphone-ru', 'human', 'ru', 'iPhone Mail, "Отправлено с iPhone", iOS quote with > on attribution',
         frm='Алина Фомичёва <alina@pion-co.example.ru>', company='zakaz@pion-co.example.ru', client='iphone',
         quote='ios-ru', cte='quoted-printable', delay='22m',
         body='⟦Здравствуйте! Работаем до 20:00 без выходных. Напишите, какой букет хотите, я оформлю заказ сама и '
              'отправлю курьера сегодня⟧\n\nОтправлено с iPhone\n\n{quote}\n')
    mail('hum-zendesklike-autogen-ru', 'human', 'ru', 'helpdesk agent answer marked Auto-Submitted: auto-generated '
         'and Precedence: bulk, reply-above marker, "Ваш запрос (N) обновлен", agent/date line, ticket history, '
         'footer with ticket code; no vendor headers', frm='Крафтбокс <help@kraftbox.example.ru>',
         subject='[Крафтбокс] Re: {subj}', hdrs=ZD_HDRS, irt=False, client='helpdesk', alt='helpdesk',
         quote='history-ru', delay='2h30m', reply_to='Крафтбокс <help+id73215@kraftbox.example.ru>',
         body='##- Введите свой ответ над этой строкой -##\n\nВаш запрос (73215) обновлен. Чтобы добавить '
              'комментарий, просто ответьте на это письмо.\n\nВера Ш. (Крафтбокс)\n\n{r_ru}, {r_hm} GMT+3\n\n'
              '⟦Здравствуйте, Анатолий!\n\nПункт выдачи на Полевой, 12 работает сегодня до 20:00. Заказ я могу '
              'оформить за вас: пришлите, пожалуйста, ссылки на товары и телефон получателя. Доставка сегодня '
              'возможна, если заказ будет оплачен до 16:00.⟧\n\nВера, служба заботы Крафтбокса\n\n'
              '{quote}\n\n--------------------------------\nЭто письмо отправлено службой поддержки Крафтбокс.\n'
              '[K9ZW2Q-3VRP]\n')
    mail('hum-usedesklike-bulk-ru', 'human', 'ru', 'Russian helpdesk agent reply with Precedence: bulk, '
         'reply-above marker line, ticket footer, no vendor header', script='svc',
         frm='Поддержка Сайтокрафт <support@saitokraft.example.ru>', subject='Re: {subj} [#1823394]',
         hdrs=['Precedence: bulk', 'X-Auto-Response-Suppress: All'], irt=False, client='helpdesk', alt='helpdesk',
         quote='history-ru', delay='4h12m',
         body='— Напишите ответ выше этой линии —\n\n⟦Анатолий, добрый день!\n\nТарифы конструктора: «Визитка» '
              '— 390 ₽ в месяц, «Магазин» — 1 190 ₽, «Магазин+» — 2 790 ₽ при оплате за год. Договор — публичная '
              'оферта, для юрлиц выставляем счёт и закрывающие документы через ЭДО. Сайт на шаблоне запускается за '
              '1–2 рабочих дня, если контент готов.⟧\n\nС уважением, Дарья\nКоманда поддержки Сайтокрафт\n\n'
              '---\nОбращение № 1823394 · Статус: ожидает ответа клиента\n\n{quote}\n')
    mail('hum-thunderbird-inline-ru', 'human', 'ru', 'Thunderbird, inline answers between the quoted question '
         'parts', script='svc', frm='Олег Сутягин <o.sutyagin@voronka-crm.example.ru>',
         company='hello@voronka-crm.example.ru', client='thunderbird', cte='8bit', delay='6h',
         body='⟦Здравствуйте, Анатолий.⟧\n\n{p_dmy} {p_hm}, Анатолий Смирнов пишет:\n> Добрый день!\n'
              '> Какие у вас тарифы,\n\n⟦Три тарифа: 590, 990 и 1690 руб. за пользователя в месяц, отличаются '
              'числом воронок и интеграций. Сравнение: https://voronka-crm.example.ru/prices⟧\n\n'
              '> как заключить договор\n\n⟦Договор-оферта на сайте; если нужен договор на бумаге — пришлите '
              'реквизиты, подготовим.⟧\n\n> и сколько времени это займёт?\n\n⟦Доступ открываем сразу после '
              'оплаты, с бумажным договором — около 3 рабочих дней.⟧\n\n> \n> Анатолий Смирнов\n\n-- \nОлег\n')
    mail('hum-roundcube-cp1251-ru', 'human', 'ru', 'Roundcube, windows-1251 quoted-printable, Roundcube attribution',
         frm='Марина Ежова <ezhova@hod-konem.example.ru>', client='roundcube', cs='windows-1251',
         cte='quoted-printable', quote='roundcube-ru', delay='50m',
         body='⟦Добрый день, Анатолий!\n\nНаш пункт выдачи на Бакунина, 8 открыт до 19:30, по выходным до 17:00. '
              'Если скажете, какие игры нужны, оформлю заказ и забронирую их на ваше имя. Курьером сегодня '
              'отправим только при заказе до 14:00, сейчас уже не успеваем — могу предложить завтра утром.⟧\n\n'
              '---\nМарина Ежова\nмагазин настольных игр «Ход конём»\n\n{quote}\n')
    mail('hum-outlook-orig-cp1251-b64-ru', 'human', 'ru', 'Outlook 2010, windows-1251 base64, '
         '"-----Исходное сообщение-----" block, valediction «С уважением»', script='svc',
         frm='Кудрявцев Артём <kudryavtsev@sklad24.example.ru>', company='info@sklad24.example.ru',
         client='outlook', cs='windows-1251', cte='base64', quote='orig-ru', delay='1d2h',
         hdrs=['X-MimeOLE: Produced By Microsoft MimeOLE'],
         body='⟦Анатолий, добрый день.\n\nФулфилмент у нас считается по операциям: приёмка от 6 руб. за единицу, '
              'хранение от 450 руб. за паллетоместо в месяц, сборка заказа от 35 руб. Точный расчёт сделаю, если '
              'пришлёте примерный объём и габариты товара.\n\nДоговор наш типовой, подписываем через ЭДО. '
              'От подписания до первой приёмки — 5 рабочих дней.⟧\n\nС уважением,\nАртём Кудрявцев\n'
              'Склад-24 | фулфилмент для маркетплейсов\n+7 (843) 555-77-02\n\n{quote}\n')
    mail('hum-lone-name-hours-ru', 'human', 'ru', 'plain 8bit, opening hours are the answer, lone name line '
         'after the answer, no quote', frm='Олег <oleg@ventil-santeh.example.ru>', client='none', cte='8bit',
         delay='3h5m', body='⟦Пункт работает с 10 до 21⟧\n\nОлег\n')
    mail('hum-answers-with-phone-ru', 'human', 'ru', 'answers and also gives a phone number, Gmail, valediction '
         '«Всего доброго»', frm='Станислав Рогов <rogov@kleviy.example.ru>', company='info@kleviy.example.ru',
         client='gmail', alt='gmail', quote='gmail-ru', delay='1h48m',
         body='⟦Анатолий, здравствуйте!\n\nСамовывоз со склада на Складской, 4 — до 19:00. Заказ оформлю, '
              'пришлите артикулы или ссылки; если удобнее, позвоните 8 (812) 555-43-21 и продиктуйте. Доставку '
              'сегодня по Петербургу делаем до 22:00, стоимость 450 ₽.⟧\n\nВсего доброго,\nСтанислав\n'
              'Рыболовный магазин «Клёвое место»\n\n{quote}\n')
    mail('hum-link-offer-ru', 'human', 'ru', 'services answer with a price link, offer, timing; HTML-only Gmail',
         script='svc', frm='Евгения Лапина <lapina@kassaline.example.ru>', client='gmail', delay='2h',
         quote='gmail-ru',
         html='<div dir="ltr"><div>⟦Здравствуйте, Анатолий!</div><div><br></div><div>Тарифы на облачную кассу: '
              '<a href="https://kassaline.example.ru/tarify">kassaline.example.ru/tarify</a> — от 1 900 ₽ '
              'в месяц за кассу с фискальным накопителем. Договор — оферта, принимается оплатой счёта. '
              'Регистрация кассы в ФНС занимает 2 рабочих дня.</div><div><br></div><div>Могу выставить счёт '
              'сегодня, если пришлёте ИНН.⟧</div><div><br></div><div>Евгения</div><div>КассаЛайн</div></div><br>'
              '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">пн, 7 дек. 2026 г. в 12:10, '
              'Анатолий Смирнов &lt;<a href="mailto:anatoly@shopper.example">anatoly@shopper.example</a>&gt;:'
              '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">Добрый день!<br>Какие у вас тарифы, как заключить договор и '
              'сколько времени это займёт?<br><br>Анатолий Смирнов</blockquote></div>\n')
    mail('hum-partial-no-sameday-ru', 'human', 'ru', 'partial answer (no same-day delivery), Yandex mobile device '
         'line', frm='Кирилл Быков <kbykov@dve-osi.example.ru>', company='info@dve-osi.example.ru', client='yandex',
         quote='yandex', cte='8bit', delay='7h',
         body='⟦Доставки в день заказа у нас, к сожалению, нет, только на следующий день. Самовывоз до 18, '
              'адрес на сайте в контактах.⟧\n\n-- \nОтправлено из мобильной Яндекс Почты\n\n{quote}\n')
    mail('hum-chatwidget-author-ru', 'human', 'ru', 'offline chat-widget answer by e-mail: "Мария из Зёрнышка" '
         'author line above, widget footer below', frm='Пекарня Зёрнышко <noreply@zernyshko.example.ru>',
         subject='Новое сообщение от Пекарня Зёрнышко', irt=False, client='php', alt='helpdesk', delay='58m',
         hdrs=['Auto-Submitted: auto-generated'],
         body='Мария из Зёрнышка\n\n⟦Анатолий, здравствуйте! Лавка на Гороховой работает до 21:00. Торт можно '
              'заказать прямо здесь в чате или на сайте, доставка сегодня есть — курьер привезёт в течение трёх '
              'часов после оплаты.⟧\n\n————\nЧтобы ответить, просто ответьте на это письмо или вернитесь в чат на '
              'сайте zernyshko.example.ru\nВы получили это письмо, потому что оставили сообщение в чате.\n')
    mail('hum-html-omnilike-ru', 'human', 'ru', 'HTML-only helpdesk answer, reply-above marker «## Ответ пишите '
         'выше этой строки ##», agent/time line, ticket footer; entities', script='svc',
         frm='Служба поддержки Голосовой почты <help@golos-pochta.example.ru>', subject='[Обращение #40871] {subj}',
         irt=False, hdrs=ZD_HDRS, client='helpdesk', delay='3h33m', cte='base64',
         html='<html><body style="font-family:Arial">\n<div style="color:#aaa">## Ответ пишите выше этой строки ##'
              '</div>\n<p style="color:#888">Андрей Ляхов, {r_dmy} {r_hm}</p>\n<p>⟦Анатолий, добрый день!</p>\n'
              '<p>Тарифы виртуальной АТС: «Офис» &mdash; 790&nbsp;₽ в месяц за 3 линии, «Отдел продаж» &mdash; '
              '1&nbsp;990&nbsp;₽ за 10 линий, каждый номер &mdash; 300&nbsp;₽.</p>\n<p>Договор подписываем '
              'электронно через ЭДО, номер подключаем в течение 1 рабочего дня после оплаты.⟧</p>\n'
              '<p>С уважением,<br>Андрей<br>Голосовая почта</p>\n<hr>\n<p style="font-size:11px;color:#999">'
              'Обращение #40871. Вы можете ответить на это письмо &mdash; ответ добавится к обращению.</p>\n'
              '</body></html>\n')
    mail('hum-disclaimer-outlook-ru', 'human', 'ru', 'Outlook, long proactive answer, signature with logo line '
         'and legal disclaimer, Outlook Russian From block', script='svc',
         frm='Лебедева Наталья <n.lebedeva@teplodom-service.example.ru>', company='b2b@teplodom-service.example.ru',
         client='outlook', alt='outlook', quote='outlook-ru', delay='5h',
         body='⟦Анатолий, добрый день!\n\nБлагодарю за обращение. По сервисному обслуживанию котельного '
              'оборудования у нас два тарифа: «Базовый» — 4 500 ₽ в месяц (плановый выезд раз в квартал) и '
              '«Полный» — 9 800 ₽ в месяц (выезд по вызову без доплаты, 24/7).\n\nДоговор: пришлите карточку '
              'предприятия, я подготовлю проект, подпишем через ЭДО или курьером. Обычно на согласование уходит '
              '3–4 рабочих дня, первый выезд инженера — в течение недели после подписания.\n\nГотова созвониться '
              'в удобное вам время.⟧\n\nС уважением,\nНаталья Лебедева\nРуководитель направления B2B\n'
              'ТеплоДом-Сервис\nМоб.: +7 (916) 555-18-40\n\nКОНФИДЕНЦИАЛЬНОСТЬ: Настоящее сообщение и любые '
              'приложения к нему предназначены только для указанного получателя и могут содержать '
              'конфиденциальную информацию. Если вы получили его по ошибке, сообщите отправителю и удалите '
              'сообщение.\n\n{quote}\n')
    mail('hum-thanks-start-ru', 'human', 'ru', '"Спасибо за обращение!" at the start (kept) and '
         '«Спасибо за обращение!» style sign-off absent; Apple Mail', frm='Роман Тихий <roman@chai-lunjin.example.ru>',
         company='hello@chai-lunjin.example.ru', client='apple', alt='apple', quote='apple-ru', delay='1h15m',
         body='⟦Анатолий, здравствуйте! Спасибо, что написали.\n\nЧайная на Покровке открыта до 22:00. Если '
              'пришлёте список чаёв, соберу заказ и передам в доставку — сегодня по Москве привезём до 21:00.⟧\n\n'
              'С теплом,\nРоман\nДом чая «Лунцзин»\n\n{quote}\n')
    mail('hum-thanks-signoff-ru', 'human', 'ru', '«Спасибо за обращение!» used as the sign-off before the name '
         '(removed)', script='svc', frm='Мария Дёмина <demina@skladno.example.ru>', client='mailru', alt='mailru',
         quote='mailru', delay='2h50m',
         body='⟦Здравствуйте, Анатолий!\n\nАбонемент на хранение на нашем складе — от 2 300 руб. в месяц за '
              'кубометр, договор типовой (отправлю по запросу), заключаем за 1 рабочий день.⟧\n\nСпасибо за '
              'обращение!\nМария Дёмина, менеджер «Складно»\n8 800 555-35-35\n\n{quote}\n')
    mail('hum-zimbra-ru', 'human', 'ru', 'Zimbra web client, Russian "----- Исходное сообщение -----" block',
         script='svc', frm='Вадим Крюков <kryukov@raschet-pro.example.ru>', company='info@raschet-pro.example.ru',
         client='zimbra', alt='generic', quote='zimbra-ru', delay='1d1h',
         body='⟦Добрый день.\n\nОбслуживание 1С для небольшой компании — от 6 000 руб. в месяц (до 10 часов '
              'работы специалиста), дальше 1 500 руб. за час. Договор присылаем на подпись по почте, подключаем '
              'в течение 2 рабочих дней после подписания.⟧\n\n--\nВадим Крюков\nРасчёт-Про\n\n{quote}\n')
    mail('hum-k9-android-ru', 'human', 'ru', 'K-9 Mail Android, device/brevity line, K-9 attribution with GMT',
         frm='Павел <pavel@barsuk-zoo.example.ru>', client='k9', cte='8bit', quote='k9', delay='40m', tz=4,
         body='⟦Анатолий, работаем до 20, в воскресенье до 18. Корм можем собрать, напишите что нужно, доставка '
              'сегодня по Самаре есть.⟧\n\n-- \nОтправлено с моего Android-устройства с помощью K-9 Mail. '
              'Пожалуйста, извините за краткость.\n\n{quote}\n')
    mail('hum-outlook-android-ru', 'human', 'ru', '"Получить Outlook для Android" device line, Outlook mobile '
         'From block', frm='Юлия Носова <nosova@pereplet-books.example.ru>', company='shop@pereplet-books.example.ru',
         client='o365', alt='outlook', quote='outlook-ru', delay='2h20m',
         body='⟦Здравствуйте! Самовывоз в магазине на Малой Садовой до 21:00. Заказ лучше оформить на сайте — '
              'положите книги в корзину и выберите «курьер сегодня», он доступен до 17:00.⟧\n\nПолучить Outlook '
              'для Android\n\n{quote}\n')
    mail('hum-yandex-forward-chain-ru', 'human', 'ru', 'manager answers above a Yandex forwarded block '
         '(-------- Пересылаемое сообщение --------) from a colleague', frm='Тимур Габдуллин <timur@kofe-rog.example.ru>',
         company='info@kofe-rog.example.ru', client='yandex', alt='yandex', quote='fwd-ru', delay='4h45m', tz=3,
         body='⟦Анатолий, добрый день! Коллеги переслали мне ваше письмо.\n\nОбжарочная на Заводской, 3 '
              'выдаёт заказы до 18:00. Я оформил для вас заказ-черновик, пришлите, какие зёрна и сколько, и '
              'адрес — сегодня отправим с курьером Яндекс Доставки.⟧\n\n-- \nТимур, обжарочная «Кривой рог»\n\n'
              '{quote}\n')
    mail('hum-numbered-shop-ru', 'human', 'ru', 'structured answer with numbered points and day ranges, '
         'Thunderbird, quote below signature', frm='Виктория Павлова <pavlova@fotolab-zerno.example.ru>',
         company='lab@fotolab-zerno.example.ru', client='thunderbird', alt='generic', quote='tb-ru', delay='3h10m',
         body='⟦Здравствуйте, Анатолий!\n\n1) Пункт выдачи: пн–пт с 9 до 20, сб с 10 до 16, вс — выходной.\n'
              '2) Заказ на печать оформляется на сайте, загрузите фото и выберите формат; могу помочь по '
              'телефону или здесь, в почте.\n3) Сегодня: если файлы придут до 15:00, заказ будет готов к 19:00 '
              'и курьер довезёт в тот же вечер.⟧\n\nВиктория\nФотолаб «Зерно»\n\n{quote}\n')
    mail('hum-diadoc-pct-ru', 'human', 'ru', 'services answer with percentages, Gmail, wrapped English-style '
         'attribution absent; signature «С ув.»', script='svc', frm='Глеб Сомов <somov@sbp-pay.example.ru>',
         company='partners@sbp-pay.example.ru', client='gmail', alt='gmail', quote='gmail-ru', delay='5h5m',
         body='⟦Анатолий, добрый день!\n\nДля интернет-магазинов: оплата через СБП — 0,7%, картами — 2,4%. '
              'Абонентской платы нет. Договор подписываем в СБИС, понадобится анкета и устав. Подключение — 5 '
              'рабочих дней после подписания договора.⟧\n\nС ув.,\nГлеб Сомов\nСБП-Пэй\n\n{quote}\n')
    mail('hum-pdf-attached-ru', 'human', 'ru', 'short answer with a PDF price list attached (multipart/mixed), '
         'Mail.ru', script='svc', frm='Ксения <ksenia@reklama-vitrina.example.ru>', client='mailru', alt='mailru',
         quote='mailru', delay='1d3h',
         parts_after=[raw_part(['Content-Type: application/pdf; name="prays-2026.pdf"',
                                'Content-Disposition: attachment; filename="prays-2026.pdf"',
                                'Content-Transfer-Encoding: base64'],
                               base64.encodebytes(b'%PDF-1.4\n% invented price list\n1 0 obj << >> endobj\ntrailer\n'
                                                  b'<< >>\n%%EOF\n').decode())],
         body='⟦Добрый! Прайс во вложении: размещение на витрине от 12 000 руб. в месяц. Договор типовой, '
              'подписываем за 1 рабочий день, старт кампании через 3 рабочих дня после оплаты.⟧\n\n--\nКсения\n\n'
              '{quote}\n')
    mail('hum-amolike-crm-bulk-ru', 'human', 'ru', 'manager reply sent through a CRM: Precedence: bulk, '
         'CRM footer "Письмо отправлено из CRM", no In-Reply-To', frm='Анна Кривошеева <anna@okna-ural.example.ru>',
         subject='Re: {subj}', irt=False, client='php', alt='helpdesk', hdrs=['Precedence: bulk'], delay='1h30m',
         tz=5,
         body='⟦Анатолий, здравствуйте!\n\nШоурум на Малышева, 51 работает с 10 до 19. Заказ на подоконники и '
              'откосы оформлю по вашим размерам, замер можно сегодня после 17:00, доставка — на следующий день '
              'после замера.⟧\n\nАнна Кривошеева\nменеджер «Окна Урала»\n\n-- \nПисьмо отправлено из CRM. '
              'Ответьте на него, и ответ попадёт в карточку сделки.\n')
    mail('hum-curt-round-ru', 'human', 'ru', 'curt answer "Круглосуточно." on a phone, no greeting',
         frm='Ринат <rinat@apteka-dvor.example.ru>', client='iphone', quote='ios-ru', delay='12m',
         body='⟦Круглосуточно. Заказ на сайте, доставка сегодня есть.⟧\n\nОтправлено с iPhone\n\n{quote}\n')
    mail('hum-helpdeskeddy-like-ru', 'human', 'ru', 'helpdesk agent reply with "### Ответьте выше этой линии ###", '
         'Auto-Submitted: auto-generated, agent line with time and department', script='svc',
         frm='Поддержка «Почтомат» <support@pochtomat.example.ru>', subject='Re: {subj} [Тикет #9912]',
         hdrs=ZD_HDRS, irt=False, client='helpdesk', alt='helpdesk', delay='6h', quote='history-ru',
         body='### Ответьте выше этой линии, чтобы добавить комментарий ###\n\nОтвет от: Сергей (отдел подключения) '
              '— {r_dmy} {r_hm}\n\n⟦Здравствуйте, Анатолий!\n\nПостаматы для интернет-магазинов: выдача '
              'отправления — 89 ₽, возврат — 60 ₽, хранение до 3 суток бесплатно. Договор заключаем онлайн, '
              'через личный кабинет, подписание простой ЭП. На подключение нужно около 2 рабочих дней.⟧\n\n'
              'С уважением,\nСергей\n\nИстория переписки:\n\n{quote}\n\nТикет #9912 · Почтомат\n')
    mail('hum-okdesk-like-ru', 'human', 'ru', 'service-desk comment e-mail: "Заявка №7734 обновлена", agent/date '
         'line, footer', script='svc', frm='Сервисный центр ИТ-Опора <desk@it-opora.example.ru>',
         subject='Заявка №7734: новый комментарий', irt=False, client='java', alt='helpdesk', delay='3h',
         hdrs=['Auto-Submitted: auto-generated'],
         body='Заявка №7734 обновлена.\n\nСергей Кольцов, {r_dmy} {r_hm}:\n\n⟦Анатолий, добрый день!\n\n'
              'Абонентское обслуживание офиса до 10 рабочих мест — 18 000 ₽ в месяц, до 25 мест — 34 000 ₽. '
              'Договор вышлем на почту в течение дня, старт обслуживания — через 3 рабочих дня после '
              'подписания.⟧\n\n—\nЧтобы ответить, ответьте на это письмо, не меняя тему.\nИТ-Опора · '
              'Портал заявок\n')
    mail('hum-freshdesklike-ru', 'human', 'ru', 'Freshdesk-style agent reply, [#N] subject, Reply-To the '
         'helpdesk, ticket history below', script='shop', frm='Ковровый двор <support@kovry-dvor.example.ru>',
         subject='Re: [#3312] {subj}', irt=False, client='helpdesk', alt='helpdesk', quote='history-ru',
         reply_to='Ковровый двор <support@kovry-dvor.example.ru>', delay='1h40m',
         mid='<%s.%d@kovry-dvor.freshdesk.com>' % ('a1c9f2e04b7d', 1765110000),
         body='⟦Анатолий, здравствуйте!\n\nСклад-магазин на Окружной работает с 9:00 до 20:00. Оформить заказ '
              'можно по ссылке из каталога, или я сама оформлю — напишите артикул ковра и размер. Доставка '
              'сегодня по городу бесплатная при заказе до 13:00.⟧\n\nС уважением,\nЛилия\nКовровый двор\n\n'
              '{quote}\n')
    mail('hum-o365-outlook-ru-short', 'human', 'ru', 'Exchange Online, short answer, «Отправлено из Outlook» '
         'absent; signature with hyphen separator and position', frm='Кузнецова Ольга <kuznetsova@obuv-trek.example.ru>',
         company='info@obuv-trek.example.ru', client='o365', alt='outlook', quote='outlook-ru', delay='26m',
         body='⟦Добрый день, Анатолий,\n\nпункт самовывоза открыт до 20:30. Доставку сегодня сделаем, оформите '
              'заказ на сайте до 16:00 и выберите «Экспресс».⟧\n\n---\nОльга Кузнецова | интернет-магазин '
              '«Трек»\n\n{quote}\n')
    mail('hum-cp1251-old-outlook-ru', 'human', 'ru', 'Outlook 2007, windows-1251 8bit, "-----Original Message-----"'
         ' English header block in a Russian mail', frm='Ефимов Сергей <efimov@metiz-torg.example.ru>',
         company='sales@metiz-torg.example.ru', client='outlook', cs='windows-1251', cte='8bit', quote='orig-en',
         delay='2h', hdrs=['X-Mailer: Microsoft Office Outlook 12.0'],
         body='⟦Анатолий, склад на Промышленной отпускает до 17.00, в пятницу до 16.00. Заявку на метизы можете '
              'прислать в ответ на это письмо списком, счёт выставим в течение часа. Доставка сегодня - своей '
              'машиной, если заявка придёт до 13.00.⟧\n\nЕфимов Сергей\nМетиз-Торг\nт. (4852) 55-60-71\n\n'
              '{quote}\n')
    mail('hum-galaxy-ru', 'human', 'ru', 'Samsung device line «Отправлено с устройства Samsung Galaxy», '
         'no greeting', frm='Вера Панова <panova@sad-ogorod.example.ru>', client='none', cte='base64', delay='2h40m',
         quote='samsung-ru', company='info@sad-ogorod.example.ru',
         body='⟦Анатолий, пункт выдачи до 19. Заказ оформите на сайте, а доставку сегодня сделаем, если вы в '
              'черте города.⟧\n\n\nОтправлено с устройства Samsung Galaxy\n\n\n{quote}\n')
    mail('hum-plus-form-ru', 'human', 'ru', 'answer to a feedback-form probe: plus-address, no In-Reply-To, '
         'subject of the form', frm='Магазин «Лампа и свет» <shop@lampa-svet.example.ru>', plus=True,
         subject='Ответ на ваш вопрос с сайта lampa-svet.example.ru', client='php', alt='helpdesk', delay='2h',
         body='⟦Здравствуйте, Анатолий!\n\nВы спрашивали через форму на сайте. Пункт выдачи работает с 10:00 до '
              '20:00, без выходных. Заказ можно оформить на сайте или ответом на это письмо — пришлите названия '
              'светильников. Доставка в день заказа доступна по Новосибирску.⟧\n\nС уважением,\nЕлена, '
              'интернет-магазин «Лампа и свет»\n', tz=7)
    mail('hum-plus-form-svc-ru', 'human', 'ru', 'form probe, plus-address, services answer from a Gmail-type '
         'client, no quote at all', script='svc', frm='Артур Лисицын <a.lisitsyn@bukhgalter-online.example.ru>',
         plus=True, subject='Бухгалтерия на аутсорсе — ответ на заявку', client='gmail', alt='gmail', delay='1d',
         body='⟦Анатолий, добрый день!\n\nВы оставляли заявку на сайте. Стоимость ведения бухгалтерии для ООО '
              'на УСН без сотрудников — 4 900 ₽ в месяц, с сотрудниками от 7 900 ₽. Договор подписываем '
              'электронно, первую консультацию бухгалтер проведёт в течение 2 рабочих дней.⟧\n\n--\n'
              'Артур Лисицын\nБухгалтер Онлайн\n')
    mail('hum-greeting-only-name-ru', 'human', 'ru', 'greeting with patronymic-free name, answer with '
         '«сегодня» logistics detail, Mail.ru HTML-only with blockquote', frm='Евгений <evg@drova-pech.example.ru>',
         client='mailru', delay='3h', quote='mailru',
         html='<HTML><BODY><div>⟦Анатолий, здравствуйте.</div><div>&nbsp;</div><div>Склад открыт до 18:00. '
              'Дрова и уголь отгружаем сегодня, если заказ до 14:00 — оформлю по телефону или здесь, напишите '
              'объём и адрес.⟧</div><div>&nbsp;</div><div>--<br>Евгений, «Дрова и печи»</div><div>&nbsp;</div>'
              '<blockquote style="border-left:1px solid #0857A6;margin:10px;padding:0 0 0 10px;">{quote_html}'
              '</blockquote></BODY></HTML>\n')
    mail('hum-long-sig-dashes-ru', 'human', 'ru', 'answer then "--" signature without trailing space, '
         'quote in Thunderbird style below', script='svc', frm='Дмитрий Соколов <sokolov@hostline.example.ru>',
         company='sales@hostline.example.ru', client='thunderbird', quote='tb-ru', cte='quoted-printable',
         delay='40m',
         body='⟦Добрый день, Анатолий!\n\nВиртуальный хостинг: 149 руб./мес (1 сайт), 299 руб./мес (10 сайтов). '
              'VPS от 590 руб./мес. Договор-оферта принимается при регистрации, для юрлиц можем подписать '
              'бумажный. Аккаунт создаётся сразу, документы для юрлица оформляем за 1 рабочий день.⟧\n\n--\n'
              'Дмитрий Соколов\nHostLine, отдел продаж\nsokolov@hostline.example.ru\n\n'
              '{quote}\n')
    mail('hum-jira-ru', 'human', 'ru', 'Jira-SM-like agent comment in Russian: "Ответьте выше этой строки", '
         '"прокомментировал(а)", view-request footer; Auto-Submitted', script='svc',
         frm='Служба поддержки «ЛогистПро» <jira@logistpro.example.ru>', subject='SD-2291 {subj}', irt=False,
         hdrs=['Auto-Submitted: auto-generated'], client='java', alt='helpdesk', delay='2h25m',
         body='—-—-—-—\nОтветьте выше этой строки.\n\nЕлена Чистякова прокомментировал(а):\n\n⟦Анатолий, добрый '
              'день! Тариф на TMS для небольшого автопарка — 3 200 ₽ в месяц за 5 машин, каждая следующая 450 ₽. '
              'Договор заключаем по оферте, доступ к системе даём в течение 1 рабочего дня.⟧\n\n'
              'Просмотреть запрос · Отключить уведомления по этому запросу\nЭтот запрос доступен пользователю '
              'Анатолий Смирнов.\nРаботает на платформе Jira Service Management\n')
    mail('hum-bitrix-openline-ru', 'human', 'ru', 'CRM open-line e-mail: operator line on top, '
         '"Оператор ответил вам", no vendor header', frm='Открытая линия «Мебель Карелии» <ol@mebel-karelia.example.ru>',
         subject='Ответ на ваше обращение', irt=False, client='php', alt='helpdesk', delay='1h10m',
         hdrs=['Precedence: bulk'],
         body='Оператор Иван Хохлов ответил вам:\n\n⟦Здравствуйте, Анатолий! Салон на Ленина, 22 открыт с 10 до '
              '20. Стол, про который вы спрашивали, есть на складе, заказ могу оформить сам. Доставку сегодня '
              'организуем после 18:00, стоимость 900 руб.⟧\n\n---\nЧтобы продолжить диалог, ответьте на это '
              'письмо.\nМебель Карелии, открытая линия\n')
    mail('hum-kind-regards-en-sig-ru', 'human', 'ru', 'Russian answer with an English valediction and '
         'bilingual signature block', script='svc', frm='Ирина Вольская <volskaya@perevod-bureau.example.ru>',
         company='info@perevod-bureau.example.ru', client='outlook', alt='outlook', quote='outlook-ru', delay='3h',
         body='⟦Анатолий, добрый день!\n\nПисьменный перевод с английского — 690 руб. за 1800 знаков, '
              'нотариальное заверение — 1 200 руб. Договор для юрлиц стандартный, подписываем по ЭДО за 1 '
              'рабочий день, сам перевод 10 страниц делаем за 2 рабочих дня.⟧\n\nKind regards / С уважением,\n'
              'Irina Volskaya / Ирина Вольская\nProject manager\n\n{quote}\n')
    mail('hum-one-line-no-greeting-ru', 'human', 'ru', 'one-line answer without greeting, Apple Mail signature '
         'with name only', script='svc', frm='Борис Ким <boris@etiketka.example.ru>', client='apple', quote='apple-ru',
         cte='quoted-printable', delay='1h',
         body='⟦Тарифы от 1,5 руб. за этикетку при тираже от 1000, договор пришлю сегодня, изготовление 3 '
              'рабочих дня.⟧\n\nБорис\n\n{quote}\n')
    mail('hum-question-back-ru', 'human', 'ru', 'partial answer with a question back (delivery address), '
         'Gmail, "Хорошего дня!" before the valediction (kept)', frm='Дарина Гусева <guseva@pechenki.example.ru>',
         company='order@pechenki.example.ru', client='gmail', alt='gmail', quote='gmail-ru', delay='1h20m',
         body='⟦Анатолий, здравствуйте!\n\nСамовывоз с Мытнинской работает до 20:00. Чтобы понять, успеем ли '
              'привезти сегодня, подскажите, пожалуйста, адрес доставки и к какому времени нужно.\n\nХорошего '
              'дня!⟧\n\nС уважением,\nДарина\nкондитерская «Печеньки»\n\n{quote}\n')
    mail('hum-thebat-cp1251-svc-ru', 'human', 'ru', 'The Bat!, windows-1251 quoted-printable, '
         'initials quote above the answer', script='svc', frm='Геннадий Орлов <orlov@ohrana-shtat.example.ru>',
         client='thebat', cs='windows-1251', cte='quoted-printable', quote='thebat', delay='1d4h',
         body='⟦Добрый день, Анатолий.⟧\n\n{quote}\n\n⟦Пультовая охрана офиса — от 2 800 руб. в месяц, '
              'монтаж оборудования от 15 000 руб. разово. Договор заключается после осмотра объекта, осмотр '
              'назначаем в течение 2 рабочих дней.⟧\n\n--\nС уважением,\n Геннадий Орлов\n ЧОП «Штат»\n')
    mail('hum-qp-softbreaks-long-ru', 'human', 'ru', 'long paragraphs in quoted-printable with soft line breaks, '
         'Thunderbird, format=flowed', script='svc', frm='Алёна Шестакова <shestakova@marketplace-pro.example.ru>',
         company='info@marketplace-pro.example.ru', client='thunderbird', quote='tb-ru', ctfmt='%s; format=flowed',
         delay='2h2m',
         body='⟦Анатолий, добрый день!\n\nМы ведём магазины на маркетплейсах под ключ: ежемесячная оплата 25 000 '
              '₽ плюс 3% от оборота, либо фикс 45 000 ₽ без процента — что выгоднее, зависит от ваших продаж, '
              'можем посчитать вместе. Договор оказания услуг отправим на согласование, подписываем через ЭДО; '
              'запуск первой карточки товара обычно через 7 рабочих дней после подписания, полный запуск за 3–4 '
              'недели.⟧\n\n-- \nАлёна Шестакова\n«Маркетплейс Про»\n\n{quote}\n')
    mail('hum-mailru-inline-shop-ru', 'human', 'ru', 'Mail.ru, inline answers after each quoted sentence (>-lines '
         'without space), no signature', frm='Лариса <larisa.sumki@kozha-sumki.example.ru>', client='mailru',
         cte='base64', delay='2h35m',
         body='⟦Здравствуйте, Анатолий!⟧\n\n>Здравствуйте!\n>До скольки работает пункт самовывоза?\n\n⟦До 19:00, в '
              'субботу до 15:00.⟧\n\n>Помогите оформить заказ!\n\n⟦Напишите модель сумки и цвет — оформлю и '
              'пришлю ссылку на оплату.⟧\n\n>Мне нужно организовать доставку сегодня.\n\n⟦Сегодня успеем, если '
              'оплатите до 16:00, курьер привезёт вечером.⟧\n')
    mail('hum-mutt-koi8-b64-ru', 'human', 'ru', 'NeoMutt, koi8-r base64, Thunderbird-like attribution, '
         'signature after "-- "', script='svc', frm='Андрей Пузанов <puzanov@serverok.example.ru>',
         company='noc@serverok.example.ru', client='mutt', cs='koi8-r', cte='base64', quote='tb-ru', delay='9h',
         body='⟦Добрый день.\n\nКолокация: 1U - 4 500 руб./мес, 2U - 7 000 руб./мес, канал 100 Мбит/с включён. '
              'Договор и акт приёма оборудования подписываем на месте или через ЭДО, установка сервера в стойку - '
              'в течение 2 рабочих дней после оплаты.⟧\n\n-- \nАндрей Пузанов, ЦОД "Сервер-ОК"\n'
              'PGP: 0x5E1A 77C0\n\n{quote}\n')
    mail('hum-custom-device-line-ru', 'human', 'ru', 'home-made device line «Написано на ходу, простите за '
         'опечатки», Gmail mobile', frm='Никита Орехов <orekhov@shiny-kolesa.example.ru>',
         company='info@shiny-kolesa.example.ru', client='gmail', alt='gmail', quote='gmail-ru', delay='33m',
         body='⟦Анатолий, добрый! Шиномонтаж и выдача до 21:00. Комплект резины оформлю на вас, сегодня '
              'можем привезти после 18, доставка 500 р.⟧\n\nНаписано на ходу, простите за опечатки\n\n{quote}\n')
    mail('hum-next-evening-ru', 'human', 'ru', 'answer the next evening, «Добрый вечер», Outlook Russian '
         'block, signature with site', script='svc', frm='Лидия Матвеева <matveeva@kadry-profi.example.ru>',
         company='info@kadry-profi.example.ru', client='outlook', alt='outlook', quote='outlook-ru', delay='1d9h',
         body='⟦Добрый вечер, Анатолий!\n\nИзвините за задержку. Подбор персонала: линейный персонал — 30 000 ₽ '
              'за вакансию, специалисты — 50% от оклада. Договор высылаем после короткого брифа, подписываем в '
              'течение 1–2 рабочих дней, первые кандидаты — через 5 рабочих дней.⟧\n\nС уважением,\n'
              'Лидия Матвеева\nКадры-Профи\nkadry-profi.example.ru\n\n{quote}\n')


@content
def human_en():
    mail('hum-gmail-en-short', 'human', 'en', 'Gmail, short English answer, English Gmail attribution with the '
         'address wrapped onto the next line', frm='Tom Whitaker <tom@kettle-and-crumb.example>',
         company='hello@kettle-and-crumb.example', client='gmail', alt='gmail', quote='gmail-en-wrap', tz=0,
         delay='1h12m',
         body='⟦Hi Anatoly,\n\nOur pickup counter is open until 7pm today. Happy to put the order together for '
              'you: just reply with what you need and we can have a same-day courier out by 5.⟧\n\nCheers,\nTom\n\n'
              '{quote}\n')
    mail('hum-outlook-en-full', 'human', 'en', 'Outlook (O365), complete services answer, signature block with '
         'title, phone and a confidentiality notice, Outlook From/Sent block', script='svc',
         frm='Hannah Oduya <hannah.oduya@ledgerlane.example>', company='sales@ledgerlane.example', client='o365-en',
         alt='outlook', quote='outlook-en', tz=0, delay='3h20m',
         body='⟦Hello Anatoly,\n\nThanks for reaching out. Our plans are:\n\n* Starter: EUR 29/month, up to 200 '
              'invoices\n* Growth: EUR 79/month, unlimited invoices and 3 users\n* Enterprise: custom pricing\n\n'
              'The contract is our standard online agreement, which you accept when you sign up; if your company '
              'needs a signed PDF, we can countersign within 2 business days. Setup itself takes about an hour.\n\n'
              'Hope this helps!⟧\n\nBest regards,\nHannah Oduya\nAccount Executive | LedgerLane\n'
              '+44 20 7946 0321\n\nThis email and any attachments are confidential and intended solely for the '
              'addressee. If you have received it in error, please notify the sender and delete it.\n\n{quote}\n')
    mail('hum-apple-en', 'human', 'en', 'Apple Mail macOS, Apple attribution, name-only signature',
         frm='Priya Raman <priya@saffron-tins.example>', client='apple', alt='apple', quote='apple-en', tz=1,
         delay='4h',
         body='⟦Hi Anatoly,\n\nWe close at 6 pm on weekdays. I can place the order for you if you send me the '
              'items; same-day delivery is possible within the city for orders confirmed before 2 pm.⟧\n\n'
              'Priya\n\n{quote}\n')
    mail('hum-iphone-en', 'human', 'en', 'iPhone, "Sent from my iPhone", iOS attribution quoted with >',
         frm='Marco Bellini <marco@bellini-bikes.example>', client='iphone', quote='ios-en', tz=1, delay='18m',
         body='⟦Open till 8. Send me the model and I\'ll hold it for you, we can also courier it today.⟧\n\n'
              'Sent from my iPhone\n\n{quote}\n')
    mail('hum-zendesklike-en', 'human', 'en', 'helpdesk agent answer with Auto-Submitted: auto-generated and '
         'Precedence: bulk, "Please type your reply above this line", "Your request (N) has been updated", agent '
         'over date, ticket history, footer; Zendesk-like vendor headers', script='svc',
         frm='Northwind Parcel Support <support@northwind-parcel.example>', subject='[Northwind Parcel] Re: {subj}',
         hdrs=ZD_HDRS + ['X-Mailer: Zendesk Mailer', 'X-Zendesk-From-Account-Id: 5f1a2b'], irt=False, client='helpdesk',
         alt='helpdesk', quote='history-en', tz=0, delay='2h5m',
         body='##- Please type your reply above this line -##\n\nYour request (48213) has been updated. To add '
              'additional comments, reply to this email.\n\nGrace M. (Northwind Parcel)\n\n{r_en}, {r_h12} GMT\n\n'
              '⟦Hi Anatoly,\n\nOur merchant plans start at EUR 0.95 per parcel (Basic) and EUR 0.80 per parcel above '
              '1,000 parcels a month. There is no monthly fee. You sign our merchant agreement electronically '
              'during onboarding, and accounts are usually approved within 3 business days.⟧\n\nGrace\n'
              'Merchant Success\n\n{quote}\n\nThis email is a service from Northwind Parcel.\n[8ZQ2KP-1MV7]\n')
    mail('hum-helpscout-like-en', 'human', 'en', 'Help Scout-like agent reply: reply above nothing, agent name '
         'and conversation footer, Message-ID with helpscout', script='svc',
         frm='Ines from Pollen <support@pollen-forms.example>', subject='Re: {subj}', irt=False, client='helpdesk',
         alt='helpdesk', tz=-5, delay='6h',
         mid='<reply-%d-%d@helpscout.net>' % (rng.randint(10 ** 9, 2 * 10 ** 9), rng.randint(10 ** 9, 2 * 10 ** 9)),
         body='⟦Hi Anatoly,\n\nThanks for getting in touch! Pollen has two plans: Team at $24/month and Business '
              'at $59/month, billed annually. There\'s no separate contract for these plans, just our online terms; '
              'for invoiced annual deals we send a DPA and order form, which usually takes 2–3 business days to '
              'sign.⟧\n\nWarmly,\nInes\nPollen Customer Happiness\n\n---\nConversation #20417 · pollen-forms.example\n')
    mail('hum-intercom-like-en', 'human', 'en', 'chat-widget reply by e-mail: "Olga from Lumen" author line, '
         'messenger footer, intercom-mail Message-ID', frm='Olga from Lumen Pay <olga@lumen-pay.example>',
         script='svc', subject='Re: {subj}', irt=False, client='helpdesk', alt='helpdesk', tz=2, delay='14m',
         mid='<conversation_%d@intercom-mail.com>' % rng.randint(10 ** 10, 10 ** 11),
         body='Olga from Lumen Pay\n\n⟦Hi Anatoly 👋 Our card processing fee is 1.9% + €0.20 per transaction, no '
              'setup fee. The merchant contract is signed online in the dashboard, and verification takes 1–2 '
              'business days once documents are uploaded.⟧\n\n——\nReply to this email or continue the conversation '
              'in the messenger.\nLumen Pay · Sent by Intercom\n')
    mail('hum-freshdesklike-en', 'human', 'en', 'Freshdesk-style agent reply with [#N] in subject, '
         'freshdesk Message-ID, quoted ticket text below', frm='Acorn Outdoor Support <help@acorn-outdoor.example>',
         subject='Re: [#90314] {subj}', irt=False, client='helpdesk', alt='helpdesk', quote='history-en', tz=-5,
         delay='7h', mid='<%s.%d@acornoutdoor.freshdesk.com>' % (rand_hex(16), 1765130000),
         body='⟦Hi Anatoly,\n\nOur warehouse pickup is open 8am–6pm Monday to Saturday. I\'ve started an order '
              'for you; reply with the product codes and I\'ll finish it. Same-day delivery is available for '
              'orders paid before noon.⟧\n\nKind regards,\nJesse\nAcorn Outdoor\n\n{quote}\n')
    mail('hum-jira-sm-en', 'human', 'en', 'Jira-SM-like comment: "Reply above this line.", '
         '"X commented:", View request footer, Auto-Submitted, X-JIRA-FingerPrint', script='svc',
         frm='Brightlane Service Desk <jira@brightlane.example>', subject='BSD-4410 {subj}', irt=False,
         hdrs=['Auto-Submitted: auto-generated', 'X-JIRA-FingerPrint: 4c9d2e1f0a5b'], client='java',
         alt='helpdesk', tz=0, delay='1d2h',
         body='—-—-—-—\n\nReply above this line.\n\nSamir Haddad commented:\n\n⟦Hi Anatoly,\n\nPricing for the '
              'managed backup service is £4 per endpoint per month, minimum 10 endpoints. We use a one-page '
              'service agreement signed via DocuSign, and onboarding takes around 5 working days.⟧\n\nSamir\n\n'
              'View request · Turn off this request\'s notifications\n\nThis is shared with Анатолий Смирнов.\n\n'
              'Powered by Jira Service Management\n')
    mail('hum-zoho-like-en', 'human', 'en', 'Zoho-Desk-like agent reply: "##- Please reply above this line -##" '
         'variant, ticket number line and footer, HTML only', script='svc',
         frm='Quillbyte Support <support@quillbyte.example>', subject='Re:[## 66120 ##] {subj}', irt=False,
         client='helpdesk', tz=5.5, delay='9h', cte='quoted-printable',
         html='<div style="font-family:Verdana;font-size:13px">\n<div style="color:#999">=== Please reply above '
              'this line ===</div>\n<div>⟦Dear Anatoly,<br><br>Our translation memory platform costs $15 per seat '
              'per month (Standard) or $32 per seat (Pro). You can start on the online terms right away; a custom '
              'contract with an NDA takes about 5 business days to finalise.⟧<br><br>Regards,<br>Anil<br>'
              'Quillbyte Support Team</div>\n<hr>\n<div style="font-size:11px;color:#777">Ticket #66120 &middot; '
              'Status: Open<br>You can reply to this email to update your ticket.</div>\n</div>\n')
    mail('hum-thunderbird-en-inline', 'human', 'en', 'Thunderbird, inline answers interleaved with the quoted '
         '(Russian) question, English answers', script='svc', frm='Lars Eklund <lars@fjordhost.example>',
         company='sales@fjordhost.example', client='thunderbird-en', tz=1, delay='5h',
         body='⟦Hi Anatoly,⟧\n\nOn {p_dmy_en} {p_hm}, Анатолий Смирнов wrote:\n> Добрый день!\n> Какие у вас '
              'тарифы,\n\n⟦VPS from EUR 6/month, dedicated servers from EUR 89/month.⟧\n\n> как заключить договор\n\n'
              '⟦Sign up online; for companies we can send a signed contract as PDF.⟧\n\n> и сколько времени это '
              'займёт?\n\n⟦VPS is ready in minutes, dedicated servers in 1–2 business days.⟧\n\n-- \nLars Eklund\n'
              'FjordHost AS\n')
    mail('hum-outlook-orig-en', 'human', 'en', 'Outlook desktop, "-----Original Message-----" block, valediction '
         '"Thanks," with phone block', frm='Danielle Cho <dcho@harborlight.example>',
         company='orders@harborlight.example', client='outlook-en', alt='outlook', quote='orig-en', tz=-8,
         delay='20h',
         body='⟦Hi Anatoly,\n\nOur will-call desk at the warehouse is open 7:30 to 4:00 PT. If you send me the '
              'SKUs I will enter the order for you. Same-day local delivery is available if the order is in by '
              '11 AM.⟧\n\nThanks,\n\nDanielle Cho\nCustomer Service Lead\nHarborlight Supply Co.\n'
              'D: (206) 555-0142\n\n{quote}\n')
    mail('hum-android-gmail-en', 'human', 'en', 'Gmail on Android, "Sent from my Pixel" style device line absent; '
         '"Get Outlook for Android" device line instead', frm='Kofi Mensah <kofi@mensah-tiles.example>',
         client='o365-en', alt='outlook', quote='outlook-en', tz=0, delay='2h',
         body='⟦Hello Anatoly, our showroom is open until 5:30pm and we can deliver tile samples today in town. '
              'Happy to place the order for you — send me the range and quantities.⟧\n\nGet Outlook for Android\n\n'
              '{quote}\n')
    mail('hum-curt-en', 'human', 'en', 'curt two-word answer, plain 7bit, no greeting, no signature, '
         'Roundcube attribution', frm='desk@greyhound-print.example', client='roundcube', cte='8bit',
         quote='roundcube-en', tz=0, delay='25m', body='⟦Until 6pm.⟧\n\n{quote}\n')
    mail('hum-yahoo-en', 'human', 'en', '"Sent from Yahoo Mail on Android" device line, quote as plain '
         'attribution', frm='Rita Gomes <rita@gomes-ceramics.example>', client='none', cte='quoted-printable',
         quote='plain-en', tz=0, delay='3h',
         body='⟦Hi Anatoly, the studio shop is open 11 to 7. Tell me which pieces you like and I\'ll reserve them; '
              'we can courier today if you pay by 3.⟧\n\nSent from Yahoo Mail on Android\n\n{quote}\n')
    mail('hum-en-price-link', 'human', 'en', 'answer with pricing link and contract steps, Gmail HTML with link, '
         'signature after "--"', script='svc', frm='Sofia Lindqvist <sofia@nordic-sms.example>',
         company='hello@nordic-sms.example', client='gmail', alt='gmail', quote='gmail-en', tz=1, delay='2h40m',
         body='⟦Hi Anatoly,\n\nYou can find our SMS rates per country at https://nordic-sms.example/pricing — '
              'Russia is EUR 0.045 per message. Sign-up is self-service and the contract is accepted online; if '
              'you need a sender ID registered, that takes 3–5 business days.⟧\n\n--\nSofia Lindqvist\n'
              'Nordic SMS\n\n{quote}\n')
    mail('hum-en-partial', 'human', 'en', 'partial answer (only opening time), Apple Mail iPad device line',
         frm='Chris Nolan <chris@nolan-hardware.example>', client='iphone', quote='ios-en', tz=0, delay='50m',
         body='⟦Hi, we\'re open till 5.30 today. Not sure about delivery, I\'ll ask the van driver and get back '
              'to you.⟧\n\nSent from my iPad\n\n{quote}\n')
    mail('hum-en-plus-form', 'human', 'en', 'form probe, plus-address, no In-Reply-To; English answer from a '
         'web shop mailer with HTML alternative', frm='Tidewater Teas <hello@tidewater-teas.example>', plus=True,
         subject='Your message to Tidewater Teas', client='php', alt='helpdesk', tz=0, delay='5h',
         body='⟦Hi Anatoly,\n\nThanks for your message through our website. Our tea room and pickup counter are '
              'open until 6pm. You can order online and choose "same-day courier" at checkout (London only, order '
              'by 1pm), or just reply with your list and we\'ll set it up for you.⟧\n\nAll the best,\nMeg\n'
              'Tidewater Teas\n')
    mail('hum-en-blackberry-disclaimer', 'human', 'en', 'BlackBerry device line plus a long legal disclaimer',
         script='svc', frm='Greg Hollis <ghollis@hollis-freight.example>', company='quotes@hollis-freight.example',
         client='none', cte='quoted-printable', quote='plain-en', tz=-5, delay='11h',
         body='⟦Anatoly - rates depend on lanes, but LTL starts at $145 per pallet regionally. Contract is a '
              'simple shipper agreement, I can send it today, and you can book loads the next business day.⟧\n\n'
              'Sent from my BlackBerry 10 smartphone.\n\nDISCLAIMER: This message is intended only for the use of '
              'the individual or entity to which it is addressed and may contain information that is privileged '
              'or confidential.\n\n{quote}\n')
    mail('hum-en-bottom-post', 'human', 'en', 'bottom-posted answer below the > quote, mutt-like, '
         'Thunderbird attribution', script='svc', frm='Pieter de Vries <pieter@tulip-api.example>', client='mutt',
         cte='8bit', tz=1, delay='4h', quote='tb-en-gb',
         body='⟦Hi Anatoly,⟧\n\n{quote}\n\n⟦Our API plan is EUR 49/month for 50k requests, contract is the online '
              'ToS (DPA on request), and you get keys instantly after signup.⟧\n\n-- \nPieter\n')
    mail('hum-en-hope-helps', 'human', 'en', '"Hope this helps!" before the valediction (kept), Outlook '
         'HTML-only with MsoNormal paragraphs and Outlook From block', script='shop',
         frm='Aisha Khan <aisha@spice-route-market.example>', company='orders@spice-route-market.example',
         client='o365-en', tz=4, delay='1h', quote='outlook-en', hcte='base64', cte='base64', alt='outlook',
         body='⟦Hello Anatoly,\n\nOur pickup point closes at 9 PM. I can create the order for you now; please send '
              'your list and phone number. Same-day delivery is available until 8 PM.\n\nHope this helps!⟧\n\n'
              'Kind regards,\nAisha Khan\nSpice Route Market\n\n{quote}\n')
    mail('hum-en-zendesk-precedence-short', 'human', 'en', 'short agent answer via helpdesk with Precedence: '
         'bulk only, "-- Reply above this line --"', frm='Parcelbay <care@parcelbay.example>',
         subject='Re: {subj}', hdrs=['Precedence: bulk'], irt=False, client='helpdesk', alt='helpdesk', tz=0,
         delay='35m',
         body='-- Reply above this line --\n\n⟦Hi Anatoly, pickup lockers are open 24/7, and you can order on the '
              'site with same-day delivery until 2pm.⟧\n\nAmy, Parcelbay Care\n\nTicket 55102 | parcelbay.example\n')
    mail('hum-en-windows-mail', 'human', 'en', '"Sent from Mail for Windows" device line, plain From/Sent block',
         frm='Yusuf Demir <yusuf@demir-textiles.example>', client='none', cte='quoted-printable', quote='outlook-en2',
         tz=3, delay='2h',
         body='⟦Dear Anatoly,\n\nOur outlet is open until 19:00. I can arrange the order for you and send it with '
              'a courier today if you confirm by 15:00.⟧\n\nSent from Mail for Windows\n\n{quote}\n')
    mail('hum-en-cheers-sig-dash', 'human', 'en', 'answer with a numbered list, "Cheers," valediction and '
         'company block, Gmail English attribution', script='svc', frm='Noah Fischer <noah@cartwheel-crm.example>',
         company='sales@cartwheel-crm.example', client='gmail', alt='gmail', quote='gmail-en', tz=1, delay='1d',
         body='⟦Hi Anatoly,\n\n1. Pricing: EUR 12 per user/month (Basic), EUR 25 (Pro).\n2. Contract: online '
              'subscription agreement; annual plans can be invoiced.\n3. Timeline: accounts are live right away, '
              'a guided setup takes 2 business days.⟧\n\nCheers,\nNoah\n—\nNoah Fischer · Cartwheel CRM\n\n{quote}\n')
    mail('hum-en-ooo-looking-but-human', 'human', 'en', 'human answer that mentions being out of the office '
         'tomorrow (not an auto-reply)', frm='Beth Morgan <beth@morgan-frames.example>', client='apple',
         quote='apple-en', tz=0, delay='3h30m',
         body='⟦Hi Anatoly,\n\nWe\'re open until 5pm today. I\'m out of the office tomorrow, so if you want '
              'delivery today, send me the frame sizes in the next hour and I\'ll book the courier.⟧\n\nBeth\n'
              'Morgan Frames\n\n{quote}\n')


@content
def redirect_ru():
    mail('red-call-curt-ru', 'redirect', 'ru', 'curt "позвоните", Gmail, Russian quote',
         frm='Сергей Панин <panin@avtozap-vostok.example.ru>', company='info@avtozap-vostok.example.ru',
         client='gmail', alt='gmail', quote='gmail-ru', delay='41m', tz=10,
         body='⟦Позвоните нам: +7 (423) 555-12-90.⟧\n\n{quote}\n')
    mail('red-bare-phone-ru', 'redirect', 'ru', 'answer is only a phone number, iPhone device line',
         frm='Артём <artem@stroymarket-42.example.ru>', client='iphone', quote='ios-ru', delay='1h2m', tz=7,
         body='⟦8 800 555-09-87⟧\n\nОтправлено с iPhone\n\n{quote}\n')
    mail('red-address-no-orders-ru', 'redirect', 'ru', '"этот адрес не принимает заказы, пишите на другой", '
         'Yandex', frm='Бухгалтерия «ТехноЛэнд» <buh@technoland.example.ru>', client='yandex', alt='yandex',
         quote='yandex', delay='2h',
         body='⟦Добрый день! Этот адрес не принимает заказы — это почта бухгалтерии. Напишите, пожалуйста, на '
              'zakaz@technoland.example.ru, там вам помогут.⟧\n\n-- \nБухгалтерия ТехноЛэнд\n\n{quote}\n')
    mail('red-polite-callcenter-ru', 'redirect', 'ru', 'polite multi-sentence redirect to the call centre; '
         'contains «с 9 до 21» (the call centre\'s hours, not the answer), Outlook',
         frm='Служба клиентского сервиса <service@dom-tkani.example.ru>', client='outlook', alt='outlook',
         quote='outlook-ru', delay='3h10m',
         body='⟦Анатолий, здравствуйте!\n\nБлагодарим за интерес к нашей компании. К сожалению, по электронной '
              'почте мы не консультируем по наличию, самовывозу и доставке: этими вопросами занимается наш '
              'контактный центр. Позвоните, пожалуйста, по номеру 8 800 555-61-16 (ежедневно с 9 до 21), '
              'операторы ответят на все вопросы и помогут оформить заказ.⟧\n\nС уважением,\nКлиентский сервис '
              '«Дом ткани»\n\n{quote}\n')
    mail('red-site-chat-ru', 'redirect', 'ru', 'send to the site chat, mail.ru mobile',
         frm='Ольга Сафина <safina@igrushki-yula.example.ru>', client='mailru', quote='mailru', cte='base64',
         delay='18m',
         body='⟦Здравствуйте! Напишите, пожалуйста, в чат на нашем сайте igrushki-yula.example.ru — там '
              'операторы отвечают быстрее, чем по почте.⟧\n\n\nОтправлено из мобильной Почты Mail.ru\n\n{quote}\n')
    mail('red-messengers-ru', 'redirect', 'ru', 'WhatsApp / Telegram links, no greeting',
         frm='Цветы Маргарита <flowers@margarita-cvety.example.ru>', client='gmail', alt='gmail', quote='gmail-ru',
         delay='9m',
         body='⟦Добрый день, по заказам пишите нам в WhatsApp wa.me/79005550123 или в Telegram '
              't.me/margarita_cvety_bot, отвечаем там в течение 10 минут 🌷⟧\n\n{quote}\n')
    mail('red-leave-request-ru', 'redirect', 'ru', '"оставьте заявку на сайте", short, Thunderbird',
         script='svc', frm='Ян Коваль <koval@it-soft-group.example.ru>', client='thunderbird', quote='tb-ru',
         delay='1h30m',
         body='⟦Анатолий, добрый день. Оставьте, пожалуйста, заявку на сайте в разделе «Контакты», менеджер '
              'свяжется с вами.⟧\n\n--\nЯн\n\n{quote}\n')
    mail('red-prices-individual-ru', 'redirect', 'ru', '"стоимость рассчитывается индивидуально, менеджер '
         'перезвонит", asks for a phone number', script='svc', frm='Отдел продаж «Промклимат» '
         '<sales@promklimat.example.ru>', client='php', alt='helpdesk', delay='2h20m',
         body='⟦Здравствуйте, Анатолий!\n\nСтоимость обслуживания рассчитывается индивидуально, в зависимости от '
              'объекта. Оставьте, пожалуйста, номер телефона — менеджер перезвонит вам и всё расскажет.⟧\n\n'
              'С уважением,\nотдел продаж «Промклимат»\n\n{quote}\n', quote='history-ru')
    mail('red-forwarded-sales-ru', 'redirect', 'ru', 'a person writes that the letter was forwarded to the '
         'sales department who will contact the customer; signature with name', script='svc',
         frm='Секретарь <reception@nedra-geo.example.ru>', client='outlook', alt='outlook', quote='outlook-ru',
         delay='1h', tz=5,
         body='⟦Добрый день.\n\nВаше письмо переслала в коммерческий отдел, с вами свяжутся.⟧\n\nС уважением,\n'
              'Ирина Ковалёва\nсекретарь ООО «Недра-Гео»\n\n{quote}\n')
    mail('red-form-url-ru', 'redirect', 'ru', '"воспользуйтесь формой" with URL, HTML-only Outlook',
         script='svc', frm='Маркетинг «Облако-Док» <marketing@oblako-doc.example.ru>', client='o365', delay='5h',
         quote='outlook-ru', cte='base64',
         html='<html><body lang="RU"><div class="WordSection1"><p class="MsoNormal">⟦Добрый день, Анатолий!</p>'
              '<p class="MsoNormal">Для расчёта и подключения, пожалуйста, воспользуйтесь формой на странице '
              '<a href="https://oblako-doc.example.ru/connect">https://oblako-doc.example.ru/connect</a>. '
              'Заявки из формы обрабатываются в первую очередь.⟧</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
              '<p class="MsoNormal">С уважением,<br>Команда «Облако-Док»</p><div style="border:none;border-top:'
              'solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">{quote_html}</div></div></body></html>\n')
    mail('red-faq-ru', 'redirect', 'ru', 'sends to the FAQ page only', frm='Поддержка Камбала '
         '<help@kambala-fish.example.ru>', client='none', cte='8bit', delay='4h',
         body='⟦Здравствуйте. Ответы на эти вопросы собраны в разделе «Покупателям»: '
              'https://kambala-fish.example.ru/faq⟧\n\nКамбала, рыбный магазин\n')
    mail('red-vk-ru', 'redirect', 'ru', 'redirect to the VK community', frm='Мастерская «Гончар» '
         '<goncharka@goncharka.example.ru>', client='mailru', alt='mailru', quote='mailru', delay='6h',
         body='⟦Анатолий, добрый день! Мы принимаем заказы только через сообщения группы ВКонтакте: '
              'vk.com/goncharka_masterskaya. Напишите туда, пожалуйста.⟧\n\n--\nАня, «Гончар»\n\n{quote}\n')
    mail('red-helpdesk-hotline-ru', 'redirect', 'ru', 'helpdesk agent redirect to the hotline, '
         'Auto-Submitted: auto-generated, reply-above marker, agent line, ticket footer',
         frm='Поддержка «Быстрокорм» <care@bystrokorm.example.ru>', subject='[#58820] Re: {subj}', hdrs=ZD_HDRS,
         irt=False, client='helpdesk', alt='helpdesk', delay='1h45m', quote='history-ru',
         body='##- Введите свой ответ над этой строкой -##\n\nВаш запрос (58820) обновлен.\n\nТатьяна Б. '
              '(Быстрокорм)\n\n{r_ru}, {r_hm} MSK\n\n⟦Анатолий, добрый день!\n\nПо вопросам самовывоза и '
              'срочной доставки обратитесь, пожалуйста, на горячую линию 8 800 555-44-10 — коллеги проверят '
              'наличие в вашем пункте.⟧\n\nТатьяна\n\n{quote}\n\n[R2M7XQ-0PLK]\n')
    mail('red-demo-ru', 'redirect', 'ru', '"тарифы обсуждаются с персональным менеджером, запишитесь на демо"',
         script='svc', frm='Вероника Лунина <lunina@sklad-os.example.ru>', company='hello@sklad-os.example.ru',
         client='gmail', alt='gmail', quote='gmail-ru', delay='2h',
         body='⟦Анатолий, здравствуйте!\n\nУсловия у нас подбираются под задачу, поэтому обсуждаем их с '
              'персональным менеджером на демонстрации. Выберите удобное время здесь: '
              'https://sklad-os.example.ru/demo⟧\n\nС уважением,\nВероника\nSkladOS\n\n{quote}\n')
    mail('red-partner-shop-ru', 'redirect', 'ru', 'manufacturer sends to a retail partner', frm='Завод «Уралфарфор»'
         ' <info@uralfarfor.example.ru>', client='outlook', alt='outlook', quote='outlook-ru', delay='1d',
         tz=5,
         body='⟦Здравствуйте, Анатолий!\n\nМы производитель и в розницу не продаём. Купить нашу посуду можно у '
              'официального партнёра — магазина «Белая чашка», контакты на сайте belaya-chashka.example.ru.⟧\n\n'
              'С уважением,\nотдел сбыта\n\n{quote}\n')
    mail('red-other-dept-ru', 'redirect', 'ru', '"этим занимается другой отдел, напишите на b2b@..."',
         script='svc', frm='Денис Шаров <sharov@telecom-sever.example.ru>', client='thunderbird', quote='tb-ru',
         alt='generic', delay='3h',
         body='⟦Анатолий, добрый день.\n\nЯ в техподдержке, договорами и тарифами для юрлиц занимается '
              'другой отдел — напишите, пожалуйста, на b2b@telecom-sever.example.ru.⟧\n\nДенис Шаров\n'
              'Телеком Север, техподдержка\n\n{quote}\n')
    mail('red-phone-in-sig-ru', 'redirect', 'ru', 'two-word redirect "Уточните по телефону", phone only in '
         'the signature', frm='Евгения Клюева <klyueva@detskiy-mir-plus.example.ru>', client='yandex', quote='yandex',
         cte='8bit', delay='2h5m',
         body='⟦Уточните по телефону.⟧\n\n--\nЕвгения Клюева\nменеджер\n+7 (391) 555-20-20\n\n{quote}\n', tz=7)
    mail('red-viber-ru', 'redirect', 'ru', 'Viber number, short and friendly', frm='Лена <lena@vyazanye.example.ru>',
         client='mailru', quote='mailru', cte='base64', delay='30m',
         body='⟦Анатолий, добрый день! Мне удобнее в Вайбере, напишите туда: +7 912 555-73-40, там всё '
              'обсудим.⟧\n\n{quote}\n')
    mail('red-call-faster-ru', 'redirect', 'ru', '"наберите, так быстрее", The Bat! koi8-r quoted-printable',
         frm='Михаил <misha@stanki-torg.example.ru>', client='thebat', cs='koi8-r', cte='quoted-printable',
         quote='thebat', delay='50m',
         body='⟦Здравствуйте, Анатолий.⟧\n\n{quote}\n\n⟦Наберите меня, пожалуйста, так будет быстрее: '
              '+7 (8452) 55-31-07.⟧\n\n--\nС уважением,\n Михаил\n')
    mail('red-html-button-ru', 'redirect', 'ru', 'HTML-only mailer with a "leave a request" button-like link',
         script='svc', frm='Кейтеринг «Большая ложка» <event@bolshaya-lozhka.example.ru>', client='php',
         delay='1h', cte='quoted-printable',
         html='<table width="100%" style="font-family:Arial"><tr><td>\n<p>⟦Анатолий, здравствуйте!</p>\n'
              '<p>Стоимость и договор зависят от формата мероприятия. Чтобы получить предложение, заполните '
              'короткую заявку:</p>\n<p><a href="https://bolshaya-lozhka.example.ru/zayavka" style="background:'
              '#e4572e;color:#fff;padding:10px 18px;text-decoration:none">Оставить заявку</a>⟧</p>\n'
              '<p style="color:#777">Команда «Большая ложка»</p>\n</td></tr></table>\n')
    mail('red-cp1251-outlook-ru', 'redirect', 'ru', 'Outlook windows-1251 quoted-printable, "-----Исходное '
         'сообщение-----"', frm='Гусев А.В. <gusev@kirpich-zavod.example.ru>', company='info@kirpich-zavod.example.ru',
         client='outlook', cs='windows-1251', cte='quoted-printable', quote='orig-ru', delay='1d1h',
         body='⟦Анатолий, по самовывозу и отгрузкам звоните диспетчеру: (4932) 55-18-18, доб. 2.⟧\n\n'
              'С уважением,\nГусев Алексей\nначальник отдела сбыта\n\n{quote}\n')
    mail('red-signup-cabinet-ru', 'redirect', 'ru', '"зарегистрируйтесь в личном кабинете, всё там", no details',
         script='svc', frm='Партнёрский отдел <partners@dostavim.example.ru>', client='php', alt='helpdesk',
         delay='2h', plus=True, subject='Re: Обращение с сайта dostavim.example.ru',
         body='⟦Анатолий, здравствуйте!\n\nВсе условия для магазинов доступны после регистрации в личном кабинете '
              'партнёра: https://lk.dostavim.example.ru/register. Если возникнут вопросы, кабинет подскажет, '
              'куда обратиться.⟧\n\nПартнёрский отдел «Доставим»\n')
    mail('red-whatsapp-only-nogreet-ru', 'redirect', 'ru', 'very short: "Пишите в ватсап", mobile, no quote',
         frm='Юрий <yuri@myaso-ferma.example.ru>', client='none', cte='8bit', delay='3h',
         body='⟦Пишите в ватсап 8-927-555-08-81⟧\n\nОтправлено из приложения Почта Mail.ru для Android\n')
    mail('red-write-manager-ru', 'redirect', 'ru', 'long polite redirect to a named manager\'s address, '
         'Zimbra Russian quote', script='svc', frm='Татьяна Нестерова <nesterova@bank-opora.example.ru>',
         company='info@bank-opora.example.ru', client='zimbra', alt='generic', quote='zimbra-ru', delay='5h',
         body='⟦Анатолий, добрый день!\n\nСпасибо, что обратились в банк «Опора». Этот ящик предназначен для '
              'общих вопросов, а подключение эквайринга ведёт наш региональный менеджер Кирилл Жданов. '
              'Напишите, пожалуйста, ему напрямую на zhdanov@bank-opora.example.ru или позвоните на мобильный '
              '+7 (905) 555-64-12 — он подберёт условия и проведёт вас по всем шагам.⟧\n\nС уважением,\n'
              'Татьяна Нестерова\nофис «Центральный»\n\n{quote}\n')


@content
def redirect_en():
    mail('red-call-en', 'redirect', 'en', '"please give us a call", Gmail, English attribution',
         frm='Liam Walsh <liam@walsh-timber.example>', client='gmail', alt='gmail', quote='gmail-en', tz=0,
         delay='45m', body='⟦Hi Anatoly, best to give us a call on +44 161 496 0733 and we\'ll sort you out.⟧\n\n'
                           'Liam\n\n{quote}\n')
    mail('red-inbox-no-orders-en', 'redirect', 'en', '"this inbox does not handle orders, email orders@"',
         frm='Press Office <press@copperleaf-goods.example>', client='o365-en', alt='outlook', quote='outlook-en',
         tz=0, delay='2h',
         body='⟦Hello,\n\nThis inbox is for press enquiries only and doesn\'t handle orders. Please email '
              'orders@copperleaf-goods.example and the team will help you.⟧\n\nThanks,\nPress Office\n\n{quote}\n')
    mail('red-form-en', 'redirect', 'en', '"please use the contact form at ..."', script='svc',
         frm='Info <info@vantage-analytics.example>', client='helpdesk', alt='helpdesk', tz=-5, delay='1d',
         body='⟦Hi Anatoly,\n\nPlease use the form at https://vantage-analytics.example/contact-sales so we can '
              'route your request to the right team.⟧\n\nBest,\nVantage Analytics\n', irt=False)
    mail('red-faq-en', 'redirect', 'en', 'FAQ link only', frm='Brisk Laundry <hello@brisk-laundry.example>',
         client='none', cte='7bit', tz=0, delay='3h', body='⟦Hi! Answers to most questions are in our FAQ: '
                                                         'https://brisk-laundry.example/faq⟧\n\n-- \nBrisk Laundry\n')
    mail('red-sales-will-reach-en', 'redirect', 'en', '"pricing is tailored; passed to sales, they will reach '
         'out", person-written', script='svc', frm='Ethan Park <ethan.park@stratoscale-io.example>', client='gmail',
         alt='gmail', quote='gmail-en', tz=-8, delay='5h',
         body='⟦Hi Anatoly,\n\nOur pricing is tailored to each customer, so I\'ve passed your details to our sales '
              'team — someone will reach out to you shortly.⟧\n\nBest,\nEthan\n\n{quote}\n')
    mail('red-helpdesk-chat-en', 'redirect', 'en', 'helpdesk agent asks to start a live chat, Precedence: bulk, '
         'reply-above marker', frm='Marlow Support <support@marlow-shoes.example>', subject='Re: [#77210] {subj}',
         hdrs=['Precedence: bulk', 'Auto-Submitted: auto-generated'], irt=False, client='helpdesk', alt='helpdesk',
         tz=0, delay='1h', quote='history-en',
         body='##- Please type your reply above this line -##\n\nKelly (Marlow Shoes)\n\n{r_en}, {r_h12} GMT\n\n'
              '⟦Hi Anatoly,\n\nFor store pickup and delivery questions please start a live chat on '
              'marlow-shoes.example — our store team is on the chat all day.⟧\n\nKelly\n\n{quote}\n\n'
              'This email is a service from Marlow Shoes.\n')
    mail('red-book-demo-en', 'redirect', 'en', 'book a call link, polite', script='svc',
         frm='Rachel Adler <rachel@fieldnote-hr.example>', client='apple', alt='apple', quote='apple-en', tz=-5,
         delay='6h',
         body='⟦Hi Anatoly,\n\nThanks for your interest in Fieldnote! The easiest way to get pricing and the '
              'contract details is a quick call with our team — you can grab a slot here: '
              'https://fieldnote-hr.example/book⟧\n\nBest regards,\nRachel Adler\nFieldnote HR\n\n{quote}\n')
    mail('red-whatsapp-en', 'redirect', 'en', 'WhatsApp us', frm='Zara Home Bakes <zara@homebakes.example>',
         client='iphone', quote='ios-en', tz=4, delay='15m',
         body='⟦Hi dear, please WhatsApp us on +971 50 555 0192 for orders ⟧\n\nSent from my iPhone\n\n{quote}\n')
    mail('red-bare-phone-en', 'redirect', 'en', 'just a phone number with a name', frm='Dave <dave@dave-plumbing.example>',
         client='none', cte='8bit', tz=0, delay='2h', quote='plain-en',
         body='⟦0161 496 0452⟧\n\nDave\n\n{quote}\n')
    mail('red-reseller-en', 'redirect', 'en', 'send to the local reseller', script='svc',
         frm='Greta Holm <greta.holm@arcticdb.example>', client='o365-en', alt='outlook', quote='outlook-en', tz=1,
         delay='1d',
         body='⟦Dear Anatoly,\n\nThank you for your enquiry. Customers in Russia are served by our authorised '
              'partner, Sever Data (sales@sever-data.example.ru); please contact them directly.⟧\n\nKind regards,\n'
              'Greta Holm\nChannel Manager, ArcticDB\n\n{quote}\n')
    mail('red-partner-portal-en', 'redirect', 'en', 'polite multi-sentence: submit through the partner portal',
         script='svc', frm='Partnerships <partners@meridian-pay.example>', client='helpdesk', alt='helpdesk',
         tz=-5, delay='2d', quote='history-en',
         body='⟦Hello Anatoly,\n\nWe appreciate your interest in Meridian Pay. To make sure every request gets to '
              'the right person, we kindly ask that all merchant enquiries be submitted through our partner portal '
              'at https://partners.meridian-pay.example. Once submitted, you will receive a reference number and a '
              'specialist will be in touch.⟧\n\nWarm regards,\nThe Meridian Pay Partnerships Team\n\n{quote}\n')


@content
def ack_ru():
    mail('ack-plain-noheaders-re-ru', 'ack', 'ru', 'CRM acknowledgement, Re: subject, no number, no auto headers',
         frm='Магазин «Теремок-декор» <info@teremok-decor.example.ru>', client='php', cte='base64',
         body='Здравствуйте!\n\nМы получили ваше письмо и ответим в ближайшее время.\n\nЭто автоматическое '
              'уведомление, отвечать на него не нужно.\n\n--\nТеремок-декор\n')
    mail('ack-number-subject-ru', 'ack', 'ru', 'ticket number in the subject «Обращение №4521 принято», '
         'no auto headers, HTML alternative', frm='Поддержка «ВелоГрад» <support@velograd.example.ru>',
         subject='Ваше обращение №4521 принято', irt=False, client='php', alt='helpdesk',
         body='Здравствуйте, Анатолий!\n\nВаше обращение зарегистрировано под номером 4521. Ответственный '
              'специалист ответит вам в течение рабочего дня.\n\nПожалуйста, не меняйте тему письма, если будете '
              'дополнять обращение.\n\nСлужба поддержки ВелоГрад\n')
    mail('ack-hours-in-text-ru', 'ack', 'ru', 'acknowledgement with working hours «пн–пт с 9 до 18 МСК» '
         '(contains до 18), [#N] subject, no headers', frm='Служба заботы «Лавка сыров» <care@syr-lavka.example.ru>',
         subject='[#1823401] {subj}', irt=False, client='helpdesk', alt='helpdesk',
         body='Здравствуйте, Анатолий!\n\nВаше обращение №1823401 зарегистрировано. Мы ответим в течение 2 '
              'часов в рабочее время: пн–пт с 9 до 18 (МСК).\n\nЕсли хотите что-то добавить, просто ответьте на '
              'это письмо.\n\n— Команда «Лавки сыров»\n')
    mail('ack-zayavka-paren-ru', 'ack', 'ru', 'subject with «(Заявка 4522)» and Re:, quotes the customer\'s '
         'question back (contains «До скольки…», «сегодня»)', frm='Интернет-магазин «Пиксель» '
         '<zakaz@pixel-tech.example.ru>', subject='Re: {subj} (Заявка 4522)', irt=True, client='php',
         body='Здравствуйте!\n\nСпасибо за ваше сообщение. Мы зарегистрировали заявку 4522 и скоро ответим.\n\n'
              'Текст вашего обращения:\n-----\n' + SCRIPTS['shop'][1] + '\n-----\n\nС уважением,\n'
              'интернет-магазин «Пиксель»\n', cte='quoted-printable')
    mail('ack-helpdesk-created-link-ru', 'ack', 'ru', '«Заявка #12587 создана», link to the portal, '
         'Auto-Submitted: auto-generated', script='svc', frm='Поддержка «Серверная» <help@servernaya.example.ru>',
         subject='Заявка #12587 создана', irt=False, client='helpdesk', alt='helpdesk',
         hdrs=['Auto-Submitted: auto-generated'],
         body='Уважаемый(ая) Анатолий Смирнов,\n\nваша заявка #12587 «Тарифы и договор» создана.\nСледить за '
              'статусом можно в личном кабинете: https://help.servernaya.example.ru/tickets/12587\n\n'
              'Это письмо сформировано автоматически.\n')
    mail('ack-prinyata-v-rabotu-ru', 'ack', 'ru', '«Заявка №7731 принята в работу», service-desk style, '
         'no auto headers', script='svc', frm='ИТ-сервис «Домен» <desk@domen-it.example.ru>',
         subject='Заявка №7731 принята в работу', irt=False, client='java', cte='base64',
         body='Заявка №7731 зарегистрирована и принята в работу.\n\nТема: Тарифы и договор\nПриоритет: обычный\n'
              'Плановый срок ответа: 08.12.2026 12:00\n\nОтветить на заявку можно, ответив на это письмо.\n')
    mail('ack-raw-8bit-subject-ru', 'ack', 'ru', 'home-made PHP script: raw 8-bit UTF-8 Subject without RFC 2047, '
         'no MIME-Version header, sender without display name', frm='robot@sushi-wave.example.ru', raw_subject=True,
         subject='Ваше письмо получено', irt=False, client='php', cte='8bit', mime_version=None,
         body='Добрый день!\nВаше письмо получено. Менеджер ответит вам в рабочее время.\nСуши Волна\n')
    mail('ack-html-quotes-question-ru', 'ack', 'ru', 'HTML-only acknowledgement that quotes the customer\'s '
         'question («До скольки…», «доставку сегодня»), no headers', frm='Zoo-маркет «Лапа» '
         '<no-reply@lapa-zoo.example.ru>', subject='Мы получили ваш вопрос', irt=False, client='php', cte='base64',
         html='<html><body style="font-family:Arial;color:#333">\n<h2 style="color:#ff7a00">Спасибо, мы получили '
              'ваш вопрос!</h2>\n<p>Номер обращения: <b>LP-88314</b></p>\n<p>Ваш вопрос:</p>\n<blockquote '
              'style="border-left:3px solid #ff7a00;padding-left:10px">Здравствуйте!<br>До скольки работает пункт '
              'самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.<br><br>Анатолий '
              'Смирнов</blockquote>\n<p>Специалист ответит в течение 3 часов.</p>\n<p style="font-size:11px;'
              'color:#999">Письмо отправлено автоматически, не отвечайте на него.</p>\n</body></html>\n')
    mail('ack-urgent-call-ru', 'ack', 'ru', 'acknowledgement that also gives a phone for urgent questions',
         frm='Ремонт «Мастер на час» <info@master-na-chas.example.ru>', subject='Автоматическое уведомление: '
         'письмо получено', irt=True, client='php',
         body='Здравствуйте!\n\nВаше письмо получено и передано менеджеру. Если вопрос срочный — звоните '
              '8 800 555-27-27, мы на связи круглосуточно.\n\nМастер на час\n', cte='8bit')
    mail('ack-case-duration-ru', 'ack', 'ru', 'services ack "CASE-00123", contains «в течение 1 рабочего дня» '
         '(the answer-time promise, not the contract timing), no headers', script='svc',
         frm='Лизинг «ТрансКапитал» <leasing@transkapital.example.ru>', subject='CASE-00123: заявка получена',
         irt=False, client='java', alt='helpdesk',
         body='Спасибо! Ваша заявка получена.\n\nНомер: CASE-00123\n\nПерсональный менеджер свяжется с вами в '
              'течение 1 рабочего дня.\n\n«ТрансКапитал»\n')
    mail('ack-otrs-ticket-ru', 'ack', 'ru', 'OTRS-like [Ticket#2026120710000123] RE: subject, Russian template, '
         'no vendor header', script='svc', frm='Техническая поддержка «НетЛайн» <support@netline-isp.example.ru>',
         subject='[Ticket#2026120710000123] RE: {subj}', irt=True, client='none', cte='quoted-printable',
         body='Здравствуйте, Анатолий Смирнов,\n\nваше обращение зарегистрировано под номером '
              '[Ticket#2026120710000123]. Мы свяжемся с вами в ближайшее время.\n\nПожалуйста, при ответе '
              'сохраняйте номер заявки в теме письма.\n\nС уважением,\nТехническая поддержка НетЛайн\n')
    mail('ack-inc-number-ru', 'ack', 'ru', 'service-desk «Обращение INC-0045521 создано», '
         'Auto-Submitted: auto-replied', script='svc', frm='Единый сервис-деск <sd@energo-sbyt.example.ru>',
         subject='Обращение INC-0045521 создано', irt=False, client='java', hdrs=['Auto-Submitted: auto-replied'],
         body='Ваше обращение INC-0045521 создано.\n\nКраткое описание: Тарифы и договор\nСтатус: '
              'Зарегистрировано\nГруппа: Клиентская поддержка\n\nНе отвечайте на это письмо.\n', cte='base64')
    mail('ack-avg-time-ru', 'ack', 'ru', '"среднее время ответа — 4 часа", Re: subject, In-Reply-To kept',
         frm='Маркет «Полка» <hello@polka-market.example.ru>', client='php', alt='helpdesk',
         body='Анатолий, здравствуйте!\n\nМы получили ваше сообщение. Среднее время ответа — около 4 часов. '
              'Ответим сюда же, на почту.\n\nКоманда «Полки»\n')
    mail('ack-autoreplied-header-ru', 'ack', 'ru', 'acknowledgement with Auto-Submitted: auto-replied and '
         'Precedence: auto_reply', frm='Клиентская служба «Мебельград» <client@mebelgrad.example.ru>',
         subject='Ответ на ваше обращение', hdrs=['Auto-Submitted: auto-replied', 'Precedence: auto_reply'],
         client='php', body='Уважаемый клиент!\n\nВаше обращение принято. Ответ будет направлен на этот адрес '
                            'после рассмотрения.\n\nКлиентская служба «Мебельград»\n')
    mail('ack-koi8-old-system-ru', 'ack', 'ru', 'old in-house system, koi8-r base64, upper-case subject',
         frm='Робот склада <robot@tehsnab-nn.example.ru>', subject='ПИСЬМО ПОЛУЧЕНО', irt=False, client='none',
         cs='koi8-r', cte='base64',
         body='Ваше письмо зарегистрировано в системе документооборота.\nВходящий номер: 12/7-0311\n'
              'Дата регистрации: 07.12.2026\n\nОтвет будет направлен исполнителем.\n')
    mail('ack-form-cp1251-plus-ru', 'ack', 'ru', 'form probe: plus-address, windows-1251, site engine '
         '"вопрос принят"', frm='Сайт «Строймаркет-Юг» <noreply@stroy-yug.example.ru>', plus=True,
         subject='Ваш вопрос принят', client='php', cs='windows-1251', cte='8bit',
         body='Информационное сообщение сайта stroy-yug.example.ru\n------------------------------------------\n\n'
              'Здравствуйте, Анатолий Смирнов!\n\nВаш вопрос принят. Ответ придёт на этот адрес.\n\n'
              'Письмо сгенерировано автоматически.\n')
    mail('ack-chat-offline-ru', 'ack', 'ru', 'offline chat widget: message received, operator will answer by '
         'e-mail', frm='Онлайн-консультант <chat@optika-zorkiy.example.ru>', plus=True,
         subject='Ваше сообщение получено', client='helpdesk', alt='helpdesk',
         body='Здравствуйте!\n\nСейчас операторы не в сети, но ваше сообщение получено. Мы ответим на эту почту, '
              'как только освободимся.\n\nОптика «Зоркий»\n')
    mail('ack-html-table-b64-ru', 'ack', 'ru', 'HTML-only table layout in base64, «Номер обращения: 88-31-552»',
         script='svc', frm='Страхование «Надёжный щит» <info@nadezhny-shchit.example.ru>',
         subject='Обращение 88-31-552 зарегистрировано', irt=False, client='php', cte='base64',
         html='<!DOCTYPE html><html><body><table width="600" align="center" style="font-family:Tahoma">'
              '<tr><td style="background:#0b3d91;color:#fff;padding:16px">Надёжный щит</td></tr>'
              '<tr><td style="padding:16px">Здравствуйте!<br><br>Ваше обращение зарегистрировано.<br>'
              'Номер обращения: <b>88-31-552</b><br><br>Мы рассмотрим его и ответим в течение 3 рабочих дней.'
              '</td></tr><tr><td style="font-size:11px;color:#888;padding:16px">Это автоматическое письмо.</td>'
              '</tr></table></body></html>\n')
    mail('ack-outlook-rule-quote-ru', 'ack', 'ru', 'Outlook server-side rule acknowledgement with the original '
         'quoted in an Outlook From block, no auto headers', frm='Приёмная «Агроснаб» <priem@agrosnab.example.ru>',
         client='outlook', alt='outlook', quote='outlook-ru',
         body='Добрый день!\n\nБлагодарим за письмо. Оно получено и будет передано ответственному сотруднику.\n\n'
              'Приёмная ООО «Агроснаб»\n\n{quote}\n')
    mail('ack-bracket-zayavka-ru', 'ack', 'ru', 'subject «Re: [ЗАЯВКА-2026-1207-0042] …»', script='svc',
         frm='Отдел продаж «ПромЛифт» <sales@promlift.example.ru>',
         subject='Re: [ЗАЯВКА-2026-1207-0042] {subj}', client='php', cte='quoted-printable',
         body='Здравствуйте!\n\nЗаявка ЗАЯВКА-2026-1207-0042 создана. Пожалуйста, сохраняйте номер в теме при '
              'переписке.\n\nОтдел продаж ПромЛифт\n')
    mail('ack-hours-address-ru', 'ack', 'ru', 'ack with shop\'s opening hours and address in the footer '
         '(contains «с 10 до 20»), subject «Ваше обращение принято (Заявка 4530)»',
         frm='Книжный «Буквоед-Север» <mail@bukvoed-sever.example.ru>', subject='Ваше обращение принято '
         '(Заявка 4530)', irt=False, client='php', alt='helpdesk',
         body='Здравствуйте!\n\nВаше обращение принято, номер заявки 4530. Мы ответим в ближайшее время.\n\n'
              '—\nКнижный «Буквоед-Север»\nул. Северная, 14, ежедневно с 10 до 20\nтел. +7 (8172) 55-40-40\n')
    mail('ack-usedesk-like-nonum-ru', 'ack', 'ru', 'helpdesk ack with Auto-Submitted: auto-generated and a '
         'ticket footer, subject «Re: Тарифы и договор» unchanged', script='svc',
         frm='Поддержка «Маркировка.Онлайн» <help@markirovka-online.example.ru>', client='helpdesk',
         alt='helpdesk', hdrs=['Auto-Submitted: auto-generated'],
         body='Здравствуйте!\n\nСпасибо за обращение. Мы уже получили ваше письмо, специалист ответит '
              'в порядке очереди.\n\n---\nОбращение № 557190\n')


@content
def ack_en():
    mail('ack-request-received-en', 'ack', 'en', '"Request #88812 received" subject, no vendor headers',
         frm='Bramble Home Support <support@bramble-home.example>', subject='Request #88812 received',
         irt=False, client='helpdesk', alt='helpdesk', tz=0,
         body='Hi Anatoly,\n\nThanks for getting in touch. Your request (#88812) has been received and one of our '
              'team will reply shortly.\n\nBramble Home\n')
    mail('ack-zendesk-text-en', 'ack', 'en', 'Zendesk-like stock ack text, [Company] Re: subject, no vendor '
         'header', script='svc', frm='Tessellate <help@tessellate-cloud.example>',
         subject='[Tessellate] Re: {subj}', irt=False, client='helpdesk', alt='helpdesk', tz=0,
         body='##- Please type your reply above this line -##\n\nYour request (12345) has been received and is '
              'being reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n'
              'This email is a service from Tessellate.\n')
    mail('ack-helpscout-like-en', 'ack', 'en', '"We\'ve received your message" with conversation number, '
         'no vendor header', script='svc', frm='Orchard HR <hello@orchard-hr.example>',
         subject='We\'ve received your message', irt=False, client='helpdesk', tz=-5,
         body='Hi there,\n\nWe\'ve received your message and will get back to you within 1 business day.\n\n'
              'Conversation #50112\n\nOrchard HR\n', cte='7bit')
    mail('ack-jira-case-en', 'ack', 'en', 'Jira-SM-like "CASE-00123" subject and "View request"', script='svc',
         frm='Ravenwood Service Desk <servicedesk@ravenwood-it.example>', subject='CASE-00123 {subj}', irt=False,
         client='java', alt='helpdesk', tz=0,
         body='—-—-—-—\n\nReply above this line.\n\nYour request has been received.\n\nWe\'ll review it and get '
              'back to you as soon as possible.\n\nView request · Turn off this request\'s notifications\n\n'
              'Powered by Jira Service Management\n')
    mail('ack-zoho-like-en', 'ack', 'en', 'Zoho-Desk-like "[## 12345 ##]" subject', script='svc',
         frm='Kinetic Labels <support@kinetic-labels.example>', subject='[## 40322 ##] {subj}', irt=False,
         client='helpdesk', tz=5.5, cte='quoted-printable',
         body='Dear Анатолий Смирнов,\n\nThank you for contacting us. Your ticket number is 40322. Our team will '
              'respond within 24 hours.\n\nRegards,\nKinetic Labels Support\n')
    mail('ack-kayako-like-en', 'ack', 'en', 'Kayako-like "[#ABC-123-45678]:" subject, automated response text',
         frm='Lumen Lighting Helpdesk <helpdesk@lumen-lighting.example>', subject='[#LMN-271-40919]: {subj}',
         irt=False, client='php', alt='helpdesk', tz=-6,
         body='This is an automated response. A ticket has been created: #LMN-271-40919.\n\nOur staff will review '
              'your message and reply as soon as possible. You can view the ticket status at '
              'https://helpdesk.lumen-lighting.example/\n')
    mail('ack-osticket-like-en', 'ack', 'en', 'osTicket-like "Support Ticket Opened [#482913]"',
         frm='Copperfield Support <support@copperfield-tools.example>', subject='Support Ticket Opened [#482913]',
         irt=False, client='php', tz=0, cte='7bit',
         body='Anatoly,\n\nA request for support has been created and assigned #482913. A representative will '
              'follow-up with you as soon as possible. You can view this ticket\'s progress online.\n\n'
              'Your Copperfield Team,\nCopperfield Support\n\nIf you wish to provide additional comments or '
              'information regarding the issue, please reply to this email.\n')
    mail('ack-salesforce-like-en', 'ack', 'en', 'Salesforce-like "Case 00123456" with thread ref line',
         script='svc', frm='Quanta Freight <care@quanta-freight.example>',
         subject='Case 00123456: We received your request [ ref:_00D5g6XyZ._500Qt4AbCd:ref ]', irt=False,
         client='java', alt='helpdesk', tz=-5,
         body='Hello,\n\nThank you for contacting Quanta Freight. Your case number is 00123456. A member of our '
              'team will contact you shortly.\n\nref:_00D5g6XyZ._500Qt4AbCd:ref\n')
    mail('ack-html-one-day-en', 'ack', 'en', 'HTML-only ack: "we typically reply within 1 business day" '
         '(contains a duration)', script='svc', frm='Sparrow Payroll <team@sparrow-payroll.example>',
         subject='Thanks for reaching out!', irt=False, client='php', tz=-8, cte='quoted-printable',
         html='<html><body><div style="max-width:560px;margin:auto;font-family:Helvetica">\n<h1 style="font-size:'
              '20px">Thanks for reaching out!</h1>\n<p>We got your message and we typically reply within 1 business '
              'day.</p>\n<p>In the meantime, our <a href="https://sparrow-payroll.example/help">help centre</a> '
              'might have what you need.</p>\n<p>— The Sparrow team</p>\n</div></body></html>\n')
    mail('ack-hours-phone-en', 'ack', 'en', 'ack with office hours and a phone, Re: subject, Auto-Submitted',
         frm='Harlow Garden Centre <enquiries@harlow-garden.example>', hdrs=['Auto-Submitted: auto-replied'],
         client='none', tz=0, cte='7bit',
         body='Thank you for your email, which has been received.\n\nOur customer team is available Monday to '
              'Saturday, 9am to 5pm, and will reply within one working day. For urgent matters please call '
              '01632 960 418.\n\nHarlow Garden Centre\n', quote=None)
    mail('ack-quotes-message-en', 'ack', 'en', 'ack quoting the customer\'s message in full (Russian text)',
         script='svc', frm='Pinecrest Hosting <support@pinecrest-hosting.example>', subject='[#PC-20931] Received: {subj}',
         irt=False, client='helpdesk', alt='helpdesk', tz=-5,
         body='Hi,\n\nWe have received your ticket PC-20931 and will respond shortly.\n\nYour message:\n\n'
              + SCRIPTS['svc'][1] + '\n\n--\nPinecrest Hosting Support\n')
    mail('ack-inquiry-id-en', 'ack', 'en', 'home-made "Inquiry ID: INQ-20261207-0042"',
         frm='Orders <orders@bluefin-outdoors.example>', subject='Thank you for your order inquiry', irt=False,
         client='php', tz=-5, cte='quoted-printable',
         body='Thank you for your order inquiry!\n\nInquiry ID: INQ-20261207-0042\nReceived: 12/07/2026\n\nA sales '
              'associate will review your inquiry and respond by email.\n\nBluefin Outdoors\n')
    mail('ack-freshdesk-like-en', 'ack', 'en', 'Freshdesk-like "Ticket Received - [#N]" subject, no vendor header',
         frm='Wildflower Apothecary <support@wildflower-apothecary.example>',
         subject='Ticket Received - [#90871] {subj}', irt=False, client='helpdesk', alt='helpdesk', tz=0,
         body='Dear Анатолий Смирнов,\n\nWe would like to acknowledge that we have received your request and a '
              'ticket has been created.\nA support representative will be reviewing your request and will send '
              'you a personal response (usually within 24 hours).\n\nTo view the status of the ticket or add '
              'comments, please visit\nhttps://support.wildflower-apothecary.example/tickets/90871\n\nThank you '
              'for your patience.\n\nSincerely,\nWildflower Apothecary Support Team\n')

OOF_EX = ['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
          'X-MS-Exchange-Inbox-Rules-Loop: {me}']


def oof_hdrs(me):
    return [h.replace('{me}', me) for h in OOF_EX]


@content
def autoreply_ru():
    mail('auto-vacation-colleague-ru', 'autoreply', 'ru', 'vacation with a colleague\'s address, Exchange '
         '"Автоматический ответ:" subject, Auto-Submitted', frm='Смолина Елена <smolina@kantstovary.example.ru>',
         subject='Автоматический ответ: {subj}', hdrs=oof_hdrs('smolina@kantstovary.example.ru'), client='o365',
         alt='outlook', envelope='',
         body='Добрый день!\n\nЯ в отпуске до 21 декабря включительно. По вопросам заказов, пожалуйста, '
              'обращайтесь к Марине Ивановой: ivanova@kantstovary.example.ru.\n\nЕлена Смолина\n')
    mail('auto-sick-noheader-ru', 'autoreply', 'ru', 'sick leave, Re: subject, no auto headers at all',
         frm='Пётр Лосев <losev@kley-ural.example.ru>', client='mailru', cte='base64',
         body='Здравствуйте! Я на больничном, на письма отвечу после выхода. Спасибо за понимание.\n')
    mail('auto-trip-limited-ru', 'autoreply', 'ru', 'business trip, limited access to mail, "Автоответ:" subject',
         script='svc', frm='Владимир Чернов <chernov@geoskan-pro.example.ru>', subject='Автоответ: {subj}',
         hdrs=['Auto-Submitted: auto-replied'], client='yandex',
         body='Добрый день. С 7 по 10 декабря нахожусь в командировке, доступ к почте ограничен. Отвечу по '
              'возвращении. Срочно — звоните секретарю: +7 (383) 555-10-10.\n', cte='8bit')
    mail('auto-hours-9-18-ru', 'autoreply', 'ru', 'working-hours responder «мы работаем с 9 до 18, ответим в '
         'рабочее время» (contains с 9 до 18), no headers, Re: subject', tz=10,
         frm='Рыбная артель «Приморье» <info@artel-primorye.example.ru>', client='php', alt='helpdesk',
         body='Спасибо за письмо!\n\nМы работаем с 9 до 18 по владивостокскому времени, с понедельника по '
              'пятницу. Ответим вам в рабочее время.\n\nРыбная артель «Приморье»\n')
    mail('auto-after-hours-ru', 'autoreply', 'ru', '«письмо получено в нерабочее время», Kamchatka company, '
         'Auto-Submitted', tz=12, frm='Камчатские туры <tours@kamchatka-tour.example.ru>',
         subject='Письмо получено в нерабочее время', irt=False, hdrs=['Auto-Submitted: auto-replied'],
         client='php', cte='quoted-printable',
         body='Здравствуйте!\n\nВаше письмо получено в нерабочее время. Мы ответим завтра после 10:00 по '
              'камчатскому времени.\n\nКамчатские туры\n')
    mail('auto-not-monitored-ru', 'autoreply', 'ru', '"этот ящик не проверяется, пишите на …"',
         frm='noreply@gorod-telecom.example.ru', subject='Re: {subj}', client='php', script='svc',
         body='Этот почтовый ящик не проверяется. Письма, отправленные на него, не читаются.\n'
              'Для связи используйте адрес client@gorod-telecom.example.ru или форму на сайте.\n', cte='8bit')
    mail('auto-left-company-ru', 'autoreply', 'ru', '"сотрудник больше не работает в компании, пишите X", '
         'Precedence: auto_reply', frm='Ирина Жукова <zhukova@agro-semena.example.ru>',
         hdrs=['Precedence: auto_reply'], client='outlook', alt='outlook',
         body='Здравствуйте!\n\nИрина Жукова больше не работает в компании «Агро-Семена». Ваше письмо не будет '
              'прочитано. Пожалуйста, направляйте вопросы на sales@agro-semena.example.ru.\n')
    mail('auto-address-changed-ru', 'autoreply', 'ru', '"наш адрес изменился", old mailbox autoresponder',
         frm='Студия «Вышивка» <vyshivka@old-hosting.example.ru>', client='roundcube',
         hdrs=['Auto-Submitted: auto-replied', 'X-Autoreply: yes'], subject='Auto: {subj}',
         body='Внимание! Наш адрес электронной почты изменился.\nТеперь пишите нам на '
              'studio@vyshivka-studio.example.ru — этот ящик скоро будет отключён.\n')
    mail('auto-inventory-closed-ru', 'autoreply', 'ru', 'closure notice: shop closed for stock-taking 7–9 Dec',
         frm='Магазин «Сад и огород» <shop@sad-dacha.example.ru>', client='php', alt='helpdesk',
         subject='Магазин временно закрыт', irt=False,
         body='Уважаемые покупатели!\n\nС 7 по 9 декабря магазин и пункт выдачи закрыты на инвентаризацию. '
              'Заказы, оформленные в эти дни, будут обработаны с 10 декабря.\n\nПриносим извинения за '
              'неудобства.\n')
    mail('auto-challenge-ru', 'autoreply', 'ru', 'challenge-response: confirm you are not a robot via a link',
         frm='Антиспам <antispam@mail-filter.example.ru>', subject='Подтвердите отправку письма', irt=False,
         client='php', hdrs=['Auto-Submitted: auto-replied'], cte='quoted-printable',
         body='Здравствуйте!\n\nВаше письмо на адрес director@fabrika-luch.example.ru задержано системой защиты от '
              'спама. Чтобы оно было доставлено, подтвердите, что вы не робот, перейдя по ссылке:\n\n'
              'https://mail-filter.example.ru/confirm?id=7Fq2LmZ0\n\nСсылка действительна 72 часа. Подтверждать '
              'нужно только один раз.\n', script='svc', company='director@fabrika-luch.example.ru')
    mail('auto-maternity-ru', 'autoreply', 'ru', 'maternity leave, with replacement contact',
         frm='Дарья Исаева <isaeva@detki-obuv.example.ru>', client='gmail', alt='gmail',
         hdrs=['Auto-Submitted: auto-replied'],
         body='Здравствуйте! Я в декретном отпуске. По всем вопросам, связанным с заказами, пишите Алексею: '
              'alexey@detki-obuv.example.ru.\n')
    mail('auto-exchange-html-ru', 'autoreply', 'ru', 'Exchange OOF in HTML only, "Автоматический ответ:"',
         script='svc', frm='Ковалев Игорь Петрович <kovalev@gazstroy-proekt.example.ru>',
         subject='Автоматический ответ: {subj}', hdrs=oof_hdrs('kovalev@gazstroy-proekt.example.ru'),
         client='o365', envelope='', cte='base64',
         html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              '<p>Уважаемые коллеги!</p><p>С 07.12.2026 по 18.12.2026 я нахожусь в ежегодном отпуске. '
              'Ваше письмо будет прочитано после моего возвращения.</p><p>По срочным вопросам: '
              'Петрова Анна, +7 (495) 555-22-31.</p></body></html>\n')
    mail('auto-exhibition-ru', 'autoreply', 'ru', 'at a trade fair, answers later; Yandex autoreply without '
         'headers', script='svc', frm='Алексей Дьяков <dyakov@stal-konstrukt.example.ru>', client='yandex',
         body='Добрый день!\nС 7 по 11 декабря я на выставке, на письма отвечаю с задержкой. Спасибо!\n\n'
              '--\nАлексей Дьяков\n', cte='quoted-printable')
    mail('auto-day-off-ru', 'autoreply', 'ru', '"сегодня санитарный день", single short line',
         frm='Аптека «Здравица» <apteka@zdravica.example.ru>', client='php', cte='8bit',
         body='Сегодня санитарный день, аптека не работает. Ответим на письмо завтра.\n')
    mail('auto-sieve-vacation-ru', 'autoreply', 'ru', 'Sieve vacation "Auto:" subject with In-Reply-To and '
         'Auto-Submitted, plain', frm='Мария Ляпина <lyapina@tipografiya-oko.example.ru>', subject='Auto: {subj}',
         hdrs=['Auto-Submitted: auto-replied (vacation)', 'Precedence: bulk'], client='none', envelope='',
         body='Я в отпуске до 14.12.2026.\nПо вопросам печати пишите на print@tipografiya-oko.example.ru.\n',
         cte='8bit')
    mail('auto-whitelist-ru', 'autoreply', 'ru', 'whitelist request: reply without changing the subject',
         script='svc', frm='Почтовый фильтр <filter@zashchita-pochty.example.ru>',
         subject='[Проверка отправителя] {subj}', irt=True, client='php',
         body='Ваш адрес отсутствует в белом списке получателя. Чтобы письмо было доставлено, ответьте на это '
              'сообщение, не изменяя темы. Это нужно сделать только один раз.\n', cte='base64',
         company='buh@kontora-schet.example.ru')
    mail('auto-sick-quote-ru', 'autoreply', 'ru', 'sick leave autoresponder that quotes the original below, '
         'X-Autoreply header', frm='Ольга Савина <savina@stekloplast.example.ru>', hdrs=['X-Autoreply: yes'],
         client='roundcube', quote='roundcube-ru',
         body='Здравствуйте!\n\nЯ временно нетрудоспособна и не читаю почту до 11 декабря. Ваше письмо '
              'не будет переслано автоматически.\n\n{quote}\n')
    mail('auto-now-offline-ru', 'autoreply', 'ru', 'Mail.ru personal autoresponder, "Сейчас не могу ответить", '
         'no headers', frm='Катя Шубина <katya@shubina-cakes.example.ru>', client='mailru', alt='mailru',
         body='Здравствуйте! Сейчас не могу ответить, я на кухне 🙂 Отвечу вечером или завтра утром.\n')
    mail('auto-moved-domain-ru', 'autoreply', 'ru', '"мы переехали на новый домен", holiday-free closure of old '
         'address, Precedence: junk', script='svc', frm='ЮрБюро «Право» <info@pravo-old.example.ru>',
         hdrs=['Precedence: junk'], client='php', subject='Мы сменили адрес почты', irt=False,
         body='Уважаемые клиенты!\n\nЮридическое бюро «Право» перешло на новый домен. Пожалуйста, '
              'направляйте письма на info@pravo-buro.example.ru. Этот адрес больше не обслуживается.\n')
    mail('auto-koi8-ooo-ru', 'autoreply', 'ru', 'koi8-r old server vacation message, 8bit, subject in koi8-r',
         frm='Борис Ногин <nogin@mashzavod-tula.example.ru>', subject='Отсутствую на рабочем месте', irt=False,
         cs='koi8-r', cte='8bit', client='none', hdrs=['Auto-Submitted: auto-replied'],
         body='Уважаемый корреспондент!\n\nОтсутствую на рабочем месте до 15.12.2026.\nПо срочным вопросам '
              'обращайтесь в отдел сбыта: (4872) 55-01-02.\n')
    mail('auto-cp1251-kerio-ru', 'autoreply', 'ru', 'Kerio-like autoreply in windows-1251 QP, subject '
         '"Re: … [Автоответ]"', frm='Отдел снабжения <snab@elevator-stroy.example.ru>',
         subject='Re: {subj} [Автоответ]', cs='windows-1251', cte='quoted-printable', client='none',
         hdrs=['Auto-Submitted: auto-replied', 'X-Kerio-Autoreply: yes'],
         body='Благодарим за письмо. Сотрудники отдела снабжения в данный момент отсутствуют. Мы ответим в '
              'ближайший рабочий день.\n')
    mail('auto-tech-works-ru', 'autoreply', 'ru', '"ведутся технические работы, обращения не обрабатываются"',
         script='svc', frm='Хостинг «Облачко» <support@oblachko-host.example.ru>', client='php', alt='helpdesk',
         subject='Технические работы: обращения временно не обрабатываются', irt=False,
         body='Здравствуйте!\n\nВ связи с плановыми техническими работами обращения по почте до 9 декабря не '
              'обрабатываются. Приносим извинения.\n\nХостинг «Облачко»\n')
    mail('auto-hours-weekend-ru', 'autoreply', 'ru', 'after-hours responder mentioning opening hours '
         '«работаем ежедневно с 10 до 22» (looks like an answer)', frm='Суши-бар «Самурай» <sushi@samurai-bar.example.ru>',
         client='php', tz=10,
         body='Спасибо за обращение! Мы работаем ежедневно с 10 до 22 по владивостокскому времени. Если письмо '
              'пришло в нерабочее время, ответим, как только откроемся.\n', cte='quoted-printable')
    mail('auto-training-ru', 'autoreply', 'ru', 'on a training course, "Автоответ" subject without the '
         'original subject', script='svc', frm='Наталья Ким <kim@audit-konsalt.example.ru>', subject='Автоответ',
         irt=False, client='outlook', alt='outlook', hdrs=['Auto-Submitted: auto-replied'],
         body='Добрый день!\n\nДо 9 декабря я на обучении и почту читаю редко. Если вопрос срочный, напишите '
              'моему коллеге Сергею Ганину: ganin@audit-konsalt.example.ru.\n\nНаталья Ким\n')
    mail('auto-person-like-ru', 'autoreply', 'ru', 'client-side rule template: reads like a person, Re: subject, '
         'no headers', frm='Дмитрий Хорев <khorev@lesopilka-sever.example.ru>', client='outlook', alt='outlook',
         body='Добрый день!\n\nСпасибо за письмо. Меня нет на месте до понедельника, отвечу сразу после '
              'возвращения.\n\nДмитрий\n')
    mail('auto-holiday-ru', 'autoreply', 'ru', 'regional holiday closure notice (Tatarstan), Auto-Submitted: '
         'auto-generated', frm='Ковры Казани <info@kovry-kazan.example.ru>', client='php', alt='helpdesk',
         hdrs=['Auto-Submitted: auto-generated'],
         body='Уважаемые клиенты!\n\nВ связи с праздничным днём офис и склад не работают. Мы ответим на ваше '
              'письмо в первый рабочий день.\n\nКовры Казани\n')


@content
def autoreply_en():
    mail('auto-oof-outlook-en', 'autoreply', 'en', 'Exchange "Automatic reply:" OOF with Auto-Submitted',
         script='svc', frm='Michael Grant <mgrant@cobalt-logistics.example>', subject='Automatic reply: {subj}',
         hdrs=oof_hdrs('mgrant@cobalt-logistics.example'), client='o365-en', alt='outlook', envelope='', tz=0,
         body='Thank you for your email. I am out of the office until Monday 14 December with limited access to '
              'email. For urgent matters please contact sales@cobalt-logistics.example.\n\nMichael\n')
    mail('auto-gmail-vacation-en', 'autoreply', 'en', 'Gmail-style vacation responder, Re: subject, '
         'Auto-Submitted: auto-replied', frm='Jenny Park <jenny@park-studio.example>', client='gmail', alt='gmail',
         hdrs=['Auto-Submitted: auto-replied'], tz=-5,
         body='Hi! I\'m on annual leave and back on December 15. I\'ll reply when I return. Thanks for your '
              'patience!\n')
    mail('auto-lotus-out-en', 'autoreply', 'en', 'Lotus-Notes-like "Out of Office:" wording with dates',
         frm='Peter Vance <pvance@vance-instruments.example>', subject='Out of Office: {subj}', irt=False,
         client='none', hdrs=['Auto-Submitted: auto-replied'], tz=-5, cte='7bit',
         body='I will be out of the office starting 12/07/2026 and will not return until 12/15/2026.\n\nI will '
              'respond to your message when I return.\n')
    mail('auto-not-monitored-en', 'autoreply', 'en', '"this mailbox is not monitored", no headers',
         frm='no-reply@clearwave-energy.example', client='php', tz=0, script='svc', cte='7bit',
         body='This mailbox is not monitored. Please do not reply to this email.\n\nTo contact our team, visit '
              'https://clearwave-energy.example/contact or email hello@clearwave-energy.example.\n')
    mail('auto-holidays-closed-en', 'autoreply', 'en', '"our office is closed for the holidays", HTML alt',
         frm='Maple & Pine <hello@maple-and-pine.example>', client='php', alt='helpdesk', tz=-5,
         subject='Our office is closed', irt=False,
         body='Hello,\n\nOur office is closed for the holidays and will reopen on Monday. Orders placed online '
              'will ship when we are back.\n\nWarm wishes,\nMaple & Pine\n')
    mail('auto-after-hours-en', 'autoreply', 'en', 'after-hours responder with office hours (9am–5pm EST)',
         script='svc', frm='Summit Payroll <info@summit-payroll.example>', client='php', tz=-5,
         hdrs=['Auto-Submitted: auto-replied'],
         body='Thanks for your email! Our office hours are Monday–Friday, 9am–5pm EST. Your message arrived '
              'outside these hours and we will respond on the next business day.\n', cte='quoted-printable')
    mail('auto-left-en', 'autoreply', 'en', '"X no longer works here, please write to Z", no headers',
         frm='Laura Bennett <lbennett@ridgeway-foods.example>', client='o365-en', alt='outlook', tz=0,
         body='Laura Bennett is no longer with Ridgeway Foods. Please direct your enquiry to '
              'orders@ridgeway-foods.example. This mailbox is not monitored.\n')
    mail('auto-challenge-en', 'autoreply', 'en', 'challenge-response "confirm you are human" request',
         frm='Spam Guard <verify@inboxguard.example>', subject='Please verify your email to Tom Reyes',
         irt=False, client='php', tz=-8, cte='7bit', company='tom@reyes-consulting.example', script='svc',
         body='Hello,\n\nTom Reyes uses a challenge-response system to keep his inbox free of spam. Your message '
              'is being held. To confirm you are a real person, please click the link below:\n\n'
              'https://inboxguard.example/v/9QmT2x\n\nYou only need to do this once.\n')
    mail('auto-parental-en', 'autoreply', 'en', 'parental leave, Apple Mail rule without headers',
         frm='Owen Hughes <owen@hughes-design.example>', client='apple', tz=0,
         body='Hi,\n\nI\'m on parental leave until February. For anything urgent, please contact my colleague '
              'Sian at sian@hughes-design.example.\n\nThanks,\nOwen\n')
    mail('auto-trip-en', 'autoreply', 'en', 'business trip, limited access, "Auto:" subject', script='svc',
         frm='Anna Schmidt <a.schmidt@kranich-software.example>', subject='Auto: {subj}',
         hdrs=['Auto-Submitted: auto-replied'], client='thunderbird-en', tz=1,
         body='I am travelling on business until 11 December with limited access to email. I will reply as soon '
              'as possible.\n\nBest regards\nAnna Schmidt\n')
    mail('auto-moved-en', 'autoreply', 'en', '"we have moved to a new email address"', frm='Orders '
         '<orders@oldsite-candles.example>', client='php', tz=0, subject='We have moved!', irt=False,
         body='We have moved! Our new email address is hello@glow-candles.example. Please resend your message '
              'there. This address will be closed soon.\n', cte='7bit')
    mail('auto-sick-en', 'autoreply', 'en', 'sick leave autoreply, Re: subject, Precedence: bulk',
         frm='Ravi Patel <ravi@patel-electrics.example>', hdrs=['Precedence: bulk'], client='outlook-en',
         alt='outlook', tz=0,
         body='Hello, I\'m off sick at the moment and not checking email. I\'ll get back to you when I\'m back.\n\n'
              'Ravi\n')
    mail('auto-support-hours-en', 'autoreply', 'en', 'auto-response listing hours and "we will respond within 24 '
         'hours", no ticket', frm='Cedar Print <studio@cedar-print.example>', client='php', alt='helpdesk', tz=10,
         subject='Re: {subj}',
         body='Thank you for contacting Cedar Print. We are currently away from our desks. Our studio hours are '
              '8:30am to 4:30pm AEST, Monday to Friday, and we aim to respond within 24 hours.\n')

PF_MSG = ['X-Postfix-Queue-ID: {qid}', 'X-Postfix-Sender: rfc822; {persona}']


def pf(qid=None):
    q = qid or rand_alnum(10, '0123456789ABCDEF')
    return [h.replace('{qid}', q) for h in PF_MSG]


POSTFIX_HEAD = ('This is the mail system at host {reporter}.\n\nI\'m sorry to have to inform you that your message '
                'could not\nbe delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, '
                'please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n'
                'delete your own text from the attached returned message.\n\n                   The mail system\n\n')


@content
def bounce_en():
    dsn('bnc-postfix-user-unknown-en', 'en', 'Postfix DSN from the persona\'s own relay, 550 5.1.1 user unknown',
        reporter='smtp.shopper.example', company='zakaz@lyzhi-sever.example.ru', per_msg=pf(),
        text=POSTFIX_HEAD + '<{company}>: host mx.lyzhi-sever.example.ru[198.51.100.23] said:\n    550 5.1.1 '
                            '<{company}>: Recipient address rejected: User unknown in\n    virtual mailbox table '
                            '(in reply to RCPT TO command)\n',
        rcpts=[dict(status='5.1.1', remote='mx.lyzhi-sever.example.ru',
                    diag='smtp; 550 5.1.1 <zakaz@lyzhi-sever.example.ru>: Recipient address rejected: User unknown '
                         'in virtual mailbox table', orig='zakaz@lyzhi-sever.example.ru')])
    dsn('bnc-postfix-timeout-en', 'en', 'Postfix "message delivery timed out" after 5 days, Action: failed, 4.4.1',
        reporter='smtp.shopper.example', company='info@stanok-profi.example.ru', per_msg=pf(), delay='5d1h',
        subject='Undelivered Mail Returned to Sender', attach='headers', script='svc',
        text=POSTFIX_HEAD + '<{company}>: connect to mx.stanok-profi.example.ru[203.0.113.77]:25:\n    Connection '
                            'timed out\n',
        rcpts=[dict(status='4.4.1', action='failed', diag='X-Postfix; connect to mx.stanok-profi.example.ru'
                    '[203.0.113.77]:25: Connection timed out', final='info@stanok-profi.example.ru')])
    dsn('bnc-exim-dsn-en', 'en', 'Exim multipart/report from the company\'s server (forwarding failed)',
        reporter='srv3.vitrazh-masterskaya.example.ru', company='hello@vitrazh-masterskaya.example.ru',
        subject='Mail delivery failed: returning message to sender', bstyle='exim',
        frm='Mail Delivery System <Mailer-Daemon@srv3.vitrazh-masterskaya.example.ru>',
        text='This message was created automatically by mail delivery software.\n\nA message that you sent could '
             'not be delivered to one or more of its\nrecipients. This is a permanent error. The following '
             'address(es) failed:\n\n  {company}\n    (generated from info@vitrazh-masterskaya.example.ru)\n'
             '    mailbox is full: retry timeout exceeded\n',
        rcpts=[dict(status='5.0.0', final='hello@vitrazh-masterskaya.example.ru', orig='info@vitrazh-masterskaya.example.ru')])
    dsn('bnc-sendmail-en', 'en', 'Sendmail "Returned mail: see transcript for details", transcript of session',
        reporter='mail.oldfactory-tools.example', company='sales@oldfactory-tools.example',
        frm='Mail Delivery Subsystem <MAILER-DAEMON@mail.oldfactory-tools.example>',
        subject='Returned mail: see transcript for details', bstyle='generic', auto_submitted='auto-generated (failure)',
        text='The original message was received at {date}\nfrom smtp.shopper.example [192.0.2.10]\n\n   ----- The '
             'following addresses had permanent fatal errors -----\n<{company}>\n    (reason: 550 5.1.1 '
             '<{company}>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to '
             'localhost:\n>>> RCPT To:<{company}>\n<<< 550 5.1.1 <{company}>... User unknown\n550 5.1.1 '
             '<{company}>... User unknown\n',
        per_msg=['Received-From-MTA: DNS; smtp.shopper.example'],
        rcpts=[dict(status='5.1.1', remote='localhost', diag='SMTP; 550 5.1.1 <sales@oldfactory-tools.example>... '
                                                             'User unknown', last=True)])
    dsn('bnc-exchange-undeliverable-en', 'en', 'Exchange Online "Undeliverable:" NDR, HTML + text, '
        'RESOLVER.ADR.RecipientNotFound', reporter='AM9PR07MB7452.eurprd07.prod.outlook.example',
        company='j.carter@harbour-events.example', frm='Microsoft Outlook <postmaster@harbour-events.example>',
        subject='Undeliverable: {subj}', script='svc', text_cs='utf-8', text_cte='quoted-printable',
        auto_submitted='auto-replied', bstyle='outlook',
        text='Your message to j.carter@harbour-events.example couldn\'t be delivered.\n\nj.carter wasn\'t found at '
             'harbour-events.example.\n\nanatoly     Office 365      j.carter\nAction Required                  '
             'Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. '
             'Try one or more of the following:\n\n  *   Send the message again following these steps: ...\n\n'
             'Diagnostic information for administrators:\n\nGenerating server: AM9PR07MB7452.eurprd07.prod.outlook.'
             'example\n\nj.carter@harbour-events.example\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.'
             'RecipientNotFound; Recipient not found by SMTP address lookup\'\n',
        html_text='<html><body><p style="font-size:15pt;color:#C00000">Your message to {company} couldn\'t be '
                  'delivered.</p><p>j.carter wasn\'t found at harbour-events.example.</p><p><b>Unknown To '
                  'address</b></p><p>Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; '
                  'Recipient not found by SMTP address lookup\'</p></body></html>',
        rcpts=[dict(status='5.1.10', remote='AM9PR07MB7452.eurprd07.prod.outlook.example',
                    diag='smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')])
    dsn('bnc-gmail-like-en', 'en', 'Gmail-like "Delivery Status Notification (Failure)", Address not found',
        reporter='mx-relay.gsuite-hosted.example', company='orders@meadow-jams.example',
        frm='Mail Delivery Subsystem <mailer-daemon@gsuite-hosted.example>',
        subject='Delivery Status Notification (Failure)', bstyle='gmail', attach='headers',
        text='** Address not found **\n\nYour message wasn\'t delivered to {company} because the address couldn\'t '
             'be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The '
             'email account that you tried to reach does not exist. Please try double-checking the recipient\'s '
             'email address for typos or unnecessary spaces.\n', text_cs='UTF-8', text_cte='quoted-printable',
        rcpts=[dict(status='5.1.1', remote='mx.meadow-jams.example',
                    diag='smtp; 550-5.1.1 The email account that you tried to reach does not exist.', last=True)])
    dsn('bnc-spam-554-en', 'en', 'spam rejection "554 5.7.1 Message rejected as spam" relayed as a Postfix DSN',
        reporter='smtp.shopper.example', company='info@granite-kitchens.example', per_msg=pf(), script='shop',
        text=POSTFIX_HEAD + '<{company}>: host mx1.granite-kitchens.example[203.0.113.14] said:\n    554 5.7.1 '
                            'Message rejected as spam by Content Filtering. (in reply to end\n    of DATA command)\n',
        rcpts=[dict(status='5.7.1', remote='mx1.granite-kitchens.example',
                    diag='smtp; 554 5.7.1 Message rejected as spam by Content Filtering.')])
    dsn('bnc-mailbox-full-en', 'en', 'mailbox full, permanent (552 5.2.2), Action: failed',
        reporter='smtp.shopper.example', company='office@tallis-music.example', per_msg=pf(), attach='headers',
        text=POSTFIX_HEAD + '<{company}>: host mail.tallis-music.example[198.51.100.90] said:\n    552 5.2.2 '
                            '<{company}>: Mailbox full, quota exceeded (in reply to\n    RCPT TO command)\n',
        rcpts=[dict(status='5.2.2', remote='mail.tallis-music.example',
                    diag='smtp; 552 5.2.2 <office@tallis-music.example>: Mailbox full, quota exceeded')])
    bounce_text('bnc-mailman-nonmember-en', 'en', 'Mailman-style list rejection (non-member post), plain text, '
                'from the list owner address, not a DSN', frm='sales-owner@lists.riverbend-coop.example',
                company='sales@lists.riverbend-coop.example', script='svc',
                subject='Your message to Sales was rejected', envelope='sales-bounces@lists.riverbend-coop.example',
                body='Your message to the Sales mailing-list was rejected for the following\nreasons:\n\nPost by '
                     'non-member to a members-only list\n\nThe original message as received by Mailman is '
                     'attached.\n', attach=True)
    dsn('bnc-google-groups-en', 'en', 'Google-Groups-like rejection: no permission to post to the group, DSN',
        reporter='mx.groups-hosted.example', company='team@brightside-events.example', script='svc',
        frm='Mail Delivery Subsystem <mailer-daemon@groups-hosted.example>',
        subject='Delivery Status Notification (Failure)', bstyle='gmail', attach='headers',
        text='** Message blocked **\n\nYour message to team@brightside-events.example has been blocked. See '
             'technical details below for more information.\n\nThe response was:\nYou don\'t have permission to '
             'post to this group. If you believe you should have permission, contact the group owners.\n',
        rcpts=[dict(status='5.7.0', diag='smtp; 550 5.7.0 You don\'t have permission to post to this group')])
    bounce_text('bnc-qmail-en', 'en', 'qmail plain-text bounce, "Hi. This is the qmail-send program"',
                frm='MAILER-DAEMON@mail.saltmarsh-sails.example', company='info@saltmarsh-sails.example',
                subject='failure notice',
                body='Hi. This is the qmail-send program at mail.saltmarsh-sails.example.\nI\'m afraid I wasn\'t '
                     'able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve '
                     'given up. Sorry it didn\'t work out.\n\n<{company}>:\nSorry, no mailbox here by that name. '
                     '(#5.1.1)\n\n--- Below this line is a copy of the message.\n\n{orig}')
    bounce_text('bnc-exim-plain-en', 'en', 'Exim plain-text (non-DSN) bounce with the original headers',
                frm='Mail Delivery System <Mailer-Daemon@host7.cheap-hosting.example>',
                company='shop@tinker-toys.example', subject='Mail delivery failed: returning message to sender',
                body='This message was created automatically by mail delivery software.\n\nA message that you sent '
                     'could not be delivered to one or more of its\nrecipients. This is a permanent error. The '
                     'following address(es) failed:\n\n  {company}\n    No Such User Here\n\n------ This is a copy '
                     'of the message, including all the headers. ------\n\n{orig}')
    dsn('bnc-domain-not-found-en', 'en', 'Postfix: recipient domain does not exist (5.4.4)',
        reporter='smtp.shopper.example', company='zakaz@mebel-zakaz-spb.example.ru', per_msg=pf(),
        text=POSTFIX_HEAD + '<{company}>: Host or domain name not found. Name service error\n    for '
                            'name=mebel-zakaz-spb.example.ru type=MX: Host not found, try again\n',
        rcpts=[dict(status='5.4.4', diag='X-Postfix; Host or domain name not found. Name service error for '
                                          'name=mebel-zakaz-spb.example.ru type=MX: Host not found')])
    bounce_text('bnc-sympa-en', 'en', 'Sympa-like list rejection "Authorization denied", plain text',
                frm='sympa@lists.ecoteka.example', company='partners@lists.ecoteka.example', script='svc',
                subject='Message distribution: Authorization denied',
                body='Your message for list partners@lists.ecoteka.example has been rejected.\nThe message '
                     'subject was: "{subj}"\n\nYou are not allowed to send messages to this list; only subscribers '
                     'may post.\n\nFor further information, please contact '
                     'partners-request@lists.ecoteka.example\n\nRejected message:\n\n{orig}',
                envelope='sympa-request@lists.ecoteka.example', cs='utf-8', cte='8bit')
    dsn('bnc-o365-group-restricted-en', 'en', 'Exchange NDR 5.7.133 group accepts only internal senders',
        reporter='DB9PR03MB8841.eurprd03.prod.outlook.example', company='sales@norrland-oak.example',
        frm='Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@norrland-oak.example>',
        subject='Undeliverable: {subj}', text_cs='utf-8', text_cte='quoted-printable', bstyle='outlook',
        script='svc',
        text='Delivery has failed to these recipients or groups:\n\nsales@norrland-oak.example\nYour message '
             'couldn\'t be delivered because the group only accepts messages from people in its organization.\n\n'
             'Diagnostic information for administrators:\n\nRemote Server returned \'550 5.7.133 RESOLVER.RST.'
             'SenderNotAuthenticatedForGroup; authentication required\'\n',
        rcpts=[dict(status='5.7.133', diag='smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; '
                                            'authentication required')])
    dsn('bnc-relay-denied-en', 'en', 'relay access denied 554 5.7.1 (MX points to a server that does not '
        'accept the domain)', reporter='smtp.shopper.example', company='order@flint-forge.example', per_msg=pf(),
        attach='headers',
        text=POSTFIX_HEAD + '<{company}>: host mail.old-isp.example[192.0.2.66] said: 554\n    5.7.1 '
                            '<{company}>: Relay access denied (in reply to RCPT TO\n    command)\n',
        rcpts=[dict(status='5.7.1', remote='mail.old-isp.example',
                    diag='smtp; 554 5.7.1 <order@flint-forge.example>: Relay access denied')])
    dsn('bnc-disabled-account-en', 'en', 'remote says the account is disabled (550 5.2.1)',
        reporter='smtp.shopper.example', company='anna@waverly-bridal.example', per_msg=pf(),
        text=POSTFIX_HEAD + '<{company}>: host mx.waverly-bridal.example[198.51.100.201] said:\n    550 5.2.1 '
                            'The email account that you tried to reach is disabled. (in\n    reply to RCPT TO '
                            'command)\n',
        rcpts=[dict(status='5.2.1', remote='mx.waverly-bridal.example',
                    diag='smtp; 550 5.2.1 The email account that you tried to reach is disabled.')])


@content
def bounce_ru():
    dsn('bnc-yandex-like-ru', 'ru', 'Yandex-like DSN, Russian notification text with an English copy, '
        'user not found', reporter='mxfront4.pochta-hosting.example.ru', company='zakaz@kolbasy-derevni.example.ru',
        frm='mailer-daemon@pochta-hosting.example.ru', subject='Недоставленное сообщение', text_cs='utf-8',
        text_cte='quoted-printable', bstyle='yandex',
        text='Это письмо отправлено автоматически почтовой службой.\n\nВаше сообщение не удалось доставить одному '
             'или нескольким получателям.\n\n<{company}>: ящик не существует\n\nThis is the mail system at host '
             '{reporter}.\n\nYour message was not delivered to the following recipients:\n\n<{company}>: no such '
             'user here\n',
        rcpts=[dict(status='5.1.1', diag='smtp; 550 5.7.1 No such user!')])
    bounce_text('bnc-mailru-like-plain-ru', 'ru', 'Mail.ru-like plain-text bounce, Russian text, utf-8 base64, '
                'subject "Mail failure."', frm='mailer-daemon@corp.pochta-biz.example.ru',
                company='info@tort-na-zakaz.example.ru', subject='Mail failure.', cs='utf-8', cte='base64',
                body='Сообщение не было доставлено.\n\nНе удалось доставить сообщение по адресу {company}\n\n'
                     'This message was created automatically by mail delivery software.\n\nA message that you '
                     'sent could not be delivered to one or more of its\nrecipients. This is a permanent error. '
                     'The following address(es) failed:\n\n  {company}\n    SMTP error from remote mail server '
                     'after RCPT TO:<{company}>:\n    host mx.tort-na-zakaz.example.ru [198.51.100.8]: 550 Message '
                     'was not accepted -- invalid mailbox.\n\n------ This is a copy of the message\'s headers. '
                     '------\n\n{orig_headers}\n')
    bounce_text('bnc-hosting-suspended-ru', 'ru', 'Russian hosting notice: mailbox blocked for non-payment, '
                'plain text, no DSN', frm='Почтовая служба хостинга <postmaster@hosting-domovoy.example.ru>',
                company='office@shtory-uyut.example.ru', subject='Ваше письмо не доставлено', cs='utf-8',
                cte='quoted-printable',
                body='Уважаемый отправитель!\n\nВаше письмо для {company} не доставлено.\n\nПричина: услуги '
                     'хостинга для домена shtory-uyut.example.ru приостановлены в связи с окончанием оплаченного '
                     'периода. Почтовые ящики домена временно не принимают почту.\n\nПисьмо удалено и повторно '
                     'отправлено не будет.\n\n--\nПочтовая служба хостинга «Домовой»\n\nЗаголовки исходного '
                     'письма:\n\n{orig_headers}\n')
    dsn('bnc-domain-expired-ru', 'ru', 'Russian hosting DSN: domain not delegated (registration expired), '
        'Russian preamble', reporter='relay.hostmaster-ural.example.ru', company='info@kamen-plitka.example.ru',
        frm='MAILER-DAEMON <MAILER-DAEMON@relay.hostmaster-ural.example.ru>', subject='Письмо не доставлено',
        text_cs='utf-8', text_cte='base64', script='shop',
        text='Это почтовая система хостинга «Хостмастер-Урал».\n\nК сожалению, ваше письмо не может быть '
             'доставлено адресату {company}.\n\nДомен kamen-plitka.example.ru не делегирован: срок его регистрации '
             'истёк. Отправка прекращена.\n',
        auto_submitted=None,
        rcpts=[dict(status='5.1.2', diag='X-Postfix; Host or domain name not found. Name service error for '
                                          'name=kamen-plitka.example.ru type=MX: Host not found')])
    dsn('bnc-exchange-ru', 'ru', 'Exchange NDR in Russian «Не удается доставить:», HTML + text, '
        'RESOLVER.ADR.RecipNotFound', reporter='MSK-EX01.trubprom-snab.example.ru',
        company='zakupki@trubprom-snab.example.ru', frm='Microsoft Outlook <postmaster@trubprom-snab.example.ru>',
        subject='Не удается доставить: {subj}', text_cs='utf-8', text_cte='base64', bstyle='outlook',
        auto_submitted='auto-replied', script='svc',
        text='Не удалось доставить сообщение следующим получателям или группам:\n\n{company}\nНе удалось найти '
             'введенный адрес электронной почты. Проверьте адрес получателя и повторите отправку сообщения. Если '
             'проблема не будет устранена, обратитесь в службу поддержки.\n\nДиагностические сведения для '
             'администраторов:\n\nСоздающий сервер: MSK-EX01.trubprom-snab.example.ru\n\n{company}\n'
             'Remote Server returned \'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\'\n',
        html_text='<html><body><p><b><font color="#000066" size="3" face="Arial">Не удалось доставить сообщение '
                  'следующим получателям или группам:</font></b></p><p><a href="mailto:{company}">{company}</a>'
                  '<br>Не удалось найти введенный адрес электронной почты.</p><p>Remote Server returned \'550 '
                  '5.1.1 RESOLVER.ADR.RecipNotFound; not found\'</p></body></html>',
        rcpts=[dict(status='5.1.1', remote='MSK-EX01.trubprom-snab.example.ru',
                    diag='smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')])
    dsn('bnc-kerio-ru', 'ru', 'Kerio-like Russian DSN «Сообщение не доставлено», account does not exist',
        reporter='mail.zavod-polimer.example.ru', company='sbyt@zavod-polimer.example.ru',
        frm='Kerio Connect <postmaster@zavod-polimer.example.ru>', subject='Сообщение не доставлено', text_cs='utf-8',
        text_cte='quoted-printable', script='svc',
        text='Ваше сообщение не было доставлено следующим адресатам:\n\n{company}\n    Причина: учётная запись '
             'не существует.\n\nТема исходного сообщения: {subj}\nОтправлено: {date}\n',
        auto_submitted=None,
        rcpts=[dict(status='5.1.1', diag='smtp; 550 5.1.1 Account does not exist')])
    dsn('bnc-postfix-ru-preamble-ru', 'ru', 'Postfix DSN with a hosting\'s Russian-localized preamble, '
        'user unknown', reporter='smtp2.hosting-severyanin.example.ru', company='shop@nitki-igolki.example.ru',
        per_msg=pf(), text_cs='utf-8', text_cte='8bit', subject='Недоставленное письмо возвращено отправителю',
        text='Это почтовая система сервера smtp2.hosting-severyanin.example.ru.\n\nК сожалению, ваше сообщение не '
             'удалось доставить одному или нескольким\nполучателям. Оно приложено ниже.\n\nЕсли нужна помощь, '
             'напишите на postmaster@hosting-severyanin.example.ru\n\n<{company}>: host '
             'mx.nitki-igolki.example.ru[203.0.113.52] said: 550\n    5.1.1 <{company}>: Recipient address '
             'rejected: User unknown (in reply to RCPT TO command)\n',
        rcpts=[dict(status='5.1.1', remote='mx.nitki-igolki.example.ru',
                    diag='smtp; 550 5.1.1 <shop@nitki-igolki.example.ru>: Recipient address rejected: User unknown')])
    dsn('bnc-mailbox-full-ru', 'ru', 'mailbox full, permanent: «ящик получателя переполнен» (552 5.2.2), '
        'Russian text', reporter='mx.pochta-region.example.ru', company='director@ptitsefabrika.example.ru',
        frm='Почтовый сервер <MAILER-DAEMON@pochta-region.example.ru>', subject='Письмо не доставлено: ящик '
        'переполнен', text_cs='utf-8', text_cte='quoted-printable', attach='headers', script='svc',
        text='Здравствуйте!\n\nПисьмо для {company} не доставлено: почтовый ящик получателя переполнен. '
             'Повторных попыток доставки не будет.\n\nОтвет сервера: 552 5.2.2 Mailbox size limit exceeded\n',
        auto_submitted=None,
        rcpts=[dict(status='5.2.2', diag='smtp; 552 5.2.2 Mailbox size limit exceeded')])
    bounce_text('bnc-spam-gateway-ru', 'ru', 'corporate anti-spam gateway: message rejected as spam, Russian '
                'plain text', frm='Шлюз безопасности почты <mailgate@agrokompleks-yug.example.ru>',
                company='info@agrokompleks-yug.example.ru', subject='Письмо не доставлено: отклонено как спам',
                cs='utf-8', cte='quoted-printable', script='svc',
                body='Уведомление системы защиты почты.\n\nВаше письмо на адрес {company} отклонено, так как '
                     'распознано как спам (554 5.7.1 Message rejected as spam).\n\nТема: {subj}\nДата: {date}\n\n'
                     'Если вы считаете, что это ошибка, свяжитесь с получателем другим способом.\n')
    bounce_text('bnc-mailman-ru', 'ru', 'Mailman localized in Russian: post by non-member rejected',
                frm='klienty-owner@lists.kooperativ-les.example.ru', company='klienty@lists.kooperativ-les.example.ru',
                subject='Ваше сообщение в список рассылки Klienty отклонено', cs='utf-8', cte='8bit',
                envelope='klienty-bounces@lists.kooperativ-les.example.ru',
                body='Ваше сообщение в список рассылки Klienty отклонено по следующей причине:\n\nСообщения от '
                     'не подписчиков в этот список не принимаются.\n\nИсходное сообщение прилагается.\n', attach=True)
    dsn('bnc-google-groups-ru', 'ru', 'Google-Groups-like in Russian: «Сообщение заблокировано», no permission',
        reporter='mx.groups-hosted.example', company='prodazhi@pechi-kaminy.example.ru',
        frm='Mail Delivery Subsystem <mailer-daemon@groups-hosted.example>',
        subject='Delivery Status Notification (Failure)', text_cs='UTF-8', text_cte='quoted-printable',
        bstyle='gmail', attach='headers',
        text='** Сообщение заблокировано **\n\nВаше сообщение для группы {company} заблокировано. Подробности '
             'приведены ниже.\n\nОтвет сервера:\nУ вас нет разрешения на публикацию сообщений в этой группе. '
             'Обратитесь к владельцам группы.\n',
        rcpts=[dict(status='5.7.0', diag='smtp; 550 5.7.0 You do not have permission to post to this group')])
    dsn('bnc-gmail-like-ru', 'ru', 'Gmail-like DSN localized in Russian: «Адрес не найден»',
        reporter='mx-relay.gsuite-hosted.example', company='hello@semena-altaya.example.ru',
        frm='Mail Delivery Subsystem <mailer-daemon@gsuite-hosted.example>',
        subject='Delivery Status Notification (Failure)', text_cs='UTF-8', text_cte='base64', bstyle='gmail',
        attach='headers', tz=7,
        text='** Адрес не найден **\n\nВаше сообщение не доставлено на адрес {company}: адрес не найден или не '
             'может получать почту.\n\nОтвет удалённого сервера:\n550 5.1.1 The email account that you tried to '
             'reach does not exist.\n',
        rcpts=[dict(status='5.1.1', diag='smtp; 550 5.1.1 The email account that you tried to reach does not exist.',
                    remote='mx.semena-altaya.example.ru', last=True)])
    dsn('bnc-exim-ru-localized', 'ru', 'Exim DSN with a hosting\'s Russian translation of the standard text',
        reporter='srv12.virtual-hosting.example.ru', company='mail@keramika-ruchnaya.example.ru',
        frm='Система доставки почты <Mailer-Daemon@srv12.virtual-hosting.example.ru>',
        subject='Ошибка доставки почты: письмо возвращено отправителю', text_cs='utf-8', text_cte='base64',
        bstyle='exim',
        text='Это сообщение создано автоматически программой доставки почты.\n\nНе удалось доставить письмо '
             'одному или нескольким получателям. Это постоянная ошибка. Не удалось доставить по адресам:\n\n'
             '  {company}\n    Нет такого пользователя\n',
        rcpts=[dict(status='5.0.0', diag='X-Exim; No Such User Here')])
    dsn('bnc-blacklist-ru', 'ru', 'rejection because the sending IP is on a blocklist (550 5.7.1 … blocked), '
        'Russian preamble', reporter='smtp.shopper.example', company='zakaz@optovik-nsk.example.ru', per_msg=pf(),
        text_cs='utf-8', text_cte='quoted-printable', tz=3,
        text='Это почтовая система smtp.shopper.example.\n\nСервер получателя отказался принять ваше письмо: '
             'IP-адрес отправителя находится в чёрном списке.\n\n<{company}>: host '
             'mx.optovik-nsk.example.ru[198.51.100.140] said: 550 5.7.1\n    Service unavailable; Client host '
             '[192.0.2.10] blocked using bl.spamlist.example.ru (in reply to\n    RCPT TO command)\n',
        rcpts=[dict(status='5.7.1', remote='mx.optovik-nsk.example.ru',
                    diag='smtp; 550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using '
                         'bl.spamlist.example.ru')])
    dsn('bnc-disabled-koi8-ru', 'ru', 'Russian corporate server DSN in koi8-r: recipient account disabled by the '
        'administrator', reporter='mail.mashinostroitel.example.ru', company='otk@mashinostroitel.example.ru',
        frm='Почтовый сервер <postmaster@mashinostroitel.example.ru>', subject='Уведомление о недоставке',
        text_cs='koi8-r', text_cte='8bit', hcs='koi8-r', script='svc',
        text='Уведомление о недоставке\n\nПисьмо для {company} не доставлено.\nПричина: учетная запись '
             'получателя отключена администратором.\n\nКод ошибки: 550 5.2.1 Mailbox disabled\n',
        rcpts=[dict(status='5.2.1', diag='smtp; 550 5.2.1 Mailbox disabled')])
    bounce_text('bnc-blocked-user-cp1251-ru', 'ru', 'windows-1251 plain-text bounce: recipient blocked, '
                'Mail.ru-like wording', frm='mailer-daemon@mx.narodnaya-pochta.example.ru',
                company='shop.valenki@narodnaya-pochta.example.ru', subject='Не удалось доставить письмо',
                cs='windows-1251', cte='quoted-printable',
                body='Сообщение не было доставлено.\n\nАдрес {company} заблокирован и не принимает почту.\n'
                     'Ответ сервера: 550 user is blocked\n\nДата отправки: {date}\nТема: {subj}\n')
    dsn('bnc-rambler-like-ru', 'ru', 'Rambler-like bilingual DSN, «Сообщение не доставлено», mailbox unavailable',
        reporter='mxs.pochtovik.example.ru', company='sklad@dveri-optom.example.ru',
        frm='Mail Delivery System <MAILER-DAEMON@mxs.pochtovik.example.ru>', subject='Сообщение не доставлено',
        text_cs='utf-8', text_cte='quoted-printable',
        text='Сообщение не доставлено получателю.\nMessage was not delivered.\n\nАдрес/Address: {company}\n'
             'Причина: почтовый ящик недоступен.\nReason: 550 5.1.1 Mailbox unavailable\n',
        auto_submitted=None,
        rcpts=[dict(status='5.1.1', diag='smtp; 550 5.1.1 Mailbox unavailable', remote='mx.dveri-optom.example.ru')])
    dsn('bnc-null-mx-ru', 'ru', 'domain publishes a null MX (556 5.1.10), Russian hosting preamble',
        reporter='out.hosting-volga.example.ru', company='info@rybolov-volga.example.ru',
        frm='MAILER-DAEMON@out.hosting-volga.example.ru', subject='Недоставленное сообщение',
        text_cs='utf-8', text_cte='8bit', per_msg=pf(),
        text='Это почтовая система хостинга «Волга».\n\nПисьмо не доставлено: домен получателя не принимает '
             'почту (null MX).\n\n<{company}>: Domain rybolov-volga.example.ru does not accept mail (nullMX)\n',
        rcpts=[dict(status='5.1.10', diag='X-Postfix; Domain rybolov-volga.example.ru does not accept mail (nullMX)')])


@content
def autoreply_extra():
    mail('auto-bilingual-ooo-ru', 'autoreply', 'ru', 'bilingual Russian/English out-of-office, Exchange headers',
         script='svc', frm='Семёнова Алла <semenova@neftegaz-servis.example.ru>',
         subject='Автоматический ответ: {subj}', hdrs=oof_hdrs('semenova@neftegaz-servis.example.ru'),
         client='outlook', alt='outlook', envelope='', tz=5,
         body='Спасибо за письмо. Я нахожусь в отпуске без доступа к почте до 16.12.2026. По срочным вопросам '
              'обращайтесь в приёмную: +7 (3452) 55-00-11.\n\nThank you for your message. I am on leave without '
              'access to e-mail until 16.12.2026.\n')


if __name__ == '__main__':
    sys.exit(main())
