#!/usr/bin/env python3
"""Write bench/corpus/street/ (train) and bench/corpus/street_heldout/ (heldout).

Two labelled sets of fictional e-mail replies to the two scripts of studies/demo.yaml («Самовывоз сегодня» for
shops, «Тарифы и договор» for services), sent to Анатолий Смирнов <anatoly@shopper.example>.  The folders come
from disjoint pools of words (pool A -> street/, pool B -> street_heldout/): companies, people, answer fragments,
redirect, acknowledgement, auto-reply and bounce wordings, signatures and helpdesk chrome differ; only the mail
machinery (quote headers of clients, MIME assembly, trace headers) is shared.

The reply's own words are wrapped in marks (⟦…⟧) in the texts below; the marks are removed from the message and
the marked pieces, joined with single spaces, become `expected_reply`, so a label cannot drift from its message.

Standard library only, fixed seed, imports nothing from the project.  `python3 bench/corpus/make_street.py`
rewrites both folders, checks them and prints the counts per kind x language; `--check` only checks.
"""
import base64
import csv
import datetime
import hashlib
import html
import io
import os
import quopri
import random
import re
import sys
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr, format_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OPEN, CLOSE = "\u27e6", "\u27e7"
PERSONA = "Анатолий Смирнов"
PADDR = "anatoly@shopper.example"
MSK = datetime.timezone(datetime.timedelta(hours=3))
PROBE_TIME = datetime.datetime(2026, 12, 7, 10, 14, tzinfo=MSK)

SHOP_Q = ["Здравствуйте!",
          "До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.",
          "", PERSONA]
SVC_Q = ["Добрый день!", "Какие у вас тарифы, как заключить договор и сколько времени это займёт?", "", PERSONA]
SUBJ = {"shops": "Самовывоз сегодня", "services": "Тарифы и договор"}
FORBIDDEN = ["До скольки работает", "Помогите оформить заказ", "организовать доставку сегодня", "Какие у вас тарифы",
             "как заключить договор", "Смирнов", "Smirnov", "anatoly@", "shopper.example"]


def M(s):
    """Mark a piece of the reply's own words."""
    return OPEN + s + CLOSE


def unmark(s):
    return s.replace(OPEN, "").replace(CLOSE, "")


def label_of(s):
    pieces = re.findall(re.escape(OPEN) + "(.*?)" + re.escape(CLOSE), s, re.S)
    return re.sub(r"\s+", " ", " ".join(pieces)).strip()


SUBST = {"₽": "руб.", "«": '"', "»": '"', "—": "-", "–": "-", "…": "...", "№": "N", "“": '"', "”": '"',
         "„": '"', "’": "'", "\u00a0": " ", "→": "->", "✓": "+"}


def fit(text, cs):
    """The text as it survives the charset (koi8-r has no «», ₽, —; windows-1251 has no ₽)."""
    if cs == "utf-8":
        return text
    out = []
    for ch in text:
        if ch in (OPEN, CLOSE):
            out.append(ch)
            continue
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in SUBST:
                raise ValueError("cannot send %r in %s" % (ch, cs))
            out.append(SUBST[ch])
    return "".join(out)


def fits(text, cs):
    try:
        fit(text, cs)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- body blocks: plain and HTML from one description
# A body is a list of blocks: ("text", str) the sender's lines (marks inside); ("quote", attribution_lines,
# quoted_lines, style) with style "gt" ("> "), "bat" ("АС> "), "flat" (Outlook: header block then the text as is);
# ("sig", str) a signature; ("chrome", str) helpdesk lines; ("raw", str) anything else.

def plain_of(blocks):
    out = []
    for b in blocks:
        if b[0] == "quote":
            _, attr, lines, style = b
            q = []
            if style == "gt":
                q = [("> " + x) if x else ">" for x in lines]
            elif style == "bat":
                q = [("АС> " + x) if x else "" for x in lines]
            else:
                q = list(lines)
            out.append("\n".join(list(attr) + q))
        elif b[0] == "sigdash":
            out.append("-- \n" + b[1])
        else:
            out.append(b[1])
    return "\n\n".join(out) + "\n"


def _lines_html(text, tag="div"):
    res = []
    for line in text.split("\n"):
        if line.strip():
            res.append("<%s>%s</%s>" % (tag, html.escape(line, quote=False), tag))
        else:
            res.append("<%s><br></%s>" % (tag, tag))
    return "\n".join(res)


def html_of(blocks, flavour="gmail", lang="ru"):
    parts = []
    for b in blocks:
        if b[0] == "quote":
            _, attr, lines, style = b
            if style == "flat":
                head = "<br>".join(html.escape(x, quote=False) for x in attr if x.strip())
                if flavour == "outlook":
                    parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                                 '\n<p class="MsoNormal">%s</p>\n</div>\n%s' % (head, _lines_html("\n".join(lines), "p")))
                else:
                    parts.append("<div>%s</div>\n<div>%s</div>" % (head, _lines_html("\n".join(lines))))
            else:
                attr_html = "<br>".join(html.escape(x, quote=False) for x in attr if x.strip())
                parts.append('<div class="quote_attr">%s</div>\n<blockquote style="margin:0 0 0 .8ex;'
                             'border-left:1px #ccc solid;padding-left:1ex">\n%s\n</blockquote>'
                             % (attr_html, _lines_html("\n".join(lines))))
        elif b[0] in ("sig", "sigdash"):
            parts.append('<div class="signature">%s</div>' % _lines_html(b[1]))
        elif b[0] == "chrome":
            parts.append('<div style="color:#9a9a9a;font-size:12px">%s</div>' % _lines_html(b[1]))
        else:
            tag = "p" if flavour == "outlook" else "div"
            if flavour == "outlook":
                parts.append("\n".join('<p class="MsoNormal">%s</p>' % (html.escape(x, quote=False) or "&nbsp;")
                                       for x in b[1].split("\n")))
            else:
                parts.append(_lines_html(b[1], tag))
        parts.append("<div><br></div>")
    body = "\n".join(parts)
    if flavour == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=%s">\n<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style>\n</head>\n<body lang="RU" link="#0563C1">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % ("{cs}", body)
    return '<html>\n<head>\n<meta charset="{cs}">\n</head>\n<body>\n<div dir="ltr">\n%s\n</div>\n</body>\n</html>\n' % body


class Visible(HTMLParser):
    BLOCK = {"div", "p", "br", "tr", "li", "blockquote", "table", "h1", "h2", "h3", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(h):
    p = Visible()
    p.feed(h)
    p.close()
    return "".join(p.out)


# ---------------------------------------------------------------- MIME assembly (bytes with \n, CRLF at the end)

def enc_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if cte in ("7bit", "8bit"):
        return text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(cs))
    return base64.encodebytes(text.replace("\n", "\r\n").encode(cs))


def leaf(ctype, text, cs, cte, extra=""):
    if cte == "7bit" and not all(ord(c) < 128 for c in text):
        cte = "quoted-printable"
    hdr = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, cs, extra, cte)
    return hdr, enc_body(text, cs, cte)


def multipart(sub, nodes, rnd, params=""):
    b = "----=_Part_%d_%d" % (rnd.randrange(10 ** 5, 10 ** 6), rnd.randrange(10 ** 8, 10 ** 9))
    body = b""
    for h, data in nodes:
        body += b"--" + b.encode() + b"\n" + h.encode("ascii") + b"\n" + data
        if not data.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return 'Content-Type: multipart/%s; boundary="%s"%s\n' % (sub, b, params), body


def raw_node(ctype_line, text):
    return ctype_line + "\n", text.encode("utf-8")


def enc_header(value, cs, name="Subject"):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, cs, header_name=name).encode()


def addr(name, address, cs):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return formataddr((name, address))
    return formataddr((name, address), charset=cs)


def assemble(headers, node):
    """headers: list of (name, already-encoded value)."""
    lines = ["%s: %s" % (k, v) for k, v in headers]
    head = "\n".join(lines) + "\nMIME-Version: 1.0\n" + node[0]
    data = head.encode("ascii") + b"\n" + node[1]
    assert b"\r" not in data
    return data.replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- quote headers of mail clients (shared machinery)

RU_DOW = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


def quote_blocks(client, seg, to_addr):
    """The quoted probe as a client writes it below (or above) the answer; returns (blocks, client note)."""
    q = SHOP_Q if seg == "shops" else SVC_Q
    subj = SUBJ[seg]
    who = "%s <%s>" % (PERSONA, PADDR)
    if client == "gmail_ru":
        return [("quote", ["пн, 7 дек. 2026 г. в 10:14, %s:" % who], q, "gt")], "Gmail quote (ru)"
    if client == "gmail_en":
        return [("quote", ["On Mon, Dec 7, 2026 at 10:14 AM %s wrote:" % who], q, "gt")], "Gmail quote (en)"
    if client == "outlook_ru":
        return [("quote", ["________________________________", "От: %s" % who,
                           "Отправлено: 7 декабря 2026 г. 10:14", "Кому: %s" % to_addr, "Тема: %s" % subj, ""],
                 q, "flat")], "Outlook От:/Отправлено: block"
    if client == "outlook_en":
        return [("quote", ["From: %s" % who, "Sent: Monday, December 7, 2026 10:14 AM", "To: %s" % to_addr,
                           "Subject: %s" % subj, ""], q, "flat")], "Outlook From:/Sent: block"
    if client == "orig_ru":
        return [("quote", ["-----Исходное сообщение-----", "От: %s" % who, "Отправлено: Monday, December 7, 2026 10:14 AM",
                           "Кому: %s" % to_addr, "Тема: %s" % subj, ""], q, "flat")], "-----Исходное сообщение-----"
    if client == "orig_en":
        return [("quote", ["-----Original Message-----", "From: %s" % who, "Sent: Monday, December 7, 2026 10:14",
                           "To: %s" % to_addr, "Subject: %s" % subj, ""], q, "flat")], "-----Original Message-----"
    if client == "apple_ru":
        return [("quote", ["> 7 дек. 2026 г., в 10:14, %s написал(а):" % who, ">"], q, "gt")], "Apple Mail quote"
    if client == "apple_en":
        return [("quote", ["> On 7 Dec 2026, at 10:14, %s wrote:" % who, ">"], q, "gt")], "Apple Mail quote (en)"
    if client == "thunderbird":
        return [("quote", ["07.12.2026 10:14, %s пишет:" % PERSONA], q, "gt")], "Thunderbird «пишет:»"
    if client == "thunderbird_en":
        return [("quote", ["On 12/7/26 10:14, %s wrote:" % PERSONA], q, "gt")], "Thunderbird wrote:"
    if client == "yandex":
        return [("quote", ['07.12.2026, 10:14, "%s" <%s>:' % (PERSONA, PADDR)], q, "gt")], "Yandex quote"
    if client == "mailru":
        return [("quote", ["Понедельник, 7 декабря 2026, 10:14 +03:00 от %s:" % who], q, "gt")], "Mail.ru quote"
    if client == "roundcube":
        return [("quote", ["%s писал 2026-12-07 10:14:" % PERSONA], q, "gt")], "Roundcube quote"
    if client == "zimbra":
        return [("quote", ["----- Исходное сообщение -----", 'От: "%s" <%s>' % (PERSONA, PADDR),
                           "Кому: %s" % to_addr, "Отправленные: Понедельник, 7 Декабрь 2026 г 10:14:05",
                           "Тема: %s" % subj, ""], q, "gt")], "Zimbra quote"
    if client == "k9":
        return [("quote", ["%s <%s> написал(а):" % (PERSONA, PADDR)], q, "gt")], "K-9/Android quote"
    if client == "android_en":
        return [("quote", ["On December 7, 2026 10:14:20 AM GMT+03:00, %s wrote:" % who], q, "gt")], "Android quote"
    if client == "fwd":
        return [("quote", ["-------- Пересылаемое сообщение --------", "07.12.2026, 10:14, %s:" % who, ""],
                 q + ["", "-------- Конец пересылаемого сообщения --------"], "flat")], "forwarded-message block"
    return [], "no quote"


RU_CLIENTS = ["gmail_ru", "outlook_ru", "orig_ru", "apple_ru", "thunderbird", "yandex", "mailru", "roundcube",
              "zimbra", "k9", "fwd", "none"]
EN_CLIENTS = ["gmail_en", "outlook_en", "orig_en", "apple_en", "thunderbird_en", "android_en", "none"]


# ================================================================ POOL A  ->  street/ (train)

