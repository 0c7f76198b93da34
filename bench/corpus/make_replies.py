#!/usr/bin/env python3
"""Regenerate the labelled corpus of e-mail replies in bench/corpus/replies/.

Written for this project, independently of its classification code: the messages are fictional replies of
fictional companies (all domains are *.example / *.example.ru) to the mystery-shopper scripts of
studies/demo.yaml (pickup hours and same-day delivery for shops; tariffs, contract and timing for services).

Deterministic (fixed seed), standard library only. Run:  python3 bench/corpus/make_replies.py
It rewrites replies/*.eml, replies/manifest.csv; README.md is written only if it is missing.
"""
import base64
import csv
import datetime as dt
import hashlib
import html
import os
import quopri
import random
import re
import sys
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'replies')
R = random.Random(20261207)
CRLF = '\r\n'

PERSONA = 'Анатолий Смирнов'
PERSONA_EN = 'Anatoly Smirnov'
PADDR = 'anatoly@shopper.example'
PFIRST = 'Анатолий'
OUR_MX = 'mx1.shopper.example'
OUR_SMTP = 'smtp.shopper.example'

SUBJECT = {'shops': 'Самовывоз сегодня', 'services': 'Тарифы и договор'}
PROBE_BODY = {
    'shops': ['Здравствуйте!',
              'До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.',
              '', PERSONA],
    'services': ['Добрый день!',
                 'Какие у вас тарифы, как заключить договор и сколько времени это займёт?',
                 '', PERSONA],
}

TZ = {h: dt.timezone(dt.timedelta(hours=h)) for h in range(-8, 13)}
MSK = TZ[3]

WD_RU = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']
WD_RU_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']
MON_RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
              'ноября', 'декабря']


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def hexid(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------------------------
# low-level MIME assembly (bytes exactly as delivered: CRLF line ends)

def fit(s, charset):
    """Make text representable in a legacy charset the way old clients do (₽ -> руб. etc.)."""
    if charset.lower() in ('utf-8', 'utf8'):
        return s
    rep = {'₽': 'руб.', '№': 'N', '«': '"', '»': '"', '—': '-', '–': '-', '…': '...', '\u2011': '-',
           '“': '"', '”': '"', '’': "'", '\u00a0': ' '}
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(rep.get(ch, '?'))
    return ''.join(out)


def _q_word(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == ' ':
            out.append('_')
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in '!*+-/' and byte < 128:
            out.append(c)
        else:
            out.append('=%02X' % byte)
    return ''.join(out)


def ew(s, charset='utf-8', enc='B', keep_ascii_prefix=True, maxbytes=36):
    """RFC 2047 encode a header value (folded with CRLF SP)."""
    if all(ord(c) < 128 for c in s):
        return s
    prefix = ''
    if keep_ascii_prefix:
        m = re.match(r'^([\x20-\x7e]*\s)', s)
        if m and not re.search(r'[^\x00-\x7f]', m.group(1)):
            prefix = m.group(1)
            s = s[len(prefix):]
    words, cur = [], ''
    for ch in s:
        if cur and len((cur + ch).encode(charset, 'replace')) > maxbytes:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    enc_words = []
    for w in words:
        b = w.encode(charset, 'replace')
        if enc == 'B':
            enc_words.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
        else:
            enc_words.append('=?%s?Q?%s?=' % (charset, _q_word(b)))
    return prefix + (CRLF + ' ').join(enc_words)


def addr(name, email, charset='utf-8', enc='B', quote_ascii=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if quote_ascii or re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc, keep_ascii_prefix=False), email)


def encode_body(text, charset, cte):
    text = fit(text.replace('\r\n', '\n'), charset)
    if cte in ('8bit', '7bit'):
        return text.encode(charset).replace(b'\n', b'\r\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(text.encode(charset)).replace(b'\n', b'\r\n')
    if cte == 'base64':
        return base64.encodebytes(text.replace('\n', '\r\n').encode(charset)).replace(b'\n', b'\r\n')
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value-str)
        self.body = body            # bytes, CRLF

    def to_bytes(self):
        out = []
        for k, v in self.headers:
            out.append(('%s: %s' % (k, v)).encode('ascii') + b'\r\n')
        return b''.join(out) + b'\r\n' + self.body


def text_part(text, subtype='plain', charset='utf-8', cte='8bit', extra=None, ctype_extra='', cte_case=None):
    ctype = 'text/%s; charset="%s"%s' % (subtype, charset, ctype_extra)
    if charset.lower() in ('koi8-r', 'windows-1251') and chance(0.5):
        ctype = 'text/%s; charset=%s%s' % (subtype, charset, ctype_extra)
    h = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte_case or cte)]
    if extra:
        h += extra
    return Part(h, encode_body(text, charset, cte))


def boundary(style='generic'):
    if style == 'outlook':
        return '_000_%s%s_' % (alnum(32), alnum(8))
    if style == 'gmail':
        return '000000000000' + hexid(16)
    if style == 'apple':
        return 'Apple-Mail-%s-%s' % (alnum(8), alnum(4))
    if style == 'mailru':
        return '--ALT--%s%s' % (hexid(16).upper(), R.randrange(10 ** 9, 10 ** 10))
    if style == 'thebat':
        return '----------%s' % alnum(16)
    if style == 'yandex':
        return '----==%s==----' % alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    return '=_%s' % hexid(24)


def multipart(subtype, parts, bnd=None, params='', extra=None):
    bnd = bnd or boundary()
    h = [('Content-Type', 'multipart/%s;%s boundary="%s"%s' % (subtype, CRLF + '\t' if chance(0.4) else ' ',
                                                               bnd, params))]
    if extra:
        h += extra
    chunks = []
    if chance(0.5):
        chunks.append(b'This is a multi-part message in MIME format.\r\n\r\n')
    for p in parts:
        chunks.append(('--%s\r\n' % bnd).encode() + p.to_bytes() + b'\r\n')
    chunks.append(('--%s--\r\n' % bnd).encode())
    return Part(h, b''.join(chunks))


def attachment(filename, data, ctype):
    h = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
         ('Content-Disposition', 'attachment; filename="%s"' % filename),
         ('Content-Transfer-Encoding', 'base64')]
    return Part(h, base64.encodebytes(data).replace(b'\n', b'\r\n'))


def fake_pdf(title):
    body = ('%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
            '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' % title)
    return body.encode('latin-1', 'replace')


def message_bytes(top_headers, part):
    """Top-level headers first, then the MIME part's own headers (MIME-Version inserted)."""
    out = []
    for k, v in top_headers:
        out.append(('%s: %s' % (k, v)).encode('ascii') + b'\r\n')
    out.append(b'MIME-Version: 1.0\r\n')
    return b''.join(out) + part.to_bytes()


def dfmt(d, tzh=3):
    return format_datetime(d.astimezone(TZ[tzh]))


def received_chain(sender_host, sender_ip, when, envelope_from):
    qid = alnum(10, '0123456789ABCDEF')
    t1 = when + dt.timedelta(seconds=R.randint(1, 9))
    t2 = t1 + dt.timedelta(seconds=R.randint(0, 2))
    h = []
    h.append(('Return-Path', '<%s>' % envelope_from))
    h.append(('Delivered-To', PADDR))
    h.append(('Received', 'from %s%s\tby %s with LMTP%s\tid %s%s\t(envelope-from <%s>)%s\tfor <%s>; %s' % (
        OUR_MX, CRLF, 'imap1.shopper.example', CRLF, alnum(16, 'abcdefghijklmnopqrstuvwxyz0123456789'), CRLF,
        envelope_from, CRLF, PADDR, dfmt(t2))))
    h.append(('Received', 'from %s (%s [%s])%s\tby %s (Postfix) with ESMTPS id %s%s\tfor <%s>; %s' % (
        sender_host, sender_host, sender_ip, CRLF, OUR_MX, qid, CRLF, PADDR, dfmt(t1))))
    return h


def ip():
    return '%s.%d' % (pick(['192.0.2', '198.51.100', '203.0.113']), R.randint(2, 250))


def msgid(domain, style='generic'):
    if style == 'outlook':
        return '<%s@%s>' % (alnum(60).upper(), pick(['EXCH01.corp.' + domain, 'MSK-EX02.' + domain,
                                                       'mail.' + domain]))
    if style == 'mailru':
        return '<%s.%s@%s>' % (R.randrange(10 ** 12, 10 ** 13), hexid(20), 'mail.' + domain)
    if style == 'yandex':
        return '<%d%s@%s>' % (R.randrange(10 ** 5, 10 ** 6), R.randrange(10 ** 6, 10 ** 7), 'mail.' + domain)
    if style == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (alnum(8), alnum(4), alnum(4), alnum(4), alnum(12), domain)
    return '<%s.%s@%s>' % (hexid(12), R.randrange(10 ** 9, 10 ** 10), domain)


# ---------------------------------------------------------------------------------------------------------------
# the probe (what the persona sent)

class Probe:
    def __init__(self, segment, company, form=False):
        self.segment = segment
        self.subject = SUBJECT[segment]
        self.body = list(PROBE_BODY[segment])
        day = R.choice([7, 7, 8, 8, 9])
        self.date = dt.datetime(2026, 12, day, R.randint(10, 16), R.randint(0, 59), R.randint(0, 59), tzinfo=MSK)
        self.token = alnum(10, 'abcdefghijkmnpqrstuvwxyz23456789')
        self.msgid = '<%s.%s@shopper.example>' % (self.token, self.date.strftime('%Y%m%d%H%M%S'))
        self.to = company['info']
        self.form = form
        self.to_persona = ('anatoly+%s@shopper.example' % self.token) if form else PADDR

    def raw(self):
        """The probe as it left the persona's mailbox (used inside bounces)."""
        h = [('Message-ID', self.msgid), ('Date', dfmt(self.date)),
             ('From', addr(PERSONA, PADDR)), ('To', self.to),
             ('Subject', ew(self.subject)), ('User-Agent', 'audit/0.1')]
        p = text_part('\n'.join(self.body) + '\n', charset='utf-8', cte='8bit' if chance(0.5) else 'base64')
        return message_bytes(h, p)

    def raw_headers(self):
        return self.raw().split(b'\r\n\r\n', 1)[0] + b'\r\n'


# ---------------------------------------------------------------------------------------------------------------
# fictional companies and people

def _co(name, legal, domain, seg, lang, address, phone, tz=3):
    return {'name': name, 'legal': legal, 'domain': domain, 'segment': seg, 'lang': lang, 'address': address,
            'phone': phone, 'tz': tz, 'site': 'www.' + domain if chance(0.5) else 'https://' + domain,
            'info': pick(['info', 'info', 'support', 'zakaz', 'hello', 'mail', 'shop', 'office']) + '@' + domain,
            'slug': domain.split('.')[0]}


COMPANIES = [
    # Russian shops
    _co('Мебельград', 'ООО «Мебельград»', 'mebelgrad.example.ru', 'shops', 'ru', 'г. Москва, ул. Складская, д. 12, стр. 3', '+7 (495) 000-12-34'),
    _co('ТехноПорт', 'ООО «ТехноПорт»', 'tehnoport.example.ru', 'shops', 'ru', 'Санкт-Петербург, Кондратьевский пр., 40, корп. 2', '8 (812) 000-45-67'),
    _co('Хвостик', 'ИП Белова Е. А.', 'hvostik-zoo.example.ru', 'shops', 'ru', 'г. Казань, ул. Декабристов, 85', '+7 843 000 11 22'),
    _co('Книжный двор', 'ООО «Книжный двор»', 'knigdvor.example', 'shops', 'ru', 'Москва, Пятницкая ул., 7', '8-495-000-77-01'),
    _co('СтройКомплект', 'ООО «СК Плюс»', 'stroykomplekt.example.ru', 'shops', 'ru', 'г. Екатеринбург, ул. Фронтовых бригад, 18', '+7 (343) 000-90-90', 5),
    _co('Игрушкин', 'ООО «Игрушкин»', 'igrushkin.example.ru', 'shops', 'ru', 'г. Новосибирск, ул. Кирова, 113', '+7 383 000-33-44', 7),
    _co('ВелоДрайв', 'ИП Корнеев А. В.', 'velodrive.example.ru', 'shops', 'ru', 'Москва, Варшавское ш., 26, стр. 11', '8 (916) 000-20-21'),
    _co('Улун', 'Чайная лавка «Улун»', 'ulun-tea.example.ru', 'shops', 'ru', 'г. Нижний Новгород, ул. Рождественская, 21', '+7 (831) 000-05-15'),
    _co('Цветочная фабрика', 'ООО «Флора Трейд»', 'flowerfab.example.ru', 'shops', 'ru', 'Москва, ул. Нижняя Красносельская, 35', '+7 495 000-48-48'),
    _co('Спортмикс', 'ООО «Спортмикс»', 'sportmix.example.ru', 'shops', 'ru', 'г. Краснодар, ул. Северная, 324', '8 800 000-31-31'),
    _co('АвтоДеталь', 'ООО «АвтоДеталь-Сервис»', 'avtodetal.example.ru', 'shops', 'ru', 'г. Самара, Московское ш., 4', '+7 (846) 000-71-17', 4),
    _co('Прованс', 'ООО «Прованс Косметик»', 'provence-cosmetics.example', 'shops', 'ru', 'Москва, Ленинградский пр., 80, к. 16', '8 (499) 000-62-26'),
    _co('ФотоТочка', 'ООО «ФотоТочка»', 'fototochka.example.ru', 'shops', 'ru', 'Санкт-Петербург, Лиговский пр., 50', '+7 (812) 000-85-58'),
    _co('Лён', 'ИП Сафонова Н. И.', 'len-textile.example.ru', 'shops', 'ru', 'г. Иваново, ул. Громобоя, 15', '+7 (4932) 00-12-12'),
    _co('ГаджетМаркет', 'ООО «ГМ Ритейл»', 'gadgetmarket.example.ru', 'shops', 'ru', 'Москва, ул. Буженинова, 30', '8 800 000 09 09'),
    _co('Сантехника24', 'ООО «Сантехника 24»', 'santeh24.example.ru', 'shops', 'ru', 'г. Ростов-на-Дону, пр. Шолохова, 31', '+7 (863) 000-24-24'),
    _co('Рыболов-Профи', 'ООО «Рыболов-Профи»', 'rybolov-profi.example.ru', 'shops', 'ru', 'г. Тюмень, ул. Республики, 200', '+7 3452 00-40-40', 5),
    _co('Вкусная посуда', 'ООО «ВП»', 'vkusposuda.example.ru', 'shops', 'ru', 'Москва, Дмитровское ш., 163А', '+7 (495) 000-16-30'),
    _co('Зелёный сад', 'ООО «Зелёный сад»', 'zelsad.example.ru', 'shops', 'ru', 'Московская обл., г. Мытищи, Олимпийский пр., 29', '8 (495) 000-29-92'),
    _co('ОптикаЛайт', 'ООО «Оптика Лайт»', 'optikalight.example.ru', 'shops', 'ru', 'г. Воронеж, ул. Кольцовская, 35', '+7 (473) 000-35-53'),
    _co('Канцмаркет', 'ООО «Канцмаркет»', 'kancmarket.example.ru', 'shops', 'ru', 'г. Челябинск, ул. Кирова, 161', '+7 (351) 000-16-16', 5),
    _co('Электрон', 'ООО «Электрон-Опт»', 'elektron-shop.example.ru', 'shops', 'ru', 'Москва, Огородный пр., 8, стр. 1', '+7(495)000-08-80'),
    # Russian services
    _co('ПэйКасса', 'ООО «ПэйКасса»', 'paykassa.example.ru', 'services', 'ru', 'Москва, Пресненская наб., 12', '8 800 000-41-41'),
    _co('ЦРМ-Плюс', 'ООО «ЦРМ Плюс»', 'crmplus.example.ru', 'services', 'ru', 'Санкт-Петербург, ул. Красного Текстильщика, 10-12', '+7 (812) 000-10-12'),
    _co('ЛогистЭкспресс', 'ООО «Логист Экспресс»', 'logistexpress.example.ru', 'services', 'ru', 'Москва, ул. Амурская, 2', '+7 495 000 55 66'),
    _co('Витрина', 'ООО «Витрина Онлайн»', 'vitrina-cms.example.ru', 'services', 'ru', 'г. Томск, пр. Ленина, 94', '+7 (3822) 00-94-94', 7),
    _co('ОблакоКасс', 'ООО «Облако Касс»', 'oblakokass.example.ru', 'services', 'ru', 'г. Иннополис, ул. Университетская, 7', '8 800 000 70 07'),
    _co('Звонок', 'ООО «Телеком Звонок»', 'zvonok-tel.example.ru', 'services', 'ru', 'Москва, Электрический пер., 3/10', '+7 (495) 000-03-10'),
    _co('РассылкаПро', 'ООО «Рассылка Про»', 'rassylkapro.example.ru', 'services', 'ru', 'г. Пермь, ул. Ленина, 50', '+7 342 000-50-05', 5),
    _co('Остаток', 'ООО «Остаток Софт»', 'ostatok-soft.example.ru', 'services', 'ru', 'г. Ярославль, ул. Свободы, 2', '+7 (4852) 00-22-00'),
    _co('ФулфилментЦентр', 'ООО «ФФЦ»', 'ffcenter.example.ru', 'services', 'ru', 'Московская обл., г. Подольск, ул. Лобачёва, 13', '8 (800) 000-13-31'),
    _co('ЧатБот-Студия', 'ООО «Чатбот Студия»', 'chatbot-studio.example.ru', 'services', 'ru', 'Москва, ул. Льва Толстого, 16', '+7 (916) 000-16-61'),
    _co('Курьер-Сервис', 'ООО «Курьер Сервис Регион»', 'kurier-region.example.ru', 'services', 'ru', 'г. Уфа, ул. Ленина, 70', '+7 (347) 000-70-70', 5),
    _co('ЭДО-Мост', 'ООО «ЭДО Мост»', 'edomost.example.ru', 'services', 'ru', 'г. Калуга, ул. Кирова, 19', '8 800 000-19-91'),
    _co('Лавка', 'ООО «Платформа Лавка»', 'lavka-platform.example.ru', 'services', 'ru', 'Санкт-Петербург, Малый пр. В.О., 54', '+7 (812) 000-54-45'),
    _co('АналитикаПро', 'ООО «Аналитика Про»', 'analitikapro.example.ru', 'services', 'ru', 'Москва, Кутузовский пр., 36, стр. 3', '+7 (495) 000-36-63'),
    _co('Вершина', 'SEO-агентство «Вершина»', 'vershina-seo.example.ru', 'services', 'ru', 'г. Красноярск, ул. Карла Маркса, 95', '+7 (391) 000-95-59', 7),
    _co('Узел', 'Хостинг «Узел»', 'uzel-host.example.ru', 'services', 'ru', 'г. Новосибирск, ул. Ватутина, 99', '+7 383 000 99 00', 7),
    _co('СмартДоставка', 'ООО «Смарт Доставка»', 'smartdostavka.example.ru', 'services', 'ru', 'г. Казань, ул. Петербургская, 52', '8 800 000-52-25'),
    _co('МаркетХелп', 'ООО «Маркет Хелп»', 'markethelp.example.ru', 'services', 'ru', 'Москва, Варшавское ш., 9, стр. 1', '+7 (495) 000-91-19'),
    # English-speaking shops
    _co('Nordic Gear', 'Nordic Gear Ltd', 'nordicgear.example', 'shops', 'en', '14 Skladskaya St., Moscow', '+7 495 000 14 14', 3),
    _co('Brightside Home', 'Brightside Home LLC', 'brightside-home.example', 'shops', 'en', 'Unit 4, 22 Kantemirovskaya St., St Petersburg', '+7 812 000 22 04'),
    _co('PixelPlay', 'PixelPlay Store', 'pixelplay.example', 'shops', 'en', '8 Presnensky Val, Moscow', '+7 (495) 000-80-08'),
    _co('Urban Bike Co.', 'Urban Bike Co.', 'urbanbike.example', 'shops', 'en', '3 Bolshaya Yakimanka St., Moscow', '+7 916 000 3003'),
    _co('Green Leaf Tea', 'Green Leaf Tea Trading', 'greenleaf-tea.example', 'shops', 'en', '11 Nevsky Prospekt, St Petersburg', '+7 812 000 1111'),
    _co('TechNest', 'TechNest Retail', 'technest.example', 'shops', 'en', '27 Leninsky Prospekt, Moscow', '+7 (495) 000-27-72'),
    # English-speaking services
    _co('PayGrid', 'PayGrid Ltd.', 'paygrid.example', 'services', 'en', '1 Harbour Exchange Sq, London', '+44 20 7946 0101', 0),
    _co('Clientflow', 'Clientflow CRM Inc.', 'clientflow.example', 'services', 'en', '500 Market St, San Francisco, CA', '+1 415 555 0142', -8),
    _co('ShipRoute', 'ShipRoute GmbH', 'shiproute.example', 'services', 'en', 'Friedrichstr. 68, Berlin', '+49 30 5555 0190', 1),
    _co('Storefront Cloud', 'Storefront Cloud OÜ', 'storefront-cloud.example', 'services', 'en', 'Narva mnt 5, Tallinn', '+372 555 0133', 2),
    _co('Parcelly', 'Parcelly B.V.', 'parcelly.example', 'services', 'en', 'Keizersgracht 241, Amsterdam', '+31 20 555 0175', 1),
    _co('InvoiceBee', 'InvoiceBee Ltd', 'invoicebee.example', 'services', 'en', '12 Castle St, Edinburgh', '+44 131 496 0555', 0),
    _co('Chatwise', 'Chatwise Inc.', 'chatwise.example', 'services', 'en', '77 Summer St, Boston, MA', '+1 617 555 0199', -5),
    _co('LedgerLink', 'LedgerLink Ltd', 'ledgerlink.example', 'services', 'en', '3 Arch. Makariou Ave, Limassol', '+357 25 555 010', 2),
    _co('Metricly', 'Metricly Analytics', 'metricly.example', 'services', 'en', 'Dubai Internet City, Building 2', '+971 4 555 0123', 4),
]

