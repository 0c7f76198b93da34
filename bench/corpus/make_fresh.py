#!/usr/bin/env python3
"""Generate bench/corpus/fresh/: a held-out corpus of labelled e-mail replies.

200 RFC 5322 messages (NNN-short-name.eml, CRLF line ends, as an IMAP server hands them over) that fictional
companies send back to the probes of studies/demo.yaml («Самовывоз сегодня» for shops, «Тарифы и договор» for
services) addressed to the persona Анатолий Смирнов <anatoly@shopper.example>, plus manifest.csv
(file,kind,expected_reply,split,note; every row is `heldout`).

Written without looking at the project's classifier, its tests or its other corpora: only the study file, the
field notes and the labelling conventions (bench/corpus/README.md up to "## `note`") were read.

Standard library only, fixed random seed, imports nothing from the project.  Usage:

    python3 bench/corpus/make_fresh.py          # rewrites bench/corpus/fresh/ and checks it
    python3 bench/corpus/make_fresh.py --check  # only checks the files on disk

Every company, person, phone number and postal address is invented; company domains are *.example /
*.example.ru (RFC 2606), IP addresses come from the documentation ranges (RFC 5737).
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import quopri
import random
import re
import shutil
import sys
from pathlib import Path

SEED = 20261207
R = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / 'fresh'

P_NAME, P_ADDR = 'Анатолий Смирнов', 'anatoly@shopper.example'
P_FIRST = 'Анатолий'
SUBJ = {'shops': 'Самовывоз сегодня', 'services': 'Тарифы и договор'}
QTEXT = {
    'shops': 'Здравствуйте!\nДо скольки работает пункт самовывоза? Помогите оформить заказ! '
             'Мне нужно организовать доставку сегодня.\n\nАнатолий Смирнов',
    'services': 'Добрый день!\nКакие у вас тарифы, как заключить договор и сколько времени это займёт?'
                '\n\nАнатолий Смирнов',
}

RU_MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
              'ноября', 'декабря']
RU_MON_ABBR = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
RU_WD = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
RU_WD_FULL = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# ---------------------------------------------------------------------------------------------------------------
# small helpers

def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


MSK = tz(3)


def rfcdate(d, short_day=False, comment=''):
    s = email.utils.format_datetime(d)
    if short_day and s[5] == '0':
        s = s[:5] + s[6:]
    return s + (f' ({comment})' if comment else '')


def hexid(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def b64junk(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def ip_for(name):
    h = hashlib.sha1(name.encode()).digest()
    net = ['192.0.2', '198.51.100', '203.0.113'][h[0] % 3]
    return f'{net}.{1 + h[1] % 250}'


def h12(d, nnbsp=False):
    h = d.hour % 12 or 12
    return f'{h}:{d:%M}{chr(0x202f) if nnbsp else " "}{"AM" if d.hour < 12 else "PM"}'


def q(text, p='> '):
    """Quote text with a prefix; empty lines get the bare marker."""
    return '\n'.join((p + line) if line else p.rstrip() for line in text.split('\n'))


def norm(s):
    return ' '.join(s.split())


FIT = {
    'koi8-r': {'«': '"', '»': '"', '—': '-', '–': '-', '№': 'N', '…': '...', '’': "'", '“': '"', '”': '"',
               '₽': 'руб.', '\u202f': ' ', '\xa0': ' ', '→': '->', '✓': '+'},
    'windows-1251': {'₽': 'руб.', '\u202f': ' ', '→': '->', '✓': '+'},
}


def fit(text, cs):
    """Replace what a legacy charset cannot carry, as the sending client would have."""
    table = FIT.get(cs.lower())
    if not table:
        return text
    for a, b in table.items():
        text = text.replace(a, b)
    text = re.sub(r'[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?', ':)', text)
    text.encode(cs)
    return text


# ---------------------------------------------------------------------------------------------------------------
# header and body encoding

def ew(text, cs='utf-8', mode='B', maxlen=75):
    """RFC 2047 encoded words, each at most maxlen characters."""
    def enc(s):
        b = s.encode(cs)
        if mode == 'B':
            payload = base64.b64encode(b).decode()
        else:
            payload = ''.join(chr(c) if (c < 128 and chr(c).isalnum()) else ('_' if c == 32 else '=%02X' % c)
                              for c in b)
        return f'=?{cs}?{mode}?{payload}?='
    words, cur = [], ''
    for ch in text:
        if cur and len(enc(cur + ch)) > maxlen:
            cut = cur.rfind(' ') + 1        # like most clients, prefer to break after a space
            if 0 < cut < len(cur) and len(cur) - cut < 12:
                words.append(enc(cur[:cut]))
                cur = cur[cut:] + ch
            else:
                words.append(enc(cur))
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def hv(s, cs='utf-8', mode='B', whole=False):
    """Unstructured header value (Subject): encoded only when needed; an ASCII reply prefix stays plain."""
    if s.isascii():
        return s
    cs_ = cs
    s = fit(s, cs_)
    m = re.match(r'^([\x20-\x7e]*\s)(.*)$', s, re.S)   # ASCII words before the first non-ASCII one stay plain
    if m and not whole and m.group(1).strip():
        return m.group(1) + '\r\n '.join(ew(m.group(2), cs_, mode))
    return '\r\n '.join(ew(s, cs_, mode))


def ha(name, addr, cs='utf-8', mode='B', quote=True, angle=True):
    """Address header value."""
    if not name:
        return f'<{addr}>' if angle else addr
    if name.isascii():
        return f'"{name}" <{addr}>' if quote else f'{name} <{addr}>'
    return '\r\n '.join(ew(fit(name, cs), cs, mode)) + f' <{addr}>'


def to_persona(ctx, style=0, cs='utf-8', mode='B'):
    if style == 1:
        return ctx.to
    if style == 2:
        return f'<{ctx.to}>'
    return ha(P_NAME, ctx.to, cs, mode)


def encode_body(text, cs='utf-8', cte='8bit'):
    text = text.replace('\r\n', '\n')
    text = fit(text, cs)
    data = text.encode(cs)
    if cte in ('8bit', '7bit'):
        if cte == '7bit':
            assert data.isascii(), '7bit body with non-ASCII text'
        out = data.replace(b'\n', b'\r\n')
    elif cte == 'quoted-printable':
        out = quopri.encodestring(data).replace(b'\n', b'\r\n')
    elif cte == 'base64':
        out = base64.encodebytes(data.replace(b'\n', b'\r\n')).replace(b'\n', b'\r\n')
    else:
        raise ValueError(cte)
    if not out.endswith(b'\r\n'):
        out += b'\r\n'
    return out


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def bytes(self):
        head = '\r\n'.join(self.headers).replace('\n', '\r\n').replace('\r\r\n', '\r\n')
        return head.encode('ascii') + b'\r\n\r\n' + self.body


def T(text, sub='plain', cs='utf-8', cte='8bit', quoted=True, params='', extra=(), label=None):
    """A text/* part."""
    lab = label or cs
    csv_ = f'"{lab}"' if quoted else lab
    hs = [f'Content-Type: text/{sub}; charset={csv_}{params}', f'Content-Transfer-Encoding: {cte}']
    hs += list(extra)
    return Part(hs, encode_body(text, cs, cte))


def M(sub, parts, boundary=None, params='', preamble=None, extra=(), fold=True):
    b = boundary or ('----=_Part_%d_%d.%d' % (R.randrange(10**5), R.randrange(10**9), R.randrange(10**13)))
    sep = ';\r\n\t' if fold else '; '
    hs = [f'Content-Type: multipart/{sub}{sep}boundary="{b}"{params}'] + list(extra)
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\r\n'
    for p in parts:
        body += b'--' + b.encode() + b'\r\n' + p.bytes() + b'\r\n'
    body += b'--' + b.encode() + b'--\r\n'
    return Part(hs, body)


def fname_params(fn):
    if fn.isascii():
        return f'name="{fn}"', f'filename="{fn}"'
    enc = ''.join(ch if (ch.isascii() and (ch.isalnum() or ch in '.-_')) else
                  ''.join('%%%02X' % b for b in ch.encode('utf-8')) for ch in fn)
    return 'name="' + ew(fn)[0] + '"', f"filename*=utf-8''{enc}"


def A(ctype, fn, data, inline=False, cid=None):
    """A base64 attachment."""
    np_, fp = fname_params(fn)
    hs = [f'Content-Type: {ctype}; {np_}',
          f'Content-Disposition: {"inline" if inline else "attachment"}; {fp}',
          'Content-Transfer-Encoding: base64']
    if cid:
        hs.append(f'Content-ID: <{cid}>')
    return Part(hs, base64.encodebytes(data).replace(b'\n', b'\r\n'))


def RAW(headers, text):
    """A part whose body is given verbatim (ASCII or UTF-8, LF ends)."""
    body = text.replace('\r\n', '\n').encode('utf-8').replace(b'\n', b'\r\n')
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    return Part(headers, body)


def fake_pdf():
    return (b'%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>>'
            b' endobj\ntrailer <</Root 1 0 R>>\n' + bytes(R.randrange(256) for _ in range(300)) + b'\n%%EOF\n')


def fake_png():
    return (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15'
            b'\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82')


def fake_zip(n=600):
    return b'PK\x03\x04\x14\x00\x06\x00\x08\x00' + bytes(R.randrange(256) for _ in range(n))


# ---------------------------------------------------------------------------------------------------------------
# the probe a reply answers, and the envelope of the reply as the persona's IMAP server holds it

DELAYS = [3, 7, 12, 18, 25, 34, 41, 55, 68, 83, 95, 120, 150, 185, 220, 260, 300, 380, 460, 600, 900, 1150, 1300,
          1500, 1700, 2600, 2900, 4200, 5800, 7300]


class Ctx:
    def __init__(self, seg, co, delay=None, tzh=3, form=False, probe_min=None):
        self.seg = seg
        self.co = co                     # the company address the probe went to
        self.dom = co.split('@', 1)[1]
        base = dt.datetime(2026, 12, 7, 10, 0, tzinfo=MSK)
        pm = probe_min if probe_min is not None else R.randrange(0, 7 * 60)
        self.sent = base + dt.timedelta(minutes=pm, seconds=R.randrange(60))
        d = delay if delay is not None else R.choice(DELAYS)
        self.tz = tz(tzh) if isinstance(tzh, int) else tzh
        self.at = (self.sent + dt.timedelta(minutes=d, seconds=R.randrange(60))).astimezone(self.tz)
        self.token = hexid(12)
        self.probe_id = f'<{self.sent:%Y%m%d%H%M%S}.{self.token}@shopper.example>'
        self.form = form
        self.to = f'anatoly+{self.token[:8]}@shopper.example' if form else P_ADDR
        self.subj = SUBJ[seg]
        self.q = QTEXT[seg]

    # attribution lines of various clients
    def ru_long(self):
        d = self.sent
        return f'{d.day} {RU_MON_GEN[d.month - 1]} {d.year} г.'


def persona_received(ctx, helo, ip=None, when=None, proto='ESMTPS', tls=True):
    when = when or ctx.at
    w = (when + dt.timedelta(seconds=R.randrange(1, 9))).astimezone(MSK)
    ip = ip or ip_for(helo)
    lines = [f'Received: from {helo} ({helo} [{ip}])',
             f'\tby mx.shopper.example (Postfix) with {proto} id 4{alnum(11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")}']
    if tls:
        lines.insert(1, '\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n'
                        '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
    lines.append(f'\tfor <{ctx.to}>; {rfcdate(w)}')
    return '\r\n'.join(lines)


def mail(ctx, frm, body, *, subj=None, msgid=None, to=None, extra=(), irt=True, refs=None, date=None,
         hcs='utf-8', hmode='B', envelope=None, helo=None, ip=None, received=(), top=(), order='std',
         mime=True, hwhole=False, cc=None, reply_to=None, auth=True, from_raw=None, trace=None):
    """Assemble a whole message: persona-side trace headers, the sender's headers, then the MIME body."""
    name, addr = frm
    date = date or ctx.at
    dom = addr.split('@', 1)[1]
    helo = helo or f'mx{R.choice(["", "1", "2", "-out"])}.{dom}'
    env = addr if envelope is None else envelope
    hs = [f'Return-Path: <{env}>', f'Delivered-To: {ctx.to}', trace or persona_received(ctx, helo, ip, date)]
    hs += list(received)
    if auth:
        hs.append(f'Authentication-Results: mx.shopper.example;\r\n\tspf=pass smtp.mailfrom={env.split("@")[-1] or helo};'
                  f'\r\n\tdkim=pass header.d={dom}')
    hs += list(top)
    subj = subj if subj is not None else ('Re: ' + ctx.subj)
    sh = hv(subj, hcs, hmode, whole=hwhole)
    fh = from_raw or ha(name, addr, hcs, hmode)
    msgid = msgid or f'<{hexid(16)}@{dom}>'
    std = [f'Date: {rfcdate(date) if not isinstance(date, str) else date}', f'From: {fh}',
           f'To: {to if to is not None else to_persona(ctx, 0, hcs, hmode)}']
    if cc:
        std.append(f'Cc: {cc}')
    if reply_to:
        std.append(f'Reply-To: {reply_to}')
    std += [f'Subject: {sh}', f'Message-ID: {msgid}']
    if irt and not ctx.form:
        std.append(f'In-Reply-To: {ctx.probe_id}')
        std.append(f'References: {refs or ctx.probe_id}')
    if order == 'rev':
        std = std[::-1]
    hs += std
    hs += list(extra)
    if mime:
        hs.append('MIME-Version: 1.0')
    head = '\r\n'.join(hs).replace('\r\n', '\n').replace('\n', '\r\n')
    return head.encode('ascii') + b'\r\n' + body.bytes()


# ---------------------------------------------------------------------------------------------------------------
# HTML helpers

def esc(s):
    return htmlmod.escape(s, quote=False)


def divs(text, e=esc):
    return '\n'.join(f'<div>{e(line)}</div>' if line.strip() else '<div><br></div>' for line in text.split('\n'))


def brs(text, e=esc):
    return '<br>\n'.join(e(line) for line in text.split('\n'))


def paras(text, e=esc, style=''):
    blocks = [b for b in re.split(r'\n\s*\n', text) if b.strip()]
    st = f' style="{style}"' if style else ''
    return '\n'.join(f'<p{st}>' + '<br>\n'.join(e(x) for x in b.split('\n')) + '</p>' for b in blocks)


def flow(text, width=72):
    """format=flowed: long unquoted lines wrapped with a trailing space (RFC 3676)."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= width or line == '-- ':
            out.append(line)
            continue
        words, cur = line.split(' '), ''
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = f'{cur} {w}' if cur else w
        out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------------------------------------------------------------
# mail clients

def gmail_attr(ctx, lang, nnbsp=False):
    d = ctx.sent
    if lang == 'ru':
        return f'{RU_WD[d.weekday()]}, {d.day} {RU_MON_ABBR[d.month - 1]} {d.year} г. в {d:%H:%M}, {P_NAME} <{P_ADDR}>:'
    return f'On {d:%a}, {d:%b} {d.day}, {d.year} at {h12(d, nnbsp)} {P_NAME} <{P_ADDR}> wrote:'


def gmail(ctx, frm, body, sig='', lang='ru', cte='base64', html=True, sigdash=True, device='', attach=(),
          subj=None, quote=True, extra=(), nnbsp=False, quote_text=None, to=None):
    attr = gmail_attr(ctx, lang, nnbsp)
    qt = quote_text or ctx.q
    plain = body
    if sig:
        plain += ('\n\n-- \n' if sigdash else '\n\n') + sig
    if device:
        plain += '\n\n' + device
    if quote:
        plain += f'\n\n{attr}\n\n{q(qt)}\n'
    parts = [T(plain, 'plain', 'UTF-8', cte)]
    if html:
        h = '<div dir="ltr">' + divs(body)
        if sig:
            if sigdash:
                h += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                      '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                      + brs(sig) + '</div></div>')
            else:
                h += '<div><br></div>' + divs(sig)
        if device:
            h += f'<div><br></div><div>{esc(device)}</div>'
        h += '</div>'
        if quote:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                  + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                  'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + brs(qt) + '</blockquote></div>')
        parts.append(T(h + '\n', 'html', 'UTF-8', cte))
    b = '000000000000' + hexid(16)
    part = M('alternative', parts, b, fold=False) if html else parts[0]
    if attach:
        part = M('mixed', [part] + list(attach), '000000000000' + hexid(16), fold=False)
    name, addr = frm
    return mail(ctx, frm, part, subj=subj, msgid=f'<CA{alnum(2)}{alnum(40)}@mail.gmail.com>', extra=extra,
                helo=f'mail-{R.choice(["lj1", "ed1", "wr1", "ej1"])}-f{R.randrange(40, 200)}.google.com',
                ip=ip_for(addr + 'g'), order='gmail', to=to,
                top=[f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n\td={addr.split("@")[1]}; '
                     f's=google; t={int(ctx.at.timestamp())}; x={int(ctx.at.timestamp()) + 604800};\r\n'
                     f'\th=to:subject:message-id:date:from:in-reply-to:references:mime-version;\r\n'
                     f'\tbh={b64junk(32)};\r\n\tb={b64junk(60)}'])


OUTLOOK_STYLE = ('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                 '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n'
                 'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                 'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
                 'span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
                 '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n'
                 '\t{size:612.0pt 792.0pt;\n\tmargin:2.0cm 42.5pt 2.0cm 3.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>')


def outlook_hdrblock(ctx, lang, to_name=None, mac=False):
    d = ctx.sent
    to = to_name or ctx.co
    if mac and lang != 'ru':
        return [('From:', f'{P_NAME} <{P_ADDR}>'), ('Date:', f'{EN_WD[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year} at {d:%H:%M}'),
                ('To:', to), ('Subject:', ctx.subj)]
    if lang == 'ru':
        return [('От:', f'{P_NAME} <{P_ADDR}>'),
                ('Отправлено:', f'{RU_WD_FULL[d.weekday()]}, {d.day} {RU_MON_GEN[d.month - 1]} {d.year} г. {d:%H:%M}'),
                ('Кому:', to), ('Тема:', ctx.subj)]
    return [('From:', f'{P_NAME} <{P_ADDR}>'),
            ('Sent:', f'{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {h12(d)}'),
            ('To:', to), ('Subject:', ctx.subj)]


def mso(text, e=esc):
    out = []
    for line in text.split('\n'):
        if line.strip():
            out.append(f'<p class=MsoNormal>{e(line)}<o:p></o:p></p>')
        else:
            out.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return '\n'.join(out)


def outlook(ctx, frm, body, sig='', lang='ru', disclaimer='', html=True, cs='utf-8', cte='quoted-printable',
            subj=None, exchange=False, old=False, sig_html=None, body_html=None, extra=(), attach=(),
            lang_tag=None, mac=False):
    """Outlook for Windows (or for Mac): top-posted, header block of the original, quoted text unprefixed."""
    blk = outlook_hdrblock(ctx, lang, mac=mac)
    if old:
        sep = '-----Исходное сообщение-----' if lang == 'ru' else '-----Original Message-----'
        qplain = sep + '\n' + '\n'.join(f'{k} {v}' for k, v in blk) + '\n\n' + ctx.q
    else:
        qplain = '\n'.join(f'{k} {v}' for k, v in blk) + '\n\n' + ctx.q
    plain = body + ('\n\n' + sig if sig else '') + ('\n\n' + disclaimer if disclaimer else '') + '\n\n' + qplain + '\n'
    parts = [T(plain, 'plain', cs, cte)]
    if html:
        lt = lang_tag or ('RU' if lang == 'ru' else 'EN-US')
        h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
             f'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' + OUTLOOK_STYLE +
             f'\n</head>\n<body lang={lt} link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n'
             '<div class=WordSection1>\n')
        h += body_html if body_html is not None else mso(body)
        h += '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n'
        if sig:
            h += sig_html if sig_html is not None else mso(sig)
        if disclaimer:
            h += f'\n<p class=MsoNormal><span style=\'font-size:8.0pt;color:gray\'>{esc(disclaimer)}<o:p></o:p></span></p>'
        h += ('\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div>\n<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;'
              'padding:3.0pt 0cm 0cm 0cm\'>\n<p class=MsoNormal>'
              + '<br>\n'.join(f'<b>{esc(k)}</b> {esc(v)}' for k, v in blk) + '<o:p></o:p></p>\n</div>\n</div>\n'
              + mso(ctx.q) + '\n</div>\n</body>\n</html>\n')
        parts.append(T(h, 'html', cs, cte))
    part = M('alternative', parts, f'_000_{alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}_') if html else parts[0]
    if attach:
        part = M('mixed', [part] + list(attach), f'_004_{alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}_')
    name, addr = frm
    ex = [f'Thread-Topic: {hv(ctx.subj, cs)}', f'Thread-Index: A{b64junk(18)[:25]}',
          f'Content-Language: {"ru-RU" if lang == "ru" else "en-US"}']
    if exchange:
        ex += ['X-MS-Has-Attach: ' + ('yes' if attach else ''), 'X-MS-TNEF-Correlator: ',
               f'X-MS-Exchange-Organization-AuthAs: Internal', 'X-MS-Exchange-Organization-AuthSource: '
               f'EX01.{addr.split("@")[1]}', f'x-originating-ip: [10.{R.randrange(255)}.{R.randrange(255)}.{R.randrange(255)}]',
               'Accept-Language: ru-RU, en-US' if lang == 'ru' else 'Accept-Language: en-US']
        mid = f'<{alnum(8, "0123456789abcdef")}{alnum(24, "0123456789abcdef")}@EX01.{addr.split("@")[1]}>'
    else:
        ex += ['X-Mailer: Microsoft Outlook 16.0' if not mac else 'User-Agent: Microsoft-MacOutlook/16.92.24120731']
        mid = f'<00{hexid(4)}01db{hexid(4)}${hexid(8)}${hexid(8)}@{addr.split("@")[1]}>'
    if mac:
        mid = f'<{alnum(8, "0123456789ABCDEF")}-{alnum(4, "0123456789ABCDEF")}-{alnum(4, "0123456789ABCDEF")}-' \
              f'{alnum(12, "0123456789ABCDEF")}@{addr.split("@")[1]}>'
    return mail(ctx, frm, part, subj=subj if subj is not None else 'RE: ' + ctx.subj, msgid=mid,
                extra=ex + list(extra), hcs=cs)


def apple(ctx, frm, body, sig='', lang='ru', iphone=True, device=None, html=False, subj=None, extra=()):
    d = ctx.sent
    if lang == 'ru':
        attr = f'{d.day} {RU_MON_ABBR[d.month - 1]} {d.year} г., в {d:%H:%M}, {P_NAME} <{P_ADDR}> написал(а):'
        dev = 'Отправлено с iPhone'
    else:
        attr = f'On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {P_NAME} <{P_ADDR}> wrote:'
        dev = 'Sent from my iPhone'
    if device is not None:
        dev = device
    if not iphone and device is None:
        dev = ''
    plain = body + ('\n\n' + sig if sig else '') + ('\n\n' + dev if dev else '') + '\n\n' + q(attr + '\n\n' + ctx.q) + '\n'
    part = T(plain, 'plain', 'utf-8', 'quoted-printable', quoted=False)
    if html:
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body dir="auto">' + divs(body) + ('<div><br></div>' + divs(sig) if sig else '')
             + (f'<div><br><div dir="ltr">{esc(dev)}</div>' if dev else '<div>')
             + f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
             '<blockquote type="cite"><div dir="ltr">' + brs(ctx.q) + '</div></blockquote></div></body></html>\n')
        part = M('alternative', [part, T(h, 'html', 'utf-8', 'quoted-printable', quoted=False)],
                 f'Apple-Mail-{alnum(8, "0123456789ABCDEF")}-{alnum(4, "0123456789ABCDEF")}-{alnum(4, "0123456789ABCDEF")}-'
                 f'{alnum(4, "0123456789ABCDEF")}-{alnum(12, "0123456789ABCDEF")}', fold=False)
    name, addr = frm
    mid = f'<{alnum(8, "0123456789ABCDEF")}-{alnum(4, "0123456789ABCDEF")}-{alnum(4, "0123456789ABCDEF")}-' \
          f'{alnum(4, "0123456789ABCDEF")}-{alnum(12, "0123456789ABCDEF")}@{addr.split("@")[1]}>'
    xm = 'X-Mailer: iPhone Mail (22B91)' if iphone else 'X-Mailer: Apple Mail (2.3826.300.87.4.3)'
    return mail(ctx, frm, part, subj=subj, msgid=mid, mime=False,
                extra=['Mime-Version: 1.0 (1.0)' if iphone else 'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))',
                       xm] + list(extra))


def thunderbird(ctx, frm, text, lang='ru', flowed=True, subj=None, extra=(), cs='UTF-8', ua=None):
    """Thunderbird: the caller gives the whole visible text (reply, signature, attribution, quote)."""
    if flowed:
        text = flow(text)
    part = T(text + '\n', 'plain', cs, '8bit', quoted=False,
             params='; format=flowed' if flowed else '', label=cs)
    ua = ua or 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2'
    name, addr = frm
    return mail(ctx, frm, part, subj=subj, msgid=f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{addr.split("@")[1]}>',
                extra=[f'User-Agent: {ua}', f'Content-Language: {"ru" if lang == "ru" else "en-US"}'] + list(extra),
                hcs=cs)


def tb_attr(ctx, lang):
    d = ctx.sent
    if lang == 'ru':
        return f'{d:%d.%m.%Y} {d:%H:%M}, {P_NAME} пишет:'
    return f'On {d.month}/{d.day}/{d:%y} {h12(d)}, {P_NAME} wrote:'


def mailru(ctx, frm, body, sig='', mobile=False, subj=None, extra=(), quote=True):
    d = ctx.sent
    attr = f'{RU_WD_FULL[d.weekday()].capitalize()}, {d.day} {RU_MON_GEN[d.month - 1]} {d.year}, {d:%H:%M} +03:00 от {P_NAME} <{P_ADDR}>:'
    plain = body + ('\n\n' + sig if sig else '')
    if mobile:
        plain += '\n\n--\nОтправлено из Mail.ru для Android'
    if quote:
        plain += '\n\n' + attr + '\n' + q(ctx.q, '>') + '\n'
    h = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body>\n' + divs(body) + ('\n<div><br></div>' + divs(sig) if sig else ''))
    if mobile:
        h += '<div><br></div><div>--<br>Отправлено из Mail.ru для Android</div>'
    if quote:
        h += ('\n<div><br></div><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
              + esc(attr) + '<br>\n<div id=""><div class="js-helper js-readmsg-msg"><div><div id="style_'
              + str(R.randrange(10**15, 10**16)) + '_BODY">' + brs(ctx.q) + '</div></div></div></div></blockquote>')
    h += '\n</body></html>\n'
    part = M('alternative', [T(plain, 'plain', 'utf-8', 'base64'), T(h, 'html', 'utf-8', 'base64')],
             f'--ALT--{alnum(32, "0123456789ABCDEF")}{R.randrange(10**9)}', fold=False)
    name, addr = frm
    return mail(ctx, frm, part, subj=subj, msgid=f'<{int(ctx.at.timestamp())}{R.randrange(10**5, 10**6)}.{R.randrange(10**5, 10**6)}@f{R.randrange(100, 999)}.i.mail.ru>',
                extra=['X-Mailer: Mail.Ru Mailer 1.0' if not mobile else 'X-Mailer: Mail.Ru Mail for Android',
                       f'X-SenderField-Remind: 0', f'X-7564579A: {alnum(6, "0123456789ABCDEF")}'] + list(extra),
                order='rev', helo=f'smtp{R.randrange(30, 60)}.i.mail.ru')


def yandex(ctx, frm, body, sig='', mobile='', subj=None, html_only=True, extra=(), quote=True):
    d = ctx.sent
    attr = f'{d:%d.%m.%Y}, {d:%H:%M}, "{P_NAME}" <{P_ADDR}>:'
    h = '<div>' + '</div>\n<div>'.join(esc(x) if x.strip() else '&nbsp;' for x in body.split('\n')) + '</div>\n'
    if sig:
        h += '<div>&nbsp;</div>\n<div>-- </div>\n<div>' + '</div>\n<div>'.join(esc(x) for x in sig.split('\n')) + '</div>\n'
    if mobile:
        h += f'<div>&nbsp;</div>\n<div>-- <br />{esc(mobile)}</div>\n'
    if quote:
        h += (f'<div>&nbsp;</div>\n<div>&nbsp;</div>\n<div>{esc(attr)}</div>\n<blockquote>' +
              ''.join(f'<div>{esc(x)}</div>' if x else '<div>&nbsp;</div>' for x in ctx.q.split('\n')) + '</blockquote>\n')
    parts = []
    if not html_only:
        plain = body + ('\n\n-- \n' + sig if sig else '') + (f'\n\n-- \n{mobile}' if mobile else '')
        if quote:
            plain += '\n\n' + attr + '\n' + q(ctx.q, '> ') + '\n'
        parts.append(T(plain, 'plain', 'utf-8', 'base64'))
    hp = T(h, 'html', 'utf-8', 'base64')
    if html_only:
        part = hp
    else:
        part = M('alternative', parts + [hp], f'----==_mimepart_{hexid(12)}', fold=False)
    name, addr = frm
    return mail(ctx, frm, part, subj=subj, msgid=f'<{R.randrange(10**6, 10**7)}{int(ctx.at.timestamp())}@mail.yandex.ru>',
                extra=['X-Mailer: Yamail [ http://yandex.ru ] 5.0'] + list(extra), order='rev',
                helo=f'forward{R.randrange(100, 500)}.mail.yandex.net')


# ---------------------------------------------------------------------------------------------------------------
# specs

SPECS = []


def add(kind, lang, name, note, raw, exp='', cs='utf-8'):
    assert kind in ('human', 'redirect', 'ack', 'autoreply', 'bounce'), kind
    assert lang in ('ru', 'en'), lang
    if kind in ('human', 'redirect'):
        assert exp, name
    else:
        assert not exp, name
    SPECS.append(dict(kind=kind, lang=lang, name=name, note=f'{lang}; {note}', raw=raw,
                      exp=norm(fit(exp, cs)) if exp else ''))


# ---------------------------------------------------------------------------------------------------------------
# helpdesks (chrome as their mail looks; the Russian ones' markers are plausible, they publish none)

def zd_date(d, lang):
    if lang == 'ru':
        return f'{d.day} {RU_MON_ABBR[d.month - 1]} {d.year} г., {d:%H:%M} MSK'
    return f'{d:%b} {d.day}, {d.year}, {h12(d)} GMT{d.utcoffset().total_seconds() / 3600:+.0f}'


def zendesk(ctx, lang, brand, addr, ticket, agent, body, sig='', subj=None, extra=(), history=True):
    """A Zendesk agent's public reply: Auto-Submitted on every mail, reply marker, comment table, footer."""
    if lang == 'ru':
        marker = '##- Введите свой ответ над этой строкой -##'
        upd = f'Ваш запрос ({ticket}) был обновлен. Чтобы добавить комментарии, ответьте на это письмо.'
        footer = f'Это письмо отправлено службой поддержки {brand}. Работает на Zendesk'
    else:
        marker = '##- Please type your reply above this line -##'
        upd = f'Your request ({ticket}) has been updated. To add additional comments, reply to this email.'
        footer = f'This email is a service from {brand}. Delivered by Zendesk'
    tag = f'[{alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}-{alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}]'
    sep = '-' * 46
    full = body + ('\n\n' + sig if sig else '')
    plain = f'{marker}\n\n{upd}\n{sep}\n\n{agent}\n\n{zd_date(ctx.at, lang)}\n\n{full}\n\n'
    if history:
        plain += f'{sep}\n\n{P_NAME}\n\n{zd_date(ctx.sent, lang)}\n\n{ctx.q}\n\n'
    plain += f'{"-" * 32}\n{footer}\n{tag}\n'
    aname, _, atitle = agent.partition(' (')
    atitle = ' (' + atitle if atitle else ''

    def comment(who, title, d, text):
        return ('<tr><td width="100%" style="padding: 15px 0; border-top: 1px dotted #c5c5c5;">\n'
                '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed;" role="presentation">\n'
                '<tr><td width="100%" style="padding: 0; margin: 0;" valign="top">\n'
                f'<p style="font-family: \'Lucida Grande\',\'Lucida Sans Unicode\',\'Lucida Sans\',Verdana,Tahoma,sans-serif; '
                f'font-size: 15px; line-height: 18px; margin-bottom: 0; margin-top: 0; padding: 0; color:#1b1d1e;" dir="ltr">'
                f'<strong>{esc(who)}</strong>{esc(title)}</p>\n'
                f'<p style="font-family: \'Lucida Grande\',\'Lucida Sans Unicode\',\'Lucida Sans\',Verdana,Tahoma,sans-serif; '
                f'font-size: 13px; line-height: 25px; margin-bottom: 15px; margin-top: 0; padding: 0; color:#bbbbbb;" dir="ltr">'
                f'{esc(zd_date(d, lang))}</p>\n'
                '<div class="zd-comment" dir="auto" style="color: #2b2e2f; font-family: \'Lucida Sans Unicode\', \'Lucida Grande\', '
                '\'Tahoma\', Verdana, sans-serif; font-size: 14px; line-height: 22px; margin: 15px 0">\n'
                + paras(text, style='color: #2b2e2f; line-height: 22px; margin: 15px 0') + '\n</div>\n</td></tr></table>\n</td></tr>\n')
    h = (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
         f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
         '<style type="text/css">\ntable td { border-collapse: collapse; }\n</style>\n</head>\n<body style="width: 100%!important; margin: 0; padding: 0;">\n'
         f'<div style="padding: 10px; line-height: 18px; font-family: \'Lucida Grande\',Verdana,Arial,sans-serif; font-size: 12px; color:#444444;">\n'
         f'<div style="color: #b5b5b5;">{esc(marker)}</div>\n<p dir="ltr">{esc(upd)}</p>\n'
         '<div style="margin-top: 25px" data-version="2"><table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">\n'
         + comment(aname, atitle, ctx.at, full)
         + (comment(P_NAME, '', ctx.sent, ctx.q) if history else '') +
         '</table></div></div>\n'
         f'<div style="color: #aaaaaa; margin: 10px 0 14px 0; padding-top: 10px; border-top: 1px solid #eeeeee;">{esc(footer)}</div>\n'
         f'<span style="color:#FFFFFF" aria-hidden="true">{tag}</span>\n</body>\n</html>\n')
    part = M('alternative', [T(plain, 'plain', 'UTF-8', 'quoted-printable', quoted=False),
                             T(h, 'html', 'UTF-8', 'quoted-printable', quoted=False)],
             f'--==_mimepart_{hexid(13)}_{hexid(6)}', fold=False)
    sub = subj if subj is not None else f'[{brand}] Re: {ctx.subj}'
    return mail(ctx, (brand, addr), part, subj=sub, irt=False,
                msgid=f'<{alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}{alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}_'
                      f'{hexid(24)}_sprut@zendesk.com>',
                envelope=f'support+id{ticket}-{hexid(10)}@{addr.split("@")[1]}',
                helo=f'outbyoip{R.randrange(10, 99)}.pod{R.randrange(10, 30)}.use1.zdsys.com',
                reply_to=ha(brand, addr.replace('@', f'+id{ticket}@')),
                extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-Mailer: Zendesk Mailer',
                       f'X-Zendesk-From-Account-Id: {hexid(7)}', f'X-Zendesk-Email-Id: 01J{alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}',
                       'Content-Language: ' + ('ru' if lang == 'ru' else 'en-US')] + list(extra))


def jira(ctx, lang, brand, addr, key, agent, body, sig='', ack=False, extra=()):
    """Jira Service Management customer notification: reply-above line, '<agent> commented:', footer."""
    if lang == 'ru':
        above = 'Ответьте над этой строкой.'
        said = f'{agent} прокомментировал(а):'
        view = 'Просмотреть запрос · Отключить уведомления по этому запросу'
        shared = f'Запрос доступен пользователю {P_NAME}.'
        foot = f'{brand}, на платформе Jira Service Management, отправил вам это сообщение.'
    else:
        above = 'Reply above this line.'
        said = f'{agent} commented:'
        view = "View request · Turn off this request's notifications"
        shared = f'This is shared with {P_NAME}.'
        foot = f'{brand}, powered by Jira Service Management, sent you this message.'
    full = body + ('\n\n' + sig if sig else '')
    plain = f'—-—-—-—\n\n{above}\n\n{said}\n\n{full}\n\n{view}\n\n{shared}\n\n{foot}\n'
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>\n'
         '<table id="background-table" cellpadding="0" cellspacing="0" width="100%" style="background-color:#ffffff;">\n'
         f'<tr><td style="color:#707070;font-size:12px;padding:10px 0;">—-—-—-—</td></tr>\n'
         f'<tr><td style="color:#707070;font-size:12px;padding-bottom:20px;">{esc(above)}</td></tr>\n'
         f'<tr><td style="font-weight:600;padding-bottom:10px;">{esc(said)}</td></tr>\n'
         f'<tr><td class="comment-body" style="padding-bottom:20px;">{paras(full)}</td></tr>\n'
         f'<tr><td style="font-size:12px;"><a href="https://help.{addr.split("@")[1]}/servicedesk/customer/portal/2/{key}">'
         f'{esc(view.split(" · ")[0])}</a> · <a href="https://help.{addr.split("@")[1]}/servicedesk/customer/portal/2/{key}/unsubscribe">'
         f'{esc(view.split(" · ")[1])}</a></td></tr>\n'
         f'<tr><td style="color:#707070;font-size:12px;padding-top:20px;">{esc(shared)}</td></tr>\n'
         f'<tr><td style="color:#707070;font-size:12px;">{esc(foot)}</td></tr>\n</table>\n</body></html>\n')
    part = M('alternative', [T(plain, 'plain', 'UTF-8', '8bit'), T(h, 'html', 'UTF-8', 'quoted-printable')],
             f'----=_Part_{R.randrange(10**5, 10**6)}_{R.randrange(10**8, 10**9)}.{int(ctx.at.timestamp())}{R.randrange(100, 999)}')
    return mail(ctx, (brand, addr), part, subj=f'{key} {ctx.subj}', irt=False,
                msgid=f'<JIRA.{R.randrange(10**4, 10**5)}.{int(ctx.sent.timestamp())}000.{R.randrange(10**5)}.{int(ctx.at.timestamp())}{R.randrange(100, 999)}@Atlassian.JIRA>',
                envelope=f'jira@{addr.split("@")[1]}', helo=f'mail-{R.randrange(10, 99)}.us-east-1.o.{addr.split("@")[1]}',
                reply_to=ha(brand, addr),
                extra=['Auto-Submitted: auto-generated', 'Precedence: bulk',
                       f'X-JIRA-FingerPrint: {hexid(32)}'] + list(extra))


def helpdesk_html(top_marker, body_html, bottom_html, font='Arial,Helvetica,sans-serif'):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '</head>\n<body style="margin:0;padding:0;background:#f4f5f7;">\n'
            f'<div style="font-family:{font};font-size:14px;color:#222;max-width:640px;margin:0 auto;background:#fff;padding:20px;">\n'
            + (f'<div style="color:#b0b0b0;font-size:12px;">{esc(top_marker)}</div>\n' if top_marker else '')
            + body_html + '\n' + bottom_html + '\n</div>\n</body></html>\n')


def desk(ctx, frm, body, sig='', *, subj=None, top='', foot='', hist=True, hist_attr=None, mid=None, extra=(),
         irt=False, cte='quoted-printable', envelope=None, helo=None, reply_to=None, plain=True, after_sig='',
         lang='ru', body_html=None, to=None, html=True, hcs='utf-8', hmode='B', cs='utf-8'):
    """Generic helpdesk/CRM mail: optional reply marker on top, the agent's text, footer, quoted history."""
    if hist_attr is None:
        if lang == 'ru':
            hist_attr = f'{ctx.ru_long()}, {ctx.sent:%H:%M}, {P_NAME} <{P_ADDR}> пишет:'
        else:
            hist_attr = f'On {ctx.sent:%a}, {ctx.sent:%b} {ctx.sent.day}, {ctx.sent.year} at {h12(ctx.sent)}, {P_NAME} <{P_ADDR}> wrote:'
    ptxt = (top + '\n\n' if top else '') + body + ('\n\n' + sig if sig else '') + ('\n\n' + after_sig if after_sig else '')
    ptxt += ('\n\n' + foot if foot else '') + ('\n\n' + hist_attr + '\n' + q(ctx.q) if hist else '') + '\n'
    parts = []
    if plain:
        parts.append(T(ptxt, 'plain', cs, cte))
    if html:
        bh = (body_html or paras(body)) + ('\n' + paras(sig, style='color:#555') if sig else '')
        if after_sig:
            bh += f'\n<p style="font-size:12px;color:#888">{brs(after_sig)}</p>'
        bottom = ''
        if foot:
            bottom += f'<hr style="border:0;border-top:1px solid #e3e3e3"><p style="font-size:11px;color:#999">{brs(foot)}</p>\n'
        if hist:
            bottom += (f'<div style="font-size:12px;color:#777">{esc(hist_attr)}</div>\n<blockquote style="margin:0 0 0 .8ex;'
                       f'border-left:2px solid #ccc;padding-left:1ex;color:#777">{brs(ctx.q)}</blockquote>')
        parts.append(T(helpdesk_html(top, bh, bottom), 'html', cs, cte))
    part = parts[0] if len(parts) == 1 else M('alternative', parts, f'b1_{hexid(32)}')
    return mail(ctx, frm, part, subj=subj, msgid=mid, extra=extra, irt=irt, envelope=envelope, helo=helo,
                reply_to=reply_to, to=to, hcs=hcs, hmode=hmode)


def tb_text(ctx, lang, body, sig='', bottom=False, attr=None):
    attr = attr or tb_attr(ctx, lang)
    quoted = attr + '\n' + q(ctx.q)
    mine = body + ('\n\n-- \n' + sig if sig else '')
    return (quoted + '\n\n' + mine) if bottom else (mine + '\n\n' + quoted)


def humans_ru():
    # 1 -- one word from an iPhone
    c = Ctx('shops', 'zakaz@dubovyi-list.example.ru', delay=41)
    b = 'Да.'
    add('human', 'ru', 'dubovyi-list-iphone', 'iPhone Mail, QP, one-word answer, device line, quoted attribution',
        apple(c, ('Сергей Дубов', 'sergey@dubovyi-list.example.ru'), b), b)

    # 2 -- curt but complete, Gmail base64, "-- " signature
    c = Ctx('shops', 'shop@ugolok-rukodeliya.example.ru', delay=25, tzh=5)
    b = 'Добрый день!\nДо 20:00 работаем. Заказ можно оформить на сайте, доставка сегодня — если оформите до 14:00.'
    add('human', 'ru', 'ugolok-gmail', 'Gmail (Workspace), multipart/alternative base64, top-posted, "-- " signature, +0500',
        gmail(c, ('Ирина Ковалёва', 'irina@ugolok-rukodeliya.example.ru'), b,
              sig='Ирина Ковалёва\nмагазин «Уголок рукоделия»\n+7 (343) 055-18-20'), b)

    # 3 -- long furniture answer, Outlook, list, disclaimer
    c = Ctx('shops', 'sales@mebelgrad.example.ru', delay=95)
    b = ('Здравствуйте, Анатолий!\n\nСпасибо за обращение в «Мебельград».\n\n'
         'Пункт самовывоза на складе (г. Подольск, Промышленная ул., 14, ворота 3) работает:\n'
         'пн–пт с 9:00 до 19:00,\nсб с 10:00 до 16:00,\nвс — выходной.\n\n'
         'Оформить заказ можно тремя способами:\n'
         '1. На сайте mebelgrad.example.ru — корзина, затем «Самовывоз».\n'
         '2. По телефону отдела продаж +7 (495) 012-44-80.\n'
         '3. Ответным письмом: пришлите артикулы и количество, я оформлю заказ сама и пришлю счёт.\n\n'
         'По доставке сегодня: к сожалению, крупногабаритную мебель в день заказа мы не доставляем — машины '
         'загружаются накануне вечером. Ближайшая доставка возможна завтра, 8 декабря, с 12:00 до 18:00, если заказ '
         'будет оплачен до 17:00 сегодня. Стоимость доставки по Москве — 1 500 ₽, подъём на этаж оплачивается отдельно.\n\n'
         'Если будут вопросы — пишите, отвечу.')
    add('human', 'ru', 'mebelgrad-outlook', 'Outlook 2016 desktop, HTML+plain QP, long answer with list, opening thanks kept, '
        'valediction + 4-line signature, confidentiality disclaimer, Outlook header block quote',
        outlook(c, ('Марина Лебедева', 'm.lebedeva@mebelgrad.example.ru'), b,
                sig='С уважением,\nМарина Лебедева\nменеджер интернет-магазина\nООО «Мебельград»\nтел. +7 (495) 012-44-80, доб. 214',
                disclaimer='Это сообщение и любые приложения к нему предназначены только для указанного адресата и могут '
                           'содержать конфиденциальную информацию. Если вы получили его по ошибке, сообщите отправителю и '
                           'удалите сообщение.'), b)

    # 4 -- pharmacy, Yandex web, HTML only
    c = Ctx('shops', 'apteka@zdorovie-ryadom.example.ru', delay=34)
    b = ('Здравствуйте, Анатолий!\nПункт выдачи в аптеке на ул. Гончарова, 8 работает круглосуточно.\n'
         'Заказ можем оформить за вас: пришлите список препаратов и дозировки ответным письмом, соберём в течение часа.\n'
         'Доставка сегодня есть, курьер до 22:00, стоимость 250 ₽. Рецептурные препараты курьером не отправляем, '
         'только самовывоз с рецептом.')
    add('human', 'ru', 'zdorovie-yandex', 'Yandex Mail web, text/html only base64, <div> lines, "-- " signature, blockquote quote, pharmacy, «круглосуточно»',
        yandex(c, ('Аптека «Здоровье рядом»', 'apteka@zdorovie-ryadom.example.ru'), b, sig='Наталья, фармацевт'), b)

    # 5 -- courier company tariffs, Thunderbird format=flowed
    c = Ctx('services', 'b2b@strela-express.example.ru', delay=150)
    b = ('Добрый день, Анатолий!\n\nТарифы для интернет-магазинов и компаний:\n'
         '- доставка по Москве в день забора — от 390 руб. за отправление до 5 кг;\n'
         '- по области — от 520 руб.;\n- межгород — по калькулятору на сайте, в среднем 700–1 200 руб.\n'
         'При объёме от 300 отправлений в месяц скидка 10%.\n\n'
         'Договор: мы присылаем проект договора и карточку для заполнения, вы возвращаете подписанный скан, оригиналы — '
         'курьером или через ЭДО. Обычно всё занимает 2 рабочих дня, забор можем сделать уже на третий день.')
    add('human', 'ru', 'strela-thunderbird', 'Thunderbird 128, text/plain format=flowed 8bit (soft-wrapped lines), dash list, "-- " signature, courier firm tariffs',
        thunderbird(c, ('Павел Рябов', 'p.ryabov@strela-express.example.ru'),
                    tb_text(c, 'ru', b, 'Павел Рябов\nотдел по работе с клиентами\nКурьерская служба «Стрела-Экспресс»\n+7 (812) 046-70-11')), b)

    # 6 -- SaaS CRM via Usedesk, Auto-Submitted on a person's answer
    c = Ctx('services', 'sales@kontakt-crm.example.ru', delay=55)
    b = ('Анатолий, добрый день!\n\nСпасибо за интерес к «Контакт-CRM». Тарифы такие:\n'
         '• Старт — 990 ₽ в месяц за одного пользователя;\n'
         '• Бизнес — 1 790 ₽ в месяц за пользователя, добавляются телефония и API;\n'
         '• Корпоративный — от 50 пользователей, цена по запросу.\nПри оплате за год скидка 15%.\n\n'
         'Договор заключаем по оферте: достаточно выставить счёт на юрлицо и оплатить его, оплата считается акцептом. '
         'Если нужен подписанный экземпляр — отправим через ЭДО. Подключение занимает 1 рабочий день после оплаты.\n\n'
         'Могу выставить счёт прямо сейчас — пришлите, пожалуйста, реквизиты компании.')
    tk = R.randrange(1200000, 1900000)
    add('human', 'ru', 'kontakt-crm-usedesk', 'Usedesk-like helpdesk, Auto-Submitted: auto-generated on an agent answer, reply-above marker, ticket footer, history quote, bullet list',
        desk(c, ('Контакт-CRM', 'sales@kontakt-crm.example.ru'), b, 'С уважением,\nДарья, отдел продаж «Контакт-CRM»',
             subj=f'Re: Тарифы и договор [#{tk}]', top='## Ответьте выше этой строки, чтобы мы получили ваше сообщение ##',
             foot=f'Номер вашего обращения: {tk}. Чтобы дополнить обращение, просто ответьте на это письмо.',
             mid=f'<{hexid(32)}@secure.usedesk.ru>', helo='mail.usedesk.ru',
             extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All']), b)

    # 7 -- internet acquiring via Omnidesk-like desk, lone-name signature, closing pleasantry kept
    c = Ctx('services', 'support@paypotok.example.ru', delay=185)
    b = ('Здравствуйте, Анатолий!\n\nКомиссия интернет-эквайринга зависит от оборота:\n— до 1 млн ₽ в месяц — 2,7%;\n'
         '— от 1 до 5 млн ₽ — 2,3%;\n— свыше 5 млн ₽ — индивидуально, от 1,8%.\nАбонентской платы нет, подключение бесплатное.\n\n'
         'Чтобы заключить договор, заполните анкету в личном кабинете и загрузите документы (устав, паспорт руководителя, '
         'выписка). Договор подписывается электронной подписью, проверка занимает от 3 до 5 рабочих дней.\n\nХорошего дня!')
    num = f'{R.randrange(100, 999)}-{R.randrange(100000, 999999)}'
    add('human', 'ru', 'paypotok-omnidesk', 'Omnidesk-like helpdesk, subject tag [№ …], marker on top, closing «Хорошего дня!» kept, name+team signature without valediction',
        desk(c, ('ПэйПоток', 'support@paypotok.example.ru'), b, 'Алексей Гуров\nСлужба поддержки «ПэйПоток»',
             subj=f'[№ {num}] Re: Тарифы и договор', top='— — — Напишите ответ над этой линией — — —',
             foot=f'Обращение № {num}. Чтобы дополнить обращение, ответьте на это письмо.',
             mid=f'<{num}.{hexid(10)}@omnidesk.ru>', helo='mx2.omnidesk.ru'), b)

    # 8 -- marketplace seller, Mail.ru web: no pickup but offers courier and to place the order
    c = Ctx('shops', 'avtodrive-shop@avtodrive.example.ru', delay=300)
    b = ('Здравствуйте. Самовывоза у нас нет, склад не работает с покупателями.\n'
         'Доставка сегодня только по Москве, если заказ оформлен до 15:00. Могу оформить сам — пришлите адрес и артикул '
         'товара, счёт отправлю сюда же.')
    add('human', 'ru', 'avtodrive-mailru', 'Mail.ru web, multipart/alternative base64, marketplace seller, negative but real answer, lone name + company signature',
        mailru(c, ('Руслан', 'avtodrive-shop@avtodrive.example.ru'), b, sig='Руслан\nИП Гасанов Р.Т., магазин автоаксессуаров «АвтоДрайв»'), b)

    # 9 -- The Bat!, windows-1251, initials quoting with answers between quoted lines
    c = Ctx('shops', 'opt@stroykomplekt.example.ru', delay=83)
    d = c.sent
    text = (f'Здравствуйте, Анатолий.\n\nВы писали {d.day} {RU_MON_GEN[d.month - 1]} {d.year} г., {d:%H:%M}:\n\n'
            'АС> Здравствуйте!\nАС> До скольки работает пункт самовывоза?\n\nДо 19:00, в субботу до 15:00. Склад на Заводской, 3.\n\n'
            'АС> Помогите оформить заказ!\n\nПришлите артикулы и количество, выставлю счёт на вашу организацию.\n\n'
            'АС> Мне нужно организовать доставку сегодня.\n\nСегодня уже не успеем, машина ушла в 12. Завтра с утра отправим.\n\n'
            'АС> Анатолий Смирнов\n\n\n\n-- \nС уважением,\n Виктор Семёнович                          '
            'mailto:viktor@stroykomplekt.example.ru\n')
    exp = ('Здравствуйте, Анатолий. До 19:00, в субботу до 15:00. Склад на Заводской, 3. Пришлите артикулы и количество, '
           'выставлю счёт на вашу организацию. Сегодня уже не успеем, машина ушла в 12. Завтра с утра отправим.')
    part = T(text, 'plain', 'windows-1251', '8bit', quoted=False)
    add('human', 'ru', 'stroykomplekt-thebat', 'The Bat! 11, windows-1251 8bit, «Вы писали» attribution, initials quoting (АС>) with inline answers between quoted lines, B2B wholesaler',
        mail(c, ('Виктор Семёнович', 'viktor@stroykomplekt.example.ru'), part, hcs='windows-1251',
             msgid=f'<{R.randrange(10**9, 2 * 10**9)}.{c.at:%Y%m%d%H%M%S}@stroykomplekt.example.ru>',
             extra=['X-Mailer: The Bat! (v11.2.3) Professional', 'Reply-To: ' + ha('Виктор Семёнович', 'viktor@stroykomplekt.example.ru', 'windows-1251'),
                    'X-Priority: 3 (Normal)'], order='rev'), exp, 'windows-1251')

    # 10 -- hosting provider, mutt, koi8-r
    c = Ctx('services', 'sales@hostline.example.ru', delay=12)
    b = ('Здравствуйте!\n\nТарифы виртуального хостинга: «Старт» — 149 ₽/мес, «Бизнес» — 390 ₽/мес, VPS от 590 ₽/мес. '
         'При оплате за год — 2 месяца в подарок.\n\nДоговор — публичная оферта на сайте, для юрлиц можем подписать '
         'бумажный или по ЭДО, это 1-2 рабочих дня. Сам хостинг включается сразу после оплаты.')
    d = c.sent
    text = (b + '\n\n-- \nИгорь, техподдержка ХостЛайн\n\n'
            f'* {P_NAME} <{P_ADDR}> [{d:%Y-%m-%d %H:%M:%S} +0300]:\n\n' + q(c.q) + '\n')
    add('human', 'ru', 'hostline-mutt-koi8', 'Mutt 2.2, text/plain koi8-r 8bit (guillemets and ₽ degraded), mutt attribution, Q-encoded koi8-r headers',
        mail(c, ('Игорь Лыков', 'igor@hostline.example.ru'), T(text, 'plain', 'koi8-r', '8bit', quoted=False,
             extra=['Content-Disposition: inline']), hcs='koi8-r', hmode='Q',
             msgid=f'<{c.at:%Y%m%d%H%M%S}.GA{R.randrange(1000, 9999)}@hostline.example.ru>',
             extra=['User-Agent: Mutt/2.2.12 (2023-09-09)']), b, 'koi8-r')

    # 11 -- paper wholesaler, Outlook Express, windows-1251 QP, OE quote block
    c = Ctx('shops', 'opt@bumdvor.example.ru', delay=68, tzh=7)
    b = ('Добрый день, Анатолий!\nСклад отгружает с 9 до 17, самовывоз до 16:30. Заказ оформим, пришлите список — сегодня '
         'доставить сможем, если до 13 часов подтвердите. Доставка по городу 600 руб.')
    d = c.sent
    text = (b + '\n\nОльга\nООО "Бумажный двор"\nт. 8 (383) 021-55-64\n----- Original Message ----- \n'
            f'From: "{P_NAME}" <{P_ADDR}>\nTo: <{c.co}>\nSent: {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d:%d, %Y} {h12(d)}\n'
            f'Subject: {c.subj}\n\n\n' + q(c.q) + '\n')
    add('human', 'ru', 'bumdvor-outlook-express', 'Outlook Express 6, windows-1251 quoted-printable, format=flowed; reply-type=original, "----- Original Message -----" block, lone name signature, +0700',
        mail(c, ('Ольга', 'olga@bumdvor.example.ru'), T(text, 'plain', 'windows-1251', 'quoted-printable',
             params='; format=flowed; reply-type=original'), hcs='windows-1251',
             msgid=f'<00{hexid(4)}01db{hexid(4)}$0{hexid(7)}$0100a8c0@olgapc>',
             extra=['X-Priority: 3', 'X-MSMail-Priority: Normal', 'X-Mailer: Microsoft Outlook Express 6.00.2900.5931',
                    'X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157']), b, 'windows-1251')

    # 12 -- typos, Mail.ru for Android
    c = Ctx('shops', 'tovary-dlya-doma@dom-uyut.example.ru', delay=18)
    b = 'здраствуйте до 18 работаем,заказ можно на сайте оформить.доставка сегодня платная 500р если до обеда'
    add('human', 'ru', 'dom-uyut-mailru-android', 'Mail.ru for Android, base64, no punctuation/typos, lower case, "--" + device line',
        mailru(c, ('Дом Уют', 'tovary-dlya-doma@dom-uyut.example.ru'), b, mobile=True), b)

    # 13 -- plumbing shop via Bitrix24 CRM mail: mentions a phone but answers
    c = Ctx('shops', 'info@akvadom.example.ru', delay=120, tzh=4)
    b = ('Здравствуйте, Анатолий!\n\nПункт самовывоза работает с 10 до 21 без выходных (ул. Кирова, 52, вход со двора).\n'
         'Оформить заказ можете на сайте или по телефону +7 (846) 033-91-17 — менеджер поможет подобрать и зарезервирует товар.\n'
         'Доставка сегодня возможна при заказе до 13:00, стоимость по городу 400 ₽.')
    add('human', 'ru', 'akvadom-bitrix24', 'Bitrix24 CRM e-mail, HTML+plain, answer that also gives a phone, valediction, "Отправлено из Битрикс24" line, +0400',
        desk(c, ('Евгений Шаров', 'info@akvadom.example.ru'), b, 'С уважением,\nЕвгений Шаров\nменеджер «Аквадом»',
             after_sig='Отправлено из Битрикс24', irt=True, mid=f'<crm.activity.{R.randrange(10**5, 10**6)}-{hexid(8)}@akvadom.example.ru>',
             hist_attr=f'{c.sent:%d.%m.%Y %H:%M} {P_NAME} пишет:', helo='mail-out.b24-akvadom.example.ru'), b)

    # 14 -- warehouse SaaS via Carrot quest: answers and suggests the chat
    c = Ctx('services', 'hello@skladlite.example.ru', delay=7)
    b = ('Анатолий, здравствуйте!\n\nТарифы «СкладЛайт»: Базовый — 2 400 ₽/мес (1 склад, до 3 пользователей), Сеть — '
         '5 900 ₽/мес (до 5 складов), дальше по договорённости. Первые 14 дней бесплатно.\n\n'
         'Договор — оферта, принимается оплатой счёта; если нужен двусторонний договор, подпишем по ЭДО за 1–2 рабочих '
         'дня. Само подключение — в день оплаты.\n\nЕсли удобнее, можем продолжить в чате на сайте — я там до 19:00.')
    add('human', 'ru', 'skladlite-carrotquest', 'Carrot quest-like conversation mail, answer ending with an offer of the site chat, "Мария, company" line, vendor footer',
        desk(c, ('Мария из СкладЛайт', 'hello@skladlite.example.ru'), b, 'Мария, «СкладЛайт»',
             foot='Ответьте на это письмо, чтобы продолжить диалог\nСообщение отправлено через Carrot quest', hist=False,
             mid=f'<conversation.{R.randrange(10**8, 10**9)}.{hexid(12)}@carrotquest.io>', helo='mail.carrotquest.io',
             reply_to=f'<reply-{hexid(20)}@skladlite.example.ru>'), b)

    # 15 -- accounting outsourcing: HTML only with a tariffs table (amoCRM mail)
    c = Ctx('services', 'info@balans-outsource.example.ru', delay=260, tzh=10)
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
         '<p>Анатолий, добрый день!</p>\n<p>Стоимость бухгалтерского сопровождения:</p>\n'
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
         '<tr><th>Тариф</th><th>Что входит</th><th>Цена в месяц</th></tr>\n'
         '<tr><td>УСН &laquo;Доходы&raquo;</td><td>до 30 операций, отчётность</td><td>3&nbsp;500&nbsp;&#8381;</td></tr>\n'
         '<tr><td>УСН &laquo;Доходы минус расходы&raquo;</td><td>до 50 операций, отчётность, кадры до 5 чел.</td><td>6&nbsp;900&nbsp;&#8381;</td></tr>\n'
         '<tr><td>ОСН</td><td>до 100 операций, НДС, кадры до 10 чел.</td><td>от 14&nbsp;000&nbsp;&#8381;</td></tr>\n'
         '</table>\n<p>Договор подписываем через ЭДО или курьером. От вашей заявки до начала обслуживания обычно '
         '3 рабочих дня: анализ документов, подписание, передача доступов.</p>\n'
         '<p>Могу прислать договор на ознакомление &mdash; напишите ИНН компании.</p>\n'
         '<p>--<br>Ксения Миронова<br>менеджер &laquo;Баланс-Аутсорс&raquo;<br>+7 (4212) 044-19-30</p>\n'
         f'<p>{esc(c.ru_long())}, {c.sent:%H:%M}, {esc(P_NAME)} &lt;{P_ADDR}&gt;:</p>\n'
         f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{brs(c.q)}</blockquote>\n</body></html>\n')
    exp = ('Анатолий, добрый день! Стоимость бухгалтерского сопровождения: Тариф Что входит Цена в месяц УСН «Доходы» '
           'до 30 операций, отчётность 3 500 ₽ УСН «Доходы минус расходы» до 50 операций, отчётность, кадры до 5 чел. '
           '6 900 ₽ ОСН до 100 операций, НДС, кадры до 10 чел. от 14 000 ₽ Договор подписываем через ЭДО или курьером. '
           'От вашей заявки до начала обслуживания обычно 3 рабочих дня: анализ документов, подписание, передача '
           'доступов. Могу прислать договор на ознакомление — напишите ИНН компании.')
    add('human', 'ru', 'balans-amocrm-table', 'amoCRM-sent mail, text/html only QP, tariffs <table>, entities (&laquo; &#8381; &nbsp;), "--" signature, +1000',
        mail(c, ('Ксения Миронова', 'k.mironova@balans-outsource.example.ru'), T(h, 'html', 'utf-8', 'quoted-printable'),
             msgid=f'<amo.{R.randrange(10**7, 10**8)}.{hexid(16)}@balans-outsource.example.ru>', helo='smtp.amocrm.ru'), exp)

    # 16 -- fabric shop forwards the warehouse's answer; the forwarded chain holds other facts
    c = Ctx('shops', 'zakaz@tkanevyi-rai.example.ru', delay=95)
    top = ('Анатолий, добрый день!\nПересылаю ответ склада — самовывоз сегодня до 18:00, ткань для вас отложили. '
           'Заказ я оформила, номер 4471, оплатить можно при получении.')
    d = c.sent
    t1 = (d + dt.timedelta(minutes=30))
    t2 = (d + dt.timedelta(minutes=70))
    fwd = ('-------- Пересылаемое сообщение --------\n'
           f'{t2:%d.%m.%Y}, {t2:%H:%M}, "Склад Тканевый рай" <sklad@tkanevyi-rai.example.ru>:\n\n'
           'Наташа, до 18 выдаём. Бязь и фланель есть, отложили на полку 7. Машины сегодня уже нет, только завтра.\n\n'
           f'{t1:%d.%m.%Y}, {t1:%H:%M}, "Наталья" <natalia@tkanevyi-rai.example.ru>:\n'
           '> Коллеги, клиент спрашивает до скольки самовывоз и можно ли сегодня доставку?\n'
           '-------- Конец пересылаемого сообщения --------')
    plain = top + '\n\n-- \nНаталья, интернет-магазин «Тканевый рай»\n\n' + fwd + '\n'
    h = ('<div>' + brs(top) + '</div>\n<div>&nbsp;</div>\n<div>-- <br />Наталья, интернет-магазин «Тканевый рай»</div>\n'
         '<div>&nbsp;</div>\n<div>-------- Пересылаемое сообщение --------</div>\n'
         f'<div>{t2:%d.%m.%Y}, {t2:%H:%M}, "Склад Тканевый рай" &lt;sklad@tkanevyi-rai.example.ru&gt;:</div>\n'
         '<div>Наташа, до 18 выдаём. Бязь и фланель есть, отложили на полку 7. Машины сегодня уже нет, только завтра.</div>\n'
         f'<div>{t1:%d.%m.%Y}, {t1:%H:%M}, "Наталья" &lt;natalia@tkanevyi-rai.example.ru&gt;:</div>\n'
         '<blockquote><div>Коллеги, клиент спрашивает до скольки самовывоз и можно ли сегодня доставку?</div></blockquote>\n'
         '<div>-------- Конец пересылаемого сообщения --------</div>\n')
    part = M('alternative', [T(plain, 'plain', 'utf-8', 'base64'), T(h, 'html', 'utf-8', 'base64')], f'----==_mimepart_{hexid(12)}', fold=False)
    add('human', 'ru', 'tkanevyi-rai-forward', 'Yandex Mail web, Fwd: of an internal chain (other facts inside the forward), top note is the answer, plain+html base64',
        mail(c, ('Наталья', 'natalia@tkanevyi-rai.example.ru'), part, subj='Fwd: Самовывоз сегодня',
             msgid=f'<{R.randrange(10**6, 10**7)}{int(c.at.timestamp())}@mail.yandex.ru>', helo='forward301.mail.yandex.net',
             extra=['X-Mailer: Yamail [ http://yandex.ru ] 5.0']), top)

    # 17 -- flowers, partial answer from Yandex mobile
    c = Ctx('shops', 'buket@cvety-na-sadovoi.example.ru', delay=220)
    b = 'Здравствуйте! Пункт выдачи работает с 9:00 до 21:00.'
    add('human', 'ru', 'cvety-yandex-mobile', 'Yandex Mail mobile, HTML+plain base64, partial answer (hours only), "Отправлено из мобильной Яндекс Почты"',
        yandex(c, ('Цветы на Садовой', 'buket@cvety-na-sadovoi.example.ru'), b, mobile='Отправлено из мобильной Яндекс Почты', html_only=False), b)

    # 18 -- paint manufacturer sends the catalogue and ignores the question (a person, off topic)
    c = Ctx('shops', 'sales@kolor-profi.example.ru', delay=1300)
    b = ('Здравствуйте!\nБлагодарим за интерес к продукции «Колор-Профи». Направляем наш каталог и прайс-лист на декабрь во вложении.')
    add('human', 'ru', 'kolor-profi-catalog', 'Gmail, multipart/mixed with a PDF (RFC 2231 Cyrillic filename), template-like answer that ignores the question, no "--"',
        gmail(c, ('Отдел продаж Колор-Профи', 'sales@kolor-profi.example.ru'), b, sig='С уважением,\nотдел продаж «Колор-Профи»\n8 (4852) 070-70-15',
              sigdash=False, cte='quoted-printable', attach=[A('application/pdf', 'Каталог Колор-Профи 2026.pdf', fake_pdf())]), b)

    # 19 -- bicycle workshop asks back, Apple Mail (macOS), HTML alternative
    c = Ctx('shops', 'spica@velo-spica.example.ru', delay=380)
    b = ('Анатолий, здравствуйте!\nПодскажите, какой велосипед или запчасть вас интересует и куда нужна доставка? Тогда '
         'сразу скажу, успеем ли сегодня.\nМагазин и пункт самовывоза открыты до 20:00.')
    add('human', 'ru', 'velo-spica-applemail', 'Apple Mail (macOS), multipart/alternative QP, asks clarifying questions, lone name + shop signature',
        apple(c, ('Андрей Спицын', 'andrey@velo-spica.example.ru'), b, sig='Андрей\nВеломастерская «Спица»', iphone=False, html=True), b)

    # 20 -- watch shop, Zendesk in Russian
    c = Ctx('shops', 'care@chasomir.example.ru', delay=150)
    b = ('Здравствуйте, Анатолий!\n\nПункт самовывоза на Тверской работает ежедневно с 10:00 до 22:00. Заказ можно '
         'оформить на сайте — при выборе способа получения отметьте «Самовывоз», и он будет готов через 2 часа. Если '
         'хотите, я оформлю заказ за вас: напишите модель часов.\n\nКурьерская доставка сегодня по Москве доступна при '
         'оформлении до 16:00, стоимость 490 ₽.')
    add('human', 'ru', 'chasomir-zendesk', 'Zendesk (Russian locale), agent reply with Auto-Submitted: auto-generated, "##- Введите свой ответ…" marker, agent/date lines, ticket history, footer',
        zendesk(c, 'ru', 'ЧасоМир', 'care@chasomir.example.ru', R.randrange(40000, 60000), 'Екатерина (Служба заботы)', b,
                'С уважением,\nЕкатерина\nСлужба заботы «ЧасоМир»'), b)

    # 21 -- logistics integrator, Jira Service Management in Russian
    c = Ctx('services', 'help@translink.example.ru', delay=460)
    b = ('Добрый день, Анатолий!\n\nТариф зависит от объёма: до 500 отправлений в месяц — 12 000 руб. в месяц, до 2 000 — '
         '25 000 руб., выше — индивидуально. Интеграция с вашей учётной системой входит в стоимость.\n\n'
         'Договор: отправьте реквизиты, мы подготовим договор и пришлём по ЭДО. Подписание и настройка занимают около '
         '5 рабочих дней.')
    add('human', 'ru', 'translink-jira', 'Jira Service Management (ru), X-JIRA-FingerPrint, Auto-Submitted + Precedence: bulk, "прокомментировал(а):" line, portal footer',
        jira(c, 'ru', 'Центр поддержки ТрансЛинк', 'help@translink.example.ru', f'SUP-{R.randrange(1000, 9999)}', 'Иван Котов',
             b, 'Иван Котов, аккаунт-менеджер'), b)

    # 22 -- pet shop via HelpDeskEddy-like desk; «Спасибо за обращение!» used as the sign-off
    c = Ctx('shops', 'shop@hvost-i-lapy.example.ru', delay=68)
    b = ('Добрый день!\n\nСамовывоз из нашего магазина на Садовой, 21 — ежедневно с 9 до 21.\nЧтобы оформить заказ, '
         'напишите, что именно нужно — соберу и пришлю ссылку на оплату.\nДоставка сегодня тоже возможна, если оплатите '
         'до 16:00 — курьер привезёт с 18 до 22.')
    tk = R.randrange(3000, 9999)
    add('human', 'ru', 'hvost-i-lapy-hde', 'HelpDeskEddy-like desk, "## Пожалуйста, пишите ответ выше этой строки ##", «Спасибо за обращение!» as sign-off, status footer',
        desk(c, ('Хвост и лапы', 'shop@hvost-i-lapy.example.ru'), b, 'Спасибо за обращение!\nОксана, зоомагазин «Хвост и лапы»',
             subj=f'Re: [#{tk}] Самовывоз сегодня', top='## Пожалуйста, пишите ответ выше этой строки ##',
             foot=f'Заявка #{tk} · Статус: Открыта\nДля ответа просто ответьте на это письмо.',
             mid=f'<ticket-{tk}-{hexid(12)}@hvost-i-lapy.helpdeskeddy.com>', helo='smtp.helpdeskeddy.com'), b)

    # 23 -- IT outsourcing via Okdesk-like desk
    c = Ctx('services', 'support@aitiopora.example.ru', delay=1150)
    b = ('Анатолий, добрый день.\nАбонентское обслуживание: 1 800 руб. в месяц за рабочее место, серверы — от 6 000 руб. '
         'в месяц. Разовые выезды — 2 500 руб./час.\nДоговор и коммерческое предложение пришлю после короткого аудита '
         '(он бесплатный). Аудит и подписание — около недели.')
    tk = R.randrange(1000, 2500)
    when = c.at
    add('human', 'ru', 'aitiopora-okdesk', 'Okdesk-like notification "новый комментарий к заявке", author/date chrome, duration given as «около недели», lone name',
        desk(c, ('АйТи-Опора', 'support@aitiopora.example.ru'), b, 'Денис Фомин',
             subj=f'Заявка №{tk}: Тарифы и договор — новый комментарий',
             top=f'Новый комментарий к заявке №{tk} «Тарифы и договор»\nАвтор: Денис Фомин, {when.day} {RU_MON_GEN[when.month - 1]} {when.year}, {when:%H:%M}',
             foot=f'Чтобы ответить, напишите ответ на это письмо. Не изменяйте тему письма.\nОтслеживать заявку: https://aitiopora.example.ru/issues/{tk}',
             hist=False, mid=f'<issue-{tk}-comment-{R.randrange(10**4, 10**5)}@aitiopora.okdesk.ru>', helo='mail.okdesk.ru'), b)

    # 24 -- marketing agency via Planfix-like task mail
    c = Ctx('services', 'hello@agency-signal.example.ru', delay=2600)
    b = ('Анатолий, здравствуйте! Ведение контекстной рекламы — от 25 000 ₽ в месяц плюс рекламный бюджет, SEO — от '
         '40 000 ₽. Договор типовой, пришлю сегодня в PDF. Запуск — 7–10 рабочих дней после подписания.')
    tk = R.randrange(3000, 3999)
    add('human', 'ru', 'signal-planfix', 'Planfix-like task notification, "Новый комментарий в задаче #…" + author line above, vendor footer, next-day answer',
        desk(c, ('Агентство Сигнал', 'hello@agency-signal.example.ru'), b, '',
             subj=f'Задача #{tk} «Тарифы и договор»', top=f'Новый комментарий в задаче #{tk} «Тарифы и договор»\nЕлена Ветрова:',
             foot='—\nЭто уведомление ПланФикс. Ответьте на это письмо, чтобы добавить комментарий в задачу.',
             hist=False, mid=f'<task{tk}.{hexid(10)}@signal.planfix.ru>', helo='mail.planfix.ru'), b)

    # 25 -- bakery's self-made CRM: a person's answer inside a "do not reply" template with Auto-Submitted
    c = Ctx('shops', 'zakaz@pryanik-konditer.example.ru', delay=34)
    num = f'A-{R.randrange(20000, 29999)}'
    b = ('Анатолий, добрый день!\nСамовывоз из кондитерской — с 8:00 до 20:00, ул. Мира, 3. Торты на заказ готовим от 24 часов, '
         'но из витрины можно забрать сегодня: есть «Медовик», «Наполеон» и чизкейки. Оформить заказ можно на сайте. '
         'Доставка сегодня — до 21:00, 350 ₽.')
    foot = ('Пожалуйста, не отвечайте на это письмо — оно отправлено автоматически.\n'
            'Кондитерская «Пряник» · +7 (3452) 060-12-12 · pryanik-konditer.example.ru')
    add('human', 'ru', 'pryanik-selfcrm', 'self-made CRM template: banner with request number, Auto-Submitted, "do not reply" footer around a real answer, no quote, no In-Reply-To',
        desk(c, ('Кондитерская «Пряник»', 'noreply@pryanik-konditer.example.ru'), b, 'Кондитер-менеджер Алина',
             subj=f'Ответ на обращение № {num}', top=f'Кондитерская «Пряник». Ответ на обращение № {num}', foot=foot, hist=False,
             mid=f'<{num}.{int(c.at.timestamp())}@crm.pryanik-konditer.example.ru>', envelope='bounce@pryanik-konditer.example.ru',
             extra=['Auto-Submitted: auto-generated', 'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)']), b)

    # 26 -- payment service (bank-like), Outlook/Exchange, numbered list with arrows, disclaimer
    c = Ctx('services', 'business@platezhpro.example.ru', delay=600)
    b = ('Добрый день, Анатолий!\n\nНаправляю информацию по подключению к платёжному сервису:\n\n'
         '1. Тарифы: комиссия 2,4% за успешную операцию по картам, 0,7% по СБП; при обороте от 3 млн ₽ в месяц — '
         'индивидуальные условия.\n2. Договор: заявка на сайте → проверка документов (1 рабочий день) → подписание '
         'договора в ЭДО → тестовый платёж.\n3. Сроки: в среднем 3 рабочих дня от заявки до первого боевого платежа.\n\n'
         'Отдельно оплачивается только онлайн-касса, если она нужна: 1 900 ₽ в месяц.')
    add('human', 'ru', 'platezhpro-exchange', 'Outlook + Exchange (internal headers), HTML+plain QP, numbered list with arrows, long signature, legal disclaimer after it',
        outlook(c, ('Зайцев Михаил Андреевич', 'm.zaitsev@platezhpro.example.ru'), b,
                sig='С уважением,\nМихаил Зайцев\nРуководитель направления по работе с малым бизнесом\nАО «ПлатёжПро»\n'
                    'Тел.: +7 (495) 018-40-00 доб. 3312\nwww.platezhpro.example.ru',
                disclaimer='Настоящее сообщение и все приложения к нему являются конфиденциальными и предназначены '
                           'исключительно для адресата. Если вы получили это сообщение по ошибке, пожалуйста, уведомите '
                           'отправителя и удалите сообщение. АО «ПлатёжПро» не несёт ответственности за любые убытки, '
                           'вызванные получением или использованием данного сообщения.', exchange=True), b)

    # 27 -- fulfilment price list attached, curt
    c = Ctx('services', 'sales@fulfilment-tochka.example.ru', delay=41)
    b = 'Прайс во вложении. Договор по ЭДО, 2-3 рабочих дня.'
    add('human', 'ru', 'fulfilment-xlsx', 'Gmail, multipart/mixed with an .xlsx (Cyrillic filename), curt answer without greeting or signature',
        gmail(c, ('Роман Тихонов', 'r.tikhonov@fulfilment-tochka.example.ru'), b, cte='quoted-printable',
              attach=[A('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Прайс_фулфилмент_2026.xlsx', fake_zip())]), b)

    # 28 -- gift shop, iPhone, warm, emoji
    c = Ctx('shops', 'lavka@podarochnaya-lavka.example.ru', delay=12)
    b = ('Анатолий, добрый день! 😊\nМы работаем до 19:00, приезжайте! Заказ оформлю сама, напишите только, что выбрали. '
         'Доставку сегодня сделаем, курьер свободен после 16.')
    add('human', 'ru', 'podarochnaya-lavka-iphone', 'iPhone Mail, QP with emoji, warm tone, name+shop line before "Отправлено с iPhone"',
        apple(c, ('Вероника', 'lavka@podarochnaya-lavka.example.ru'), b, sig='Вероника, «Подарочная лавка»'), b)

    # 29 -- balloons, Mail.ru web
    c = Ctx('shops', 'studio@sharik-bum.example.ru', delay=55)
    b = ('Анатолий, здравствуйте!\nСамовывоз с 9 до 21 каждый день, пр. Ленина, 40.\nЗаказ можно оформить на сайте или прямо '
         'в ответном письме: сколько шаров, цвета, надпись.\nДоставка сегодня возможна — ближайшее окно с 17 до 19, '
         'стоимость 450 руб.')
    add('human', 'ru', 'sharik-bum-mailru', 'Mail.ru web, base64 alternative, Mail.ru blockquote attribution, studio name + person signature block',
        mailru(c, ('Студия Шарик Бум', 'studio@sharik-bum.example.ru'), b, sig='Студия «Шарик Бум»\nЛюдмила'), b)

    # 30 -- soap maker, Gmail QP, lower case and brackets
    c = Ctx('shops', 'mylo.ruchnoe@mylovarnya.example.ru', delay=3)
    b = 'анатолий добрый) мы сегодня до 18, могу собрать заказ и отдать курьеру, доставка сегодня будет. напишите что нужно)))'
    add('human', 'ru', 'mylovarnya-gmail', 'Gmail, QP, lower case, ")))" smileys, no greeting punctuation, no signature, 3-minute answer',
        gmail(c, ('Мыловарня', 'mylo.ruchnoe@mylovarnya.example.ru'), b, cte='quoted-printable'), b)

    # 31 -- 1C integrator, Bitrix24 mail, "--" then valediction
    c = Ctx('services', 'info@biznes-soft.example.ru', delay=900)
    b = ('Здравствуйте, Анатолий.\n\nРаботаем по двум схемам:\n- почасовая оплата — 2 900 руб./час, минимальный пакет 5 часов;\n'
         '- абонемент — 20 часов в месяц за 52 000 руб.\nДоговор на сопровождение заключаем в 1-2 рабочих дня, можно по ЭДО. '
         'Для оценки задачи пришлите, пожалуйста, кратко, что нужно доработать в 1С.')
    add('human', 'ru', 'biznes-soft-bitrix24', 'Bitrix24 mail, "--" then «С уважением,», dash list, "Отправлено из Битрикс24", quoted history',
        desk(c, ('Артём Гайдук', 'a.gaiduk@biznes-soft.example.ru'), b, '--\nС уважением,\nАртём Гайдук\nФранчайзи 1С «Бизнес-Софт»',
             after_sig='Отправлено из Битрикс24', irt=True, mid=f'<crm.activity.{R.randrange(10**5, 10**6)}-{hexid(8)}@biznes-soft.example.ru>',
             hist_attr=f'{c.sent:%d.%m.%Y %H:%M} {P_NAME} пишет:'), b)

    # 32 -- legal firm answers inline in Thunderbird
    c = Ctx('services', 'info@pravo-i-delo.example.ru', delay=185)
    attr = tb_attr(c, 'ru')
    text = ('Анатолий, добрый день!\n\nОтветила ниже.\n\n' + attr + '\n> Добрый день!\n> Какие у вас тарифы,\n\n'
            'Регистрация ООО «под ключ» — 9 900 руб., ИП — 4 500 руб., госпошлина включена (если подаём электронно, её нет).\n\n'
            '> как заключить договор\n\nДоговор-оферта на сайте, оплата по счёту. Можно и подписанный договор — пришлю скан.\n\n'
            '> и сколько времени это займёт?\n\n3 рабочих дня на регистрацию в налоговой плюс 1 день на подготовку документов.\n\n'
            '>\n> Анатолий Смирнов\n\n-- \nЮлия Гринева\nюридическая компания «Право и Дело»')
    exp = ('Анатолий, добрый день! Ответила ниже. Регистрация ООО «под ключ» — 9 900 руб., ИП — 4 500 руб., госпошлина '
           'включена (если подаём электронно, её нет). Договор-оферта на сайте, оплата по счёту. Можно и подписанный '
           'договор — пришлю скан. 3 рабочих дня на регистрацию в налоговой плюс 1 день на подготовку документов.')
    add('human', 'ru', 'pravo-i-delo-inline', 'Thunderbird, format=flowed, answers between the quoted pieces of the question (inline), attribution after the greeting',
        thunderbird(c, ('Юлия Гринева', 'y.grineva@pravo-i-delo.example.ru'), text), exp)

    # 33 -- cleaning company, Zimbra: opening thanks kept, «Спасибо за обращение!» sign-off removed
    c = Ctx('services', 'info@klinpro.example.ru', delay=300)
    b = ('Здравствуйте, Анатолий!\n\nСпасибо, что написали нам!\nУборка офиса: от 45 руб. за кв. м при ежедневной уборке, '
         'генеральная — от 120 руб. за кв. м. Точную цену скажем после бесплатного выезда на объект.\n'
         'Договор типовой, подписываем на месте при выезде или через ЭДО. С момента заявки до первой уборки обычно '
         '3–4 рабочих дня.')
    sig = 'Спасибо за обращение!\nОлег Воронцов\nменеджер «КлинПро»'
    d = c.sent
    zq = ('----- Исходное сообщение -----\n' f'От: "{P_NAME}" <{P_ADDR}>\nКому: "info" <{c.co}>\n'
          f'Отправленные: {RU_WD_FULL[d.weekday()].capitalize()}, {d.day} Декабрь {d.year} г {d:%H:%M:%S}\nТема: {c.subj}\n\n' + c.q)
    plain = b + '\n\n' + sig + '\n\n' + zq + '\n'
    h = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
         + divs(b) + '<div><br></div>' + divs(sig) + '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__">'
         '<div data-marker="__HEADERS__"><b>От: </b>"' + esc(P_NAME) + f'" &lt;{P_ADDR}&gt;<br><b>Кому: </b>"info" &lt;{c.co}&gt;<br>'
         f'<b>Отправленные: </b>{RU_WD_FULL[d.weekday()].capitalize()}, {d.day} Декабрь {d.year} г {d:%H:%M:%S}<br><b>Тема: </b>{esc(c.subj)}<br></div>'
         '<div><br></div><div data-marker="__QUOTED_TEXT__">' + brs(c.q) + '</div></div></body></html>\n')
    part = M('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(h, 'html', 'utf-8', 'quoted-printable')],
             f'=_{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}')
    add('human', 'ru', 'klinpro-zimbra', 'Zimbra web client, "----- Исходное сообщение -----" block, opening «Спасибо, что написали нам!» kept, «Спасибо за обращение!» sign-off removed',
        mail(c, ('Олег Воронцов', 'o.vorontsov@klinpro.example.ru'), part,
             msgid=f'<{R.randrange(10**8, 10**9)}.{R.randrange(10**6, 10**7)}.{int(c.at.timestamp())}{R.randrange(100, 999)}.JavaMail.zimbra@klinpro.example.ru>',
             extra=['X-Mailer: Zimbra 10.0.8_GA_4625 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4625)', 'Thread-Topic: ' + hv(c.subj),
                    'Thread-Index: ' + b64junk(15)[:20]]), b)

    # 34 -- electronics shop via Usedesk with Precedence: bulk and a rating widget after the signature
    c = Ctx('shops', 'help@gadget-punkt.example.ru', delay=95)
    b = ('Здравствуйте, Анатолий!\n\nПункт самовывоза в ТЦ «Северный» работает с 10:00 до 22:00 ежедневно.\nЧтобы оформить '
         'заказ, добавьте товар в корзину и выберите «Самовывоз — ТЦ Северный». Если товар есть на складе магазина, заказ '
         'будет готов через 30 минут.\nДоставка сегодня работает по городу при заказе до 15:00, стоимость от 300 ₽.')
    tk = R.randrange(1200000, 1900000)
    add('human', 'ru', 'gadget-punkt-usedesk', 'Usedesk-like, Precedence: bulk on an agent answer, one-line valediction+brand, rating line after signature, ticket footer',
        desk(c, ('Гаджет-Пункт', 'help@gadget-punkt.example.ru'), b, 'С уважением, Гаджет-Пункт',
             after_sig='Оцените, пожалуйста, ответ: 👍 Хорошо · 👎 Плохо', subj=f'Re: Самовывоз сегодня [#{tk}]',
             top='## Ответьте выше этой строки, чтобы мы получили ваше сообщение ##',
             foot=f'Номер вашего обращения: {tk}.', mid=f'<{hexid(32)}@secure.usedesk.ru>', helo='mail.usedesk.ru',
             extra=['Precedence: bulk']), b)

    # 35 -- answer to a feedback-form probe: plus-address, no In-Reply-To, no quote
    c = Ctx('services', 'sales@kassaoblako.example.ru', delay=150, form=True)
    b = ('Добрый день, Анатолий!\n\nВы оставляли заявку на сайте kassaoblako.example.ru. Отвечаю на ваши вопросы:\n'
         '— тарифы: «Касса» 1 200 ₽/мес, «Касса + ОФД» 1 650 ₽/мес, при оплате за год скидка 10%;\n'
         '— договор: оферта, принимается при оплате счёта, бумажный договор по запросу;\n'
         '— сроки: регистрация кассы в налоговой занимает 1–2 рабочих дня, фискальный накопитель привезём за 3 рабочих дня.\n\n'
         'Если есть вопросы, пишите или звоните.')
    add('human', 'ru', 'kassaoblako-form', 'form probe: plus-address To, new subject, no In-Reply-To/quote; Gmail; "-- " signature with phone',
        gmail(c, ('Николай Веретенников', 'n.veretennikov@kassaoblako.example.ru'), b,
              sig='Николай Веретенников\nКассаОблако\n+7 (863) 077-31-90', quote=False, subj='Ответ на вашу заявку с сайта',
              to=ha(P_NAME, c.to)), b)

    # 36 -- tyre centre, Outlook with an inline logo (multipart/related)
    c = Ctx('shops', 'info@protektor-shina.example.ru', delay=220)
    b = ('Добрый день!\nШиномонтаж и пункт выдачи работают с 8:00 до 20:00, в воскресенье до 18:00.\nЗаказ оформим по '
         'телефону или здесь — напишите размер шин и сезон, подберём по наличию.\nДоставка сегодня по городу бесплатная '
         'при покупке комплекта.')
    cid = f'image001.png@01DB{hexid(4).upper()}.{hexid(8).upper()}'
    blk = outlook_hdrblock(c, 'ru')
    plain = (b + '\n\nС уважением,\nДмитрий\n[cid:' + cid + ']\n\n' + '\n'.join(f'{k} {v}' for k, v in blk) + '\n\n' + c.q + '\n')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' + OUTLOOK_STYLE +
         '</head><body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>\n' + mso(b) +
         '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal>С уважением,<br>Дмитрий<o:p></o:p></p>\n'
         f'<p class=MsoNormal><img width=180 height=48 id="Рисунок_x0020_1" src="cid:{cid}" alt="Протектор"><o:p></o:p></p>\n'
         '<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'><p class=MsoNormal>'
         + '<br>\n'.join(f'<b>{esc(k)}</b> {esc(v)}' for k, v in blk) + '<o:p></o:p></p></div>\n' + mso(c.q) + '\n</div></body></html>\n')
    alt = M('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(h, 'html', 'utf-8', 'quoted-printable')],
            f'_000_{alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}_')
    rel = M('related', [alt, A('image/png', 'image001.png', fake_png(), inline=True, cid=cid)],
            f'_004_{alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}_', params=';\r\n\ttype="multipart/alternative"')
    add('human', 'ru', 'protektor-outlook-logo', 'Outlook, multipart/related with inline logo (cid) in the signature, [cid:…] marker in the plain part',
        mail(c, ('Дмитрий Осипов', 'd.osipov@protektor-shina.example.ru'), rel, subj='RE: ' + c.subj,
             msgid=f'<00{hexid(4)}01db{hexid(4)}${hexid(8)}${hexid(8)}@protektor-shina.example.ru>',
             extra=['X-Mailer: Microsoft Outlook 16.0', 'Content-Language: ru', 'Thread-Index: A' + b64junk(18)[:25]]), b)

    # 37 -- bookstore, Samsung Email
    c = Ctx('shops', 'knigi@knizhnyi-dvorik.example.ru', delay=25)
    b = 'Добрый день. Магазин и выдача заказов до 20:00. Оформить можно на сайте, доставка сегодня только экспресс, 590 руб.'
    d = c.sent
    sq = ('-------- Исходное сообщение --------\n' f'От: {P_NAME} <{P_ADDR}>\nДата: {d:%d.%m.%Y} {d:%H:%M} (GMT+03:00)\n'
          f'Кому: {c.co}\nТема: {c.subj}\n\n' + c.q)
    plain = b + '\n\n\n\nОтправлено с устройства Galaxy\n\n\n' + sq + '\n'
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
         + esc(b) + '</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
         '<div style="font-size:85%;color:#575757" dir="auto">Отправлено с устройства Galaxy</div></div><div dir="auto"><br></div>'
         '<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Исходное сообщение --------</div>'
         f'<div>От: {esc(P_NAME)} &lt;{P_ADDR}&gt; </div><div>Дата: {d:%d.%m.%Y} {d:%H:%M} (GMT+03:00) </div>'
         f'<div>Кому: {c.co} </div><div>Тема: {esc(c.subj)} </div><div><br></div></div>' + divs(c.q) + '</body></html>\n')
    part = M('alternative', [T(plain, 'plain', 'UTF-8', 'base64'), T(h, 'html', 'UTF-8', 'base64')],
             f'--_com.samsung.android.email_{R.randrange(10**14, 10**15)}{R.randrange(10**5, 10**6)}', fold=False)
    add('human', 'ru', 'knizhnyi-dvorik-samsung', 'Samsung Email (Android), base64 alternative, «Отправлено с устройства Galaxy», "-------- Исходное сообщение --------" block',
        mail(c, ('Книжный дворик', 'knigi@knizhnyi-dvorik.example.ru'), part,
             msgid=f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@email.android.com>', order='rev'), b)

    # 38 -- private security company, Outlook plain text, windows-1251, "-----Исходное сообщение-----"
    c = Ctx('services', 'office@chop-bastion.example.ru', delay=1500)
    b = ('Анатолий, добрый день.\nПультовая охрана офиса — от 2 800 руб./мес., физическая охрана (пост 24/7) — от '
         '210 000 руб./мес.\nДоговор заключаем после обследования объекта, сам договор готовим за 2 рабочих дня.')
    add('human', 'ru', 'bastion-outlook-1251', 'Outlook plain-text mode, windows-1251 QP, "-----Исходное сообщение-----", valediction + position before name',
        outlook(c, ('Климов Андрей Викторович', 'klimov@chop-bastion.example.ru'), b,
                sig='С уважением,\nГенеральный директор\nООО ЧОП «Бастион»\nКлимов А.В.\nтел. (831) 041-12-12',
                html=False, cs='windows-1251', old=True, subj='RE: Тарифы и договор'), b, 'windows-1251')

    # 39 -- wardrobe maker answers inline in Gmail
    c = Ctx('shops', 'zakaz@shkaf-kupe-siti.example.ru', delay=185)
    attr = gmail_attr(c, 'ru')
    plain = ('Анатолий, добрый день!\n\n' + attr + '\n\n> Здравствуйте!\n> До скольки работает пункт самовывоза?\n\n'
             'Склад выдаёт до 18:00.\n\n> Помогите оформить заказ!\n\nДа, конечно. Нужны размеры шкафа и цвет фасадов.\n\n'
             '> Мне нужно организовать доставку сегодня.\n\nСегодня только готовые модели из наличия, под заказ — от 5 дней.\n\n'
             '-- \nШкаф-Купе Сити\n')
    h = ('<div dir="ltr">Анатолий, добрый день!</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
         + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
         'Здравствуйте!<br>До скольки работает пункт самовывоза?</blockquote><div><br></div><div>Склад выдаёт до 18:00.</div><div><br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
         'Помогите оформить заказ!</blockquote><div><br></div><div>Да, конечно. Нужны размеры шкафа и цвет фасадов.</div><div><br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
         'Мне нужно организовать доставку сегодня.</blockquote><div><br></div><div>Сегодня только готовые модели из наличия, под заказ '
         '— от 5 дней.</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Шкаф-Купе Сити</div></div>\n')
    exp = ('Анатолий, добрый день! Склад выдаёт до 18:00. Да, конечно. Нужны размеры шкафа и цвет фасадов. Сегодня только '
           'готовые модели из наличия, под заказ — от 5 дней.')
    part = M('alternative', [T(plain, 'plain', 'UTF-8', 'base64'), T(h, 'html', 'UTF-8', 'base64')], '000000000000' + hexid(16), fold=False)
    add('human', 'ru', 'shkaf-kupe-gmail-inline', 'Gmail, inline answers between blockquotes (plain ">" and HTML blockquote), attribution after greeting',
        mail(c, ('Шкаф-Купе Сити', 'zakaz@shkaf-kupe-siti.example.ru'), part, msgid=f'<CA{alnum(42)}@mail.gmail.com>',
             helo=f'mail-lj1-f{R.randrange(40, 200)}.google.com'), exp)

    # 40 -- auto parts, Roundcube, ISO-date attribution
    c = Ctx('shops', 'sklad@avtozapchast74.example.ru', delay=83, tzh=5)
    b = ('Добрый день!\nСамовывоз со склада на Свердловском тракте, 5 — с 9 до 18, в сб до 15.\nЗаказ могу оформить сам, '
         'нужен VIN автомобиля и список деталей.\nДоставка сегодня по Челябинску — да, если оформим до 14:00.')
    text = b + '\n\n-- \nМаксим\nАвтоЗапчасть-74\n\n' + f'{P_NAME} писал {c.sent:%Y-%m-%d %H:%M}:\n' + q(c.q) + '\n'
    add('human', 'ru', 'avtozapchast-roundcube', 'Roundcube Webmail 1.6, format=flowed 8bit, «писал 2026-12-07 11:02:» attribution, +0500',
        mail(c, ('Максим', 'sklad@avtozapchast74.example.ru'), T(flow(text), 'plain', 'UTF-8', '8bit', quoted=False, params=';\r\n format=flowed'),
             msgid=f'<{hexid(32)}@avtozapchast74.example.ru>',
             extra=['User-Agent: Roundcube Webmail/1.6.9', 'X-Sender: sklad@avtozapchast74.example.ru']), b)

    # 41 -- fishing shop bottom-posts in Thunderbird
    c = Ctx('shops', 'shop@klevoe-mesto.example.ru', delay=460)
    b = 'Здравствуйте, Анатолий!\nРаботаем до 19:00. Что нужно заказать? Напишите, я соберу и отправлю курьером сегодня же.'
    add('human', 'ru', 'klevoe-mesto-bottom', 'Thunderbird, bottom-posting (quote first, answer below), not flowed, "-- " signature',
        thunderbird(c, ('Геннадий', 'shop@klevoe-mesto.example.ru'), tb_text(c, 'ru', b, 'Геннадий, «Клёвое место»', bottom=True), flowed=False), b)

    # 42 -- myMail for iOS, short
    c = Ctx('shops', 'vse-dlya-doma@myasnaya-lavka.example.ru', delay=7)
    b = 'Анатолий, добрый! Ждём до 19. Заказ оформим на месте, доставка сегодня тоже ок.'
    d = c.sent
    text = (b + '\n\n\nОтправлено из myMail для iOS\n\n\n'
            f'{RU_WD_FULL[d.weekday()].capitalize()}, {d.day} декабря 2026, {d:%H:%M} +0300 от {P_ADDR}:\n' + q(c.q, '>') + '\n')
    add('human', 'ru', 'myasnaya-lavka-mymail', 'myMail for iOS, plain QP, device line, attribution «от address:», ">" quoting without space',
        mail(c, ('Мясная лавка', 'vse-dlya-doma@myasnaya-lavka.example.ru'), T(text, 'plain', 'utf-8', 'quoted-printable'),
             msgid=f'<{int(c.at.timestamp())}.{R.randrange(10**5, 10**6)}@mymail.example.ru>', to=P_ADDR,
             extra=['X-Mailer: myMail for iOS (14.98.0)']), b)


def humans_en():
    # 1 -- plant shop, Gmail, closing pleasantry kept
    c = Ctx('shops', 'hello@greenleaf-plants.example', delay=55)
    b = ('Hi Anatoly,\n\nThanks for your message! Our pickup point at 12 Harbour Lane is open until 8 pm today (Mon–Sat '
         '9 am – 8 pm, Sun 10 am – 5 pm).\n\nYou can place the order on our website and choose "Click & Collect", or just '
         "reply with the plants you'd like and I'll set the order up for you. Same-day delivery is available for orders "
         "placed before 2 pm; it's ₽490 within the city.\n\nHope this helps!")
    add('human', 'en', 'greenleaf-gmail', 'Gmail (Workspace), base64 alternative, "Hope this helps!" before the valediction, sign-off without "--", narrow no-break space in the attribution',
        gmail(c, ('Emma Hughes', 'emma@greenleaf-plants.example'), b, sig='Best,\nEmma\nGreenLeaf Plant Shop', lang='en',
              sigdash=False, nnbsp=True), b)

    # 2 -- SaaS via Help Scout
    c = Ctx('services', 'support@tasklane.example', delay=120, tzh=-5)
    b = ('Hi Anatoly,\n\nThanks for reaching out! Our plans are:\n\n- Starter: $12 per user/month\n- Team: $24 per user/month '
         '(adds integrations and reporting)\n- Enterprise: custom pricing, annual contract\n\nFor Starter and Team there\'s no '
         'separate contract: you accept our Terms of Service when you subscribe online, and it takes about 5 minutes. If your '
         'company needs a signed agreement or an invoice-based order, we can do that on the Team and Enterprise plans; legal '
         'review on our side usually takes 3–5 business days.\n\nLet me know if you\'d like me to set up a trial workspace.')
    add('human', 'en', 'tasklane-helpscout', 'Help Scout (helpscout.net Message-ID), opening thanks kept, dash list, USD prices, "Cheers," sign-off, quoted history, -0500',
        desk(c, ('Liam Carter', 'support@tasklane.example'), b, 'Cheers,\nLiam Carter\nCustomer Success, Tasklane', lang='en',
             irt=True, mid=f'<reply-{R.randrange(10**8, 10**9)}-{R.randrange(10**9, 10**10)}-{R.randrange(1000, 9999)}@helpscout.net>',
             helo='mail.helpscout.net', reply_to='"Tasklane" <support@tasklane.example>'), b)

    # 3 -- store builder via Intercom, emoji, lone "Kate from X"
    c = Ctx('services', 'team@pixelcart.example', delay=18)
    b = ('Hey Anatoly 👋\n\nOur plans start at ₽1,490/month (Basic) and ₽3,900/month (Pro, with unlimited products and a '
         'custom domain). Payment processing fees are separate, 2.5% per transaction.\n\nThere\'s no paper contract — our '
         'public offer is accepted when you pay the first invoice, and you can be live the same day. If you need a contract '
         'for your accountant, we can send one via EDI within 2 business days.')
    add('human', 'en', 'pixelcart-intercom', 'Intercom conversation mail (intercom-mail.com Message-ID), emoji greeting, "Kate from Pixelcart" line, "We run on Intercom" footer, no quote',
        desk(c, ('Kate from Pixelcart', 'team@pixelcart.example'), b, 'Kate from Pixelcart', lang='en', hist=False,
             foot='We run on Intercom',
             mid=f'<conversation_{R.randrange(10**11, 10**12)}_{hexid(12)}@intercom-mail.com>', helo='mail.intercom-mail.com',
             reply_to=f'"Pixelcart" <reply+{hexid(24)}@pixelcart.example>'), b)

    # 4 -- payments via Freshdesk
    c = Ctx('services', 'merchants@payvera.example', delay=380)
    tk = R.randrange(5000, 9999)
    b = ('Dear Anatoly,\n\nThank you for your interest in Payvera. Our standard pricing for merchants in Russia is 2.9% per '
         'successful card payment with no monthly fee. For volumes above ₽2M per month we offer custom rates.\n\nTo sign the '
         'contract, please complete the onboarding form in your dashboard; our compliance team reviews it within 2 business '
         'days, after which the agreement is signed electronically.')
    d = c.sent
    add('human', 'en', 'payvera-freshdesk', 'Freshdesk agent reply, subject "Re: [#N] …", freshdesk.com Message-ID, "Kind regards," sign-off, freshdesk_quote attribution',
        desk(c, ('Payvera Merchant Support', 'merchants@payvera.example'), b, 'Kind regards,\nSofia Marsh\nMerchant Support', lang='en',
             subj=f'Re: [#{tk}] {c.subj}', hist_attr=f'On {d:%a}, {d.day} {d:%b} at {h12(d)} , {P_NAME} <{P_ADDR}> wrote:',
             mid=f'<{hexid(24)}.{tk}@payvera.freshdesk.com>', helo='mail.freshemail.io',
             extra=[f'X-Freshdesk-Ticket-Id: {tk}']), b)

    # 5 -- electronics shop via Zendesk (English)
    c = Ctx('shops', 'help@voltbay.example', delay=68)
    b = ('Hi Anatoly,\n\nOur pickup point in the VoltBay store is open until 9 pm every day. I can place the order for you if '
         'you send me the product links, and if it\'s confirmed before 3 pm we can deliver it today for ₽390.')
    add('human', 'en', 'voltbay-zendesk', 'Zendesk (English), agent reply with Auto-Submitted, "##- Please type your reply above this line -##", comment table, footer, tag',
        zendesk(c, 'en', 'VoltBay Support', 'help@voltbay.example', R.randrange(100000, 200000), 'Oliver (VoltBay)', b,
                'Best regards,\nOliver\nVoltBay Support'), b)

    # 6 -- freight via Jira Service Management (English)
    c = Ctx('services', 'support@northwind-freight.example', delay=600, tzh=1)
    b = ('Hello Anatoly,\n\nOur rates for domestic LTL freight start at ₽38 per kg (minimum charge ₽2,500); FTL quotes are '
         'per route. The contract is a framework agreement we sign via EDI; onboarding including credit check takes 4 '
         'business days.')
    add('human', 'en', 'northwind-jira', 'Jira Service Management (en), "Reply above this line.", "<agent> commented:", Regards sign-off, portal footer, Precedence: bulk',
        jira(c, 'en', 'Northwind Help Center', 'support@northwind-freight.example', f'NWF-{R.randrange(100, 999)}', 'Nathan Price',
             b, 'Regards,\nNathan Price'), b)

    # 7 -- furniture wholesaler, Outlook (English), disclaimer
    c = Ctx('shops', 'trade@oak-and-iron.example', delay=300, tzh=0)
    b = ('Dear Anatoly,\n\nThank you for your enquiry.\n\nOur warehouse collection point is open Monday to Friday from 8:00 '
         'to 17:00. Please note we are a wholesale supplier, so orders start at 10 items; I am happy to prepare an order '
         'for you if you send me the item codes.\n\nSame-day delivery is not possible for wholesale orders; the earliest '
         'delivery slot is the next working day.')
    add('human', 'en', 'oak-iron-outlook', 'Outlook desktop (en), HTML+plain QP, "Kind regards," with blank line before the name, footer disclaimer, From/Sent/To/Subject block',
        outlook(c, ('Rachel Turner', 'rachel.turner@oak-and-iron.example'), b, lang='en',
                sig='Kind regards,\n\nRachel Turner\nSales Coordinator | Oak & Iron Trading Ltd.\nT: +44 20 7946 0321',
                disclaimer='This e-mail and any attachments are confidential and intended solely for the addressee. If you '
                           'have received it in error, please notify the sender and delete it. Oak & Iron Trading Ltd. is '
                           'registered in England and Wales.'), b)

    # 8 -- coffee roaster, iPhone, short
    c = Ctx('shops', 'roastery@bean-there.example', delay=7)
    b = "Hi Anatoly, we're open till 6 today. Happy to put the order together – just tell me what beans you'd like."
    add('human', 'en', 'bean-there-iphone', 'iPhone Mail (en), QP, one-paragraph answer, "Sent from my iPhone", quoted attribution',
        apple(c, ('Josh', 'roastery@bean-there.example'), b, lang='en'), b)

    # 9 -- bike shop, K-9 Mail, two words
    c = Ctx('shops', 'shop@corner-bikes.example', delay=25)
    b = 'Until 7.'
    d = c.sent
    text = (b + '\n-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.\n\n'
            f'On December {d.day}, 2026 {h12(d)[:-3]}:{d:%S} {h12(d)[-2:]} GMT+03:00, {P_NAME} <{P_ADDR}> wrote:\n' + q(c.q) + '\n')
    add('human', 'en', 'corner-bikes-k9', 'K-9 Mail (Android), text/plain, two-word answer, "-- " + device line, K-9 attribution',
        mail(c, ('Corner Bikes', 'shop@corner-bikes.example'), T(text, 'plain', 'utf-8', 'quoted-printable'),
             msgid=f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@corner-bikes.example>',
             extra=['User-Agent: K-9 Mail for Android']), b)

    # 10 -- cloud hosting answers inline in Thunderbird
    c = Ctx('services', 'sales@nimbus-cloud.example', delay=150)
    attr = tb_attr(c, 'en')
    text = ('Hi Anatoly,\n\nanswers inline.\n\n' + attr + '\n> Добрый день!\n> Какие у вас тарифы,\n\n'
            'VPS plans start at ₽450/month (1 vCPU, 2 GB RAM); dedicated servers from ₽7,900/month.\n\n'
            '> как заключить договор\n\nIndividuals accept the online offer; companies can request a signed contract through EDI.\n\n'
            '> и сколько времени это займёт?\n\nThe online offer is instant. A signed contract takes 2 business days.\n\n'
            '-- \nMarcus Webb\nNimbus Cloud Sales')
    exp = ('Hi Anatoly, answers inline. VPS plans start at ₽450/month (1 vCPU, 2 GB RAM); dedicated servers from ₽7,900/month. '
           'Individuals accept the online offer; companies can request a signed contract through EDI. The online offer is '
           'instant. A signed contract takes 2 business days.')
    add('human', 'en', 'nimbus-inline', 'Thunderbird (en), format=flowed, inline answers between pieces of the Russian question',
        thunderbird(c, ('Marcus Webb', 'marcus@nimbus-cloud.example'), text, lang='en'), exp)

    # 11 -- bookkeeping, mutt, bottom-posted
    c = Ctx('services', 'hello@ledgerly.example', delay=1700, tzh=2)
    b = ('Hello Anatoly,\n\nOur bookkeeping plans are ₽6,000/month (up to 40 transactions) and ₽11,000/month (up to 150). '
         'We sign a service agreement by e-signature, usually within 3 business days of your request.')
    text = f'* {P_NAME} <{P_ADDR}> [{c.sent:%Y-%m-%d %H:%M}]:\n' + q(c.q) + '\n\n' + b + '\n\n-- \nAnn Fielding, Ledgerly\n'
    add('human', 'en', 'ledgerly-mutt-bottom', 'Mutt, bottom-posted under the quote, text/plain 8bit, "-- " signature, next-day',
        mail(c, ('Ann Fielding', 'ann@ledgerly.example'), T(text, 'plain', 'utf-8', '8bit', quoted=False, extra=['Content-Disposition: inline']),
             msgid=f'<{c.at:%Y%m%d%H%M%S}.GB{R.randrange(1000, 9999)}@ledgerly.example>', extra=['User-Agent: Mutt/2.2.13 (2024-03-09)']), b)

    # 12 -- packaging wholesaler, Outlook for Mac, bullets, attachment
    c = Ctx('shops', 'trade@packright.example', delay=95, tzh=0)
    b = ('Hi Anatoly,\n\nThanks for getting in touch. A few points:\n\n• Trade counter (pickup) hours: 7:30 am – 4:00 pm, Mon–Fri.\n'
         '• To place an order, send us your company details and the SKUs; we\'ll open a trade account the same day.\n'
         '• Same-day delivery is available within the city for orders confirmed by 11 am. Today\'s cut-off has passed, so '
         'the earliest would be tomorrow morning.\n• Minimum order value is ₽5,000.\n\nI\'ve attached our current price list for reference.')
    add('human', 'en', 'packright-outlook-mac', 'Outlook for Mac, bullets, PDF attachment, "Best wishes," sign-off, From/Date/To/Subject block',
        outlook(c, ('Tom Hargreaves', 'tom.h@packright.example'), b, lang='en', mac=True,
                sig='Best wishes,\nTom Hargreaves\nTrade Sales\nPackRight Supplies',
                attach=[A('application/pdf', 'PackRight price list Dec 2026.pdf', fake_pdf())], subj='Re: ' + c.subj), b)

    # 13 -- stationery shop, Spark, partial
    c = Ctx('shops', 'hi@little-paper.example', delay=220)
    b = "Hi! Our hours are 9am till 6pm, Mon to Sat."
    d = c.sent
    text = b + '\n\nSent with Spark\n\n' + f'On {d.day} {d:%b} {d.year}, {d:%H:%M} +0300, {P_NAME} <{P_ADDR}>, wrote:\n' + q(c.q) + '\n'
    h = (f'<html><head></head><body><div dir="auto">{esc(b)}</div><div dir="auto"><br></div><div dir="auto">Sent with '
         f'<a href="https://sparkmailapp.example/">Spark</a></div><div class="gmail_quote"><div dir="auto">On {d.day} {d:%b} {d.year}, '
         f'{d:%H:%M} +0300, {esc(P_NAME)} &lt;{P_ADDR}&gt;, wrote:</div><blockquote type="cite">{brs(c.q)}</blockquote></div></body></html>\n')
    part = M('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(h, 'html', 'utf-8', 'quoted-printable')], f'{hexid(8)}_{hexid(8)}_{hexid(4)}')
    add('human', 'en', 'little-paper-spark', 'Spark (iOS), partial answer (hours only), "Sent with Spark", Spark attribution',
        mail(c, ('Little Paper Co.', 'hi@little-paper.example'), part, msgid=f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@Spark>'), b)

    # 14 -- pharmacy, Gmail, answers and also gives a phone
    c = Ctx('shops', 'orders@carepoint-pharmacy.example', delay=41)
    b = ('Hello Anatoly,\n\nOur pickup counter is open 24 hours. You can order through our app or website, and same-day '
         "delivery is available until 10 pm. If it's easier, you can also call us at +1 555 0142 and we'll place the order "
         'over the phone.')
    add('human', 'en', 'carepoint-gmail', 'Gmail (en), full answer that also offers a phone number (not a redirect), "Thanks," sign-off',
        gmail(c, ('Priya Nair', 'priya@carepoint-pharmacy.example'), b, sig='Thanks,\nPriya\nCarePoint Pharmacy', lang='en', sigdash=False), b)

    # 15 -- florist, Outlook for iOS
    c = Ctx('shops', 'hello@bloom-and-stem.example', delay=34)
    b = "Hi Anatoly, yes, we can do same-day delivery if you order by 4pm. Pickup is open until 7pm. I'll send you a link to order."
    d = c.sent
    oq = ('________________________________\n' f'From: {P_NAME} <{P_ADDR}>\nSent: {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} '
          f'{d.day}, {d.year} {h12(d)[:-3]}:{d:%S} {h12(d)[-2:]}\nTo: {c.co} <{c.co}>\nSubject: {c.subj}\n\n' + c.q)
    plain = b + '\n\nGet Outlook for iOS<https://aka.example/o0ukef>\n' + oq + '\n'
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
         + esc(b) + '</div><div dir="ltr"><br></div><div id="ms-outlook-mobile-signature"><div dir="ltr">Get '
         '<a href="https://aka.example/o0ukef">Outlook for iOS</a></div></div><div id="mail-editor-reference-message-container">'
         '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> ' + esc(P_NAME) +
         f' &lt;{P_ADDR}&gt;<br><b>Sent:</b> {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {h12(d)}<br>'
         f'<b>To:</b> {c.co}<br><b>Subject:</b> {esc(c.subj)}</div><div><br></div>' + divs(c.q) + '</div></body></html>\n')
    part = M('alternative', [T(plain, 'plain', 'utf-8', 'base64'), T(h, 'html', 'utf-8', 'base64')], f'_000_{alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}_')
    add('human', 'en', 'bloom-stem-outlook-ios', 'Outlook for iOS, base64 alternative, "Get Outlook for iOS" device line, underscore divider + header block',
        mail(c, ('Chloe Martin', 'chloe@bloom-and-stem.example'), part, subj='Re: ' + c.subj,
             msgid=f'<{alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}@{alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}.eurprd04.prod.outlook.example>',
             extra=['x-ms-exchange-messagesentrepresentingtype: 1', 'Content-Language: en-GB']), b)

    # 16 -- logistics SaaS, Thunderbird flowed, long
    c = Ctx('services', 'sales@routewise.example', delay=1500)
    b = ('Hello Anatoly,\n\nThank you for your interest in Routewise. Pricing depends on the number of vehicles you plan routes '
         'for: ₽1,200 per vehicle per month up to 20 vehicles, ₽950 per vehicle from 21 to 100, and a custom quote above that. '
         'The driver app is included; the API costs ₽8,000 per month extra.\n\nHow the contract works: we send you a '
         'subscription agreement and an order form, you return them signed (scan or EDI), and we invoice for the first '
         'month. From your "yes" to a working account is usually 3 business days, including a training session for your '
         'dispatchers.\n\nIf you tell me roughly how many vehicles you have, I can prepare an exact quote.')
    add('human', 'en', 'routewise-thunderbird', 'Thunderbird (en), format=flowed long paragraphs, "-- " signature, quoted question below',
        thunderbird(c, ('Elena Petrova-Wright', 'elena@routewise.example'),
                    tb_text(c, 'en', b, 'Elena Petrova-Wright\nAccount Executive, Routewise'), lang='en'), b)

    # 17 -- payments, HTML only with a pricing table
    c = Ctx('services', 'sales@tillpoint.example', delay=260)
    h = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><style>td{padding:6px 10px;border-bottom:1px solid #eee}</style></head>\n'
         '<body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n<p>Hi Anatoly,</p>\n<p>Here is our pricing:</p>\n'
         '<table cellspacing="0"><thead><tr><th align="left">Plan</th><th align="left">Fee per payment</th><th align="left">Monthly</th></tr></thead>\n'
         '<tbody><tr><td>Start</td><td>2.8%</td><td>&#8381;0</td></tr>\n<tr><td>Growth</td><td>2.2% + &#8381;10</td><td>&#8381;2,900</td></tr>\n'
         '<tr><td>Scale</td><td colspan="2">custom</td></tr></tbody></table>\n'
         '<p>To sign up, submit the application on our site; the contract is signed electronically once KYC is complete, '
         'which typically takes 3 business days.</p>\n<p>Best,<br>Daniel<br>Tillpoint Payments</p>\n'
         f'<div style="color:#888">On {c.sent:%a, %b} {c.sent.day}, {c.sent.year} at {h12(c.sent)} {esc(P_NAME)} wrote:</div>\n'
         f'<blockquote>{brs(c.q)}</blockquote></div></body></html>\n')
    exp = ('Hi Anatoly, Here is our pricing: Plan Fee per payment Monthly Start 2.8% ₽0 Growth 2.2% + ₽10 ₽2,900 Scale custom '
           'To sign up, submit the application on our site; the contract is signed electronically once KYC is complete, '
           'which typically takes 3 business days.')
    add('human', 'en', 'tillpoint-html-table', 'text/html only base64, pricing <table> with thead/colspan, &#8381; entities, "Best," sign-off in a <p>',
        mail(c, ('Daniel Brooks', 'daniel@tillpoint.example'), T(h, 'html', 'UTF-8', 'base64'), msgid=f'<{hexid(20)}@tillpoint.example>'), exp)

    # 18 -- home goods, Gmail, answer above a forwarded warehouse note
    c = Ctx('shops', 'shop@hearth-home.example', delay=120)
    top = ('Hi Anatoly,\n\nI checked with our warehouse (their note below): pickup is open until 6 pm today and your order can be '
           "ready in an hour. Reply with the item and quantity and I'll book it.")
    t1 = c.sent + dt.timedelta(minutes=75)
    fwd = ('---------- Forwarded message ---------\nFrom: Warehouse <warehouse@hearth-home.example>\n'
           f'Date: {t1:%a}, {t1:%b} {t1.day}, {t1.year} at {h12(t1)}\nSubject: Re: pickup today?\nTo: Lena <lena@hearth-home.example>\n\n'
           'Yes, until 6 today. Anything in stock can be ready in 1 hour. No van today though, earliest delivery tomorrow 10-2.')
    plain = top + '\n\nLena\n\n' + fwd + '\n'
    h = ('<div dir="ltr">' + divs(top) + '<div><br></div><div>Lena</div><div><br></div><div class="gmail_quote">'
         '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">'
         'Warehouse</strong> <span dir="auto">&lt;warehouse@hearth-home.example&gt;</span><br>'
         f'Date: {t1:%a}, {t1:%b} {t1.day}, {t1.year} at {h12(t1)}<br>Subject: Re: pickup today?<br>To: Lena &lt;lena@hearth-home.example&gt;<br></div>'
         '<br><br><div>Yes, until 6 today. Anything in stock can be ready in 1 hour. No van today though, earliest delivery tomorrow 10-2.</div></div></div>\n')
    part = M('alternative', [T(plain, 'plain', 'UTF-8', '7bit'), T(h, 'html', 'UTF-8', 'quoted-printable')], '000000000000' + hexid(16), fold=False)
    add('human', 'en', 'hearth-home-forward', 'Gmail (en), answer on top of a forwarded internal message ("---------- Forwarded message ---------") holding other facts, lone name',
        mail(c, ('Lena Ortiz', 'lena@hearth-home.example'), part, msgid=f'<CA{alnum(42)}@mail.gmail.com>',
             helo=f'mail-ej1-f{R.randrange(40, 200)}.google.com'), top)

    # 19 -- e-signature SaaS via Zoho Desk
    c = Ctx('services', 'support@quillmark.example', delay=900, tzh=5)
    tk = R.randrange(10000, 19999)
    b = ('Hi Anatoly,\n\nOur e-signature plans are ₽690/month per sender (Essentials) and ₽1,490/month (Business, with '
         "templates and API). You can sign up online and start right away; the subscription agreement is accepted at "
         "checkout, so there's no waiting period.")
    d = c.sent
    add('human', 'en', 'quillmark-zohodesk', 'Zoho Desk-like reply, subject "Re:[## N ##] …", Zoho "---- On … wrote ----" quote header, Regards sign-off',
        desk(c, ('Quillmark Support', 'support@quillmark.example'), b, 'Regards,\nHannah\nQuillmark Support', lang='en',
             subj=f'Re:[## {tk} ##] {c.subj}', hist_attr=f'---- On {rfcdate(d)} {P_NAME}<{P_ADDR}> wrote ----',
             mid=f'<{R.randrange(10**17, 10**18)}.{tk}@zohodesk.example>', helo='sender.zohodesk.example'), b)

    # 20 -- pet shop, typos, Samsung
    c = Ctx('shops', 'petcorner@pet-corner.example', delay=3)
    b = 'hi, yes we r open till 9 tonite. u can order on the site & pick up today, or we deliver after 5'
    d = c.sent
    text = (b + '\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\n' f'From: {P_NAME} <{P_ADDR}>\n'
            f'Date: {d:%m/%d/%y} {h12(d)} (GMT+03:00)\nTo: {c.co}\nSubject: {c.subj}\n\n' + c.q + '\n')
    add('human', 'en', 'pet-corner-samsung', 'Samsung Email, text/plain base64, lower case and text-speak, "Sent from my Galaxy", "-------- Original message --------"',
        mail(c, ('Pet Corner', 'petcorner@pet-corner.example'), T(text, 'plain', 'UTF-8', 'base64'),
             msgid=f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@email.android.com>'), b)

    # 21 -- coworking, Gmail: opening thanks kept, "Cheers," sign-off
    c = Ctx('services', 'hello@hive-cowork.example', delay=83)
    b = ('Hi Anatoly,\n\nThanks for reaching out! Hot desks are ₽9,500/month and fixed desks ₽14,000/month; private offices '
         'start at ₽48,000/month. We sign a standard membership agreement — it can be done online and you can move in '
         'within 2 business days.')
    add('human', 'en', 'hive-gmail', 'Gmail (en), QP, "Thanks for reaching out!" opener kept, "Cheers," + "Name | Company" signature',
        gmail(c, ('Mia Lopez', 'mia@hive-cowork.example'), b, sig='Cheers,\nMia | Hive Coworking', lang='en', sigdash=False,
              cte='quoted-printable'), b)

    # 22 -- shoe shop helpdesk: a real answer with a "do not reply, use the chat" footer
    c = Ctx('shops', 'care@urban-sole.example', delay=150)
    b = ('Hi Anatoly,\n\nOur store pickup desk is open 10 am – 9 pm. Place your order online, choose "Pick up in store" and '
         "it'll be ready within 2 hours. Same-day courier delivery is available until 3 pm for ₽350.")
    add('human', 'en', 'urban-sole-desk', 'e-commerce helpdesk (Gorgias-like), real answer + "Please do not reply… use the chat" footer, Auto-Submitted, "Thanks," sign-off',
        desk(c, ('Urban Sole', 'care@urban-sole.example'), b, 'Thanks,\nJordan from Urban Sole', lang='en',
             foot='Please do not reply to this email. To continue the conversation, use the chat on our website.',
             mid=f'<{hexid(32)}@mail.urban-sole.example>', extra=['Auto-Submitted: auto-generated'], irt=True), b)

    # 23 -- yarn shop, Apple Mail (macOS), curly quotes and dashes, QP
    c = Ctx('shops', 'fiona@thistle-thread.example', delay=460, tzh=0)
    b = ('Hi Anatoly —\n\nWe’re open until 5:30 pm today, and you’re welcome to collect from the shop. If you let me know which '
         'yarns you’d like (colour + weight), I’ll pop them aside and send you a payment link. Same‑day delivery isn’t '
         'something we can offer, I’m afraid — it’s just me and the post office!')
    add('human', 'en', 'thistle-applemail', 'Apple Mail (macOS), QP alternative, typographic apostrophes/em dashes/non-breaking hyphen, "Warmly," sign-off',
        apple(c, ('Fiona Reid', 'fiona@thistle-thread.example'), b, sig='Warmly,\nFiona', lang='en', iphone=False, html=True), b)

    # 24 -- payroll SaaS, Gmail with "-- " signature
    c = Ctx('services', 'sales@paynest.example', delay=185)
    b = ('Hello Anatoly,\n\nPayNest costs ₽250 per employee per month, minimum ₽2,500. The contract is a standard SaaS '
         'agreement signed by e-signature; setup including data import takes 5 business days.')
    add('human', 'en', 'paynest-gmail', 'Gmail (en), base64, "-- " signature delimiter without valediction',
        gmail(c, ('Grace Lin', 'grace@paynest.example'), b, sig='Grace Lin\nPayNest Sales', lang='en'), b)

    # 25 -- bookshop, Roundcube (en), "Best," + lone name
    c = Ctx('shops', 'books@fernwood-books.example', delay=68)
    b = ("Hi Anatoly,\n\nThe shop is open until 7 pm. Give me the titles and I'll reserve them; we can also send a courier "
         'today if you order before 4.')
    text = b + '\n\nBest,\nSam\n\n' + f'On {c.sent:%Y-%m-%d %H:%M}, {P_NAME} wrote:\n' + q(c.q) + '\n'
    add('human', 'en', 'fernwood-roundcube', 'Roundcube (en), format=flowed, ISO-date attribution, "Best," + lone name',
        mail(c, ('Sam Cole', 'books@fernwood-books.example'), T(flow(text), 'plain', 'US-ASCII' if text.isascii() else 'UTF-8', '8bit',
             quoted=False, params='; format=flowed'), msgid=f'<{hexid(32)}@fernwood-books.example>',
             extra=['User-Agent: Roundcube Webmail/1.6.9']), b)

    # 26 -- furniture maker, Apple Mail with HTML, lone name + workshop
    c = Ctx('shops', 'ben@alder-workshop.example', delay=1150)
    b = ('Hi Anatoly,\nThanks for your note. Our workshop showroom is open until 6 pm. Most pieces are made to order (3–4 weeks), '
         "but there are a few ready items you could collect today. Same-day delivery isn't possible for furniture, sorry.")
    add('human', 'en', 'alder-applemail', 'Apple Mail (iPhone) with HTML alternative, opening thanks kept, lone name + workshop lines, next-day answer',
        apple(c, ('Ben Alder', 'ben@alder-workshop.example'), b, sig='Ben\nAlder Workshop', lang='en', html=True), b)

    # 27 -- marketing automation, HubSpot-like sales mail
    c = Ctx('services', 'info@funnelhive.example', delay=2900, tzh=-8)
    b = ('Hi Anatoly,\n\nGreat question! Our Starter plan is ₽4,900/month for up to 1,000 contacts; Professional is '
         '₽19,000/month. We can sign either an online subscription or a paper contract. A paper contract usually takes 5 '
         'business days with both legal teams.')
    add('human', 'en', 'funnelhive-hubspot', 'HubSpot-like sales mail, HTML+plain, tracking pixel, "Best," + title signature, -0800, two days later',
        desk(c, ('Chris Doyle', 'chris.doyle@funnelhive.example'), b, 'Best,\nChris Doyle\nAccount Executive, Funnelhive', lang='en',
             after_sig='Book a meeting with me: https://meetings.funnelhive.example/chris-doyle', irt=True,
             mid=f'<{R.randrange(10**12, 10**13)}.{hexid(8)}@funnelhive.example>', helo=f'o{R.randrange(1, 60)}.mail.hubspotemail.example',
             extra=['X-HubSpot-Tracking: ' + hexid(16)]), b)

    # 28 -- tea importer answers in English, apologising for not speaking Russian
    c = Ctx('shops', 'orders@ceylon-leaf.example', delay=380, tzh=5)
    b = ('Hello Anatoly,\n\nSorry, I don\'t speak Russian, so I\'m answering in English — I hope that\'s OK. We are a wholesale '
         'tea importer; our collection point is open until 5 pm on weekdays. I can place the order for you today if you send '
         'the list, but same-day delivery is only possible within the city centre.')
    add('human', 'en', 'ceylon-leaf-gmail', 'Gmail (en) answering a Russian question in English with an apology, "Best regards," signature block, +0500',
        gmail(c, ('Anil Perera', 'anil@ceylon-leaf.example'), b, sig='Best regards,\nAnil Perera\nCeylon Leaf Imports', lang='en',
              sigdash=False), b)


def redirects_ru():
    # 1 -- call us, Gmail
    c = Ctx('shops', 'gorn@kovka-gorn.example.ru', delay=25)
    b = 'Позвоните нам: +7 (812) 055-01-23.'
    add('redirect', 'ru', 'kovka-gorn-gmail', 'Gmail, one-line "call us" with a phone, no greeting, "-- " signature',
        gmail(c, ('Кузня Горн', 'gorn@kovka-gorn.example.ru'), b, sig='Художественная ковка «Горн»'), b)

    # 2 -- a bare phone number from an iPhone
    c = Ctx('shops', 'info@santa-tekh.example.ru', delay=12)
    b = '+7 (495) 000-47-18'
    add('redirect', 'ru', 'santa-tekh-iphone', 'iPhone Mail, the whole answer is a phone number, device line',
        apple(c, ('Алексей', 'info@santa-tekh.example.ru'), b), b)

    # 3 -- WhatsApp, mentions placing the order there
    c = Ctx('shops', 'kuhni-yug@kuhni-yug.example.ru', delay=55)
    b = 'Здравствуйте! Напишите нам в WhatsApp +7 (918) 044-20-30, там быстрее ответим и оформим заказ.'
    add('redirect', 'ru', 'kuhni-yug-whatsapp', 'Mail.ru web, redirect to WhatsApp that contains «оформим заказ» (boundary), studio signature',
        mailru(c, ('Кухни Юг', 'kuhni-yug@kuhni-yug.example.ru'), b, sig='Студия «Кухни Юг»'), b)

    # 4 -- Telegram bot only
    c = Ctx('shops', 'shop@dacha-sad.example.ru', delay=150)
    b = ('Добрый день!\nЗаказы принимаем только через наш Telegram-бот @dacha_sad_bot — там же актуальные часы работы '
         'пунктов выдачи.')
    add('redirect', 'ru', 'dacha-sad-telegram', 'Yandex Mail web, text/html only, redirect to a Telegram bot; hours "are there" (no own facts)',
        yandex(c, ('Дача и сад', 'shop@dacha-sad.example.ru'), b, sig='Команда «Дача и сад»'), b)

    # 5 -- marketplace seller
    c = Ctx('shops', 'rybkin-dom@rybkin-dom.example.ru', delay=260)
    b = ('Добрый день! Мы продаём только через маркетплейс «Полка», свой пункт самовывоза не держим. Наш магазин на '
         'площадке: polka.example/seller/rybkin-dom. Условия самовывоза и доставки — по правилам маркетплейса, посмотреть '
         'их можно в карточке товара.')
    add('redirect', 'ru', 'rybkin-dom-marketplace', 'Gmail QP, redirect to a marketplace storefront; mentions самовывоз/доставка but gives no own facts',
        gmail(c, ('Рыбкин дом', 'rybkin-dom@rybkin-dom.example.ru'), b, sig='С уважением,\nмагазин «Рыбкин дом»', sigdash=False,
              cte='quoted-printable'), b)

    # 6 -- manufacturer sends to its dealer, long and polite, Outlook
    c = Ctx('shops', 'fabrika@severnyi-kedr.example.ru', delay=600)
    b = ('Анатолий, добрый день!\n\nБлагодарим вас за интерес к продукции фабрики «Северный кедр». Мы являемся '
         'производителем и не продаём мебель в розницу напрямую, поэтому, к сожалению, не можем оформить заказ или '
         'организовать самовывоз со склада фабрики.\n\nВ Москве нашу продукцию представляет официальный дилер — салон '
         '«Кедровый дом» (ул. Новаторов, 7, тел. +7 (495) 071-22-33, kedrovy-dom.example.ru). Специалисты салона помогут '
         'подобрать модель, оформят заказ и расскажут об условиях доставки.\n\nБудем рады, если вы выберете нашу мебель!')
    add('redirect', 'ru', 'severnyi-kedr-dealer', 'Outlook HTML+plain QP, long polite redirect to a dealer (address, phone, site), closing pleasantry kept',
        outlook(c, ('Фабрика Северный кедр', 'fabrika@severnyi-kedr.example.ru'), b,
                sig='С уважением,\nЕлена Гордеева\nменеджер по работе с дилерами\nМебельная фабрика «Северный кедр»'), b)

    # 7 -- wrong department mailbox
    c = Ctx('shops', 'buh@optovik-yug.example.ru', delay=1300)
    b = ('Добрый день. Данный адрес предназначен для бухгалтерии. По вопросам заказов пишите на zakaz@optovik-yug.example.ru '
         'или звоните в отдел продаж.')
    text = tb_text(c, 'ru', b, 'Светлана Петровна\nгл. бухгалтер', attr=f'{c.sent:%a, %d %b %Y %H:%M:%S} +0300\n{P_NAME} <{P_ADDR}> wrote:')
    add('redirect', 'ru', 'optovik-yug-claws-koi8', 'Claws Mail on Linux, text/plain koi8-r 8bit, Q-encoded koi8-r headers, accounting mailbox redirects to the sales address',
        mail(c, ('Бухгалтерия Оптовик-Юг', 'buh@optovik-yug.example.ru'), T(text + '\n', 'plain', 'KOI8-R', '8bit', quoted=False), hcs='KOI8-R',
             hmode='Q', msgid=f'<{c.at:%Y%m%d%H%M%S}.{hexid(8)}@buh-pc>',
             extra=['X-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)']), b, 'koi8-r')

    # 8 -- "forwarded to sales, they will contact you"
    c = Ctx('shops', 'info@stroy-market.example.ru', delay=95)
    b = 'Анатолий, здравствуйте! Ваше письмо переслали в отдел продаж, с вами свяжутся в ближайшее время.'
    add('redirect', 'ru', 'stroy-market-forwarded', 'Outlook, "письмо переслали в отдел продаж, с вами свяжутся", valediction + name',
        outlook(c, ('Секретарь Строй-Маркет', 'info@stroy-market.example.ru'), b, sig='С уважением,\nАнна Лисицына\nсекретарь'), b)

    # 9 -- prices are individual, leave a request
    c = Ctx('services', 'info@vector-logistic.example.ru', delay=34)
    b = 'Цены индивидуальные, оставьте заявку на сайте, менеджер перезвонит.'
    add('redirect', 'ru', 'vector-logistic-individual', 'Gmail, «цены индивидуальные, оставьте заявку… перезвонит», no greeting, no signature',
        gmail(c, ('Вектор Логистик', 'info@vector-logistic.example.ru'), b), b)

    # 10 -- long polite redirect from a SaaS through Usedesk, mentions contract and timing words
    c = Ctx('services', 'hello@retail-analytics.example.ru', delay=185)
    b = ('Анатолий, добрый день!\n\nБлагодарим за интерес к нашему сервису. К сожалению, по электронной почте мы не '
         'консультируем по тарифам, так как условия подбираются индивидуально под объём и специфику бизнеса.\n\n'
         'Пожалуйста, оставьте заявку в форме на странице https://retail-analytics.example.ru/demo или позвоните по телефону '
         '+7 (495) 088-10-10. Менеджер свяжется с вами в течение рабочего дня и ответит на все вопросы, в том числе о '
         'договоре и сроках подключения.')
    tk = R.randrange(1200000, 1900000)
    add('redirect', 'ru', 'retail-analytics-usedesk', 'Usedesk-like desk, long polite redirect (form + phone), words «договоре и сроках» without facts, Auto-Submitted',
        desk(c, ('Ритейл Аналитика', 'hello@retail-analytics.example.ru'), b, 'С уважением,\nкоманда «Ритейл Аналитика»',
             subj=f'Re: Тарифы и договор [#{tk}]', top='## Ответьте выше этой строки, чтобы мы получили ваше сообщение ##',
             foot=f'Номер вашего обращения: {tk}.', mid=f'<{hexid(32)}@secure.usedesk.ru>', helo='mail.usedesk.ru',
             extra=['Auto-Submitted: auto-generated']), b)

    # 11 -- this address does not take orders
    c = Ctx('shops', 'info@mir-igrushek.example.ru', delay=7)
    b = 'Этот адрес не принимает заказы. Оформите заказ на сайте или в чате.'
    add('redirect', 'ru', 'mir-igrushek-not-orders', 'Yandex Mail web, HTML only, «этот адрес не принимает заказы», contains «оформите заказ» (boundary)',
        yandex(c, ('Мир игрушек', 'info@mir-igrushek.example.ru'), b), b)

    # 12 -- to the VK community messages, from Mail.ru for Android
    c = Ctx('shops', 'astra.cvety@astra-cvety.example.ru', delay=68)
    b = ('Добрый день! Все заказы и консультации — в сообщениях нашей группы ВКонтакте «Цветочная мастерская Астра», '
         'отвечаем быстро.')
    add('redirect', 'ru', 'astra-vk', 'Mail.ru for Android, redirect to the VK community messages, device line',
        mailru(c, ('Астра', 'astra.cvety@astra-cvety.example.ru'), b, mobile=True), b)

    # 13 -- Zendesk (ru): go to the contact centre (whose hours are stated)
    c = Ctx('shops', 'support@dom-tehniki.example.ru', delay=300)
    b = ('Здравствуйте, Анатолий!\n\nДля оформления заказа и уточнения режима работы пунктов выдачи, пожалуйста, обратитесь '
         'в наш контакт-центр по телефону 8 (800) 070-45-45 (звонок бесплатный, ежедневно с 8 до 22).')
    add('redirect', 'ru', 'dom-tehniki-zendesk', 'Zendesk (ru), Auto-Submitted, redirect to the contact centre whose own hours «с 8 до 22» are given (boundary)',
        zendesk(c, 'ru', 'Дом Техники', 'support@dom-tehniki.example.ru', R.randrange(300000, 400000), 'Игорь (Поддержка)', b,
                'С уважением,\nИгорь\nСлужба поддержки «Дом Техники»'), b)

    # 14 -- to a regional partner, Omnidesk-like
    c = Ctx('services', 'support@cloudkassa-pro.example.ru', delay=150)
    b = ('Анатолий, добрый день! По вопросам подключения и тарифов вас проконсультирует наш партнёр в вашем регионе — '
         'ООО «Интегра-Юг», integra-yug.example.ru, +7 (861) 020-30-40. Они же заключают договор.')
    num = f'{R.randrange(100, 999)}-{R.randrange(100000, 999999)}'
    add('redirect', 'ru', 'cloudkassa-partner-omnidesk', 'Omnidesk-like, redirect to a regional partner who «заключают договор» (word without facts), lone name',
        desk(c, ('КлаудКасса Про', 'support@cloudkassa-pro.example.ru'), b, 'Анна Белова\nотдел сопровождения',
             subj=f'[№ {num}] Re: Тарифы и договор', top='— — — Напишите ответ над этой линией — — —',
             foot=f'Обращение № {num}.', mid=f'<{num}.{hexid(10)}@omnidesk.ru>'), b)

    # 15 -- typos, call the call-centre
    c = Ctx('shops', 'zakaz@obuv-shop.example.ru', delay=18)
    b = 'уточните в колл центре 8-800-050-11-22 , мы по почте заказы не оформляем'
    add('redirect', 'ru', 'obuv-callcenter-typos', 'Mail.ru for Android, lower case, stray space before comma, phone redirect',
        mailru(c, ('Обувь-Шоп', 'zakaz@obuv-shop.example.ru'), b, mobile=True), b)

    # 16 -- The Bat!, windows-1251, inline under one quoted line
    c = Ctx('shops', 'sale@omsk-metiz.example.ru', delay=41, tzh=6)
    text = ('Здравствуйте.\n\nАС> До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать '
            'доставку сегодня.\n\nПо всем вопросам - звоните +7 (3812) 055-66-77.\n\n-- \n Василий                            '
            'mailto:sale@omsk-metiz.example.ru\n')
    exp = 'Здравствуйте. По всем вопросам - звоните +7 (3812) 055-66-77.'
    add('redirect', 'ru', 'omsk-metiz-thebat', 'The Bat!, windows-1251 QP, inline reply under one quoted line, phone redirect, +0600',
        mail(c, ('Василий', 'sale@omsk-metiz.example.ru'), T(text, 'plain', 'windows-1251', 'quoted-printable', quoted=False),
             hcs='windows-1251', msgid=f'<{R.randrange(10**9, 2 * 10**9)}.{c.at:%Y%m%d%H%M%S}@omsk-metiz.example.ru>',
             extra=['X-Mailer: The Bat! (v10.5.2) Home', 'X-Priority: 3 (Normal)'], order='rev'), exp, 'windows-1251')

    # 17 -- to the corporate department, Outlook with disclaimer
    c = Ctx('services', 'info@telecom-delta.example.ru', delay=1500)
    b = ('Добрый день.\nВопросы по подключению юрлиц решает наш отдел по работе с корпоративными клиентами: '
         'b2b@telecom-delta.example.ru. Переслать ваше письмо не можем, напишите им, пожалуйста, напрямую.')
    add('redirect', 'ru', 'telecom-delta-b2b', 'Outlook/Exchange, «напишите им напрямую» to another department, disclaimer after signature',
        outlook(c, ('Информационная служба', 'info@telecom-delta.example.ru'), b, exchange=True,
                sig='С уважением,\nинформационная служба ООО «Телеком-Дельта»',
                disclaimer='Внимание: информация в этом письме конфиденциальна и предназначена только для адресата.'), b)

    # 18 -- pickup only through a partner's points, order through the site's cart
    c = Ctx('shops', 'help@chaynaya-lozhka.example.ru', delay=120)
    b = ('Здравствуйте! Самовывоз у нас только через пункты выдачи службы «Бокс-Точка». Адреса и часы работы смотрите на их '
         'сайте boxtochka.example.ru, заказ оформляется через корзину на нашем сайте.')
    add('redirect', 'ru', 'chaynaya-lozhka-partner-points', 'Gmail base64, pickup via a delivery partner whose hours are on its site, order "through the cart" (no own facts; boundary)',
        gmail(c, ('Чайная ложка', 'help@chaynaya-lozhka.example.ru'), b, sig='Чайная ложка — чай и посуда'), b)

    # 19 -- write to the sales mailbox, from a manager's iPhone
    c = Ctx('shops', 'v.orlov@sportmaster-opt.example.ru', delay=83)
    b = 'Напишите, пожалуйста, на почту sales@sportmaster-opt.example.ru, я сейчас не в офисе, коллеги ответят.'
    add('redirect', 'ru', 'sport-opt-iphone-sales', 'iPhone Mail, a person (not an auto-reply) out of office redirecting to the sales mailbox',
        apple(c, ('Владимир Орлов', 'v.orlov@sportmaster-opt.example.ru'), b), b)

    # 20 -- go to the site chat, Carrot quest
    c = Ctx('services', 'hi@onlinekurs-pro.example.ru', delay=12)
    b = 'Анатолий, здравствуйте! Ответим в чате на сайте — там быстрее, и менеджер сразу подберёт тариф.'
    add('redirect', 'ru', 'onlinekurs-carrot-chat', 'Carrot quest-like, redirect to the site chat («там быстрее»), vendor footer',
        desk(c, ('Ольга из ОнлайнКурс', 'hi@onlinekurs-pro.example.ru'), b, 'Ольга, «ОнлайнКурс Про»', hist=False,
             foot='Ответьте на это письмо, чтобы продолжить диалог\nСообщение отправлено через Carrot quest',
             mid=f'<conversation.{R.randrange(10**8, 10**9)}.{hexid(12)}@carrotquest.io>'), b)

    # 21 -- let's call: leave your number (amoCRM), mentions «сегодня»
    c = Ctx('services', 'sales@smart-sklad.example.ru', delay=55)
    b = ('Анатолий, здравствуйте! Чтобы подобрать тариф, нам нужно созвониться — оставьте, пожалуйста, номер телефона, я '
         'перезвоню сегодня.')
    add('redirect', 'ru', 'smart-sklad-callback', 'amoCRM-sent mail, HTML+plain, "leave your number, I will call" (contains «сегодня»), position in signature',
        desk(c, ('Игорь Смирнов', 'i.smirnov@smart-sklad.example.ru'), b, 'С уважением,\nИгорь Смирнов\nменеджер по продажам «Смарт Склад»',
             irt=True, mid=f'<amo.{R.randrange(10**7, 10**8)}.{hexid(16)}@smart-sklad.example.ru>', helo='smtp.amocrm.ru'), b)


def redirects_en():
    # 1
    c = Ctx('shops', 'hello@maple-furniture.example', delay=34)
    b = 'Please call us at +1 (555) 010-2231.'
    add('redirect', 'en', 'maple-furniture-call', 'Gmail (en), one-line "please call us", no greeting, valediction',
        gmail(c, ('Maple Furniture', 'hello@maple-furniture.example'), b, sig='Thanks,\nMaple Furniture', lang='en', sigdash=False), b)

    # 2
    c = Ctx('services', 'info@brightline-solar.example', delay=120)
    b = 'Hello,\n\nplease contact our sales team at sales@brightline-solar.example — they handle all quotes and contracts.'
    add('redirect', 'en', 'brightline-sales-team', 'Outlook (en), redirect to the sales mailbox, "they handle … contracts" (word, no facts)',
        outlook(c, ('Brightline Solar Info', 'info@brightline-solar.example'), b, lang='en', sig='Kind regards,\nReception\nBrightline Solar'), b)

    # 3
    c = Ctx('shops', 'shop@maple-toys.example', delay=260)
    b = ('Hi Anatoly, we only sell through our storefront on the BazaarHub marketplace: bazaarhub.example/store/maple-toys. '
         'Pickup and delivery options are set by the marketplace.')
    add('redirect', 'en', 'maple-toys-marketplace', 'Apple Mail (iPhone), redirect to a marketplace storefront; pickup/delivery named but not answered',
        apple(c, ('Maple Toys', 'shop@maple-toys.example'), b, lang='en'), b)

    # 4
    c = Ctx('shops', 'info@nordhaus-kitchens.example', delay=1300, tzh=1)
    b = ('Dear Anatoly,\n\nThank you very much for your interest in Nordhaus Kitchens. As a manufacturer we do not sell '
         'directly to end customers, so unfortunately we cannot take your order or arrange pickup from our factory.\n\n'
         'Your nearest authorised dealer is Kitchen Studio Central, 45 Mill Road, tel. +44 20 7946 0877, '
         'kitchenstudio-central.example. They will be happy to help you choose, place the order and arrange delivery.\n\n'
         'We hope you enjoy your new kitchen!')
    add('redirect', 'en', 'nordhaus-dealer', 'Outlook/Exchange (en), long polite redirect to a dealer, closing pleasantry kept, +0100',
        outlook(c, ('Nordhaus Kitchens', 'info@nordhaus-kitchens.example'), b, lang='en', exchange=True,
                sig='Kind regards,\nCustomer Relations\nNordhaus Kitchens GmbH'), b)

    # 5
    c = Ctx('services', 'contact@ironclad-security.example', delay=55)
    b = "Hi Anatoly, I've forwarded your email to our Sales department. They'll get back to you shortly."
    add('redirect', 'en', 'ironclad-forwarded', 'Gmail (en), "forwarded to Sales, they\'ll get back to you", "-- " signature',
        gmail(c, ('Ironclad Security', 'contact@ironclad-security.example'), b, sig='Office Manager\nIronclad Security', lang='en'), b)

    # 6
    c = Ctx('shops', 'billing@gadgetory.example', delay=150)
    b = 'Hi,\n\nthis inbox is for billing questions only. For orders please use the chat on our website.'
    add('redirect', 'en', 'gadgetory-billing-only', 'Thunderbird (en), wrong-mailbox redirect to the site chat, "-- " signature',
        thunderbird(c, ('Gadgetory Billing', 'billing@gadgetory.example'), tb_text(c, 'en', b, 'Gadgetory Billing Team'), lang='en'), b)

    # 7
    c = Ctx('services', 'support@cloudmesa.example', delay=900, tzh=-7)
    tk = R.randrange(5000, 9999)
    b = ('Dear Anatoly,\n\nContracts for customers in Russia are handled by our reseller partner. Please submit your request '
         'through the partner portal at partners.cloudmesa.example and they will contact you with pricing.')
    add('redirect', 'en', 'cloudmesa-freshdesk-partner', 'Freshdesk agent reply, redirect to a partner portal, -0700',
        desk(c, ('CloudMesa Support', 'support@cloudmesa.example'), b, 'Regards,\nTheo\nCloudMesa Support', lang='en',
             subj=f'Re: [#{tk}] {c.subj}', mid=f'<{hexid(24)}.{tk}@cloudmesa.freshdesk.com>', helo='mail.freshemail.io'), b)

    # 8
    c = Ctx('services', 'team@shipyard-app.example', delay=7)
    b = ('Hi Anatoly! The quickest way to get pricing is our live chat — just click the bubble in the bottom right corner of '
         'our website and a sales rep will help you right away.')
    add('redirect', 'en', 'shipyard-intercom-chat', 'Intercom conversation mail, redirect to the live chat, "Name from Company" line',
        desk(c, ('Noah from Shipyard', 'team@shipyard-app.example'), b, 'Noah from Shipyard', lang='en', hist=False,
             foot='We run on Intercom', mid=f'<conversation_{R.randrange(10**11, 10**12)}_{hexid(12)}@intercom-mail.com>'), b)

    # 9
    c = Ctx('services', 'hello@orbitly.example', delay=220)
    b = ("Hi Anatoly, pricing is custom and depends on your volume. Book a 20-minute demo here and we'll walk you through it: "
         'https://book.orbitly.example/demo')
    add('redirect', 'en', 'orbitly-book-demo', 'Gmail (en), "pricing is custom, book a demo" link, title signature',
        gmail(c, ('Ava Reynolds', 'ava@orbitly.example'), b, sig='Ava Reynolds\nSDR, Orbitly', lang='en'), b)

    # 10
    c = Ctx('shops', 'orders@sweet-crumbs.example', delay=18, tzh=0)
    b = "WhatsApp us on +44 7700 900123 and we'll sort it out there."
    add('redirect', 'en', 'sweet-crumbs-whatsapp', 'iPhone Mail (en), redirect to WhatsApp, no greeting',
        apple(c, ('Sweet Crumbs Bakery', 'orders@sweet-crumbs.example'), b, lang='en'), b)

    # 11
    c = Ctx('services', 'support@ledgerline.example', delay=460)
    b = ("Hi Anatoly,\n\nI've passed this to our partnerships team, but the fastest route is to write to "
         'partners@ledgerline.example directly — they handle all contracts.')
    add('redirect', 'en', 'ledgerline-helpscout', 'Help Scout reply, passed to partnerships + "write to partners@" redirect',
        desk(c, ('Ledgerline Support', 'support@ledgerline.example'), b, 'Best,\nOwen\nLedgerline Support', lang='en', irt=True,
             mid=f'<reply-{R.randrange(10**8, 10**9)}-{R.randrange(10**9, 10**10)}-{R.randrange(1000, 9999)}@helpscout.net>'), b)

    # 12
    c = Ctx('shops', 'manager@riverside-garden.example', delay=41)
    b = 'Call the store.'
    d = c.sent
    oq = ('________________________________\n' f'From: {P_NAME} <{P_ADDR}>\nSent: {EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} '
          f'{d.day}, {d.year} {h12(d)}\nTo: {c.co}\nSubject: {c.subj}\n\n' + c.q)
    text = b + '\n\nGet Outlook for Android<https://aka.example/AAb9ysg>\n' + oq + '\n'
    add('redirect', 'en', 'riverside-outlook-android', 'Outlook for Android, text/plain, three-word redirect, "Get Outlook for Android" device line',
        mail(c, ('Riverside Garden Centre', 'manager@riverside-garden.example'), T(text, 'plain', 'utf-8', 'quoted-printable', quoted=False),
             msgid=f'<{alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}@{alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}.namprd11.prod.outlook.example>'), b)

    # 13
    c = Ctx('shops', 'eu-sales@vantor-audio.example', delay=1700, tzh=1)
    b = ("Hi, we're a reseller for the EU only. For Russia please contact our distributor Volga Trade House, "
         'info@volga-trade.example.ru.')
    add('redirect', 'en', 'vantor-distributor', 'Gmail (en), redirect to a distributor in another country, "Best," sign-off',
        gmail(c, ('Vantor Audio EU', 'eu-sales@vantor-audio.example'), b, sig='Best,\nLukas', lang='en', sigdash=False), b)

    # 14
    c = Ctx('shops', 'help@quickmart.example', delay=95)
    b = ('Hi Anatoly,\n\nFor same-day orders please call our store team directly on +1 555 0188 — they can check stock and '
         "book a courier. Email orders aren't possible, sorry!")
    add('redirect', 'en', 'quickmart-zendesk-phone', 'Zendesk (en), Auto-Submitted agent reply redirecting to a phone; mentions same-day/courier (boundary)',
        zendesk(c, 'en', 'QuickMart Help', 'help@quickmart.example', R.randrange(200000, 300000), 'Ella (QuickMart)', b,
                'Best,\nElla'), b)


def simple_auto(ctx, frm, subj, text, *, html=None, extra=(), irt=True, envelope=None, cs='utf-8', cte='quoted-printable',
                mid=None, to=None, helo=None, hcs=None, hmode='B'):
    """A machine-written mail: plain text, optionally with an HTML alternative."""
    parts = [T(text + '\n', 'plain', cs, cte)]
    if html is not None:
        parts.append(T(html, 'html', cs, cte))
    part = parts[0] if len(parts) == 1 else M('alternative', parts, f'=_{hexid(24)}')
    return mail(ctx, frm, part, subj=subj, extra=extra, irt=irt, envelope=envelope, msgid=mid, to=to, helo=helo,
                hcs=hcs or cs, hmode=hmode)


def zendesk_ack(ctx, lang, brand, addr, ticket, text, extra=()):
    if lang == 'ru':
        marker = '##- Введите свой ответ над этой строкой -##'
        subj = f'[{brand}] Запрос получен: {ctx.subj}'
        footer = f'Это письмо отправлено службой поддержки {brand}. Работает на Zendesk'
    else:
        marker = '##- Please type your reply above this line -##'
        subj = f'[{brand}] Request received: {ctx.subj}'
        footer = f'This email is a service from {brand}. Delivered by Zendesk'
    tag = f'[{alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}-{alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}]'
    plain = f'{marker}\n\n{text}\n\n{"-" * 32}\n{footer}\n{tag}\n'
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
         f'<div style="color: #b5b5b5;">{esc(marker)}</div>\n' + paras(text) +
         f'\n<div style="color: #aaaaaa; margin: 10px 0 14px 0; padding-top: 10px; border-top: 1px solid #eeeeee;">{esc(footer)}</div>\n'
         f'<span style="color:#FFFFFF" aria-hidden="true">{tag}</span></body></html>\n')
    part = M('alternative', [T(plain, 'plain', 'UTF-8', 'quoted-printable', quoted=False),
                             T(h, 'html', 'UTF-8', 'quoted-printable', quoted=False)], f'--==_mimepart_{hexid(13)}_{hexid(6)}', fold=False)
    return mail(ctx, (brand, addr), part, subj=subj, irt=False,
                msgid=f'<{alnum(12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}_{hexid(24)}_sprut@zendesk.com>',
                envelope=f'support+id{ticket}-{hexid(10)}@{addr.split("@")[1]}',
                helo=f'outbyoip{R.randrange(10, 99)}.pod{R.randrange(10, 30)}.use1.zdsys.com',
                extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-Mailer: Zendesk Mailer',
                       f'X-Zendesk-From-Account-Id: {hexid(7)}', f'X-Zendesk-Email-Id: 01J{alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}']
                + list(extra))


def acks_ru():
    # 1 Usedesk-like
    c = Ctx('shops', 'help@domovenok-shop.example.ru', delay=0)
    tk = R.randrange(1200000, 1900000)
    t = (f'Здравствуйте!\n\nВаше обращение №{tk} зарегистрировано. Мы ответим в течение 24 часов.\n\n'
         'С уважением,\nСлужба поддержки «Домовёнок»')
    add('ack', 'ru', 'domovenok-usedesk-ack', 'Usedesk-like ticket receipt with number, Auto-Submitted: auto-replied, no quote',
        desk(c, ('Домовёнок', 'help@domovenok-shop.example.ru'), t, subj=f'Ваше обращение №{tk} зарегистрировано', hist=False,
             mid=f'<{hexid(32)}@secure.usedesk.ru>', helo='mail.usedesk.ru', extra=['Auto-Submitted: auto-replied']))

    # 2 Omnidesk-like, states hours
    c = Ctx('services', 'support@logoprint.example.ru', delay=0)
    num = f'{R.randrange(100, 999)}-{R.randrange(100000, 999999)}'
    t = (f'Здравствуйте, Анатолий!\n\nМы получили ваше обращение и уже работаем над ним. Номер обращения: {num}.\n'
         'Ответ придёт на этот адрес. Среднее время ответа — 2 часа в рабочее время (пн–пт, 9:00–18:00 МСК).\n\nКоманда «ЛогоПринт»')
    add('ack', 'ru', 'logoprint-omnidesk-ack', 'Omnidesk-like receipt "[№ …] Ваше обращение принято", states working hours 9:00–18:00 (boundary), addresses by name',
        desk(c, ('ЛогоПринт', 'support@logoprint.example.ru'), t, subj=f'[№ {num}] Ваше обращение принято', hist=False,
             mid=f'<{num}.{hexid(10)}@omnidesk.ru>', extra=['Auto-Submitted: auto-replied', 'Precedence: auto_reply']))

    # 3 Okdesk-like
    c = Ctx('services', 'servicedesk@it-garant.example.ru', delay=1)
    tk = R.randrange(100, 999)
    t = (f'Здравствуйте!\nПо вашему обращению создана заявка №{tk} «Тарифы и договор».\nОтветственный специалист свяжется с '
         f'вами в ближайшее время.\nОтслеживать статус заявки можно в личном кабинете: https://it-garant.example.ru/issues/{tk}\n\n'
         'Это письмо сформировано автоматически, отвечать на него не нужно.')
    add('ack', 'ru', 'it-garant-okdesk-ack', 'Okdesk-like "Заявка №N создана", portal link, "сформировано автоматически", no auto headers',
        simple_auto(c, ('IT-Гарант', 'servicedesk@it-garant.example.ru'), f'Заявка №{tk} создана', t, irt=False,
                    mid=f'<issue-{tk}-created@it-garant.okdesk.ru>'))

    # 4 HelpDeskEddy-like, states hours
    c = Ctx('shops', 'zakaz@mir-shin.example.ru', delay=0)
    tk = R.randrange(3000, 9999)
    t = (f'Спасибо за обращение!\n\nВаша заявка #{tk} получена и передана специалистам. Мы ответим в рабочее время с 10:00 до '
         '19:00.\n\n---\nМир шин · Служба поддержки')
    add('ack', 'ru', 'mir-shin-hde-ack', 'HelpDeskEddy-like receipt "Заявка #N получена", hours «с 10:00 до 19:00» (boundary), HTML+plain',
        desk(c, ('Мир шин', 'zakaz@mir-shin.example.ru'), t, subj=f'Заявка #{tk} получена', hist=False,
             mid=f'<ticket-{tk}-{hexid(12)}@mir-shin.helpdeskeddy.com>', extra=['Auto-Submitted: auto-generated']))

    # 5 Bitrix24 open line, hours + phone
    c = Ctx('shops', 'info@parket-mir.example.ru', delay=0, tzh=3)
    t = ('Здравствуйте!\n\nВаше обращение получено. Менеджер ответит вам в рабочее время: пн–пт с 9:00 до 18:00, сб с 10:00 до '
         '15:00.\nЕсли вопрос срочный — звоните: +7 (4722) 031-41-59.\n\nПаркет Мир')
    add('ack', 'ru', 'parket-mir-bitrix24-ack', 'Bitrix24 open-line receipt, hours «до 18:00» and a phone (boundary), "Отправлено из Битрикс24"',
        desk(c, ('Паркет Мир', 'info@parket-mir.example.ru'), t, subj='Ваше обращение получено', hist=False,
             after_sig='Отправлено из Битрикс24', mid=f'<imol.{R.randrange(10**5, 10**6)}.{hexid(8)}@parket-mir.example.ru>',
             extra=['Auto-Submitted: auto-replied', 'X-EVENT_NAME: IMOL_MAIL_AUTOANSWER']))

    # 6 Zendesk (ru) receipt
    c = Ctx('shops', 'help@chai-kofe.example.ru', delay=0)
    tk = R.randrange(20000, 30000)
    t = f'Ваш запрос ({tk}) получен и рассматривается нашими специалистами.\n\nЧтобы добавить комментарии, ответьте на это письмо.'
    add('ack', 'ru', 'chai-kofe-zendesk-ack', 'Zendesk (ru) "Запрос получен" trigger, Zendesk headers, marker and footer',
        zendesk_ack(c, 'ru', 'ЧайКофе', 'help@chai-kofe.example.ru', tk, t))

    # 7 Jira SM (ru) receipt, "1 рабочего дня"
    c = Ctx('services', 'help@soft-integra.example.ru', delay=1)
    key = f'SD-{R.randrange(100, 999)}'
    plain = ('—-—-—-—\n\nОтветьте над этой строкой.\n\n' f'Запрос получен: {c.subj}\n\nСпасибо за обращение! Мы ответим в '
             'течение 1 рабочего дня.\n\nПросмотреть запрос · Отключить уведомления по этому запросу\n\n'
             'Центр поддержки СофтИнтегра, на платформе Jira Service Management, отправил вам это сообщение.')
    add('ack', 'ru', 'soft-integra-jira-ack', 'Jira Service Management (ru) request-received, X-JIRA-FingerPrint, "в течение 1 рабочего дня" (duration-like, boundary)',
        simple_auto(c, ('Центр поддержки СофтИнтегра', 'help@soft-integra.example.ru'), f'{key} {c.subj}', plain, irt=False,
                    cte='8bit', mid=f'<JIRA.{R.randrange(10**4, 10**5)}.{int(c.sent.timestamp())}000@Atlassian.JIRA>',
                    extra=['Auto-Submitted: auto-generated', 'Precedence: bulk', f'X-JIRA-FingerPrint: {hexid(32)}']))

    # 8 self-made CRM with phone
    c = Ctx('shops', 'zakaz@okna-komfort.example.ru', delay=0)
    num = f'2026-12-07-{R.randrange(100, 999):04d}'
    t = (f'Заявка № {num} принята.\n\nСпасибо, что обратились в «Окна Комфорт»! Наш специалист свяжется с вами в течение '
         'рабочего дня.\nЕсли вопрос срочный, позвоните: +7 (3532) 044-80-80 (ежедневно 8:00–20:00).\n\n'
         'Это автоматическое письмо, пожалуйста, не отвечайте на него.')
    h = ('<html><body style="font-family:Tahoma,sans-serif"><table width="600" align="center"><tr><td style="background:#0a5cad;'
         'color:#fff;padding:12px;font-size:18px">Окна Комфорт</td></tr><tr><td style="padding:16px">' + paras(t) +
         '</td></tr></table></body></html>\n')
    add('ack', 'ru', 'okna-komfort-crm-ack', 'self-made CRM "Заявка № … принята", banner table, phone + hours (boundary), no-reply, no auto headers',
        simple_auto(c, ('Окна Комфорт', 'noreply@okna-komfort.example.ru'), f'Заявка № {num} принята', t, html=h, irt=False))

    # 9 form notice carrying the question text (form probe, plus-address)
    c = Ctx('shops', 'info@mir-chaya.example.ru', delay=0, form=True)
    t = (f'Здравствуйте, {P_NAME}!\n\nВаше сообщение с сайта «Мир чая» передано менеджерам.\n\n'
         f'Копия сообщения:\n{c.q}\n\nМы ответим вам в ближайшее время.\n\n--\nИнтернет-магазин «Мир чая»')
    add('ack', 'ru', 'mir-chaya-form-notice', 'form probe (plus-address, no In-Reply-To), CMS form notice echoing the question (contains «сегодня», «до скольки»)',
        simple_auto(c, ('Мир чая', 'noreply@mir-chaya.example.ru'), 'Ваше сообщение получено', t, irt=False, cte='base64',
                    to=ha(P_NAME, c.to), extra=['X-Mailer: CMS Mailer', 'X-Priority: 3']))

    # 10 "a manager will answer today until 18:00"
    c = Ctx('shops', 'shop@igrushki-tut.example.ru', delay=0)
    t = 'Спасибо, письмо получено! Менеджер ответит сегодня до 18:00.\n\nИгрушки Тут — интернет-магазин игрушек'
    add('ack', 'ru', 'igrushki-tut-today-ack', 'CRM auto-receipt "ответит сегодня до 18:00" (today + time, boundary), Auto-Submitted',
        simple_auto(c, ('Игрушки Тут', 'shop@igrushki-tut.example.ru'), 'Re: Самовывоз сегодня', t,
                    extra=['Auto-Submitted: auto-replied', 'X-Mailer: RetailCRM']))

    # 11 amoCRM-like, no headers at all
    c = Ctx('services', 'info@biz-consult.example.ru', delay=0)
    t = 'Спасибо! Ваша заявка принята. Менеджер свяжется с вами в ближайшее время.'
    h = (f'<div style="font-family:Arial;font-size:14px"><p>{t}</p><p style="color:#999">БизКонсалт</p></div>\n')
    add('ack', 'ru', 'biz-consult-amocrm-ack', 'amoCRM-like template receipt, no Auto-Submitted/Precedence, subject = "Re: …" (boundary)',
        simple_auto(c, ('БизКонсалт', 'info@biz-consult.example.ru'), 'Re: Тарифы и договор', t, html=h))

    # 12 Carrot-like "we'll answer in working hours"
    c = Ctx('services', 'hello@crm-lite.example.ru', delay=0)
    t = ('Анатолий, мы получили ваше сообщение и ответим в рабочее время. Обычно отвечаем в течение 15 минут.\n\n'
         'Ответьте на это письмо, чтобы дополнить сообщение.')
    add('ack', 'ru', 'crm-lite-chat-ack', 'chat-widget style receipt by e-mail, "обычно отвечаем в течение 15 минут", by name',
        simple_auto(c, ('CRM Лайт', 'hello@crm-lite.example.ru'), 'Мы получили ваше сообщение', t, irt=False,
                    extra=['Auto-Submitted: auto-generated']))

    # 13 queue position
    c = Ctx('shops', 'support@mobil-centr.example.ru', delay=0)
    n = R.randrange(3, 9)
    t = (f'Здравствуйте!\n\nВаше обращение поставлено в очередь, перед вами ещё {n} обращений. Ожидаемое время ответа — около 40 минут.\n\n'
         'Служба поддержки «Мобил Центр»')
    add('ack', 'ru', 'mobil-centr-queue', 'queue receipt («перед вами ещё N обращений», expected wait), Precedence: bulk',
        simple_auto(c, ('Мобил Центр', 'support@mobil-centr.example.ru'), 'Ваше обращение в очереди', t, irt=False,
                    extra=['Precedence: bulk']))

    # 14 windows-1251, plain, no headers
    c = Ctx('shops', 'mail@tkani-opt.example.ru', delay=0)
    t = 'Ваше письмо получено. Спасибо!\nЭто автоматическое уведомление, отвечать на него не нужно.\n\nТкани-Опт'
    add('ack', 'ru', 'tkani-opt-1251-ack', 'plain windows-1251 8bit receipt, no auto headers, "Re:" subject',
        simple_auto(c, ('Ткани-Опт', 'mail@tkani-opt.example.ru'), 'Re: Самовывоз сегодня', t, cs='windows-1251', cte='8bit'), )

    # 15 1C:ITIL-like service desk registration
    c = Ctx('services', 'sd@energosbyt-servis.example.ru', delay=1)
    num = f'{R.randrange(0, 9999):04d}-{R.randrange(10000, 99999):06d}'
    t = (f'Уважаемый(ая) {P_NAME}!\n\nЗарегистрировано обращение № {num} от {c.sent:%d.%m.%Y %H:%M:%S}.\n'
         f'Тема: {c.subj}\nСтатус: Зарегистрировано\nПлановый срок решения: {(c.sent + dt.timedelta(days=3)):%d.%m.%Y} 18:00\n\n'
         'Просьба не изменять тему письма при ответе.\n\nСлужба поддержки ООО «ЭнергоСбыт-Сервис»')
    add('ack', 'ru', 'energosbyt-itil-ack', '1C:ITIL-style registration with status and planned deadline date "18:00", formal address',
        simple_auto(c, ('Служба поддержки ЭнергоСбыт-Сервис', 'sd@energosbyt-servis.example.ru'),
                    f'Зарегистрировано обращение № {num}', t, irt=False, extra=['X-Mailer: 1C:Enterprise 8.3']))

    # 16 Planfix-like "task created"
    c = Ctx('services', 'zayavki@proekt-stroi.example.ru', delay=1)
    tk = R.randrange(4000, 4999)
    t = (f'Создана задача #{tk} «Тарифы и договор».\nМы сообщим вам о ходе работ по этой задаче.\n\n—\nЭто уведомление ПланФикс. '
         'Ответьте на это письмо, чтобы добавить комментарий в задачу.')
    add('ack', 'ru', 'proekt-stroi-planfix-ack', 'Planfix-like "Создана задача #N", vendor footer, Auto-Submitted',
        simple_auto(c, ('ПроектСтрой', 'zayavki@proekt-stroi.example.ru'), f'Задача #{tk} «Тарифы и договор»', t, irt=False,
                    mid=f'<task{tk}.created.{hexid(8)}@proekt-stroi.planfix.ru>', extra=['Auto-Submitted: auto-generated']))

    # 17 ServiceNow-like registration in Russian
    c = Ctx('services', 'support@telematika-plus.example.ru', delay=0)
    num = f'INC{R.randrange(10**6, 10**7):07d}'
    t = (f'Здравствуйте!\n\nВаш запрос зарегистрирован в системе поддержки под номером {num}.\nКраткое описание: {c.subj}\n'
         'Приоритет: 4 — Низкий\n\nПожалуйста, сохраняйте номер запроса в теме письма при дальнейшей переписке.\n\n'
         f'Ref:MSG{R.randrange(10**7, 10**8)}')
    add('ack', 'ru', 'telematika-servicenow-ack', 'ServiceNow-style incident registration in Russian, "Ref:MSG…" watermark, Auto-Submitted',
        simple_auto(c, ('Телематика Плюс — поддержка', 'support@telematika-plus.example.ru'), f'Запрос {num} зарегистрирован — {c.subj}',
                    t, irt=False, extra=['Auto-Submitted: auto-generated', 'X-ServiceNow-Source: Notification']))

    # 18 bank-like: "срок рассмотрения — до 3 рабочих дней"
    c = Ctx('services', 'corp@bank-vostok.example.ru', delay=2)
    num = f'{R.randrange(100, 999)}-{R.randrange(10, 99)}-{R.randrange(10000, 99999)}'
    t = (f'Уважаемый клиент!\n\nВаше обращение № {num} зарегистрировано.\nСрок рассмотрения — до 3 рабочих дней. Ответ будет '
         'направлен на адрес электронной почты, с которого поступило обращение.\n\nС уважением,\nКонтакт-центр АО «Банк Восток»\n\n'
         'Данное сообщение сформировано автоматически и не требует ответа.')
    h = ('<html><body><table width="640" cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:14px">'
         '<tr><td style="border-bottom:3px solid #c8102e;padding:10px 0"><b>Банк Восток</b></td></tr><tr><td style="padding:16px 0">'
         + paras(t) + '</td></tr></table></body></html>\n')
    add('ack', 'ru', 'bank-vostok-ack', 'bank-like registration, «срок рассмотрения — до 3 рабочих дней» (duration pattern, boundary), HTML+plain',
        simple_auto(c, ('Банк Восток', 'noreply@bank-vostok.example.ru'), f'Обращение № {num} зарегистрировано', t, html=h,
                    irt=False, extra=['Auto-Submitted: auto-generated']))


def acks_en():
    # 1 Zendesk
    c = Ctx('shops', 'support@harbor-outfitters.example', delay=0)
    tk = R.randrange(100000, 200000)
    t = f'Your request ({tk}) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.'
    add('ack', 'en', 'harbor-zendesk-ack', 'Zendesk "Request received" trigger, Zendesk headers, marker + footer',
        zendesk_ack(c, 'en', 'Harbor Outfitters', 'support@harbor-outfitters.example', tk, t))

    # 2 Freshdesk
    c = Ctx('services', 'support@gridline-hr.example', delay=0)
    tk = R.randrange(8000, 9999)
    t = ('Dear Анатолий Смирнов,\n\nWe would like to acknowledge that we have received your request and a ticket has been '
         'created.\nA support representative will be reviewing your request and will send you a personal response (usually '
         'within 24 hours).\n\nTo view the status of the ticket or add comments, please visit\n'
         f'https://support.gridline-hr.example/helpdesk/tickets/{tk}\n\nThank you for your patience.\n\nSincerely,\nGridline HR Support Team')
    add('ack', 'en', 'gridline-freshdesk-ack', 'Freshdesk "Ticket Received - [#N] …" default text, freshdesk.com Message-ID, Cyrillic name in English template',
        desk(c, ('Gridline HR Support', 'support@gridline-hr.example'), t, lang='en', hist=False,
             subj=f'Ticket Received - [#{tk}] {c.subj}', mid=f'<{hexid(24)}.{tk}@gridline.freshdesk.com>',
             extra=['Auto-Submitted: auto-generated']))

    # 3 Help Scout auto reply with hours
    c = Ctx('services', 'hello@formstack-lite.example', delay=0)
    t = ("Hi there,\n\nThanks for getting in touch! This is an automatic reply to let you know we've received your message. "
         'Our team replies within one business day (Mon–Fri, 9am–5pm CET).\n\nThe Formly team')
    add('ack', 'en', 'formly-helpscout-ack', 'Help Scout mailbox auto reply, hours "9am–5pm" (boundary), helpscout.net Message-ID, no quote',
        desk(c, ('Formly', 'hello@formstack-lite.example'), t, lang='en', hist=False, subj=f'Re: {c.subj}', irt=True,
             mid=f'<autoreply-{R.randrange(10**8, 10**9)}@helpscout.net>', extra=['Auto-Submitted: auto-replied']))

    # 4 Intercom expectation
    c = Ctx('services', 'team@snapdesk.example', delay=0)
    t = ("Thanks for getting in touch, our team typically replies in under 2 hours.\nWe'll reply to you here and by email.\n\n"
         'We run on Intercom')
    add('ack', 'en', 'snapdesk-intercom-ack', 'Intercom "typically replies in under 2 hours" receipt, no auto headers',
        desk(c, ('Snapdesk', 'team@snapdesk.example'), t, lang='en', hist=False, subj='Snapdesk received your message',
             mid=f'<conversation_{R.randrange(10**11, 10**12)}_{hexid(12)}@intercom-mail.com>'))

    # 5 Jira SM request received
    c = Ctx('services', 'servicedesk@fjord-analytics.example', delay=1, tzh=1)
    key = f'FA-{R.randrange(1000, 9999)}'
    plain = ('—-—-—-—\n\nReply above this line.\n\nRequest received: ' + c.subj + '\n\nThanks for contacting us. We\'ve '
             'received your request and will get back to you soon.\n\nView request · Turn off this request\'s notifications\n\n'
             'Fjord Analytics Help Center, powered by Jira Service Management, sent you this message.')
    add('ack', 'en', 'fjord-jira-ack', 'Jira Service Management "Request received", X-JIRA-FingerPrint, Precedence: bulk',
        simple_auto(c, ('Fjord Analytics Help Center', 'servicedesk@fjord-analytics.example'), f'{key} {c.subj}', plain, irt=False,
                    cte='8bit', mid=f'<JIRA.{R.randrange(10**4, 10**5)}.{int(c.sent.timestamp())}000@Atlassian.JIRA>',
                    extra=['Auto-Submitted: auto-generated', 'Precedence: bulk', f'X-JIRA-FingerPrint: {hexid(32)}']))

    # 6 Zoho Desk receipt
    c = Ctx('services', 'support@brightcal.example', delay=0, tzh=5)
    tk = R.randrange(10000, 19999)
    t = ('Dear Anatoly,\n\nThank you for contacting us. This is an automatic acknowledgement that your ticket has been logged. '
         'Our team will get back to you as soon as possible. When replying, please make sure that the ticket ID is kept in '
         'the subject so that we can track your replies.\n\nThanks,\nBrightCal Support')
    add('ack', 'en', 'brightcal-zohodesk-ack', 'Zoho Desk-like "[## N ##]" receipt, "automatic acknowledgement … logged", "Thanks," sign-off',
        simple_auto(c, ('BrightCal Support', 'support@brightcal.example'), f'[## {tk} ##] {c.subj}', t, irt=False,
                    extra=['Auto-Submitted: auto-generated']))

    # 7 Kayako
    c = Ctx('shops', 'help@trailhead-gear.example', delay=0)
    tid = f'{alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")}-{R.randrange(100, 999)}-{R.randrange(10000, 99999)}'
    t = ('Thank you for contacting Trailhead Gear. This is an automated response: your email has been '
         f'logged as ticket {tid}.\n\nOur staff will respond as soon as possible.\n\nTicket ID: {tid}\nSubject: {c.subj}\n'
         'Department: Sales\nStatus: Open')
    add('ack', 'en', 'trailhead-kayako-ack', 'Kayako-style "[#ABC-123-45678]: …" receipt with ticket details block',
        simple_auto(c, ('Trailhead Gear', 'help@trailhead-gear.example'), f'[#{tid}]: {c.subj}', t, irt=False,
                    extra=['X-Mailer: Kayako Mailer', 'Auto-Submitted: auto-generated']))

    # 8 generic receipt with hours and phone
    c = Ctx('shops', 'orders@baker-street-deli.example', delay=0, tzh=0)
    t = ("Thanks for writing to Baker Street Deli — this note just confirms your email arrived. Someone from the team "
         'will get back to you during opening hours (Mon–Fri 9am–6pm, Sat 10am–4pm). Need us sooner? Call +44 20 7946 0455.\n\n— Baker Street Deli')
    add('ack', 'en', 'baker-street-generic-ack', 'generic receipt with opening hours "9am–6pm" and phone (boundary), Precedence: auto_reply',
        simple_auto(c, ('Baker Street Deli', 'orders@baker-street-deli.example'), f'Re: {c.subj}', t,
                    extra=['Precedence: auto_reply', 'X-Autorespond: yes']))

    # 9 HubSpot ticket created
    c = Ctx('services', 'support@lumen-ads.example', delay=1)
    tk = R.randrange(10**6, 10**7)
    t = (f'Hi Anatoly,\n\nTicket #{tk} is now open for your request "{c.subj}". A member of our team will reach out shortly.\n\n'
         'Lumen Ads Support')
    add('ack', 'en', 'lumen-hubspot-ack', 'HubSpot-style "Ticket #N created" subject, "is now open" notification, HTML+plain, Auto-Submitted',
        desk(c, ('Lumen Ads Support', 'support@lumen-ads.example'), t, lang='en', hist=False, subj=f'Ticket #{tk} created',
             mid=f'<{R.randrange(10**12, 10**13)}@lumen-ads.example>', extra=['Auto-Submitted: auto-generated']))

    # 10 Salesforce case
    c = Ctx('services', 'care@veritas-insure.example', delay=1, tzh=-5)
    case = f'{R.randrange(10**7, 10**8):08d}'
    ref = f'ref:!00D{alnum(5)}.!500{alnum(8)}:ref'
    t = (f'Dear Customer,\n\nThank you for contacting Veritas. Case {case} has been created for your enquiry and a specialist '
         'will contact you within 2 business days.\n\nPlease do not change the subject line when replying.\n\n' + ref)
    add('ack', 'en', 'veritas-salesforce-ack', 'Salesforce Service Cloud-style "Case N created", thread ref in subject and body, "within 2 business days"',
        simple_auto(c, ('Veritas Customer Care', 'care@veritas-insure.example'), f'Case {case} created: {c.subj} [ {ref} ]', t,
                    irt=False, extra=['X-SFDC-LK: ' + alnum(15), 'Auto-Submitted: auto-generated']))

    # 11 osTicket
    c = Ctx('services', 'helpdesk@openledger.example', delay=0)
    tk = R.randrange(100000, 999999)
    t = (f'Dear {P_NAME},\n\nA request for support has been created and assigned #{tk}. A representative will follow-up with you '
         "as soon as possible. You can view this ticket's progress online.\n\nOpenLedger Support Team\n\nIf you wish to provide "
         'additional comments or information regarding the issue, please reply to this email or login to your account for a '
         'complete archive of your support requests.')
    add('ack', 'en', 'openledger-osticket-ack', 'osTicket "Support Ticket Opened [#N]" default template, no auto headers',
        simple_auto(c, ('OpenLedger Support', 'helpdesk@openledger.example'), f'Support Ticket Opened [#{tk}]', t, irt=False,
                    extra=['X-Mailer: osTicket Mailer']))

    # 12 shop inbox receipt
    c = Ctx('shops', 'hello@wildflower-soap.example', delay=0)
    t = ("Thanks for your message — we'll reply as soon as possible, usually within 24 hours.\nOrder numbers help us find "
         'things faster!\n\nWildflower Soap Co.')
    add('ack', 'en', 'wildflower-inbox-ack', 'shop inbox auto-acknowledgement, "within 24 hours", X-Autoreply header, Re: subject',
        simple_auto(c, ('Wildflower Soap Co.', 'hello@wildflower-soap.example'), f'Re: {c.subj}', t, extra=['X-Autoreply: yes']))


EXCH_OOF = ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Inbox-Rules-Loop: {addr}', 'X-Auto-Response-Suppress: All',
            'X-MS-Exchange-Organization-AutoResponse: OOF', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:']


def oof_outlook(ctx, frm, subj, text, lang='ru', cs='utf-8', extra=()):
    """Exchange/Outlook out-of-office: HTML+plain, Auto-Submitted, no quote, null envelope sender."""
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '"></head><body>\n'
         '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">\n' + paras(text) +
         '\n</div></body></html>\n')
    ex = [x.replace('{addr}', frm[1]) for x in EXCH_OOF] + [f'Content-Language: {"ru-RU" if lang == "ru" else "en-US"}',
                                                             f'Thread-Topic: {hv(ctx.subj, cs)}'] + list(extra)
    return simple_auto(ctx, frm, subj, text, html=h, extra=ex, envelope='', cs=cs, cte='quoted-printable',
                       mid=f'<{alnum(40, "0123456789abcdef")}@EX02.{frm[1].split("@")[1]}>', to=P_ADDR)


def autoreplies_ru():
    # 1 Outlook OOF, vacation, colleague
    c = Ctx('shops', 'l.morozova@divan-plus.example.ru', delay=0)
    t = ('Здравствуйте!\n\nЯ в отпуске до 14 декабря, доступ к почте ограничен. По срочным вопросам обращайтесь к Ирине Беловой: '
         'i.belova@divan-plus.example.ru, +7 (495) 090-17-17.\n\nС уважением,\nЛюдмила Морозова')
    add('autoreply', 'ru', 'divan-plus-oof', 'Exchange/Outlook OOF «Автоматический ответ:», Auto-Submitted: auto-replied, X-Auto-Response-Suppress, vacation + colleague contact',
        oof_outlook(c, ('Морозова Людмила', 'l.morozova@divan-plus.example.ru'), 'Автоматический ответ: Самовывоз сегодня', t))

    # 2 Gmail vacation responder
    c = Ctx('services', 'director@reklama-36.example.ru', delay=0)
    t = 'Добрый день! Я в отпуске с 5 по 20 декабря. Ваше письмо прочитаю после возвращения.'
    add('autoreply', 'ru', 'reklama36-gmail-vacation', 'Gmail vacation responder with a user subject («Я в отпуске»), Auto-Submitted: auto-replied, text only',
        mail(c, ('Павел Сорокин', 'director@reklama-36.example.ru'),
             M('alternative', [T(t + '\n', 'plain', 'UTF-8', 'base64'), T(f'<div dir="ltr">{esc(t)}</div>\n', 'html', 'UTF-8', 'base64')],
               '000000000000' + hexid(16), fold=False),
             subj='Я в отпуске', msgid=f'<CA{alnum(42)}@mail.gmail.com>', envelope='', extra=['Auto-Submitted: auto-replied'],
             helo=f'mail-sor-f{R.randrange(40, 99)}.google.com'))

    # 3 Yandex autoresponder: business trip
    c = Ctx('shops', 'optovik@elektro-opt.example.ru', delay=0)
    t = 'Спасибо за письмо! Я нахожусь в командировке до 10.12 и отвечаю с задержкой.'
    add('autoreply', 'ru', 'elektro-opt-yandex-auto', 'Yandex autoresponder "Автоответ: …", business trip, Auto-Submitted: auto-replied, HTML only',
        mail(c, ('Электро-Опт', 'optovik@elektro-opt.example.ru'), T(f'<div>{esc(t)}</div>\n', 'html', 'utf-8', 'base64'),
             subj=f'Автоответ: {c.subj}', msgid=f'<{R.randrange(10**6, 10**7)}{int(c.at.timestamp())}@mail.yandex.ru>',
             envelope='', extra=['Auto-Submitted: auto-replied', 'X-Yandex-Autoreply: yes'], helo='forward100.mail.yandex.net'))

    # 4 Mail.ru autoresponder: sick leave, points to another address
    c = Ctx('shops', 'svetlana-shop@vyazanie-mir.example.ru', delay=0)
    t = 'Здравствуйте! Сейчас я на больничном. По вопросам заказов пишите на zakaz@vyazanie-mir.example.ru, коллеги помогут.'
    add('autoreply', 'ru', 'vyazanie-mailru-sick', 'Mail.ru-like autoresponder (sick leave) that also points to another address, Precedence: auto_reply, no Auto-Submitted',
        simple_auto(c, ('Светлана', 'svetlana-shop@vyazanie-mir.example.ru'), f'Re: {c.subj}', t, cte='base64',
                    extra=['Precedence: auto_reply', 'X-Mailer: Mail.Ru Autoresponder'], envelope=''))

    # 5 after-hours in Vladivostok
    c = Ctx('shops', 'info@primorye-ryba.example.ru', delay=0, tzh=10, probe_min=R.randrange(60, 400))
    t = ('Здравствуйте! Вы написали нам в нерабочее время. Мы работаем пн–пт с 9:00 до 18:00 (время владивостокское) и '
         'ответим вам в ближайший рабочий день.\n\nРыбная компания «Приморье»')
    add('autoreply', 'ru', 'primorye-after-hours', 'after-hours responder (+1000, probe fell after local closing), states «с 9:00 до 18:00», Auto-Submitted',
        simple_auto(c, ('Приморье', 'info@primorye-ryba.example.ru'), f'Re: {c.subj}', t, extra=['Auto-Submitted: auto-replied']))

    # 6 mailbox not monitored
    c = Ctx('services', 'noreply@stroylizing.example.ru', delay=0)
    t = ('Этот почтовый ящик не обслуживается, письма в него не читаются.\nПожалуйста, направляйте обращения на '
         'info@stroylizing.example.ru или звоните +7 (495) 021-21-21.')
    add('autoreply', 'ru', 'stroylizing-not-monitored', '«ящик не обслуживается» notice with another address and phone, Auto-Submitted: auto-generated',
        simple_auto(c, ('СтройЛизинг', 'noreply@stroylizing.example.ru'), f'Re: {c.subj}', t, extra=['Auto-Submitted: auto-generated'], envelope=''))

    # 7 address changed
    c = Ctx('shops', 'zakaz@old-mebel-stil.example.ru', delay=0)
    t = ('Внимание! Адрес zakaz@old-mebel-stil.example.ru больше не используется и будет закрыт 31 декабря.\n'
         'Новый адрес для заказов: zakaz@mebel-stil.example.ru. Ваше письмо не будет прочитано — отправьте его, '
         'пожалуйста, повторно на новый адрес.')
    add('autoreply', 'ru', 'mebel-stil-address-changed', '"address changed" notice, new address, X-Autoreply, no Auto-Submitted',
        simple_auto(c, ('Мебель-Стиль', 'zakaz@old-mebel-stil.example.ru'), 'Адрес изменился', t, extra=['X-Autoreply: yes']))

    # 8 employee left
    c = Ctx('services', 'm.ivanova@kadry-pro.example.ru', delay=0)
    t = ('Сотрудник Иванова Мария больше не работает в компании. Ваше письмо не будет переслано.\n'
         'По всем вопросам обращайтесь на info@kadry-pro.example.ru.')
    add('autoreply', 'ru', 'kadry-pro-employee-left', 'employee-left notice, Exchange transport-rule style, Auto-Submitted: auto-generated',
        simple_auto(c, ('Иванова Мария', 'm.ivanova@kadry-pro.example.ru'), f'Re: {c.subj}', t, envelope='',
                    extra=['Auto-Submitted: auto-generated', 'X-MS-Exchange-Generated-Message-Source: Transport Rule Agent']))

    # 9 shop closed for good
    c = Ctx('shops', 'info@lavka-masterov.example.ru', delay=0)
    t = ('Уважаемые клиенты!\n\nМагазин «Лавка Мастеров» закрыт с 1 декабря 2026 года. Заказы больше не принимаются, '
         'самовывоз и доставка не осуществляются.\n\nСпасибо, что были с нами!')
    add('autoreply', 'ru', 'lavka-masterov-closed', 'closure notice mentioning самовывоз/доставка (boundary), HTML+plain, Auto-Submitted',
        simple_auto(c, ('Лавка Мастеров', 'info@lavka-masterov.example.ru'), 'Магазин закрыт', t,
                    html='<html><body>' + paras(t) + '</body></html>\n', extra=['Auto-Submitted: auto-replied']))

    # 10 challenge-response
    c = Ctx('services', 'director@stroyexpert.example.ru', delay=0)
    code = hexid(20)
    t = ('Здравствуйте!\n\nВаше письмо задержано системой защиты от спама. Чтобы оно было доставлено адресату, подтвердите, '
         f'что вы не робот: перейдите по ссылке\nhttps://antispam.stroyexpert.example.ru/confirm?c={code}\n\n'
         'Подтверждение требуется один раз. Неподтверждённые письма удаляются через 7 дней.')
    add('autoreply', 'ru', 'stroyexpert-challenge', 'challenge-response (whitelist) request in Russian with a confirmation link, null sender',
        simple_auto(c, ('Антиспам СтройЭксперт', 'antispam@stroyexpert.example.ru'), f'Подтвердите отправку письма: {c.subj}', t,
                    envelope='', extra=['Auto-Submitted: auto-replied', 'X-Challenge: ' + code]))

    # 11 maternity leave
    c = Ctx('shops', 'a.kuznetsova@detskiy-mir-opt.example.ru', delay=0)
    t = ('Добрый день!\nЯ нахожусь в отпуске по уходу за ребёнком. Ваше письмо автоматически переслано руководителю отдела '
         'продаж, он с вами свяжется.')
    add('autoreply', 'ru', 'detskiy-opt-maternity', 'parental-leave auto-reply that says the mail was forwarded to a manager, Outlook OOF',
        oof_outlook(c, ('Кузнецова Анна', 'a.kuznetsova@detskiy-mir-opt.example.ru'), 'Автоматический ответ: Самовывоз сегодня', t))

    # 12 closed for stock-taking, mentions pickup
    c = Ctx('shops', 'sklad@bytovaya-himiya.example.ru', delay=0)
    t = ('Уважаемые покупатели!\nС 7 по 9 декабря склад закрыт на инвентаризацию, самовывоз и отгрузки не производятся.\n'
         'Все письма будут обработаны с 10 декабря.')
    add('autoreply', 'ru', 'bythim-stocktaking', 'temporary closure (stock-taking) notice mentioning самовывоз, Precedence: bulk, no Auto-Submitted',
        simple_auto(c, ('Склад Бытовая химия', 'sklad@bytovaya-himiya.example.ru'), f'Re: {c.subj}', t, extra=['Precedence: bulk']))

    # 13 The Bat! autoresponder, windows-1251, no auto headers
    c = Ctx('shops', 'nikolay@kraski-opt.example.ru', delay=0)
    t = 'Это автоматический ответ.\nЯ буду в офисе только 9 декабря. Срочные вопросы - по телефону 8 (8442) 050-60-70.\n\nНиколай'
    add('autoreply', 'ru', 'kraski-opt-thebat-auto', 'The Bat! autoresponder, windows-1251, no auto headers, phone, signed with a name',
        mail(c, ('Николай', 'nikolay@kraski-opt.example.ru'), T(t + '\n', 'plain', 'windows-1251', '8bit', quoted=False),
             hcs='windows-1251', msgid=f'<{R.randrange(10**9, 2 * 10**9)}.{c.at:%Y%m%d%H%M%S}@kraski-opt.example.ru>',
             extra=['X-Mailer: The Bat! (v9.5.1) Professional'], order='rev'))

    # 14 exhibition
    c = Ctx('services', 'sales@pack-servis.example.ru', delay=0)
    t = ('Уважаемые партнёры!\n\nС 7 по 10 декабря наши менеджеры работают на выставке «Упаковка-2026», ответы на письма '
         'возможны с задержкой. Приглашаем вас на наш стенд B-14!')
    add('autoreply', 'ru', 'pack-servis-exhibition', 'trade-fair absence auto-reply (HTML+plain), Outlook OOF headers',
        oof_outlook(c, ('Отдел продаж Пак-Сервис', 'sales@pack-servis.example.ru'), 'Автоматический ответ: Тарифы и договор', t))

    # 15 "today the office is open until 18:00" in an auto-reply
    c = Ctx('shops', 'manager@stroy-dvor.example.ru', delay=0)
    t = 'Спасибо за письмо. Сегодня офис работает до 18:00, но меня нет на месте до понедельника. Отвечу, как вернусь.'
    add('autoreply', 'ru', 'stroy-dvor-today-until', 'absence auto-reply containing «Сегодня … до 18:00» (boundary), Auto-Submitted',
        simple_auto(c, ('Строй Двор', 'manager@stroy-dvor.example.ru'), f'Автоматический ответ: {c.subj}', t,
                    extra=['Auto-Submitted: auto-replied'], envelope=''))

    # 16 working-hours responder (Novosibirsk, evening local time)
    c = Ctx('services', 'info@sibtrans-logistic.example.ru', delay=0, tzh=7, probe_min=R.randrange(300, 419))
    t = ('Спасибо за письмо!\nНаш рабочий день: пн–пт 10:00–19:00 (Новосибирск). Сейчас нерабочее время, ответим завтра.\n\n'
         'СибТранс Логистик')
    add('autoreply', 'ru', 'sibtrans-working-hours', 'working-hours responder (+0700, probe after local hours), Bitrix24 mail, Precedence: auto_reply',
        simple_auto(c, ('СибТранс Логистик', 'info@sibtrans-logistic.example.ru'), f'Re: {c.subj}', t,
                    extra=['Precedence: auto_reply', 'Auto-Submitted: auto-replied']))

    # 17 office closed for two days (moving)
    c = Ctx('services', 'office@yurconsult-24.example.ru', delay=0)
    t = ('Уважаемые клиенты! 7 и 8 декабря офис не работает в связи с переездом. Ответим на ваше письмо 9 декабря.\n'
         'Новый адрес офиса: ул. Рабочая, 12, офис 301.')
    add('autoreply', 'ru', 'yurconsult-moving', 'temporary closure (office moving) notice, windows-1251 QP, Auto-Submitted',
        simple_auto(c, ('ЮрКонсалт-24', 'office@yurconsult-24.example.ru'), f'Re: {c.subj}', t, cs='windows-1251',
                    extra=['Auto-Submitted: auto-replied']))

    # 18 Gmail vacation "Меня нет в офисе" with a phone
    c = Ctx('shops', 'olga@handmade-svechi.example.ru', delay=0)
    t = 'Меня нет в офисе до 11 декабря. Если нужно срочно — звоните 8 (900) 011-22-33, по почте отвечу позже.'
    add('autoreply', 'ru', 'svechi-gmail-ooo', 'Gmail vacation responder, user subject «Меня нет в офисе», phone for urgent matters',
        mail(c, ('Ольга', 'olga@handmade-svechi.example.ru'),
             M('alternative', [T(t + '\n', 'plain', 'UTF-8', 'quoted-printable'), T(f'<div dir="ltr">{esc(t)}</div>\n', 'html', 'UTF-8', 'quoted-printable')],
               '000000000000' + hexid(16), fold=False),
             subj='Меня нет в офисе', msgid=f'<CA{alnum(42)}@mail.gmail.com>', envelope='', extra=['Auto-Submitted: auto-replied']))

    # 19 Zimbra out of office
    c = Ctx('services', 'petrov@teplo-servis.example.ru', delay=0)
    t = 'Я в отпуске до 21.12.2026. По вопросам договоров обращайтесь к Елене Сергеевне: dogovor@teplo-servis.example.ru.'
    add('autoreply', 'ru', 'teplo-servis-zimbra-ooo', 'Zimbra out-of-office, "Auto-Submitted: auto-replied (zimbra; vacation)", subject «Нет на месте»',
        simple_auto(c, ('Петров Сергей', 'petrov@teplo-servis.example.ru'), 'Нет на месте', t, envelope='',
                    extra=['Auto-Submitted: auto-replied (zimbra; vacation)', 'X-Mailer: Zimbra 10.0.8_GA_4625']))

    # 20 mailbox not read, write to Telegram
    c = Ctx('shops', 'shop@tortiki-doma.example.ru', delay=0)
    t = 'Этот ящик не читается! Заказы и вопросы — только в Telegram: @tortiki_doma. Спасибо!'
    add('autoreply', 'ru', 'tortiki-telegram-notice', '"mailbox not read, write to Telegram" automatic notice (redirect-like auto-reply), X-Autoreply',
        simple_auto(c, ('Тортики дома', 'shop@tortiki-doma.example.ru'), f'Re: {c.subj}', t, extra=['X-Autoreply: yes', 'X-Autorespond: yes']))

    # 21 sieve vacation on a hosting mailbox
    c = Ctx('shops', 'zakaz@stroybaza-tula.example.ru', delay=0)
    t = 'Уехал на склад в область, связь плохая, буду на почте в четверг.\nАндрей'
    add('autoreply', 'ru', 'stroybaza-sieve-vacation', 'Dovecot sieve vacation ("Auto: " subject, "auto-replied (vacation)"), short personal-sounding text',
        simple_auto(c, ('Андрей', 'zakaz@stroybaza-tula.example.ru'), f'Auto: {c.subj}', t, cte='8bit', envelope='',
                    extra=['Auto-Submitted: auto-replied (vacation)', 'Precedence: bulk']))


def autoreplies_en():
    c = Ctx('services', 'j.walsh@keystone-legal.example', delay=0, tzh=0)
    t = ('Thank you for your email. I am out of the office until Monday 14 December with limited access to email.\n\n'
         'For urgent matters please contact my colleague Sarah Dunn at s.dunn@keystone-legal.example or +44 20 7946 0612.\n\n'
         'Kind regards,\nJames Walsh')
    add('autoreply', 'en', 'keystone-oof', 'Outlook/Exchange "Automatic reply:" OOF, colleague contact, Auto-Submitted',
        oof_outlook(c, ('James Walsh', 'j.walsh@keystone-legal.example'), f'Automatic reply: {c.subj}', t, lang='en'))

    c = Ctx('shops', 'mike@copper-kettle.example', delay=0)
    t = "Hi, I'm on holiday until 15 December and won't be checking email. I'll reply when I'm back."
    add('autoreply', 'en', 'copper-kettle-gmail-vacation', 'Gmail vacation responder, subject "Out of office", Auto-Submitted: auto-replied',
        mail(c, ('Mike Turner', 'mike@copper-kettle.example'),
             M('alternative', [T(t + '\n', 'plain', 'UTF-8', '7bit'), T(f'<div dir="ltr">{esc(t)}</div>\n', 'html', 'UTF-8', '7bit')],
               '000000000000' + hexid(16), fold=False),
             subj='Out of office', msgid=f'<CA{alnum(42)}@mail.gmail.com>', envelope='', extra=['Auto-Submitted: auto-replied']))

    c = Ctx('services', 'no-reply@datavault-cloud.example', delay=0)
    t = ('Please note: this mailbox is not monitored and replies are not read.\nFor sales questions visit '
         'https://datavault-cloud.example/contact or use the chat on our website.')
    add('autoreply', 'en', 'datavault-not-monitored', '"this mailbox is not monitored" notice pointing to contact page/chat, Auto-Submitted: auto-generated',
        simple_auto(c, ('DataVault', 'no-reply@datavault-cloud.example'), f'Re: {c.subj}', t, envelope='', extra=['Auto-Submitted: auto-generated']))

    c = Ctx('shops', 'hello@oak-barrel-wines.example', delay=0, tzh=0)
    t = ('Thanks for your email. Our shop is closed today for a staff training day, so pickups and deliveries are paused. '
         "We'll reply to every message tomorrow.")
    add('autoreply', 'en', 'oak-barrel-closed-today', 'closed-today notice mentioning pickups/deliveries and "today" (boundary), X-Autoreply',
        simple_auto(c, ('Oak Barrel Wines', 'hello@oak-barrel-wines.example'), f'Re: {c.subj}', t, extra=['X-Autoreply: yes']))

    c = Ctx('services', 'john.carter@summit-it.example', delay=0)
    t = ('John Carter no longer works at Summit IT. Your email has not been forwarded.\n'
         'Please contact sales@summit-it.example for any enquiries.')
    add('autoreply', 'en', 'summit-employee-left', 'employee-left notice, transport-rule headers, Auto-Submitted: auto-generated',
        simple_auto(c, ('Summit IT', 'john.carter@summit-it.example'), f'Undeliverable: no longer with Summit IT - {c.subj}', t, envelope='',
                    extra=['Auto-Submitted: auto-generated', 'X-MS-Exchange-Generated-Message-Source: Transport Rule Agent']))

    c = Ctx('shops', 'shop@pebble-pine.example', delay=0)
    t = ("We're sorry — Pebble & Pine has ceased trading as of 30 November 2026. We are no longer taking orders.\n\n"
         'Thank you for your custom over the years.')
    add('autoreply', 'en', 'pebble-pine-ceased', 'ceased-trading notice (company closed), HTML+plain, Precedence: bulk',
        simple_auto(c, ('Pebble & Pine', 'shop@pebble-pine.example'), 'We have closed', t,
                    html='<html><body>' + paras(t) + '</body></html>\n', extra=['Precedence: bulk']))

    c = Ctx('services', 'ceo@fastlane-media.example', delay=0)
    code = alnum(24)
    t = ("I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process. "
         'You have to do this only once.\n\n' f'https://verify.fastlane-media.example/c/{code}\n\n'
         'Your original message has been held and will be delivered after verification.')
    add('autoreply', 'en', 'fastlane-challenge', 'challenge-response verification (SpamArrest-like), link, null sender',
        simple_auto(c, ('Fastlane Media (verification)', 'verify@fastlane-media.example'), f'Please verify your email: {c.subj}', t,
                    envelope='', extra=['Auto-Submitted: auto-replied', 'X-Challenge-Id: ' + code]))

    c = Ctx('shops', 'support@nordic-knits.example', delay=0, tzh=0, probe_min=R.randrange(0, 60))
    t = ("Thanks for your email! Our team works Monday to Friday, 9am–5pm GMT. You've reached us outside these hours, so "
         "we'll get back to you on the next working day.\n\nNordic Knits")
    add('autoreply', 'en', 'nordic-knits-after-hours', 'after-hours responder (probe before 9am GMT), states "9am–5pm", Auto-Submitted',
        simple_auto(c, ('Nordic Knits', 'support@nordic-knits.example'), f'Re: {c.subj}', t, extra=['Auto-Submitted: auto-replied']))

    c = Ctx('services', 'info@greenway-consulting.example', delay=0)
    t = ('We have moved to a new email address: hello@greenway-advisors.example.\nThis address will be closed on 31 December '
         '2026. Please resend your message to the new address.')
    add('autoreply', 'en', 'greenway-address-moved', '"we have moved to a new email address" notice, X-Autorespond',
        simple_auto(c, ('Greenway Consulting', 'info@greenway-consulting.example'), f'Re: {c.subj}', t, extra=['X-Autorespond: yes']))

    c = Ctx('services', 'r.patel@orbit-hr.example', delay=0)
    t = ("I'm on parental leave until March 2027 and not checking email. For anything related to pricing or contracts, "
         'please contact sales@orbit-hr.example.')
    add('autoreply', 'en', 'orbit-hr-parental', 'parental-leave OOF mentioning pricing/contracts (words, no facts), Outlook OOF',
        oof_outlook(c, ('Riya Patel', 'r.patel@orbit-hr.example'), f'Automatic reply: {c.subj}', t, lang='en'))

    c = Ctx('shops', 'dan@tidewater-boats.example', delay=0, tzh=-5)
    t = ("I'm out of the office today. For anything urgent call Megan on +1 555 0101, otherwise I'll get back to you tomorrow.\n\nDan")
    add('autoreply', 'en', 'tidewater-ooo-phone', 'OOO with a colleague phone and "today/tomorrow" (boundary), Auto-Submitted, -0500',
        simple_auto(c, ('Dan Reeves', 'dan@tidewater-boats.example'), f'Out of Office: {c.subj}', t, envelope='',
                    extra=['Auto-Submitted: auto-replied']))

    c = Ctx('shops', 'lucy@bright-buttons.example', delay=0)
    t = 'Thanks for your message! I am away until 12 December and will reply as soon as I can after that.'
    add('autoreply', 'en', 'bright-buttons-icloud', 'iCloud Mail vacation reply, "Re:" subject, Auto-Submitted: auto-replied, 7bit',
        simple_auto(c, ('Lucy Hart', 'lucy@bright-buttons.example'), f'Re: {c.subj}', t, cte='7bit', envelope='',
                    extra=['Auto-Submitted: auto-replied', 'X-Mailer: iCloud MailClient']))

    c = Ctx('services', 'ops@cargo-link.example', delay=0)
    t = 'I am currently out of the office with no access to email. I will be back on 10 December.'
    add('autoreply', 'en', 'cargo-link-zimbra-ooo', 'Zimbra out-of-office (en), "auto-replied (zimbra; vacation)"',
        simple_auto(c, ('Ops Cargo Link', 'ops@cargo-link.example'), 'Out of office', t, envelope='',
                    extra=['Auto-Submitted: auto-replied (zimbra; vacation)']))

    c = Ctx('shops', 'k.brandt@hansa-tools.example', delay=0, tzh=1)
    t = ("I'm away on a business trip to the trade fair in Cologne until 11 December and will have limited access to email.\n\n"
         'Best regards\nKlaus Brandt')
    add('autoreply', 'en', 'hansa-out-of-office-autoreply', 'legacy "Out of Office AutoReply:" subject (Exchange 2003 style), no Auto-Submitted, +0100',
        simple_auto(c, ('Klaus Brandt', 'k.brandt@hansa-tools.example'), f'Out of Office AutoReply: {c.subj}', t, envelope='',
                    extra=['X-MS-Exchange-Organization-AutoResponse: OOF']))


# ---------------------------------------------------------------------------------------------------------------
# bounces

def qid(n=11):
    return alnum(n, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')


def probe_headers(ctx, to=None, local_qid=None):
    to = to or ctx.co
    return [f'Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mx.shopper.example (Postfix) with ESMTPSA id '
            f'{local_qid or "4" + qid()}\n\tfor <{to}>; {rfcdate(ctx.sent)}',
            f'From: {ha(P_NAME, P_ADDR)}', f'To: {to}', f'Subject: {hv(ctx.subj)}', f'Date: {rfcdate(ctx.sent)}',
            f'Message-ID: {ctx.probe_id}', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"',
            'Content-Transfer-Encoding: base64']


def probe_raw(ctx, to=None, extra_top=(), local_qid=None):
    hs = list(extra_top) + probe_headers(ctx, to, local_qid)
    body = base64.encodebytes(ctx.q.replace('\n', '\r\n').encode()).decode()
    return '\n'.join(hs) + '\n\n' + body


def status_block(rmta, rcpts, arrival, extra_fields=()):
    lines = [f'Reporting-MTA: dns; {rmta}'] + list(extra_fields)
    if arrival:
        lines.append(f'Arrival-Date: {rfcdate(arrival)}')
    out = '\n'.join(lines) + '\n'
    for r in rcpts:
        blk = [f'Final-Recipient: rfc822; {r["final"]}']
        if r.get('orig'):
            blk.append(f'Original-Recipient: rfc822;{r["orig"]}')
        blk += [f'Action: {r.get("action", "failed")}', f'Status: {r["status"]}']
        if r.get('remote'):
            blk.append(f'Remote-MTA: dns; {r["remote"]}')
        if r.get('diag'):
            d = r['diag']
            kind = r.get('dtype', 'smtp')
            blk.append(f'Diagnostic-Code: {kind}; ' + d.replace('\n', '\n    '))
        if r.get('last'):
            blk.append(f'Last-Attempt-Date: {rfcdate(r["last"])}')
        if r.get('will'):
            blk.append(f'Will-Retry-Until: {rfcdate(r["will"])}')
        for k, v in r.get('x', ()):
            blk.append(f'{k}: {v}')
        out += '\n' + '\n'.join(blk) + '\n'
    return out


def dsn(ctx, frm, subj, human, *, rmta, rcpts, orig='full', hcs='utf-8', hcte='8bit', human_html=None, local=True,
        extra=(), arrival=None, fields=(), date=None, boundary=None, helo=None, to=None, hmode='B', orig_to=None):
    """RFC 3464 multipart/report. local=True: generated by the persona's own Postfix (mx.shopper.example)."""
    date = date or ctx.at
    hp = T(human, 'plain', hcs, hcte, params='', extra=['Content-Description: Notification'] if local else [])
    if human_html is not None:
        hp = M('alternative', [hp, T(human_html, 'html', hcs, hcte)], f'{hexid(8)}.{hexid(8)}/alt')
    st = RAW(['Content-Description: Delivery report' if local else 'Content-Description: Delivery Status Notification',
              'Content-Type: message/delivery-status'], status_block(rmta, rcpts, arrival, fields))
    parts = [hp, st]
    if orig == 'full':
        parts.append(RAW(['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'],
                         probe_raw(ctx, orig_to)))
    elif orig == 'headers':
        parts.append(RAW(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'],
                         '\n'.join(probe_headers(ctx, orig_to)) + '\n'))
    b = boundary or f'{qid(10)}.{int(date.timestamp())}/{rmta}'
    part = M('report', parts, b, params='; report-type=delivery-status', fold=True,
             preamble='This is a MIME-encapsulated message.' if local else None)
    if local:
        trace = (f'Received: by mx.shopper.example (Postfix)\r\n\tid 4{qid()}; {rfcdate(date.astimezone(MSK))}')
        extra = ['Auto-Submitted: auto-replied'] + list(extra)
        return mail(ctx, frm, part, subj=subj, irt=False, envelope='', trace=trace, auth=False, extra=extra, date=date,
                    msgid=f'<4{qid()}.{int(date.timestamp())}@mx.shopper.example>', to=to or P_ADDR, hmode=hmode, hcs=hcs)
    return mail(ctx, frm, part, subj=subj, irt=False, envelope='', auth=False, extra=extra, date=date, helo=helo,
                msgid=f'<{hexid(16)}@{rmta}>', to=to or P_ADDR, hmode=hmode, hcs=hcs)


def plain_bounce(ctx, frm, subj, text, *, helo, extra=(), cs='utf-8', cte='8bit', date=None, to=None, html=None, mid=None):
    parts = [T(text, 'plain', cs, cte)]
    if html:
        parts.append(T(html, 'html', cs, cte))
    part = parts[0] if len(parts) == 1 else M('alternative', parts, f'=_{hexid(20)}')
    return mail(ctx, frm, part, subj=subj, irt=False, envelope='', auth=False, extra=extra, helo=helo, date=date,
                msgid=mid or f'<{hexid(12)}.{hexid(6)}@{helo}>', to=to or P_ADDR, hcs=cs)


MD = ('Mail Delivery System', 'MAILER-DAEMON@mx.shopper.example')
PF_ARRIVAL = 'X-Postfix-Sender: rfc822; anatoly@shopper.example'

RU_PF_HEAD = ('Это сообщение сформировано автоматически почтовым сервером mx.shopper.example.\n\n'
              'К сожалению, ваше письмо не удалось доставить одному или нескольким адресатам. Ниже приведена причина.\n\n'
              'Если вам нужна помощь, обратитесь к администратору почты (postmaster) и приложите этот отчёт.\n\n'
              '                   Почтовая система\n\n')
EN_PF_HEAD = ('This is the mail system at host mx.shopper.example.\n\n'
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
              'For further assistance, please send mail to postmaster.\n\n'
              'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
              '                   The mail system\n\n')


def bounces_ru():
    # 1 Postfix with a Russian bounce template, user unknown at a Yandex-hosted domain
    c = Ctx('shops', 'info@tovary-dlya-sada.example.ru', delay=0)
    mx = 'mx.yandex.example'
    diag = '550 5.7.1 No such user!'
    human = RU_PF_HEAD + f'<{c.co}>: host {mx}[{ip_for(mx)}] said: {diag} (in reply to end\n    of DATA command)\n'
    add('bounce', 'ru', 'postfix-ru-nosuchuser', 'Postfix DSN with a Russian template (multipart/report), "550 5.7.1 No such user!" from a Yandex-like MX, full original attached',
        dsn(c, ('Почтовая система', 'MAILER-DAEMON@mx.shopper.example'), 'Письмо не доставлено', human, rmta='mx.shopper.example',
            rcpts=[dict(final=c.co, orig=c.co, status='5.7.1', remote=mx, diag=diag)], arrival=c.sent, fields=[PF_ARRIVAL]))

    # 2 Yandex-like forwarder DSN in Russian
    c = Ctx('shops', 'zakaz@kofe-tochka.example.ru', delay=1)
    fwd_to = 'kofe.tochka.owner@yandex.example'
    human = ('Это письмо создано автоматически сервером Яндекс Почты.\n\nВаше письмо не было доставлено по следующим адресам:\n\n'
             f'<{fwd_to}>: адрес не существует или отключён.\n\nПисьмо было переадресовано с адреса {c.co}.\n\n'
             'Пожалуйста, проверьте правильность адреса и попробуйте ещё раз.\n')
    add('bounce', 'ru', 'yandex-forward-dsn', 'Yandex-like DSN in Russian after a forwarding (company alias → dead mailbox), headers-only original, base64 notice',
        dsn(c, ('Почтовая служба Яндекса', 'mailer-daemon@yandex.example'), 'Недоставленное сообщение', human, rmta='forward103a.mail.yandex.example',
            rcpts=[dict(final=fwd_to, orig=c.co, status='5.1.1', remote='mx.yandex.example', diag='550 5.1.1 User does not exist')],
            local=False, helo='forward103a.mail.yandex.example', hcte='base64', orig='headers', arrival=c.sent))

    # 3 Mail.ru-like plain text
    c = Ctx('shops', 'posuda-shop@posuda-tut.example.ru', delay=1)
    text = ('Сообщение не было доставлено.\n\n'
            f'Ваше сообщение для {c.co} не было доставлено, так как ящик адресата заблокирован.\n'
            'Message was not accepted -- mailbox is blocked.\n\n'
            '--- Заголовки исходного сообщения ---\n' + '\n'.join(probe_headers(c)) + '\n')
    add('bounce', 'ru', 'mailru-like-plain-blocked', 'Mail.ru-like non-standard plain-text bounce (Russian + English line), mailbox blocked, original headers inline',
        plain_bounce(c, ('Mail Delivery System', 'mailer-daemon@corp.mail.example.ru'), 'Mail failure.', text,
                     helo='fallback3.mail.example.ru', cte='base64'))

    # 4 Exchange NDR in Russian
    c = Ctx('services', 'sales@stalprokat-nn.example.ru', delay=0)
    srv = 'EX01.stalprokat-nn.example.ru'
    human = ('Не удалось доставить сообщение следующим получателям или группам:\n\n'
             f'{c.co}\nАдрес электронной почты, который вы ввели, не удалось найти. Проверьте адрес электронной почты получателя '
             'и попробуйте повторно отправить сообщение. Если проблема не исчезнет, обратитесь в службу поддержки.\n\n\n\n\n\n\n'
             'Диагностические сведения для администраторов:\n\n' f'Сервер создания: {srv}\n\n{c.co}\n'
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    hh = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p><b><font color="#000066" '
          'size="3" face="Arial">Не удалось доставить сообщение следующим получателям или группам:</font></b></p>'
          f'<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:{c.co}">{c.co}</a><br></font><font color="#000000" '
          'size="3" face="Arial">Адрес электронной почты, который вы ввели, не удалось найти. Проверьте адрес электронной почты '
          'получателя и попробуйте повторно отправить сообщение. Если проблема не исчезнет, обратитесь в службу поддержки.'
          '</font></p><br><br><font color="#808080" size="2" face="Tahoma"><p>Диагностические сведения для администраторов:</p>'
          f'<p>Сервер создания: {srv}</p><p>{c.co}<br>Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; '
          'Recipient not found by SMTP address lookup\'</p></font></body></html>\n')
    add('bounce', 'ru', 'exchange-ru-ndr', 'Exchange NDR in Russian «Не доставлено:», multipart/report with plain+HTML, 5.1.10 RecipientNotFound, rfc822-headers',
        dsn(c, ('postmaster', 'postmaster@stalprokat-nn.example.ru'), f'Не доставлено: {c.subj}', human, rmta=srv, local=False,
            rcpts=[dict(final=c.co, status='5.1.10', remote=srv, diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
            human_html=hh, hcte='quoted-printable', orig='headers', helo='mail.stalprokat-nn.example.ru', arrival=c.sent,
            extra=['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied', 'Content-Language: ru-RU']))

    # 5 Kerio Connect, Russian
    c = Ctx('shops', 'opt@krepezh-ural.example.ru', delay=2, tzh=5)
    human = ('Ваше сообщение не может быть доставлено одному или нескольким получателям.\n\n'
             f'Получатель: <{c.co}>\nПричина: 5.1.1 Пользователь не найден\n\n'
             f'Тема: {c.subj}\nОтправлено: {c.sent:%d.%m.%Y %H:%M}\n\nСообщение создано сервером Kerio Connect mail.krepezh-ural.example.ru.\n')
    add('bounce', 'ru', 'kerio-ru-dsn', 'Kerio Connect-like DSN in Russian, user not found, full original, +0500',
        dsn(c, ('Kerio Connect', 'postmaster@krepezh-ural.example.ru'), f'Сообщение не доставлено: {c.subj}', human,
            rmta='mail.krepezh-ural.example.ru', local=False, helo='mail.krepezh-ural.example.ru', hcte='quoted-printable',
            rcpts=[dict(final=c.co, status='5.1.1', diag='550 5.1.1 User unknown')], arrival=c.sent))

    # 6 Russian hosting Exim template, plain text
    c = Ctx('services', 'info@eko-uborka.example.ru', delay=1)
    text = ('Это сообщение создано автоматически почтовой системой хостинга.\n\n'
            'Ваше письмо не удалось доставить следующим адресатам. Это постоянная ошибка.\n\n'
            f'  {c.co}\n    Почтовый ящик не существует\n\n'
            '------ Это копия сообщения, включая все заголовки. ------\n\n' + probe_raw(c).replace('\r\n', '\n'))
    add('bounce', 'ru', 'hosting-exim-ru-plain', 'Russian hosting Exim template, plain text, original copied inline, Exim X-Failed-Recipients',
        plain_bounce(c, ('Почтовая система', 'mailer-daemon@srv41.hosting-plus.example.ru'), 'Ошибка доставки письма: возврат отправителю',
                     text, helo='srv41.hosting-plus.example.ru', extra=[f'X-Failed-Recipients: {c.co}', 'Auto-Submitted: auto-replied']))

    # 7 CommuniGate Pro in Russian
    c = Ctx('shops', 'shop@knigoman.example.ru', delay=1)
    human = ('Это сообщение сгенерировано сервером CommuniGate Pro mail.knigoman.example.ru.\n\n'
             f'Сообщение не доставлено следующему получателю:\n  {c.co}\n\nПричина: неизвестный пользователь (account not found).\n')
    add('bounce', 'ru', 'communigate-ru', 'CommuniGate Pro-like DSN in Russian, "Undeliverable mail:" subject, full original',
        dsn(c, ('CommuniGate Pro', 'MAILER-DAEMON@knigoman.example.ru'), f"Undeliverable mail: Failed to deliver to '<{c.co}>'", human,
            rmta='mail.knigoman.example.ru', local=False, helo='mail.knigoman.example.ru',
            rcpts=[dict(final=c.co, status='5.0.0', diag='account not found', dtype='x-cgp')]))

    # 8 mailbox full, Postfix Russian template
    c = Ctx('shops', 'manager@santehnika-opt.example.ru', delay=0)
    mx = 'mx1.santehnika-opt.example.ru'
    diag = '552 5.2.2 <manager@santehnika-opt.example.ru>: Mailbox full / Ящик переполнен'
    human = RU_PF_HEAD + f'<{c.co}>: host {mx}[{ip_for(mx)}] said: {diag} (in reply to\n    RCPT TO command)\n'
    add('bounce', 'ru', 'postfix-ru-mailbox-full', 'Postfix Russian template, 552 5.2.2 mailbox full (permanent), headers-only original',
        dsn(c, ('Почтовая система', 'MAILER-DAEMON@mx.shopper.example'), 'Письмо не доставлено', human, rmta='mx.shopper.example',
            rcpts=[dict(final=c.co, orig=c.co, status='5.2.2', remote=mx, diag=diag)], orig='headers', fields=[PF_ARRIVAL], arrival=c.sent))

    # 9 domain not found, Postfix Russian template
    c = Ctx('services', 'info@old-logistika.example.ru', delay=0)
    human = RU_PF_HEAD + (f'<{c.co}>: Host or domain name not found. Name service error for\n'
                          '    name=old-logistika.example.ru type=MX: Host not found, try again\n')
    add('bounce', 'ru', 'postfix-ru-no-domain', 'Postfix Russian template, domain not found (5.4.4, no Remote-MTA, x-postfix diagnostic)',
        dsn(c, ('Почтовая система', 'MAILER-DAEMON@mx.shopper.example'), 'Письмо не доставлено', human, rmta='mx.shopper.example',
            rcpts=[dict(final=c.co, orig=c.co, status='5.4.4', dtype='X-Postfix',
                        diag='Host or domain name not found. Name service error for\n name=old-logistika.example.ru type=MX: Host not found, try again')],
            fields=[PF_ARRIVAL], arrival=c.sent))

    # 10 mail security gateway blocks as spam, Russian DSN
    c = Ctx('services', 'zakupki@neftehim-servis.example.ru', delay=3)
    human = ('Уведомление шлюза безопасности почты.\n\nВаше сообщение не доставлено: оно заблокировано политикой безопасности '
             'получателя (обнаружены признаки спама).\n\n' f'Получатель: {c.co}\nТема: {c.subj}\n'
             'Код: 554 5.7.1 Message rejected by content policy\n\nЕсли вы считаете, что письмо заблокировано ошибочно, '
             'обратитесь к администратору получателя.\n')
    add('bounce', 'ru', 'secure-gateway-spam-ru', 'mail security gateway DSN in Russian: rejected as spam (554 5.7.1), headers-only original',
        dsn(c, ('Шлюз безопасности почты', 'postmaster@smg.neftehim-servis.example.ru'), f'Сообщение заблокировано: {c.subj}', human,
            rmta='smg.neftehim-servis.example.ru', local=False, helo='smg.neftehim-servis.example.ru', orig='headers', hcte='base64',
            rcpts=[dict(final=c.co, status='5.7.1', diag='554 5.7.1 Message rejected by content policy')]))

    # 11 mailing-list rejection (Mailman, Russian)
    c = Ctx('shops', 'sales@velo-opt.example.ru', delay=1)
    text = ('Ваше сообщение в список рассылки sales@velo-opt.example.ru было автоматически отклонено.\n\n'
            'Причина: только подписчики списка могут отправлять в него сообщения.\n\n'
            f'Тема: {c.subj}\n\nСообщения от не-подписчиков этого списка не принимаются. Если вы считаете, что это ошибка, '
            'свяжитесь с владельцем списка: sales-owner@velo-opt.example.ru.\n')
    add('bounce', 'ru', 'mailman-ru-rejected', 'Mailman 2-like list rejection in Russian (non-members cannot post), plain text koi8-r 8bit, list headers',
        plain_bounce(c, ('sales-owner', 'sales-owner@velo-opt.example.ru'), f'Ваше сообщение в список sales отклонено: {c.subj}', text,
                     helo='lists.velo-opt.example.ru', cs='koi8-r', extra=['X-Mailman-Version: 2.1.39', 'Precedence: bulk',
                                                              'List-Id: <sales.velo-opt.example.ru>', 'Auto-Submitted: auto-generated']))

    # 12 hosting HTML notice: mailbox blocked
    c = Ctx('shops', 'info@dveri-stil.example.ru', delay=1)
    h = ('<html><body style="font-family:Arial"><h2 style="color:#c00">Письмо не доставлено</h2>'
         f'<p>Ваше письмо для <b>{c.co}</b> не может быть доставлено: почтовый ящик заблокирован владельцем домена.</p>'
         '<p>Повторная отправка не поможет. Свяжитесь с получателем другим способом.</p>'
         '<hr><p style="font-size:11px;color:#888">Почтовая служба хостинга «ВебДом» · это автоматическое сообщение</p></body></html>\n')
    add('bounce', 'ru', 'webdom-html-blocked', 'Russian hosting non-standard HTML-only bounce (mailbox blocked), no DSN, no original',
        mail(c, ('Почтовая служба ВебДом', 'mailer-daemon@mail.webdom-hosting.example.ru'), T(h, 'html', 'utf-8', 'base64'),
             subj='Письмо не доставлено', irt=False, envelope='', auth=False, helo='mail.webdom-hosting.example.ru',
             to=P_ADDR, extra=['Auto-Submitted: auto-replied']))

    # 13 Kerio Russian: delivery time expired (Action: failed)
    c = Ctx('services', 'office@gruzovichkof-msk.example.ru', delay=5 * 24 * 60 + 7)
    human = ('Ваше сообщение не было доставлено получателю.\n\n' f'Получатель: <{c.co}>\n'
             'Причина: истёк срок доставки. Почтовый сервер получателя не отвечал в течение 5 суток, попытки доставки прекращены.\n')
    add('bounce', 'ru', 'kerio-ru-expired', 'Kerio-like Russian DSN, delivery expired after 5 days (Action: failed, 4.4.7), five days later',
        dsn(c, ('Kerio Connect', 'postmaster@relay.shopper.example'), f'Сообщение не доставлено: {c.subj}', human, rmta='relay.shopper.example',
            local=False, helo='relay.shopper.example', rcpts=[dict(final=c.co, status='4.4.7', remote='mx.gruzovichkof-msk.example.ru',
                                                                     diag='Connection timed out', last=c.at)], hcte='quoted-printable', arrival=c.sent))

    # 14 hosting Exim with mixed Russian/English text
    c = Ctx('shops', 'sale@shary-i-tort.example.ru', delay=1)
    text = ('Это письмо создано автоматически программой доставки почты.\n\n'
            'Сообщение, которое вы отправили, не может быть доставлено одному или нескольким получателям. Это постоянная ошибка.\n'
            'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n\n'
            f'  {c.co}\n    SMTP error from remote mail server after RCPT TO:<{c.co}>:\n    550 Unrouteable address\n\n'
            '------ This is a copy of the message, including all the headers. ------\n\n' + probe_raw(c))
    add('bounce', 'ru', 'exim-ru-en-unrouteable', 'Exim bilingual plain text (Russian + English), 550 Unrouteable address, original inline',
        plain_bounce(c, ('Mail Delivery System', 'Mailer-Daemon@vh105.beehost.example.ru'), 'Mail delivery failed: returning message to sender',
                     text, helo='vh105.beehost.example.ru', extra=[f'X-Failed-Recipients: {c.co}', 'Auto-Submitted: auto-replied']))

    # 15 Exchange Russian: unable to relay
    c = Ctx('services', 'info@zhk-servis.example.ru', delay=0)
    srv = 'MAIL.zhk-servis.example.ru'
    human = ('Не удалось доставить сообщение следующим получателям или группам:\n\n'
             f'{c.co}\nСервер получателя отклонил сообщение: адрес не принадлежит обслуживаемым доменам.\n\n'
             'Диагностические сведения для администраторов:\n\n' f'Сервер создания: {srv}\n\n'
             f"{c.co}\nRemote Server returned '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'\n")
    add('bounce', 'ru', 'exchange-ru-relay', 'Exchange NDR in Russian, 5.7.54 unable to relay, text only, rfc822-headers',
        dsn(c, ('Microsoft Outlook', 'postmaster@zhk-servis.example.ru'), f'Недоставляемое сообщение: {c.subj}', human, rmta=srv,
            local=False, helo='mail.zhk-servis.example.ru', orig='headers', hcte='base64',
            rcpts=[dict(final=c.co, status='5.7.54', remote=srv, diag='550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain')]))

    # 16 qmail with Russian localisation
    c = Ctx('shops', 'info@avto-kovriki.example.ru', delay=1)
    text = ('Здравствуйте. Это программа qmail-send на сервере mail.avto-kovriki.example.ru.\n'
            'К сожалению, мне не удалось доставить ваше сообщение по следующим адресам.\n'
            'Это постоянная ошибка; я прекратил попытки. Жаль, что так вышло.\n\n'
            f'<{c.co}>:\nТакого почтового ящика здесь нет. (#5.1.1)\n\n--- Ниже этой строки копия сообщения.\n\n' + probe_raw(c))
    add('bounce', 'ru', 'qmail-ru-plain', 'qmail-send localized to Russian, plain text, (#5.1.1), copy of the message below the line',
        plain_bounce(c, ('MAILER-DAEMON', 'MAILER-DAEMON@mail.avto-kovriki.example.ru'), 'failure notice', text,
                     helo='mail.avto-kovriki.example.ru', cte='quoted-printable'))

    # 17 free-mail-like "invalid mailbox" (bilingual)
    c = Ctx('shops', 'tsvetochnaya-lavka@mail.example.ru', delay=0)
    mx = 'mxs.mail.example.ru'
    diag = f'550 Message was not accepted -- invalid mailbox.  Local mailbox {c.co} is unavailable: user not found'
    human = RU_PF_HEAD + f'<{c.co}>: host {mx}[{ip_for(mx)}] said: {diag}\n    (in reply to end of DATA command)\n'
    add('bounce', 'ru', 'postfix-ru-invalid-mailbox', 'Postfix Russian template, free-mail-like "Message was not accepted -- invalid mailbox" diagnostic',
        dsn(c, ('Почтовая система', 'MAILER-DAEMON@mx.shopper.example'), 'Письмо не доставлено', human, rmta='mx.shopper.example',
            rcpts=[dict(final=c.co, orig=c.co, status='5.0.0', remote=mx, diag=diag)], fields=[PF_ARRIVAL], arrival=c.sent))

    # 18 domain not paid notice from a registrar's parking mail server
    c = Ctx('services', 'info@geo-izyskaniya.example.ru', delay=0)
    text = ('Уважаемый отправитель!\n\n'
            f'Письмо для {c.co} не доставлено: срок регистрации домена geo-izyskaniya.example.ru истёк, приём почты для домена '
            'приостановлен.\n\nПисьмо удалено. Это автоматическое уведомление регистратора, отвечать на него не нужно.\n')
    add('bounce', 'ru', 'registrar-domain-expired', 'registrar/parking notice in Russian: domain expired, mail not accepted, windows-1251 QP, non-standard',
        plain_bounce(c, ('Регистратор доменов', 'postmaster@parking.regdomen.example.ru'), 'Письмо не доставлено: домен не продлён', text,
                     helo='parking.regdomen.example.ru', cs='windows-1251', cte='quoted-printable', extra=['Auto-Submitted: auto-generated']))


def bounces_en():
    # 1 Postfix standard
    c = Ctx('services', 'sales@clearpath-crm.example', delay=0)
    mx = 'mx.clearpath-crm.example'
    diag = f'550 5.1.1 <{c.co}>: Recipient address rejected: User unknown in virtual mailbox table'
    human = EN_PF_HEAD + f'<{c.co}>: host {mx}[{ip_for(mx)}] said: 550 5.1.1\n    <{c.co}>: Recipient address rejected: User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n'
    add('bounce', 'en', 'postfix-user-unknown', 'standard Postfix DSN, 5.1.1 user unknown in virtual mailbox table, full original',
        dsn(c, MD, 'Undelivered Mail Returned to Sender', human, rmta='mx.shopper.example',
            rcpts=[dict(final=c.co, orig=c.co, status='5.1.1', remote=mx, diag=diag)], fields=[PF_ARRIVAL], arrival=c.sent))

    # 2 Exim plain
    c = Ctx('shops', 'orders@rosewood-candles.example', delay=1)
    text = ('This message was created automatically by mail delivery software.\n\n'
            'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. '
            'The following address(es) failed:\n\n' f'  {c.co}\n    mailbox is full: retry timeout exceeded\n\n'
            '------ This is a copy of the message, including all the headers. ------\n\n' + probe_raw(c))
    add('bounce', 'en', 'exim-plain-failed', 'Exim plain-text bounce, "Mail delivery failed: returning message to sender", X-Failed-Recipients, original inline',
        plain_bounce(c, ('Mail Delivery System', 'Mailer-Daemon@server7.shared-host.example'), 'Mail delivery failed: returning message to sender',
                     text, helo='server7.shared-host.example', extra=[f'X-Failed-Recipients: {c.co}', 'Auto-Submitted: auto-replied']))

    # 3 Sendmail with transcript
    c = Ctx('services', 'info@harbourline-shipping.example', delay=2)
    host = 'mail.harbourline-shipping.example'
    human = ('The original message was received at ' + rfcdate(c.sent) + '\nfrom mx.shopper.example [' + ip_for('mx.shopper.example') + ']\n\n'
             '   ----- The following addresses had permanent fatal errors -----\n' f'<{c.co}>\n    (reason: 550 5.1.1 <{c.co}>... User unknown)\n\n'
             '   ----- Transcript of session follows -----\n' f'... while talking to {host}.:\n>>> DATA\n<<< 550 5.1.1 <{c.co}>... User unknown\n'
             '550 5.1.1 <' + c.co + '>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n')
    add('bounce', 'en', 'sendmail-transcript', 'Sendmail DSN "Returned mail: see transcript for details", session transcript, X-Actual-Recipient field',
        dsn(c, ('Mail Delivery Subsystem', 'MAILER-DAEMON@relay.harbourline-shipping.example'), 'Returned mail: see transcript for details',
            human, rmta='relay.harbourline-shipping.example', local=False, helo='relay.harbourline-shipping.example', orig='full',
            rcpts=[dict(final=c.co, status='5.1.1', remote=host, diag=f'550 5.1.1 <{c.co}>... User unknown', last=c.at)],
            fields=['Received-From-MTA: DNS; mx.shopper.example'], arrival=c.sent))

    # 4 Gmail-like (Workspace group forwarding to a dead external address)
    c = Ctx('shops', 'hello@copperleaf-tea.example', delay=0)
    dead = 'copperleaf.old@legacy-mail.example'
    human = ('** Address not found **\n\n' f"Your message wasn't delivered to {dead} because the address couldn't be found, or is "
             'unable to receive mail.\n\nLearn more here: https://support.google.example/mail/?p=NoSuchUser\n\nThe response was:\n\n'
             f'550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email '
             'address for typos or unnecessary spaces.\n')
    hh = ('<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;">'
          '<tbody><tr><td><table cellpadding=0 cellspacing=0><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;'
          'background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px"><span style="font-family:Roboto-Regular,Helvetica,'
          'Arial,sans-serif;font-size:24px;color:#262626;">Address not found</span><p style="font-family:Roboto-Regular,Helvetica,'
          f'Arial,sans-serif;font-size:16px;color:#222;">Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none">'
          f'<b>{dead}</b></a> because the address couldn\'t be found, or is unable to receive mail.</p></td></tr></tbody></table>'
          '</td></tr></tbody></table></body></html>\n')
    add('bounce', 'en', 'gmail-address-not-found', 'Gmail-like DSN "Delivery Status Notification (Failure)" / "Address not found" (group forward to a dead address), plain+HTML, headers-only',
        dsn(c, ('Mail Delivery Subsystem', 'mailer-daemon@googlemail.example'), 'Delivery Status Notification (Failure)', human,
            rmta='mx.google.example', local=False, helo='mail-sor-f69.google.example', orig='headers', human_html=hh, hcte='quoted-printable',
            rcpts=[dict(final=dead, status='5.1.1', remote='mx.legacy-mail.example', diag='550 5.1.1 The email account that you tried to reach does not exist.',
                        last=c.at)], extra=['X-Failed-Recipients: ' + dead, 'Auto-Submitted: auto-replied']))

    # 5 Microsoft 365 NDR
    c = Ctx('services', 'contracts@ferro-build.example', delay=0)
    human = (f"Your message to {c.co} couldn't be delivered.\n\ncontracts wasn't found at ferro-build.example.\n\n"
             'anatoly    Office 365    contracts\nAction Required                 Recipient\n\nUnknown To address\n\n'
             'How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n'
             '- Retype the recipient\'s address, then resend the message.\n\nDiagnostic information for administrators:\n\n'
             f'Generating server: AM9PR02MB7234.eurprd02.prod.outlook.example\n\n{c.co}\n'
             'Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n')
    hh = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:\'Segoe UI\'">'
          f'<p style="font-size:16pt;color:#C00000">Your message to {c.co} couldn\'t be delivered.</p>'
          '<p style="font-size:13pt"><b>contracts</b> wasn\'t found at <b>ferro-build.example</b>.</p>'
          '<table><tr><td>anatoly</td><td>Office 365</td><td>contracts</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>'
          '<p><b>Unknown To address</b></p></div></body></html>\n')
    add('bounce', 'en', 'm365-ndr', 'Microsoft 365 NDR "Undeliverable:", plain+HTML alternative, 5.1.10 RecipientNotFound, rfc822-headers',
        dsn(c, ('Microsoft Outlook', 'postmaster@ferro-build.example'), f'Undeliverable: {c.subj}', human,
            rmta='AM9PR02MB7234.eurprd02.prod.outlook.example', local=False, helo='mail-am9eur02on2045.outbound.protection.outlook.example',
            rcpts=[dict(final=c.co, status='5.1.10', remote='AM9PR02MB7234.eurprd02.prod.outlook.example',
                        diag='smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')],
            human_html=hh, hcte='quoted-printable', orig='headers', arrival=c.sent,
            extra=['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied', 'Content-Language: en-US']))

    # 6 qmail
    c = Ctx('shops', 'shop@kiteworks-surf.example', delay=1)
    text = ('Hi. This is the qmail-send program at mail.kiteworks-surf.example.\n'
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f'<{c.co}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n' + probe_raw(c))
    add('bounce', 'en', 'qmail-failure-notice', 'qmail "failure notice", plain 7bit-ish, (#5.1.1), copy of the message',
        plain_bounce(c, ('MAILER-DAEMON', 'MAILER-DAEMON@mail.kiteworks-surf.example'), 'failure notice', text, helo='mail.kiteworks-surf.example'))

    # 7 Postfix: delivery timed out after 5 days (Action: failed)
    c = Ctx('services', 'info@atlas-warehousing.example', delay=5 * 24 * 60 + 3)
    mx = 'mail.atlas-warehousing.example'
    human = EN_PF_HEAD + (f'<{c.co}>: message delivery timed out after 5 days; last error:\n    connect to {mx}[{ip_for(mx)}]:25: Connection timed out\n')
    add('bounce', 'en', 'postfix-timed-out', 'Postfix DSN after 5 days: "delivery timed out" (Action: failed, Status 4.4.1), Diagnostic x-postfix',
        dsn(c, MD, 'Undelivered Mail Returned to Sender', human, rmta='mx.shopper.example',
            rcpts=[dict(final=c.co, orig=c.co, status='4.4.1', dtype='X-Postfix', diag=f'connect to {mx}[{ip_for(mx)}]:25:\n Connection timed out')],
            fields=[PF_ARRIVAL], arrival=c.sent))

    # 8 MDaemon
    c = Ctx('services', 'office@birchwood-accounting.example', delay=1)
    text = ('The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached '
            'message has been removed from the mail queue on this server. The number and frequency of delivery attempts are '
            'determined by local configuration parameters.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n'
            f'--- Session Transcript ---\n {rfcdate(c.at)} Session 12345; child 0001\n Attempting SMTP connection to [mail.birchwood-accounting.example]\n'
            f' --> RCPT To:<{c.co}>\n <-- 550 5.1.1 Mailbox unavailable\n--- End Transcript ---\n')
    part = M('mixed', [T(text, 'plain', 'US-ASCII', '7bit'), RAW(['Content-Type: message/rfc822'], probe_raw(c))], f'=_{hexid(12)}')
    add('bounce', 'en', 'mdaemon-permanent', 'MDaemon-style "Permanent Delivery Failure", multipart/mixed (not a report) with session transcript and message/rfc822',
        mail(c, ('MDaemon at mail.birchwood-accounting.example', 'MDaemon@mail.birchwood-accounting.example'), part,
             subj='Permanent Delivery Failure', irt=False, envelope='', auth=False, helo='mail.birchwood-accounting.example', to=P_ADDR,
             extra=['X-MDDSN-Message: Yes', 'X-Mailer: MDaemon Email Server v23.5.2', 'Auto-Submitted: auto-replied']))

    # 9 Lotus Domino
    c = Ctx('services', 'sales@steinberg-pumps.example', delay=1, tzh=1)
    human = (f'Your message\n\n  Subject: {c.subj}\n\nwas not delivered to:\n\n  {c.co}\n\nbecause:\n\n'
             '  User sales (sales@steinberg-pumps.example) not listed in Domino Directory\n')
    add('bounce', 'en', 'domino-not-listed', 'Lotus Domino "DELIVERY FAILURE: User … not listed in Domino Directory", DSN with headers',
        dsn(c, ('Mail Router', 'Postmaster@steinberg-pumps.example'), 'DELIVERY FAILURE: User sales (sales@steinberg-pumps.example) not listed in Domino Directory',
            human, rmta='smtp.steinberg-pumps.example', local=False, helo='smtp.steinberg-pumps.example', orig='headers', hcte='quoted-printable',
            rcpts=[dict(final=c.co, status='5.1.1', diag='550 5.1.1 User not listed in Domino Directory')]))

    # 10 over quota via LMTP (Zimbra/Postfix on the company side)
    c = Ctx('shops', 'info@harvest-market.example', delay=1)
    mx = 'mail.harvest-market.example'
    human = (f'This is the mail system at host {mx}.\n\n' "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
             f'<{c.co}>: host {mx}[127.0.0.1] said: 552 5.2.2 <{c.co}>:\n    Over quota (in reply to end of DATA command)\n')
    add('bounce', 'en', 'zimbra-over-quota', 'company-side Postfix/LMTP (Zimbra) DSN, 552 5.2.2 over quota, sent by the remote host',
        dsn(c, ('Mail Delivery System', f'MAILER-DAEMON@{mx}'), 'Undelivered Mail Returned to Sender', human, rmta=mx, local=False,
            helo=mx, rcpts=[dict(final=c.co, orig=c.co, status='5.2.2', remote=mx, diag=f'552 5.2.2 <{c.co}>: Over quota')],
            fields=['X-Postfix-Queue-ID: ' + qid(10), PF_ARRIVAL], arrival=c.sent))

    # 11 spam rejection
    c = Ctx('services', 'hello@meridian-pay.example', delay=0)
    mx = 'mx1.pphosted-like.example'
    diag = '554 5.7.1 Message blocked due to spam content in the message. For more information contact your administrator.'
    human = EN_PF_HEAD + f'<{c.co}>: host {mx}[{ip_for(mx)}] said: 554 5.7.1 Message blocked\n    due to spam content in the message. (in reply to end of DATA command)\n'
    add('bounce', 'en', 'postfix-spam-blocked', 'Postfix DSN: remote content filter rejected as spam (554 5.7.1), headers-only original',
        dsn(c, MD, 'Undelivered Mail Returned to Sender', human, rmta='mx.shopper.example', orig='headers',
            rcpts=[dict(final=c.co, orig=c.co, status='5.7.1', remote=mx, diag=diag)], fields=[PF_ARRIVAL], arrival=c.sent))

    # 12 Google Groups-like rejection
    c = Ctx('shops', 'orders@fieldstone-outdoor.example', delay=0)
    text = (f'Hello {P_ADDR},\n\nWe\'re writing to let you know that the group you tried to contact (orders) may not exist, or you '
            'may not have permission to post messages to the group. A few more details on why you weren\'t able to post:\n\n'
            ' * You might have spelled or formatted the group name incorrectly.\n * The owner of the group may have removed this group.\n'
            ' * You may need to join the group before receiving permission to post.\n * This group may not be open to posting.\n\n'
            'If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.example/support/.\n\n'
            'Thanks,\n\nfieldstone-outdoor.example admins\n')
    add('bounce', 'en', 'groups-no-permission', 'Google Groups-like rejection "may not have permission to post", plain text, Delivery Status Notification (Failure) subject',
        plain_bounce(c, ('Mail Delivery Subsystem', 'mailer-daemon@googlemail.example'), 'Delivery Status Notification (Failure)', text,
                     helo='mail-sor-f41.google.example', extra=['X-Failed-Recipients: ' + c.co, 'Auto-Submitted: auto-replied']))


# ---------------------------------------------------------------------------------------------------------------
# writing and checking

BUILDERS = ['humans_ru', 'humans_en', 'redirects_ru', 'redirects_en', 'acks_ru', 'acks_en', 'autoreplies_ru',
            'autoreplies_en', 'bounces_ru', 'bounces_en']
TARGET = {'human': 70, 'redirect': 35, 'ack': 30, 'autoreply': 35, 'bounce': 30}


def build(strict=True):
    for b in BUILDERS:
        if b in globals():
            globals()[b]()
        elif strict:
            raise SystemExit(f'missing builder {b}')
    names = [s['name'] for s in SPECS]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    order = list(range(len(SPECS)))
    random.Random(SEED + 1).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    rows = []
    for n, i in enumerate(order, 1):
        s = SPECS[i]
        fn = f'{n:03d}-{s["name"]}.eml'
        (OUT / fn).write_bytes(s['raw'])
        rows.append({'file': fn, 'kind': s['kind'], 'expected_reply': s['exp'], 'split': 'heldout', 'note': s['note']})
    with open(OUT / 'manifest.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['file', 'kind', 'expected_reply', 'split', 'note'])
        w.writeheader()
        w.writerows(rows)
    return rows


BLOCK_TAGS = r'(?:p|div|br|tr|li|ul|ol|table|blockquote|h[1-6]|hr|center|section|header|footer)'


def html_visible(h):
    h = re.sub(r'(?is)<(style|script|head|title)\b.*?</\1\s*>', ' ', h)
    h = re.sub(r'(?s)<!--.*?-->', ' ', h)
    h = re.sub(r'(?i)</?' + BLOCK_TAGS + r'\b[^>]*>', '\n', h)
    h = re.sub(r'(?i)</?t[dh]\b[^>]*>', ' ', h)
    h = re.sub(r'(?s)<[^>]+>', '', h)
    return htmlmod.unescape(h)


def texts_of(msg):
    """Decoded visible text of every inline text part outside attached messages."""
    out = []

    def walk(part, inside_rfc822):
        ct = part.get_content_type()
        if part.is_multipart():
            for sub in part.iter_parts():
                walk(sub, inside_rfc822)
            return
        if ct in ('message/rfc822', 'text/rfc822-headers', 'message/delivery-status'):
            return
        if part.get_content_disposition() == 'attachment':
            return
        if ct == 'text/plain':
            out.append(part.get_content())
        elif ct == 'text/html':
            out.append(html_visible(part.get_content()))
    walk(msg, False)
    return out


def in_order(exp, text):
    """For inline answers: the expected text is a sequence of pieces that occur in the message in this order."""
    ew_, tw = exp.split(), text.split()

    def find(seg, start):
        for k in range(start, len(tw) - len(seg) + 1):
            if tw[k:k + len(seg)] == seg:
                return k
        return None
    pos = i = 0
    while i < len(ew_):
        for j in range(len(ew_), i, -1):
            k = find(ew_[i:j], pos)
            if k is not None:
                pos, i = k + (j - i), j
                break
        else:
            return False
    return True


def check():
    problems = []
    with open(OUT / 'manifest.csv', encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    files = sorted(p.name for p in OUT.glob('*.eml'))
    if sorted(r['file'] for r in rows) != files:
        problems.append('manifest and files differ')
    counts = {}
    for r in rows:
        raw = (OUT / r['file']).read_bytes()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            problems.append(f'{r["file"]}: bare CR or LF')
        if any(len(line) > 998 for line in raw.split(b'\r\n')):
            problems.append(f'{r["file"]}: line over 998 octets')
        head = raw.split(b'\r\n\r\n', 1)[0]
        if not head.isascii():
            problems.append(f'{r["file"]}: 8-bit header')
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append(f'{r["file"]}: defects {part.defects} in {part.get_content_type()}')
        for h in ('From', 'Date', 'Subject', 'Message-ID'):
            try:
                if msg[h] is None:
                    problems.append(f'{r["file"]}: no {h}')
                else:
                    str(msg[h])
            except Exception as e:  # noqa: BLE001
                problems.append(f'{r["file"]}: {h}: {e}')
        if msg['Date'] is not None and msg['Date'].datetime is None:
            problems.append(f'{r["file"]}: unparsable Date')
        if r['split'] != 'heldout':
            problems.append(f'{r["file"]}: split {r["split"]}')
        lang = r['note'][:2]
        counts[(r['kind'], lang)] = counts.get((r['kind'], lang), 0) + 1
        texts = texts_of(msg)
        if not texts and r['kind'] in ('human', 'redirect'):
            problems.append(f'{r["file"]}: no text part')
        exp = r['expected_reply']
        if r['kind'] in ('human', 'redirect'):
            if not exp:
                problems.append(f'{r["file"]}: empty expected_reply')
            for t in texts:
                if 'inline' in r['note'] and in_order(exp, norm(t)):
                    continue
                if exp not in norm(t):
                    problems.append(f'{r["file"]}: expected_reply not in a {len(t)}-char text part')
        elif exp:
            problems.append(f'{r["file"]}: expected_reply on a {r["kind"]}')
    total = {}
    for (k, l), n in counts.items():
        total[k] = total.get(k, 0) + n
    for k, n in TARGET.items():
        if total.get(k, 0) != n:
            problems.append(f'kind {k}: {total.get(k, 0)} != {n}')
    ru = sum(n for (k, l), n in counts.items() if l == 'ru')
    print('kind       ru  en')
    for k in TARGET:
        print(f'{k:10} {counts.get((k, "ru"), 0):3} {counts.get((k, "en"), 0):3}')
    print(f'total      {ru:3} {len(rows) - ru:3}   ({len(rows)} messages)')
    for p in problems:
        print('PROBLEM', p)
    return not problems


if __name__ == '__main__':
    if '--check' not in sys.argv:
        build(strict='--partial' not in sys.argv)
    ok = check()
    sys.exit(0 if ok else 1)