A = dict(
    shops_ru=[("Веломаркет «Спица»", "spitsa-velo.example.ru"), ("Цветочная лавка «Пион и Ко»", "pion-co.example.ru"),
              ("Зоомагазин «Хвостатый»", "hvostaty.example.ru"), ("СтройДвор", "stroydvor.example.ru"),
              ("Чайный дом «Улун»", "ulun-tea.example.ru"), ("ТехноУгол", "tehnougol.example.ru"),
              ("Книжная полка", "knpolka.example.ru"), ("Рыболов-Профи", "rybolov-profi.example.ru"),
              ("Посуда у Марины", "posuda-marina.example.ru"), ("Лампочкин", "lampochkin.example.ru"),
              ("Шинный центр «Протектор»", "protector-shina.example.ru"), ("Канцлер", "kancler-shop.example.ru"),
              ("Детский мир игрушек «Юла»", "yula-toys.example.ru"), ("Кофемолка", "kofemolka.example.ru")],
    services_ru=[("ПлатёжПорт", "platezhport.example.ru"), ("CRM «Воронка»", "voronka-crm.example.ru"),
                 ("Курьерская служба «Пешком»", "peshkom-dostavka.example.ru"), ("БухОнлайн", "buhonline.example.ru"),
                 ("Хостинг «Стойка»", "stoyka-host.example.ru"), ("ТелеЛиния", "teleliniya.example.ru"),
                 ("Конструктор сайтов «Витрина»", "vitrina-site.example.ru"), ("Склад-Сервис", "sklad-servis.example.ru"),
                 ("ЭДО-Мост", "edo-most.example.ru"), ("Касса Плюс", "kassaplus.example.ru"),
                 ("Рассылкин", "rassylkin.example.ru"), ("Аналитика «Срез»", "srez-analytics.example.ru"),
                 ("ЮрФорма", "yurforma.example.ru"), ("Облако «Полка»", "polka-cloud.example.ru")],
    shops_en=[("Northgate Cycles", "northgate-cycles.example"), ("Bloom & Stem", "bloomstem.example"),
              ("Pawsome Supply", "pawsome-supply.example"), ("Brickyard Tools", "brickyard-tools.example"),
              ("Leaf & Kettle", "leafkettle.example")],
    services_en=[("PayHarbor", "payharbor.example"), ("FunnelDesk CRM", "funneldesk.example"),
                 ("Parcelwise", "parcelwise.example"), ("LedgerLeaf", "ledgerleaf.example"),
                 ("RackHouse Hosting", "rackhouse.example")],
    people_ru=[("Ольга Кравец", "f", "менеджер интернет-магазина"), ("Ксения Лаптева", "f", "старший менеджер"),
               ("Дмитрий Огнев", "m", "руководитель отдела продаж"), ("Игорь Шестаков", "m", "менеджер"),
               ("Наталья Бирюкова", "f", "специалист по работе с клиентами"), ("Артём Соловьёв", "m", "аккаунт-менеджер"),
               ("Вера Полозова", "f", "администратор"), ("Роман Кадыров", "m", "директор"),
               ("Лилия Хайруллина", "f", "менеджер по работе с партнёрами"), ("Глеб Фомин", "m", "продавец-консультант"),
               ("Полина Жукова", "f", "оператор"), ("Станислав Рудь", "m", "коммерческий директор"),
               ("Евгения Мельник", "f", "менеджер по подключению"), ("Тимур Абдуллаев", "m", "старший специалист")],
    people_en=[("Emma Hart", "Customer Care"), ("Lucas Brenner", "Sales Manager"), ("Priya Nair", "Support Lead"),
               ("Tom Walsh", "Store Manager"), ("Sofia Reyes", "Account Executive"), ("Mark Olsen", "Operations")],
    greet_ru=["Здравствуйте, Анатолий!", "Добрый день, Анатолий!", "Анатолий, здравствуйте!", "Здравствуйте!",
              "Добрый день!", "Анатолий, добрый день.", "Приветствую, Анатолий!", "Доброго дня!"],
    greet_en=["Hi Anatoly,", "Hello Anatoly,", "Dear Anatoly,", "Hi there,", "Good morning Anatoly,"],
    open_ru=["Спасибо, что написали нам.", "Благодарим за обращение!", "Спасибо за интерес к нам.",
             "Рады вашему письму.", "Спасибо за вопрос!"],
    open_en=["Thanks for reaching out!", "Thank you for your message.", "Thanks for getting in touch."],
    close_ru=["Хорошего дня!", "Будем рады помочь!", "Если что-то ещё — пишите.", "Ждём вас!",
              "Обращайтесь, если будут вопросы.", "Удачного дня :)"],
    close_en=["Hope this helps!", "Have a great day!", "Let me know if anything else comes up."],
    vale_ru=["С уважением,", "С уважением,", "Всего доброго,", "С наилучшими пожеланиями,", "Спасибо,"],
    vale_en=["Best regards,", "Kind regards,", "Cheers,", "Thanks,"],
    devices_ru=["Отправлено с iPhone", "Отправлено из мобильной Почты Mail.ru", "Получить Outlook для Android"],
    devices_en=["Sent from my iPhone", "Get Outlook for iOS"],
    disclaimer_ru=("Информация в этом письме конфиденциальна и предназначена только для адресата. Если вы получили "
                   "его по ошибке, сообщите отправителю и удалите письмо."),
    disclaimer_en=("This e-mail and any attachments are confidential and intended solely for the addressee. If you "
                   "received it in error, please notify the sender and delete it."),
    H_ru=["Пункт самовывоза на ул. Складской, 14 работает до 20:00, в субботу до 18:00.",
          "Самовывоз у нас до 21:00 без выходных.",
          "Забрать заказ можно с 10 до 19 по будням.",
          "ПВЗ открыт до 19:30.",
          "мы до 20 работаем, в воскресенье до 17",
          "Склад выдачи работает круглосуточно, охрана выдаст по коду из смс.",
          "Выдача заказов с 9 до 22 ежедневно.",
          "Сегодня пункт открыт до 18:00 (сокращённый день), завтра как обычно до 20:00.",
          "Магазин и точка выдачи на Литейной работают до 19.00.",
          "Самовывоз с 11:00 до 20:00, вход со двора."],
    # a few with typos and emoji (the label keeps them as written)
    O_ru=["Заказ можете оформить прямо на сайте, при оформлении выберите «Самовывоз».",
          "Могу оформить заказ за вас — пришлите артикул и номер телефона.",
          "Оформить заказ проще всего через корзину, оплатить можно при получении.",
          "Если удобнее, оформлю сама: напишите, что нужно и сколько штук.",
          "Для оформления достаточно ответить на это письмо списком товаров, счёт пришлём сразу.",
          "Заказ оформим в течение 15 минут после вашего ответа, бронь держим до конца дня.",
          "Оформить заказ можно и по телефону 8 (812) 407-22-15, но по почте тоже без проблем.",
          "Корзину соберу и пришлю ссылку на оплату, вам останется только оплатить.",
          "зоказ можно оформит на сайте или скинте мне список"],
    D_ru=["Доставка сегодня возможна, если заказ оплачен до 14:00: курьер приедет с 18 до 22.",
          "Сегодня доставить успеем по городу в пределах КАД, стоимость 450 ₽.",
          "К сожалению, на сегодня курьеры заняты, ближайшая доставка — завтра с утра.",
          "Сегодня можем отправить через Яндекс Доставку, цену посчитаем по адресу.",
          "Доставка в день заказа есть, но только для посылок до 15 кг.",
          "Доставку сегодня организуем, если адрес в черте города — напишите его.",
          "сегодня довезём, курьер позвонит за час",
          "На сегодня ещё есть два свободных окна доставки: 16–18 и 19–21.",
          "седня доставим если до 3х успеете оплатить 👍"],
    T_ru=["Тарифы: «Старт» — 1 900 ₽ в месяц, «Бизнес» — 4 500 ₽, «Про» — 9 900 ₽.",
          "Комиссия за эквайринг 2,4% без абонентской платы.",
          "Стоимость от 990 руб. за пользователя в месяц, при оплате за год скидка 15%.",
          "Базовый тариф 3 200 ₽/мес, всё остальное по прайсу: https://voronka-crm.example.ru/price",
          "Доставка по городу 290 ₽, по области от 490 ₽, для договорных клиентов скидка 10%.",
          "Ведение бухгалтерии ИП — 2 500 руб./мес., ООО на УСН — от 6 000 руб./мес.",
          "Виртуальный сервер от 450 ₽ в месяц, выделенный — от 7 800 ₽.",
          "Тариф один — 1,9% с оборота, минимальный платёж 500 ₽ в месяц.",
          "Прайс во вложении не поместился, поэтому коротко: 1 200, 2 400 и 5 800 ₽ в месяц за три пакета.",
          "Хранение 35 руб. за паллето-день, сборка заказа 18 руб.",
          "тарифы от 1500р в мес, подробней на сайте"],
    C_ru=["Договор заключаем по оферте: её достаточно принять в личном кабинете.",
          "Договор подписываем через ЭДО (Диадок или СБИС), пришлите реквизиты.",
          "Для договора нужны карточка организации и скан доверенности, договор пришлём в течение дня.",
          "Можно подписать договор на бумаге в офисе или онлайн через ЭДО — как вам удобнее.",
          "Договор стандартный, шаблон пришлю после того, как заполните анкету клиента.",
          "Сначала подписываем договор-оферту, потом выставляем первый счёт.",
          "договор отправлю сегодня, подпишете и вернёте скан",
          "Заключение договора — через сайт, раздел «Подключиться», там три шага."],
    U_ru=["Подключение занимает 2 рабочих дня.",
          "Всё вместе — от 3 до 5 рабочих дней.",
          "Обычно укладываемся в 1 рабочий день после подписания.",
          "По срокам: проверка документов 2 рабочих дня, настройка ещё день.",
          "Запустим в течение 3 рабочих дней.",
          "Если документы в порядке, начнём работать уже через 5 рабочих дней.",
          "В среднем 4 рабочих дня от заявки до первого платежа.",
          "Срок — до 7 рабочих дней, но чаще быстрее."],
    H_en=["Our pickup point at 12 Warehouse Lane is open until 8 pm today.",
          "Pickup hours are 9:00 to 21:00, seven days a week.",
          "The collection desk closes at 7:30 pm on weekdays.",
          "You can collect from 10 am till 6 pm."],
    O_en=["You can place the order on our website and choose “Store pickup” at checkout.",
          "I'm happy to place the order for you: just reply with the item codes.",
          "If you send me your phone number, I'll put the order together and text you a payment link.",
          "Ordering takes two minutes online, and we hold pickup orders until closing."],
    D_en=["Same-day delivery is available for orders paid before 2 pm.",
          "We can deliver today within the city for 450 ₽.",
          "Today's couriers are fully booked, sorry, the earliest slot is tomorrow morning.",
          "Same-day delivery works if you're inside the ring road."],
    T_en=["Plans start at 1,500 ₽/month (Basic) and 4,900 ₽/month (Team).",
          "Our fee is 2.2% per transaction, no monthly charge.",
          "Pricing is 700 ₽ per seat per month, billed annually.",
          "Standard parcels are 320 ₽ each, bulk rates from 100 parcels a month."],
    C_en=["The contract is a standard online offer you accept in your dashboard.",
          "We sign contracts through EDI (Diadoc), so please send your company details.",
          "I'll send the contract draft today; sign and return a scan.",
          "You sign the contract online in the onboarding wizard."],
    U_en=["Onboarding takes 2 business days.", "It usually takes 3 to 5 business days.",
          "Setup is done within 1 business day after signing.", "Expect about a week in total."],
)

A.update(
    curt_ru={"shops": ["До 20:00. Сегодня привезём.", "да, до девяти. оформим.", "Работаем до 19, доставка завтра."],
             "services": ["1 900 ₽/мес, оферта, 2 рабочих дня.", "От 990 руб., договор по ЭДО, 3 рабочих дня."]},
    curt_en={"shops": ["Open till 8, yes we deliver today."], "services": ["2.2%, online offer, 2 business days."]},
    # whole answers written once: (segment, text with \n between paragraphs); all of it is the reply's words
    special_ru=[
        ("shops", "Я сейчас в отпуске и читаю почту урывками, но отвечу, чтобы вы не ждали.\n"
                  "Самовывоз на Складской работает до 20:00. Заказ оформить можно на сайте, доставка сегодня — "
                  "только если успеете до 14:00."),
        ("services", "Заявку вашу зарегистрировала, номер 4417. По сути вопроса: тариф «Бизнес» 4 500 ₽ в месяц, "
                     "договор по оферте, подключение 2 рабочих дня."),
        ("shops", "Получила ваш вопрос, уточняю у склада и отвечу в течение часа."),
        ("services", "Добрый! Мы с коллегами посмотрели ваш вопрос.\n"
                     "1) Цены: 1 200 / 2 400 / 5 800 ₽ в месяц.\n2) Договор: оферта + счёт.\n3) Сроки: 1–2 рабочих дня.\n"
                     "Если нужен созвон, напишите удобное время 🙂"),
        ("shops", "Работаем до 20:00, по телефону отвечаем с 9 до 21 (если вдруг будет срочно): 8 (812) 407-22-15.\n"
                  "Заказ оформлю сам, пришлите список. Сегодня привезти успеем."),
        ("services", "Смотрите, у нас в офисе сегодня только я, поэтому коротко: тарифы на сайте "
                     "https://teleliniya.example.ru/tarify (от 600 ₽ за номер), договор по ЭДО, 3 рабочих дня."),
    ],
    special_en=[
        ("services", "I'm out of the office this week but didn't want to leave you waiting: our fee is 2.2%, you "
                     "sign the offer online, and accounts go live in 2 business days."),
        ("shops", "Got your note. We're open until 8 pm and can deliver today if you order by 2. "
                  "Here's the store page to order: https://northgate-cycles.example/shop"),
    ],
    inline_ru={"shops": ["до 20:00", "Оформлю, пришлите артикулы.", "Сегодня успеем, если закажете до 15."],
               "services": ["От 1 900 ₽ в месяц.", "По оферте в кабинете.", "2 рабочих дня."]},
    inline_en={"shops": ["Until 8 pm.", "Sure, send me the item codes.", "Yes, if you order by 2 pm."],
               "services": ["From 1,500 ₽/month.", "Online offer in the dashboard.", "About 2 business days."]},
    redirect_ru=[
        ("shops", "Спасибо за обращение! Эта почта не принимает заказы, для оформления позвоните нам по номеру "
                  "8 (812) 407-22-15 — менеджеры на связи с 9 до 21."),
        ("shops", "По всем вопросам заказов пишите, пожалуйста, в WhatsApp +7 921 555-18-40, там отвечают быстрее."),
        ("shops", "Анатолий, добрый день. Этот адрес только для поставщиков. Заказы и самовывоз — через сайт "
                  "spitsa-velo.example.ru или по телефону, там вам всё подскажут."),
        ("shops", "Мы продаём только через Ozon, вот наш магазин: https://www.ozon.example/seller/hvostaty-2211 — "
                  "там и самовывоз, и доставка."),
        ("shops", "Рады, что выбрали нас! Уточнить время работы пункта и оформить заказ можно в онлайн-чате на сайте, "
                  "он справа внизу. Операторы ответят в течение пары минут."),
        ("shops", "Оставьте заявку на сайте в разделе «Обратный звонок», менеджер перезвонит и всё оформит."),
        ("shops", "Напишите нам в Телеграм @stroydvor_zakaz, почту мы проверяем редко."),
        ("shops", "Самовывоз у нас есть, пункт удобный, рядом метро. Но по заказам — только по телефону "
                  "+7 (812) 600-41-02, через почту не оформляем."),
        ("shops", "Ваше письмо переслала в отдел продаж, они с вами свяжутся."),
        ("shops", "+7 (812) 334-90-17"),
        ("shops", "Пишите в сообщения группы ВКонтакте vk.com/lampochkin_spb — там дежурит администратор."),
        ("services", "Цены у нас индивидуальные, зависят от оборота. Оставьте номер телефона — менеджер перезвонит "
                     "и всё расскажет."),
        ("services", "По вопросам подключения обращайтесь, пожалуйста, в отдел продаж: sales@platezhport.example.ru. "
                     "Мы в техподдержке договоры не ведём."),
        ("services", "Спасибо за интерес к сервису! Мы работаем с 2012 года и знаем, как важно быстро запуститься. "
                     "Чтобы подобрать тариф, запишитесь на демонстрацию: https://voronka-crm.example.ru/demo"),
        ("services", "В вашем регионе с клиентами работает наш партнёр «Сибинтеграция», контакты: "
                     "+7 (383) 210-55-70, partner@sibintegr.example.ru."),
        ("services", "Добрый день. Заполните, пожалуйста, бриф на сайте, после него коммерческий отдел пришлёт "
                     "предложение."),
        ("services", "Звоните: 8 800 700-31-31 (бесплатно), дежурный менеджер подскажет по тарифам и документам."),
        ("services", "По тарифам и договору ответят коллеги из коммерческого отдела, я передал им ваш вопрос. "
                     "Они свяжутся с вами в течение дня."),
    ],
    redirect_en=[
        ("shops", "Thanks for your message! This inbox is for returns only. For orders and pickup times please use "
                  "the live chat on our website, it's staffed 9 to 9."),
        ("shops", "Please message us on WhatsApp at +7 921 610-02-77 and the team will sort out your order."),
        ("shops", "We sell through our resellers only, you can find the nearest one at "
                  "https://bloomstem.example/where-to-buy"),
        ("services", "Pricing depends on your volume, so a sales rep will need to give you a quote. Book a call "
                     "here: https://payharbor.example/talk-to-sales"),
        ("services", "Please forward your question to sales@funneldesk.example, support can't help with contracts."),
        ("services", "I've passed your message on to our onboarding team. Someone will get back to you shortly."),
        ("services", "Hi! Best to call us on +7 495 118-20-20, we don't quote by e-mail."),
    ],
)