STAFF_RU = ['Марина Ковалёва', 'Екатерина Волкова', 'Дмитрий Сорокин', 'Ольга Петрова', 'Алексей Кузнецов',
            'Ирина Белоусова', 'Светлана Гришина', 'Наталья Соколова', 'Павел Зуев', 'Юлия Морозова',
            'Артём Яковлев', 'Анна Лебедева', 'Сергей Николаев', 'Ксения Фролова', 'Виктория Исаева',
            'Максим Орлов', 'Елена Васильева', 'Татьяна Киселёва', 'Роман Козлов', 'Дарья Тихонова',
            'Олег Мельников', 'Людмила Андреевна Быкова', 'Игорь Шестаков', 'Алина Руденко', 'Константин Жуков']
STAFF_EN = ['Emily Carter', 'James O\'Neill', 'Sofia Martins', 'Daniel Brooks', 'Priya Shah', 'Lukas Weber',
            'Hannah Lee', 'Oliver Grant', 'Mia Novak', 'Tom Fischer', 'Chloe Dubois', 'Ethan Walsh', 'Nina Petrovic',
            'Sam Okafor']
POS_RU = ['Менеджер отдела продаж', 'Менеджер интернет-магазина', 'Специалист службы поддержки',
          'Служба поддержки клиентов', 'Руководитель отдела продаж', 'Менеджер по работе с клиентами',
          'Старший специалист клиентского сервиса', 'Аккаунт-менеджер', 'Администратор пункта выдачи',
          'Отдел по работе с юридическими лицами', 'Ведущий менеджер']
POS_EN = ['Customer Success Manager', 'Support Specialist', 'Sales Executive', 'Customer Care Team',
          'Account Executive', 'Head of Sales', 'Store Manager', 'Customer Support']


def first(name):
    parts = name.split()
    return parts[0]


def email_of(name, co):
    tr = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i',
          'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
          'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'sch', 'ы': 'y', 'э': 'e', 'ю': 'yu',
          'я': 'ya', 'ь': '', 'ъ': '', "'": ''}
    p = [''.join(tr.get(c, c) for c in w.lower()) for w in name.split()]
    style = R.randrange(4)
    if style == 0:
        local = p[0]
    elif style == 1:
        local = '%s.%s' % (p[0][0], p[-1])
    elif style == 2:
        local = '%s.%s' % (p[0], p[-1])
    else:
        local = pick(['sales', 'support', 'manager', 'zakaz', 'opt', 'help'])
    return '%s@%s' % (local, co['domain'])


# ---------------------------------------------------------------------------------------------------------------
# what people write: answers (human) and redirects

GREET_RU = ['Здравствуйте, Анатолий!', 'Добрый день, Анатолий!', 'Анатолий, добрый день!', 'Здравствуйте!',
            'Добрый день!', 'Анатолий, здравствуйте!', 'Добрый день.', 'Приветствую, Анатолий!',
            'Здравствуйте, Анатолий.', 'Добрый вечер, Анатолий!', 'Анатолий, доброе утро!', 'Здравствуйте.']
GREET_EN = ['Hi Anatoly,', 'Hello Anatoly,', 'Dear Anatoly,', 'Hi there,', 'Hello,', 'Good afternoon Anatoly,',
            'Hi Anatoly!', 'Dear Mr. Smirnov,', 'Hey Anatoly,']
THANKS_RU = ['Спасибо за обращение!', 'Спасибо, что написали нам.', 'Благодарим за интерес к нашему магазину!',
             'Спасибо за письмо.', 'Благодарим за обращение.']
THANKS_EN = ['Thanks for reaching out!', 'Thank you for your email.', 'Thanks for getting in touch.',
             'Thank you for contacting us.']


def hours():
    h1 = pick([8, 9, 9, 10, 10, 11])
    h2 = pick([18, 19, 20, 20, 21, 22])
    return h1, h2


def shop_ru(co):
    h1, h2 = hours()
    pickup = [
        'Пункт самовывоза ({a}) работает ежедневно с {h1}:00 до {h2}:00.',
        'Самовывоз работает по будням до {h2}:00, в субботу до 16:00, воскресенье — выходной.',
        'Наш пункт выдачи открыт с {h1} до {h2} без выходных и перерывов.',
        'Пункт выдачи заказов работает до {h2}.00, сегодня тоже.',
        'Склад с самовывозом у нас открыт круглосуточно, заказ выдаём по номеру заказа.',
        'Забрать заказ можно с {h1}:00 до {h2}:00 по адресу: {a}.',
        'Выдача заказов: пн–пт с {h1}:00 до {h2}:00, сб–вс с 11:00 до 17:00.',
        'Самовывоз до {h2}:30, но лучше приезжать не позже чем за полчаса до закрытия — выдача занимает время.',
        'Самовывоз с нашего склада ({a}) — по будням с {h1} до {h2}, по выходным только по предварительной договорённости.',
        'Сегодня пункт выдачи работает до {h2}:00.',
    ]
    order = [
        'Оформить заказ можно на сайте {s}: положите товар в корзину и на шаге доставки выберите «Самовывоз».',
        'Если удобнее, пришлите артикулы и количество ответным письмом — мы сами оформим заказ и пришлём его номер.',
        'Заказ можете оформить прямо на сайте или по телефону {p}, менеджер всё сделает за пару минут.',
        'Напишите, пожалуйста, что именно хотите заказать, и ваш номер телефона — оформим заказ и зарезервируем товар.',
        'Для оформления достаточно добавить товары в корзину и нажать «Оформить заказ», регистрация не обязательна.',
        'Могу оформить заказ за вас: пришлите ссылку на товар и удобный способ оплаты (карта онлайн или при получении).',
        'Чтобы оформить заказ, выберите товар на сайте, в корзине укажите «Самовывоз» и оплатите онлайн — после оплаты заказ соберут в течение часа.',
    ]
    today = [
        'Доставка сегодня возможна, если оформить заказ до 14:00; срочная доставка по городу стоит 590 ₽.',
        'Экспресс-доставка в день заказа есть в пределах города, 790 руб., заказ нужно оформить до 15:00.',
        'К сожалению, на сегодня все курьерские слоты заняты, ближайшая доставка — завтра с 10 до 14. Но самовывозом забрать сегодня можно, заказ собирается за 1 час.',
        'Сегодня доставить уже не успеем, курьерская доставка у нас на следующий день после заказа.',
        'Если товар есть в наличии на складе, курьер привезёт его сегодня вечером, с 18 до 22; стоимость 450 ₽.',
        'Доставка сегодня возможна только такси-курьером по тарифу перевозчика (обычно 400–700 ₽), менеджер согласует время.',
        'Доставку «день в день» делаем для заказов, оформленных до 12:00, — успеете, если оформите в ближайший час.',
    ]
    f = dict(a=co['address'], s=co['site'], p=co['phone'], h1=h1, h2=h2)
    shape = R.random()
    paras = []
    g = pick(GREET_RU)
    if shape < 0.55:      # complete
        body = [pick(pickup), pick(order), pick(today)]
        R.shuffle(body) if chance(0.25) else None
        note = 'complete'
    elif shape < 0.85:    # partial
        body = R.sample([pick(pickup), pick(order), pick(today)], R.choice([1, 2]))
        note = 'partial'
    else:                 # curt
        body = [pick(['До {h2}.', 'Работаем до {h2}:00. Сегодня доставки нет, только самовывоз.',
                      'До {h2}:00, доставка сегодня — да, если оформите до 14.', 'Самовывоз до {h2}. Заказ — на сайте.',
                      'С {h1} до {h2}. Сегодня можем привезти, оформляйте.', 'До {h2}:00 ежедневно.'])]
        g = pick(['', '', 'Добрый день.', 'Здравствуйте.'])
        note = 'curt'
    body = [b.format(**f) for b in body]
    if g:
        if chance(0.25):
            paras.append(g + ' ' + body.pop(0)) if body else paras.append(g)
        else:
            paras.append(g)
    if chance(0.2) and note != 'curt':
        paras.append(pick(THANKS_RU))
    # sometimes two sentences share a paragraph
    while body:
        if len(body) >= 2 and chance(0.35):
            paras.append(body.pop(0) + ' ' + body.pop(0))
        else:
            paras.append(body.pop(0))
    if note != 'curt' and chance(0.15):
        paras.append(pick(['Хорошего дня!', 'Будем рады видеть вас!', 'Ждём ваш заказ!']))
    return paras, note


def service_ru(co):
    price = [
        'У нас три тарифа: «Старт» — 990 ₽/мес., «Бизнес» — 2 490 ₽/мес., «Про» — 5 900 ₽/мес. При оплате за год скидка 20%.',
        'Комиссия за приём платежей — 2,6% с оборота, абонентской платы нет. При обороте от 1 млн ₽ в месяц — 2,2%.',
        'Подключение бесплатное, обслуживание — от 1 500 руб. в месяц в зависимости от количества пользователей.',
        'Актуальные тарифы опубликованы на странице {s}/tariffs, для юрлиц цены указаны без НДС.',
        'Стоимость доставки по нашему базовому тарифу — от 180 ₽ за посылку до 1 кг, точный расчёт есть в калькуляторе на сайте.',
        'Тариф «Базовый» — 1 200 руб./мес. за одну кассу, фискальный накопитель — 8 900 руб. на 15 месяцев.',
        'Хранение на складе — 35 руб. за короб в сутки, сборка заказа — от 45 руб., минимальный платёж 15 000 руб. в месяц.',
        'Тарифы: 3 500 ₽ за 10 000 писем, 9 900 ₽ за 50 000 писем; для больших объёмов — индивидуально.',
    ]
    contract = [
        'Договор заключается по оферте: регистрируетесь в личном кабинете, принимаете условия — и можно работать.',
        'Для заключения договора пришлите, пожалуйста, карточку организации (реквизиты). Мы подготовим договор и направим его через ЭДО (Диадок или СБИС).',
        'Договор можно подписать в ЭДО или обменяться сканами, оригиналы отправим почтой.',
        'Заполните анкету на сайте, приложите устав и выписку из ЕГРЮЛ — после проверки пришлём договор на подпись.',
        'Порядок такой: заявка на сайте, проверка документов, подписание договора в ЭДО, затем техническая интеграция.',
        'Договор типовой, шаблон во вложении; если нужны правки, пришлите протокол разногласий.',
    ]
    dur = [
        'Подключение занимает 1–2 рабочих дня после подписания договора.',
        'Обычно от заявки до запуска проходит 3 рабочих дня.',
        'Проверка документов — до 5 рабочих дней, затем договор подписываем в течение дня.',
        'Договор подписываем в день обращения, доступ открываем сразу после оплаты первого месяца.',
        'Весь процесс в среднем занимает неделю, из них интеграция — 2–3 рабочих дня.',
        'По времени — около 2 рабочих дней, если документы в порядке.',
    ]
    nxt = ['Если хотите, проведу онлайн-демонстрацию — напишите удобное время.',
           'Пришлите, пожалуйста, ИНН компании, и я заведу заявку.',
           'Могу сразу выставить счёт на первый месяц, если определитесь с тарифом.',
           'Если остались вопросы — пишите, с радостью помогу.']
    f = dict(s=co['site'])
    shape = R.random()
    g = pick(GREET_RU)
    if shape < 0.55:
        body = [pick(price), pick(contract), pick(dur)]
        if chance(0.5):
            body.append(pick(nxt))
        note = 'complete'
    elif shape < 0.88:
        body = R.sample([pick(price), pick(contract), pick(dur)], R.choice([1, 2]))
        note = 'partial'
    else:
        body = [pick(['Тарифы на сайте, договор — оферта, подключение 1 рабочий день.',
                      'От 990 руб./мес. Договор по оферте.', 'Пришлите реквизиты, подготовим договор. Срок — 2 рабочих дня.'])]
        g = pick(['', 'Добрый день.', 'Здравствуйте.'])
        note = 'curt'
    body = [b.format(**f) for b in body]
    paras = []
    if g:
        paras.append(g)
    if chance(0.25) and note != 'curt':
        paras.append(pick(THANKS_RU))
    while body:
        if len(body) >= 2 and chance(0.3):
            paras.append(body.pop(0) + ' ' + body.pop(0))
        else:
            paras.append(body.pop(0))
    return paras, note


