#!/usr/bin/env python3
"""Generate bench/corpus/field/ (220 messages, train) and bench/corpus/field_heldout/ (200 messages, heldout).

Fictional replies of fictional companies to the two scripts of studies/demo.yaml («Самовывоз сегодня» for shops,
«Тарифы и договор» for services), sent to Анатолий Смирнов <anatoly@shopper.example>. Written from the scripts,
the field notes and the labelling conventions of bench/corpus/README.md only; imports nothing from the project.

The two folders are generated from disjoint pools (pool "A" -> field/, pool "B" -> field_heldout/): companies,
people, answer fragments, redirect phrasings, acknowledgement and auto-reply templates, bounce wordings,
valedictions and greetings all differ, so field_heldout/ measures generalisation rather than memory. The mail
infrastructure (client quote headers, MIME assembly, trace headers) is shared.

In the texts below the reply's own words are wrapped in ⟦ and ⟧; the marks are removed from the message and the
marked pieces, joined with single spaces, become `expected_reply`.

    python3 bench/corpus/make_field.py          # rewrite both folders, check them, print the counts
"""
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import random
import re
import sys
import textwrap
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4171206
PERSONA_NAME = 'Анатолий Смирнов'
PERSONA = 'anatoly@shopper.example'
MO, MC = '\u27e6', '\u27e7'   # ⟦ ⟧

QUESTION = {
    'shops': ('Самовывоз сегодня', ['Здравствуйте!', 'До скольки работает пункт самовывоза? Помогите оформить заказ! '
                                    'Мне нужно организовать доставку сегодня.', '', PERSONA_NAME]),
    'services': ('Тарифы и договор', ['Добрый день!', 'Какие у вас тарифы, как заключить договор и сколько времени '
                                      'это займёт?', '', PERSONA_NAME]),
}
QUESTION_PARTS = {
    'shops': ['До скольки работает пункт самовывоза?', 'Помогите оформить заказ!',
              'Мне нужно организовать доставку сегодня.'],
    'services': ['Какие у вас тарифы,', 'как заключить договор', 'и сколько времени это займёт?'],
}
FORBIDDEN_IN_LABEL = ['До скольки работает', 'Помогите оформить', 'организовать доставку сегодня',
                      'Какие у вас тарифы', 'сколько времени это займёт', PERSONA_NAME, 'anatoly@']

# ----------------------------------------------------------------------------------------------------------------
# small helpers

def pieces(s):
    return [collapse(p) for p in re.findall(MO + '(.*?)' + MC, s, re.S) if collapse(p)]


def unmark(s):
    return s.replace(MO, '').replace(MC, '')


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def m(s):
    """Mark a piece as the reply's own words."""
    return MO + s + MC if s else ''


SUBST = {'₽': 'руб.', '«': '"', '»': '"', '—': '-', '–': '-', '№': 'N', '…': '...', '“': '"', '”': '"',
         '„': '"', '’': "'", '\u00a0': ' ', '✅': '', '👍': '', '🙂': ':)', '📦': '', '🚚': '', '☎': 'тел.', '😊': ':)', '🤖': '', '💬': '', '−': '-'}


def fit_charset(s, cs):
    """Replace what the charset cannot carry, as mailers do (the label follows the text as sent)."""
    if cs.lower() in ('utf-8',):
        return s
    out = []
    for ch in s:
        if ch in (MO, MC):
            out.append(ch)
            continue
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(SUBST.get(ch, '?'))
    return ''.join(out)


def hdr(s, cs='utf-8', enc=None):
    """An encoded header value (ASCII passes through)."""
    s = fit_charset(s, cs)
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    h = Header(s, cs)
    out = h.encode(maxlinelen=76)
    if enc == 'q':
        from email import charset as _c
        c = _c.Charset(cs)
        c.header_encoding = _c.QP
        out = Header(s, c).encode(maxlinelen=76)
    return out


def addr(name, email, cs='utf-8', enc=None):
    if not name:
        return email
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (hdr(name, cs, enc), email)


class Visible(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'tr', 'li', 'table', 'blockquote', 'h1', 'h2', 'h3', 'td', 'ul', 'ol', 'hr'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'head', 'title'):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'head', 'title'):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(h):
    p = Visible()
    p.feed(h)
    return ''.join(p.out)


def esc(s):
    return html.escape(s, quote=False)


# ----------------------------------------------------------------------------------------------------------------
# MIME assembly: every part is (headers_text, body_bytes)

def leaf(ctype, text, cs='utf-8', cte='8bit', params=''):
    if ctype == 'text/html' and cte in ('7bit', '8bit') and max(len(x) for x in text.split('\n')) > 800:
        text = re.sub(r'(</(?:div|p|td|tr|table|blockquote)>)', '\\1\n', text)
    data = text.replace('\r\n', '\n').encode(cs)
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        if cte == '7bit' and any(b > 127 for b in data):
            cte = '8bit'
        body = data
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, cs, params, cte)
    return h, body


def multipart(sub, parts, boundary, extra='', preamble=''):
    h = 'Content-Type: multipart/%s;%s\n boundary="%s"\n' % (sub, extra, boundary)
    out = io.BytesIO()
    if preamble:
        out.write(preamble.encode('ascii') + b'\n')
    for ph, pb in parts:
        out.write(b'\n--' + boundary.encode() + b'\n' + ph.encode('ascii') + b'\n' + pb)
        if not pb.endswith(b'\n'):
            out.write(b'\n')
    out.write(b'\n--' + boundary.encode() + b'--\n')
    return h, out.getvalue()


def raw_leaf(ctype_line, body, extra=''):
    return 'Content-Type: %s\n%s' % (ctype_line, extra), body


def attachment(name, ctype, data, inline=False):
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\n'
         'Content-Transfer-Encoding: base64\n' % (ctype, name, 'inline' if inline else 'attachment', name))
    return h, base64.encodebytes(data)


def fake_pdf(rnd, title):
    body = ('%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>'
            ' endobj\n%% %s %d\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' % (title, rnd.randint(1000, 9999)))
    return body.encode('latin-1') + bytes(rnd.randrange(256) for _ in range(300))


def fake_png(rnd):
    return b'\x89PNG\r\n\x1a\n' + bytes(rnd.randrange(256) for _ in range(180))


def assemble(headers, part):
    ph, pb = part
    lines = []
    for k, v in headers:
        lines.append('%s: %s' % (k, v))
    head = '\n'.join(lines) + '\nMIME-Version: 1.0\n' + ph
    raw = head.encode('ascii') + b'\n' + pb
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def boundary(rnd, style='plain'):
    if style == 'gmail':
        return '000000000000' + ''.join(rnd.choice('0123456789abcdef') for _ in range(16))
    if style == 'outlook':
        return '_000_' + ''.join(rnd.choice('ABCDEF0123456789') for _ in range(24)) + 'exch_'
    if style == 'apple':
        return 'Apple-Mail=_' + '-'.join(''.join(rnd.choice('0123456789ABCDEF') for _ in range(n))
                                         for n in (8, 4, 4, 4, 12))
    if style == 'ru':
        return '----==_mimepart_' + ''.join(rnd.choice('0123456789abcdef') for _ in range(13)) + '_' + \
               str(rnd.randint(1000, 9999))
    return '=_' + ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(20))


# ----------------------------------------------------------------------------------------------------------------
# time, trace headers, ids

MSK = dt.timezone(dt.timedelta(hours=3))
RU_MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
              'ноября', 'декабря']
RU_WD = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
RU_WD_S = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def rs(rnd, n, alphabet='0123456789abcdef'):
    return ''.join(rnd.choice(alphabet) for _ in range(n))


def probe_time(rnd):
    return dt.datetime(2026, 12, 7, rnd.randint(10, 16), rnd.randint(0, 59), rnd.randint(0, 59), tzinfo=MSK)


def trace(rnd, when, sender_host, envelope, to=PERSONA):
    ip = rnd.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(rnd.randint(2, 250))
    rid = rs(rnd, 10, 'ABCDEF0123456789')
    recv = when + dt.timedelta(seconds=rnd.randint(2, 40))
    h = [('Return-Path', '<%s>' % envelope),
         ('Delivered-To', to),
         ('Received', 'from %s (%s [%s])\n\tby mx.shopper.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
          % (sender_host, sender_host, ip, rid, to, format_datetime(recv.astimezone(MSK))))]
    return h


def tzshift(when, hours):
    return when.astimezone(dt.timezone(dt.timedelta(hours=hours)))


# ----------------------------------------------------------------------------------------------------------------
# quote headers (attribution lines and blocks) of mail clients

def q_attr(style, lang, pt, to_addr, subject):
    d = pt
    hm = d.strftime('%H:%M')
    if style == 'gmail':
        if lang == 'ru':
            return '%s, %d дек. 2026 г. в %s, %s <%s>:' % (RU_WD_S[d.weekday()], d.day, hm, PERSONA_NAME, PERSONA), '> '
        h12 = d.strftime('%I:%M %p').lstrip('0')
        return 'On %s, Dec %d, 2026 at %s %s <%s> wrote:' % (EN_WD[d.weekday()][:3], d.day, h12, PERSONA_NAME,
                                                              PERSONA), '> '
    if style == 'apple':
        if lang == 'ru':
            return '%d дек. 2026 г., в %s, %s <%s> написал(а):' % (d.day, hm, PERSONA_NAME, PERSONA), '> '
        return 'On %d Dec 2026, at %s, %s <%s> wrote:' % (d.day, hm, PERSONA_NAME, PERSONA), '> '
    if style == 'tb':
        if lang == 'ru':
            return '%s %s, %s пишет:' % (d.strftime('%d.%m.%Y'), hm, PERSONA_NAME), '> '
        return 'On %s %s, %s wrote:' % (d.strftime('%d/%m/%Y'), hm, PERSONA_NAME), '> '
    if style == 'yandex':
        return '%s, %s, "%s" <%s>:' % (d.strftime('%d.%m.%Y'), hm, PERSONA_NAME, PERSONA), '> '
    if style == 'mailru':
        return '%s, %d %s 2026, %s +03:00 от %s <%s>:' % (RU_WD[d.weekday()].capitalize(), d.day,
                                                          RU_MON_GEN[d.month - 1], hm, PERSONA_NAME, PERSONA), '>'
    if style == 'rc':
        return '%s писал %s %s:' % (PERSONA_NAME, d.strftime('%Y-%m-%d'), hm) if lang == 'ru' else \
            'On %s %s, %s wrote:' % (d.strftime('%Y-%m-%d'), hm, PERSONA_NAME), '> '
    if style == 'k9':
        if lang == 'ru':
            return '%d декабря 2026 г. %s GMT+03:00, %s <%s> пишет:' % (d.day, d.strftime('%H:%M:%S'), PERSONA_NAME,
                                                                      PERSONA), '>'
        return 'On December %d, 2026 %s GMT+03:00, %s <%s> wrote:' % (d.day, d.strftime('%I:%M:%S %p'),
                                                                       PERSONA_NAME, PERSONA), '>'
    if style == 'outlook':
        if lang == 'ru':
            return ('________________________________\nОт: %s <%s>\nОтправлено: %s, %d %s 2026 г. %s\n'
                    'Кому: %s\nТема: %s\n' % (PERSONA_NAME, PERSONA, RU_WD[d.weekday()], d.day,
                                              RU_MON_GEN[d.month - 1], hm, to_addr, subject)), ''
        return ('________________________________\nFrom: %s <%s>\nSent: %s, December %d, 2026 %s\nTo: %s\n'
                'Subject: %s\n' % (PERSONA_NAME, PERSONA, EN_WD[d.weekday()], d.day,
                                   d.strftime('%I:%M %p').lstrip('0'), to_addr, subject)), ''
    if style == 'orig':
        if lang == 'ru':
            return ('-----Исходное сообщение-----\nОт: %s [mailto:%s]\nОтправлено: %s, %d %s 2026 г. %s\n'
                    'Кому: %s\nТема: %s\n' % (PERSONA_NAME, PERSONA, RU_WD[d.weekday()], d.day,
                                              RU_MON_GEN[d.month - 1], hm, to_addr, subject)), ''
        return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s, December %d, 2026 %s\nTo: %s\n'
                'Subject: %s\n' % (PERSONA_NAME, PERSONA, EN_WD[d.weekday()], d.day, hm, to_addr, subject)), ''
    if style == 'samsung':
        if lang == 'ru':
            return ('-------- Исходное сообщение --------\nОт: %s <%s>\nДата: %s %s (GMT+03:00)\nКому: %s\n'
                    'Тема: %s\n' % (PERSONA_NAME, PERSONA, d.strftime('%d.%m.%Y'), hm, to_addr, subject)), ''
        return ('-------- Original message --------\nFrom: %s <%s>\nDate: %s %s (GMT+03:00)\nTo: %s\n'
                'Subject: %s\n' % (PERSONA_NAME, PERSONA, d.strftime('%m/%d/%Y'), hm, to_addr, subject)), ''
    if style == 'zimbra':
        if lang == 'ru':
            return ('----- Исходное сообщение -----\nОт: "%s" <%s>\nКому: "%s" <%s>\n'
                    'Отправленные: Понедельник, %d Декабрь 2026 г %s\nТема: %s\n'
                    % (PERSONA_NAME, PERSONA, to_addr.split('@')[0], to_addr, d.day, d.strftime('%H:%M:%S'),
                       subject)), '> '
        return ('----- Original Message -----\nFrom: "%s" <%s>\nTo: %s\nSent: Monday, December %d, 2026 %s\n'
                'Subject: %s\n' % (PERSONA_NAME, PERSONA, to_addr, d.day, hm, subject)), '> '
    if style == 'macoutlook':
        return ('From: %s <%s>\nDate: Monday, %d December 2026 at %s\nTo: %s\nSubject: %s\n'
                % (PERSONA_NAME, PERSONA, d.day, hm, to_addr, subject)), ''
    raise ValueError(style)


def quoted_plain(style, lang, pt, to_addr, subject, qlines):
    attr, pre = q_attr(style, lang, pt, to_addr, subject)
    if style in ('outlook', 'orig', 'samsung', 'macoutlook'):
        return attr + '\n' + '\n'.join(qlines)
    if style == 'zimbra':
        return attr + '\n' + '\n'.join((pre + l).rstrip() for l in qlines)
    body = '\n'.join((pre + l).rstrip() if l else pre.rstrip() for l in qlines)
    if style == 'apple':
        return '> ' + attr + '\n> \n' + body
    return attr + '\n' + body


# ----------------------------------------------------------------------------------------------------------------
# layouts: a reply is a list of blocks
#   ('own', text)          the reply's own words (marked inside)
#   ('sig', text)          valediction/signature/disclaimer (never marked)
#   ('dev', text)          device line
#   ('chrome', text)       helpdesk chrome (markers, agent lines, footers)
#   ('quote', style)       the quoted question with a client's attribution
#   ('qline', text)        one quoted line, for inline answers
#   ('bat', None)          The Bat!'s "Вы писали" line plus AС> quote

def render_plain(blocks, ctx):
    out = []
    for kind, val in blocks:
        if kind in ('own', 'sig', 'dev', 'chrome'):
            out.append(val.strip('\n'))
        elif kind == 'quote':
            out.append(quoted_plain(val, ctx['lang'], ctx['pt'], ctx['to_addr'], ctx['qsubject'], ctx['qlines']))
        elif kind == 'qline':
            out.append('> ' + val)
        elif kind == 'bat':
            d = ctx['pt']
            out.append('Вы писали %d декабря 2026 г., %s:\n\n' % (d.day, d.strftime('%H:%M')) +
                       '\n'.join(('АС> ' + l).rstrip() for l in ctx['qlines']))
    text = '\n\n'.join(out) + '\n'
    if ctx.get('wrap'):
        text = wrap_text(text, ctx.get('flowed'))
    return text


def wrap_text(text, flowed):
    lines = []
    for line in text.split('\n'):
        if len(unmark(line)) <= 76 or line.startswith('>') or line.startswith('АС>'):
            lines.append(line)
            continue
        parts = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        if flowed:
            parts = [p + ' ' for p in parts[:-1]] + parts[-1:]
        lines.extend(parts)
    return '\n'.join(lines)


def html_lines(text, tag='div', cls=''):
    out = []
    for line in text.strip('\n').split('\n'):
        a = ' class="%s"' % cls if cls else ''
        if tag == 'p':
            out.append('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(line) if line else '&nbsp;'))
        else:
            out.append('<%s%s>%s</%s>' % (tag, a, esc(line) if line else '<br>', tag))
    return '\n'.join(out)


def render_html(blocks, ctx, flavor):
    lang, pt = ctx['lang'], ctx['pt']
    body = []
    for kind, val in blocks:
        if kind == 'quote':
            attr, _pre = q_attr(val, lang, pt, ctx['to_addr'], ctx['qsubject'])
            q = '<br>\n'.join(esc(l) for l in ctx['qlines'])
            if flavor == 'gmail':
                body.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), q))
            elif flavor == 'mso':
                ah = '<br>\n'.join('<b>%s</b>%s' % (esc(l.split(':', 1)[0] + ':'), esc(l.split(':', 1)[1]))
                                   if ':' in l else esc(l) for l in attr.strip('\n').split('\n') if not l.startswith('__'))
                body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                            '<p class=MsoNormal>%s</p></div>\n<p class=MsoNormal>%s</p>' % (ah, q))
            elif flavor == 'apple':
                body.append('<div><br><blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote></div>'
                            % (esc(attr), q))
            elif flavor == 'mailru':
                body.append('<div>&nbsp;</div><div>%s</div><div id="%s"><blockquote style="border-left:1px solid '
                            '#0857A6; margin:10px; padding:0 0 0 10px;">%s</blockquote></div>'
                            % (esc(attr), 'quote_' + str(pt.minute), q))
            else:
                body.append('<div>%s</div><blockquote>%s</blockquote>' % (esc(attr).replace('\n', '<br>'), q))
        elif kind == 'qline':
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s'
                        '</blockquote>' % esc(val))
        elif kind == 'own':
            if flavor == 'mso':
                body.append(html_lines(val, 'p'))
            elif flavor == 'simple':
                body.append(''.join('<p>%s</p>' % '<br>\n'.join(esc(l) for l in para.split('\n'))
                                    for para in val.strip('\n').split('\n\n')))
            else:
                body.append(html_lines(val) + '\n<div><br></div>')
        elif kind == 'sig':
            if flavor == 'gmail':
                body.append('<div><br></div>-- <br><div dir="ltr" class="gmail_signature">%s</div>'
                            % '<br>'.join(esc(l) for l in val.split('\n') if l.strip() not in ('--', '-- ')))
            elif flavor == 'mso':
                body.append(html_lines(val, 'p'))
            else:
                body.append('<div style="color:#555555">%s</div>' % '<br>'.join(esc(l) for l in val.split('\n')))
        elif kind == 'dev':
            body.append('<div>%s</div>' % esc(val))
        elif kind == 'chrome':
            body.append('<div style="color:#999999;font-size:11px">%s</div>' % '<br>'.join(
                esc(l) for l in val.split('\n')))
    inner = '\n'.join(body)
    if flavor == 'gmail':
        return '<div dir="ltr">%s</div>\n' % inner
    if flavor == 'mso':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style></head><body lang=RU link="#0563C1">'
                '<div class=WordSection1>\n%s\n</div></body></html>\n' % inner)
    if flavor == 'apple':
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">%s</body></html>\n' % inner)
    return '<html><body>\n%s\n</body></html>\n' % inner


def helpdesk_html(own_html, chrome_top, chrome_bottom, brand, preheader):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>td{font-family:Arial}'
            '</style></head><body style="background:#f4f4f4">'
            '<div style="display:none;max-height:0;overflow:hidden">%s</div>'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#ffffff"><tr><td style="color:#aaaaaa;font-size:11px">%s</td></tr>'
            '<tr><td style="padding:24px">%s</td></tr><tr><td style="color:#999999;font-size:11px;padding:12px">%s'
            '</td></tr></table></td></tr></table></body></html>\n'
            % (esc(brand), esc(preheader), '<br>'.join(esc(l) for l in chrome_top.split('\n')), own_html,
               '<br>'.join(esc(l) for l in chrome_bottom.split('\n'))))


# ----------------------------------------------------------------------------------------------------------------
# mail clients of the people who answer