A.update(
    ack_ru=[
        dict(subj="[#{n}] Re: {subj}", body="Здравствуйте!\n\nВаше обращение получено и зарегистрировано под номером "
             "#{n}.\nСпециалист ответит в рабочее время: пн–пт с 10:00 до 19:00.\n\nНе меняйте тему письма при "
             "ответе, чтобы переписка попала в ту же заявку.\n\n--\nСлужба поддержки {company}"),
        dict(subj="Заявка №{n} принята", body="Добрый день!\n\nСпасибо за письмо. Заявке присвоен номер {n}. "
             "Среднее время ответа сейчас — 40 минут.\n\nПока ждёте, загляните в раздел вопросов и ответов: "
             "https://{dom}/faq\n\nКоманда {company}"),
        dict(subj="Ваше письмо получено ({subj})", body="Это письмо отправлено автоматически, отвечать на него не нужно.\n\n"
             "Мы получили ваше сообщение и передали его менеджеру. Номер обращения: {n}.\nТелефон для срочных "
             "вопросов: 8 (812) 407-22-15.\n\nОтдел клиентского сервиса", fmt="html"),
        dict(subj="Re: {subj} [ID:{n}]", body="Ваш запрос зарегистрирован в системе.\n\nID запроса: {n}\n"
             "Статус: Новый\nОчередь: Первая линия\n\nОтветить на запрос можно ответом на это письмо."),
        dict(subj="Обращение {n} создано", body="Здравствуйте, Анатолий!\n\nМы создали обращение {n} по вашему "
             "письму «{subj}». Ответим в течение одного рабочего дня, обычно быстрее.\n\nСледить за статусом: "
             "https://{dom}/support/{n}\n\nС уважением,\nцентр поддержки {company}", fmt="alt"),
        dict(subj="Спасибо за обращение!", body="Здравствуйте!\n\nВаше письмо поступило в интернет-магазин "
             "{company}. Менеджер свяжется с вами в ближайшее время.\nНаши часы работы: ежедневно с 9:00 до 21:00.\n\n"
             "Это автоматическое уведомление."),
        dict(subj="Автоматическое уведомление: обращение №{n}", body="Уважаемый клиент!\n\nВаше обращение №{n} "
             "от 07.12.2026 принято в работу. Срок рассмотрения — до 2 рабочих дней.\n\nТекст обращения:\n"
             "«{q}»\n\nПожалуйста, не отвечайте на это письмо.", quote=True),
        dict(subj="RE: {subj} (заявка {n})", body="Добрый день.\n\nВаша заявка {n} зарегистрирована. Мы "
             "ответим вам в порядке очереди.\n\nЗаявки, поступившие после 18:00 и в выходные, обрабатываются на "
             "следующий рабочий день.\n\nСлужба качества {company}\nтел. 8 800 700-31-31"),
        dict(subj="Ticket {n}: {subj}", body="Здравствуйте.\n\nПо вашему письму открыт тикет {n}. Приоритет: "
             "обычный.\nОриентировочное время первого ответа: 4 часа.\n\nОтветы приходят с этого адреса — "
             "проверьте, пожалуйста, папку «Спам».", fmt="html"),
        dict(subj="Мы получили ваш вопрос 📩", body="Привет! 👋\n\nВаш вопрос уже у нас, номер — {n}. Менеджеры "
             "работают с 10 до 20 по Москве и ответят в порядке очереди.\n\nА пока можно почитать, как мы "
             "работаем: https://{dom}/how\n\nКоманда {company} 💙", fmt="alt"),
        dict(subj="Запрос принят", body="Ваш запрос принят.\nНомер: {n}\nДата: 07.12.2026 10:14\n\n"
             "Ответ будет направлен на адрес, с которого вы писали."),
        dict(subj="[{company}] Обращение #{n} зарегистрировано", body="Анатолий, здравствуйте!\n\nВы написали "
             "нам — мы уже читаем. Номер вашего обращения #{n}.\nОтвечаем обычно в течение 2 часов в рабочее "
             "время (пн–пт 9–18).\n\nЕсли вопрос срочный, позвоните: 8 (812) 600-41-02.", fmt="html"),
        dict(subj="Re: {subj}", body="Здравствуйте!\n\nБлагодарим за обращение в {company}. Ваше письмо "
             "зарегистрировано, номер заявки {n}. Ответ поступит не позднее следующего рабочего дня.\n\n"
             "Это письмо сформировано автоматически."),
        dict(subj="Уведомление о регистрации обращения", body="Обращение зарегистрировано.\n\nРегистрационный "
             "номер: ВХ-{n}/26\nОтветственное подразделение: отдел по работе с клиентами\n\nСрок ответа — "
             "3 рабочих дня с даты регистрации."),
    ],
    ack_en=[
        dict(subj="[#{n}] {subj}", body="Hi,\n\nThanks for contacting {company}! We've received your request "
             "(#{n}) and a member of our team will get back to you soon.\n\nAverage first response time: 3 hours.\n\n"
             "Browse our help center: https://{dom}/help"),
        dict(subj="We got your message (Case {n})", body="Hello,\n\nThis is an automatic confirmation that your "
             "message has reached us. Your case number is {n}.\nOur office hours are Monday to Friday, 9 am to "
             "6 pm Moscow time.\n\nPlease do not reply to this email.", fmt="html"),
        dict(subj="Request received: {subj}", body="Your request has been logged.\n\nReference: REQ-{n}\n"
             "Priority: Normal\n\nYou can reply to this email to add more information."),
        dict(subj="Re: {subj} - ticket {n} opened", body="Hello!\n\nA support ticket has been opened for you: "
             "{n}.\nWe answer tickets in the order they arrive. Thank you for your patience.\n\n{company} Support",
             fmt="alt"),
        dict(subj="Thanks! We'll be in touch", body="Hi there,\n\nThanks for your email to {company}. It's now in "
             "our queue (ref {n}) and someone will reply within one business day.\n\nIn a hurry? Call "
             "+7 495 118-20-20."),
        dict(subj="Auto: your enquiry #{n}", body="Dear customer,\n\nWe confirm receipt of your enquiry #{n} dated "
             "7 December 2026. It has been forwarded to the responsible department.\n\nYour message:\n\"{q}\"",
             quote=True),
    ],
)

A.update(
    auto_ru=[
        dict(subj="Автоответ: {subj}", body="Здравствуйте!\n\nЯ в отпуске до 21 декабря. По срочным вопросам "
             "пишите коллеге — {col}, {colmail}.\n\n{name}"),
        dict(subj="Re: {subj}", body="Спасибо за письмо! Сейчас нерабочее время. Мы работаем с 10:00 до 19:00 по "
             "будням и ответим, как только начнётся рабочий день.", tz=12),
        dict(subj="Нет на месте", body="В командировке до 10.12, почту читаю нерегулярно.\n{name}"),
        dict(subj="Re: {subj}", body="Добрый день!\n\nУ нас переучёт: 7 и 8 декабря магазин и пункт самовывоза "
             "закрыты, письма не обрабатываются. С 9 декабря работаем в обычном режиме, до 20:00.\n\n"
             "Приносим извинения за неудобства."),
        dict(subj="Сотрудник больше не работает", body="Здравствуйте.\n\n{name} больше не работает в компании "
             "{company}. Письма на этот адрес не читаются. Пожалуйста, пишите на {colmail}."),
        dict(subj="Автоматический ответ: {subj}", body="Этот почтовый ящик не обслуживается.\nНаш новый адрес: "
             "{colmail}"),
        dict(subj="Я на больничном", body="Добрый день! Я на больничном, выйду предположительно 14.12. Ваше "
             "письмо прочитаю после выхода. Если вопрос не терпит, звоните в офис: 8 (812) 407-22-15.\n\n{name}"),
        dict(subj="Re: {subj}", body="Уважаемые клиенты!\n\nС 5 по 8 декабря офис закрыт в связи с переездом. "
             "Новый адрес и часы работы опубликуем на сайте.\nСпасибо за понимание!"),
        dict(subj="Ответ автоматический", body="Ваше письмо получено вне рабочего времени (рабочее время "
             "сотрудника: пн–чт 9:00–18:00, пт 9:00–16:45). Оно будет прочитано в ближайший рабочий день.", tz=12),
        dict(subj="Out of office / Нет в офисе", body="Меня нет в офисе до понедельника.\nI am out of the office "
             "until Monday.\n\n{name}"),
        dict(subj="Адрес изменился", body="Внимание! С 1 декабря этот адрес не используется. Для связи с "
             "отделом продаж пишите на {colmail} или звоните 8 800 700-31-31."),
        dict(subj="Re: {subj}", body="Здравствуйте!\nЯ в декретном отпуске. Все мои клиенты переданы {col_dat} "
             "({colmail}), она с радостью поможет."),
        dict(subj="Автоответ", body="Добрый день. Сегодня у нас санитарный день, пункт выдачи не работает. Завтра "
             "открываемся в 10:00. Письма прочитаем завтра."),
        dict(subj="В отпуске", body="Буду 15-го."),
        dict(subj="Автоответ: {subj}", body="Здравствуйте! Я на обучении до 9 декабря включительно, ответы с "
             "задержкой. Договоры и счета: {colmail}.\n\nС уважением,\n{name}"),
        dict(subj="Re: {subj}", body="Благодарим за обращение! Ящик {mail} больше не используется для "
             "переписки и не проверяется. Все обращения, пожалуйста, через форму на сайте https://{dom}/contacts"),
        dict(subj="Праздничный режим", body="Дорогие покупатели!\n\nВ связи с корпоративным выходным 7 декабря "
             "магазин не работает, заказы не отгружаются. С 8 декабря ждём вас с 10 до 21!\n\nВаша «{company}»"),
    ],
    auto_en=[
        dict(subj="Automatic reply: {subj}", body="Hello,\n\nI'm on annual leave until 14 December with no access "
             "to email. For urgent matters please contact {col} at {colmail}.\n\nThanks,\n{name}"),
        dict(subj="Re: {subj}", body="Thanks for your email. Our team is offline right now (we work 9 am to 6 pm, "
             "Monday to Friday) and will get back to you on the next business day.", tz=12),
        dict(subj="Out of Office", body="I'm travelling this week and will reply when I'm back on Dec 11."),
        dict(subj="{name} has left {company}", body="{name} is no longer with {company}. This mailbox is not "
             "monitored. Please send your message to {colmail}."),
        dict(subj="Re: {subj}", body="Please note: this address is not monitored. Replies are not read. "
             "Contact us through https://{dom}/contact instead."),
        dict(subj="Away: {subj}", body="Hi! I'm at a trade show in Berlin until Thursday. I'll have limited "
             "access to email and will answer when I return.\n{name}"),
        dict(subj="Holiday closure", body="Our warehouse and pickup desk are closed for stocktaking on 7-8 "
             "December. Orders and emails will be processed from 9 December. Thanks for your patience!"),
        dict(subj="Re: {subj}", body="Hi, I'm off sick today. I'll pick up your message as soon as I can.\n{name}"),
    ],
    helpdesk=[
        dict(marker="##- Введите ответ выше этой строки -##",
             agent="{agent} (Служба заботы)\n{d} дек. 2026 г., {t} MSK",
             footer="Ваше обращение №{n}. Чтобы добавить комментарий, ответьте на это письмо.",
             history=True, hdrs=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zabota Desk 3.2")],
             subj="[#{n}] Re: {subj}", lang="ru", note="helpdesk chrome ru (marker, agent line, footer, history)"),
        dict(marker=None, agent="Оператор: {agent}",
             footer="—\nОбращение {n} · статус: ожидает вашего ответа\nОцените ответ: https://{dom}/rate/{n}",
             history=False, hdrs=[("Precedence", "bulk")], subj="Re: {subj} [{n}]", lang="ru",
             note="helpdesk chrome ru (agent line, status/rating footer), Precedence: bulk"),
        dict(marker="##- Please type your reply above this line -##",
             agent="{agent} ({dept})\nDec {d}, 2026, {t} GMT+3",
             footer="This email is a service from {company} Support.", history=True,
             hdrs=[("Auto-Submitted", "auto-generated")], subj="Re: {subj}", lang="en",
             note="helpdesk chrome en (reply-above marker, agent line, footer, history)"),
    ],
)
A["colleagues"] = [("Марина Зайцева", "Марине Зайцевой", "m.zaytseva"), ("Павел Орлов", "Павлу Орлову", "p.orlov"),
                   ("Алина Гусева", "Алине Гусевой", "a.guseva")]
A["colleagues_en"] = [("Rachel Moore", "rachel.moore"), ("Oscar Lind", "oscar.lind")]


# ================================================================ POOL B  ->  street_heldout/ (heldout)