def shop_en(co):
    h1, h2 = hours()
    pickup = ['Our pickup point at {a} is open daily from {h1} am to {h22} pm.',
              'The pickup desk is open Mon–Fri {h1}:00–{h2}:00 and Sat–Sun 11:00–17:00.',
              'Pickup is available until {h2}:00 today.',
              'You can collect your order at {a}, we are open until {h22} pm every day.']
    order = ['You can place the order on our website — add the items to your cart and choose "Pickup" at checkout.',
             'Just reply with the item numbers and quantities and I\'ll put the order together for you.',
             'If you prefer, our team can place the order for you by phone at {p}.',
             'To order, add the items to your basket and select "Collect in store"; no account needed.']
    today = ['Same-day delivery is available for orders placed before 2 pm; the fee is 590 RUB.',
             'Unfortunately all same-day courier slots are booked for today, the earliest delivery is tomorrow morning. Pickup today is fine though.',
             'Express delivery today is possible within the city for 790 RUB if you order within the next two hours.',
             'We don\'t offer same-day delivery, sorry — next-day is the fastest option.']
    f = dict(a=co['address'], p=co['phone'], h1=h1, h2=h2, h2b=h2, h2_2=h2 - 12, h2_=h2)
    f['h2' + '2'] = h2 - 12
    shape = R.random()
    g = pick(GREET_EN)
    if shape < 0.55:
        body = [pick(pickup), pick(order), pick(today)]
        note = 'complete'
    elif shape < 0.85:
        body = R.sample([pick(pickup), pick(order), pick(today)], R.choice([1, 2]))
        note = 'partial'
    else:
        body = [pick(['Open till {h2}:00. Same-day delivery - yes, order by 2pm.', 'Until {h22}pm.',
                      'We close at {h2}:00. No same-day delivery, sorry.'])]
        g = pick(['', 'Hi,', 'Hello,'])
        note = 'curt'
    body = [b.format(**f) for b in body]
    paras = [g] if g else []
    if chance(0.2) and note != 'curt':
        paras.append(pick(THANKS_EN))
    while body:
        if len(body) >= 2 and chance(0.35):
            paras.append(body.pop(0) + ' ' + body.pop(0))
        else:
            paras.append(body.pop(0))
    if note != 'curt' and chance(0.2):
        paras.append(pick(['Have a great day!', 'Hope this helps!', 'Let me know if you need anything else.']))
    return paras, note


def service_en(co):
    price = ['We have three plans: Starter at $29/month, Growth at $99/month and Enterprise with custom pricing.',
             'Our fee is 1.9% + 0.20 EUR per successful transaction, with no monthly fee.',
             'Pricing starts at 49 EUR per month for up to 3 users; every extra seat is 12 EUR.',
             'Full pricing is on {s}/pricing — annual billing saves 15%.',
             'Shipping rates start at 4.50 EUR per parcel up to 2 kg; volume discounts apply from 500 parcels a month.']
    contract = ['We work under a public offer, so there is no paper contract: sign up, accept the terms in the dashboard and you are live.',
                'To sign a contract, send us your company details (legal name, registration number, address) and we will prepare the agreement for e-signature.',
                'Our standard agreement is signed online via DocuSign; your legal team can request a redline.',
                'Once you register, our compliance team runs a KYB check and then sends the merchant agreement.']
    dur = ['Onboarding usually takes 2–3 business days.',
           'The whole process normally takes about a week, most of it is the compliance check.',
           'You can be up and running the same day; the contract takes 1–2 business days if you need a signed copy.',
           'Approval typically takes 3 to 5 business days.']
    nxt = ['Happy to set up a quick call to walk you through it.',
           'I\'ve attached our pricing sheet for reference.',
           'Let me know which plan suits you and I\'ll send the link.']
    f = dict(s=co['site'])
    shape = R.random()
    g = pick(GREET_EN)
    if shape < 0.55:
        body = [pick(price), pick(contract), pick(dur)]
        if chance(0.5):
            body.append(pick(nxt))
        note = 'complete'
    elif shape < 0.88:
        body = R.sample([pick(price), pick(contract), pick(dur)], R.choice([1, 2]))
        note = 'partial'
    else:
        body = [pick(['Pricing is on the website; the contract is a click-through, takes a day.',
                      'From $29/mo, public offer, 2 business days.'])]
        g = pick(['', 'Hi,'])
        note = 'curt'
    body = [b.format(**f) for b in body]
    paras = [g] if g else []
    if chance(0.25) and note != 'curt':
        paras.append(pick(THANKS_EN))
    while body:
        if len(body) >= 2 and chance(0.3):
            paras.append(body.pop(0) + ' ' + body.pop(0))
        else:
            paras.append(body.pop(0))
    return paras, note


def redirect_ru(co, seg):
    ph = co['phone']
    sales = pick(['sales', 'opt', 'b2b', 'zakaz', 'manager', 'commerce']) + '@' + co['domain']
    tg = '@' + co['slug'].replace('-', '_') + pick(['', '_bot', '_support', '_shop'])
    wa = pick(['+7 999 000-12-34', '+7 (925) 000-45-45', '8 903 000 77 11', '+79160004455'])
    v = [
        ['По вопросам самовывоза и доставки, пожалуйста, позвоните нам по телефону {ph} — операторы помогут.'],
        ['Данный адрес не принимает заказы.', 'Пожалуйста, напишите в отдел продаж: {sales}'],
        ['Такие вопросы оперативнее решаются в чате на сайте — нажмите на значок в правом нижнем углу страницы {site}.'],
        ['Напишите нам, пожалуйста, в WhatsApp {wa} или в Telegram {tg}, там отвечаем быстрее.'],
        ['Оставьте, пожалуйста, заявку на сайте в разделе «Контакты», и с вами свяжется менеджер.'],
        ['Стоимость рассчитывается индивидуально.', 'Оставьте ваш номер телефона — менеджер перезвонит и всё расскажет.'],
        ['Цены индивидуальные, позвоните, пожалуйста, менеджеру по тел. {ph}.'],
        ['Спасибо за интерес к нашей компании!',
         'К сожалению, консультации мы проводим только по телефону, так как условия зависят от многих факторов. Позвоните, пожалуйста, в будни с 9 до 18 по номеру {ph} или оставьте заявку на сайте {site} — мы перезвоним.'],
        ['Уточните, пожалуйста, ваш вопрос по телефону {ph}.'],
        ['Ваш вопрос лучше задать нашим менеджерам по телефону: {ph} (звонок бесплатный).', 'Работаем с 9:00 до 21:00 без выходных.'],
        ['Этот ящик предназначен для претензий и возвратов.',
         'По вопросам оформления заказов обращайтесь, пожалуйста, в службу поддержки через форму на сайте {site}/help или по телефону {ph}.'],
        ['Ваше письмо переслали в коммерческий отдел, с вами свяжутся.'],
        ['Обращайтесь в Telegram {tg} — там менеджеры онлайн с 10 до 19.'],
        ['{ph}'],
        ['Позвоните, пожалуйста, нам, так будет быстрее.'],
        ['Для консультации по тарифам и подключению оставьте заявку на сайте, менеджер свяжется с вами в течение рабочего дня.'] if seg == 'services' else
        ['Для консультации по наличию и доставке напишите в наш чат на сайте или в сообществе ВКонтакте vk.com/{slug}.'],
        ['По всем вопросам — в отдел продаж: {sales}, тел. {ph}.'],
        ['Вам нужно обратиться к вашему персональному менеджеру или в отдел по работе с юрлицами: {sales}.'] if seg == 'services' else
        ['Вам нужно обратиться в магазин, где оформлен заказ, — его контакты есть на странице {site}/shops.'],
        ['Мы не консультируем по e-mail.', 'Пожалуйста, воспользуйтесь онлайн-чатом на сайте или позвоните по номеру {ph}.'],
        ['Для того чтобы мы могли вас проконсультировать, пожалуйста, позвоните по номеру {ph} с 10:00 до 19:00 (мск) или напишите в WhatsApp {wa}.',
         'По почте мы отвечаем только на вопросы по уже оформленным заказам.'],
        ['Информацию по тарифам предоставляет отдел продаж.', 'Контакты: {sales}, {ph}.'] if seg == 'services' else
        ['Информацию о наличии и доставке вам подскажут операторы колл-центра: {ph}.'],
    ]
    body = [x.format(ph=ph, sales=sales, site=co['site'], wa=wa, tg=tg, slug=co['slug']) for x in pick(v)]
    g = pick(GREET_RU + ['', ''])
    paras = []
    if g:
        if chance(0.3):
            body[0] = g + ' ' + body[0]
        else:
            paras.append(g)
    if chance(0.2):
        paras.append(pick(THANKS_RU))
    paras += body
    return paras


def redirect_en(co, seg):
    ph = co['phone']
    sales = pick(['sales', 'partners', 'hello', 'orders']) + '@' + co['domain']
    v = [
        ['Please contact our sales team at {sales} — they\'ll be happy to help.'],
        ['For pricing, please book a demo with our team: {site}/demo'],
        ['This mailbox is for technical support only.', 'For commercial enquiries, please use the contact form at {site}/contact.'],
        ['Please give us a call at {ph}, our team will sort it out for you.'],
        ['Pricing depends on your volume, so one of our sales reps will reach out to schedule a call.'],
        ['The quickest way to get help is the live chat on our website (bottom right corner).'],
        ['Could you please message us on WhatsApp at {ph}? Our store team handles orders there.'],
        ['I\'ve passed your message on to our partnerships team, they will get back to you.'],
        ['Thank you for your interest!', 'We handle all new customer enquiries through our sales department. Please write to {sales} or call {ph} (Mon–Fri, 9 am – 6 pm CET) and a colleague will help you.'],
        ['Please submit a request via {site}/get-started and an account manager will contact you.'],
    ]
    body = [x.format(ph=ph, sales=sales, site=co['site'].replace('www.', 'https://')) for x in pick(v)]
    g = pick(GREET_EN + [''])
    paras = [g] if g else []
    if chance(0.2):
        paras.append(pick(THANKS_EN))
    return paras + body


# ---------------------------------------------------------------------------------------------------------------
# signatures, device lines, disclaimers

VAL_RU = ['С уважением,', 'С уважением,', 'С уважением,', 'С наилучшими пожеланиями,', 'Спасибо за обращение!',
          'Всего доброго,', 'С уважением и наилучшими пожеланиями,', 'С уважением', 'Спасибо за обращение!']
VAL_EN = ['Best regards,', 'Kind regards,', 'Kind regards', 'Thanks,', 'Regards,', 'Best,', 'Many thanks,',
          'Cheers,', 'Warm regards,']
DISC_RU = [
    'Данное сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата. '
    'Если вы получили это сообщение по ошибке, пожалуйста, уведомите отправителя и удалите сообщение.',
    'Информация в этом письме конфиденциальна. Её использование, копирование и распространение лицами, которым она '
    'не адресована, запрещено.',
    'Пожалуйста, подумайте об окружающей среде, прежде чем распечатывать это письмо.',
]
DISC_EN = [
    'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received '
    'it in error, please notify the sender and delete it. Any unauthorised use or disclosure is prohibited.',
    'CONFIDENTIALITY NOTICE: The information contained in this message is intended only for the use of the '
    'individual or entity named above and may be privileged.',
    'Please consider the environment before printing this e-mail.',
]


def signature(lang, co, staff, style=None):
    """Signature lines (valediction first). Everything returned here is excluded from expected_reply."""
    style = style or pick(['none', 'name', 'val_name', 'val_block', 'val_block', 'dash_block', 'val_inline',
                           'val_block', 'dash_name'])
    ru = lang == 'ru'
    name = staff
    fn = first(staff)
    block = [name]
    if chance(0.8):
        block.append(pick(POS_RU if ru else POS_EN))
    if chance(0.7):
        block.append(co['legal'] if chance(0.5) else co['name'])
    ph = co['phone']
    phl = pick(['Тел.: %s', 'тел. %s', 'Телефон: %s', '%s', 'т. %s', 'моб.: %s'] if ru else
               ['Tel: %s', 'Phone: %s', 'T: %s', '%s', 'Mobile: %s']) % ph
    if chance(0.8):
        block.append(phl)
    if chance(0.25):
        block.append(('доб. %d' if ru else 'ext. %d') % R.randint(100, 999))
    if chance(0.6):
        block.append(co['site'])
    if chance(0.4):
        block.append(co['address'])
    if style == 'none':
        return []
    if style == 'name':
        return [fn]
    if style == 'dash_name':
        return ['--', fn]
    if style == 'val_name':
        return [pick(VAL_RU if ru else VAL_EN), pick([fn, name])]
    if style == 'val_inline':
        v = pick(['С уважением, %s', 'С уважением, %s.', 'Всего доброго, %s'] if ru else ['Best, %s', 'Thanks, %s', 'Regards, %s'])
        return [v % fn] + block[1:]
    if style == 'dash_block':
        return [pick(['--', '-- ', '---', '__________', '________________________________'])] + block
    return [pick(VAL_RU if ru else VAL_EN)] + block


def device(lang, client):
    if client == 'mailru_mobile':
        return 'Отправлено из мобильной Почты Mail.ru'
    if client == 'iphone':
        return 'Отправлено с iPhone' if lang == 'ru' else 'Sent from my iPhone'
    if client == 'outlook_android':
        return 'Получить Outlook для Android' if lang == 'ru' and chance(0.5) else 'Get Outlook for Android'
    if client == 'yandex' and chance(0.3):
        return 'Отправлено из мобильного приложения Яндекс Почты'
    return ''


# ---------------------------------------------------------------------------------------------------------------
# quoting the probe

def h12(d):
    h = d.hour % 12 or 12
    return '%d:%02d %s' % (h, d.minute, 'AM' if d.hour < 12 else 'PM')


def quote_block(qs, probe, co):
    """dict(header=[lines], body=[lines], prefix=str, footer=[lines], html_header=str)"""
    d = probe.date
    body = list(probe.body)
    frm = '%s <%s>' % (PERSONA, PADDR)
    to = probe.to
    q = dict(header=[], body=body, prefix='> ', footer=[], style=qs)
    if qs == 'gmail_en':
        q['header'] = ['On %s, %s %d, %d at %s %s wrote:' % (d.strftime('%a'), d.strftime('%b'), d.day, d.year, h12(d), frm)]
    elif qs == 'gmail_ru':
        q['header'] = ['%s, %d дек. %d г. в %s, %s:' % (WD_RU_SHORT[d.weekday()], d.day, d.year, d.strftime('%H:%M'), frm)]
    elif qs == 'yandex':
        q['header'] = ['%s, %s, "%s" <%s>:' % (d.strftime('%d.%m.%Y'), d.strftime('%H:%M'), PERSONA, PADDR)]
    elif qs == 'mailru':
        q['header'] = ['%s, %d %s %d, %s +03:00 от %s:' % (WD_RU[d.weekday()].capitalize(), d.day, MON_RU_GEN[d.month - 1],
                                                          d.year, d.strftime('%H:%M'), frm)]
    elif qs == 'tb_ru':
        q['header'] = ['%s %s, %s пишет:' % (d.strftime('%d.%m.%Y'), d.strftime('%H:%M'), PERSONA)]
    elif qs == 'tb_en':
        q['header'] = ['On %d/%d/%s %s, %s wrote:' % (d.month, d.day, d.strftime('%y'), h12(d), PERSONA)]
    elif qs == 'apple_ru':
        q['header'] = ['%d дек. %d г., в %s, %s написал(а):' % (d.day, d.year, d.strftime('%H:%M'), frm)]
        q['prefix'] = '> '
    elif qs == 'apple_en':
        q['header'] = ['On %s %d, %d, at %s, %s wrote:' % (d.strftime('%b'), d.day, d.year, d.strftime('%H:%M'), frm)]
    elif qs == 'thebat':
        q['header'] = ['Вы писали %d %s %d г., %s:' % (d.day, MON_RU_GEN[d.month - 1], d.year, d.strftime('%H:%M'))]
        q['prefix'] = '> '
    elif qs == 'roundcube':
        q['header'] = ['%s писал %s:' % (PERSONA, d.strftime('%Y-%m-%d %H:%M'))]
    elif qs == 'outlook_en':
        q['header'] = ['-----Original Message-----', 'From: %s' % frm,
                       'Sent: %s, %s %d, %d %s' % (d.strftime('%A'), d.strftime('%B'), d.day, d.year, h12(d)),
                       'To: %s' % to, 'Subject: %s' % probe.subject, '']
        q['prefix'] = ''
    elif qs == 'outlook_en2':
        q['header'] = ['________________________________', 'From: %s' % frm,
                       'Sent: %s, %s %d, %d %s' % (d.strftime('%A'), d.strftime('%B'), d.day, d.year, h12(d)),
                       'To: %s' % to, 'Subject: %s' % probe.subject, '']
        q['prefix'] = ''
    elif qs == 'outlook_ru':
        q['header'] = ['From: %s' % frm, 'Sent: %s, %s %d, %d %s' % (d.strftime('%A'), d.strftime('%B'), d.day, d.year, h12(d)),
                       'To: %s' % to, 'Subject: %s' % probe.subject, ''] if chance(0.4) else \
            ['От: %s' % frm, 'Отправлено: %s, %d %s %d г. %s' % (WD_RU[d.weekday()], d.day, MON_RU_GEN[d.month - 1], d.year, d.strftime('%H:%M')),
             'Кому: %s' % to, 'Тема: %s' % probe.subject, '']
        q['prefix'] = ''
    elif qs == 'outlook_ru_orig':
        q['header'] = ['-----Исходное сообщение-----', 'От: %s' % frm,
                       'Отправлено: %s, %d %s %d г. %s' % (WD_RU[d.weekday()], d.day, MON_RU_GEN[d.month - 1], d.year, d.strftime('%H:%M')),
                       'Кому: %s' % to, 'Тема: %s' % probe.subject, '']
        q['prefix'] = ''
    elif qs == 'fwd_ru':
        q['header'] = ['-------- Пересылаемое сообщение --------',
                       '%s, %s, "%s" <%s>:' % (d.strftime('%d.%m.%Y'), d.strftime('%H:%M'), PERSONA, PADDR), '']
        q['footer'] = ['-------- Конец пересылаемого сообщения --------']
        q['prefix'] = ''
    elif qs == 'fwd_en':
        q['header'] = ['---------- Forwarded message ---------', 'From: %s' % frm,
                       'Date: %s, %s %d, %d at %s' % (d.strftime('%a'), d.strftime('%b'), d.day, d.year, h12(d)),
                       'Subject: %s' % probe.subject, 'To: <%s>' % to, '']
        q['prefix'] = ''
    elif qs == 'android_ru':
        q['header'] = ['-------- Исходное сообщение --------', 'От: %s' % frm,
                       'Дата: %s %s (GMT+03:00)' % (d.strftime('%d.%m.%Y'), d.strftime('%H:%M')),
                       'Кому: %s' % to, 'Тема: %s' % probe.subject, '']
        q['prefix'] = ''
    elif qs == 'bare':
        q['header'] = []
    elif qs == 'none':
        return None
    else:
        raise ValueError(qs)
    return q