CLIENTS = {
    'gmail': dict(hdr=[], mid='gmail', quote='gmail', html='gmail', body=['alt'], dev=None),
    'outlook': dict(hdr=[('X-Mailer', 'Microsoft Outlook 16.0')], mid='outlook', quote='outlook', html='mso',
                    body=['alt'], dev=None, thread=True),
    'outlook_orig': dict(hdr=[('X-Mailer', 'Microsoft Office Outlook 12.0')], mid='outlook', quote='orig',
                         html='mso', body=['alt', 'plain'], dev=None, thread=True),
    'outlook_web': dict(hdr=[('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')], mid='owa', quote='outlook',
                        html='mso', body=['alt', 'html'], dev=None, thread=True),
    'outlook_mobile': dict(hdr=[], mid='owa', quote='outlook', html='simple', body=['alt'],
                           dev={'ru': 'Получить Outlook для Android', 'en': 'Get Outlook for iOS'}),
    'macoutlook': dict(hdr=[('User-Agent', 'Microsoft-MacOutlook/16.91.24111020')], mid='mac', quote='macoutlook',
                       html='mso', body=['alt'], dev=None),
    'apple_mail': dict(hdr=[('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')], mid='apple', quote='apple',
                       html='apple', body=['alt', 'plain'], dev=None),
    'iphone': dict(hdr=[('X-Mailer', 'iPhone Mail (22B91)')], mid='apple', quote='apple', html='apple',
                   body=['plain', 'alt'], dev={'ru': 'Отправлено с iPhone', 'en': 'Sent from my iPhone'}),
    'thunderbird': dict(hdr=[('User-Agent', 'Mozilla Thunderbird')], mid='tb', quote='tb', html=None,
                        body=['plain'], dev=None, wrap=True, flowed=True),
    'yandex': dict(hdr=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')], mid='yandex', quote='yandex',
                   html='yandex', body=['alt', 'html'], dev=None),
    'yandex_mobile': dict(hdr=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')], mid='yandex', quote='yandex',
                          html='yandex', body=['alt', 'html'], dev={'ru': 'Отправлено из мобильной Яндекс Почты',
                                                                    'en': 'Sent from Yandex Mail for mobile'}),
    'mailru': dict(hdr=[('X-Mailer', 'Mail.Ru Mailer 1.0')], mid='mailru', quote='mailru', html='mailru',
                   body=['alt', 'html'], dev=None),
    'mailru_mobile': dict(hdr=[('X-Mailer', 'Mail.Ru Mailer 1.0')], mid='mailru', quote='mailru', html='mailru',
                          body=['alt'], dev={'ru': '--\nОтправлено из Почты Mail', 'en': '--\nSent from Mail app'}),
    'thebat': dict(hdr=[('X-Mailer', 'The Bat! (v11.2.3) Professional')], mid='bat', quote='bat', html=None,
                   body=['plain'], dev=None, wrap=True, cs=['windows-1251', 'koi8-r']),
    'roundcube': dict(hdr=[('User-Agent', 'Roundcube Webmail/1.6.9')], mid='rc', quote='rc', html='simple',
                      body=['plain', 'alt'], dev=None, wrap=True, flowed=True),
    'samsung': dict(hdr=[], mid='samsung', quote='samsung', html='simple', body=['alt'],
                    dev={'ru': 'Отправлено с устройства Galaxy', 'en': 'Sent from my Galaxy'}),
    'k9': dict(hdr=[('User-Agent', 'K-9 Mail for Android')], mid='k9', quote='k9', html=None, body=['plain'],
               dev={'ru': 'Отправлено из K-9 Mail.', 'en': 'Sent from my Android device with K-9 Mail.'}),
    'zimbra': dict(hdr=[('X-Mailer', 'Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4611)')],
                   mid='zimbra', quote='zimbra', html='simple', body=['alt', 'plain'], dev=None),
    'bare': dict(hdr=[], mid='plain', quote=None, html=None, body=['plain'], dev=None),
}
POOL_CLIENTS = {
    'A': ['gmail', 'gmail', 'outlook', 'outlook', 'outlook_orig', 'outlook_mobile', 'iphone', 'thunderbird',
          'yandex', 'yandex', 'mailru_mobile', 'thebat', 'roundcube', 'bare'],
    'B': ['gmail', 'gmail', 'outlook_web', 'macoutlook', 'apple_mail', 'yandex_mobile', 'mailru', 'mailru',
          'samsung', 'k9', 'zimbra', 'thebat', 'outlook', 'bare'],
}