B = dict(
    shops_ru=[("Мебельная фабрика «Кедр»", "kedr-mebel.example.ru"), ("Автозапчасти «Шрус»", "shrus-auto.example.ru"),
              ("Косметика «Ромашка-Био»", "romashka-bio.example.ru"), ("Детские товары «Карапуз»", "karapuz-shop.example.ru"),
              ("Спортпит «Протеин-24»", "protein24.example.ru"), ("Ткани «Лоскут»", "loskut-tkani.example.ru"),
              ("Сантехника «Вентиль»", "ventil-santeh.example.ru"), ("Оптика «Линза»", "linza-optika.example.ru"),
              ("Садовый центр «Грядка»", "gryadka-sad.example.ru"), ("Моторы и лодки «Весло»", "veslo-boats.example.ru"),
              ("Музыкальный магазин «Лад»", "lad-music.example.ru"), ("Ковры «Орнамент»", "ornament-kovry.example.ru"),
              ("Электроинструмент «Вольт»", "volt-instrument.example.ru"), ("Пряжа «Клубок»", "klubok-pryazha.example.ru")],
    services_ru=[("Фулфилмент «Коробка»", "korobka-ff.example.ru"), ("ОнлайнЧек", "onlinecheck.example.ru"),
                 ("СМС-Шлюз «Сигнал»", "signal-sms.example.ru"), ("Коллтрекинг «Эхо»", "eho-calltrack.example.ru"),
                 ("Юридическая фирма «Параграф»", "paragraf-law.example.ru"), ("Транспортная компания «Магистраль»", "magistral-tk.example.ru"),
                 ("Интернет-провайдер «ВолнаНет»", "volnanet.example.ru"), ("Кадровое агентство «Штат»", "shtat-hr.example.ru"),
                 ("Сервис рассрочки «Частями»", "chastyami.example.ru"), ("Переводческое бюро «Слово»", "slovo-perevod.example.ru"),
                 ("Маркетплейс-агентство «Полка24»", "polka24-agency.example.ru"), ("Типография «Оттиск»", "ottisk-print.example.ru"),
                 ("Онлайн-бухгалтерия «Сальдо»", "saldo-buh.example.ru"), ("Дата-центр «Север»", "sever-dc.example.ru")],
    shops_en=[("Oakline Furniture", "oakline-furniture.example"), ("GearShift Parts", "gearshift-parts.example"),
              ("Little Sprout Baby", "littlesprout.example"), ("FitFuel Nutrition", "fitfuel.example"),
              ("Threadbare Fabrics", "threadbare-fabrics.example")],
    services_en=[("BoxFlow Fulfilment", "boxflow.example"), ("Tillpoint", "tillpoint.example"),
                 ("SignalHub SMS", "signalhub.example"), ("EchoTrack", "echotrack.example"),
                 ("Northwind Freight", "northwind-freight.example")],
    people_ru=[("Мария Глухова", "f", "менеджер по продажам"), ("Алексей Дорофеев", "m", "руководитель клиентского отдела"),
               ("Светлана Ким", "f", "консультант"), ("Виктор Пахомов", "m", "менеджер склада"),
               ("Юлия Сафронова", "f", "ведущий менеджер"), ("Никита Белоусов", "m", "специалист поддержки"),
               ("Анна Рябинина", "f", "офис-менеджер"), ("Денис Уткин", "m", "менеджер по ключевым клиентам"),
               ("Екатерина Зуева", "f", "руководитель интернет-магазина"), ("Павел Горин", "m", "инженер продаж"),
               ("Дарья Шмелёва", "f", "менеджер по подключению"), ("Ринат Галиев", "m", "владелец"),
               ("Оксана Литвин", "f", "продавец"), ("Кирилл Мазур", "m", "менеджер отдела B2B")],
    people_en=[("Hannah Cole", "Customer Success"), ("Daniel Price", "Head of Sales"), ("Aisha Khan", "Support Specialist"),
               ("Ben Carter", "Shop Floor Lead"), ("Julia Novak", "Partnerships"), ("Ryan Fox", "Logistics Coordinator")],
    greet_ru=["Добрый день, Анатолий.", "Анатолий, приветствуем!", "Здравствуйте, Анатолий.", "Доброе утро!",
              "Здрасьте!", "Анатолий, добрый день!", "Уважаемый Анатолий, добрый день!", "Привет!"],
    greet_en=["Hey Anatoly,", "Morning Anatoly,", "Hello,", "Hi Anatoly!", "Greetings,"],
    open_ru=["Спасибо за письмо.", "Благодарю, что обратились!", "Спасибо, что выбрали нас.",
             "Хорошо, что написали заранее.", "Спасибо за ваш запрос."],
    open_en=["Thanks so much for writing in.", "Appreciate you getting in touch!", "Thanks for the question."],
    close_ru=["Отличного дня!", "Ждём ваш заказ!", "Будут вопросы — на связи.", "Всегда рады!",
              "Надеюсь, это поможет.", "Хороших выходных заранее!"],
    close_en=["Hope that answers it!", "All the best with your order!", "Any other questions, just shout."],
    vale_ru=["С уважением и наилучшими пожеланиями,", "Искренне ваш,", "До связи,", "Всего хорошего,", "Благодарим,"],
    vale_en=["Regards,", "Warmly,", "Best,", "All the best,"],
    devices_ru=["Отправлено из мобильной Яндекс Почты", "Отправлено с моего Galaxy", "Sent from Outlook для iOS"],
    devices_en=["Sent from my Android phone", "Sent from Mail for Windows"],
    disclaimer_ru=("Настоящее сообщение и вложения могут содержать сведения, составляющие коммерческую тайну. "
                   "Использование их без согласия отправителя запрещено."),
    disclaimer_en=("CONFIDENTIALITY NOTICE: the contents of this message are private. Any unauthorised use, "
                   "copying or disclosure is strictly prohibited."),
    H_ru=["Точка выдачи на Промышленной, 3 открыта до 19:00 в будни и до 16:00 в субботу.",
          "Выдаём заказы с 8 до 20 без обеда.",
          "Наш склад работает до 18.00, по воскресеньям выходной.",
          "Пункт выдачи закрывается в 21:00.",
          "работаем до 7 вечера, в 19:00 закрываемся",
          "Самовывоз круглосуточно через постамат у входа.",
          "Сегодня выдача до 17:30, у нас короткий день.",
          "Шоурум на Садовой ждёт вас с 10 до 20.",
          "Забирать можно до 22:00, но лучше позвонить заранее, чтобы собрали.",
          "ПВЗ работает пн–сб с 9 до 19.",
          "мы работаем до 19ти, в субботу до 4х"],
    O_ru=["Заказ можете оформить на сайте или прямо тут, в ответном письме.",
          "Давайте я оформлю заказ: пришлите ФИО, телефон и список позиций.",
          "Оформление займёт пять минут — я пришлю счёт на почту.",
          "Оформить заказ удобнее через сайт, кнопка «Купить в 1 клик».",
          "Заказ я уже зарезервировала бы, но не знаю, что вы хотите взять — напишите, пожалуйста.",
          "Соберу заказ и забронирую на ваше имя, оплата на месте картой или наличными.",
          "Через сайт оформление быстрее всего, а если не получится — пишите, помогу.",
          "Чтобы оформить заказ, ответьте на письмо с названием товара.",
          "оформить заказ можно у нас на сате, или напишите мне я оформлю"],
    D_ru=["Доставка сегодня есть: при заказе до 13:00 привезём вечером, 390 ₽.",
          "Сегодня доставка уже невозможна, все машины ушли. Завтра — пожалуйста.",
          "Курьер сможет приехать сегодня после 17:00.",
          "Срочная доставка в день заказа стоит 700 ₽, по области не возим.",
          "Сегодня привезём, только уточните адрес и подъезд.",
          "доставку на сегодня сделаем через такси-курьера, по счётчику",
          "В день заказа доставляем только по Екатеринбургу.",
          "Отправим сегодня СДЭКом, до вас дойдёт завтра."],
    T_ru=["Тарифы: «Лайт» — 2 000 ₽/мес, «Оптимум» — 5 500 ₽/мес, «Максимум» — 12 000 ₽/мес.",
          "Стоимость фулфилмента: приёмка 8 руб./шт., хранение 2 руб./шт. в сутки, сборка 25 руб.",
          "СМС — 2,85 ₽ за сообщение, при объёме от 50 000 в месяц — 2,10 ₽.",
          "Абонентская плата 1 490 руб. в месяц плюс 0,5% с чека.",
          "Юридическое сопровождение от 15 000 ₽ в месяц, разовая консультация 3 000 ₽.",
          "Интернет для офиса: 100 Мбит/с за 2 700 ₽, 300 Мбит/с за 4 100 ₽.",
          "Рассрочка для покупателя бесплатна, для магазина комиссия 4,5%.",
          "Перевод стандартной страницы — 650 руб., срочный — 900 руб.",
          "Печать визиток от 590 ₽ за 100 шт., листовок — от 3 ₽ за штуку.",
          "Тариф у нас один: 7% от выручки на маркетплейсах, без фиксированной оплаты."],
    C_ru=["Договор присылаем в формате PDF, подписываете и отправляете скан, оригиналы — почтой.",
          "Подписание через ЭДО Контур или на бумаге — на ваш выбор.",
          "Договор-оферта опубликован на сайте, акцепт — оплата первого счёта.",
          "Для договора пришлите ИНН, остальное заполним сами.",
          "Приезжайте в офис с печатью, подпишем договор за 15 минут.",
          "Договор заключаем после короткой проверки вашей компании службой безопасности.",
          "договор типовой, можем внести ваши правки",
          "Сначала заявка на подключение, затем договор в личном кабинете, потом акт.",
          "договор высылаем на почту, подписываете и обратно 😉"],
    U_ru=["Всё займёт около 3 рабочих дней.",
          "По времени — 2–4 рабочих дня.",
          "Подключаем за 1 рабочий день.",
          "Срок запуска — 10 рабочих дней, из них 5 уходит на интеграцию.",
          "С момента оплаты — 2 рабочих дня.",
          "Обычно мы укладываемся в 5 рабочих дней.",
          "Займёт неделю, то есть 5 рабочих дней.",
          "Оформим всё за 3 рабочих дня, если не будет вопросов по документам."],
    H_en=["The showroom desk hands out orders until 7 pm.", "Collection is 8 am to 8 pm every day.",
          "Our warehouse counter shuts at 6 today.", "Pickup runs round the clock via the parcel locker."],
    O_en=["Just reply with what you need and I'll create the order myself.",
          "Ordering online is quickest: add to cart and pick “Collect”.",
          "I can reserve the items under your name if you give me a phone number.",
          "Drop me the product links and I'll send an invoice."],
    D_en=["We can get it to you today if you order before 1 pm.",
          "Same-day delivery is sold out for today, I'm afraid.",
          "A courier can bring it this evening for 390 ₽.",
          "Today works, the driver will call 30 minutes ahead."],
    T_en=["Plans are 2,000 ₽, 5,500 ₽ and 12,000 ₽ a month.",
          "It's 2.85 ₽ per SMS, dropping to 2.10 ₽ at volume.",
          "We charge a flat 1,490 ₽ monthly plus 0.5% per receipt.",
          "Storage is 2 ₽ per unit per day and picking is 25 ₽ per order."],
    C_en=["Contracts are signed via EDI (Kontur) or on paper.", "The contract is a public offer; paying the first "
          "invoice accepts it.", "Send us your tax ID and we'll prepare the contract.",
          "You'll get the contract in your account after approval."],
    U_en=["Total time is around 3 business days.", "Usually 2-4 business days.",
          "We go live within 1 business day.", "Plan for 5 business days."],
)

B.update(
    curt_ru={"shops": ["До 19. Привезём вечером.", "до 21:00, оформлю сама, доставка завтра", "Да, сегодня. До 18."],
             "services": ["2 000 ₽, договор PDF, 3 рабочих дня.", "1 490 руб./мес, оферта, 1 рабочий день."]},
    curt_en={"shops": ["Till 7. Courier tonight, yes."], "services": ["2.85 ₽/SMS, EDI contract, 2 business days."]},
    special_ru=[
        ("shops", "Пишу с больничного, но раз уж увидела письмо — отвечаю. Выдача на Промышленной до 19:00, заказ "
                  "оформлю, как поправлюсь, а доставку сегодня сделает мой коллега Виктор, если напишете адрес."),
        ("services", "Ваше обращение зафиксировал под номером 2231, но отвечу сразу. Тарифы 2 000 / 5 500 / "
                     "12 000 ₽ в месяц, договор через ЭДО, на всё около 3 рабочих дней."),
        ("services", "Приняла, посмотрю и отпишусь до обеда."),
        ("shops", "Ооо, успеваете! 😊 До 20:00 ждём, а заказ давайте оформлю я — какой размер коляски нужен?"),
        ("services", "Отвечаю по пунктам.\n— Цена: 7% от выручки.\n— Договор: типовой, правки обсуждаем.\n"
                     "— Срок: 5 рабочих дней.\nПодробнее и с примерами — https://polka24-agency.example.ru/usloviya, "
                     "а если удобнее голосом, звоните +7 (343) 288-14-90."),
        ("shops", "Работаем сегодня до 18, в выходные тоже. Оформить заказ могу я, но быстрее через сайт. "
                  "Наш номер на всякий случай: 8 (343) 311-02-02. Доставка сегодня — да, после 17:00."),
    ],
    special_en=[
        ("shops", "I'm technically on holiday but saw this pop up - we're open till 7 tonight and I've asked Ben "
                  "to hold a trolley for you. Same-day delivery is possible before 1 pm."),
        ("services", "Quick one from me: 2.85 ₽ per SMS, the contract goes through Kontur EDI, and it takes about "
                     "2 business days. Full price list: https://signalhub.example/pricing"),
    ],
    inline_ru={"shops": ["До 19:00, в субботу до 16.", "Пришлите список, оформим.", "Да, курьер после 17."],
               "services": ["2 000 / 5 500 / 12 000 ₽ в месяц.", "Через Контур или на бумаге.", "Около 3 рабочих дней."]},
    inline_en={"shops": ["Till 7 pm weekdays.", "Yes, reply with the items.", "Today after 5 pm."],
               "services": ["1,490 ₽ monthly + 0.5%.", "Public offer.", "2-4 business days."]},
    redirect_ru=[
        ("shops", "Анатолий, приветствуем! Увы, по почте заказы не принимаем — только через корзину на сайте "
                  "kedr-mebel.example.ru или по звонку в шоурум. Там же подскажут про самовывоз."),
        ("shops", "Добрый день. Для заказа с самовывозом напишите нам, пожалуйста, в Viber или WhatsApp по номеру "
                  "+7 912 404-55-31. Этот ящик для претензий."),
        ("shops", "Вопросы по наличию и доставке решает наш call-центр: 8 800 222-45-45, звонок бесплатный, "
                  "работает с 8 до 22."),
        ("shops", "Мы работаем через Wildberries, ищите нас по запросу «Ромашка-Био», там есть и доставка, и "
                  "пункты выдачи."),
        ("shops", "Спасибо за интерес к нашим коляскам! Продажа только через официальных дилеров, список на "
                  "странице https://karapuz-shop.example.ru/dilery"),
        ("shops", "Приветствую. Это служебный адрес, его никто не читает, кроме меня :) Напишите в наш чат в "
                  "Телеграме t.me/protein24_bot, там дежурят продавцы."),
        ("shops", "Ваше письмо передано в розничный отдел, оттуда вам перезвонят."),
        ("shops", "Обратитесь, пожалуйста, в ближайший магазин сети, адреса есть на сайте. Почтой мы не "
                  "консультируем."),
        ("shops", "8-343-311-02-02 звоните"),
        ("shops", "Наш магазин работает давно и дорожит каждым покупателем. Чтобы вам помогли быстрее, "
                  "воспользуйтесь формой заказа на сайте — менеджер перезвонит в течение 15 минут."),
        ("shops", "Для розничных покупателей у нас сообщество ВКонтакте vk.com/kovry_ornament, пишите туда в "
                  "личные сообщения."),
        ("services", "По стоимости подготовим индивидуальное предложение. Оставьте, пожалуйста, номер — "
                     "с вами свяжется персональный менеджер."),
        ("services", "Добрый день! Вопросы подключения ведёт отдел продаж, адрес для писем: "
                     "b2b@korobka-ff.example.ru. Переслал им и ваше письмо."),
        ("services", "Уважаемый Анатолий, благодарим за обращение. Расчёт стоимости и проект договора "
                     "формируются в личном кабинете после регистрации: https://lk.onlinecheck.example.ru"),
        ("services", "Привет! Этим занимается наш региональный представитель в вашем городе, вот его контакты: "
                     "Сергей, +7 (846) 270-11-22."),
        ("services", "Мы не даём консультаций по почте. Позвоните, пожалуйста, на горячую линию 8 800 505-06-07."),
        ("services", "Рекомендую записаться на бесплатную онлайн-встречу с нашим экспертом, там разберём и "
                     "тарифы, и документы: https://eho-calltrack.example.ru/vstrecha"),
        ("services", "Запрос принял, но это не ко мне — переадресую коллегам из коммерческой службы, они "
                     "свяжутся."),
    ],
    redirect_en=[
        ("shops", "Thanks for thinking of us! We don't take orders over email — please call the store on "
                  "+7 343 311-40-40 and they'll help with pickup."),
        ("shops", "Hi! Our shop lives on Ozon now: https://www.ozon.example/seller/gearshift-parts"),
        ("shops", "Best way to reach the order desk is Telegram, @littlesprout_orders. We check it all day."),
        ("services", "Pricing is tailored per client, so one of our account managers will reach out to you."),
        ("services", "Could you fill in the request form at https://boxflow.example/get-started? Sales will take "
                     "it from there."),
        ("services", "Hello, I've forwarded this to our commercial team, they'll be in touch."),
        ("services", "Please contact our reseller for your region, Volga Systems, at sales@volga-sys.example."),
    ],
)