def quote_plain(q):
    if not q:
        return []
    lines = list(q['header'])
    for l in q['body']:
        lines.append((q['prefix'] + l).rstrip() if q['prefix'] else l)
    if q['footer']:
        lines += [''] + q['footer']
    return lines


# ---------------------------------------------------------------------------------------------------------------
# rendering a person's reply in a given mail client

import textwrap


def wrap_lines(lines, width=72):
    out = []
    for l in lines:
        if len(l) <= width or l.startswith('>'):
            out.append(l)
        else:
            out += textwrap.wrap(l, width, break_on_hyphens=False, break_long_words=False)
    return out


def esc(s, entities=False):
    s = html.escape(s, quote=False)
    if entities:
        s = s.replace('«', '&laquo;').replace('»', '&raquo;').replace('—', '&mdash;').replace('–', '&ndash;')
    return s


def para_lines(paras):
    out = []
    for p in paras:
        out += p.split('\n')
        out.append('')
    return out


def plain_text(x, width=None):
    ans = para_lines(x['paras'])
    tail = []
    if x['sig']:
        tail += x['sig'] + ['']
    if x['dev']:
        tail += [x['dev'], '']
    if x['disc']:
        tail += [x['disc'], '']
    ql = quote_plain(x['q'])
    if x['order'] == 'bottom' and ql:
        lines = ql + [''] + ans + tail
    elif x['order'] == 'thebat' and ql:
        lines = ans[:2] + ql + [''] + ans[2:] + tail
    else:
        lines = ans + tail + ([''] if ql and chance(0.5) else []) + ql
    if width:
        lines = wrap_lines(lines, width)
    while lines and lines[-1] == '':
        lines.pop()
    return '\n'.join(lines) + '\n'


def html_gmail(x):
    ent = False
    h = ['<div dir="ltr">']
    for i, p in enumerate(x['paras']):
        if i:
            h.append('<div><br></div>')
        h.append('<div>%s</div>' % '<br>'.join(esc(l, ent) for l in p.split('\n')))
    if x['sig']:
        h.append('<div><br></div><div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
                 '<div dir="ltr">%s</div></div></div>' % '<br>'.join(esc(l) for l in x['sig']))
    h.append('</div>')
    if x['q']:
        q = x['q']
        h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 'padding-left:1ex">%s</blockquote></div>' % (esc('\n'.join(q['header'])).replace('\n', '<br>'),
                                                             '<br>'.join(esc(l) for l in q['body'])))
    return '\n'.join(h) + '\n'


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:2.0cm 42.5pt 2.0cm 3.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''


def html_outlook(x, charset):
    ent = chance(0.5)
    h = [OUTLOOK_HEAD % (charset, 'RU' if x['lang'] == 'ru' else 'EN-US')]
    for p in x['paras']:
        h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>\n'.join(esc(l, ent) for l in p.split('\n')))
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    for l in x['sig']:
        h.append('<p class="MsoNormal"><span style="font-size:10.0pt;color:#1F3864">%s</span><o:p></o:p></p>' % esc(l, ent))
    if x['dev']:
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">%s<o:p></o:p></p>' % esc(x['dev']))
    if x['disc']:
        h.append('<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s</span><o:p></o:p></p>' % esc(x['disc'], ent))
    if x['q']:
        q = x['q']
        hdr = [l for l in q['header'] if l and not l.startswith('---') and not l.startswith('____')]
        cells = []
        for l in hdr:
            k, _, v = l.partition(': ')
            cells.append('<b>%s:</b> %s' % (esc(k), esc(v)))
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        h.append('<p class="MsoNormal"><b><span lang="RU">%s</span></b><o:p></o:p></p></div>' % '<br>\n'.join(cells)
                 if False else '<p class="MsoNormal">%s<o:p></o:p></p></div>' % '<br>\n'.join(cells))
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for l in q['body']:
            h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else '<o:p>&nbsp;</o:p>'))
    h.append('</div>\n</body>\n</html>')
    return '\n'.join(h) + '\n'


def html_yandex(x):
    h = []
    for i, p in enumerate(x['paras']):
        if i:
            h.append('<div>\u00a0</div>' if chance(0.5) else '<div> </div>')
        h.append('<div>%s</div>' % '<br />'.join(esc(l) for l in p.split('\n')))
    if x['sig']:
        h.append('<div>\u00a0</div><div>-- </div><div>%s</div>' % '<br />'.join(esc(l) for l in x['sig']))
    if x['dev']:
        h.append('<div>\u00a0</div><div>-- </div><div>%s</div>' % esc(x['dev']))
    if x['q']:
        q = x['q']
        h.append('<div>\u00a0</div><div>\u00a0</div><div>%s</div><blockquote>%s</blockquote>' % (
            esc(' '.join(q['header'])), ''.join('<div>%s</div>' % (esc(l) if l else '\u00a0') for l in q['body'])))
    return ''.join(h) + '\n' if chance(0.5) else '\n'.join(h) + '\n'


def html_mailru(x):
    h = ['<HTML><BODY>']
    for p in x['paras']:
        h.append('<div>%s</div>' % '<br>'.join(esc(l) for l in p.split('\n')))
    if x['sig']:
        h.append('<div>&nbsp;</div><div data-signature-widget="container"><div data-signature-widget="content">'
                 '<div>--<br>%s</div></div></div>' % '<br>'.join(esc(l) for l in x['sig']))
    if x['q']:
        q = x['q']
        sid = R.randrange(10 ** 15, 10 ** 16)
        h.append('<div>&nbsp;</div><div class="mail-quote-collapse"><blockquote style="border-left:1px solid #0857A6; '
                 'margin:10px; padding:0 0 0 10px;">%s<br><br><div id=""><div class="js-helper js-readmsg-msg"><div>'
                 '<div id="style_%d_BODY">%s</div></div></div></div></blockquote></div>' % (
                     esc(q['header'][0]), sid, '<br>'.join(esc(l) for l in q['body'])))
    h.append('</BODY></HTML>')
    return '\n'.join(h) + '\n'


def html_simple(x, blockquote_attr=True):
    """Generic webmail/CRM HTML (Roundcube-, Bitrix-, Outlook-for-Android-like)."""
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>',
         '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">']
    for p in x['paras']:
        h.append('<p>%s</p>' % '<br />\n'.join(esc(l, True) for l in p.split('\n')))
    if x['sig']:
        h.append('<div class="signature"><span style="color:#888">%s</span></div>' % '<br />\n'.join(esc(l) for l in x['sig']))
    if x['dev']:
        h.append('<div dir="auto">%s</div>' % esc(x['dev']))
    if x['disc']:
        h.append('<p style="font-size:8pt;color:#999">%s</p>' % esc(x['disc']))
    if x['q']:
        q = x['q']
        h.append('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">%s</div>'
                 '<blockquote type="cite" style="padding-left:5px;border-left:#1010ff 2px solid;margin-left:5px">%s</blockquote>' % (
                     '<br>'.join(esc(l) for l in q['header'] if l), '<br>'.join(esc(l) for l in q['body'])))
    h.append('</body></html>')
    return '\n'.join(h) + '\n'


def en_dt(d):
    return '%s %d, %d, %s' % (d.strftime('%b'), d.day, d.year, d.strftime('%H:%M'))


def dt_ru(d):
    return '%d %s %d г., %s' % (d.day, ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.',
                                       'нояб.', 'дек.'][d.month - 1], d.year, d.strftime('%H:%M'))


def person_client(x):
    """Returns (mime part, extra headers, message-id, header charset, header encoding)."""
    c = x['client']
    lang = x['lang']
    dom = x['co']['domain']
    ru = lang == 'ru'
    if c == 'thunderbird':
        cs = x['charset']
        part = text_part(plain_text(x, 72), 'plain', cs, pick(['8bit', '8bit', 'quoted-printable']),
                         ctype_extra='; format=flowed' if chance(0.3) else '')
        ua = 'Mozilla Thunderbird' if chance(0.3) else \
            'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2'
        return part, [('User-Agent', ua), ('Content-Language', 'ru' if ru else 'en-US')], msgid(dom), cs, 'B'
    if c == 'gmail':
        alt = multipart('alternative', [text_part(plain_text(x), 'plain', 'UTF-8', 'quoted-printable'),
                                        text_part(html_gmail(x), 'html', 'UTF-8', 'quoted-printable')], boundary('gmail'))
        return alt, [], '<CA%s%s@%s>' % (alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ+'), alnum(40, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-'), 'mx-google.' + dom), 'UTF-8', 'B'
    if c in ('outlook', 'outlook_html'):
        cs = x['charset']
        hpart = text_part(html_outlook(x, cs), 'html', cs, 'quoted-printable')
        if c == 'outlook':
            part = multipart('alternative', [text_part(plain_text(x), 'plain', cs, 'quoted-printable'), hpart], boundary('outlook'))
        else:
            part = hpart
        extra = [('Thread-Topic', ew(x['probe'].subject, cs, 'B', False)),
                 ('Thread-Index', base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()),
                 ('Accept-Language', 'ru-RU, en-US'), ('Content-Language', 'ru-RU' if ru else 'en-US'),
                 ('X-MS-Has-Attach', 'yes' if x.get('attach') else ''), ('X-MS-TNEF-Correlator', ''),
                 ('X-Mailer', pick(['Microsoft Outlook 16.0', 'Microsoft Office Outlook 12.0', 'Microsoft Outlook 15.0']))]
        if chance(0.3):
            extra.append(('X-Auto-Response-Suppress', 'All'))
        extra = [(k, v) for k, v in extra if v or k.startswith('X-MS')]
        return part, extra, msgid(dom, 'outlook'), cs, pick(['B', 'Q'])
    if c == 'yandex':
        part = text_part(html_yandex(x), 'html', 'utf-8', 'base64')
        return part, [('X-Mailer', 'Yamail [ http://yandex.example ] 2.0')] if chance(0.5) else [], msgid(dom, 'yandex'), 'utf-8', 'B'
    if c == 'mailru':
        alt = multipart('alternative', [text_part(plain_text(x), 'plain', 'utf-8', 'base64'),
                                        text_part(html_mailru(x), 'html', 'utf-8', 'base64')], boundary('mailru'))
        return alt, [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[%s]' % ip())], msgid(dom, 'mailru'), 'UTF-8', 'B'
    if c == 'mailru_mobile':
        return text_part(plain_text(x), 'plain', 'utf-8', 'base64'), [('X-Mailer', 'Mail.Ru Mailer 1.0')], msgid(dom, 'mailru'), 'UTF-8', 'B'
    if c == 'iphone':
        part = text_part(plain_text(x), 'plain', 'utf-8', 'quoted-printable')
        part.headers[0] = ('Content-Type', 'text/plain; charset=utf-8')
        return part, [('X-Mailer', pick(['iPhone Mail (22B91)', 'iPhone Mail (21H221)']))], msgid(dom, 'apple'), 'utf-8', 'B'
    if c == 'apple_mail':
        alt = multipart('alternative', [text_part(plain_text(x), 'plain', 'utf-8', 'quoted-printable'),
                                        text_part(html_simple(x), 'html', 'utf-8', 'quoted-printable')], boundary('apple'))
        return alt, [('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')], msgid(dom, 'apple'), 'utf-8', 'Q'
    if c == 'outlook_android':
        alt = multipart('alternative', [text_part(plain_text(x), 'plain', 'utf-8', 'base64'),
                                        text_part(html_simple(x), 'html', 'utf-8', 'base64')], boundary('outlook'))
        return alt, [('X-Mailer', 'Outlook for Android'), ('Thread-Topic', ew(x['probe'].subject))], msgid(dom, 'outlook'), 'utf-8', 'B'
    if c == 'thebat':
        cs = x['charset']
        part = text_part(plain_text(x, 70), 'plain', cs, '8bit')
        return part, [('X-Mailer', pick(['The Bat! (v10.5.3) Professional', 'The Bat! (v9.4.4) Home'])),
                      ('X-Priority', '3 (Normal)')], '<%d.%s@%s>' % (R.randrange(10 ** 9, 10 ** 10), R.randrange(10 ** 8, 10 ** 9), dom), cs, 'B'
    if c == 'roundcube':
        cs = x['charset']
        if chance(0.5):
            part = text_part(plain_text(x, 76), 'plain', cs, pick(['8bit', 'quoted-printable']))
        else:
            part = multipart('alternative', [text_part(plain_text(x, 76), 'plain', cs, 'quoted-printable'),
                                             text_part(html_simple(x), 'html', 'UTF-8', 'quoted-printable')])
        return part, [('User-Agent', 'Roundcube Webmail/1.6.9')], '<%s@%s>' % (hexid(32), dom), cs, 'Q'
    raise ValueError(c)


# ---- helpdesks: a list of blocks rendered both as text and as HTML

def blocks_plain(blocks):
    out = []
    for kind, val in blocks:
        if kind == 'paras':
            out += para_lines(val)
            continue
        if kind == 'sig':
            out += val + ['']
            continue
        if kind == 'quote':
            out += [l if l.startswith('>') else ('> ' + l).rstrip() for l in val] + ['']
            continue
        if kind == 'rule':
            out += [val, '']
            continue
        out += [val, '']
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n'


def blocks_html(blocks, accent='#1f73b7'):
    h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
         '<style>td{font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#2b2e2f}</style></head>',
         '<body style="margin:0;padding:0"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:15px">']
    for kind, val in blocks:
        if kind == 'marker':
            h.append('<div style="color:#b5b5b5">%s</div>' % esc(val))
        elif kind == 'meta':
            h.append('<p style="color:#8c8c8c;font-size:13px;margin:0 0 10px 0">%s</p>' % esc(val))
        elif kind == 'author':
            h.append('<p style="margin:15px 0 0 0"><strong>%s</strong></p>' % esc(val))
        elif kind == 'time':
            h.append('<p style="color:#bbbbbb;font-size:13px;margin:0 0 12px 0">%s</p>' % esc(val))
        elif kind == 'paras':
            for p in val:
                h.append('<p style="margin:0 0 12px 0">%s</p>' % '<br>'.join(esc(l, True) for l in p.split('\n')))
        elif kind == 'sig':
            h.append('<p style="margin:0 0 12px 0;color:#555">%s</p>' % '<br>'.join(esc(l) for l in val))
        elif kind == 'rule':
            h.append('<hr style="border:none;border-top:1px solid #dddddd;margin:20px 0">')
        elif kind == 'quote':
            h.append('<blockquote style="margin:0 0 0 4px;padding-left:8px;border-left:2px solid #cccccc;color:#666">%s</blockquote>'
                     % '<br>'.join(esc(l) for l in val))
        elif kind == 'footer':
            h.append('<p style="color:#aaaaaa;font-size:12px;margin:20px 0 0 0">%s</p>' % esc(val))
        else:
            raise ValueError(kind)
    h.append('</td></tr></table></body></html>')
    return '\n'.join(h) + '\n'