def message_id(rnd, kind, domain):
    if kind == 'gmail':
        return '<CA%s@mail.gmail.com>' % rs(rnd, 42, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_')
    if kind == 'outlook':
        return '<%s$%s$%s@%s>' % (rs(rnd, 16), rs(rnd, 8), rs(rnd, 8), domain)
    if kind == 'owa':
        return '<%s@%s.eurprd0%d.prod.outlook.com>' % (rs(rnd, 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                                                        rs(rnd, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                                                        rnd.randint(1, 9))
    if kind == 'yandex':
        return '<%d%d@mail.yandex.ru>' % (rnd.randint(100000, 999999), rnd.randint(1700000000, 1799999999))
    if kind == 'mailru':
        return '<%d@f%d.i.mail.ru>' % (rnd.randint(10 ** 12, 10 ** 13), rnd.randint(100, 999))
    if kind == 'apple':
        return '<%s-%s-%s@%s>' % (rs(rnd, 8, 'ABCDEF0123456789'), rs(rnd, 4, 'ABCDEF0123456789'),
                                  rs(rnd, 12, 'ABCDEF0123456789'), domain)
    if kind == 'bat':
        return '<%d.%s@%s>' % (rnd.randint(100000000, 999999999), rs(rnd, 8), domain)
    return '<%s.%s@%s>' % (rs(rnd, 12), rs(rnd, 6), domain)


# ----------------------------------------------------------------------------------------------------------------
# pools: companies and people (A -> field/, B -> field_heldout/)

COMPANIES = {
    'A': [
        ('ru', 'shops', 'Мебельная фабрика «Кедр»', 'kedr-mebel.example.ru', 'мебель'),
        ('ru', 'shops', 'ЗооЛавка «Хвост»', 'hvost-zoo.example.ru', 'зоотовары'),
        ('ru', 'shops', 'Электрон-Маркет', 'elektron-market.example.ru', 'электроника'),
        ('ru', 'shops', 'Цветочная мастерская «Ирис»', 'iris-flowers.example.ru', 'цветы'),
        ('ru', 'shops', 'ВелоДвор', 'velodvor.example.ru', 'велосипеды'),
        ('ru', 'shops', 'Чайный дом «Самовар»', 'samovar-tea.example.ru', 'чай'),
        ('ru', 'shops', 'ШинСклад', 'shinsklad.example.ru', 'шины'),
        ('ru', 'shops', 'Детский остров', 'det-ostrov.example.ru', 'детские товары'),
        ('ru', 'shops', 'Аквабит', 'akvabit.example.ru', 'сантехника'),
        ('ru', 'shops', 'КнигоДом', 'knigodom.example.ru', 'книги'),
        ('ru', 'shops', 'ИП Гусейнов Р.А. (чехлы для телефонов)', 'chehol-shop.example.ru', 'маркетплейс'),
        ('ru', 'shops', 'Лампа и Свет', 'lampasvet.example.ru', 'освещение'),
        ('ru', 'shops', 'Спецодежда-Опт', 'specodezhda-opt.example.ru', 'спецодежда'),
        ('ru', 'shops', 'ГрильМаркет', 'grillmarket.example.ru', 'грили'),
        ('ru', 'services', 'ПэйПоинт', 'paypoint.example.ru', 'эквайринг'),
        ('ru', 'services', 'Логистика Сервис Плюс', 'lsplus.example.ru', 'логистика'),
        ('ru', 'services', 'CRM Облако', 'crmoblako.example.ru', 'CRM'),
        ('ru', 'services', 'Хостинг «Вершина»', 'vershina-host.example.ru', 'хостинг'),
        ('ru', 'services', 'Клиника «Доктор Рядом»', 'dr-ryadom.example.ru', 'клиника'),
        ('ru', 'services', 'Банк «Северный Кредит»', 'sevcredit.example.ru', 'банк'),
        ('ru', 'services', 'Бухгалтерия 24', 'buh24-service.example.ru', 'бухгалтерия'),
        ('ru', 'services', 'Курьерская служба «Стрела»', 'strela-kurier.example.ru', 'доставка'),
        ('ru', 'services', 'Сайтово', 'saitovo.example.ru', 'конструктор сайтов'),
        ('ru', 'services', 'ТехноЛизинг', 'technoleasing.example.ru', 'лизинг'),
        ('ru', 'services', 'Фулфилмент «Полка»', 'polka-ff.example.ru', 'фулфилмент'),
        ('ru', 'services', 'СМС-Сигнал', 'signal-sms.example.ru', 'рассылки'),
        ('en', 'shops', 'Northwind Outdoor Gear', 'northwind-gear.example', 'outdoor'),
        ('en', 'shops', 'Pixel & Plug Electronics', 'pixelplug.example', 'electronics'),
        ('en', 'shops', 'Oak & Thread Furniture', 'oakthread.example', 'furniture'),
        ('en', 'shops', 'Bloom Box Flowers', 'bloombox.example', 'flowers'),
        ('en', 'shops', 'QuickParts Auto', 'quickparts.example', 'auto parts'),
        ('en', 'shops', 'Little Sprout Toys', 'littlesprout.example', 'toys'),
        ('en', 'services', 'Ledgerly', 'ledgerly.example', 'accounting SaaS'),
        ('en', 'services', 'CloudHarbor Hosting', 'cloudharbor.example', 'hosting'),
        ('en', 'services', 'ParcelNest Logistics', 'parcelnest.example', 'logistics'),
        ('en', 'services', 'PayStream', 'paystream.example', 'payments'),
        ('en', 'services', 'Helix Dental Clinic', 'helixdental.example', 'clinic'),
        ('en', 'services', 'BrightDesk CRM', 'brightdesk.example', 'CRM'),
        ('en', 'services', 'Vantage Legal Services', 'vantagelegal.example', 'legal'),
    ],
    'B': [
        ('ru', 'shops', 'Берёзка-Декор', 'berezka-dekor.example.ru', 'декор'),
        ('ru', 'shops', 'МастерПол', 'masterpol.example.ru', 'напольные покрытия'),
        ('ru', 'shops', 'Гаджет-Порт', 'gadgetport.example.ru', 'электроника'),
        ('ru', 'shops', 'Сырная лавка «Тильзит»', 'tilzit-cheese.example.ru', 'продукты'),
        ('ru', 'shops', 'Спорт-Арсенал', 'sportarsenal.example.ru', 'спорттовары'),
        ('ru', 'shops', 'Кухни Поволжья', 'kuhni-povolzhya.example.ru', 'кухни'),
        ('ru', 'shops', 'Оптика «Зоркий глаз»', 'zorkiy-glaz.example.ru', 'оптика'),
        ('ru', 'shops', 'Бытовик', 'bytovik.example.ru', 'бытовая техника'),
        ('ru', 'shops', 'Пряжа и спицы', 'pryazha-spicy.example.ru', 'рукоделие'),
        ('ru', 'shops', 'ИП Ларина О.В. (косметика)', 'larina-beauty.example.ru', 'маркетплейс'),
        ('ru', 'shops', 'Рыболов-Профи', 'rybolov-profi.example.ru', 'рыбалка'),
        ('ru', 'shops', 'СтройДвор', 'stroidvor.example.ru', 'стройматериалы'),
        ('ru', 'shops', 'Диван-Центр', 'divan-centr.example.ru', 'мебель'),
        ('ru', 'shops', 'Аптека «Ромашка плюс»', 'romashka-apteka.example.ru', 'аптека'),
        ('ru', 'services', 'Касса-Онлайн', 'kassa-online.example.ru', 'онлайн-кассы'),
        ('ru', 'services', 'ТрансЛайн', 'transline-cargo.example.ru', 'грузоперевозки'),
        ('ru', 'services', 'ОблакоДиск', 'oblakodisk.example.ru', 'облачное хранение'),
        ('ru', 'services', 'Юрконсалт', 'yurkonsalt.example.ru', 'юридические услуги'),
        ('ru', 'services', 'Медцентр «Авиценна»', 'avicenna-med.example.ru', 'клиника'),
        ('ru', 'services', 'ДатаЦентр Урал', 'dc-ural.example.ru', 'колокация'),
        ('ru', 'services', 'Тендер-Гид', 'tendergid.example.ru', 'тендеры'),
        ('ru', 'services', 'Монета-Про', 'moneta-pro.example.ru', 'эквайринг'),
        ('ru', 'services', 'КлинингПрофи', 'cleaning-profi.example.ru', 'клининг'),
        ('ru', 'services', 'Агентство «Охват»', 'ohvat-agency.example.ru', 'реклама'),
        ('ru', 'services', 'ЭДО-Центр', 'edo-centr.example.ru', 'ЭДО'),
        ('ru', 'services', 'Бюро переводов «Лингва»', 'lingva-bureau.example.ru', 'переводы'),
        ('en', 'shops', 'Copperleaf Home', 'copperleaf.example', 'home goods'),
        ('en', 'shops', 'Trailhead Bikes', 'trailheadbikes.example', 'bikes'),
        ('en', 'shops', 'Lumen Lighting Co.', 'lumenlighting.example', 'lighting'),
        ('en', 'shops', 'Gadgetry Hub', 'gadgetryhub.example', 'gadgets'),
        ('en', 'shops', 'Maple & Moss Plants', 'maplemoss.example', 'plants'),
        ('en', 'shops', 'Harbor Books', 'harborbooks.example', 'books'),
        ('en', 'services', 'Stackfield Analytics', 'stackfield.example', 'analytics SaaS'),
        ('en', 'services', 'Portside Freight', 'portsidefreight.example', 'freight'),
        ('en', 'services', 'Clearwire Payroll', 'clearwirepayroll.example', 'payroll'),
        ('en', 'services', 'NimbusVault Backup', 'nimbusvault.example', 'backup'),
        ('en', 'services', 'Riverbend Medical Group', 'riverbendmed.example', 'clinic'),
        ('en', 'services', 'Orbit Telecom Business', 'orbittelecom.example', 'telecom'),
        ('en', 'services', 'Keystone Insurance Brokers', 'keystonebrokers.example', 'insurance'),
    ],
}

PEOPLE = {
    ('A', 'ru'): [('Ольга', 'Кравцова', 'f'), ('Дмитрий', 'Селезнёв', 'm'), ('Марина', 'Тихонова', 'f'),
                  ('Артём', 'Белоусов', 'm'), ('Светлана', 'Жукова', 'f'), ('Игорь', 'Панфилов', 'm'),
                  ('Юлия', 'Ганиева', 'f'), ('Роман', 'Щербаков', 'm'), ('Алёна', 'Мухина', 'f'),
                  ('Константин', 'Ляхов', 'm'), ('Наталья', 'Дёмина', 'f'), ('Руслан', 'Хабибуллин', 'm'),
                  ('Екатерина', 'Осипова', 'f'), ('Павел', 'Горбунов', 'm')],
    ('B', 'ru'): [('Виктория', 'Лаптева', 'f'), ('Сергей', 'Копылов', 'm'), ('Ирина', 'Сафронова', 'f'),
                  ('Максим', 'Лыков', 'm'), ('Дарья', 'Кононова', 'f'), ('Андрей', 'Ефремов', 'm'),
                  ('Элина', 'Зарипова', 'f'), ('Глеб', 'Воронцов', 'm'), ('Татьяна', 'Рябова', 'f'),
                  ('Василий', 'Малахов', 'm'), ('Ксения', 'Шестакова', 'f'), ('Тимур', 'Ахметов', 'm'),
                  ('Людмила', 'Фомина', 'f'), ('Евгений', 'Соболев', 'm')],
    ('A', 'en'): [('Emma', 'Whitfield', 'f'), ('Jacob', 'Moreno', 'm'), ('Priya', 'Raman', 'f'),
                  ('Liam', "O'Connell", 'm'), ('Sophie', 'Brandt', 'f'), ('Marcus', 'Lee', 'm'),
                  ('Hannah', 'Kowalski', 'f'), ('Daniel', 'Fraser', 'm')],
    ('B', 'en'): [('Olivia', 'Hartley', 'f'), ('Ethan', 'Navarro', 'm'), ('Aisha', 'Bello', 'f'),
                  ('Noah', 'Lindqvist', 'm'), ('Chloe', 'Dupont', 'f'), ('Ryan', 'Castellanos', 'm'),
                  ('Mei', 'Tanaka', 'f'), ('Oscar', 'Pembroke', 'm')],
}
POSITIONS = {
    ('A', 'ru'): ['менеджер интернет-магазина', 'старший менеджер', 'специалист службы поддержки',
                  'руководитель отдела продаж', 'менеджер по работе с клиентами', 'администратор'],
    ('B', 'ru'): ['менеджер отдела продаж', 'ведущий специалист', 'оператор клиентского сервиса',
                  'коммерческий директор', 'аккаунт-менеджер', 'специалист по работе с партнёрами'],
    ('A', 'en'): ['Customer Support', 'Customer Success Manager', 'Sales Associate', 'Support Team Lead'],
    ('B', 'en'): ['Customer Care Specialist', 'Account Executive', 'Client Services', 'Sales Development Rep'],
}


# ----------------------------------------------------------------------------------------------------------------
# pools: people's answers, as fragments (a complete answer takes one of each; partial ones take fewer)

FRAG = {
    ('A', 'ru', 'shops'): [
        ['Пункт самовывоза на ул. Складской, 4 сегодня работает до 20:00.',
         'Самовывоз у нас с 9 до 21, без выходных.',
         'Склад выдаёт заказы до 18:30, в субботу до 15:00.',
         'Пункт выдачи открыт до 19.00, последний заказ выдаём без четверти семь.',
         'ПВЗ работает круглосуточно, забрать можно по коду из СМС.',
         'Забрать заказ можно с 10 до 20 по адресу Кирпичный пер., 12 (вход со двора).',
         'Шоурум и выдача работают до 22:00 ежедневно.',
         'Выдача на складе в Котельниках с 8 до 17, обед с 12 до 13.'],
        ['Заказ можете оформить на сайте через корзину, оплата картой или при получении.',
         'Если удобно, оформим заказ за вас: напишите, что нужно, и телефон для курьера.',
         'Оформить заказ можно прямо ответом на это письмо — название, количество и адрес.',
         'На сайте есть кнопка «Купить в 1 клик», оставьте телефон, и менеджер подтвердит заказ минут за 15.',
         'Пришлите ссылки на товары, я соберу заказ и вышлю счёт на оплату.',
         'Заказ можно оформить и по телефону, и здесь в почте, как вам удобнее. Пришлите список.'],
        ['Доставку сегодня сделаем, если оформить до 15:00, курьер приедет с 18 до 22.',
         'Сегодня курьером по городу успеваем, стоимость 450 руб.',
         'К сожалению, сегодня доставить уже не получится, ближайшая доставка завтра с 10 до 14.',
         'Срочная доставка в день заказа есть, стоит 700 ₽, в область сегодня не возим.',
         'Доставка сегодня возможна экспресс-курьером за 2–3 часа, оплата по тарифу курьерской службы.',
         'Сегодня привезём, только крупногабарит (шкафы) возим на следующий день.'],
    ],
    ('B', 'ru', 'shops'): [
        ['Самовывоз из магазина на пр. Победы, 88 — до 21:00 по будням и до 18:00 в выходные.',
         'Мы работаем с 10 до 19, сегодня тоже.',
         'Точка выдачи открыта до 20.30.',
         'Забирать можно с 11 до 20, у нас касса прямо в пункте выдачи.',
         'Пункт самовывоза работает до 17:00, после — только по предварительной договорённости.',
         'Магазин на Заводской открыт круглосуточно, выдача заказов тоже.',
         'Склад работает сегодня до 19 ч, завтра с 9.',
         'Выдаём заказы с 9:30 до 18:00, в воскресенье выходной.'],
        ['Заказ оформлю за вас, если пришлёте артикулы — счёт придёт вам на почту.',
         'Оформить заказ проще всего на сайте, но можно и через меня: скиньте список и адрес.',
         'Чтобы оформить заказ, положите товары в корзину и выберите «Самовывоз» или «Курьер».',
         'Давайте я заведу заказ на вас, нужны только ФИО, телефон и что берёте.',
         'Заказ можно оформить в ответном письме, мы перезвоним для подтверждения.',
         'Оформление на сайте занимает пару минут, при оплате онлайн резерв держим 3 дня.'],
        ['Доставка день в день есть по городу, если заказ до 13:00.',
         'Сегодня отвезти можем, курьер свободен после 16:00, стоимость 390 руб.',
         'Сегодня доставить не успеем, курьеры уже разобраны, можем завтра утром.',
         'Доставка сегодня — только самовывозом, курьером от 1 дня.',
         'В пределах КАД привезём сегодня вечером, за город — завтра.',
         'Сегодняшняя доставка платная, 600 ₽, при заказе от 5000 ₽ бесплатно.'],
    ],
    ('A', 'ru', 'services'): [
        ['Тарифы: «Старт» — 990 ₽/мес, «Бизнес» — 2 490 ₽/мес, «Про» — 5 900 ₽/мес.',
         '@эквайринг|банк:Комиссия за эквайринг 2,3% с оборота, без абонентской платы.',
         'Абонентская плата от 1 500 руб. в месяц, точная сумма зависит от числа сотрудников.',
         'Стоимость обслуживания от 3 000 руб./мес., при оплате за год скидка 15%.',
         '@эквайринг|банк|конструктор сайтов:Тариф для интернет-магазинов — 1,9% с операции, для остальных 2,5%.',
         'Базовый пакет 7 500 руб., каждое дополнительное место 450 руб.'],
        ['Договор заключаем по оферте: регистрируетесь в личном кабинете и принимаете её.',
         'Для договора пришлите реквизиты и карточку организации, мы подготовим договор и отправим через ЭДО.',
         'Договор подписываем в двух экземплярах, можно по ЭДО или курьером.',
         'Нужны устав, ИНН/ОГРН и паспорт директора, после проверки пришлём договор на подпись.',
         'Заключить договор можно онлайн, форма заявки в личном кабинете, подписание через ЭДО.'],
        ['Подключение занимает 2 рабочих дня после подписания.',
         'Обычно от заявки до запуска 3-5 рабочих дней.',
         'На всё уходит около 1 рабочего дня, если документы в порядке.',
         'Проверка документов до 3 рабочих дней, потом сразу подключаем.',
         'Срок — 10 рабочих дней с момента подписания договора.'],
    ],
    ('B', 'ru', 'services'): [
        ['@онлайн-кассы:Цены: 1 200 руб. в месяц за кассу, обслуживание фискального накопителя 3 500 руб.',
         '@эквайринг|онлайн-кассы:Ставка от 1,7%, зависит от оборота; при обороте больше 1 млн — 1,5%.',
         'Тарифная сетка: «Мини» 490 руб., «Стандарт» 1 490 руб., «Максимум» 4 990 руб. в месяц.',
         '@юридические услуги|тендеры|реклама:Разовая консультация 2 000 руб., абонентское сопровождение от 15 000 руб. в месяц.',
         '@колокация|облачное хранение:Стойка в дата-центре 38 000 руб./мес, юнит — от 3 200 руб.',
         '@переводы:Стоимость от 900 руб. за страницу, срочный тариф +50%.'],
        ['Договор типовой, высылаем его на почту, подписываете и сканом отправляете обратно, оригиналы по почте.',
         'Работаем по договору-оферте, акцепт — оплата первого счёта.',
         'Договор подписывается через ЭДО, если у вас его нет, подключим бесплатно.',
         'Для заключения договора заполните анкету клиента, пришлю её ответным письмом. Вот она во вложении.',
         'Договор согласовываем с вашим юристом, если есть правки — обсудим.'],
        ['Всё занимает 1-2 рабочих дня.',
         'Оформление в среднем 5 рабочих дней.',
         'Подключаем в течение 3 рабочих дней после оплаты.',
         'Согласование договора до 7 рабочих дней, запуск сразу после.',
         'Если документы пришлёте сегодня, то уже через 2 рабочих дня всё будет готово.'],
    ],
    ('A', 'en', 'shops'): [
        ['Our pickup point at 14 Dock Street is open until 8 pm today.',
         'Pickup hours are 9 am to 9 pm, seven days a week.',
         'The warehouse counter is open until 18:00, Saturdays until 14:00.',
         'You can collect from our store until 7:30 pm.',
         'Click & collect lockers are available 24/7.'],
        ['I can place the order for you: just send me the item names and a phone number.',
         'You can order on our website; choose "Pick up in store" at checkout.',
         'Reply with the product links and I will set up the order and send you a payment link.',
         'Orders can be placed online or over the phone, whichever you prefer.'],
        ['Same-day delivery is available if you order before 2 pm, it costs 9.90.',
         "Unfortunately we can't deliver today any more, the earliest slot is tomorrow morning.",
         'We can send a courier today between 6 and 10 pm.',
         'Same-day delivery only covers the city centre; anything else ships next day.'],
    ],
    ('B', 'en', 'shops'): [
        ['We are open until 6 pm on weekdays and until 4 pm on Saturday.',
         'Our collection desk runs 10:00 to 20:00 daily.',
         'The shop is open till 9 tonight, so plenty of time.',
         'Pick-up is possible from 8 am until 5 pm at our Riverside warehouse.',
         "We're open round the clock at the Airport Road location."],
        ["Happy to place the order for you - just tell me what you'd like.",
         'To order, add the items to your basket and pick "Collect" as the delivery method.',
         'Send over your list and I will raise the order on our side and email you the invoice.',
         'You can also order by replying to this email with the SKUs.'],
        ['Today delivery is doable if the order is in by noon.',
         "I'm afraid same-day delivery is fully booked today; tomorrow from 9 am works.",
         'Our own van can drop it off this evening for a flat fee of 12.',
         'Same-day delivery is free on orders over 50.'],
    ],
    ('A', 'en', 'services'): [
        ['Plans start at 29 per month (Starter), 79 (Growth) and 199 (Scale).',
         '@payments:Our fee is 1.4% + 0.20 per transaction, no monthly charge.',
         'Pricing is 15 per user per month, billed annually.',
         '@hosting:Hosting starts at 6 per month for the Basic plan; managed plans from 45.'],
        ['The contract is a standard online agreement you accept when you sign up.',
         'We send the contract via DocuSign once you share your company details.',
         'You can sign the service agreement online; a paper copy is available on request.',
         'Contracts go through our legal team; we just need your registration documents.'],
        ['Onboarding usually takes 2 business days.',
         'The whole process takes about a week.',
         'Account activation is instant; verification can take up to 3 working days.',
         'It typically takes 5 to 7 business days from signature to go-live.'],
    ],
    ('B', 'en', 'services'): [
        ['Our tiers are Lite at 19, Team at 59 and Enterprise from 250 a month.',
         '@payroll|analytics SaaS:The rate is 2.1% per payment, volume discounts from 100k a month.',
         'Pricing depends on seats: 12 per seat per month, minimum 5 seats.',
         '@insurance|clinic|telecom:A standard consultation is 150, ongoing support starts at 900 per month.'],
        ['Signing is done electronically - we send a link, you e-sign, done.',
         'We work under a master services agreement; I can send the draft today.',
         'The agreement is accepted online by ticking the box at checkout.',
         'Once you fill in our onboarding form we prepare the contract for signature.'],
        ['Setup is normally completed within 48 hours.',
         'Expect around 3 working days end to end.',
         'Usually it is ready the same day.',
         'Legal review takes 5 business days on average.'],
    ],
}

# whole hand-written answers (paragraphs; each becomes one marked piece). Greeting included where the writer used one.
WHOLE = {
    ('A', 'ru', 'shops'): [
        ['@мебель', 'Анатолий, добрый день!', 'Самовывоз сегодня до 20:00, адрес — Складская 4, там вывеска «Кедр», звоните в '
         'домофон 12.', 'Что именно хотите заказать? Напишите модель и цвет, я проверю наличие на складе и сразу '
         'оформлю заказ на вас. Доставка сегодня по городу возможна, если успеем загрузить машину до 16:00.'],
        ['добрый. пвз до 21, без выходных. по доставке - сегодня уже не обещаю, машины ушли, завтра с утра '
         'привезем. заказ можете прямо тут написать, оформлю'],
        ['Здравствуйте!', 'Отвечаю по порядку:', '1. Пункт самовывоза работает ежедневно с 10:00 до 20:00.',
         '2. Заказ оформим за вас — пришлите, пожалуйста, ссылки на товары и ваш телефон.',
         '3. Доставка сегодня возможна, стоимость 390 руб., курьер позвонит за час.'],
        ['Анатолий, привет! 😊', 'Мы до 19:00 сегодня. Доставкой сегодня не успеем, к сожалению, но можем '
         'придержать товар до завтра, чтобы вы забрали сами.'],
    ],
    ('B', 'ru', 'shops'): [
        ['Здравствуйте, Анатолий!', 'Магазин и самовывоз работают до 21:00. Если скажете, что нужно, я соберу '
         'заказ и оформлю его на ваше имя, останется только оплатить по ссылке.', 'С доставкой сегодня сложнее: '
         'курьер по городу ещё есть на вечер (с 18 до 22), стоимость 350 руб. Успеваем, если подтвердите до 15:00.'],
        ['Анатолий, добрый день. Самовывоз до 18-00, заказ оформим сразу после вашего ответа, доставки день в день '
         'у нас нет(('],
        ['Добрый день!', 'У нас самовывоз из двух точек: ТЦ «Радуга» до 22:00 и склад на Литейной до 17:00.',
         'Оформить заказ можно на сайте или ответом на это письмо — пришлите артикулы.', 'Доставка сегодня '
         'только по центру, с 19 до 23, бесплатно от 3000 руб.'],
        ['приветствую! работаем до 20ч. доставку сегодня сделаем, напишите адрес и что везти 👍'],
    ],
    ('A', 'ru', 'services'): [
        ['@лизинг', 'Анатолий, добрый день!', 'Лизинг оформляем от 20% аванса, удорожание около 9% в год.', 'Порядок такой: '
         'заявка и документы, решение за 1 рабочий день, затем подписание договора лизинга и договора '
         'купли-продажи. В целом на сделку уходит 3–5 рабочих дней.'],
        ['@клиника', 'Здравствуйте!', 'Первичный приём терапевта 2 100 руб., для компаний — абонемент от 45 000 руб. в год.',
         'С юрлицами работаем по договору, проект пришлём на почту. Согласование обычно занимает до 10 рабочих дней.'],
        ['Добрый день, Анатолий!', 'У нас три тарифа: «Старт» 1 900 руб./мес., «Бизнес» 4 900 руб./мес. и '
         '«Корпоративный» — по запросу.', 'Договор заключается онлайн: вы заполняете реквизиты в личном кабинете, '
         'мы выставляем счёт-оферту, оплата счёта = акцепт.', 'Обычно всё занимает 1 рабочий день, при оплате '
         'через банк-клиент — до 2 рабочих дней.'],
        ['@эквайринг|банк|CRM', 'Анатолий, цены от 2,2%, договор пришлю сегодня, сроки — дня три. Вам для ИП или ООО?'],
        ['@логистика|доставка|фулфилмент|рассылки', 'Здравствуйте.', 'Стоимость услуг зависит от объёма: до 100 отправлений в месяц — 120 руб. за отправление, '
         'свыше — 95 руб.', 'Договор типовой, подписываем по ЭДО. Подключение в течение 2 рабочих дней.'],
    ],
    ('B', 'ru', 'services'): [
        ['@клининг', 'Добрый вечер, Анатолий.', 'Уборка офиса — от 45 руб. за кв. м, генеральная — от 120 руб.',
         'Договор подписываем после бесплатного выезда на замер, сам выезд можно назначить на завтра. От заявки до '
         'первой уборки обычно 2 рабочих дня.'],
        ['@переводы', 'Анатолий, день добрый!', 'Перевод с английского 650 руб. за страницу, нотариальное заверение 900 руб.',
         'Физлицам договор не нужен, для компаний — договор и счёт, подписание через ЭДО, сроки 1-3 рабочих дня.'],
        ['Анатолий, здравствуйте!', 'Прикладываю коротко условия:', '— абонентская плата 2 500 руб. в месяц;',
         '— договор подписываем через ЭДО или курьером, как удобнее;', '— запуск через 3 рабочих дня после '
         'подписания.', 'Если нужно, созвонимся и разберём детали.'],
        ['Добрый день! Тариф «Бизнес» стоит 3 900 руб./мес, договор-оферта на сайте, подключаем за 1 рабочий день.'],
        ['@эквайринг|онлайн-кассы', 'Здравствуйте, Анатолий.', 'Благодарю за интерес. Базовая ставка 1,6% с оборота, при оборотах от 3 млн — '
         'индивидуально.', 'Для договора нужны карточка предприятия и скан паспорта руководителя. Проверка занимает '
         'до 5 рабочих дней.'],
    ],
    ('A', 'en', 'shops'): [
        ['Hi Anatoly,', "Our pickup desk is open until 8pm today. If you send me what you'd like I'll put the order "
         "through for you, and we still have same-day courier slots this evening (6-9pm)."],
        ['hey - open till 9, yes we deliver today if you order before 3 :)'],
    ],
    ('B', 'en', 'shops'): [
        ['Hello Anatoly,', 'Thanks for the message! The Riverside shop is open until 7 pm tonight.',
         "I can set the order up on my side - just reply with the items. Same-day delivery isn't available for "
         "furniture, but small items can go out today."],
        ['Open till 6. We can do same day - order online by 1pm.'],
    ],
    ('A', 'en', 'services'): [
        ['@hosting', 'Hello,', 'Hosting is billed monthly: Basic 6, Pro 18, Managed from 45. You accept the service agreement '
         'when you create the account, and new servers are provisioned within minutes.'],
        ['@legal', 'Dear Anatoly,', 'Thank you for your interest in our services. Our fixed-fee packages start at 450 per '
         'month.', 'We will send an engagement letter for e-signature; once signed and the ID checks are done '
         '(usually 2 business days) we can start.'],
        ['Hi Anatoly,', 'Our plans are Starter (29/month), Growth (79/month) and Scale (199/month).',
         "Signing up is self-serve: you accept our terms online, no paper contract needed. You'd be up and running "
         "within one business day."],
    ],
    ('B', 'en', 'services'): [
        ['@freight|logistics', 'Good afternoon,', 'Freight rates depend on the lane; a standard pallet within the region is 85, express '
         'is 140.', 'We trade under a credit agreement which takes about 5 working days to approve.'],
        ['@backup|hosting', 'Anatoly - backup plans are 8/month for 1 TB and 20/month for 5 TB. Online terms, no contract to sign, '
         'active immediately.'],
        ['Hi Anatoly,', "Pricing is 12 per seat per month. Contracts are signed electronically and most customers "
         "are onboarded within 3 working days. Happy to walk you through it on a call if useful."],
    ],
}

CURT = {
    ('A', 'ru', 'shops'): ['Да, до 21:00.', 'До 20. Заказ оформим, пишите что нужно.', 'Работаем до 19:00, сегодня привезём.',
                           'до 18 самовывоз. доставка сегодня уже нет', 'Сегодня до 22, приезжайте.'],
    ('B', 'ru', 'shops'): ['До 20:00, ждём.', 'Сегодня до 17.', 'Круглосуточно. Оформляйте на сайте.',
                           'до 19ч, доставка завтра', 'С 10 до 21. Привезём сегодня, если оплатите до обеда.'],
    ('A', 'ru', 'services'): ['990 руб./мес, договор-оферта на сайте, подключение за 1 рабочий день.',
                              'От 2%. Договор по ЭДО. 3 рабочих дня.', 'Тариф один — 1 990 руб. Оферта, без бумаг.',
                              'Консультация бесплатно, дальше 3 500 руб./мес. Договор пришлю.'],
    ('B', 'ru', 'services'): ['1,8% с оборота, договор пришлём, 2 рабочих дня.', 'От 5000 руб. в месяц. Договор типовой.',
                              'Оферта, 700 руб./мес, подключение за 1 рабочий день.', 'Стойка 38 тыс./мес. Договор за неделю.'],
    ('A', 'en', 'shops'): ['Yes, until 9 pm.', 'Open till 8. We can deliver today.'],
    ('B', 'en', 'shops'): ['Till 6 pm today.', 'Until 10pm. Same-day delivery yes.'],
    ('A', 'en', 'services'): ['From 29/month, online contract, live in 2 days.', '1.4% per txn. Sign online. Same day.'],
    ('B', 'en', 'services'): ['12/seat, e-sign, 48h.', 'Lite is 19 a month; you agree to terms at signup.'],
}

GREET = {
    ('A', 'ru'): ['Здравствуйте, Анатолий!', 'Добрый день, Анатолий.', 'Анатолий, здравствуйте!', 'Здравствуйте!',
                  'Добрый день!', 'Анатолий, добрый вечер!', ''],
    ('B', 'ru'): ['Приветствую, Анатолий!', 'Анатолий, добрый день.', 'Доброго времени суток!', 'Здравствуйте, Анатолий.',
                  'Анатолий, приветствую!', 'Анатолий,', 'Добрый!', ''],
    ('A', 'en'): ['Hi Anatoly,', 'Hello Anatoly,', 'Dear Anatoly,', 'Hello,', ''],
    ('B', 'en'): ['Hey Anatoly,', 'Good morning Anatoly,', 'Hi there,', 'Dear Mr. Smirnov,', 'Anatoly -', ''],
}
OPENERS = {
    ('A', 'ru'): ['Спасибо за обращение!', 'Благодарим, что написали нам.', 'Спасибо за интерес к нашему магазину.'],
    ('B', 'ru'): ['Спасибо за письмо.', 'Рады, что выбрали нас!', 'Спасибо, что обратились.'],
    ('A', 'en'): ['Thanks for reaching out!', 'Thank you for your email.'],
    ('B', 'en'): ['Thanks for getting in touch.', 'Great to hear from you!'],
}
CLOSERS = {
    ('A', 'ru'): ['Хорошего дня!', 'Будем рады видеть!', 'Если будут вопросы — пишите.', 'Ждём вашего ответа.'],
    ('B', 'ru'): ['Обращайтесь!', 'Отличного дня!', 'Будут вопросы — звоните или пишите.', 'Жду ответа :)'],
    ('A', 'en'): ['Hope this helps!', 'Have a great day!', 'Let me know if you have any other questions.'],
    ('B', 'en'): ['Any questions, just shout.', 'Talk soon!', 'Hope that answers everything.'],
}
VALEDICTIONS = {
    ('A', 'ru'): ['С уважением,', 'С уважением,', 'Всего доброго,', 'Спасибо!', 'С уважением'],
    ('B', 'ru'): ['С наилучшими пожеланиями,', 'Всего хорошего,', 'Благодарю,', 'Искренне Ваш,', 'С ув.'],
    ('A', 'en'): ['Best regards,', 'Kind regards,', 'Cheers,', 'Regards,'],
    ('B', 'en'): ['Best,', 'Thanks,', 'Warm regards,', 'All the best,', 'Sincerely,'],
}
DISCLAIMERS = {
    'A': ['Информация в этом письме конфиденциальна и предназначена только для адресата. Если вы получили его по '
          'ошибке, сообщите отправителю и удалите письмо.',
          'This e-mail and any attachments are confidential and intended solely for the addressee.'],
    'B': ['Настоящее сообщение и вложения к нему могут содержать информацию ограниченного доступа. Любое '
          'использование без согласия отправителя запрещено.',
          'CONFIDENTIALITY NOTICE: The contents of this email are intended only for the named recipient(s).',
          'Пожалуйста, подумайте об окружающей среде, прежде чем распечатывать это письмо.'],
}
BANNERS = {
    'A': ['Скидка 10% на всё до конца декабря по промокоду ЗИМА!', 'Follow us for new arrivals every Friday.'],
    'B': ['Новогодняя распродажа уже идёт — до −40% в каталоге.', 'Rated 4.8 by 2,000+ customers.'],
}


# ----------------------------------------------------------------------------------------------------------------
# pools: redirects (the whole answer sends the customer elsewhere). {phone} {mail} {dom} {tg} are filled in.

REDIRECT = {
    ('A', 'ru'): [
        'По вопросам самовывоза и заказов позвоните, пожалуйста, нам: {phone}, с 9 до 21.',
        'Заказы мы принимаем только через сайт {dom}, оформите, пожалуйста, там.',
        'Эта почта не для заказов. Напишите в WhatsApp {phone}, там ответят быстрее.',
        'Уточните, пожалуйста, этот вопрос у операторов в чате на сайте (кнопка справа внизу).',
        'Ваше письмо передали в отдел продаж, менеджер свяжется с вами.',
        'Мы продаём только через маркетплейс, все условия и доставка указаны на странице нашего магазина: '
        'https://market.example.ru/seller/{n}',
        'По электронной почте такие вопросы не консультируем. Звоните в колл-центр 8 800 {p3}-{p2}-{p2b}, '
        'звонок бесплатный.',
        'Напишите, пожалуйста, на {mail} — это адрес отдела продаж, здесь у нас бухгалтерия.',
        'Пишите нам в Telegram {tg}, так быстрее.',
        'Звоните.',
        '{phone}',
        'Для оформления заказа воспользуйтесь формой на сайте, раздел «Заказ», менеджер перезвонит.',
        'Мы работаем с 2009 года и ценим каждого покупателя! Все вопросы по заказам и доставке решает наш '
        'колл-центр: {phone}.',
        'Переслал ваше письмо коллегам из розницы, они ответят.',
        'Данный адрес предназначен для претензий и возвратов. С вопросами о заказе обращайтесь, пожалуйста, '
        'в службу клиентского сервиса по телефону {phone} или через форму обратной связи.',
        'Оставьте, пожалуйста, заявку на сайте в разделе «Обратный звонок» — персональный менеджер перезвонит '
        'и всё подробно расскажет.',
        'Стоимость и условия рассчитываются индивидуально. Заполните бриф на сайте, и мы подготовим предложение.',
        'Подключение и тарифы — это к нашим партнёрам в вашем регионе, список на {dom}/partners',
        'Все условия для бизнеса есть в личном кабинете после регистрации, там же можно задать вопрос менеджеру.',
        'Ответим на все вопросы по телефону {phone} (будни с 10 до 19). По почте не консультируем.',
        'Запишитесь на онлайн-демонстрацию: {dom}/demo — на ней менеджер покажет тарифы и ответит на вопросы.',
        'Напишите в наш чат ВКонтакте vk.com/{tg2}, там дежурит менеджер.',
    ],
    ('B', 'ru'): [
        'Такие вопросы решает наш отдел продаж, их телефон {phone}, позвоните им, пожалуйста.',
        'Прошу направить ваш запрос на адрес {mail}, я в этой почте заказы не веду.',
        'Оформление заказов у нас только на сайте, почта для вопросов по гарантии.',
        'Свяжитесь с менеджером в Telegram: {tg}',
        'Напишите нам в WhatsApp или Viber по номеру {phone}.',
        'Позвоните по тел. {phone}, вас проконсультируют.',
        'С вами свяжется ваш персональный менеджер в ближайшее время.',
        'Информацию по тарифам вы можете получить у нашего регионального представителя: {mail}',
        'Мы не даём консультации по электронной почте. Пожалуйста, воспользуйтесь онлайн-чатом на сайте {dom}.',
        'Ваш вопрос перенаправлен в коммерческий отдел.',
        'Для юрлиц условия обсуждаются индивидуально: оставьте заявку через форму на сайте, с вами свяжутся.',
        'Мы магазин на маркетплейсе, все вопросы по заказу и доставке — через чат с продавцом на площадке.',
        'Обратитесь, пожалуйста, в ближайший магазин сети, адреса на сайте в разделе «Магазины».',
        'тел {phone} звоните',
        'Наши специалисты отвечают только в чате на сайте, загляните туда, пожалуйста)',
        'По этому вопросу лучше позвонить, по почте долго. {phone}',
        'Продажи у нас ведут дилеры. Ближайший к вам — ООО «Стройторг», {phone2}.',
        'Пожалуйста, заполните заявку в личном кабинете клиента, там будет доступна вся информация по подключению.',
        'Этот ящик только для рассылки счетов. Для связи используйте {mail} или телефон {phone}.',
        'Мы ценим ваше обращение! Для получения консультации, пожалуйста, позвоните на горячую линию {phone}, '
        'наши операторы с радостью помогут. Также вы можете посетить наш сайт {dom}.',
        'Передала ваш вопрос руководителю, он свяжется с вами сам.',
        'Подробности только по телефону.',
    ],
    ('A', 'en'): [
        'For order questions please call our store on {phone_en}.',
        'Please use the live chat on our website, our team there can help you right away.',
        "I've forwarded your email to our sales team and someone will be in touch.",
        "We don't take orders by email - please order through {dom}.",
        'Pricing is tailored to each business. Please book a call with our sales team: {dom}/book-demo',
        'This inbox is for billing only. Please contact {mail} instead.',
        'Please submit a request via our contact form and the right team will get back to you.',
        'Give us a ring on {phone_en} and we will sort it out.',
        'Our products are sold through authorised resellers only; you can find one near you at {dom}/dealers',
        'For all enquiries please message us on WhatsApp: {phone_en}',
        'Please reach out to your account manager, who will handle this for you.',
    ],
    ('B', 'en'): [
        'Could you please give our sales line a call at {phone_en}? They handle all quotes.',
        'The quickest way to get this answered is our chat widget on the website.',
        "Your message has been passed on to the relevant department. They'll contact you directly.",
        'Kindly direct your enquiry to {mail}.',
        'For pricing please fill in the quote request form at {dom}/quote',
        'All orders go through our online store at {dom}, we are not able to process them via email.',
        "We're only able to discuss this over the phone - {phone_en}.",
        'A member of our partnerships team will reach out to schedule a call.',
        'Please head over to our help centre and start a chat from there.',
        "We sell through our Amazing Market storefront only - please message us there. We're not able to help by email.",
        'Call us.',
    ],
}
SPECIAL = {
    ('A', 'ru'): dict(leave=['Я сейчас в отпуске, но коротко отвечу.', 'Пишу с больничного, так что кратко.'],
                      att_shops=['Прайс-лист прикладываю.', 'Каталог с ценами во вложении.'],
                      att_services=['Прайс и образец договора во вложении.', 'Тарифы — в PDF во вложении.'],
                      registered=['Заявку вашу {done}, номер {n}. По сути вопроса:',
                                  'Ваше обращение {n} принято, отвечаю.']),
    ('B', 'ru'): dict(leave=['Вообще я в отпуске, но раз уж увидела письмо — отвечу.', 'Я на больничном, поэтому кратко.'],
                      att_shops=['Прикрепила каталог, там цены актуальные.', 'Во вложении прайс на декабрь.'],
                      att_services=['Договор и тарифная сетка прикреплены к письму.',
                                    'Шаблон договора во вложении, посмотрите.'],
                      registered=['Обращение зафиксировано под номером {n}.',
                                  'Номер вашей заявки {n}, сохраните его. Теперь по вопросам:']),
    ('A', 'en'): dict(leave=["I'm technically on leave, but quickly:"],
                      att_shops=['Our current catalogue is attached.'],
                      att_services=['Price list and a sample contract attached.', 'Our pricing sheet is attached.'],
                      registered=['Your request {n} is logged. Now to your questions:']),
    ('B', 'en'): dict(leave=['Out of office this week, but here is a quick answer.'],
                      att_shops=["I've attached our December price list."],
                      att_services=['Attaching our rate card and the MSA template.', 'See the attached PDF for rates.'],
                      registered=['Ticket {n} created for you. Answers below:']),
}

REDIRECT_EXTRA = {
    ('A', 'ru'): ['У нас большой выбор и регулярные акции.', 'Мы всегда рады помочь!',
                  'Спасибо, что выбираете нас.'],
    ('B', 'ru'): ['Мы на рынке более 15 лет.', 'Будем рады сотрудничеству!', 'Ваше мнение очень важно для нас.'],
    ('A', 'en'): ['We appreciate your interest.', 'Thanks for your patience.'],
    ('B', 'en'): ['We look forward to working with you.', 'Thanks for thinking of us!'],
}


# ----------------------------------------------------------------------------------------------------------------
# pools: acknowledgements. (system, lang, subject, body, header style, html?)
# header styles: 'auto' Auto-Submitted: auto-generated; 'replied' auto-replied; 'prec' Precedence: bulk;
# 'none' nothing automatic; 'zendesk', 'jira', 'helpscout', 'freshdesk', 'intercom', 'zoho', 'hubspot' vendor marks

ACKS = {
    'A': [
        ('Usedesk-like', 'ru', '[#{n}] {subj}',
         'Здравствуйте!\n\nВаше обращение №{n} зарегистрировано. Мы ответим в ближайшее время.\n\n'
         'Это письмо сформировано автоматически, отвечать на него не нужно.', 'none', False),
        ('Okdesk-like', 'ru', 'Заявка №{n} создана',
         'Уважаемый клиент!\n\nПо вашему обращению создана заявка №{n}.\nСтатус: Открыта\nОтветственный: будет '
         'назначен\n\nСледить за выполнением заявки можно на клиентском портале: https://support.{dom}/issues/{n}\n\n'
         '---\nСлужба поддержки {company}', 'auto', False),
        ('Bitrix24-like', 'ru', 'Обращение принято: {subj}',
         'Ваше обращение принято в работу. Номер обращения: {n}.\n\nОтветственный сотрудник свяжется с вами в '
         'рабочее время (пн–пт, 9:00–18:00 МСК).\n\nС уважением,\nкоманда {company}', 'prec', False),
        ('home-made', 'ru', 'Re: {subj}',
         'Спасибо! Мы получили ваше письмо и ответим в течение 24 часов.\n\n{company}', 'none', False),
        ('home-made queue', 'ru', 'Ваше обращение в очереди',
         'Здравствуйте!\nВаше обращение поставлено в очередь. Ваш номер в очереди: {q}.\nСреднее время ответа '
         'сейчас — около {h} ч.\n\nНе отвечайте на это письмо, чтобы не потерять место в очереди.', 'auto', False),
        ('bank CRM', 'ru', 'Обращение {n} зарегистрировано',
         'Уважаемый клиент!\n\nВаше обращение зарегистрировано под номером {n}. Срок рассмотрения обращений '
         'составляет до 10 рабочих дней.\n\nЭто автоматическое уведомление, пожалуйста, не отвечайте на него.\n\n'
         '{company}\nЛицензия Банка России № {lic}', 'auto', True),
        ('retailCRM-like', 'ru', 'Мы получили ваше письмо',
         'Спасибо за обращение в {company}!\n\nМы получили ваше письмо. Менеджер ответит в рабочее время: пн–пт '
         '10:00–19:00, сб 11:00–16:00.\nЕсли вопрос срочный — звоните {phone}.\n\nПока ждёте ответа, загляните в '
         'раздел «Вопросы и ответы»: https://{dom}/faq', 'none', True),
        ('Zendesk', 'ru', 'Ваш запрос получен: {subj}',
         '##- Введите ответ над этой строкой -##\n\nВаш запрос ({n}) получен и рассматривается нашей службой '
         'поддержки.\n\nЧтобы добавить дополнительные комментарии, ответьте на это письмо.\n\n'
         'Анатолий Смирнов\n7 дек. 2026 г., {hm} MSK\n\n{question}', 'zendesk', False),
        ('Jira SM', 'ru', '[JIRA] (SUP-{n}) {subj}',
         '—-—-—-—\nОтветьте над этой строкой.\n\nВаш запрос SUP-{n} получен. Мы свяжемся с вами, как только '
         'сотрудник возьмёт его в работу.\n\nПросмотреть запрос · Отключить уведомления\nЭтот запрос доступен '
         'Анатолий Смирнов.', 'jira', False),
        ('clinic CRM', 'ru', 'Ваша заявка принята',
         'Здравствуйте!\nВаша заявка принята. Администратор клиники обработает её в порядке очереди.\n\n'
         'Режим работы контакт-центра: ежедневно с 8:00 до 20:00.\n\nПожалуйста, оцените наш сервис: '
         'https://{dom}/survey?t={n}', 'auto', True),
        ('home-made echo', 'ru', 'Автоматическое уведомление о получении письма',
         'Ваше письмо получено и зарегистрировано в системе под номером {n}.\n\nТекст обращения:\n{qquote}\n\n'
         'Ответ будет направлен на адрес {to}.', 'replied', False),
        ('hosting panel', 'ru', 'Тикет #{n} открыт',
         'Здравствуйте!\n\nТикет #{n} открыт в отделе «Продажи». Приоритет: средний.\nПросмотреть тикет: '
         'https://my.{dom}/tickets/{n}\n\nМы работаем круглосуточно, обычно отвечаем за 15 минут.', 'auto', False),
        ('virtual assistant', 'ru', 'Re: {subj}',
         'Здравствуйте, Анатолий!\n\nЯ Кира, виртуальный помощник {company}. Ваш вопрос получен и передан '
         'специалисту, номер обращения {n}. Обычно мы отвечаем в течение часа в рабочее время.\n\nКира 🤖',
         'none', False),
        ('Zendesk', 'en', 'Your request ({n}) has been received',
         '##- Please type your reply above this line -##\n\nYour request ({n}) has been received and is being '
         'reviewed by our support staff.\n\nTo add additional comments, reply to this email.', 'zendesk', True),
        ('Help Scout', 'en', 'We got your message',
         "Hi there,\n\nThanks for contacting {company}! This is an automated reply to confirm we've received your "
         "email. One of our team will get back to you within one business day.\n\nIn the meantime, our help "
         "centre has answers to the most common questions: https://help.{dom}\n\n{company} Support", 'helpscout',
         False),
        ('Jira SM', 'en', 'Request received: {subj}',
         '—-—-—-—\nReply above this line.\n\nYour request SUP-{n} has been received. We will get back to you as '
         'soon as possible.\n\nView request · Turn off this request\'s notifications', 'jira', False),
        ('home-made', 'en', 'Re: {subj} [CASE-{n}]',
         'Thank you for your message. Your case number is CASE-{n}.\nOur support hours are Monday to Friday, '
         '8am-6pm GMT. We aim to respond within 4 working hours.\n\nPlease keep the case number in the subject '
         'line of any follow-up.', 'auto', False),
        ('home-made queue', 'en', 'You are in the queue',
         "Hello,\n\nWe've received your email and you are number {q} in our queue. Expected wait: about {h} hours.\n"
         "\nPlease don't send another email about the same issue, it will move you back.\n\nThe {company} team",
         'none', True),
    ],
    'B': [
        ('Omnidesk-like', 'ru', '[#{n}] Ваше обращение получено',
         'Добрый день!\n\nВаше обращение получено и ему присвоен номер [#{n}]. Специалист ответит вам в '
         'течение рабочего дня.\n\n--\nС заботой о вас, служба поддержки {company}', 'none', False),
        ('HelpDeskEddy-like', 'ru', 'Заявка #{n} принята в работу',
         'Здравствуйте, Анатолий Смирнов!\n\nВаша заявка #{n} принята в работу.\nТема: {subj}\nОтдел: Продажи\n'
         'Статус: Новая\n\nВы можете следить за заявкой в личном кабинете: https://help.{dom}/ticket/{n}', 'auto',
         True),
        ('amoCRM-like', 'ru', 'Спасибо за письмо!',
         'Спасибо за ваше письмо!\nМы уже передали его менеджеру. Он свяжется с вами в ближайшее время.\n\n'
         '{company}', 'none', False),
        ('Jivo-like offline', 'ru', 'Ваше сообщение получено',
         'Вы написали нам, когда все операторы были заняты.\nВаше сообщение сохранено, ответ придёт на эту почту.\n\n'
         'Ваше сообщение:\n{qquote}', 'auto', True),
        ('government-like', 'ru', 'Уведомление о регистрации обращения',
         'Ваше обращение зарегистрировано {date} за № ВХ-{n}.\nОбращение будет рассмотрено в сроки, '
         'установленные регламентом.\n\nНастоящее уведомление сформировано автоматически.', 'prec', False),
        ('home-made SLA', 'ru', 'Тикет {n} создан',
         'Ваш тикет {n} создан.\nПриоритет: обычный\nSLA первого ответа: 8 рабочих часов\n\nГрафик работы '
         'поддержки: пн-пт с 9 до 18 (Екатеринбург).', 'auto', False),
        ('ISP', 'ru', 'Заявка в техподдержку принята',
         'Уважаемый абонент!\nВаша заявка №{n} принята. Текущая очередь: {q} заявки.\nПо срочным вопросам: {phone} '
         '(круглосуточно).', 'none', False),
        ('Freshdesk', 'ru', 'Заявка получена - [#{n}] {subj}',
         'Уважаемый(ая) Анатолий Смирнов,\n\nВаша заявка получена, ей присвоен номер {n}. Наша команда поддержки '
         'рассмотрит её и ответит вам в ближайшее время.\n\nС уважением,\nСлужба поддержки {company}', 'freshdesk',
         False),
        ('1C-like', 'ru', 'Регистрация входящего письма',
         'Входящее письмо зарегистрировано. Рег. номер: {n}. Дата: {date}.\nОтветственный: отдел продаж.',
         'none', False),
        ('marketing-grade', 'ru', '{company}: мы получили ваш вопрос',
         'Привет!\nЭто {company}. Ваш вопрос у нас, скоро ответим 💬\nОбычно это занимает до 2 часов в рабочее время.'
         '\n\nА пока — подпишитесь на наш канал с новинками: https://{dom}/news', 'auto', True),
        ('Zoho Desk', 'ru', '[## {n} ##] Запрос получен',
         'Здравствуйте,\n\nВаш запрос получен, номер запроса {n}. Мы скоро ответим.\n\nОцените, пожалуйста, '
         'качество обслуживания после решения вопроса.', 'zoho', False),
        ('assistant bot', 'en', 'Re: {subj}',
         "Hi Anatoly!\n\nI'm Max, the {company} assistant. I've logged your question as #{n} and a human "
         "teammate will pick it up shortly.\n\nMax", 'none', False),
        ('Freshdesk', 'en', 'Ticket Received - [#{n}] {subj}',
         'Dear Анатолий Смирнов,\n\nWe would like to acknowledge that we have received your request and a ticket '
         'has been created with Ticket ID - {n}.\nA support representative will be reviewing your request and will '
         'send you a personal response (usually within 24 hours).\n\nThank you for your patience.\n\nSincerely,\n'
         '{company} Support Team', 'freshdesk', False),
        ('Intercom', 'en', 'Re: {subj}',
         "Thanks for your message! We'll be back in a few hours.\n\nYou'll get replies here and to {to}.",
         'intercom', True),
        ('HubSpot', 'en', "We've received your ticket",
         'Hi Anatoly,\n\nThis is a confirmation that we received your ticket #{n}. Our team typically responds '
         'within 1 business day.\n\nTicket summary: {subj}', 'hubspot', True),
        ('Zoho Desk', 'en', '[## {n} ##] Request received',
         'Hello,\n\nYour request has been logged with ticket number {n}. Someone from our team will respond '
         'shortly.\n\nSupport hours: Mon-Fri 9:00-17:30 (UK time).', 'zoho', False),
        ('home-made', 'en', 'Auto-acknowledgement: enquiry ENQ-{n}',
         'This is to confirm receipt of your enquiry, reference ENQ-{n}.\nWe will reply within two working days.\n'
         '\n{company}\nThis mailbox does not accept replies.', 'prec', False),
    ],
}


# ----------------------------------------------------------------------------------------------------------------
# pools: auto-replies. (what, lang, subject, body, header style). {name} is the absent person, {col} a colleague.

AUTOS = {
    'A': [
        ('vacation', 'ru', 'Автоответ: {subj}',
         'Добрый день!\n\nЯ в отпуске до {back}. По срочным вопросам обращайтесь, пожалуйста, к {col_dat}: {colmail}.'
         '\n\n{name}', 'replied'),
        ('trip, Exchange', 'ru', 'Автоматический ответ: {subj}',
         'Здравствуйте!\n\nС 07.12 по 18.12 нахожусь в командировке, доступ к почте ограничен. Отвечу по '
         'возвращении.', 'exchange'),
        ('sick leave', 'ru', 'Re: {subj}',
         'Я на больничном. Отвечу, как только выйду.\n{short}', 'none'),
        ('parental leave', 'ru', 'Автоответ',
         '{name} находится в отпуске по уходу за ребёнком. Письма на этот адрес не обрабатываются.\nПожалуйста, '
         'пишите на {colmail}.', 'replied'),
        ('left the company', 'ru', 'Сотрудник больше не работает',
         'Уважаемый отправитель!\n\nСотрудник, которому адресовано письмо, больше не работает в компании {company}. '
         'Ваше письмо не будет прочитано.\nДля связи используйте общий адрес {mail} или телефон {phone}.',
         'autosubmitted'),
        ('after hours', 'ru', 'Нерабочее время',
         'Спасибо за письмо!\nСейчас у нас нерабочее время: мы работаем с 9:00 до 18:00 по новосибирскому времени '
         '(МСК+4). Ответим в ближайший рабочий день.', 'xautoreply'),
        ('stocktaking', 'ru', 'Склад закрыт на инвентаризацию',
         'Уважаемые клиенты!\n7 и 8 декабря склад и пункт самовывоза закрыты на инвентаризацию. Заказы, '
         'поступившие в эти дни, будут обработаны с 9 декабря.\n\nПриносим извинения за неудобства.', 'replied'),
        ('not monitored', 'ru', 'Re: {subj}',
         'Этот почтовый ящик не проверяется.\nПожалуйста, используйте форму обратной связи на сайте {dom} или '
         'напишите на {mail}.\n\nЭто автоматическое сообщение.', 'none'),
        ('address changed', 'ru', 'Адрес изменился',
         'Внимание! Адрес {addr} больше не используется.\nНаш новый адрес: {mail}. Пожалуйста, отправьте письмо '
         'повторно на него.', 'prec'),
        ('company closed', 'ru', 'Компания закрыта',
         'Компания {company} прекратила деятельность 30 ноября 2026 года.\nСпасибо всем клиентам за годы работы!',
         'none'),
        ('challenge-response', 'ru', 'Подтвердите отправку письма',
         'Ваше письмо на адрес {addr} задержано системой защиты от спама.\n\nЧтобы письмо было доставлено, '
         'подтвердите, что вы не робот, перейдя по ссылке:\nhttps://antispam.{dom}/confirm?id={n}\n\nЕсли '
         'подтверждение не получено в течение 3 дней, письмо будет удалено.', 'autosubmitted'),
        ('exhibition', 'ru', 'Автоответ: {subj}',
         'Коллеги, добрый день! До 10 декабря работаю на выставке «ЭкспоМебель», на письма отвечаю с задержкой. '
         'Срочно — звоните на мобильный {phone}.\n--\n{name}', 'replied'),
        ('short vacation', 'ru', 'Отпуск',
         'В отпуске до 14.12.', 'xautoreply'),
        ('Monday day off', 'ru', 'Re: {subj}',
         'Здравствуйте! По понедельникам у нас выходной. Ваше письмо прочитаем завтра с 10:00.', 'none'),
        ('OOO', 'en', 'Out of Office: {subj}',
         'I am out of the office until {back_en} with limited access to email. For urgent matters please contact '
         '{col} at {colmail}.\n\nThank you,\n{name}', 'exchange'),
        ('annual leave', 'en', 'Automatic reply: {subj}',
         'Thank you for your email. I am on annual leave, returning Monday 14 December. Your message will not be '
         'forwarded.', 'exchange'),
        ('left', 'en', 'No longer with {company}',
         '{name} is no longer with {company}. Please direct all correspondence to {mail}.\n\nThis is an automated '
         'message.', 'autosubmitted'),
        ('not monitored', 'en', 'This mailbox is not monitored',
         'This email address is not monitored. Please use our contact page at https://{dom}/contact if you need '
         'help.', 'none'),
        ('training day', 'en', 'Office closed today',
         'Our office is closed today for staff training. We will reply to your email on Tuesday.\n\nThe {company} '
         'team', 'replied'),
        ('challenge-response', 'en', 'Please verify your email',
         'Hi! I am protecting my inbox from spam. To get your message delivered, please click the link below to '
         'complete a one-time verification:\n\nhttps://verify.{dom}/c/{n}\n\nYou will only have to do this once.',
         'autosubmitted'),
        ('after hours', 'en', 'Re: {subj}',
         'Thanks for your email. Our support hours are 9am-5pm Eastern, Monday to Friday. We will get back to you '
         'when we are back in the office.', 'xautoreply'),
    ],
    'B': [
        ('vacation', 'ru', 'Отсутствую: {subj}',
         'Здравствуйте!\nДо {back} я в ежегодном отпуске. Если вопрос не терпит отлагательств, свяжитесь, '
         'пожалуйста, с моим коллегой — {col}, {colmail}, {phone}.\n\nСпасибо!', 'replied'),
        ('maternity leave', 'ru', 'Автоматический ответ',
         'Добрый день! Я в декретном отпуске. По всем вопросам — {colmail}.', 'exchange'),
        ('sick', 'ru', 'Автоответ: {subj}',
         'Заболела, на связи буду ориентировочно с {back}. Срочные вопросы — {col_dat} ({colmail}).', 'replied'),
        ('has left', 'ru', 'Re: {subj}',
         'Здравствуйте. {name} с 1 декабря не работает в нашей компании, почтовый ящик будет удалён. '
         'Пожалуйста, пишите на {mail}.', 'none'),
        ('after hours', 'ru', 'Мы сейчас не работаем',
         'Добрый вечер! Ваше письмо пришло в нерабочее время. Наш офис в Хабаровске (МСК+7) работает пн–пт '
         'с 9 до 18 по местному времени. Обязательно ответим утром.', 'autosubmitted'),
        ('holiday', 'ru', 'Праздничный режим работы',
         'Уважаемые клиенты! 7 декабря — корпоративный выходной, офис и склад не работают.\nВсе письма будут '
         'обработаны 8 декабря в порядке очереди.', 'prec'),
        ('moving', 'ru', 'Мы переезжаем!',
         'Друзья, мы переезжаем в новый офис! С 7 по 9 декабря возможны задержки с ответами.\n'
         'Новый адрес: ул. Промышленная, 15, стр. 2.', 'none'),
        ('mailbox not read', 'ru', 'Письмо не будет прочитано',
         'Вы написали на адрес, который не обслуживается. Письмо не будет прочитано и не будет передано '
         'сотрудникам.\nДля обращений: {mail}.', 'xautoreply'),
        ('address changed', 'ru', 'Смена адреса электронной почты',
         'Уважаемые партнёры! С 1 декабря 2026 г. электронная почта {company} переехала на домен {dom}. '
         'Старые адреса скоро перестанут работать. Продублируйте, пожалуйста, письмо на {mail}.', 'autosubmitted'),
        ('technical works', 'ru', 'Технические работы',
         'В связи с плановыми техническими работами ответы на письма могут задерживаться до 9 декабря.', 'replied'),
        ('whitelist', 'ru', 'Требуется подтверждение',
         'Здравствуйте! Это автоматическое сообщение. Адресат принимает письма только от подтверждённых '
         'отправителей. Чтобы подтвердить, просто ответьте на это письмо, не меняя тему.\n[Код подтверждения: {n}]',
         'autosubmitted'),
        ('company closed', 'ru', 'Информация',
         'Магазин {company} закрыт. Заказы больше не принимаются. Благодарим за доверие!', 'none'),
        ('course', 'ru', 'Я на обучении',
         'Добрый день! До {back} прохожу обучение, почту смотрю вечером. Если срочно — {phone}.\n{name}', 'none'),
        ('one line', 'ru', 'Автоответ',
         'Буду 10-го.', 'xautoreply'),
        ('OOO', 'en', 'Automatic reply: {subj}',
         "Hello,\n\nI'm currently out of office and will be back on {back_en}. If your matter is urgent, please "
         "reach out to {col} ({colmail}).\n\nBest,\n{name}", 'exchange'),
        ('parental leave', 'en', 'Auto: {subj}',
         'I am on parental leave until March 2027 and not checking email. Please contact {colmail} for anything '
         'related to sales.', 'replied'),
        ('conference', 'en', 'Away at a conference',
         "I'm at a trade show in Berlin until Thursday and will reply when I'm back. Thanks for your patience!",
         'xautoreply'),
        ('weekend-ish', 'en', 'We are closed',
         'Hi! Our team is based in Auckland and it is currently outside our business hours. We will answer your '
         'message on the next business day (NZT).', 'none'),
        ('address change', 'en', 'Our email address has changed',
         'Please note that {addr} is no longer in use. Re-send your message to {mail}.', 'prec'),
        ('sender verification', 'en', 'Action required: confirm your message',
         'Your message to {addr} is being held. The recipient uses a sender verification service. Please confirm '
         'that you sent it: https://secure-inbox.{dom}/v/{n}\n\nUnconfirmed messages are deleted after 72 hours.',
         'autosubmitted'),
        ('holiday closure', 'en', 'Holiday closure',
         'Our offices are closed for a company holiday until Wednesday. Orders placed online are still processed '
         'and shipped when we return.', 'replied'),
    ],
}


# ----------------------------------------------------------------------------------------------------------------
# pools: bounces. Each entry: (style, lang, dsn?, subject, from local part, text, status, diagnostic)
# {rcpt} the failed address, {host} the reporting host, {ip}, {date}

BOUNCES = {
    'A': [
        ('Postfix, user unknown', 'en', True, 'Undelivered Mail Returned to Sender', 'MAILER-DAEMON',
         'This is the mail system at host {host}.\n\nI\'m sorry to have to inform you that your message could not\n'
         'be delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail '
         'to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from '
         'the attached returned message.\n\n                   The mail system\n\n<{rcpt}>: host {host}[{ip}] said: '
         '550 5.1.1\n    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox\n    table (in reply '
         'to RCPT TO command)', '5.1.1',
         'smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table'),
        ('Postfix, timed out after 5 days', 'en', True, 'Undelivered Mail Returned to Sender', 'MAILER-DAEMON',
         'This is the mail system at host relay.shopper.example.\n\nI\'m sorry to have to inform you that your '
         'message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n                   '
         'The mail system\n\n<{rcpt}>: connect to {host}[{ip}]:25: Connection timed out\n\n'
         'message delivery timed out after 5 days', '4.4.1', 'X-Postfix; connect to {host}[{ip}]:25: Connection '
         'timed out'),
        ('qmail', 'en', False, 'failure notice', 'MAILER-DAEMON',
         'Hi. This is the qmail-send program at {host}.\nI\'m afraid I wasn\'t able to deliver your message to the '
         'following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<{rcpt}>:\n'
         'Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n', None,
         None),
        ('Exim, spam rejection', 'en', False, 'Mail delivery failed: returning message to sender', 'Mailer-Daemon',
         'This message was created automatically by mail delivery software.\n\nA message that you sent could not '
         'be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) '
         'failed:\n\n  {rcpt}\n    host {host} [{ip}]\n    SMTP error from remote mail server after end of data:\n'
         '    550 5.7.1 Message rejected as spam by Content Filtering.\n\n------ This is a copy of the message, '
         'including all the headers. ------\n', None, None),
        ('Postfix, mailbox full', 'en', True, 'Undelivered Mail Returned to Sender', 'MAILER-DAEMON',
         'This is the mail system at host {host}.\n\nYour message could not be delivered to one or more recipients.'
         '\n\n<{rcpt}>: host {host}[{ip}] said: 552 5.2.2 <{rcpt}>:\n    Mailbox full; quota exceeded (in reply to '
         'RCPT TO command)', '5.2.2', 'smtp; 552 5.2.2 Mailbox full; quota exceeded'),
        ('Exchange (ru)', 'ru', True, 'Не доставлено: {subj}', 'postmaster',
         'Не удалось доставить сообщение следующим получателям или группам:\n\n{rcpt}\nАдрес электронной почты, '
         'который вы ввели, не найден. Проверьте адрес получателя и повторите отправку. Если проблема не исчезнет, '
         'обратитесь в службу технической поддержки.\n\nДиагностические сведения для администраторов:\n\n'
         'Создающий сервер: {host}\n\n{rcpt}\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; '
         'Recipient not found by SMTP address lookup\'', '5.1.10',
         'smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
        ('Mail.ru-like', 'ru', False, 'Mail failure.', 'mailer-daemon',
         'Сообщение, отправленное вами, не было доставлено одному или нескольким получателям.\n'
         'Это постоянная ошибка. Следующие адреса не были найдены:\n\n{rcpt}\n\nОшибка SMTP от удалённого '
         'сервера после RCPT TO:\n550 Message was not accepted -- invalid mailbox. Local mailbox {rcpt} is '
         'unavailable: account is disabled\n\n------ Копия оригинального сообщения ------\n', None, None),
        ('hosting notice: blocked for non-payment', 'ru', False, 'Письмо не доставлено', 'noreply-mail',
         'Уважаемый отправитель!\n\nВаше письмо для {rcpt} не может быть доставлено: почтовый ящик получателя '
         'заблокирован в связи с неоплатой услуг хостинга.\n\nПисьмо удалено и повторно отправляться не будет.\n\n'
         '--\nАвтоматическое уведомление почтовой системы хостинга', None, None),
        ('Exim (ru template)', 'ru', False, 'Ошибка доставки сообщения', 'Mailer-Daemon',
         'Это сообщение создано автоматически программой доставки почты.\n\nВаше сообщение не может быть '
         'доставлено одному или нескольким адресатам. Это постоянная ошибка. Адреса, вызвавшие ошибку:\n\n'
         '  {rcpt}\n    Домен получателя не существует\n\n------ Ниже приведена копия сообщения ------\n',
         None, None),
        ('DSN (ru text), over quota', 'ru', True, 'Недоставленное сообщение', 'MAILER-DAEMON',
         'Это письмо создано автоматически почтовым сервером.\n\nК сожалению, ваше письмо не доставлено '
         'адресату {rcpt}:\nящик получателя переполнен, и сообщение не может быть принято.\n\n'
         'Ответ сервера: 552 5.2.2 Quota exceeded', '5.2.2', 'smtp; 552 5.2.2 Quota exceeded'),
        ('corporate gateway (ru)', 'ru', False, 'Сообщение отклонено', 'postmaster',
         'Ваше сообщение отклонено почтовым шлюзом {company_dom}.\nПричина: отправитель не входит в список '
         'разрешённых (политика безопасности 5.7.1).\nПолучатель: {rcpt}\n\nЕсли вы считаете, что это ошибка, '
         'свяжитесь с администратором получателя.', None, None),
    ],
    'B': [
        ('Sendmail', 'en', True, 'Returned mail: see transcript for details', 'MAILER-DAEMON',
         'The original message was received at {date}\nfrom relay.shopper.example [198.51.100.7]\n\n   ----- The '
         'following addresses had permanent fatal errors -----\n<{rcpt}>\n    (reason: 550 5.1.1 User unknown)\n\n'
         '   ----- Transcript of session follows -----\n... while talking to {host}.:\n>>> RCPT To:<{rcpt}>\n'
         '<<< 550 5.1.1 <{rcpt}>... User unknown\n550 5.1.1 <{rcpt}>... User unknown', '5.1.1',
         'SMTP; 550 5.1.1 User unknown'),
        ('Exchange Online (en)', 'en', True, 'Undeliverable: {subj}', 'postmaster',
         "Your message to {rcpt} couldn't be delivered.\n{rcpt} wasn't found at {company_dom}.\n\nAction Required\n"
         "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of "
         "the following: retype the address and resend the message.\n\nDiagnostic information for administrators:"
         "\nGenerating server: {host}\n{rcpt}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
         "Recipient not found by SMTP address lookup'", '5.1.10', 'smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound'),
        ('Gmail-like', 'en', True, 'Delivery Status Notification (Failure)', 'mailer-daemon',
         "** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, "
         "or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account "
         "that you tried to reach does not exist.", '5.1.1',
         'smtp; 550-5.1.1 The email account that you tried to reach does not exist.'),
        ('Mailman rejection', 'en', False, 'Your message to Sales awaits... rejected', 'sales-owner',
         'Your message to the Sales mailing list has been rejected for the following reason:\n\nNon-members are '
         'not allowed to post messages to this list.\n\nThe rejected message is attached.', None, None),
        ('Postfix, relay denied', 'en', True, 'Undelivered Mail Returned to Sender', 'MAILER-DAEMON',
         'This is the mail system at host relay.shopper.example.\n\nYour message could not be delivered.\n\n'
         '<{rcpt}>: host {host}[{ip}] said: 554 5.7.1 <{rcpt}>: Relay access denied (in reply to RCPT TO command)',
         '5.7.1', 'smtp; 554 5.7.1 Relay access denied'),
        ('Kerio-like (ru)', 'ru', True, 'Недоставленное сообщение: {subj}', 'postmaster',
         'Ваше сообщение не может быть доставлено следующим получателям:\n\n{rcpt}\nПричина: Неизвестный '
         'пользователь\n\nСообщение об ошибке создано сервером {host}.', '5.1.1', 'smtp; 550 5.1.1 User unknown'),
        ('Rambler-like (ru)', 'ru', False, 'Письмо не доставлено', 'mailer-daemon',
         'Здравствуйте!\n\nК сожалению, мы не смогли доставить ваше письмо получателю {rcpt}.\n\nПричина: '
         'почтовый ящик не существует.\n\nПожалуйста, проверьте правильность написания адреса.\n\n'
         'Служба поддержки почты', None, None),
        ('Exchange (ru, second wording)', 'ru', True, 'Ошибка доставки: {subj}', 'postmaster',
         'Доставка следующим получателям или группам не выполнена:\n\n{rcpt}\nПочтовый ящик получателя отключён. '
         'Сообщение не может быть доставлено.\n\nСведения для администраторов:\nСоздающий сервер: {host}\n'
         '#550 5.2.1 Mailbox disabled ##', '5.2.1', 'smtp; 550 5.2.1 Mailbox disabled'),
        ('ISP notice: domain not found (ru)', 'ru', False, 'Уведомление о недоставке', 'MAILER-DAEMON',
         'Уведомление о недоставке почтового сообщения.\n\nАдресат: {rcpt}\nРезультат: ошибка\nОписание: домен '
         'получателя не найден (DNS). Повторных попыток не будет.\n\nВремя: {date}', None, None),
        ('hosting: mailbox deleted (ru)', 'ru', False, 'Возврат письма', 'robot',
         'Письмо на адрес {rcpt} возвращено отправителю.\nЯщик удалён владельцем домена. Код ошибки: 550.\n\n'
         'Это письмо отправлено роботом, отвечать на него не нужно.', None, None),
        ('MDaemon-like (ru)', 'ru', False, 'Уведомление о состоянии доставки (ошибка)', 'MDaemon',
         'Уведомление о состоянии доставки (ошибка)\n\nСообщение для {rcpt} не было доставлено.\n'
         'Сервер {host} ответил:\n550 5.7.1 Сообщение отклонено: ваш IP в чёрном списке.\n\n'
         'Попыток доставки больше не будет.', None, None),
        ('Postfix (ru template)', 'ru', True, 'Возврат недоставленного письма', 'MAILER-DAEMON',
         'Это почтовая система сервера {host}.\n\nК сожалению, ваше письмо не удалось доставить одному или '
         'нескольким получателям.\n\n<{rcpt}>: ящик получателя не существует\n\n                   Почтовая система',
         '5.1.1', 'smtp; 550 5.1.1 No such user'),
    ],
}


# ----------------------------------------------------------------------------------------------------------------
# helpdesk chrome for people's answers (human and redirect). Vendor names only in headers and footers.

HELPDESKS = {
    'A': ['zendesk', 'usedesk', 'okdesk', 'jira', 'helpscout', 'retailcrm', 'selfA'],
    'B': ['freshdesk', 'helpdeskeddy', 'bitrix24', 'intercom', 'zoho', 'hubspot', 'amocrm', 'jivo', 'selfB'],
}


def helpdesk(name, rnd, c):
    """c: dict with lang, n, subj, company, dom, agent, first, when, pt. Returns a dict describing the chrome."""
    lang, n, subj, company, dom = c['lang'], c['n'], c['qsubject'], c['company'], c['dom']
    ru = lang == 'ru'
    qtext = '\n'.join(c['qlines'])
    d = dict(hdrs=[], subject='Re: ' + subj, top='', agent='', footer='', quote=None, mid=None, html=True,
             reply_to='support@' + dom, sender_local='support', sender_name=None)
    when_s = c['when'].strftime('%d.%m.%Y %H:%M')
    if name == 'zendesk':
        d['hdrs'] = [('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', rs(rnd, 7)),
                     ('X-Zendesk-Email-Id', rs(rnd, 26, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')),
                     ('Auto-Submitted', 'auto-generated')]
        d['mid'] = '<%s_%s_sprut@zendesk.com>' % (rs(rnd, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), n)
        d['subject'] = '[%s] Re: %s' % (company, subj)
        d['top'] = ('##- Введите ответ над этой строкой -##\n\nВаш запрос (%s) обновлён. Чтобы добавить комментарий, '
                    'ответьте на это письмо.\n\n----------------------------------------------' % n) if ru else \
                   ('##- Please type your reply above this line -##\n\nYour request (%s) has been updated. To add '
                    'additional comments, reply to this email.\n\n----------------------------------------------' % n)
        d['agent'] = '%s (%s)\n\n%s MSK' % (c['agent'], company, when_s)
        d['footer'] = '----------------------------------------------\n\n%s\n\n%s MSK\n\n%s\n\n[%s-%s]' % (
            PERSONA_NAME, c['pt'].strftime('%d.%m.%Y %H:%M'), qtext, rs(rnd, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), n)
    elif name == 'usedesk':
        d['mid'] = '<%s.%s@secure.usedesk.ru>' % (n, rs(rnd, 10))
        d['subject'] = '[#%s] Re: %s' % (n, subj)
        d['top'] = '— Пишите ответ выше этой линии —' if ru else '— Reply above this line —'
        d['footer'] = ('Номер обращения: %s. Чтобы дополнить обращение, просто ответьте на это письмо.' % n) if ru \
            else ('Ticket number: %s. Reply to this email to add to your request.' % n)
        d['quote'] = 'tb'
    elif name == 'okdesk':
        d['hdrs'] = [('Auto-Submitted', 'auto-generated'), ('X-Okdesk-Issue', n)]
        d['subject'] = ('Заявка №%s: новый комментарий' % n) if ru else ('Issue #%s: new comment' % n)
        d['agent'] = ('%s добавил(а) комментарий к заявке №%s «%s»:' % (c['agent'], n, subj)) if ru else \
            ('%s added a comment to issue #%s "%s":' % (c['agent'], n, subj))
        d['footer'] = ('Открыть заявку: https://%s/portal/issues/%s\nЭто уведомление сформировано автоматически.'
                       % (dom, n)) if ru else ('Open issue: https://%s/portal/issues/%s' % (dom, n))
    elif name == 'jira':
        d['hdrs'] = [('X-JIRA-FingerPrint', rs(rnd, 32)), ('Auto-Submitted', 'auto-generated'),
                     ('Precedence', 'bulk')]
        d['mid'] = '<JIRA.%s.%s@Atlassian.JIRA>' % (rnd.randint(10000, 99999), rnd.randint(10 ** 12, 10 ** 13))
        d['subject'] = 'SUP-%s %s' % (n, subj)
        d['top'] = ('—-—-—-—\n\nОтветьте над этой строкой.\n\n%s оставил(а) комментарий:' % c['agent']) if ru else \
            ('—-—-—-—\n\nReply above this line.\n\n%s commented:' % c['agent'])
        d['footer'] = ('Просмотреть запрос · Отключить уведомления по этому запросу\nЗапрос доступен: %s.\n\n'
                       'Центр поддержки на базе Jira Service Management' % PERSONA_NAME) if ru else \
            ("View request · Turn off this request's notifications\nThis is shared with %s.\n\nHelp Center, "
             "powered by Jira Service Management, sent you this message." % PERSONA_NAME)
        d['html'] = False
    elif name == 'helpscout':
        d['mid'] = '<reply-%s-%s@helpscout.net>' % (n, rs(rnd, 8))
        d['quote'] = 'gmail'
    elif name == 'retailcrm':
        d['hdrs'] = [('X-CRM-Mailer', 'retailCRM')]
        d['footer'] = ('Письмо отправлено из CRM магазина %s. Обращение %s.' % (company, n)) if ru else \
            ('Sent from the %s customer system. Case %s.' % (company, n))
        d['quote'] = 'outlook'
    elif name == 'selfA':
        d['subject'] = ('Ответ на обращение № %s' % n) if ru else ('Response to request %s' % n)
        d['top'] = ('=== Ответ специалиста по обращению № %s ===' % n) if ru else ('=== Reply to request %s ===' % n)
        d['footer'] = ('=== Для ответа сохраняйте номер обращения в теме письма ===\n\n--- Ваше обращение от %s ---\n'
                       '%s' % (c['pt'].strftime('%d.%m.%Y'), qtext)) if ru else \
            ('=== Keep the request number in the subject when replying ===\n\n--- Your request of %s ---\n%s'
             % (c['pt'].strftime('%d.%m.%Y'), qtext))
        d['html'] = False
        d['hdrs'] = [('Auto-Submitted', 'auto-generated')]
    elif name == 'freshdesk':
        d['mid'] = '<%s.%s@%s.freshdesk.com>' % (rs(rnd, 20), n, dom.split('.')[0])
        d['subject'] = 'Re: %s [#%s]' % (subj, n)
        d['quote'] = 'gmail'
    elif name == 'helpdeskeddy':
        d['hdrs'] = [('Auto-Submitted', 'auto-generated')]
        d['top'] = '##- Пожалуйста, пишите ответ выше этой строки -##' if ru else '##- Please reply above this line -##'
        d['agent'] = ('%s ответил(а) на заявку #%s' % (c['agent'], n)) if ru else ('%s replied to ticket #%s'
                                                                                  % (c['agent'], n))
        d['footer'] = ('Статус заявки: ожидает ответа клиента\nПросмотреть заявку: https://help.%s/ticket/%s'
                       % (dom, n)) if ru else ('Ticket status: awaiting your reply\nhttps://help.%s/ticket/%s'
                                               % (dom, n))
        d['subject'] = 'Re: [#%s] %s' % (n, subj)
    elif name == 'bitrix24':
        d['hdrs'] = [('X-Bitrix-Mail', 'crm')]
        d['footer'] = ('-------------------\nОтвет отправлен из Битрикс24. Обращение #%s' % n) if ru else \
            ('-------------------\nSent from Bitrix24 CRM. Request #%s' % n)
        d['quote'] = 'outlook'
    elif name == 'intercom':
        d['mid'] = '<conversation_%s_%s@intercom-mail.com>' % (n, rs(rnd, 6))
        d['agent'] = '%s from %s' % (c['first'], company) if not ru else '%s из %s' % (c['first'], company)
        d['footer'] = ('Reply to this email or continue the conversation on our website.' if not ru else
                       'Ответьте на это письмо или продолжите диалог на сайте.')
        d['sender_name'] = '%s from %s' % (c['first'], company) if not ru else '%s из %s' % (c['first'], company)
    elif name == 'zoho':
        d['subject'] = 'Re:[## %s ##] %s' % (n, subj)
        d['footer'] = '---- On Mon, 07 Dec 2026 %s +0300 %s<%s> wrote ----\n\n%s' % (
            c['pt'].strftime('%H:%M:%S'), PERSONA_NAME, PERSONA, qtext)
    elif name == 'hubspot':
        d['hdrs'] = [('X-HubSpot-Ticket', n)]
        d['footer'] = 'Ticket #%s · %s Support' % (n, company)
        d['quote'] = 'gmail'
    elif name == 'amocrm':
        d['hdrs'] = [('X-Mailer', 'amoCRM')]
        d['quote'] = 'yandex'
        d['reply_to'] = None
    elif name == 'jivo':
        d['subject'] = 'Ответ на ваше сообщение в чате' if ru else 'Reply to your chat message'
        d['top'] = ('Вы писали в чат на сайте %s, когда операторы были не в сети. Ответ оператора:' % dom) if ru \
            else ('You wrote to the chat on %s while we were offline. Our reply:' % dom)
        d['footer'] = ('Продолжить диалог: https://%s/?chat=open\n\nВаше сообщение:\n%s' % (dom, qtext)) if ru else \
            ('Continue the conversation: https://%s/?chat=open\n\nYour message:\n%s' % (dom, qtext))
        d['hdrs'] = [('Auto-Submitted', 'auto-generated')]
    elif name == 'selfB':
        d['subject'] = ('RE: %s (обращение %s)' % (subj, n)) if ru else ('RE: %s (case %s)' % (subj, n))
        d['top'] = '------ Ответ службы клиентского сервиса ------' if ru else '------ Customer service reply ------'
        d['footer'] = ('------ Конец ответа ------\nОбращение %s от %s, статус: ожидает ответа клиента' % (
            n, c['pt'].strftime('%d.%m.%Y'))) if ru else ('------ End of reply ------\nCase %s, status: pending' % n)
        d['html'] = False
        d['hdrs'] = [('Precedence', 'bulk')]
    return d


def fits(item, biz):
    """Items may carry a '@biz|biz' tag (first element of a list, or a '@biz|biz:' prefix of a string)."""
    tag = item[0] if isinstance(item, list) and item and item[0].startswith('@') else \
        (item.split(':', 1)[0] if isinstance(item, str) and item.startswith('@') else None)
    return tag is None or biz in tag[1:].split('|')


def untag(item):
    if isinstance(item, list):
        return item[1:] if item and item[0].startswith('@') else item
    return item.split(':', 1)[1] if item.startswith('@') else item


def for_biz(seq, biz):
    opts = [x for x in seq if fits(x, biz)]
    return opts


# ----------------------------------------------------------------------------------------------------------------
# the generator

def slug(dom):
    return dom.split('.')[0]


class Gen:
    def __init__(self, pool, seed):
        self.pool = pool
        self.rnd = random.Random(seed)
        self.records = []

    # -- small pickers -------------------------------------------------------------------------------------------
    def pick(self, seq):
        return self.rnd.choice(seq)

    def fresh(self, seq):
        """Pick, preferring items not used yet by this generator."""
        used = self.__dict__.setdefault('_used', set())
        opts = [x for x in seq if repr(x) not in used] or list(seq)
        x = self.rnd.choice(opts)
        used.add(repr(x))
        return x

    def chance(self, p):
        return self.rnd.random() < p

    def ru_phone(self):
        r = self.rnd
        return r.choice(['+7 (495) ', '+7 (499) ', '8 (812) ', '+7 (343) ', '+7 (383) ', '8 (846) ', '+7 (861) ']) + \
            '%03d-%02d-%02d' % (r.randint(100, 999), r.randint(0, 99), r.randint(0, 99))

    def en_phone(self):
        r = self.rnd
        return r.choice(['+44 20 7946 0%03d' % r.randint(0, 999), '(555) 01%02d' % r.randint(0, 99),
                         '+1 555 01%02d' % r.randint(0, 99), '+353 1 555 %04d' % r.randint(0, 9999)])

    def fill(self, s, c):
        r = self.rnd
        dom = c['dom']
        vals = dict(phone=self.ru_phone(), phone2=self.ru_phone(), phone_en=self.en_phone(),
                    mail=self.pick(['sales', 'zakaz', 'opt', 'partners', 'client', 'hello', 'orders']) + '@' + dom,
                    dom=dom, tg='@' + slug(dom).replace('-', '_') + self.pick(['_bot', '_support', '', '_manager']),
                    tg2=slug(dom).replace('-', '_'), n=c['n'], p3='%03d' % r.randint(100, 999),
                    p2='%02d' % r.randint(10, 99), p2b='%02d' % r.randint(10, 99), company=c['company'],
                    subj=c['qsubject'], q=str(r.randint(2, 14)), h=str(r.randint(2, 9)), lic=str(r.randint(1000, 3999)),
                    hm=c['pt'].strftime('%H:%M'), to=c['to'], date=c['when'].strftime('%d.%m.%Y'),
                    question='\n'.join(c['qlines']), qquote='\n'.join('> ' + l if l else '>' for l in c['qlines']),
                    addr=c['to_addr'], company_dom=dom)
        vals.update(c.get('extra_vals', {}))
        return s.format(**vals)

    # -- context of one reply ------------------------------------------------------------------------------------
    def context(self, kind, lang, form_p=0.0, segment=None):
        r = self.rnd
        comps = [x for x in COMPANIES[self.pool] if x[0] == lang and (segment is None or x[1] == segment)]
        lang_, seg, cname, dom, biz = r.choice(comps)
        qsubject, qlines = QUESTION[seg]
        pt = probe_time(r)
        token = rs(r, 10)
        c = dict(kind=kind, lang=lang, seg=seg, company=cname, dom=dom, biz=biz, pt=pt, token=token,
                 probe_mid='<%s.%s@shopper.example>' % (pt.strftime('%Y%m%d%H%M%S'), token), qsubject=qsubject,
                 qlines=list(qlines), to=PERSONA, form=False, notes=[], n=str(r.randint(1000, 999999)))
        c['to_addr'] = r.choice(['info', 'zakaz', 'sales', 'hello', 'support', 'office', 'shop', 'mail']) + '@' + dom
        if form_p and r.random() < form_p:
            c['form'] = True
            c['to'] = 'anatoly+%s@shopper.example' % token
            label = 'Сообщение: ' if lang == 'ru' or r.random() < 0.5 else 'Message: '
            c['qlines'] = ['Имя: ' + PERSONA_NAME, 'E-mail: ' + c['to'], label + ' '.join(qlines[:2])]
            c['qsubject'] = r.choice(['Обращение с сайта', 'Новое сообщение с формы обратной связи',
                                      'Вопрос с сайта ' + dom]) if lang == 'ru' else \
                r.choice(['Website enquiry', 'New contact form submission'])
            c['notes'].append('form probe, plus-address, no In-Reply-To')
        delay = {'human': (15, 60 * 30), 'redirect': (5, 60 * 28), 'ack': (0.1, 2), 'autoreply': (0.05, 3),
                 'bounce': (0.02, 1)}[kind]
        minutes = r.uniform(*delay) if kind in ('ack', 'autoreply', 'bounce') else \
            min(delay[1], r.expovariate(1 / 240.0) + delay[0])
        c['when'] = pt + dt.timedelta(minutes=minutes)
        return c

    def person(self, lang):
        people = PEOPLE[(self.pool, lang)]
        f, _l0, g = self.pick(people)
        l = self.pick(people)[1]
        if lang == 'ru':
            male = l[:-1] if (l.endswith('а') and l[-3:-1] in ('ов', 'ев', 'ёв', 'ин', 'ын')) else l
            l = male + 'а' if g == 'f' and male[-2:] in ('ов', 'ев', 'ёв', 'ин', 'ын') else male
        return dict(first=f, last=l, g=g, full='%s %s' % (f, l), pos=self.pick(POSITIONS[(self.pool, lang)]))

    def person_email(self, p, dom, lang):
        tr = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i',
              'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 't': 't',
              'т': 't', 'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'sch', 'ы': 'y', 'э': 'e',
              'ю': 'yu', 'я': 'ya', 'ь': '', 'ъ': ''}
        t = lambda s: ''.join(tr.get(ch, ch) for ch in s.lower()).replace("'", '')
        style = self.rnd.randrange(3)
        if style == 0:
            return '%s.%s@%s' % (t(p['first']), t(p['last']), dom)
        if style == 1:
            return '%s%s@%s' % (t(p['first'])[0], t(p['last']), dom)
        return '%s@%s' % (t(p['first']), dom)

    # -- signatures -----------------------------------------------------------------------------------------------
    def signature(self, p, c, style=None):
        r, lang, pool = self.rnd, c['lang'], self.pool
        val = self.pick(VALEDICTIONS[(pool, lang)])
        phone = self.ru_phone() if lang == 'ru' else self.en_phone()
        style = style or r.choices(['full', 'name', 'dash', 'lone', 'team', 'disclaimer', 'banner', 'mobile', 'card'],
                                   [28, 14, 11, 10, 8, 10, 7, 7, 7])[0]
        tel = ('тел. ' if lang == 'ru' else 'T: ') + phone
        if style == 'full':
            s = '%s\n%s\n%s\n%s\n%s' % (val, p['full'], p['pos'], c['company'], tel)
            if r.random() < 0.5:
                s += '\nhttps://' + c['dom']
        elif style == 'name':
            s = '%s\n%s' % (val, p['first'])
        elif style == 'dash':
            s = '-- \n%s\n%s | %s' % (p['full'], c['company'], phone)
        elif style == 'lone':
            s = p['first'] if r.random() < 0.5 else '%s\n%s' % (p['full'], p['pos'])
        elif style == 'team':
            s = '%s\n%s' % (val, ('Команда ' + c['company']) if lang == 'ru' else ('The %s Team' % c['company']))
        elif style == 'disclaimer':
            s = '%s\n%s\n%s\n%s\n\n%s' % (val, p['full'], c['company'], tel,
                                          self.pick(DISCLAIMERS[pool]))
        elif style == 'banner':
            s = '%s\n%s, %s\n%s\n\n%s' % (val, p['first'], p['pos'], c['company'], self.pick(BANNERS[pool]))
        elif style == 'card':
            lab = ('Моб.: ', 'WhatsApp / Telegram: ', 'E-mail: ', 'Сайт: ') if lang == 'ru' else \
                ('Mobile: ', 'WhatsApp: ', 'Email: ', 'Web: ')
            s = '%s\n\n%s | %s\n%s%s\n%s%s\n%s%s\n%s%s' % (
                val, p['full'], p['pos'], lab[0], phone, lab[1], self.ru_phone() if lang == 'ru' else self.en_phone(),
                lab[2], c.get('from_addr', 'info@' + c['dom']), lab[3], 'www.' + c['dom'])
        else:
            s = '%s\n%s %s.\n%s' % (val, p['first'], p['last'][0], phone)
        c['notes'].append('sig ' + style)
        return s

    # -- the reply's own words --------------------------------------------------------------------------------------
    def layout_lines(self, sentences, c):
        """Put sentences (already marked) into one paragraph, one per line, or a numbered list."""
        r = self.rnd
        how = r.choices(['para', 'lines', 'list', 'twopara'], [45, 25, 15, 15])[0]
        if len(sentences) < 2:
            how = 'para'
        if how == 'para':
            return m(' '.join(sentences))
        if how == 'lines':
            return '\n'.join(m(s) for s in sentences)
        if how == 'list':
            marker = r.choice(['%d) ', '%d. ', '- ', '• '])
            return '\n'.join(m((marker % (i + 1) if '%' in marker else marker) + s) for i, s in enumerate(sentences))
        return '\n\n'.join(m(s) for s in sentences)

    def own_human(self, c):
        r, pool, lang, seg = self.rnd, self.pool, c['lang'], c['seg']
        key = (pool, lang, seg)
        mode = r.choices(['complete', 'partial', 'curt', 'one', 'whole'], [40, 21, 11, 9, 19])[0]
        c['notes'].append(mode + ' answer' if mode != 'whole' else 'hand-written answer')
        if mode == 'whole':
            paras = untag(self.fresh(for_biz(WHOLE[key], c['biz'])))
            sep = '\n' if r.random() < 0.3 else '\n\n'
            return sep.join(m(p) for p in paras), paras
        greet = self.pick(GREET[(pool, lang)])
        out = []
        if mode == 'curt':
            if r.random() < 0.7:
                greet = ''
            sents = [self.fresh(CURT[key])]
        else:
            sents = [untag(self.pick(for_biz(f, c['biz']))) for f in FRAG[key]]
            if mode == 'partial':
                drop = r.randrange(3)
                sents = [s for i, s in enumerate(sents) if i != drop]
            elif mode == 'one':
                sents = [self.pick(sents)]
        extra_before, extra_after = [], []
        if mode != 'curt' and r.random() < 0.25:
            extra_before.append(self.pick(OPENERS[(pool, lang)]))
        if mode != 'curt' and r.random() < 0.15:
            ph = self.ru_phone() if lang == 'ru' else self.en_phone()
            extra_after.append(self.pick(['Если удобнее, звоните: %s.', 'Можно и по телефону %s.',
                                          'Для быстрой связи: %s (WhatsApp).'] if lang == 'ru' else
                                         ['You can also call us on %s.', 'Or ring us at %s if easier.']) % ph)
            c['notes'].append('answer also gives a phone')
        if mode != 'curt' and r.random() < 0.4:
            extra_after.append(self.pick(CLOSERS[(pool, lang)]))
        if greet:
            out.append(m(greet))
        if extra_before:
            out.append(m(extra_before[0]))
        out.append(self.layout_lines(sents, c))
        if extra_after:
            out.append(m(' '.join(extra_after)))
        return '\n\n'.join(out), sents

    def own_redirect(self, c):
        r, pool, lang = self.rnd, self.pool, c['lang']
        shop_kw = ('заказ', 'самовывоз', 'магазин', 'маркетплейс', 'розниц', 'order', 'store', 'Market', 'претензий')
        serv_kw = ('тариф', 'Тариф', 'подключен', 'Подключен', 'бриф', 'демонстрац', 'кабинет', 'юрлиц', 'партнёр',
                   'ricing', 'demo', 'partnership', 'account manager', 'quote', 'коммерческ', 'региональн',
                   'Стоимость', 'счетов')
        avoid = serv_kw if c['seg'] == 'shops' else shop_kw
        opts = [x for x in REDIRECT[(pool, lang)] if not any(k in x for k in avoid)]
        body = self.fill(self.fresh(opts), c)
        curt = len(body) < 45
        greet = '' if curt and r.random() < 0.6 else self.pick(GREET[(pool, lang)])
        parts = []
        if greet:
            parts.append(m(greet))
        s = []
        if not curt and r.random() < 0.25:
            s.append(self.pick(OPENERS[(pool, lang)]))
        s.append(body)
        if not curt and r.random() < 0.3:
            s.append(self.pick(REDIRECT_EXTRA[(pool, lang)]))
        if not curt and r.random() < 0.25:
            s.append(self.pick(CLOSERS[(pool, lang)]))
        parts.append(m(' '.join(s)) if r.random() < 0.6 else '\n'.join(m(x) for x in s))
        c['notes'].append('curt redirect' if curt else 'redirect')
        return '\n\n'.join(parts)

    # -- a person's reply (human or redirect) ----------------------------------------------------------------------
    def person_reply(self, kind, lang):
        r = self.rnd
        c = self.context(kind, lang, form_p=0.08)
        p = self.person(lang)
        c['agent'], c['first'] = p['full'], p['first']
        pemail = self.person_email(p, c['dom'], lang)
        variant = 'plain'
        if kind == 'human':
            variant = r.choices(['plain', 'inline', 'bottom', 'autosubject', 'registered', 'ooo_answers',
                                 'attachment', 'internal_fwd'], [60, 11, 5, 5, 4, 3, 8, 5])[0]
        elif r.random() < 0.08:
            variant = 'internal_fwd'
        use_hd = r.random() < 0.28 and variant in ('plain', 'autosubject', 'registered')
        if kind == 'human':
            own, sents = self.own_human(c)
        else:
            own, sents = self.own_redirect(c), []
        if variant == 'registered':
            reg = m(self.pick(SPECIAL[(self.pool, lang)]['registered']).format(
                n=c['n'], done='зарегистрировала' if p['g'] == 'f' else 'зарегистрировал'))
            head, sep, rest = own.partition('\n\n')
            if head.startswith(MO) and unmark(head) in GREET[(self.pool, lang)] and rest:
                own = head + '\n\n' + reg + '\n\n' + rest
            else:
                own = reg + '\n\n' + own
            c['notes'].append('starts like an acknowledgement, then answers')
        if variant == 'ooo_answers':
            lv = m(self.pick(SPECIAL[(self.pool, lang)]['leave']))
            head, sep, rest = own.partition('\n\n')
            if head.startswith(MO) and unmark(head) in GREET[(self.pool, lang)] and rest:
                own = head + '\n\n' + lv + '\n\n' + rest
            else:
                own = lv + '\n\n' + own
            c['notes'].append('mentions leave but answers')
        if variant == 'attachment':
            shops = c['seg'] == 'shops'
            own += '\n\n' + m(self.pick(SPECIAL[(self.pool, lang)]['att_shops' if shops else 'att_services']))
            c['notes'].append('PDF attachment')
        blocks = []
        subject = ('Re: ' if r.random() < 0.85 else self.pick(['RE: ', 'Ответ: ', 'Re[2]: ', 'Отв: ']
                                                               if lang == 'ru' else ['RE: ', 'Re: '])) + c['qsubject']
        hdrs = []
        from_name, from_addr = p['full'], pemail
        mid = None
        html_flavor, body_kind, cs_opts = None, 'plain', ['utf-8']
        client = None
        if use_hd:
            hd_name = self.pick(HELPDESKS[self.pool])
            d = helpdesk(hd_name, r, c)
            c['notes'].append('helpdesk ' + hd_name)
            c['tag'] = hd_name
            subject = d['subject']
            hdrs += d['hdrs']
            if d['reply_to']:
                hdrs.append(('Reply-To', d['reply_to']))
            from_name = d['sender_name'] or (p['full'] if r.random() < 0.5 else
                                             (('%s, %s' % (p['first'], c['company'])) if lang == 'ru' else
                                              '%s (%s)' % (p['first'], c['company'])))
            from_addr = (d['sender_local'] or 'support') + '@' + c['dom']
            mid = d['mid']
            if d['top']:
                blocks.append(('chrome', d['top']))
            if d['agent']:
                blocks.append(('chrome', d['agent']))
            blocks.append(('own', own))
            if r.random() < 0.7:
                blocks.append(('sig', self.signature(p, c, self.pick(['name', 'team', 'full', 'lone']))))
            if d['footer']:
                blocks.append(('chrome', d['footer']))
            if r.random() < 0.25:
                blocks.append(('chrome', self.pick(
                    (['Оцените, пожалуйста, ответ: Отлично | Нормально | Плохо',
                      'Как вам наш ответ? 👍 Хорошо   👎 Плохо'] if self.pool == 'A' else
                     ['Помогли ли мы вам? Да / Нет', 'Оцените работу специалиста по шкале от 1 до 5: 1 2 3 4 5'])
                    if lang == 'ru' else (['How would you rate this reply? Great | Okay | Not good'] if self.pool == 'A'
                                          else ['Was this helpful? Yes / No']))))
                c['notes'].append('survey line')
            if d['quote']:
                blocks.append(('quote', d['quote']))
            html_flavor = 'helpdesk' if d['html'] else None
            body_kind = self.pick(['alt', 'html', 'alt']) if d['html'] else 'plain'
        else:
            cname = self.pick(POOL_CLIENTS[self.pool])
            if cname == 'thebat' and lang == 'en':
                cname = 'gmail'
            if variant == 'inline':
                cname = self.pick(['gmail', 'thunderbird', 'yandex', 'bare', 'roundcube'] if self.pool == 'A' else
                                  ['gmail', 'k9', 'mailru', 'bare', 'apple_mail'])
            client = CLIENTS[cname]
            c['notes'].append(cname)
            hdrs += client['hdr']
            if client['hdr'] and client['hdr'][0][0] == 'User-Agent' and cname == 'thunderbird':
                hdrs[-1] = ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 '
                                          'Thunderbird/128.5.2')
            if client.get('thread'):
                hdrs.append(('Thread-Index', base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()))
                if r.random() < 0.5:
                    hdrs.append(('X-Auto-Response-Suppress', 'All'))
                    c['notes'].append('X-Auto-Response-Suppress (not an auto-reply sign)')
            mid = message_id(r, client['mid'], c['dom'])
            qstyle = client['quote']
            dev = client['dev'][lang] if client['dev'] else None
            sig = None if r.random() < 0.1 else self.signature(p, c)
            if variant == 'inline' and kind == 'human':
                parts = QUESTION_PARTS[c['seg']]
                frags = FRAG[(self.pool, lang, c['seg'])]
                greet = self.pick(GREET[(self.pool, lang)])
                if greet:
                    blocks.append(('own', m(greet)))
                if not c['form']:
                    blocks.append(('chrome', q_attr('gmail' if qstyle not in ('tb', 'rc', 'k9', 'yandex', 'mailru',
                                                                              'apple') else qstyle,
                                                    lang, c['pt'], c['to_addr'], c['qsubject'])[0]))
                for i, part in enumerate(parts):
                    blocks.append(('qline', part))
                    if i == 2 and r.random() < 0.3:
                        continue
                    blocks.append(('own', m(untag(self.pick(for_biz(frags[i], c['biz']))))))
                c['notes'] = [x for x in c['notes'] if not x.endswith(' answer')]
                c['notes'].append('inline answers')
                if sig:
                    blocks.append(('sig', sig))
                qstyle = None
            elif cname == 'thebat':
                greet = self.pick(GREET[(self.pool, 'ru')]) or ('Доброго дня, Анатолий.' if self.pool == 'A' else
                                                                 'Здравствуйте, Анатолий.')
                blocks.append(('own', m(greet)))
                blocks.append(('bat', None))
                own_wo = own
                if own.startswith(MO):
                    first = own.split('\n\n', 1)
                    g0 = unmark(first[0]) if len(first) == 2 else ''
                    if len(first) == 2 and first[0].endswith(MC) and (g0 in GREET[(self.pool, lang)] or (
                            len(g0) < 32 and re.search(r'Анатолий|Здравствуйте|Добр|Привет|привет', g0))):
                        own_wo = first[1]
                blocks.append(('own', own_wo))
                if sig:
                    blocks.append(('sig', sig))
                c['notes'].append('The Bat! АС> quote above the answer')
                cs_opts = client['cs']
                qstyle = None
            elif variant == 'internal_fwd':
                col = self.person(lang)
                colmail = self.person_email(col, c['dom'], lang)
                blocks.append(('own', own))
                if sig:
                    blocks.append(('sig', sig))
                fd = c['pt'] + dt.timedelta(minutes=r.randint(20, 90))
                if lang == 'ru':
                    note = self.pick(['%s, ответь клиенту, пожалуйста.' % p['first'], 'Это к тебе, посмотри.',
                                      'Передаю по твоей части.', 'Кто-нибудь может ответить? Я на выезде.'])
                    fwd = ('-------- Пересылаемое сообщение --------\n%s, %s, "%s" <%s>:\n\n%s\n\n'
                           '-------- Начало исходного сообщения --------\nОт: %s <%s>\nДата: %s\nТема: %s\n\n%s\n'
                           '-------- Конец пересылаемого сообщения --------'
                           % (fd.strftime('%d.%m.%Y'), fd.strftime('%H:%M'), col['full'], colmail, note, PERSONA_NAME,
                              PERSONA, c['pt'].strftime('%d.%m.%Y %H:%M'), c['qsubject'], '\n'.join(c['qlines'])))
                else:
                    note = self.pick(['Can you take this one?', 'FYI - please reply to the customer.'])
                    fwd = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: FW: %s\n\n%s\n\n'
                           '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n\n%s'
                           % (col['full'], colmail, fd.strftime('%d %B %Y %H:%M'), pemail, c['qsubject'], note,
                              PERSONA_NAME, PERSONA, c['pt'].strftime('%a, %d %b %Y at %H:%M'), c['qsubject'],
                              '\n'.join(c['qlines'])))
                blocks.append(('chrome', fwd))
                c['notes'].append('internal forward with a colleague\'s note quoted below')
            elif variant == 'bottom' and qstyle:
                blocks.append(('quote', qstyle))
                blocks.append(('own', own))
                if sig:
                    blocks.append(('sig', sig))
                c['notes'].append('bottom-post')
            else:
                blocks.append(('own', own))
                if sig and r.random() < 0.93:
                    blocks.append(('sig', sig))
                if dev:
                    blocks.append(('dev', dev))
                    c['notes'].append('device line')
                if qstyle and r.random() < 0.85:
                    blocks.append(('quote', qstyle))
                    c['notes'].append('top-post ' + qstyle)
                else:
                    c['notes'].append('no quote')
            body_kind = self.pick(client['body'])
            html_flavor = client['html'] if cname not in ('yandex_mobile', 'yandex') else 'yandex'
            if html_flavor is None:
                body_kind = 'plain'
            if lang == 'ru' and body_kind == 'plain' and cname not in ('gmail', 'yandex', 'yandex_mobile', 'mailru',
                                                                       'mailru_mobile', 'thebat'):
                cs_opts = ['utf-8', 'utf-8', 'windows-1251', 'koi8-r']
            c['client'] = cname
        if client is not None and client.get('thread'):
            hdrs.append(('Content-Language', 'ru-RU' if lang == 'ru' else 'en-GB'))
            if r.random() < 0.15:
                pre, _sp, rest = subject.partition(' ')
                subject = pre + ' ' + self.pick(['[EXT] ', '[EXTERNAL] ', '[Внешний] ']) + rest
                c['notes'].append('external-mail tag in subject')
        if variant == 'autosubject':
            subject = self.pick(['Ваше обращение №%s принято' % c['n'], 'Автоматическое уведомление: ответ на запрос',
                                 'Заявка %s — ответ' % c['n']] if lang == 'ru' else
                                ['Request #%s received' % c['n'], 'Your ticket has been updated', 'Auto: %s' %
                                 c['qsubject']])
            c['notes'].append('auto-sounding subject on a human answer')
        if c['form'] and r.random() < 0.6:
            subject = self.pick(['Ответ на ваше обращение', 'Re: ' + c['qsubject'], 'Ваш вопрос на сайте ' + c['dom']]
                                if lang == 'ru' else ['Re: ' + c['qsubject'], 'Your enquiry'])
        atts = []
        if variant == 'attachment':
            atts.append(attachment(self.pick(['price-2026.pdf', 'tarify.pdf', 'dogovor-obrazec.pdf', 'pricing.pdf',
                                              'katalog_dekabr.pdf']),
                                   'application/pdf', fake_pdf(r, c['company'].encode('ascii', 'replace').decode())))
        if r.random() < 0.05 and body_kind in ('alt', 'html') and html_flavor in ('mso', 'gmail', 'simple'):
            c['logo'] = True
        return self.finish(c, blocks, hdrs, subject, (from_name, from_addr), body_kind, html_flavor, cs_opts, mid,
                           atts, in_reply=not c['form'] and r.random() < 0.94)

    # -- assembling a message ---------------------------------------------------------------------------------------
    def cte_for(self, cs, text):
        r = self.rnd
        try:
            text.encode('ascii')
            return r.choice(['7bit', '7bit', 'quoted-printable'])
        except UnicodeEncodeError:
            pass
        if cs == 'utf-8':
            return r.choices(['quoted-printable', 'base64', '8bit'], [45, 25, 30])[0]
        return r.choices(['8bit', 'quoted-printable', 'base64'], [50, 30, 20])[0]

    def date_of(self, c):
        if c['lang'] == 'ru':
            off = self.rnd.choice([3, 3, 3, 3, 5, 7, 4])
        else:
            off = self.rnd.choice([0, 0, 1, -5, 3, 2])
        d = format_datetime(tzshift(c['when'], off))
        x = self.rnd.random()
        if x < 0.08:
            d = d[5:]                       # no day of week
        elif x < 0.14 and off == 3:
            d += ' (MSK)'
        elif x < 0.18 and off == 0:
            d += ' (UTC)'
        return d

    def finish(self, c, blocks, hdrs, subject, frm, body_kind, html_flavor, cs_opts, mid, atts, in_reply=True,
               envelope=None, mid_domain=None):
        r = self.rnd
        lang = c['lang']
        cs = self.pick(cs_opts)
        blocks = [(k, fit_charset(v, cs) if isinstance(v, str) else v) for k, v in blocks]
        c['qlines'] = [fit_charset(l, cs) for l in c['qlines']]
        client = CLIENTS.get(c.get('client') or '', {})
        ctx = dict(lang=lang, pt=c['pt'], to_addr=c['to_addr'], qsubject=c['qsubject'], qlines=c['qlines'],
                   wrap=client.get('wrap') and body_kind == 'plain', flowed=client.get('flowed'))
        plain_m = render_plain(blocks, ctx)
        label = pieces(plain_m)
        html_m = None
        if body_kind in ('alt', 'html'):
            if html_flavor == 'helpdesk':
                first_own = next((i for i, b in enumerate(blocks) if b[0] == 'own'), len(blocks))
                top = '\n'.join(v for k, v in blocks[:first_own] if k == 'chrome')
                last_body = max([i for i, b in enumerate(blocks) if b[0] in ('own', 'sig')] + [first_own])
                mid_blocks = [b for b in blocks[first_own:last_body + 1]]
                bottom = '\n'.join(v for k, v in blocks[last_body + 1:] if k == 'chrome')
                inner = render_html(mid_blocks, ctx, 'simple').replace('<html><body>', '').replace('</body></html>',
                                                                                                   '')
                qb = [b for b in blocks[last_body + 1:] if b[0] == 'quote']
                if qb:
                    bottom_html_q = render_html(qb, ctx, 'yandex').replace('<html><body>', '').replace(
                        '</body></html>', '')
                else:
                    bottom_html_q = ''
                pre = collapse(unmark(' '.join(v for k, v in mid_blocks if k == 'own')))[:90]
                html_m = helpdesk_html(inner, top, bottom, c['company'], pre)
                if bottom_html_q:
                    html_m = html_m.replace('</body></html>', bottom_html_q + '</body></html>')
            else:
                html_m = render_html(blocks, ctx, html_flavor or 'simple')
            if [html.unescape(x) for x in pieces(html_m)] != label:
                raise AssertionError('html and plain labels differ: %r / %r' % (pieces(html_m), label))
            if c.get('logo'):
                html_m = html_m.replace('</body></html>', '<img src="cid:logo001" alt="logo"></body></html>') \
                    if '</body></html>' in html_m else html_m + '<img src="cid:logo001" alt="logo">'
        plain = unmark(plain_m)
        params = '; format=flowed' if ctx['wrap'] and ctx['flowed'] else ''
        parts = []
        if body_kind in ('plain', 'alt'):
            parts.append(leaf('text/plain', plain, cs, self.cte_for(cs, plain), params))
        if html_m is not None:
            h = unmark(html_m)
            parts.append(leaf('text/html', h, cs, self.cte_for(cs, h)))
        if len(parts) == 2:
            cn = c.get('client') or ''
            bstyle = 'gmail' if cn == 'gmail' else 'outlook' if 'outlook' in cn else 'apple' if cn in (
                'apple_mail', 'iphone') else 'ru' if cn.startswith(('yandex', 'mailru')) else 'x'
            part = multipart('alternative', parts, boundary(r, bstyle))
        else:
            part = parts[0]
        c['notes'].insert(0, 'plain' if body_kind == 'plain' else ('HTML only' if body_kind == 'html' else
                                                                    'multipart/alternative'))
        c['notes'].insert(1, '%s %s' % (cs, leaf_cte(parts)))
        if c.get('logo') and html_m is not None:
            if len(parts) == 2:
                part = multipart('related', [part, attachment('logo.png', 'image/png', fake_png(r), True)],
                                 boundary(r), ' type="multipart/alternative";')
            else:
                part = multipart('related', [part, attachment('logo.png', 'image/png', fake_png(r), True)],
                                 boundary(r), ' type="text/html";')
            part = (part[0].replace('Content-Type: multipart/related;', 'Content-Type: multipart/related;'), part[1])
            c['notes'].append('inline logo (related)')
        if atts:
            part = multipart('mixed', [part] + atts, boundary(r))
        if c.get('logo'):
            # the cid the HTML refers to
            part = (part[0], part[1].replace(b'Content-Disposition: inline; filename="logo.png"',
                                             b'Content-ID: <logo001>\nContent-Disposition: inline; filename="logo.png"'))
        fname, faddr = frm
        host = 'mx%d.%s' % (r.randint(1, 3), c['dom'])
        headers = trace(r, c['when'], host, envelope if envelope is not None else faddr, c['to'])
        headers += [('Date', self.date_of(c)), ('From', addr(fname, faddr, cs)), ('To', c['to']),
                    ('Subject', hdr(subject, cs)),
                    ('Message-ID', mid or message_id(r, 'plain', mid_domain or c['dom']))]
        if in_reply and not c['form']:
            headers.append(('In-Reply-To', c['probe_mid']))
            headers.append(('References', c['probe_mid']))
        else:
            if not c['form']:
                c['notes'].append('no In-Reply-To')
        headers += [h for h in hdrs]
        raw = assemble(headers, part)
        return dict(raw=raw, label=collapse(' '.join(label)), pieces=label, kind=c['kind'], lang=lang, notes=c['notes'],
                    slug=slug(c['dom']), tag=c.get('tag') or c.get('client') or 'mail',
                    sig='\n'.join(v for k, v in blocks if k in ('sig', 'dev', 'chrome')),
                    quote='\n'.join(c['qlines']))


def leaf_cte(parts):
    ctes = []
    for h, _b in parts:
        mm = re.search(r'Content-Transfer-Encoding: (\S+)', h)
        if mm and mm.group(1) not in ctes:
            ctes.append(mm.group(1))
    return '/'.join(ctes)


def dative(p):
    f, l, g = p['first'], p['last'], p['g']
    if g == 'f':
        f = f[:-1] + 'и' if f.endswith('ия') else (f[:-1] + 'е' if f[-1] in 'ая' else f)
        l = l[:-1] + 'ой' if l.endswith('а') else l
    else:
        if f == 'Павел':
            f = 'Павлу'
        elif f.endswith('ий'):
            f = f[:-2] + 'ию'
        elif f[-1] in 'йь':
            f = f[:-1] + 'ю'
        else:
            f += 'у'
        l += 'у'
    return '%s %s' % (f, l)


AUTO_HEADERS = {
    'replied': [('Auto-Submitted', 'auto-replied')],
    'exchange': [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    'xautoreply': [('X-Autoreply', 'yes')],
    'autosubmitted': [('Auto-Submitted', 'auto-generated'), ('X-Autorespond', 'yes')],
    'prec': [('Precedence', 'auto_reply')],
    'none': [],
}
PERSONAL_AUTOS = {'vacation', 'trip, Exchange', 'sick leave', 'parental leave', 'exhibition', 'short vacation', 'OOO',
                  'annual leave', 'maternity leave', 'sick', 'course', 'one line', 'parental leave', 'conference',
                  'challenge-response', 'whitelist', 'sender verification', 'left the company', 'has left', 'left'}


def gen_ack(self, lang):
    r = self.rnd
    c = self.context('ack', lang, form_p=0.1)
    sysname, _l, subj_t, body_t, hstyle, has_html = self.pick([t for t in ACKS[self.pool] if t[1] == lang])
    c['notes'].append(sysname)
    subject = self.fill(subj_t, c)
    body = self.fill(body_t, c)
    hdrs, mid, reply_to = [], None, None
    n = c['n']
    if hstyle == 'auto':
        hdrs = [('Auto-Submitted', 'auto-generated')]
    elif hstyle == 'replied':
        hdrs = [('Auto-Submitted', 'auto-replied')]
    elif hstyle == 'prec':
        hdrs = [('Precedence', self.pick(['bulk', 'junk', 'auto_reply']))]
    elif hstyle == 'zendesk':
        hdrs = [('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', rs(r, 7)),
                ('X-Zendesk-Email-Id', rs(r, 26, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')),
                ('Auto-Submitted', 'auto-generated')]
        mid = '<%s_%s_sprut@zendesk.com>' % (rs(r, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), n)
    elif hstyle == 'jira':
        hdrs = [('X-JIRA-FingerPrint', rs(r, 32)), ('Auto-Submitted', 'auto-generated')]
        mid = '<JIRA.%s.%s@Atlassian.JIRA>' % (r.randint(10000, 99999), r.randint(10 ** 12, 10 ** 13))
    elif hstyle == 'helpscout':
        mid = '<auto-%s-%s@helpscout.net>' % (n, rs(r, 8))
    elif hstyle == 'freshdesk':
        mid = '<%s.%s@%s.freshdesk.com>' % (rs(r, 20), n, slug(c['dom']))
        reply_to = 'support@' + c['dom']
    elif hstyle == 'intercom':
        mid = '<conversation_%s_auto@intercom-mail.com>' % n
    elif hstyle == 'zoho':
        hdrs = [('X-ZohoDesk-TicketId', n)] if r.random() < 0.5 else []
    elif hstyle == 'hubspot':
        hdrs = [('X-HubSpot-Ticket', n), ('Auto-Submitted', 'auto-generated')]
    if hstyle in ('auto', 'prec', 'replied') and r.random() < 0.3:
        hdrs = []
    c['notes'].append('headers: ' + (', '.join(k for k, _v in hdrs) or 'no automatic header'))
    if r.random() < 0.15 and '{qquote}' not in body_t and '{question}' not in body_t:
        body += '\n\n' + ('Ваше сообщение:' if lang == 'ru' else 'Your message:') + '\n' + \
            '\n'.join('> ' + l for l in c['qlines'])
        c['notes'].append('quotes the question')
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    frm_name = self.pick(['Служба поддержки ' + c['company'], c['company'], 'Поддержка ' + c['company']]) \
        if lang == 'ru' else self.pick([c['company'] + ' Support', c['company'], c['company'] + ' Help Center'])
    frm_addr = self.pick(['noreply', 'support', 'help', 'no-reply', 'info', 'desk']) + '@' + c['dom']
    body_kind = 'plain'
    if has_html:
        body_kind = self.pick(['alt', 'alt', 'html'])
    cs_opts = ['utf-8'] if lang == 'en' or body_kind != 'plain' else ['utf-8', 'utf-8', 'koi8-r', 'windows-1251']
    c['tag'] = frm_addr.split('@')[0]
    return self.finish(c, [('chrome', body)], hdrs, subject, (frm_name, frm_addr), body_kind,
                       'helpdesk' if body_kind != 'plain' and r.random() < 0.5 else 'simple', cs_opts, mid, [],
                       in_reply=r.random() < 0.55)


def gen_auto(self, lang):
    r = self.rnd
    c = self.context('autoreply', lang)
    what, _l, subj_t, body_t, hstyle = self.pick([t for t in AUTOS[self.pool] if t[1] == lang])
    c['notes'].append(what)
    p = self.person(lang)
    col = self.person(lang)
    while col['full'] == p['full']:
        col = self.person(lang)
    back = self.pick(['14.12.2026', '14 декабря', '11.12', '21 декабря', 'понедельника 14.12']) if lang == 'ru' \
        else self.pick(['December 14', 'Monday, 14 December', '12/11/2026', 'the 15th'])
    pemail = self.person_email(p, c['dom'], lang)
    c['extra_vals'] = dict(name=p['full'], back=back, back_en=back, col=col['full'],
                           col_dat=dative(col) if lang == 'ru' else col['full'],
                           colmail=self.person_email(col, c['dom'], lang),
                           short=p['first'] if r.random() < 0.5 else '')
    personal = what in PERSONAL_AUTOS
    if personal:
        c['to_addr'] = pemail
    subject = self.fill(subj_t, c)
    body = self.fill(body_t, c).rstrip()
    hs = hstyle
    if r.random() < 0.15:
        hs = 'none'
    hdrs = list(AUTO_HEADERS[hs])
    if hs == 'exchange':
        hdrs.append(('Thread-Topic', hdr(c['qsubject'])))
    c['notes'].append('headers: ' + (', '.join(k for k, _v in hdrs) or 'no automatic header'))
    if r.random() < 0.1:
        body += '\n\n' + ('-----Исходное сообщение-----' if lang == 'ru' else '-----Original Message-----') + \
            '\n' + '\n'.join(c['qlines'])
        c['notes'].append('quotes the original')
    frm = (p['full'], pemail) if personal else \
        (c['company'], self.pick(['info', 'office', 'zakaz', 'sales', 'mail', 'hello']) + '@' + c['dom'])
    cs_opts = ['utf-8'] if lang == 'en' else ['utf-8', 'utf-8', 'koi8-r', 'windows-1251']
    body_kind = 'plain' if r.random() < 0.8 else 'alt'
    c['tag'] = re.sub(r'[^a-z0-9]+', '-', frm[1].split('@')[0].lower())
    env = '' if r.random() < 0.3 else None
    if env == '':
        c['notes'].append('null envelope sender')
    return self.finish(c, [('chrome', body)], hdrs, subject, frm, body_kind, self.pick(['simple', 'mso', 'yandex']),
                       cs_opts, None, [], in_reply=r.random() < 0.6, envelope=env)


def gen_bounce(self, lang):
    r = self.rnd
    c = self.context('bounce', lang)
    style, _l, dsn, subj_t, local, text_t, status, diag = self.pick([t for t in BOUNCES[self.pool] if t[1] == lang])
    c['notes'].append(style)
    rcpt = c['to_addr']
    host = self.pick(['mx', 'mail', 'smtp', 'mx1']) + '.' + c['dom']
    ip = self.pick(['192.0.2.', '198.51.100.', '203.0.113.']) + str(r.randint(2, 250))
    c['extra_vals'] = dict(rcpt=rcpt, host=host, ip=ip)
    subject = self.fill(subj_t, c)
    text = self.fill(text_t, c)
    report_host = host if r.random() < 0.5 else 'relay.shopper.example'
    cs = 'utf-8'
    if lang == 'ru' and r.random() < 0.35:
        cs = self.pick(['koi8-r', 'windows-1251'])
    text = fit_charset(text, cs)
    # the probe as the company's server received it
    orig_h = ('Return-Path: <%s>\nReceived: from relay.shopper.example (relay.shopper.example [198.51.100.7])\n\t'
              'by %s with ESMTPS; %s\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\nMessage-ID: %s\nMIME-Version: 1.0\n'
              'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
              % (PERSONA, host, format_datetime(c['pt']), format_datetime(c['pt']), addr(PERSONA_NAME, PERSONA),
                 rcpt, hdr(c['qsubject']), c['probe_mid']))
    orig_body = ('\n'.join(c['qlines']) + '\n').encode('utf-8')
    if dsn:
        arrival = format_datetime(c['pt'])
        ds = ('Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n'
              'Original-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: %s\n'
              % (report_host, rs(r, 10, 'ABCDEF0123456789'), arrival, rcpt, rcpt, status, host,
                 self.fill(diag, c)))
        human = leaf('text/plain', text + '\n', cs, self.cte_for(cs, text), '')
        human = ('Content-Description: Notification\n' + human[0], human[1])
        status_part = ('Content-Description: Delivery report\nContent-Type: message/delivery-status\n',
                       ds.encode('ascii'))
        if r.random() < 0.5:
            ret = ('Content-Description: Undelivered Message\nContent-Type: message/rfc822\n'
                   'Content-Transfer-Encoding: 8bit\n', orig_h.encode('ascii') + b'\n' + orig_body)
            c['notes'].append('returns the message')
        else:
            ret = ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n',
                   orig_h.encode('ascii'))
            c['notes'].append('returns the headers')
        part = multipart('report', [human, status_part, ret], boundary(r), ' report-type=delivery-status;')
        c['notes'].insert(0, 'RFC 3464 report')
    else:
        if r.random() < 0.5 and ('copy' in text_t.lower() or 'копия' in text_t.lower()):
            body = text + '\n' + unmark(orig_h) + '\n' + '\n'.join(c['qlines']) + '\n'
            part = leaf('text/plain', body, cs if cs != 'utf-8' or lang == 'en' else 'utf-8', '8bit')
            c['notes'].insert(0, 'plain text, message copied inline')
        elif r.random() < 0.5:
            hp = leaf('text/plain', text + '\n', cs, self.cte_for(cs, text))
            part = multipart('mixed', [hp, ('Content-Type: message/rfc822\nContent-Disposition: attachment\n',
                                            orig_h.encode('ascii') + b'\n' + orig_body)], boundary(r))
            c['notes'].insert(0, 'non-standard, message/rfc822 attached')
        else:
            part = leaf('text/plain', text + '\n', cs, self.cte_for(cs, text))
            c['notes'].insert(0, 'non-standard plain text')
        c['notes'].insert(1, cs)
    dom_from = report_host if local.lower() in ('mailer-daemon', 'postmaster', 'mdaemon') else c['dom']
    frm_name = {'MAILER-DAEMON': 'Mail Delivery System', 'Mailer-Daemon': 'Mail Delivery System',
                'postmaster': self.pick(['Microsoft Outlook', 'Postmaster', 'Администратор почтового сервера']),
                'mailer-daemon': self.pick(['Mail Delivery Subsystem', 'Почтовый робот', '']),
                }.get(local, '')
    if lang == 'en' and frm_name in ('Администратор почтового сервера', 'Почтовый робот'):
        frm_name = 'Mail Delivery Subsystem'
    headers = [('Return-Path', '<>'), ('Delivered-To', PERSONA),
               ('Received', 'from %s (%s [%s])\n\tby mx.shopper.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                % (report_host, report_host, ip, rs(r, 10, 'ABCDEF0123456789'), PERSONA,
                   format_datetime(c['when'])))]
    headers += [('Date', format_datetime(c['when'])), ('From', addr(frm_name, '%s@%s' % (local, dom_from), cs)),
                ('To', PERSONA), ('Subject', hdr(subject, cs)),
                ('Message-ID', '<%s.%s@%s>' % (c['when'].strftime('%Y%m%d%H%M%S'), rs(r, 8), dom_from))]
    if 'report' in part[0] or r.random() < 0.5:
        headers.append(('Auto-Submitted', 'auto-replied' if r.random() < 0.7 else 'auto-generated'))
    raw = assemble(headers, part)
    c['notes'].append('empty envelope sender')
    return dict(raw=raw, label='', kind='bounce', lang=lang, notes=c['notes'], slug=slug(c['dom']),
                tag=local.lower(),
                sig='', quote='\n'.join(c['qlines']))


Gen.ack = gen_ack
Gen.auto = gen_auto
Gen.bounce = gen_bounce


# ----------------------------------------------------------------------------------------------------------------
# plan, write, check

PLAN = {
    # folder, pool, split, {kind: (ru, en)}
    'field': ('A', 'train', {'human': (52, 28), 'redirect': (29, 16), 'ack': (26, 14), 'autoreply': (26, 14),
                             'bounce': (10, 5)}),
    'field_heldout': ('B', 'heldout', {'human': (47, 26), 'redirect': (27, 14), 'ack': (23, 13),
                                       'autoreply': (23, 13), 'bounce': (9, 5)}),
}


def generate(folder):
    pool, split, plan = PLAN[folder]
    g = Gen(pool, SEED + (0 if pool == 'A' else 7919))
    jobs = []
    for kind, (nru, nen) in plan.items():
        jobs += [(kind, 'ru')] * nru + [(kind, 'en')] * nen
    g.rnd.shuffle(jobs)
    recs = []
    for kind, lang in jobs:
        if kind in ('human', 'redirect'):
            rec = g.person_reply(kind, lang)
        elif kind == 'ack':
            rec = g.ack(lang)
        elif kind == 'autoreply':
            rec = g.auto(lang)
        else:
            rec = g.bounce(lang)
        recs.append(rec)
    return recs, split


def text_parts(msg):
    """Decoded text parts of the message itself (not of attached messages)."""
    out = []

    def walk(part):
        ct = part.get_content_type()
        if ct == 'message/rfc822' or ct == 'text/rfc822-headers' or ct == 'message/delivery-status':
            return
        if part.is_multipart():
            for sub in part.iter_parts() if hasattr(part, 'iter_parts') else part.get_payload():
                walk(sub)
            return
        if ct in ('text/plain', 'text/html') and part.get_content_disposition() != 'attachment':
            out.append((ct, part.get_content()))
    walk(msg)
    return out


def check(folder, rows):
    errors = []
    d = os.path.join(HERE, folder)
    files = sorted(f for f in os.listdir(d) if f.endswith('.eml'))
    if files != sorted(r['file'] for r in rows):
        errors.append('%s: manifest and files differ' % folder)
    for row in rows:
        raw = open(os.path.join(d, row['file']), 'rb').read()
        name = row['file']
        if raw.count(b'\n') != raw.count(b'\r\n') or b'\r\r' in raw:
            errors.append('%s: not CRLF' % name)
        if max(len(l) for l in raw.split(b'\r\n')) > 998:
            errors.append('%s: line too long' % name)
        try:
            msg = message_from_bytes(raw, policy=policy.default)
            old = message_from_bytes(raw)
        except Exception as e:  # noqa
            errors.append('%s: does not parse: %s' % (name, e))
            continue
        defects = list(msg.defects) + [x for p in msg.walk() for x in p.defects]
        if defects:
            errors.append('%s: defects %r' % (name, defects))
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[k] is None:
                errors.append('%s: no %s' % (name, k))
        parts = text_parts(msg)
        if not parts:
            errors.append('%s: no text part' % name)
        label = row['expected_reply']
        if row['kind'] in ('human', 'redirect'):
            if not label:
                errors.append('%s: empty label' % name)
            for ct, content in parts:
                body = collapse(visible(content) if ct == 'text/html' else content)
                pos = 0
                for piece in row['_pieces']:
                    i = body.find(piece, pos)
                    if i < 0:
                        errors.append('%s: %s lacks %r' % (name, ct, piece[:60]))
                        break
                    pos = i + len(piece)
        elif label:
            errors.append('%s: label on a %s' % (name, row['kind']))
        for bad in FORBIDDEN_IN_LABEL:
            if bad.lower() in label.lower():
                errors.append('%s: label contains %r' % (name, bad))
        for line in row['_sig'].split('\n'):
            line = collapse(line)
            if len(line) >= 8 and line in label and line not in ('Здравствуйте!', 'Добрый день!'):
                errors.append('%s: label contains signature/chrome line %r' % (name, line))
        if row['kind'] == 'bounce' and msg['Return-Path'] != '<>':
            errors.append('%s: bounce with a sender' % name)
        if old.get_content_type() is None:
            errors.append('%s: compat32 parse' % name)
    return errors


def check_pools():
    for key, groups in FRAG.items():
        assert len(groups) == 3 and all(isinstance(x, str) for g in groups for x in g), key
    for key, items in WHOLE.items():
        assert all(isinstance(x, list) for x in items), key
    for name in ('COMPANIES',):
        doms = [c[3] for c in COMPANIES['A']], [c[3] for c in COMPANIES['B']]
        assert not set(doms[0]) & set(doms[1]), name


def main():
    check_pools()
    all_errors = []
    counts = {}
    for folder in ('field', 'field_heldout'):
        recs, split = generate(folder)
        d = os.path.join(HERE, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml') or f == 'manifest.csv':
                os.remove(os.path.join(d, f))
        rows = []
        for i, rec in enumerate(recs, 1):
            fname = '%03d-%s-%s.eml' % (i, rec['slug'], rec['tag'])
            with open(os.path.join(d, fname), 'wb') as fh:
                fh.write(rec['raw'])
            note = '%s; %s' % (rec['lang'], '; '.join(rec['notes']))
            rows.append(dict(file=fname, kind=rec['kind'], expected_reply=rec['label'], split=split, note=note,
                             _pieces=[p for p in rec.get('pieces', [])], _sig=rec['sig']))
            counts[(rec['kind'], split, rec['lang'])] = counts.get((rec['kind'], split, rec['lang']), 0) + 1
        for row, rec in zip(rows, recs):
            row['_pieces'] = rec.get('pieces') or ([rec['label']] if rec['label'] else [])
        with open(os.path.join(d, 'manifest.csv'), 'w', newline='', encoding='utf-8') as fh:
            w = csv.writer(fh)
            w.writerow(['file', 'kind', 'expected_reply', 'split', 'note'])
            for row in rows:
                w.writerow([row['file'], row['kind'], row['expected_reply'], row['split'], row['note']])
        all_errors += check(folder, rows)
    print('%-10s %-8s %4s %4s %5s' % ('kind', 'split', 'ru', 'en', 'all'))
    for split in ('train', 'heldout'):
        for kind in ('human', 'redirect', 'ack', 'autoreply', 'bounce'):
            ru, en = counts.get((kind, split, 'ru'), 0), counts.get((kind, split, 'en'), 0)
            print('%-10s %-8s %4d %4d %5d' % (kind, split, ru, en, ru + en))
        tr = sum(v for (k, s, l), v in counts.items() if s == split and l == 'ru')
        te = sum(v for (k, s, l), v in counts.items() if s == split)
        print('%-10s %-8s %4d %4d %5d' % ('total', split, tr, te - tr, te))
    if all_errors:
        print('\n'.join(all_errors[:60]))
        print('%d problems' % len(all_errors))
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