B.update(
    ack_ru=[
        dict(subj="Re: {subj} [Тикет #{n}]", body="Добрый день!\n\nМы зарегистрировали ваш запрос. Номер тикета: "
             "#{n}.\nСотрудник поддержки возьмёт его в работу в течение 30 минут в рабочее время (пн–пт, "
             "9:00–18:00 МСК).\n\nОтветить можно на это письмо, тема должна остаться без изменений."),
        dict(subj="Обращение № {n} зарегистрировано", body="Здравствуйте!\n\nВаше сообщение зарегистрировано в "
             "системе обработки обращений {company} под № {n}.\nПлановый срок ответа — 1 рабочий день.\n\n"
             "Письмо создано автоматически.", fmt="html"),
        dict(subj="Мы на связи! Заявка {n}", body="Анатолий, спасибо за заявку! 🙌\n\nОна уже в очереди под "
             "номером {n}. Сейчас в очереди 4 обращения, ориентировочное время ожидания — 25 минут.\n\n"
             "Команда {company}", fmt="alt"),
        dict(subj="Поступило новое обращение", body="Уважаемый клиент!\n\nПодтверждаем получение вашего письма.\n"
             "Входящий номер: {n}-К\nДата регистрации: 07.12.2026\n\nОтвет будет направлен в срок не более "
             "5 рабочих дней."),
        dict(subj="[{n}] {subj} — получено", body="Ваше письмо получено, спасибо.\n\nНомер: {n}\nОбычно "
             "отвечаем в течение 1–2 часов. В выходные и праздники — со следующего рабочего дня.\n\nБаза знаний: "
             "https://{dom}/help"),
        dict(subj="Re: {subj}", body="Добрый день!\n\nВаше обращение принято и передано менеджеру. Он свяжется с "
             "вами в ближайшее время.\n\nНомер обращения: {n}\nЧасы работы: пн–сб 9:00–20:00\nТелефон: "
             "8 800 222-45-45\n\nЭто автоматическое сообщение, отвечать на него не требуется.", fmt="html"),
        dict(subj="Новая заявка #{n}", body="Здравствуйте.\n\nПо вашему письму создана заявка #{n}.\n"
             "Ссылка на заявку: https://{dom}/tickets/{n}\n\nСпасибо, что выбрали {company}."),
        dict(subj="Заявка зарегистрирована (№{n})", body="Здравствуйте, Анатолий!\n\nСпасибо за ваше обращение. "
             "Оно зарегистрировано под номером {n} и будет рассмотрено в течение 24 часов.\n\nЕсли хотите "
             "дополнить вопрос, просто ответьте на это письмо.\n\nС уважением,\nотдел обслуживания клиентов"),
        dict(subj="Подтверждение получения письма", body="Настоящим подтверждаем, что ваше письмо от 07.12.2026 "
             "10:14 «{subj}» получено и зарегистрировано (рег. № {n}).\n\nТекст письма:\n{q}", quote=True),
        dict(subj="Ваш вопрос принят в работу", body="Привет!\n\nЭто робот {company} 🤖 Ваш вопрос записан (номер "
             "{n}), живой специалист ответит с 9 до 21 по Екатеринбургу.\n\nЧастые вопросы: https://{dom}/faq",
             fmt="alt"),
        dict(subj="RE: {subj} ## {n} ##", body="Ваш запрос зарегистрирован.\n\nЗапрос: ## {n} ##\nКатегория: "
             "Продажи\nОтветственный: будет назначен\n\nПри ответе сохраните номер запроса в теме."),
        dict(subj="Спасибо! Письмо получено", body="Доброго времени суток!\n\nВаше письмо получено магазином "
             "{company} и ждёт обработки. Время ответа — до 3 часов в рабочее время.\nНомер вашего обращения: {n}."),
        dict(subj="{company}: обращение {n}", body="Обращение {n} принято.\nСреднее время ответа сегодня: 1 ч 10 мин.\n"
             "Режим работы поддержки: ежедневно 8:00–23:00.", fmt="html"),
        dict(subj="Re: {subj} (Заявка {n})", body="Благодарим за обращение!\n\nВаша заявка {n} передана "
             "специалисту. Ожидайте ответа в течение 2 рабочих дней.\n\nПожалуйста, не создавайте повторных "
             "обращений по этому вопросу."),
    ],
    ack_en=[
        dict(subj="Re: {subj} [Request ID #{n}]", body="Hello,\n\nWe've got your request and it's been assigned ID "
             "#{n}. One of our specialists will respond within 24 hours.\n\nKnowledge base: https://{dom}/kb"),
        dict(subj="Your message to {company} ({n})", body="Thanks for writing to {company}.\n\nYour message was "
             "received and logged as {n}. Our support hours are 8 am – 8 pm (Yekaterinburg time), every day.",
             fmt="html"),
        dict(subj="Confirmation: case #{n}", body="Dear customer,\n\nWe confirm that case #{n} has been created.\n"
             "Expected response: within 2 business days.\n\nThis message was generated automatically."),
        dict(subj="Ticket #{n} created", body="Hi!\n\nTicket #{n} has been created from your email. You are "
             "number 3 in the queue.\n\nTrack it at https://{dom}/t/{n}", fmt="alt"),
        dict(subj="Thank you for contacting us", body="Hello,\n\nThank you for contacting {company}. This is an "
             "automated confirmation that we have received your message (ref. {n}). A representative will reply "
             "as soon as possible.\n\nPhone: +7 343 311-40-40"),
        dict(subj="[{n}] Received: {subj}", body="We've received your email and opened request {n}.\n\nWhat you "
             "sent us:\n> {q}\n\nWe'll reply within one business day.", quote=True),
    ],
)

B.update(
    auto_ru=[
        dict(subj="Отпуск: {subj}", body="Добрый день!\n\nС 1 по 18 декабря я нахожусь в ежегодном отпуске. Ваше "
             "письмо будет прочитано после моего возвращения. Срочно — {col}, {colmail}.\n\n{name}"),
        dict(subj="Re: {subj}", body="Вы написали нам в нерабочее время. Магазин отвечает на письма с 9:00 до 17:00 "
             "по владивостокскому времени, ответ придёт утром.", tz=10),
        dict(subj="Нахожусь в командировке", body="Здравствуйте! До 11 декабря я в командировке, доступ к почте "
             "ограничен. Постараюсь ответить по возвращении.\n\n{name}\n{company}"),
        dict(subj="Re: {subj}", body="Уважаемые покупатели! 7 декабря проводится плановая инвентаризация. Склад "
             "и точка выдачи не работают. Письма обработаем 8 декабря. Спасибо!"),
        dict(subj="Сотрудник уволился", body="Добрый день! Этот сотрудник больше не работает в {company}. "
             "Пожалуйста, направляйте письма на общий адрес {colmail}."),
        dict(subj="Автоответ", body="Почтовый ящик не проверяется. Ответ не будет получен. Воспользуйтесь "
             "формой на сайте https://{dom}/feedback"),
        dict(subj="Автоматический ответ: {subj}", body="Я на больничном. Вернусь, как только смогу. По рабочим "
             "вопросам — к {col_dat}: {colmail}."),
        dict(subj="Re: {subj}", body="Здравствуйте! Наш офис закрыт до 9 декабря в связи с техническими "
             "работами в здании. Все обращения будут рассмотрены после открытия.\n\nАдминистрация"),
        dict(subj="Автоответ: {subj}", body="Доброго дня! Письмо получено в выходной день. Наш рабочий график: "
             "вторник–суббота, с 10 до 19. Ответим в ближайший рабочий день."),
        dict(subj="Уехала на выставку", body="До 10.12 я на выставке «Мебель-2026» в Москве, стенд B14. Почту "
             "смотрю вечером, не каждый день.\n{name}"),
        dict(subj="Смена адреса", body="Обратите внимание: адрес {mail} устарел и скоро будет отключён. Пишите "
             "нам на {colmail}. Это письмо отправлено автоматически."),
        dict(subj="Re: {subj}", body="Здравствуйте. Я в отпуске по уходу за ребёнком. Мои задачи переданы "
             "{col_dat}, её адрес {colmail}.\n{name}"),
        dict(subj="Не на связи", body="Не на связи до 9-го."),
        dict(subj="Автоответ: {subj}", body="Спасибо за сообщение! С 6 по 8 декабря у нас обучение персонала, "
             "поэтому ответы задерживаются. С 9 декабря отвечаем как обычно, с 9 до 18."),
        dict(subj="Re: {subj}", body="Добрый день! Мы перешли на новую систему обработки заказов. Этот адрес "
             "больше не принимает письма. Актуальная почта: {colmail}"),
        dict(subj="{company} закрыт", body="Дорогие клиенты! Наша компания прекратила деятельность 30 ноября "
             "2026 года. Спасибо, что были с нами."),
        dict(subj="Автоответ: нахожусь вне офиса", body="Здравствуйте!\nСейчас я вне офиса на встрече с клиентом "
             "и вернусь к 17:00. Отвечу на ваше письмо после возвращения.\n\nС уважением,\n{name}"),
    ],
    auto_en=[
        dict(subj="Out of office: {subj}", body="Hi, thanks for your email. I'm on vacation until December 18 "
             "and won't be checking mail. For anything urgent, {col} ({colmail}) can help.\n\n{name}"),
        dict(subj="Re: {subj}", body="You've reached us outside our working hours (9 am - 5 pm Vladivostok "
             "time). We'll read your message first thing tomorrow.", tz=10),
        dict(subj="Automatic reply: {subj}", body="I'm currently on parental leave. Please direct all questions "
             "to {colmail}."),
        dict(subj="Re: {subj}", body="This mailbox is no longer in use. Please update your records and write to "
             "{colmail}."),
        dict(subj="Auto-reply", body="Back on the 10th."),
        dict(subj="Office closed", body="Our office is closed on 7 December for a company day off. We will "
             "respond to all messages on 8 December."),
        dict(subj="Re: {subj}", body="Hello! {name} has moved on from {company}. Your message will not be "
             "forwarded. Contact {col} at {colmail} instead."),
        dict(subj="Away from desk", body="I'm at a conference until Wednesday with patchy Wi-Fi. Expect a delay in "
             "my replies.\n{name}"),
    ],
    helpdesk=[
        dict(marker="— Пишите ответ над этой чертой —", agent="{agent} ответил(а) {dd}.12.2026 в {t}",
             footer="Номер заявки: {n}\nПосмотреть историю: https://{dom}/desk/{n}", history=True,
             hdrs=[("Auto-Submitted", "auto-generated"), ("X-Helpdesk", "Tochka-Desk")],
             subj="Re: {subj} #{n}", lang="ru", note="helpdesk chrome ru (marker, agent line, footer, history)"),
        dict(marker=None, agent="Специалист: {agent}",
             footer="Заявка #{n} закрыта. Если вопрос остался, ответьте на письмо — заявка откроется снова.",
             history=False, hdrs=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")],
             subj="[{n}] {subj}", lang="ru", note="helpdesk chrome ru (agent line, status footer), Precedence: bulk"),
        dict(marker="-- Reply above this line to add a comment --", agent="{agent} replied, Dec {d}, {t}",
             footer="Request #{n} · {company} Help Center", history=True,
             hdrs=[("Precedence", "bulk")], subj="[{company}] Re: {subj}", lang="en",
             note="helpdesk chrome en (reply-above marker, agent line, footer, history), Precedence: bulk"),
    ],
)
B["colleagues"] = [("Ирина Соколова", "Ирине Соколовой", "i.sokolova"), ("Олег Титов", "Олегу Титову", "o.titov"),
                   ("Вероника Лебедь", "Веронике Лебедь", "v.lebed")]
B["colleagues_en"] = [("Chloe Grant", "chloe.grant"), ("Felix Ward", "felix.ward")]


# ---------------------------------------------------------------- bounces of each pool

A["bounces"] = [
    dict(lang="ru", std=True, mta="mx1.{dom}", frm="MAILER-DAEMON@mx1.{dom}", name="Mail Delivery System",
         subj="Недоставленное сообщение", status="5.1.1", returned="headers",
         diag="smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
         text="Это сообщение сгенерировано автоматически почтовым сервером mx1.{dom}.\n\nК сожалению, ваше "
              "письмо не может быть доставлено одному или нескольким получателям. Ниже приведена техническая "
              "информация.\n\n<{rcpt}>: адрес получателя не существует", note="Postfix-like DSN, Russian template, user unknown"),
    dict(lang="ru", std=True, mta="EXCH01.corp.{dom}", frm="postmaster@{dom}", name="Microsoft Outlook",
         subj="Не удается доставить: {subj}", status="5.1.10", returned="full",
         diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         text="Не удалось доставить сообщение следующим получателям или группам:\n\n{rcpt}\nАдрес электронной "
              "почты, на который вы отправили сообщение, не найден. Проверьте адрес получателя и попробуйте "
              "отправить сообщение еще раз.", note="Exchange-like DSN in Russian, recipient not found"),
    dict(lang="ru", std=False, frm="mailer-daemon@mxs.{dom}", name="Почтовая служба",
         subj="Письмо не доставлено", text="Это письмо отправлено автоматически системой доставки почты.\n\n"
         "Ваше сообщение не было доставлено по адресу:\n{rcpt}\n\nПричина: такого почтового ящика нет.\n\n"
         "Проверьте, правильно ли указан адрес, и отправьте письмо ещё раз.\n\n===== Исходное сообщение =====\n",
         inline=True, note="non-standard, Yandex-like plain text notice with the message inline"),
    dict(lang="ru", std=False, frm="postmaster@mail.hostpark.example.ru", name="Хостинг HostPark",
         subj="Ошибка доставки почты", text="Уважаемый отправитель!\n\nВаше письмо на адрес {rcpt} не доставлено: "
         "почтовый ящик получателя заблокирован в связи с неоплатой услуг хостинга.\n\nДоставка не будет "
         "повторяться.\n\n-- \nАвтоматическое уведомление хостинга HostPark", note="non-standard Russian hosting notice (non-payment)"),
    dict(lang="ru", std=True, mta="mail.{dom}", frm="MAILER-DAEMON@mail.{dom}", name="Kerio Connect",
         subj="Уведомление о недоставке: {subj}", status="5.2.2", returned="full",
         diag="smtp; 552 5.2.2 Mailbox quota exceeded",
         text="Ваше сообщение не было доставлено следующему получателю:\n\n  {rcpt}: ящик получателя "
              "переполнен, превышена квота.\n\nСообщение отклонено окончательно.", note="Kerio-like DSN in Russian, quota (permanent)"),
    dict(lang="ru", std=False, frm="Mail Delivery System <Mailer-Daemon@srv4.{dom}>", name=None,
         subj="Ошибка доставки почты: возвращено отправителю", text="Это сообщение создано автоматически "
         "программой доставки почты.\n\nНе удалось доставить сообщение одному или нескольким адресатам. Это "
         "постоянная ошибка. Не удалось доставить по адресам:\n\n  {rcpt}\n    SMTP error from remote mail "
         "server after RCPT TO:<{rcpt}>:\n    550 Нет такого пользователя\n\n------ This is a copy of the message, "
         "including all the headers. ------\n", inline=True, note="non-standard Exim with a Russian template"),
    dict(lang="ru", std=False, frm="mailer-daemon@notify.{dom}", name="Служба доставки",
         subj="Ваше сообщение не доставлено", text="Здравствуйте!\n\nВаше сообщение не доставлено получателю "
         "{rcpt}.\nАдрес не существует или был отключён.\n\nИсходное письмо во вложении.", attach=True,
         note="non-standard, Mail.ru-like notice, message attached as message/rfc822"),
    dict(lang="en", std=True, mta="mx.{dom}", frm="MAILER-DAEMON@mx.{dom}", name="Mail Delivery System",
         subj="Undelivered Mail Returned to Sender", status="5.1.1", returned="full",
         diag="smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table",
         text="This is the mail system at host mx.{dom}.\n\nI'm sorry to have to inform you that your message "
              "could not be delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
              "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can "
              "delete your own text from the attached returned message.\n\n                   The mail system\n\n"
              "<{rcpt}>: host mx.{dom}[203.0.113.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
         note="Postfix DSN, user unknown"),
    dict(lang="en", std=False, frm="MAILER-DAEMON@mail.{dom}", name=None, subj="failure notice",
         text="Hi. This is the qmail-send program at mail.{dom}.\nI'm afraid I wasn't able to deliver your message "
              "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
              "<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the "
              "message.\n", inline=True, note="non-standard qmail failure notice"),
    dict(lang="en", std=True, mta="relay.{dom}", frm="Mail Delivery Subsystem <MAILER-DAEMON@relay.{dom}>", name=None,
         subj="Returned mail: see transcript for details", status="5.1.1", returned="headers",
         diag="smtp; 550 5.1.1 <{rcpt}>... User unknown",
         text="The original message was received at Mon, 7 Dec 2026 10:14:06 +0300\nfrom mx.shopper.example "
              "[198.51.100.7]\n\n   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n"
              "    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n... while "
              "talking to mailhost.{dom}.:\n>>> RCPT To:<{rcpt}>\n<<< 550 5.1.1 <{rcpt}>... User unknown",
         note="Sendmail DSN with transcript"),
]