def helpdesk(x):
    """Returns (part, extra headers, message-id, subject, keep_in_reply_to, note)."""
    c, co, pr, lang = x['client'], x['co'], x['probe'], x['lang']
    ru = lang == 'ru'
    sub = pr.subject
    agent = x['staff']
    now = x['date']
    pdate = pr.date
    sig = x['sig']
    extra = []
    keep_irt = True
    tnum = R.randint(1200, 98000)
    body_lines = [l for l in pr.body]
    if c == 'zendesk':
        blocks = [('marker', '##- Введите свой ответ над этой строкой -##' if ru else '##- Please type your reply above this line -##'),
                  ('meta', ('Ваш запрос (%d) был обновлён. Чтобы добавить комментарий, ответьте на это письмо.' if ru else
                            'Your request (%d) has been updated. To add additional comments, reply to this email.') % tnum),
                  ('rule', '-' * 46),
                  ('author', '%s (%s)' % (agent, co['name'])),
                  ('time', (dt_ru(now.astimezone(MSK)) + ' MSK') if ru else en_dt(now.astimezone(MSK)) + ' GMT+3'),
                  ('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', '-' * 46), ('author', PERSONA),
                   ('time', (dt_ru(pdate) + ' MSK') if ru else en_dt(pdate) + ' GMT+3'),
                   ('paras', ['\n'.join(body_lines)]), ('rule', '-' * 46),
                   ('footer', ('Это письмо — служба %s Support.' if ru else 'This email is a service from %s Support.') % co['name']),
                   ('footer', '[%s-%s]' % (alnum(6), alnum(4)))]
        subject = pick(['[%s] Re: %s' % (co['name'], sub), 'Re: %s' % sub, 'Re: %s' % sub])
        extra = [('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', hexid(7)),
                 ('X-Zendesk-Email-Id', '01J%s' % alnum(23)), ('Auto-Submitted', 'auto-generated'),
                 ('Reply-To', addr(co['name'], 'support@' + co['domain']))]
        mid = '<%s_%s_sprut@zendesk.com>' % (alnum(13), alnum(10))
        keep_irt = chance(0.5)
        note = 'Zendesk agent reply (Auto-Submitted: auto-generated), quoted history'
    elif c == 'freshdesk':
        blocks = [('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', ''), ('meta', 'On %s, %s <%s> wrote:' % ('%s, %d %s at %s' % (pdate.strftime('%a'), pdate.day, pdate.strftime('%b'), h12(pdate)), PERSONA, PADDR)),
                   ('quote', body_lines)]
        subject = pick(['Re: [#%d] %s' % (tnum, sub), '[#%d] Re: %s' % (tnum, sub)])
        mid = '<%s.%s.%d@%s.freshdesk.com>' % (hexid(16), hexid(8), R.randrange(10 ** 9, 10 ** 10), co['slug'])
        extra = [('Reply-To', addr(co['name'] + ' Support', 'support@' + co['domain']))]
        keep_irt = False
        note = 'Freshdesk agent reply, ticket in subject'
    elif c == 'omnidesk':
        cn = '%d-%d' % (R.randint(100, 999), R.randint(100000, 999999))
        blocks = [('marker', '#### Пожалуйста, пишите ответ выше этой строки ####'), ('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', '-----'), ('footer', 'Обращение № %s. Историю обращения можно посмотреть по ссылке: https://help.%s/cases/%s' % (cn, co['domain'], cn)),
                   ('meta', '%s, %s:' % (PERSONA, pdate.strftime('%d.%m.%Y %H:%M'))), ('quote', body_lines)]
        subject = '[#%s] Re: %s' % (cn, sub)
        mid = '<%s.%s@%s>' % (hexid(20), cn, 'omni.' + co['domain'])
        extra = [('X-Mailer', 'Omnidesk')] if chance(0.5) else []
        keep_irt = chance(0.5)
        note = 'Omnidesk-style reply with reply-above marker'
    elif c == 'usedesk':
        blocks = [('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', ''), ('footer', 'Номер вашего обращения: %d. Чтобы дополнить обращение, просто ответьте на это письмо.' % (tnum * 37)),
                   ('meta', '%s, %s %s:' % (pdate.strftime('%d.%m.%Y'), pdate.strftime('%H:%M'), PERSONA)), ('quote', ['> ' + l for l in body_lines])]
        subject = pick(['Re: %s [#%d]' % (sub, tnum * 37), 'Ответ: %s' % sub])
        mid = '<%s@%s>' % (hexid(32), 'mail.' + co['domain'])
        extra = [('X-Mailer', 'Usedesk')] if chance(0.5) else []
        note = 'Usedesk-style helpdesk reply'
    elif c == 'helpdeskeddy':
        blocks = [('marker', '## Ответьте выше этой строки, чтобы добавить комментарий ##'),
                  ('meta', 'Заявка #%d: %s' % (tnum, sub)),
                  ('author', '%s (сотрудник)' % agent), ('time', pdate.strftime('%d.%m.%Y') + ' ' + now.astimezone(MSK).strftime('%H:%M')),
                  ('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', ''), ('footer', 'Посмотреть заявку: https://support.%s/ticket/%d' % (co['domain'], tnum))]
        subject = 'Заявка #%d: Re: %s' % (tnum, sub)
        mid = '<%s@%s>' % (hexid(24), 'support.' + co['domain'])
        extra = [('Precedence', 'bulk'), ('X-Mailer', 'HelpDeskEddy')]
        keep_irt = False
        note = 'HelpDeskEddy-style reply, Precedence: bulk'
    elif c == 'okdesk':
        blocks = [('meta', 'По заявке №%d «%s» добавлен комментарий' % (tnum, sub)),
                  ('author', agent), ('time', now.astimezone(MSK).strftime('%d.%m.%Y %H:%M')), ('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', ''), ('footer', 'Вы получили это письмо, так как являетесь контактным лицом по заявке. '
                                           'Ответьте на это письмо, чтобы добавить комментарий.')]
        subject = 'Заявка №%d: %s — новый комментарий' % (tnum, sub)
        mid = '<okdesk.%d.%s@%s>' % (tnum, hexid(10), 'desk.' + co['domain'])
        extra = [('Auto-Submitted', 'auto-generated')] if chance(0.5) else []
        keep_irt = False
        note = 'Okdesk-style comment notification'
    elif c == 'bitrix24':
        blocks = [('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', ''), ('meta', '%s, %s:' % (pdate.strftime('%d.%m.%Y %H:%M'), PERSONA)), ('quote', body_lines),
                   ('footer', 'Письмо отправлено из CRM Битрикс24')]
        subject = 'Re: %s' % sub
        mid = '<crm.activity.%d-%s@%s>' % (R.randint(1000, 99999), alnum(6), co['domain'])
        extra = [('X-Mailer', 'Bitrix24 CRM'), ('X-Bitrix-Posting', str(R.randint(10000, 99999)))]
        note = 'Bitrix24 CRM e-mail'
    elif c == 'jira':
        key = '%s-%d' % (pick(['SUP', 'SD', 'HELP', 'CS']), R.randint(100, 9999))
        blocks = [('marker', '—-—-—-—-'), ('meta', 'Напишите ответ выше этой строки.' if ru else 'Reply above this line.'),
                  ('author', ('%s оставил(а) комментарий:' if ru else '%s commented:') % agent), ('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('footer', 'Просмотреть запрос · Отключить уведомления по этому запросу' if ru else
                    "View request · Turn off this request's notifications"),
                   ('footer', ('Доступно пользователю %s.' if ru else 'This is shared with %s.') % PERSONA),
                   ('footer', 'Help Center, powered by Jira Service Management, sent you this message.')]
        subject = pick(['%s %s' % (key, sub), '[JIRA] (%s) %s' % (key, sub), 'Re: %s' % sub])
        ts = int(now.timestamp() * 1000)
        mid = '<JIRA.%d.%d.%d.%d@Atlassian.JIRA>' % (R.randint(10000, 99999), ts - 3600000, R.randint(100, 999), ts)
        extra = [('X-JIRA-FingerPrint', hexid(32)), ('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')]
        keep_irt = False
        note = 'Jira Service Management comment, Precedence: bulk'
    elif c == 'intercom':
        blocks = [('author', '%s from %s' % (first(agent), co['name'])), ('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', ''), ('footer', '%s · We run on Intercom' % co['domain'])]
        subject = pick(['Re: %s' % sub, 'Your conversation with %s' % co['name']])
        mid = '<intercom_%s_%d@intercom-mail.com>' % (hexid(12), R.randint(10 ** 9, 10 ** 10))
        extra = [('Reply-To', addr('%s from %s' % (first(agent), co['name']), 'reply+%s@intercom-mail.com' % hexid(20)))]
        keep_irt = False
        note = 'Intercom conversation reply'
    elif c == 'carrotquest':
        blocks = [('author', '%s, %s' % (first(agent), co['name'])), ('paras', x['paras'])]
        if sig:
            blocks.append(('sig', sig))
        blocks += [('rule', ''), ('footer', 'Чтобы ответить, просто напишите ответ на это письмо или продолжите диалог в чате на сайте.'),
                   ('footer', 'Работает на Carrot quest')]
        subject = pick(['Новое сообщение от %s' % co['name'], 'Re: %s' % sub])
        mid = '<%s@%s>' % (hexid(24), 'mail.' + co['domain'])
        extra = [('X-Mailer', 'Carrot quest')]
        keep_irt = False
        note = 'Carrot quest chat-to-email reply'
    else:
        raise ValueError(c)
    plain = blocks_plain(blocks)
    htm = blocks_html(blocks)
    if chance(0.7):
        part = multipart('alternative', [text_part(plain, 'plain', 'UTF-8', pick(['quoted-printable', 'base64'])),
                                         text_part(htm, 'html', 'UTF-8', pick(['quoted-printable', 'base64']))])
    else:
        part = text_part(htm, 'html', 'UTF-8', 'quoted-printable')
        note += ', HTML only'
    return part, extra, mid, subject, keep_irt, note


# ---------------------------------------------------------------------------------------------------------------
# building messages

def norm(s):
    return ' '.join(s.split())


def companies(lang, seg):
    return [c for c in COMPANIES if c['lang'] == lang and c['segment'] == seg]


def reply_delay(kind):
    if kind in ('human', 'redirect'):
        return dt.timedelta(minutes=pick([R.randint(4, 59), R.randint(30, 240), R.randint(60, 600), R.randint(600, 4000)]),
                            seconds=R.randint(0, 59))
    if kind == 'ack':
        return dt.timedelta(seconds=R.randint(3, 120))
    if kind == 'autoreply':
        return dt.timedelta(seconds=R.randint(2, 400))
    return dt.timedelta(seconds=R.randint(1, 90))


def to_header(probe, cs='utf-8', enc='B'):
    a = probe.to_persona
    r = R.random()
    if r < 0.3:
        return a
    if r < 0.4:
        return '<%s>' % a
    if r < 0.55:
        return '"%s" <%s>' % (ew(PERSONA, cs, enc, False), a)
    return addr(PERSONA, a, cs, enc)