B["bounces"] = [
    dict(lang="ru", std=True, mta="MBX2.office.{dom}", frm="postmaster@{dom}", name="Администратор почты",
         subj="Сообщение не доставлено: {subj}", status="5.1.1", returned="headers",
         diag="smtp; 550 5.1.1 User unknown",
         text="Ваше сообщение не удалось доставить.\n\nПолучатель {rcpt} не существует в организации "
              "{dom}.\n\nСообщение создано сервером MBX2.office.{dom}.", note="Exchange-like DSN, second Russian wording"),
    dict(lang="ru", std=True, mta="smtp.{dom}", frm="MAILER-DAEMON@smtp.{dom}", name="Почтовый сервер",
         subj="Письмо возвращено отправителю", status="4.4.1", returned="full", timeout=True,
         diag="X-Postfix; connect to mx.{dom}[203.0.113.90]:25: Connection timed out",
         text="Это сообщение сформировано почтовым сервером smtp.{dom}.\n\nПисьмо не доставлено: истёк срок "
              "доставки (5 суток). Сервер получателя не отвечает, попытки доставки прекращены.\n\n<{rcpt}>: "
              "connect to mx.{dom}[203.0.113.90]:25: Connection timed out",
         note="Postfix-like DSN in Russian, timed out after 5 days (Action: failed)"),
    dict(lang="ru", std=False, frm="mailer-daemon@mx3.{dom}", name="Почтовая система",
         subj="Сообщение не было доставлено", text="Сообщение не было доставлено.\n\nАдрес получателя: {rcpt}\n"
         "Ответ сервера: 550 адрес получателя не существует\n\nКопия сообщения:\n", inline=True,
         note="non-standard Rambler-like notice, copy inline"),
    dict(lang="ru", std=False, frm="security-gw@{dom}", name="Шлюз безопасности",
         subj="Письмо отклонено", text="Шлюз безопасности почты {dom} отклонил ваше письмо.\n\nПолучатель: "
         "{rcpt}\nПричина: домен отправителя не входит в список разрешённых (политика 554 5.7.1).\n\nПисьмо не "
         "будет доставлено. По вопросам обращайтесь к администратору получателя.",
         note="non-standard corporate gateway policy rejection"),
    dict(lang="ru", std=False, frm="robot@mailhost.sibhost.example.ru", name="Сибхост",
         subj="Недоставленное письмо", text="Здравствуйте.\n\nПочта для домена {dom} не обслуживается: срок "
         "оплаты услуги истёк, почтовый сервис отключён.\nВаше письмо адресату {rcpt} не доставлено и "
         "удалено.\n\nСибхост, служба уведомлений", note="non-standard Russian hosting notice (domain disabled)"),
    dict(lang="ru", std=False, frm="zakaz-owner@lists.{dom}", name="Список рассылки zakaz",
         subj="Ваше сообщение в список zakaz отклонено", text="Ваше сообщение в список рассылки "
         "{rcpt} было отклонено по следующей причине:\n\n  Публиковать сообщения в этом списке могут только "
         "его участники.\n\nЕсли вы считаете, что это ошибка, свяжитесь с владельцем списка.", attach=True,
         note="non-standard Mailman-like list rejection in Russian, message attached"),
    dict(lang="ru", std=True, mta="mail.{dom}", frm="MDaemon@mail.{dom}", name="MDaemon",
         subj="Ошибка доставки: {subj}", status="5.2.2", returned="full",
         diag="smtp; 552 5.2.2 Mailbox full",
         text="Уведомление о доставке сообщения.\n\nСообщение для {rcpt} не может быть доставлено: почтовый ящик "
              "получателя переполнен. Попыток доставки больше не будет.", note="MDaemon-like DSN in Russian, mailbox full"),
    dict(lang="en", std=False, frm="Mail Delivery System <Mailer-Daemon@out2.{dom}>", name=None,
         subj="Mail delivery failed: returning message to sender",
         text="This message was created automatically by mail delivery software.\n\nA message that you sent "
              "could not be delivered to one or more of its recipients. This is a permanent error. The "
              "following address(es) failed:\n\n  {rcpt}\n    host mx.{dom} [203.0.113.41]\n    SMTP error from "
              "remote mail server after end of data:\n    550 5.7.1 Message rejected as spam by content filter\n\n"
              "------ This is a copy of the message, including all the headers. ------\n", inline=True,
         note="non-standard Exim spam rejection"),
    dict(lang="en", std=True, mta="AM0PR09MB4411.eurprd09.prod.example", frm="postmaster@{dom}",
         name="Microsoft Outlook", subj="Undeliverable: {subj}", status="5.1.10", returned="full",
         diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         text="Your message to {rcpt} couldn't be delivered.\n{rcpt_local} wasn't found at {dom}.\n\nAction "
              "Required\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.",
         note="Exchange Online-like DSN"),
    dict(lang="en", std=True, mta="mx2.{dom}", frm="MAILER-DAEMON@mx2.{dom}", name="Mail Delivery System",
         subj="Undelivered Mail Returned to Sender", status="5.2.2", returned="headers",
         diag="smtp; 552 5.2.2 <{rcpt}>: Recipient mailbox full",
         text="This is the mail system at host mx2.{dom}.\n\nYour message could not be delivered to one or more "
              "recipients: the recipient's mailbox is full and will not accept new mail.\n\n<{rcpt}>: 552 5.2.2 "
              "Mailbox full", note="Postfix DSN, mailbox full (permanent)"),
]
A.update(team_ru="Команда «%s»", team_en="The %s team", card_ru=("Моб.:", "WhatsApp / Telegram:", "E-mail:", "Сайт:"),
         card_en=("Mobile:", "WhatsApp:", "Email:", "Web:"))
B.update(team_ru="Всегда ваш, «%s»", team_en="%s Customer Team", card_ru=("Тел.:", "Viber:", "Почта:", "www:"),
         card_en=("M:", "Signal:", "E:", "W:"))
POOLS = {"A": A, "B": B}


# ---------------------------------------------------------------- builders

TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
               "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))


def translit(s):
    return "".join(TR.get(c, c) for c in s.lower())


def mailbox_of(fullname):
    parts = fullname.split()
    if any("а" <= c <= "я" for c in fullname.lower()):
        return translit(parts[0])[0] + "." + translit(parts[-1])
    return parts[0].lower() + "." + parts[-1].lower()


class Cycle:
    """Take items of a list in a shuffled order, starting again when used up."""

    def __init__(self, items, rnd):
        self.items, self.rnd, self.queue = list(items), rnd, []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rnd.shuffle(self.queue)
        return self.queue.pop()


class Msg:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def probe_id(dom):
    return "<%s.%s@shopper.example>" % (PROBE_TIME.strftime("%Y%m%d%H%M%S"), hashlib.sha1(dom.encode()).hexdigest()[:10])


CLIENT_HDR = {
    "outlook_ru": ("X-Mailer", "Microsoft Outlook 16.0"), "outlook_en": ("X-Mailer", "Microsoft Outlook 16.0"),
    "orig_ru": ("X-Mailer", "Microsoft Office Outlook 12.0"), "orig_en": ("X-Mailer", "Microsoft Outlook 15.0"),
    "apple_ru": ("X-Mailer", "iPhone Mail (21B101)"), "apple_en": ("X-Mailer", "Apple Mail (2.3774.200.91.1.1)"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.5.0"),
    "thunderbird_en": ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.5.2"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.5"), "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119)"),
    "k9": ("User-Agent", "K-9 Mail for Android"), "bat": ("X-Mailer", "The Bat! (v10.4.2) Professional"),
    "mailru": ("X-Mailer", "Mail.ru Mailer 1.0"), "android_en": ("User-Agent", "Android"),
}


def signature(P, person, lang, company, dom, rnd, style):
    """Signature blocks (never part of the label)."""
    if lang == "ru":
        name, _, pos = person
        first = name.split()[0]
        vale = rnd.choice(P["vale_ru"])
    else:
        name, pos = person
        first = name.split()[0]
        vale = rnd.choice(P["vale_en"])
    phone = "+7 (%03d) %03d-%02d-%02d" % (rnd.choice([495, 812, 343, 383, 846]), rnd.randrange(200, 999),
                                          rnd.randrange(10, 99), rnd.randrange(10, 99))
    site = "https://" + dom
    if style == "full":
        return [("sig", "%s\n%s\n%s\n%s\n%s\n%s" % (vale, name, pos, company, phone, site))]
    if style == "vale":
        return [("sig", "%s\n%s" % (vale, name))]
    if style == "dash":
        return [("sigdash", "%s | %s\n%s" % (name, company, phone))]
    if style == "lone":
        return [("sig", first)]
    if style == "lonepos":
        return [("sig", "%s\n%s, %s" % (name, pos, company))]
    short = company.split("«")[-1].rstrip("»")
    if style == "team":
        return [("sig", "%s\n%s" % (vale, P["team_" + lang] % short))]
    if style == "card":
        c = P["card_" + lang]
        return [("sig", "%s\n%s\n%s %s\n%s %s\n%s %s@%s\n%s %s" % (vale, name, c[0], phone, c[1], phone, c[2],
                                                                mailbox_of(name), dom, c[3], site))]
    return []


SIG_STYLES = ["full", "vale", "dash", "lone", "lonepos", "team", "card", "vale", "full"]


class PoolGen:
    def __init__(self, key, split):
        self.key, self.split, self.P = key, split, POOLS[key]
        self.rnd = random.Random("street-" + key)
        r = self.rnd
        P = self.P
        self.cyc = {k: Cycle(P[k], r) for k in ("H_ru", "O_ru", "D_ru", "T_ru", "C_ru", "U_ru", "H_en", "O_en",
                                                  "D_en", "T_en", "C_en", "U_en", "greet_ru", "greet_en", "open_ru",
                                                  "open_en", "close_ru", "close_en", "people_ru", "people_en",
                                                  "shops_ru", "services_ru", "shops_en", "services_en",
                                                  "devices_ru", "devices_en")}
        self.cyc["clients_ru"] = Cycle(RU_CLIENTS, r)
        self.cyc["clients_en"] = Cycle(EN_CLIENTS, r)
        self.cyc["sig"] = Cycle(SIG_STYLES, r)
        self.msgs = []
        self.numbers = set()

    # -- helpers
    def company(self, lang, seg):
        return self.cyc["%s_%s" % (seg, lang)].next()

    def number(self, width=5):
        while True:
            n = self.rnd.randrange(10 ** (width - 1), 10 ** width)
            if n not in self.numbers:
                self.numbers.add(n)
                return n

    def form(self, text_all, lang, allow_html=True, prefer=None):
        """Pick format, charset and transfer encoding."""
        r = self.rnd
        fmt = prefer or r.choice(["plain", "plain", "plain", "alt", "alt", "html"] if allow_html else ["plain"])
        ascii_only = all(ord(c) < 128 for c in unmark(text_all))
        if lang == "ru" and r.random() < 0.3:
            cs = r.choice(["koi8-r", "windows-1251"])
            if not fits(text_all, cs):
                cs = "utf-8"
        else:
            cs = "utf-8"
        if ascii_only and r.random() < 0.6:
            cte = "7bit"
            cs = "us-ascii" if r.random() < 0.5 else cs
        else:
            cte = r.choice(["8bit", "quoted-printable", "base64"])
        return fmt, cs, cte

    def greet(self, lang):
        return self.cyc["greet_" + lang].next()

    def answer_lines(self, lang, seg, n_points, layout):
        keys = ("H", "O", "D") if seg == "shops" else ("T", "C", "U")
        pick = sorted(self.rnd.sample(range(3), n_points))
        frags = [self.cyc["%s_%s" % (keys[i], lang)].next() for i in pick]
        if layout == "para":
            return [" ".join(frags)]
        if layout == "lines":
            return frags
        if layout == "numbered":
            return ["%d. %s" % (i + 1, f[0].upper() + f[1:]) for i, f in enumerate(frags)]
        if layout == "bullets":
            return ["- %s" % f for f in frags] if lang == "en" else ["• %s" % f for f in frags]
        return frags  # paragraphs: handled by the caller

    def add(self, **kw):
        self.msgs.append(Msg(**kw))


def person_line(person, lang):
    return person[0]


def render(blocks, fmt, cs, cte, flavour, rnd):
    """A MIME node for the blocks; marks removed."""
    plain = unmark(plain_of(blocks))
    if fmt == "plain":
        return leaf("text/plain", plain, cs, cte, "; format=flowed" if rnd.random() < 0.1 and cs == "utf-8" else "")
    h = unmark(html_of(blocks, flavour)).replace("{cs}", cs)
    hcte = cte if cte != "7bit" else "quoted-printable"
    if fmt == "html":
        return leaf("text/html", h, cs, hcte)
    return multipart("alternative", [leaf("text/plain", plain, cs, cte), leaf("text/html", h, cs, hcte)], rnd)