def top_headers(x, from_name, from_addr, mid, subject, cs, enc, irt=True, extra=(), envelope=None):
    h = received_chain(pick(['mail', 'smtp', 'mx', 'out', 'relay']) + '.' + x['co']['domain'], ip(), x['date'],
                       envelope if envelope is not None else from_addr)
    if chance(0.4):
        h.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s\th=from:to:subject:date:message-id; bh=%s=;%s\tb=%s' % (
            x['co']['domain'], pick(['mail', 'dkim', 's1', 'default']), CRLF, alnum(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'),
            CRLF, alnum(64, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'))))
    core = [('From', addr(from_name, from_addr, cs, enc)), ('To', to_header(x['probe'], cs, enc)),
            ('Subject', ew(subject, cs, enc)), ('Date', dfmt(x['date'], x['co']['tz'])), ('Message-ID', mid)]
    if irt and not x['probe'].form:
        core += [('In-Reply-To', x['probe'].msgid), ('References', x['probe'].msgid)]
    if chance(0.3):
        core = core[2:3] + core[:2] + core[3:]
    return h + core + list(extra)


RU_CLIENTS = ['thunderbird', 'gmail', 'outlook', 'outlook', 'outlook_html', 'yandex', 'yandex', 'mailru', 'mailru',
              'mailru_mobile', 'iphone', 'outlook_android', 'thebat', 'roundcube', 'gmail',
              'zendesk', 'freshdesk', 'omnidesk', 'usedesk', 'helpdeskeddy', 'okdesk', 'bitrix24', 'jira', 'carrotquest']
EN_CLIENTS = ['thunderbird', 'gmail', 'gmail', 'outlook', 'outlook_html', 'iphone', 'outlook_android', 'roundcube',
              'apple_mail', 'zendesk', 'freshdesk', 'jira', 'intercom', 'intercom', 'outlook']
HELPDESKS = {'zendesk', 'freshdesk', 'omnidesk', 'usedesk', 'helpdeskeddy', 'okdesk', 'bitrix24', 'jira', 'intercom',
             'carrotquest'}
QUOTES = {
    'thunderbird': (['tb_ru', 'tb_ru', 'none'], ['tb_en', 'tb_en', 'none']),
    'gmail': (['gmail_ru', 'gmail_en'], ['gmail_en']),
    'outlook': (['outlook_ru', 'outlook_ru_orig', 'outlook_en'], ['outlook_en', 'outlook_en2']),
    'outlook_html': (['outlook_ru', 'outlook_en'], ['outlook_en2', 'outlook_en']),
    'yandex': (['yandex', 'yandex', 'none'], ['yandex']),
    'mailru': (['mailru'], ['mailru']),
    'mailru_mobile': (['mailru', 'none'], ['mailru']),
    'iphone': (['apple_ru', 'apple_ru', 'none'], ['apple_en', 'apple_en', 'none']),
    'apple_mail': (['apple_ru'], ['apple_en']),
    'outlook_android': (['outlook_en2', 'outlook_ru'], ['outlook_en2']),
    'thebat': (['thebat'], ['thebat']),
    'roundcube': (['roundcube', 'bare'], ['roundcube', 'bare']),
}


def choose_charset(client, lang):
    if lang == 'en':
        return 'utf-8'
    if client in ('outlook', 'outlook_html'):
        return pick(['windows-1251', 'koi8-r', 'utf-8', 'windows-1251'])
    if client in ('thebat',):
        return pick(['windows-1251', 'koi8-r'])
    if client in ('thunderbird', 'roundcube'):
        return pick(['utf-8', 'utf-8', 'koi8-r', 'windows-1251'])
    return 'utf-8'


def build_person(kind, lang, seg, client, fwd=False, attach=False):
    ru = lang == 'ru'
    co = pick(companies(lang, seg))
    probe = Probe(seg, co, form=chance(0.08) and client not in HELPDESKS)
    staff = pick(STAFF_RU if ru else STAFF_EN)
    if kind == 'human':
        paras, shape = {('ru', 'shops'): shop_ru, ('ru', 'services'): service_ru, ('en', 'shops'): shop_en,
                        ('en', 'services'): service_en}[(lang, seg)](co)
    else:
        paras = (redirect_ru if ru else redirect_en)(co, seg)
        shape = 'redirect'
    cs = choose_charset(client, lang)
    x = {'kind': kind, 'lang': lang, 'co': co, 'probe': probe, 'staff': staff, 'client': client, 'charset': cs,
         'date': probe.date + reply_delay(kind), 'attach': attach}
    if client == 'thebat' and not paras[0].startswith(('Здравствуйте', 'Добрый', 'Анатолий', 'Приветствую')):
        paras.insert(0, 'Здравствуйте, Анатолий.')
    sig = signature(lang, co, staff, 'none' if client in ('mailru_mobile', 'iphone') and chance(0.6) else None)
    if client == 'thebat' and sig:
        sig = ['-- '] + [l for l in sig if l.strip() not in ('--', '-- ', '---')]
    x['paras'] = [fit(p, cs) for p in paras]
    x['sig'] = [fit(l, cs) for l in sig]
    x['dev'] = device(lang, client)
    x['disc'] = fit(pick(DISC_RU if ru else DISC_EN), cs) if client in ('outlook', 'outlook_html', 'gmail', 'roundcube', 'thunderbird') and chance(0.25) else ''
    notes = [lang.upper(), client]
    if client in HELPDESKS:
        x['q'] = None
        x['order'] = 'top'
        part, extra, mid, subject, irt, hnote = helpdesk(x)
        notes = [lang.upper(), hnote]
        from_name = pick(['%s (%s)' % (staff, co['name']), co['name'], staff, '%s Support' % co['name']] if not ru else
                         ['%s (%s)' % (staff, co['name']), co['name'], staff, 'Служба поддержки %s' % co['name']])
        from_addr = pick(['support', 'help', 'care', 'info']) + '@' + co['domain']
        hcs, henc = 'UTF-8', 'B'
    else:
        qs = pick(QUOTES[client][0 if ru else 1])
        if fwd:
            qs = 'fwd_ru' if ru else 'fwd_en'
        if probe.form:
            qs = 'none'
        x['q'] = quote_block(qs, probe, co)
        order = 'top'
        if client == 'thebat':
            order = 'thebat'
        elif client in ('thunderbird', 'roundcube', 'mailru_mobile') and x['q'] and chance(0.3):
            order = 'bottom'
        x['order'] = order
        if x['q'] is None:
            notes.append('no quote')
        else:
            notes.append('quote ' + qs + ('' if order == 'top' else ' (%s-posted)' % order))
        part, extra, mid, hcs, henc = person_client(x)
        if cs != 'utf-8':
            notes.append(cs)
        if attach:
            part = multipart('mixed', [part, attachment(pick(['KP_2026.pdf', 'Tarify_2026.pdf', 'Dogovor_oferta.pdf', 'pricing.pdf']),
                                                        fake_pdf('offer'), 'application/pdf')])
            notes.append('PDF attachment')
        if fwd:
            subject = pick(['Fwd: ', 'FW: ', 'Fwd: ']) + probe.subject
        else:
            pre = pick(['Re: ', 'Re: ', 'RE: ', 'Ответ: ', 'Re: ', 'RE: ', 'Re[2]: ', 'Отв: ']) if ru else pick(['Re: ', 'RE: ', 'Re: '])
            if client in ('outlook', 'outlook_html'):
                pre = pick(['RE: ', 'RE: ', 'Ответ: ']) if ru else 'RE: '
            subject = pre + probe.subject
        irt = not fwd or chance(0.5)
        from_name = staff if chance(0.75) else co['name']
        from_addr = email_of(staff, co)
        if x['dev']:
            notes.append('device line')
        if x['disc']:
            notes.append('disclaimer')
    if probe.form:
        subject = pick(['Ответ на ваше обращение с сайта', 'Re: Обращение с сайта %s' % co['domain'], 'Ваш вопрос на сайте %s' % co['name']]) \
            if ru else pick(['Your enquiry from our website', 'Re: Website enquiry'])
        notes.append('form probe, plus-address, no In-Reply-To')
    hdrs = top_headers(x, from_name, from_addr, mid, subject, hcs, henc, irt=irt, extra=extra)
    if kind == 'human':
        notes.append(shape)
    if any(l for l in x['sig'] if re.search(r'\d{3}', l)) and kind == 'human':
        pass
    raw = message_bytes(hdrs, part)
    exp = norm(' '.join(x['paras']))
    return raw, exp, '; '.join(notes), '%s-%s' % (co['slug'], client)


def quoted_probe(pr, style='>'):
    if style == '>':
        return ['> ' + l if l else '>' for l in pr.body]
    return list(pr.body)


def build_auto(kind, lang, v):
    """Acknowledgements (kind='ack') and auto-replies (kind='autoreply'); v selects the variant."""
    ru = lang == 'ru'
    seg = pick(['shops', 'services'])
    co = pick(companies(lang, seg))
    pr = Probe(seg, co)
    x = {'co': co, 'probe': pr, 'date': pr.date + reply_delay(kind)}
    sub = pr.subject
    n = R.randint(1000, 99999)
    staff = pick(STAFF_RU if ru else STAFF_EN)
    colleague = pick(STAFF_RU if ru else STAFF_EN)
    cmail = email_of(colleague, co)
    frm_name, frm = co['name'], pick(['support', 'info', 'noreply', 'no-reply', 'help']) + '@' + co['domain']
    extra, mid, irt, htmlmode = [], msgid(co['domain']), True, False
    d2 = (x['date'] + dt.timedelta(days=R.randint(4, 11))).strftime('%d.%m.%Y')
    if kind == 'ack' and ru:
        V = [
            ('[%s] Re: %s' % (co['name'], sub), ['##- Введите свой ответ над этой строкой -##', '',
             'Ваш запрос (%d) получен и рассматривается нашими специалистами поддержки.' % n, '',
             'Чтобы добавить комментарий, ответьте на это письмо.', '', '-' * 46, '', PERSONA, '', dt_ru(pr.date) + ' MSK', ''] + pr.body,
             [('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', hexid(7)), ('Auto-Submitted', 'auto-generated')],
             '<%s_%s_sprut@zendesk.com>' % (alnum(13), alnum(10)), 'Zendesk ack'),
            ('Ваше обращение №%d принято' % n, ['Здравствуйте!', '', 'Ваше обращение зарегистрировано под номером %d. Мы ответим в течение 24 часов.' % n, '',
             'Это письмо отправлено автоматически, отвечать на него не нужно.'], [('Auto-Submitted', 'auto-replied')], None, 'Usedesk-style ack, ticket in subject'),
            ('[#%d-%d] Ваше обращение получено' % (R.randint(100, 999), n), ['Здравствуйте, %s!' % PERSONA, '',
             'Мы получили ваше обращение и уже работаем над ним. Ответ придёт на этот адрес.', '',
             '#### Пожалуйста, пишите ответ выше этой строки ####', '', 'Служба поддержки %s' % co['name']], [('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')], None, 'Omnidesk-style ack'),
            ('Заявка №%d принята' % n, ['Спасибо! Ваша заявка №%d принята.' % n, 'Менеджер свяжется с вами в ближайшее время.', '', '--', co['name'], co['phone']],
             [], None, 'Bitrix24-style, no auto headers'),
            ('[Ticket#2026%02d%02d10000%03d] %s' % (pr.date.month, pr.date.day, R.randint(1, 999), sub),
             ['Уважаемый клиент!', '', 'Ваше обращение зарегистрировано в системе под номером Ticket#2026%02d%02d10000%03d.' % (pr.date.month, pr.date.day, R.randint(1, 999)),
              'Пожалуйста, сохраняйте номер в теме письма при последующей переписке.', '', 'Ваше письмо:', ''] + quoted_probe(pr),
             [('Auto-Submitted', 'auto-replied'), ('X-Loop', 'yes'), ('X-Mailer', 'OTRS Mail Service (6.0)')], None, 'OTRS-style ack'),
            ('Заявка #%d создана' % n, ['Здравствуйте!', '', 'По вашему письму создана заявка #%d «%s».' % (n, sub),
             'Статус заявки можно отслеживать по ссылке: https://support.%s/ticket/%d' % (co['domain'], n), '', 'Служба поддержки %s' % co['name']],
             [('Precedence', 'bulk'), ('X-Mailer', 'HelpDeskEddy')], None, 'HelpDeskEddy-style ack'),
            ('Заявка №%d зарегистрирована' % n, ['Уважаемый(ая) %s!' % PERSONA, '', 'Ваша заявка №%d «%s» зарегистрирована.' % (n, sub),
             'Ответственный специалист будет назначен в ближайшее время.', '', 'Это автоматическое уведомление.'], [('Auto-Submitted', 'auto-generated')], None, 'Okdesk-style ack'),
            ('Re: %s' % sub, ['Здравствуйте!', '', 'Спасибо за ваше письмо! Мы получили его и ответим в ближайшее время.', '', 'Команда %s' % co['name']],
             [], None, 'plain ack, Re: subject, no auto headers, no ticket'),
            ('Мы получили ваше сообщение', ['Добрый день!', 'Ваше сообщение получено. Обычно мы отвечаем в течение 15 минут в рабочее время (пн–пт, 10:00–19:00 мск).',
             '', 'Чтобы ответить, просто напишите ответ на это письмо.', 'Работает на Carrot quest'], [('X-Mailer', 'Carrot quest')], None, 'chat-to-email ack with hours'),
            ('Ваше обращение №%d зарегистрировано' % n, ['Здравствуйте!', '', 'Ваше обращение №%d зарегистрировано.' % n,
             'Мы работаем пн–пт с 9:00 до 18:00. Если вопрос срочный, позвоните нам: %s.' % co['phone'], '', 'С уважением,', 'Служба поддержки %s' % co['name']],
             [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], None, 'ack with hours and phone'),
            ('Обращение принято в работу [%d]' % n, ['Ваше обращение принято в работу и передано специалисту.', 'Номер обращения: %d.' % n,
             'Пожалуйста, не отвечайте на это письмо — оно создано автоматически.'], [('Precedence', 'auto_reply')], None, 'HTML-only ack'),
            ('SUP-%d %s' % (n % 9000 + 100, sub), ['—-—-—-—-', 'Напишите ответ выше этой строки.', '', 'Ваш запрос получен. Мы свяжемся с вами в ближайшее время.', '',
             'Просмотреть запрос · Отключить уведомления по этому запросу', 'Help Center, powered by Jira Service Management, sent you this message.'],
             [('X-JIRA-FingerPrint', hexid(32)), ('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')],
             '<JIRA.%d.%d@Atlassian.JIRA>' % (R.randint(10000, 99999), R.randrange(10 ** 12, 10 ** 13)), 'Jira SM ack (RU)'),
            ('Re: %s [#%d]' % (sub, n), ['Здравствуйте!', 'Спасибо, что обратились в %s. Вашему обращению присвоен номер %d.' % (co['name'], n),
             'Мы ответим в течение одного рабочего дня.', ''] + quoted_probe(pr), [], None, 'ack quoting the probe, no auto headers'),
        ]
    elif kind == 'ack':
        V = [
            ('Request received: %s' % sub, ['##- Please type your reply above this line -##', '', 'Your request (%d) has been received and is being reviewed by our support staff.' % n,
             '', 'To add additional comments, reply to this email.', '', '-' * 46, '', PERSONA, '', en_dt(pr.date) + ' GMT+3', ''] + pr.body,
             [('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', hexid(7)), ('X-Zendesk-Email-Id', '01J' + alnum(23)), ('Auto-Submitted', 'auto-generated')],
             '<%s_%s_sprut@zendesk.com>' % (alnum(13), alnum(10)), 'Zendesk ack'),
            ('Ticket Received - [#%d] %s' % (n, sub), ['Dear %s,' % PERSONA, '', 'We would like to acknowledge that we have received your request and a ticket has been created.',
             'A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).', '',
             'To view the status of the ticket or add comments, please visit https://support.%s/helpdesk/tickets/%d' % (co['domain'], n), '', 'Thank you for your patience.', '', 'Sincerely,', '%s Support Team' % co['name']],
             [], '<%s.%d@%s.freshdesk.com>' % (hexid(16), n, co['slug']), 'Freshdesk ack'),
            ('[JIRA] (SD-%d) %s' % (n % 900 + 100, sub), ['—-—-—-—-', 'Reply above this line.', '', 'Your request has been received. We\'ll get back to you shortly.', '',
             "View request · Turn off this request's notifications", 'Help Center, powered by Jira Service Management, sent you this message.'],
             [('X-JIRA-FingerPrint', hexid(32)), ('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')],
             '<JIRA.%d.%d@Atlassian.JIRA>' % (R.randint(10000, 99999), R.randrange(10 ** 12, 10 ** 13)), 'Jira SM ack'),
            ('Re: %s' % sub, ['Hi there,', '', 'Thanks for getting in touch! We\'ve received your message and a member of our team will reply within 1 business day.', '',
             'Your reference number is #%d.' % n, '', '— The %s team' % co['name']], [], '<reply-%s@helpscout.net>' % hexid(20), 'Help Scout-style ack (Message-ID)'),
            ('We received your message [#%d]' % n, ['Thank you for contacting %s.' % co['name'], 'This is an automated response to let you know we have received your email. Ticket #%d has been opened.' % n,
             'Please do not reply to this message.'], [('Auto-Submitted', 'auto-replied')], None, 'generic ack, HTML only'),
            ('Re: %s' % sub, ['Thank you for your email. We have received it and will respond as soon as possible.'], [], None, 'bare ack, no headers, no ticket'),
        ]
    elif ru:
        V = [
            ('Автоответ: %s' % sub, ['Здравствуйте!', '', 'Я нахожусь в отпуске до %s. По срочным вопросам обращайтесь, пожалуйста, к %s: %s, тел. %s.' % (d2, colleague, cmail, co['phone']),
             '', 'С уважением,', staff], [('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')], None, 'vacation with colleague contacts'),
            ('Автоматический ответ: %s' % sub, ['Добрый день!', 'Я в командировке до %s, доступ к почте ограничен. Отвечу по возвращении.' % d2, '', staff],
             [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', frm)], None, 'Exchange OOF, HTML'),
            ('Re: %s' % sub, ['Спасибо за письмо!', 'Сейчас нерабочее время. Мы работаем с 9:00 до 18:00 (мск) по будням и ответим вам в рабочее время.', '', co['name']],
             [('Precedence', 'auto_reply')], None, 'working-hours responder, Re: subject (contains "до 18:00")'),
            ('Автоответ', ['Этот почтовый ящик не обслуживается. Письма, отправленные на этот адрес, не читаются.',
             'Для связи используйте форму обратной связи на сайте %s или телефон %s.' % (co['site'], co['phone'])], [('Precedence', 'junk')], None, 'not-monitored mailbox pointing elsewhere'),
            ('Re: %s' % sub, ['Уважаемые клиенты!', '', 'С 7 по 9 декабря склад закрыт на инвентаризацию. Ответы на письма — с 10 декабря в порядке очереди.', '',
             'Это автоматическое сообщение.'], [], None, 'closure notice, no auto headers'),
            ('Автоответ: %s' % sub, ['Я на больничном до %s.' % d2, 'Ваше письмо будет прочитано после моего выхода. Срочные вопросы — %s.' % cmail],
             [('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')], None, 'sick leave'),
            ('Подтвердите отправку письма', ['Здравствуйте!', '', 'Ваше письмо на адрес %s задержано системой защиты от спама.' % pr.to,
             'Чтобы оно было доставлено, подтвердите, что вы не робот, перейдя по ссылке:', 'https://verify.%s/c/%s' % (co['domain'], hexid(24)), '',
             'Подтверждение требуется один раз.'], [('Auto-Submitted', 'auto-replied')], None, 'challenge-response (whitelist request)'),
            ('Адрес изменился', ['Внимание! Этот адрес больше не используется.', 'Пожалуйста, пишите на новый адрес: %s' % ('hello@' + co['domain'])],
             [('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], None, 'address changed notice'),
            ('Автоматический ответ: %s' % sub, ['Сотрудник больше не работает в компании %s.' % co['name'], 'Ваше письмо не будет прочитано. Пожалуйста, направьте его на адрес %s.' % co['info']],
             [('Auto-Submitted', 'auto-generated')], None, 'employee left'),
            ('Re: %s' % sub, ['Здравствуйте!', 'Я сейчас в отпуске и не проверяю почту до %s.' % d2, 'Ответ на ваш вопрос вы можете получить у дежурного менеджера по телефону %s.' % co['phone'],
             '', 'Отправлено с iPhone'], [], None, 'OOF without any auto headers, Re: subject'),
            ('Автоответ: Re: %s' % sub, ['Добрый день!', 'Ваше письмо получено. Мы работаем ежедневно с 10 до 22 и ответим в течение рабочего дня.', '', 'Это письмо сформировано автоматически.'],
             [('X-Autoreply', 'yes'), ('X-Autoreply-From', frm)], None, 'working-hours responder (contains "с 10 до 22")'),
            ('Нерабочее время', ['Здравствуйте! Сейчас у нас нерабочее время (%s). Мы ответим вам завтра с 9 утра по местному времени.' % co['address'].split(',')[0],
             'Пожалуйста, не дублируйте письмо.'], [('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')], None, 'after-hours in another time zone'),
        ]
    else:
        V = [
            ('Automatic reply: %s' % sub, ['Thank you for your email.', '', 'I am out of the office until %s with limited access to email. For urgent matters please contact %s at %s.' % (d2, colleague, cmail), '', 'Best regards,', staff],
             [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', frm)], None, 'Exchange OOF'),
            ('Out of Office: Re: %s' % sub, ['Hi,', "I'm travelling this week and will reply when I'm back on %s." % d2, '', staff],
             [('Auto-Submitted', 'auto-replied'), ('X-Autorespond', 'yes')], None, 'out of office'),
            ('Auto: %s' % sub, ['This mailbox is not monitored. Please use the help centre at %s/help to contact us.' % co['site']], [('Precedence', 'auto_reply')], None, 'not-monitored mailbox'),
            ('Re: %s' % sub, ['Our office is closed until Monday. We work Monday to Friday, 9 am to 6 pm, and will respond to your email as soon as we are back.'], [], None, 'closed, no headers'),
            ('Please verify your email', ['Hello,', 'You sent a message to %s. To prevent spam, we only accept messages from verified senders.' % pr.to,
             'Click the link below to verify yourself, and your message will be delivered:', 'https://%s/verify/%s' % ('mailguard.' + co['domain'], hexid(20))],
             [('Auto-Submitted', 'auto-replied')], None, 'challenge-response (whitelist request)'),
            ('Automatic reply: %s' % sub, ['Hello, thanks for your message! Our support hours are 8:00-17:00 CET, Monday to Friday. We will get back to you during business hours.'],
             [('Auto-Submitted', 'auto-generated')], None, 'business-hours responder'),
        ]
    subject, lines, hx, vmid, note = V[v % len(V)]
    extra += hx
    if vmid:
        mid = vmid
    text = '\n'.join(lines) + '\n'
    if 'HTML' in note:
        body = '<html><body>' + ''.join('<p>%s</p>' % esc(l) if l else '<p>&nbsp;</p>' for l in lines) + '</body></html>\n'
        part = text_part(body, 'html', pick(['utf-8', 'windows-1251']) if ru else 'utf-8', pick(['quoted-printable', 'base64']))
    elif chance(0.3):
        part = multipart('alternative', [text_part(text, 'plain', 'utf-8', 'base64'),
                                         text_part('<div>' + '<br>'.join(esc(l) for l in lines) + '</div>\n', 'html', 'utf-8', 'base64')])
    else:
        part = text_part(text, 'plain', pick(['utf-8', 'utf-8', 'koi8-r']) if ru and all(fit(l, 'koi8-r') == l for l in lines) else 'utf-8',
                         pick(['8bit', 'quoted-printable', 'base64']))
    if 'OOF' in note or 'vacation' in note or 'sick' in note or 'employee' in note or 'travelling' in ' '.join(lines):
        frm_name, frm = staff, email_of(staff, co)
        if '@' in frm and frm.split('@')[0] in ('sales', 'support', 'manager', 'zakaz', 'opt', 'help'):
            frm = 'manager@' + co['domain']
    if 'challenge' in note:
        frm_name, frm = 'Mail Guard', 'verify@mailguard.' + co['domain']
        irt = False
    if 'address changed' in note:
        irt = False
    envelope = '' if chance(0.3) and kind == 'autoreply' else frm
    hdrs = top_headers(x, frm_name, frm, mid, subject, 'UTF-8', 'B', irt=irt and chance(0.85), extra=extra, envelope=envelope)
    return message_bytes(hdrs, part), '', '%s; %s' % (lang.upper(), note), co['slug']


# ---- bounces

def dsn_part(reporting, rcpt, status, diag, remote=None, arrival=None, action='failed', extra_fields=(), per_msg=()):
    lines = ['Reporting-MTA: dns; %s' % reporting] + list(per_msg)
    if arrival:
        lines.append('Arrival-Date: %s' % arrival)
    lines += ['', 'Final-Recipient: rfc822; %s' % rcpt, 'Original-Recipient: rfc822;%s' % rcpt,
              'Action: %s' % action, 'Status: %s' % status]
    if remote:
        lines.append('Remote-MTA: dns; %s' % remote)
    lines.append('Diagnostic-Code: smtp; %s' % diag)
    lines += list(extra_fields)
    return Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')],
                ('\r\n'.join(lines) + '\r\n').encode())


def rfc822_part(pr, headers_only=False):
    if headers_only:
        return Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')],
                    pr.raw_headers())
    return Part([('Content-Description', 'Undelivered Message'), ('Content-Type', 'message/rfc822'),
                 ('Content-Transfer-Encoding', '8bit')], pr.raw())


def build_bounce(lang, v):
    ru = lang == 'ru'
    seg = pick(['shops', 'services'])
    co = pick([c for c in COMPANIES if c['segment'] == seg])
    pr = Probe(seg, co)
    rcpt = pr.to
    dom = co['domain']
    when = pr.date + reply_delay('bounce')
    qid = alnum(11, '0123456789ABCDEF')
    arrival = dfmt(pr.date)
    mx = pick(['mx', 'mx1', 'mail', 'smtp-in']) + '.' + dom
    remote_ip = ip()
    gen_host = OUR_SMTP
    frm = addr('Mail Delivery System', 'MAILER-DAEMON@' + OUR_SMTP)
    extra = [('Auto-Submitted', 'auto-replied')]
    irt = False
    rep_ct = 'multipart/report; report-type=delivery-status'
    if not ru:
        variants = ['postfix_unknown', 'postfix_nohost', 'exim_plain', 'exchange_en', 'gmail_like', 'qmail', 'sendmail',
                    'list_reject', 'spam_reject', 'mailbox_full', 'relay_denied', 'expired', 'postfix_remote', 'exim_dsn']
    else:
        variants = ['yandex_like', 'mailru_like', 'exchange_ru', 'hosting_ru', 'spam_ru', 'blocked_ru', 'kerio_ru', 'postfix_ru_quota']
    var = variants[v % len(variants)]
    t = ''
    if var in ('postfix_unknown', 'postfix_nohost', 'mailbox_full', 'relay_denied', 'expired', 'postfix_remote', 'postfix_ru_quota'):
        status, diag, reason = {
            'postfix_unknown': ('5.1.1', '550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table' % rcpt,
                                'host %s[%s] said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)' % (mx, remote_ip, rcpt)),
            'postfix_nohost': ('5.4.4', 'X-Postfix; Host or domain name not found. Name service error for name=%s type=MX: Host not found, try again' % dom,
                               'Host or domain name not found. Name service error for name=%s type=A: Host not found' % dom),
            'mailbox_full': ('5.2.2', '552 5.2.2 <%s>: Mailbox full, quota exceeded' % rcpt,
                             'host %s[%s] said: 552 5.2.2 <%s>: Mailbox full, quota exceeded (in reply to RCPT TO command)' % (mx, remote_ip, rcpt)),
            'relay_denied': ('5.7.1', '554 5.7.1 <%s>: Relay access denied' % rcpt,
                             'host %s[%s] said: 554 5.7.1 <%s>: Relay access denied (in reply to RCPT TO command)' % (mx, remote_ip, rcpt)),
            'expired': ('4.4.1', 'X-Postfix; connect to %s[%s]:25: Connection timed out' % (mx, remote_ip),
                        'delivery temporarily suspended: connect to %s[%s]:25: Connection timed out' % (mx, remote_ip)),
            'postfix_remote': ('5.1.1', '550 5.1.1 %s... User unknown' % rcpt,
                               'host %s[%s] said: 550 5.1.1 %s... User unknown (in reply to RCPT TO command)' % (mx, remote_ip, rcpt)),
            'postfix_ru_quota': ('5.2.2', '552 5.2.2 Mailbox size limit exceeded', 'host %s[%s] said: 552 5.2.2 Mailbox size limit exceeded (in reply to end of DATA command)' % (mx, remote_ip)),
        }[var]
        if var == 'expired':
            when = pr.date + dt.timedelta(days=5, minutes=R.randint(1, 50))
            t = ('This is the mail system at host %s.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
                 'For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
                 '                   The mail system\n\n<%s>: message delivery timed out after 5 days: %s\n') % (gen_host, rcpt, reason)
        elif var == 'postfix_remote':
            gen_host = 'mx.' + dom
            frm = addr('Mail Delivery System', 'MAILER-DAEMON@mx.' + dom)
        if var == 'postfix_ru_quota':
            t = ('Это сообщение сгенерировано почтовой системой сервера %s.\n\nК сожалению, ваше письмо не может быть доставлено одному или нескольким получателям.\n'
                 'Ящик получателя переполнен.\n\nThis is the mail system at host %s.\n\n<%s>: %s\n') % (gen_host, gen_host, rcpt, reason)
        elif not t:
            t = ('This is the mail system at host %s.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
                 'For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
                 '                   The mail system\n\n<%s>: %s\n') % (gen_host, rcpt, reason)
        subj = 'Undelivered Mail Returned to Sender'
        per = ['X-Postfix-Queue-ID: %s' % qid, 'X-Postfix-Sender: rfc822; %s' % PADDR]
        parts = [Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=%s' % ('utf-8' if ru else 'us-ascii'))] +
                      ([('Content-Transfer-Encoding', '8bit')] if ru else []), encode_body(t, 'utf-8', '8bit')),
                 dsn_part(gen_host, rcpt, status, diag, None if var == 'postfix_nohost' else mx, arrival, per_msg=per,
                          extra_fields=['Last-Attempt-Date: %s' % dfmt(when)] if var == 'expired' else []),
                 rfc822_part(pr, headers_only=var in ('postfix_nohost', 'mailbox_full'))]
        part = multipart('report', parts, '%s.%d/%s' % (qid, int(when.timestamp()), gen_host), params='; report-type=delivery-status')
        part.headers[0] = ('Content-Type', '%s;%s\tboundary="%s.%d/%s"' % (rep_ct, CRLF, qid, int(when.timestamp()), gen_host))
        note = 'Postfix DSN %s' % status
    elif var in ('exim_plain', 'mailru_like', 'hosting_ru', 'spam_ru', 'blocked_ru'):
        gen_host = pick([OUR_SMTP, 'relay.shopper.example'])
        frm = addr('Mail Delivery System', 'Mailer-Daemon@' + gen_host)
        if var == 'exim_plain':
            subj = 'Mail delivery failed: returning message to sender'
            t = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n'
                 'recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    host %s [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n'
                 '    550 No such user here\n\n------ This is a copy of the message, including all the headers. ------\n\n') % (rcpt, mx, remote_ip, rcpt)
            note = 'Exim plain-text bounce with copy of message'
        elif var == 'mailru_like':
            subj = 'Mail delivery failed: returning message to sender'
            t = ('Это письмо создано автоматически сервером %s.\nВаше письмо не удалось доставить одному или нескольким адресатам.\n\n'
                 '**********************\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n'
                 'recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    SMTP error from remote mail server after RCPT TO:<%s>:\n'
                 '    host %s [%s]: 550 Message was not accepted -- invalid mailbox.  Local mailbox %s is unavailable: user not found\n\n'
                 '------ This is a copy of the message, including all the headers. ------\n\n') % (gen_host, rcpt, rcpt, mx, remote_ip, rcpt)
            note = 'Mail.ru-style exim bounce (RU+EN)'
        elif var == 'hosting_ru':
            subj = 'Ваше письмо не доставлено'
            t = ('Здравствуйте!\n\nЭто автоматическое уведомление почтовой системы %s.\nВаше письмо с темой «%s» не было доставлено адресату %s.\n\n'
                 'Причина: почтовый ящик не существует (550 5.1.1 User unknown).\n\nПроверьте правильность адреса и попробуйте отправить письмо ещё раз.\n') % (gen_host, pr.subject, rcpt)
            note = 'Russian plain-text bounce, no DSN'
        elif var == 'spam_ru':
            subj = 'Письмо отклонено: %s' % pr.subject
            t = ('Ваше сообщение для %s было отклонено сервером получателя.\n\nОтвет сервера: 554 5.7.1 Message rejected as spam by Content Filtering.\n'
                 'Письмо признано спамом фильтром получателя. Если вы считаете, что это ошибка, свяжитесь с администратором домена %s.\n') % (rcpt, dom)
            note = 'Russian spam-rejection report, non-standard'
        else:
            subj = 'Недоставленное сообщение'
            t = ('Сообщение не было доставлено.\n\nАдрес %s заблокирован или не используется.\n\nОтвет удалённого сервера:\n550 5.2.1 Mailbox disabled for this recipient\n') % rcpt
            note = 'mailbox disabled, plain RU'
        if var in ('exim_plain', 'mailru_like'):
            body = encode_body(t, 'utf-8', '8bit') + pr.raw()
            part = Part([('Content-Type', 'text/plain; charset=utf-8'), ('Content-Transfer-Encoding', '8bit')], body)
        else:
            part = text_part(t, 'plain', 'utf-8', pick(['8bit', 'base64']))
            if chance(0.5):
                part = multipart('mixed', [part, rfc822_part(pr)])
        extra = [('X-Failed-Recipients', rcpt), ('Auto-Submitted', 'auto-replied')] if var in ('exim_plain', 'mailru_like') else [('Auto-Submitted', 'auto-replied')] if chance(0.5) else []
    elif var in ('exchange_en', 'exchange_ru', 'spam_reject'):
        gen_host = pick(['EXCH01.corp.', 'MSK-MBX02.', 'mail.']) + dom
        frm = addr('Microsoft Outlook' if chance(0.5) else 'postmaster', 'postmaster@' + dom)
        if var == 'exchange_ru':
            subj = 'Не доставлено: %s' % pr.subject
            txt = ['Не удалось доставить сообщение следующим получателям или группам:', '', rcpt,
                   'Введенный адрес электронной почты не найден. Проверьте адрес получателя и попробуйте отправить сообщение повторно. Если проблема сохранится, обратитесь в службу поддержки.',
                   '', 'Диагностические сведения для администраторов:', '', 'Создающий сервер: %s' % gen_host, '',
                   rcpt, 'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'']
            status, diag = '5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
            note = 'Exchange NDR (RU)'
        elif var == 'exchange_en':
            subj = 'Undeliverable: %s' % pr.subject
            txt = ['Delivery has failed to these recipients or groups:', '', rcpt,
                   'The email address you entered couldn\'t be found. Please check the recipient\'s email address and try to resend the message. If the problem continues, please contact your helpdesk.',
                   '', 'Diagnostic information for administrators:', '', 'Generating server: %s' % gen_host, '',
                   rcpt, 'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'']
            status, diag = '5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
            note = 'Exchange NDR'
        else:
            subj = 'Undeliverable: %s' % pr.subject
            txt = ['Your message to %s couldn\'t be delivered.' % rcpt, '', 'The message was rejected by the recipient\'s content filter as spam.',
                   '', 'Remote server returned \'554 5.7.1 Message rejected as spam by Content Filtering\'']
            status, diag = '5.7.1', '554 5.7.1 Message rejected as spam by Content Filtering'
            note = 'spam rejection (DSN)'
        hdoc = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p><b><font color="#000066" size="3" face="Arial">%s</font></b></p>%s</body></html>\n' % (
            esc(txt[0]), ''.join('<p><font size="2" face="Tahoma">%s</font></p>' % esc(l) for l in txt[1:] if l))
        alt = multipart('alternative', [text_part('\n'.join(txt) + '\n', 'plain', 'utf-8', 'quoted-printable'),
                                        text_part(hdoc, 'html', 'utf-8', 'quoted-printable')], boundary('outlook'))
        part = multipart('report', [alt, dsn_part(gen_host, rcpt, status, diag, None, arrival,
                                                  extra_fields=['X-Display-Name: %s' % rcpt]), rfc822_part(pr, headers_only=True)],
                         boundary('outlook'), params='; report-type=delivery-status')
        part.headers[0] = ('Content-Type', 'multipart/report; report-type=delivery-status;%s\tboundary="%s"' % (CRLF, part.body.split(b'\r\n')[0 if part.body.startswith(b'--') else 2][2:].decode()))
        extra = [('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''), ('Content-Language', 'ru-RU' if ru else 'en-US')]
        irt = True
    elif var == 'gmail_like':
        gen_host = 'mail-out.shopper.example'
        frm = addr('Mail Delivery Subsystem', 'mailer-daemon@shopper.example')
        subj = 'Delivery Status Notification (Failure)'
        t = ('Address not found\n\nYour message wasn\'t delivered to %s because the address couldn\'t be found, or is unable to receive mail.\n\n'
             'The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n') % rcpt
        hdoc = ('<html><body><table><tr><td><h1 style="font-size:24px">Address not found</h1>'
                '<p>Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none"><b>%s</b></a> because the address couldn\'t be found, or is unable to receive mail.</p>'
                '<p style="font-size:14px">The response from the remote server was:</p><p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>'
                '</td></tr></table></body></html>\n') % rcpt
        rel = multipart('alternative', [text_part(t, 'plain', 'UTF-8', 'quoted-printable'), text_part(hdoc, 'html', 'UTF-8', 'quoted-printable')], boundary('gmail'))
        part = multipart('report', [rel, dsn_part('dns; ' + gen_host if False else gen_host, rcpt, '5.1.1', '550 5.1.1 The email account that you tried to reach does not exist.', mx, arrival,
                                                  extra_fields=['Last-Attempt-Date: %s' % dfmt(when)]), rfc822_part(pr)],
                         boundary('gmail'), params='; report-type=delivery-status')
        note = 'Gmail-style DSN with HTML'
        irt = True
    elif var == 'qmail':
        gen_host = 'mx2.shopper.example'
        frm = 'MAILER-DAEMON@' + gen_host
        subj = 'failure notice'
        t = ('Hi. This is the qmail-send program at %s.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\n'
             'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<%s>:\n%s does not like recipient.\nRemote host said: 550 5.1.1 Unknown recipient\nGiving up on %s.\n\n'
             '--- Below this line is a copy of the message.\n\n') % (gen_host, rcpt, remote_ip, remote_ip)
        part = Part([('Content-Type', 'text/plain; charset=utf-8'), ('Content-Transfer-Encoding', '8bit')], encode_body(t, 'utf-8', '8bit') + pr.raw())
        extra = []
        note = 'qmail plain-text bounce, no Auto-Submitted'
    elif var == 'sendmail':
        gen_host = 'relay.shopper.example'
        frm = addr('Mail Delivery Subsystem', 'MAILER-DAEMON@' + gen_host)
        subj = 'Returned mail: see transcript for details'
        t = ('The original message was received at %s\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<%s>\n'
             '    (reason: 550 5.1.1 <%s>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to %s.:\n>>> RCPT To:<%s>\n<<< 550 5.1.1 <%s>... User unknown\n550 5.1.1 <%s>... User unknown\n') % (
            arrival, rcpt, rcpt, mx, rcpt, rcpt, rcpt)
        part = multipart('report', [text_part(t, 'plain', 'us-ascii', '7bit'), dsn_part(gen_host, rcpt, '5.1.1', '550 5.1.1 <%s>... User unknown' % rcpt, mx, arrival),
                                    rfc822_part(pr)], params='; report-type=delivery-status')
        note = 'Sendmail DSN'
    elif var == 'list_reject':
        lst = pick(['sales-team', 'orders', 'office', 'team']) + '@lists.' + dom
        frm = addr(None, lst.replace('@', '-owner@'))
        gen_host = 'lists.' + dom
        subj = 'Message rejected: %s' % pr.subject if chance(0.5) else 'Your message to %s was rejected' % lst
        t = ('Your message to the %s mailing list has been rejected for the following reason:\n\nNon-members are not allowed to post messages to this list.\n\n'
             'If you think this is an error, contact the list owner at %s.\n\n---------- Original message ----------\n') % (lst.split('@')[0], lst.replace('@', '-owner@'))
        part = multipart('mixed', [text_part(t, 'plain', 'us-ascii', '7bit'), rfc822_part(pr)])
        extra = [('Precedence', 'list'), ('X-List-Administrivia', 'yes'), ('Auto-Submitted', 'auto-replied')]
        note = 'mailing-list rejection (non-standard bounce)'
    elif var == 'spam_reject':
        pass
    elif var == 'exim_dsn':
        subj = 'Mail delivery failed: returning message to sender'
        frm = addr('Mail Delivery System', 'Mailer-Daemon@' + OUR_SMTP)
        t = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n'
             '  %s\n    host %s [%s]\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 Sender rejected: SPF check failed\n') % (rcpt, mx, remote_ip)
        part = multipart('report', [text_part(t, 'plain', 'us-ascii', '7bit'),
                                    dsn_part(OUR_SMTP, rcpt, '5.7.1', '550 5.7.1 Sender rejected: SPF check failed', mx, arrival, per_msg=['X-Exim-Queue-ID: %s' % alnum(16)]),
                                    rfc822_part(pr, headers_only=True)], params='; report-type=delivery-status')
        extra = [('X-Failed-Recipients', rcpt), ('Auto-Submitted', 'auto-replied')]
        note = 'Exim DSN (multipart/report), SPF rejection'
    elif var in ('yandex_like', 'kerio_ru'):
        if var == 'yandex_like':
            subj = 'Недоставленное сообщение'
            t = ('Это сообщение сгенерировано автоматически.\n\nВаше письмо не было доставлено по указанному адресу.\n\nСообщение не было доставлено, потому что такого адреса не существует.\n'
                 'Проверьте, правильно ли указан адрес, и попробуйте отправить письмо ещё раз.\n\nПисьмо было отправлено на адрес: %s\n\n'
                 'Сообщение от удалённого сервера:\n<%s>: host %s[%s] said: 550 5.7.1 No such user! (in reply to RCPT TO command)\n') % (rcpt, rcpt, mx, remote_ip)
            note = 'Yandex-style DSN in Russian'
            status, diag = '5.7.1', '550 5.7.1 No such user!'
            frm = addr('mailer-daemon', 'mailer-daemon@' + OUR_SMTP)
        else:
            subj = 'Сообщение не может быть доставлено'
            t = ('Ваше сообщение не может быть доставлено следующим получателям:\n\n  %s\n  Причина: удалённый сервер %s сообщил: 550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)\n\n'
                 'Сообщение: «%s», отправлено %s\n') % (rcpt, mx, pr.subject, arrival)
            note = 'Kerio-style DSN in Russian'
            status, diag = '5.0.0', '550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)'
            frm = addr('Почтовая система', 'postmaster@' + OUR_SMTP, 'utf-8', 'B')
        part = multipart('report', [text_part(t, 'plain', 'utf-8', pick(['base64', '8bit', 'quoted-printable'])),
                                    dsn_part(OUR_SMTP, rcpt, status, diag, mx, arrival), rfc822_part(pr, headers_only=chance(0.5))],
                         params='; report-type=delivery-status')
    else:
        raise ValueError(var)
    h = [('Return-Path', '<>'), ('Delivered-To', PADDR),
         ('Received', 'by %s (Postfix)%s\tid %s; %s' % (gen_host, CRLF, alnum(10, '0123456789ABCDEF'), dfmt(when)))]
    core = [('From', frm), ('To', PADDR if chance(0.7) else addr(PERSONA, PADDR)), ('Subject', ew(subj)), ('Date', dfmt(when)),
            ('Message-ID', '<%s.%s@%s>' % (hexid(14), alnum(6), gen_host))]
    if irt and chance(0.5):
        core += [('In-Reply-To', pr.msgid), ('References', pr.msgid)]
    raw = message_bytes(h + core + extra, part)
    return raw, '', '%s; %s (%s)' % (lang.upper(), note, var), co['slug']


# ---- inline (interleaved) answers, written by hand

INLINE = [
    ('ru', 'shops', ['Здравствуйте, Анатолий!', 'Ответы ниже.'],
     [('> До скольки работает пункт самовывоза?', 'До 21:00 ежедневно, без перерыва.'),
      ('> Помогите оформить заказ!', 'Пришлите список товаров с артикулами — оформим и пришлём номер заказа.'),
      ('> Мне нужно организовать доставку сегодня.', 'Сегодня доставка возможна, если подтвердите заказ до 15:00.')],
     ['--', 'Олег, интернет-магазин']),
    ('ru', 'services', ['Добрый день!'],
     [('> Какие у вас тарифы,', 'От 1 490 руб. в месяц, подробности в приложенном прайсе.'),
      ('> как заключить договор', 'Через ЭДО, нужны только реквизиты.'),
      ('> и сколько времени это займёт?', '1–2 рабочих дня.')],
     ['С уважением,', 'Татьяна Киселёва', 'отдел продаж']),
    ('ru', 'shops', [],
     [('>До скольки работает пункт самовывоза?', 'до 19'),
      ('>Помогите оформить заказ! Мне нужно организовать доставку сегодня.', 'сегодня не получится, только завтра. заказ на сайте')],
     []),
    ('en', 'services', ['Hi Anatoly, answers inline:'],
     [('> Какие у вас тарифы', 'Plans start at 39 EUR/month (Basic) and 119 EUR/month (Pro).'),
      ('> как заключить договор', 'Click-through agreement at signup; a signed PDF is available on request.'),
      ('> сколько времени это займёт?', 'Usually one business day.')],
     ['Best,', 'Lukas']),
]


def build_inline(i):
    lang, seg, head, pairs, sig = INLINE[i]
    co = pick(companies(lang, seg))
    pr = Probe(seg, co)
    staff = pick(STAFF_RU if lang == 'ru' else STAFF_EN)
    x = {'co': co, 'probe': pr, 'date': pr.date + reply_delay('human')}
    lines = []
    if head:
        lines += head + ['']
    q = quote_block(pick(['tb_ru', 'yandex', 'mailru']) if lang == 'ru' else 'gmail_en', pr, co)
    lines += q['header']
    lines.append('>')
    new = list(head)
    for quoted, ans in pairs:
        lines += [quoted, ans, '']
        new.append(ans)
    lines += ['> ' + PERSONA, '']
    if sig:
        lines += sig
    text = '\n'.join(lines).rstrip() + '\n'
    cs = 'utf-8' if i % 2 else 'koi8-r'
    if cs == 'koi8-r':
        text = fit(text, cs)
        new = [fit(n, cs) for n in new]
    part = text_part(text, 'plain', cs, pick(['8bit', 'quoted-printable']))
    hdrs = top_headers(x, staff, email_of(staff, co), msgid(co['domain']), 'Re: ' + pr.subject, 'UTF-8', 'B',
                       extra=[('User-Agent', 'Mozilla Thunderbird')])
    return message_bytes(hdrs, part), norm(' '.join(new)), '%s; inline answers between quoted lines; %s' % (lang.upper(), cs), '%s-inline' % co['slug']


# ---------------------------------------------------------------------------------------------------------------

PLAN = {  # kind: (ru, en)
    'human': (80, 32),
    'redirect': (33, 12),
    'ack': (27, 11),
    'autoreply': (27, 11),
    'bounce': (16, 19),
}

README = """# Labelled corpus of e-mail replies to mystery-shopper probes

`replies/` holds {total} RFC 5322 messages (`NNN-short-name.eml`, CRLF line ends, bytes as an IMAP server would
hand them over) and `manifest.csv` (UTF-8; columns `file,kind,expected_reply,split,note`). They are fictional
replies of fictional companies to the scripts of `studies/demo.yaml`: «Самовывоз сегодня» (until when the pickup
point is open, help to place an order, delivery today) for shops, «Тарифы и договор» (tariffs, contract steps,
timing) for services, sent to the persona Анатолий Смирнов <anatoly@shopper.example> (a few to a plus-address, as
after a feedback-form probe). About 70% are in Russian, 30% in English.

## Who wrote it and how

Written for this project by an assistant session, from the scripts and the field notes kept beside the repository (`../shared/docs/domain.md`, not part of it) only, without
reading the project's classification code or tests, so it can measure those rules honestly. The messages are
generated by `make_replies.py` (standard library only, fixed random seed; it imports nothing from the project):
`python3 bench/corpus/make_replies.py` rewrites `replies/`. Every company, person, phone number and address is
invented; company domains are `*.example` / `*.example.ru` (RFC 2606). Helpdesk vendor names and the vendor domains
that serve as fingerprints (`zendesk.com`, `freshdesk.com`, `intercom-mail.com`, `helpscout.net`,
`Atlassian.JIRA`) appear only in Message-ID / Reply-To / X- headers and footers, as in real helpdesk mail.
Mail-client and helpdesk "chrome" (reply markers, attribution lines, footers) imitates the real products' published
behaviour from memory; the Russian helpdesks' markers are plausible inventions, since they publish none.

## Kinds (`kind`)

- `human` — a person's real answer (complete, partial or curt), in many clients and helpdesks. Helpdesk answers stay
  `human` even with `Auto-Submitted: auto-generated` or `Precedence: bulk`; answers that also give a phone number are
  `human` when they answer something.
- `redirect` — a person's answer that only sends the customer elsewhere (call us, write to sales@…, the site chat,
  WhatsApp/Telegram, "leave a request", "this address does not take orders", "prices are individual, a manager
  will call"), including an answer that is only a phone number, and "your letter was forwarded to the sales
  department, they will contact you".
- `ack` — an automatic "your request / ticket was registered / received" message (with or without a number, with or
  without vendor headers), even when it also states working hours or a phone number.
- `autoreply` — out-of-office, vacation, sick leave, "employee has left", working-hours / after-hours responders,
  "this mailbox is not monitored", "address changed", closure notices, and challenge-response (whitelist) requests.
- `bounce` — a permanent delivery failure: RFC 3464 DSNs (Postfix, Exim, Sendmail, Exchange, Gmail-, Yandex-,
  Kerio-like) and non-standard ones (Exim/qmail/Mail.ru-like plain text, mailing-list rejection, spam rejection,
  Russian hosting notices). A Postfix "message delivery timed out after 5 days" (`Action: failed`) is a bounce.
  Delay warnings (`Action: delayed`) are deliberately absent.

## `expected_reply`

Only for `human` and `redirect` (empty otherwise): the reply's own new words as a careful person would extract them.
Kept: the greeting («Здравствуйте, Анатолий!», "Hi Anatoly,") and the answer, including a closing pleasantry that
stands before the valediction («Хорошего дня!», "Hope this helps!") and a "thanks for writing" sentence at the start.
Removed: the quoted original (any style: `>` lines, «-----Original Message-----», Outlook `From:/Sent:` blocks,
«-------- Пересылаемое сообщение --------», attribution lines); the signature from the valediction line down
(«С уважением,», «Спасибо за обращение!» used as a sign-off, "Best regards," … inclusive, and everything after it),
or from a `--` separator down, or a lone name line (with or without position/company lines) after the answer;
device lines («Отправлено с iPhone», "Get Outlook for Android", …); legal disclaimers; helpdesk chrome (reply-above
markers, "request updated" lines, agent name/time lines, ticket footers, quoted ticket history). For HTML the
visible text is used (entities decoded). Lines are then joined with single spaces and runs of white space collapsed.
Text in koi8-r / windows-1251 messages is the text as sent (e.g. «₽» became «руб.», «»» became `"` in koi8-r).
For inline answers the expected text is the greeting plus the answer lines between the quoted lines.

## `split`

About 60% `train`, 40% `heldout`, stratified by kind × language: within each stratum files are ordered by the
SHA-1 of their name and the first 60% (rounded) go to `train`. Both splits contain every kind in both languages.

## `note`

Language, client or helpdesk, quote style, charset and what is tricky (e.g. "contains «до 18:00»" in an
auto-reply, "no auto headers", "form probe, plus-address, no In-Reply-To").

## Licence

Written for this project; same licence as the project (see `pyproject.toml`). No third-party text is included, so
it may also be treated as public domain (CC0-like).
"""


def main():
    items = []   # (raw, kind, lang, expected, note, short)
    ri = ei = 0
    for kind in ('human', 'redirect'):
        n_ru, n_en = PLAN[kind]
        if kind == 'human':
            n_ru -= 3
            n_en -= 1
        for lang, n in (('ru', n_ru), ('en', n_en)):
            clients = RU_CLIENTS if lang == 'ru' else EN_CLIENTS
            for i in range(n):
                client = clients[(i * 7 + (3 if kind == 'redirect' else 0)) % len(clients)]
                seg = 'shops' if (i + (kind == 'redirect')) % 2 == 0 else 'services'
                fwd = kind == 'human' and client in ('yandex', 'gmail', 'mailru', 'thunderbird') and i % 9 == 4
                attach = kind == 'human' and seg == 'services' and client not in HELPDESKS and i % 6 == 1
                raw, exp, note, short = build_person(kind, lang, seg, client, fwd=fwd, attach=attach)
                if fwd:
                    note += '; forwarded by the company (Fwd:)'
                items.append((raw, kind, lang, exp, note, short))
    for i in range(len(INLINE)):
        raw, exp, note, short = build_inline(i)
        items.append((raw, 'human', INLINE[i][0], exp, note, short))
    for kind in ('ack', 'autoreply'):
        for lang, n in zip(('ru', 'en'), PLAN[kind]):
            for v in range(n):
                raw, exp, note, short = build_auto(kind, lang, v)
                items.append((raw, kind, lang, exp, note, short))
    for lang, n in zip(('ru', 'en'), PLAN['bounce']):
        for v in range(n):
            raw, exp, note, short = build_bounce(lang, v)
            items.append((raw, 'bounce', lang, exp, note, short))

    R.shuffle(items)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'manifest.csv':
            os.remove(os.path.join(OUT, f))
    rows = []
    for k, (raw, kind, lang, exp, note, short) in enumerate(items, 1):
        short = re.sub(r'[^a-z0-9-]+', '-', short.lower()).strip('-')[:40]
        name = '%03d-%s.eml' % (k, short)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(raw)
        rows.append({'file': name, 'kind': kind, 'lang': lang, 'expected_reply': exp, 'note': note})
    strata = {}
    for r in rows:
        strata.setdefault((r['kind'], r['lang']), []).append(r)
    for group in strata.values():
        group.sort(key=lambda r: hashlib.sha1(r['file'].encode()).hexdigest())
        n_train = int(round(len(group) * 0.6))
        for j, r in enumerate(group):
            r['split'] = 'train' if j < n_train else 'heldout'
    with open(os.path.join(OUT, 'manifest.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['file', 'kind', 'expected_reply', 'split', 'note'])
        for r in rows:
            w.writerow([r['file'], r['kind'], r['expected_reply'], r['split'], r['note']])
    readme = os.path.join(HERE, 'README.md')
    if not os.path.exists(readme) or '--readme' in sys.argv:
        with open(readme, 'w', encoding='utf-8') as fh:
            fh.write(README.format(total=len(rows)))
    print('wrote %d messages to %s' % (len(rows), OUT))


if __name__ == '__main__':
    main()