def trace(rnd, sender, to, host, when):
    qid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(10))
    return [("Return-Path", "<%s>" % sender if sender else "<>"), ("Delivered-To", to),
            ("Received", "from %s (%s [203.0.113.%d])\n\tby mx.shopper.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, rnd.randrange(2, 250), qid, to, format_datetime(when)))]


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{" + k + "}", str(v))
    return tpl


def _person_methods():
    def person_msg(self, kind, lang, seg, own, note, client=None, layout="top", hd=None, plus=False, irt=None,
                   sig_style=None, fmt=None, person=None, company=None, extra_hdrs=(), subj=None):
        r, P = self.rnd, self.P
        comp, dom = company or self.company(lang, seg)
        person = person or self.cyc["people_" + lang].next()
        name = person[0]
        probe_to = r.choice(["info", "shop", "sales", "hello", "zakaz", "office"]) + "@" + dom
        sender = r.choice([mailbox_of(name), mailbox_of(name), "info", "sales", "office"]) + "@" + dom
        if plus:
            client = "none"
        client = client or self.cyc["clients_" + lang].next()
        sig_style = sig_style or self.cyc["sig"].next()
        sig = signature(P, person, lang, comp, dom, r, sig_style) if sig_style != "none" else []
        tail = []
        if client in ("apple_ru", "apple_en", "k9", "android_en") or r.random() < 0.12:
            tail.append(("raw", self.cyc["devices_" + lang].next()))
        if r.random() < 0.15:
            tail.append(("raw", P["disclaimer_" + lang]))
        quote, qnote = quote_blocks(client, seg, probe_to) if layout != "bat" else ([], "The Bat! quote")
        notes = [note]
        hdrs = list(extra_hdrs)
        n = None
        when = PROBE_TIME + datetime.timedelta(minutes=r.randrange(12, 60 * 28))
        while not (9 <= when.hour < 21):
            when = PROBE_TIME + datetime.timedelta(minutes=r.randrange(12, 60 * 28))
        if hd:
            n = self.number(5)
            agent = "%s %s." % (name.split()[0], name.split()[-1][0]) if lang == "ru" else name.split()[0]
            t = "%02d:%02d" % (when.hour, when.minute)
            chrome_top = []
            if hd["marker"]:
                chrome_top.append(("chrome", hd["marker"]))
            chrome_top.append(("chrome", fill(hd["agent"], agent=agent, t=t, d=when.day, dd="%02d" % when.day, dept="Support")))
            hist = []
            if hd["history"]:
                q = SHOP_Q if seg == "shops" else SVC_Q
                hist = [("chrome", "%s\n%s\n\n%s" % (PERSONA, "7 дек. 2026 г., 10:14 MSK" if lang == "ru" else
                                                       "Dec 7, 2026, 10:14 GMT+3", "\n".join(q)))]
            blocks = chrome_top + own + sig[:1] + [("chrome", fill(hd["footer"], n=n, dom=dom, company=comp))] + hist
            hdrs += hd["hdrs"]
            sender = "support@" + dom
            subject = fill(hd["subj"], n=n, subj=SUBJ[seg], company=comp)
            notes.append(hd["note"])
            from_name = "%s (%s)" % (name, comp) if lang == "en" else "%s | %s" % (name, comp)
            msgid = "<%s.%d.%d@desk.%s>" % (r.choice(["reply", "comment", "msg"]), n, r.randrange(10 ** 6), dom)
        else:
            if layout == "top":
                blocks = own + sig + tail + quote
            elif layout == "bottom":
                blocks = quote + own + sig + tail
                notes.append("bottom-posted")
            else:  # inline / bat: own already holds the quote pieces
                blocks = own + sig + tail
            from_name = name
            subject = subj or (("Ответ на обращение с сайта" if lang == "ru" else "Your enquiry via our website")
                               if plus else r.choice(["Re: ", "Re: ", "RE: ", "Ответ: " if lang == "ru" else "Re: ",
                                                      "Re[2]: " if client == "bat" else "Re: "]) + SUBJ[seg])
            msgid = "<%s@%s>" % (hashlib.sha1((dom + str(len(self.msgs))).encode()).hexdigest()[:20],
                                 "mail." + dom)
            if client in CLIENT_HDR:
                hdrs.append(CLIENT_HDR[client])
            elif layout == "bat":
                hdrs.append(CLIENT_HDR["bat"])
        notes.insert(1, qnote if not hd else "helpdesk")
        if sig_style != "none":
            notes.append("sig " + sig_style)
        if irt is None:
            irt = (not plus) and r.random() > 0.12
        if not irt:
            notes.append("no In-Reply-To")
        if plus:
            notes.append("form probe, plus-address")
        allplain = plain_of(blocks)
        fm, cs, cte = self.form(allplain, lang, prefer=fmt)
        blocks = [(b[0],) + tuple(fit(x, cs) if isinstance(x, str) else [fit(y, cs) for y in x] for x in b[1:])
                  for b in blocks]
        label = label_of(plain_of(blocks))
        flavour = "outlook" if client.startswith(("outlook", "orig")) else "gmail"
        to = "anatoly+%s@shopper.example" % hashlib.sha1(dom.encode()).hexdigest()[:6] if plus else PADDR
        self.add(kind=kind, lang=lang, seg=seg, dom=dom, comp=comp, from_name=from_name, sender=sender, to=to,
                 subject=subject, when=when, msgid=msgid, irt=irt, hdrs=hdrs, blocks=blocks, fmt=fm, cs=cs, cte=cte,
                 flavour=flavour, label=label, note=notes, rp=sender, node=None)
    return person_msg


PoolGen.person_msg = _person_methods()


GREETING_START = ("Анатолий", "Добрый", "Привет", "Уважаемый", "Здравствуйте", "Hi", "Hello", "Спасибо", "Thanks",
                  "Рады", "Приветствую", "Благодарим")


def marked_lines(lines):
    return "\n".join(M(x) if x.strip() else "" for x in lines)


def human_plan(g, lang):
    P, r = g.P, g.rnd
    hds = [h for h in P["helpdesk"] if h["lang"] == lang]
    segs = Cycle(["shops", "services"], r)

    def frag_own(seg, full=None, greet=True):
        n_points = full or r.choice([3, 3, 2, 1, 3, 2])
        layout = r.choice(["para", "lines", "numbered", "bullets", "paragraphs", "para"])
        lines = g.answer_lines(lang, seg, n_points, layout)
        head = [g.greet(lang)] if greet else []
        if r.random() < 0.35:
            head.append(g.cyc["open_" + lang].next())
        out = [M(" ".join(head)) if r.random() < 0.3 else marked_lines(head)] if head else []
        if layout == "paragraphs":
            out += [M(x) for x in lines]
        else:
            out.append(marked_lines(lines))
        if r.random() < 0.45:
            out.append(M(g.cyc["close_" + lang].next()))
        what = {3: "complete", 2: "partial", 1: "one point"}[n_points]
        return [("text", x) for x in out], "%s answer, layout %s" % (what, layout)

    # specials
    for i, (seg, text) in enumerate(P["special_" + lang]):
        own = []
        if r.random() < 0.7:
            own.append(("text", M(g.greet(lang))))
        own += [("text", M(x)) for x in text.split("\n")]
        note = "hand-written answer"
        sig = None
        if "отвечу в течение часа" in text or "отпишусь до обеда" in text:
            note = "a person's holding reply («got it, will answer soon»), no redirect, so human"
            sig = "lone"
        elif any(w in text for w in ("отпуске", "больничного", "out of the office", "on holiday")):
            note = "the writer is away but answers (human)"
        elif "номер 4417" in text or "номером 2231" in text:
            note = "starts like an acknowledgement, then answers"
        elif re.search(r"\+7|8 \(|8 800|https?://", text):
            note = "answers and also gives a phone or link"
        g.person_msg("human", lang, seg, own, note, sig_style=sig)
    # curt
    for seg in ("shops", "services"):
        for text in P["curt_" + lang][seg]:
            own = ([("text", M(g.greet(lang)))] if r.random() < 0.4 else []) + [("text", M(text))]
            g.person_msg("human", lang, seg, own, "curt answer",
                         sig_style=r.choice(["lone", "none", "dash"]),
                         client=r.choice(["k9", "apple_ru", "mailru"] if lang == "ru" else ["apple_en", "android_en"]))
    # inline answers
    for seg in (["shops", "services"] if lang == "ru" else [segs.next()]):
        qs = (["До скольки работает пункт самовывоза?", "Помогите оформить заказ!",
               "Мне нужно организовать доставку сегодня."] if seg == "shops"
              else ["Какие у вас тарифы,", "как заключить договор", "и сколько времени это займёт?"])
        ans = P["inline_" + lang][seg]
        attr = ("07.12.2026 10:14, %s пишет:" % PERSONA) if lang == "ru" else ("On 12/7/26 10:14, %s wrote:" % PERSONA)
        own = [("text", M(g.greet(lang)))]
        for k, (qq, aa) in enumerate(zip(qs, ans)):
            own.append(("quote", [attr] if k == 0 else [], ([qs[0] and (SHOP_Q if seg == "shops" else SVC_Q)[0]] if k == 0 else []) + [qq], "gt"))
            own.append(("text", M(aa)))
        g.person_msg("human", lang, seg, own, "inline answers between quoted lines", layout="inline",
                     client="thunderbird" if lang == "ru" else "thunderbird_en")
    # The Bat!
    if lang == "ru":
        for seg in ("shops", "services"):
            body, what = frag_own(seg, greet=False)
            greet = g.greet("ru")
            q = SHOP_Q if seg == "shops" else SVC_Q
            own = [("text", M(greet)), ("raw", "Вы писали 7 декабря 2026 г., 10:14:"), ("quote", [], q, "bat")] + body
            g.person_msg("human", lang, seg, own, "The Bat! «Вы писали» + АС> quote above the answer; " + what,
                         layout="bat", sig_style=r.choice(["dash", "vale"]), client="bat")
    # helpdesks
    nhd = 4 if lang == "ru" else 2
    for k in range(nhd):
        seg = segs.next()
        body, what = frag_own(seg)
        g.person_msg("human", lang, seg, body, "agent answer; " + what, hd=hds[k % len(hds)],
                     sig_style=r.choice(["vale", "lone", "none"]))
    # fragments
    nfrag = {"ru": 28, "en": 12}[lang] - len(g.msgs_of("human", lang))
    for k in range(nfrag):
        seg = segs.next()
        body, what = frag_own(seg, full=3 if k % 3 == 0 else None)
        if k == 1 and lang == "ru":
            body.insert(1, ("text", M("Подскажу по телефону тоже: 8 (800) 100-20-30, но отвечаю и здесь.")
                                    if g.key == "A" else M("На связи и в WhatsApp +7 912 404-55-31, но вот ответ:")))
            what += ", also gives a phone"
        g.person_msg("human", lang, seg, body, what, plus=(k in (2, 5) and lang == "ru") or (k == 3 and lang == "en"),
                     layout="bottom" if k in (4,) else "top")


def redirect_plan(g, lang):
    P, r = g.P, g.rnd
    hds = [h for h in P["helpdesk"] if h["lang"] == lang]
    for k, (seg, text) in enumerate(P["redirect_" + lang]):
        bare = len(re.sub(r"[\d\s()+\-]", "", text)) < 8
        own = []
        if not bare and not text.startswith(GREETING_START) and r.random() < 0.75:
            own.append(("text", M(g.greet(lang))))
        if not bare and own and r.random() < 0.35 and not text.startswith(GREETING_START):
            own.append(("text", M(g.cyc["open_" + lang].next())))
        own.append(("text", M(text)))
        if not bare and r.random() < 0.3:
            own.append(("text", M(g.cyc["close_" + lang].next())))
        note = "bare phone number" if bare else "redirect"
        if re.search(r"(пункт удобный|работаем с 2012|давно и дорожит|рады, что выбрали|We sell through|интерес к нашим|Thanks for thinking)", text, re.I):
            note += " with a courtesy fact"
        hd = hds[k % len(hds)] if (k in (5, 12) and lang == "ru") or (k == 3 and lang == "en") else None
        g.person_msg("redirect", lang, seg, own, note, hd=hd, plus=(k in (1, 9) and lang == "ru"),
                     sig_style="none" if bare and r.random() < 0.5 else None)


def _msgs_of(self, kind, lang):
    return [m for m in self.msgs if m.kind == kind and m.lang == lang]


PoolGen.msgs_of = _msgs_of


def ack_html(text, comp, preheader):
    paras = "\n".join('<p style="margin:0 0 12px 0">%s</p>' % html.escape(p, quote=False).replace("\n", "<br>")
                      for p in text.split("\n\n"))
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{cs}">\n<style>td{font-family:Arial,sans-serif;'
            'font-size:14px;color:#333}</style>\n</head>\n<body style="background:#f2f4f7;margin:0">\n'
            '<div style="display:none;max-height:0;overflow:hidden">%s</div>\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="24" style="background:#ffffff"><tr><td>\n%s\n</td></tr>\n'
            '<tr><td style="font-size:11px;color:#999999">&copy; 2026 %s</td></tr></table>\n'
            '</td></tr></table>\n</body>\n</html>\n') % (html.escape(preheader), paras, html.escape(comp))


def ack_plan(g, lang):
    r = g.rnd
    segs = Cycle(["shops", "services"], r)
    hdr_cycle = Cycle([[], [], [("Auto-Submitted", "auto-generated")], [], [("X-Mailer", "CRM-Notify 2.4")],
                       [("Precedence", "bulk")], [("Auto-Submitted", "auto-replied")], []], r)
    for k, t in enumerate(g.P["ack_" + lang]):
        seg = segs.next()
        comp, dom = g.company(lang, seg)
        n = g.number(r.choice([5, 6, 7]))
        q = (SHOP_Q if seg == "shops" else SVC_Q)[1]
        body = fill(t["body"], n=n, company=comp, subj=SUBJ[seg], dom=dom, q=q)
        subject = fill(t["subj"], n=n, company=comp, subj=SUBJ[seg], dom=dom)
        plus = (k == 4 and lang == "ru")
        fm = t.get("fmt", "plain")
        cs = "utf-8"
        if lang == "ru" and fm == "plain" and r.random() < 0.35:
            cs = r.choice(["koi8-r", "windows-1251"])
            if not fits(body + subject, cs):
                cs = "utf-8"
        body, subject = fit(body, cs), fit(subject, cs)
        cte = r.choice(["8bit", "quoted-printable", "base64"]) if any(ord(c) > 127 for c in body) else "7bit"
        if fm == "plain":
            node = leaf("text/plain", body, cs, cte)
        else:
            h = ack_html(body, comp, body.split("\n")[0]).replace("{cs}", cs)
            hn = leaf("text/html", h, cs, "quoted-printable" if cte == "7bit" else cte)
            node = hn if fm == "html" else multipart("alternative", [leaf("text/plain", body, cs, cte), hn], r)
        hdrs = hdr_cycle.next()
        notes = ["receipt" + (" with number" if str(n) in body else ""), "no vendor headers"]
        if hdrs:
            notes.append("headers: " + ", ".join("%s: %s" % h for h in hdrs))
        else:
            notes.append("no automatic header")
        if re.search(r"(с \d{1,2}(:\d\d)? до \d|\d{1,2}:\d\d\s*[–-]\s*\d{1,2}:\d\d|\d+ (am|pm)|hours|"
                     r"часы работы|рабочее время|с \d+ до \d+)", body, re.I):
            notes.append("states working hours")
        if re.search(r"8 800|\+7|8 \(", body):
            notes.append("gives a phone")
        if t.get("quote"):
            notes.append("echoes the question")
        if any(ord(c) > 0xFFFF for c in body):
            notes.append("emoji")
        sender = r.choice(["noreply", "support", "no-reply", "help", "robot"]) + "@" + dom
        from_name = ("Служба поддержки %s" % comp) if lang == "ru" else "%s Support" % comp
        irt = (not plus) and r.random() < 0.6
        if not irt:
            notes.append("no In-Reply-To")
        if plus:
            notes.append("form probe, plus-address")
        when = PROBE_TIME + datetime.timedelta(seconds=r.randrange(20, 300))
        to = "anatoly+%s@shopper.example" % hashlib.sha1(dom.encode()).hexdigest()[:6] if plus else PADDR
        msgid = "<%s.%d@%s>" % (r.choice(["ticket", "notify", "crm", "case"]), n, "mail." + dom)
        g.add(kind="ack", lang=lang, seg=seg, dom=dom, comp=comp, from_name=from_name, sender=sender, to=to,
              subject=subject, when=when, msgid=msgid, irt=irt, hdrs=hdrs, blocks=None, node=node, fmt=fm, cs=cs,
              cte=cte, label="", note=notes, rp=sender)


AUTO_HDRS = [[], [("Auto-Submitted", "auto-replied")], [], [("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
             [("Precedence", "auto_reply")], [], [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
             [("X-Autorespond", "Vacation")], [], [("X-Auto-Response-Suppress", "All")]]


def auto_plan(g, lang):
    r = g.rnd
    segs = Cycle(["shops", "services"], r)
    hdr_cycle = Cycle(AUTO_HDRS, r)
    cols = g.P["colleagues"] if lang == "ru" else g.P["colleagues_en"]
    for k, t in enumerate(g.P["auto_" + lang]):
        seg = segs.next()
        comp, dom = g.company(lang, seg)
        person = g.cyc["people_" + lang].next()
        name = person[0]
        col = cols[0] if "col_dat" in t["body"] else r.choice(cols)
        colmail = (col[2] if lang == "ru" else col[1]) + "@" + dom
        if "{colmail}" in t["body"] and ("адрес" in t["body"] or "ящик" in t["body"].lower() or "address" in t["body"]
                                           or "mailbox" in t["body"]):
            colmail = r.choice(["info", "zakaz", "hello", "sales"]) + "@" + dom
        mail = mailbox_of(name) + "@" + dom
        kw = dict(name=name, company=comp, col=col[0], col_dat=col[1] if lang == "ru" else col[0], colmail=colmail,
                  mail=mail, dom=dom, subj=SUBJ[seg])
        body, subject = fill(t["body"], **kw), fill(t["subj"], **kw)
        blocks = [("text", body)]
        notes = ["auto-reply"]
        quoted = (k in (3, 10))
        if quoted:
            qb, qn = quote_blocks("outlook_ru" if lang == "ru" else "outlook_en", seg, mail)
            blocks += qb
            notes.append("quotes the original (%s)" % qn)
        hdrs = hdr_cycle.next()
        notes.append(("headers: " + ", ".join("%s: %s" % h for h in hdrs)) if hdrs else "no automatic header")
        if re.search(r"\d{1,2}[:.]\d{2}|с \d+ до \d+|\d+ (am|pm)|до 20", body):
            notes.append("names hours")
        if "@" in body:
            notes.append("names another address")
        plus = (k == 6 and lang == "ru")
        fm, cs, cte = g.form(plain_of(blocks), lang, prefer=r.choice(["plain", "plain", "plain", "html", "alt"]))
        blocks = [(b[0],) + tuple(fit(x, cs) if isinstance(x, str) else [fit(y, cs) for y in x] for x in b[1:])
                  for b in blocks]
        subject = fit(subject, cs) if cs != "us-ascii" else subject
        irt = (not plus) and r.random() < 0.55
        if not irt:
            notes.append("no In-Reply-To")
        if plus:
            notes.append("form probe, plus-address")
        null_rp = r.random() < 0.3
        if null_rp:
            notes.append("null envelope sender")
        when = PROBE_TIME + datetime.timedelta(seconds=r.randrange(3, 120))
        to = "anatoly+%s@shopper.example" % hashlib.sha1(dom.encode()).hexdigest()[:6] if plus else PADDR
        msgid = "<%s@%s>" % (hashlib.sha1((dom + name + str(k)).encode()).hexdigest()[:24], "mail." + dom)
        if t.get("tz"):
            notes.append("after-hours in the company's UTC+%d" % t["tz"])
        g.add(kind="autoreply", tzh=t.get("tz"), lang=lang, seg=seg, dom=dom, comp=comp, from_name=name, sender=mail, to=to,
              subject=subject, when=when, msgid=msgid, irt=irt, hdrs=hdrs, blocks=blocks, node=None, fmt=fm, cs=cs,
              cte=cte, flavour="outlook" if r.random() < 0.5 else "gmail", label="", note=notes,
              rp=None if null_rp else mail)


def probe_bytes(seg, rcpt):
    q = SHOP_Q if seg == "shops" else SVC_Q
    body = base64.encodebytes("\r\n".join(q).encode("utf-8")).decode("ascii")
    hdrs = ["Return-Path: <%s>" % PADDR, "Message-ID: %s" % probe_id(rcpt.split("@")[1]),
            "Date: %s" % format_datetime(PROBE_TIME), "From: %s" % addr(PERSONA, PADDR, "utf-8"), "To: %s" % rcpt,
            "Subject: %s" % enc_header(SUBJ[seg], "utf-8"), "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"]
    return "\n".join(hdrs), body


def bounce_plan(g):
    r = g.rnd
    segs = Cycle(["shops", "services"], r)
    for k, b in enumerate(g.P["bounces"]):
        lang = b["lang"]
        seg = segs.next()
        comp, dom = g.company(lang, seg)
        rcpt = r.choice(["info", "zakaz", "sales", "shop", "office"]) + "@" + dom
        if "lists." in b["frm"]:
            rcpt = "zakaz@lists." + dom
        kw = dict(dom=dom, rcpt=rcpt, subj=SUBJ[seg], rcpt_local=rcpt.split("@")[0])
        text = fill(b["text"], **kw)
        ph, pb = probe_bytes(seg, rcpt)
        cs = "utf-8"
        if lang == "ru" and k % 3 == 1:
            cs = r.choice(["koi8-r", "windows-1251"])
            if not fits(text, cs):
                cs = "utf-8"
        text = fit(text, cs)
        cte = r.choice(["8bit", "quoted-printable", "base64"]) if lang == "ru" else "7bit"
        notes = [b["note"]]
        if b.get("std"):
            when = PROBE_TIME + (datetime.timedelta(days=5, minutes=3) if b.get("timeout") else
                                 datetime.timedelta(seconds=r.randrange(2, 90)))
            arr = PROBE_TIME + datetime.timedelta(seconds=4)
            ds = ("Reporting-MTA: dns; %s\nX-Queue-ID: %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
                  "Original-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nRemote-MTA: dns; mx.%s\n"
                  "Diagnostic-Code: %s\n") % (fill(b["mta"], **kw), "%X" % r.randrange(16 ** 9, 16 ** 10),
                                              format_datetime(arr), rcpt, rcpt, b["status"], dom, fill(b["diag"], **kw))
            parts = [leaf("text/plain", text, cs, cte),
                     ("Content-Type: message/delivery-status\nContent-Description: Delivery report\n", ds.encode())]
            if b["returned"] == "full":
                parts.append(("Content-Type: message/rfc822\nContent-Description: Undelivered Message\n",
                              (ph + "\n\n" + pb).encode()))
                notes.append("returns the message")
            else:
                parts.append(("Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n",
                              (ph + "\n").encode()))
                notes.append("returns the headers")
            node = multipart("report", parts, r, "; report-type=delivery-status")
            notes.insert(0, "multipart/report (RFC 3464)")
        else:
            when = PROBE_TIME + datetime.timedelta(seconds=r.randrange(2, 200))
            if b.get("inline"):
                q = SHOP_Q if seg == "shops" else SVC_Q
                text = text + "\n" + ph.replace("Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit") \
                    + "\n\n" + fit("\n".join(q), cs) + "\n"
                node = leaf("text/plain", text, cs, cte)
                notes.append("message copied inline")
            elif b.get("attach"):
                node = multipart("mixed", [leaf("text/plain", text, cs, cte),
                                           ("Content-Type: message/rfc822\n", (ph + "\n\n" + pb).encode())], r)
            else:
                node = leaf("text/plain", text, cs, cte)
            notes.insert(0, "plain-text notice (non-standard)")
        frm = fill(b["frm"], **kw)
        from_hdr = frm if "<" in frm else addr(b["name"], frm, "utf-8")
        g.add(kind="bounce", lang=lang, seg=seg, dom=dom, comp=comp, from_hdr=from_hdr, sender=None, to=PADDR,
              subject=fill(b["subj"], **kw), when=when, msgid="<%s@%s>" % (hashlib.sha1(frm.encode()).hexdigest()[:16],
                                                                          frm.split("@")[-1].strip(">")),
              irt=False, hdrs=[("Auto-Submitted", "auto-replied")] if k % 2 == 0 else [], blocks=None, node=node,
              fmt="report" if b.get("std") else "plain", cs=cs, cte=cte, label="", note=notes, rp=None)


def emit(m, rnd):
    hcs = m.cs if m.cs not in ("us-ascii",) else "utf-8"
    host = "mail." + m.dom if m.kind != "bounce" else m.from_hdr.split("@")[-1].strip(">")
    hdrs = trace(rnd, m.rp, m.to, host, m.when + datetime.timedelta(seconds=2))
    tz = MSK if m.key == "A" or m.lang == "ru" else datetime.timezone(datetime.timedelta(hours=5))
    if getattr(m, "tzh", None):
        tz = datetime.timezone(datetime.timedelta(hours=m.tzh))
    hdrs.append(("Date", format_datetime(m.when.astimezone(tz))))
    if m.kind == "bounce":
        hdrs.append(("From", m.from_hdr))
    else:
        hdrs.append(("From", addr(fit(m.from_name, hcs) if hcs != "utf-8" else m.from_name, m.sender, hcs)))
    hdrs.append(("To", m.to))
    hdrs.append(("Subject", enc_header(m.subject, hcs)))
    hdrs.append(("Message-ID", m.msgid))
    if m.irt:
        pid = probe_id(m.dom)
        hdrs += [("In-Reply-To", pid), ("References", pid)]
    hdrs += m.hdrs
    if m.node is None:
        m.node = render(m.blocks, m.fmt, m.cs, m.cte, m.flavour, rnd)
    return assemble(hdrs, m.node)


def build_pool(key, split):
    g = PoolGen(key, split)
    for lang in ("ru", "en"):
        human_plan(g, lang)
        redirect_plan(g, lang)
        ack_plan(g, lang)
        auto_plan(g, lang)
    bounce_plan(g)
    for m in g.msgs:
        m.key = key
    order = list(g.msgs)
    g.rnd.shuffle(order)
    out = []
    for i, m in enumerate(order, 1):
        slug = m.dom.split(".")[0]
        fname = "%03d-%s-%s.eml" % (i, m.lang, slug)
        data = emit(m, g.rnd)
        fmt_desc = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative",
                    "report": "multipart/report"}.get(m.fmt, m.fmt)
        if m.kind == "bounce" and m.fmt == "plain" and m.node[0].startswith("Content-Type: multipart/mixed"):
            fmt_desc = "multipart/mixed"
        note = "%s; %s %s %s; %s" % (m.lang, fmt_desc, m.cs, m.cte, "; ".join(x for x in m.note if x))
        out.append((fname, m, data, note))
    return out


# ---------------------------------------------------------------- checks

def words_in_order(label, text):
    text = re.sub(r"\s+", " ", text)
    pos = 0
    for w in label.split():
        j = text.find(w, pos)
        if j < 0:
            return False, w
        pos = j + len(w)
    return True, None


def text_parts(msg):
    res = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart" or part.get_content_type() in ("message/rfc822",
                                                                                     "message/delivery-status"):
            continue
        if part.get_content_type() == "text/plain":
            res.append(("plain", part.get_content()))
        elif part.get_content_type() == "text/html":
            res.append(("html", visible(part.get_content())))
    return res


def check_folder(folder, split):
    errors = []
    path = os.path.join(HERE, folder)
    with open(os.path.join(path, "manifest.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    files = sorted(x for x in os.listdir(path) if x.endswith(".eml"))
    if sorted(r["file"] for r in rows) != files:
        errors.append("%s: manifest and files differ" % folder)
    if [*rows[0].keys()] != ["file", "kind", "expected_reply", "split", "note"]:
        errors.append("%s: columns" % folder)
    counts = {}
    for r in rows:
        fn = r["file"]
        data = open(os.path.join(path, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: not CRLF" % fn)
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errors.append("%s: line too long" % fn)
        if r["split"] != split:
            errors.append("%s: split" % fn)
        m1 = message_from_bytes(data, policy=policy.compat32)
        m2 = message_from_bytes(data, policy=policy.default)
        for m in (m1, m2):
            for part in m.walk():
                if part.defects:
                    errors.append("%s: defects %r" % (fn, part.defects))
        str(m2["subject"]), str(m2["from"])
        kind, label = r["kind"], r["expected_reply"]
        lang = r["note"][:2]
        counts[(kind, lang)] = counts.get((kind, lang), 0) + 1
        if kind in ("human", "redirect"):
            if not label:
                errors.append("%s: empty label" % fn)
            for bad in FORBIDDEN:
                if bad.lower() in label.lower():
                    errors.append("%s: label contains %r" % (fn, bad))
            if OPEN in label or CLOSE in label or "  " in label:
                errors.append("%s: marks or double spaces in label" % fn)
            parts = text_parts(m2)
            if not parts:
                errors.append("%s: no text part" % fn)
            for kindp, txt in parts:
                ok, w = words_in_order(label, txt)
                if not ok:
                    errors.append("%s: label word %r not found in %s part" % (fn, w, kindp))
        elif label:
            errors.append("%s: label on a %s" % (fn, kind))
        if kind == "bounce" and not data.startswith(b"Return-Path: <>"):
            errors.append("%s: bounce with an envelope sender" % fn)
    return errors, counts


def main():
    check_only = "--check" in sys.argv
    labels = {}
    if not check_only:
        for key, folder, split in (("A", "street", "train"), ("B", "street_heldout", "heldout")):
            path = os.path.join(HERE, folder)
            os.makedirs(path, exist_ok=True)
            for old in os.listdir(path):
                if old.endswith(".eml") or old == "manifest.csv":
                    os.remove(os.path.join(path, old))
            rows = []
            for fname, m, data, note in build_pool(key, split):
                with open(os.path.join(path, fname), "wb") as f:
                    f.write(data)
                rows.append([fname, m.kind, m.label, split, note])
                if m.label:
                    labels.setdefault(folder, set()).add(m.label)
            with open(os.path.join(path, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["file", "kind", "expected_reply", "split", "note"])
                w.writerows(rows)
    errors = []
    allcounts = {}
    for folder, split in (("street", "train"), ("street_heldout", "heldout")):
        e, c = check_folder(folder, split)
        errors += e
        allcounts[folder] = c
    if labels:
        common = labels.get("street", set()) & labels.get("street_heldout", set())
        if common:
            errors.append("labels shared between the folders: %r" % sorted(common))
    for folder, c in allcounts.items():
        print("%s:" % folder)
        print("  %-10s %4s %4s %5s" % ("kind", "ru", "en", "total"))
        for kind in ("human", "redirect", "ack", "autoreply", "bounce"):
            ru, en = c.get((kind, "ru"), 0), c.get((kind, "en"), 0)
            print("  %-10s %4d %4d %5d" % (kind, ru, en, ru + en))
        ru = sum(v for (k, l), v in c.items() if l == "ru")
        en = sum(v for (k, l), v in c.items() if l == "en")
        print("  %-10s %4d %4d %5d" % ("total", ru, en, ru + en))
    if errors:
        print("\n".join(errors[:60]))
        print("%d errors" % len(errors))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
