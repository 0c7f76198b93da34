#!/usr/bin/env python3
"""Write bench/corpus/more_auto/: a training corpus stressing the automatic / human boundaries.

Standard library only, fixed random seed, imports nothing from the project.
`python3 bench/corpus/make_more_auto.py` rewrites more_auto/ (the .eml files and manifest.csv), checks every
file and prints the counts per kind and language.

In the texts below, the reply's own words (for `human` and `redirect`) are wrapped in ⟦ ⟧; the marks are removed
from the message and the marked pieces, joined and with white space collapsed, become `expected_reply`.
"""
import base64
import csv
import datetime
import email
import email.policy
import hashlib
import html
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.utils import format_datetime, formataddr

SEED = 5_2026_1207
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "more_auto")

PERSONA = ("Анатолий Смирнов", "anatoly@shopper.example")
SCRIPTS = {
    "shop": ("Самовывоз сегодня",
             "Здравствуйте!\nДо скольки работает пункт самовывоза? Помогите оформить заказ! "
             "Мне нужно организовать доставку сегодня.\n\nАнатолий Смирнов"),
    "svc": ("Тарифы и договор",
            "Добрый день!\nКакие у вас тарифы, как заключить договор и сколько времени это займёт?\n\n"
            "Анатолий Смирнов"),
}
QUESTION_BITS = ("До скольки работает пункт самовывоза", "Какие у вас тарифы")
MSK = datetime.timezone(datetime.timedelta(hours=3))
WAVE = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=MSK)  # Monday

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
RU_DAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

# characters a legacy charset cannot carry become what mailers send instead
REPL = {"₽": "руб.", "«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "…": "...", "„": '"', "“": '"',
        "”": '"', "’": "'", "\u00a0": " ", "ё": "е", "Ё": "Е"}


def fit(text, cs):
    if cs.lower() in ("utf-8", "us-ascii"):
        if cs.lower() == "us-ascii":
            text.encode("ascii")
        return text
    out = []
    for c in text:
        if c in "⟦⟧":
            out.append(c)
            continue
        try:
            c.encode(cs)
            out.append(c)
        except UnicodeEncodeError:
            if c not in REPL:
                raise ValueError(f"{c!r} cannot be sent in {cs}")
            out.append(REPL[c])
    return "".join(out)


def visible(htm):
    htm = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", htm)
    htm = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|table|blockquote)>", "\n", htm)
    htm = re.sub(r"<[^>]+>", " ", htm)
    return html.unescape(htm)


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


MARK = re.compile(r"⟦(.*?)⟧", re.S)


def take_marks(text, is_html=False):
    pieces = [squash(visible(p) if is_html else p) for p in MARK.findall(text)]
    return MARK.sub(lambda m: m.group(1), text), [p for p in pieces if p]


# ---------------------------------------------------------------- MIME building (bytes, CRLF)

def enc_body(text, cs, cte):
    t = text.replace("\r\n", "\n")
    b = t.encode("ascii" if cte == "7bit" else cs)
    if cte in ("7bit", "8bit"):
        return b.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(b).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(b.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def leaf(ctype, text, cs="utf-8", cte="quoted-printable", params="", extra=()):
    if not text.endswith("\n"):
        text += "\n"
    h = [("Content-Type", f'{ctype}; charset="{cs}"{params}'), ("Content-Transfer-Encoding", cte)]
    h += list(extra)
    return (h, enc_body(text, cs, cte))


def raw_part(ctype, data, extra=()):
    return ([("Content-Type", ctype)] + list(extra), data)


def multi(sub, parts, params="", preamble=""):
    bnd = "=_" + "".join(rnd.choice("0123456789abcdefABCDEF") for _ in range(24))
    body = b""
    if preamble:
        body += preamble.encode("ascii").replace(b"\n", b"\r\n") + b"\r\n"
    for p in parts:
        body += b"--" + bnd.encode() + b"\r\n" + ser(p) + b"\r\n"
    body += b"--" + bnd.encode() + b"--\r\n"
    return ([("Content-Type", f'multipart/{sub}; boundary="{bnd}"{params}')], body)


def ser(part):
    h, body = part
    head = b"".join(f"{k}: {hdr_text(v)}\r\n".encode("ascii") for k, v in h)
    return head + b"\r\n" + body


def hdr_text(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(cs)
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    return Header(s, cs, header_name="Subject").encode(linesep="\r\n")


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return formataddr((name, a), charset=cs)


def msgid(domain):
    return "<%s.%s@%s>" % ("".join(rnd.choice("0123456789abcdef") for _ in range(16)),
                           rnd.randint(100000, 999999), domain)


def ru_date(dt):
    return f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year} г."


# ---------------------------------------------------------------- quotes of the probe

def qlines(seg, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in SCRIPTS[seg][1].split("\n"))


def quote(style, seg, dt, rcpt):
    subj, text = SCRIPTS[seg]
    hm = dt.strftime("%H:%M")
    n, a = PERSONA
    if style == "gmail_en":
        return f"On {EN_DAYS[dt.weekday()][:3]}, {dt.day} {EN_MONTHS[dt.month-1][:3]} {dt.year} at {hm}, {n} <{a}> wrote:\n" + qlines(seg)
    if style == "gmail_ru":
        return f"пн, {dt.day} дек. {dt.year} г. в {hm}, {n} <{a}>:\n" + qlines(seg)
    if style == "outlook_en":
        return ("________________________________\nFrom: {n} <{a}>\nSent: {d}\nTo: {r}\nSubject: {s}\n\n{t}").format(
            n=n, a=a, d=f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month-1]} {dt.day}, {dt.year} {dt.strftime('%I:%M %p').lstrip('0')}",
            r=rcpt, s=subj, t=text)
    if style == "outlook_ru":
        return ("От: {n} <{a}>\nОтправлено: {d}\nКому: {r}\nТема: {s}\n\n{t}").format(
            n=n, a=a, d=f"{RU_DAYS[dt.weekday()].lower()}, {ru_date(dt)} {hm}", r=rcpt, s=subj, t=text)
    if style == "original_en":
        return ("-----Original Message-----\nFrom: {n} [mailto:{a}]\nSent: {d}\nTo: {r}\nSubject: {s}\n\n{t}").format(
            n=n, a=a, d=dt.strftime("%d.%m.%Y %H:%M"), r=rcpt, s=subj, t=text)
    if style == "yandex":
        return f"{dt.strftime('%d.%m.%Y, %H:%M')}, \"{n}\" <{a}>:\n" + qlines(seg)
    if style == "mailru":
        return f"{RU_DAYS[dt.weekday()]}, {dt.day} {RU_MONTHS[dt.month-1]} {dt.year}, {hm} +03:00 от {n} <{a}>:\n" + qlines(seg)
    if style == "tbird":
        return f"{dt.strftime('%d.%m.%Y %H:%M')}, {n} пишет:\n" + qlines(seg)
    if style == "tbird_en":
        return f"On {dt.strftime('%m/%d/%Y %I:%M %p')}, {n} wrote:\n" + qlines(seg)
    if style == "apple":
        return f"> On {dt.day} Dec {dt.year}, at {hm}, {n} <{a}> wrote:\n>\n" + qlines(seg)
    if style == "bat":
        return f"Вы писали {dt.day} декабря {dt.year} г., {hm}:\n\n" + qlines(seg, "АС> ")
    if style == "plain_gt":
        return qlines(seg)
    raise ValueError(style)


# ---------------------------------------------------------------- header presets

def presets(names, frm_addr, subj, domain):
    h = []
    for n in [x for x in names.split("+") if x]:
        if n == "rfc":
            h.append(("Auto-Submitted", "auto-replied"))
        elif n == "gen":
            h.append(("Auto-Submitted", "auto-generated"))
        elif n == "notif":
            h.append(("Auto-Submitted", "auto-notified"))
        elif n == "prec":
            h.append(("Precedence", "auto_reply"))
        elif n == "bulk":
            h.append(("Precedence", "bulk"))
        elif n == "junk":
            h.append(("Precedence", "junk"))
        elif n == "xar":
            h.append(("X-Autoreply", "yes"))
        elif n == "xarsp":
            h.append(("X-Autorespond", subj))
        elif n == "sup":
            h.append(("X-Auto-Response-Suppress", "All"))
        elif n == "supoof":
            h.append(("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply"))
        elif n == "exch":
            h += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Inbox-Rules-Loop", frm_addr),
                  ("X-MS-TNEF-Correlator", ""),
                  ("X-MS-Exchange-Organization-AuthAs", "Internal")]
        elif n == "exchmin":  # an Exchange message without any auto header
            h += [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                  ("X-MS-Exchange-Organization-SCL", "-1")]
        elif n == "zd":
            h += [("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "%07x" % rnd.randrange(16**7)),
                  ("X-Zendesk-Email-Id", "01J%020X" % rnd.randrange(36**10)), ("Auto-Submitted", "auto-generated")]
        elif n == "jira":
            h += [("X-JIRA-FingerPrint", "%032x" % rnd.randrange(16**32)), ("Auto-Submitted", "auto-generated")]
        elif n == "list":
            h.append(("Precedence", "list"))
        elif n == "mailer_bitrix":
            h.append(("X-Mailer", "Bitrix24 Mail"))
        elif n == "mailer_php":
            h.append(("X-Mailer", "PHPMailer 6.9.1"))
        elif n == "mailer_tb":
            h.append(("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"))
        elif n == "mailer_bat":
            h.append(("X-Mailer", "The Bat! (v11.2.1) Professional"))
        elif n == "mailer_ol":
            h.append(("X-Mailer", "Microsoft Outlook 16.0"))
        elif n == "mailer_iphone":
            h.append(("X-Mailer", "iPhone Mail (22B91)"))
        else:
            raise ValueError(n)
    return h


# ---------------------------------------------------------------- specs

SPECS = []


def M(kind, lang, slug, frm, subj, body=None, html_body=None, *, seg=None, hdr="", cs="utf-8",
      cte="quoted-printable", quote_style=None, irt=True, note="", rcpt=None, plus=False, alt=False,
      extra=(), rp=None, mid_domain=None, delay=None, reply_to=None, tz=3, html_quote=False):
    SPECS.append(dict(kind=kind, lang=lang, slug=slug, frm=frm, subj=subj, body=body, html=html_body, seg=seg,
                      hdr=hdr, cs=cs, cte=cte, quote=quote_style, irt=irt, note=note, rcpt=rcpt, plus=plus,
                      alt=alt, extra=list(extra), rp=rp, mid_domain=mid_domain, delay=delay, reply_to=reply_to,
                      tz=tz, html_quote=html_quote))


def B(lang, slug, subj, *, frm=("Mail Delivery System", "MAILER-DAEMON@mail.shopper.example"), text,
      status=None, diag=None, rcpt=None, mta="mail.shopper.example", remote=None, orig="headers",
      action="failed", seg=None, cs="utf-8", cte="quoted-printable", html_text=None, note="", fwd=None,
      extra=(), inline_orig=None, report=True, delay=None):
    SPECS.append(dict(kind="bounce", lang=lang, slug=slug, frm=frm, subj=subj, text=text, status=status,
                      diag=diag, rcpt=rcpt, mta=mta, remote=remote, orig=orig, action=action, seg=seg, cs=cs,
                      cte=cte, html_text=html_text, note=note, fwd=fwd, extra=list(extra), inline_orig=inline_orig,
                      report=report, delay=delay))


# texts are in texts_* sections below


# ================================================================ autoreply, Russian (27)
A = "autoreply"
M(A, "ru", "otpusk-do-14", ("Ирина Гольцова", "i.goltsova@tkani-vesna.example.ru"), "Автоответ: {s}",
  "В отпуске до 14.12.\n", hdr="rfc", cte="8bit", note="ru; one line; Auto-Submitted")
M(A, "ru", "exchange-oof-kollegi", ("Кирилл Бежанов", "k.bezhanov@stalprofil.example.ru"),
  "Автоматический ответ: {s}",
  "Добрый день!\n\nБлагодарю за письмо. С 4 по 18 декабря я нахожусь в ежегодном отпуске и доступа к почте не имею.\n\n"
  "Письма не пересылаются. По текущим вопросам, пожалуйста, обращайтесь к моим коллегам:\n"
  " - по поставкам и отгрузкам — Лилия Хамзина, l.khamzina@stalprofil.example.ru, +7 (343) 318-40-27;\n"
  " - по договорам и счетам — Павел Орешкин, p.oreshkin@stalprofil.example.ru, доб. 214;\n"
  " - по срочным вопросам — общий номер отдела продаж +7 (343) 318-40-00 (пн–пт, 8:30–17:30 по Екб).\n\n"
  "После возвращения отвечу на все письма.\n\nС уважением,\nКирилл Бежанов\nведущий менеджер ООО «СтальПрофиль-Урал»\n",
  hdr="exch+mailer_ol", seg="svc", note="ru; Exchange OOF headers; long, two colleagues with phones")
M(A, "ru", "bolnichny-olga", ("Маргарита Сёмина", "semina@dom-podarkov.example.ru"), "Re: {s}",
  "Здравствуйте.\nЯ на больничном, выйду ориентировочно 10 декабря. Письма читаю, но отвечаю с большой задержкой.\n"
  "Если вопрос по заказам срочный — пишите Ольге Кравец: o.kravets@dom-podarkov.example.ru.\n",
  seg="shop", note="ru; sick leave; no auto headers; Re: subject")
M(A, "ru", "komandirovka-kazan", ("Тимур Валиев", "valiev@mebelnaya-liga.example.ru"), "Re: {s}",
  "Нахожусь в командировке в Казани до пятницы, почту просматриваю нерегулярно.\n"
  "Ответ на ваше письмо задержится.\n\n--\nТ. Валиев\n",
  hdr="sup", note="ru; business trip; only X-Auto-Response-Suppress (not a sign)")
M(A, "ru", "dekret-partneram", ("Светлана Ракитина", "rakitina@ekosad-market.example.ru"),
  "Автоответ: {s}",
  "Уважаемые партнёры и покупатели!\n\nС 1 ноября 2026 года я нахожусь в отпуске по уходу за ребёнком. "
  "Этот ящик больше не обрабатывается.\n\nВсе вопросы по закупкам и оптовым заказам теперь ведёт "
  "Денис Ярмолюк — yarmolyuk@ekosad-market.example.ru.\n\nСпасибо за понимание!\n",
  cs="koi8-r", cte="quoted-printable", hdr="rfc", note="ru; parental leave; koi8-r QP")
M(A, "ru", "obuchenie-nedelya", ("Отдел продаж «Вектор-Софт»", "sales@vektor-soft.example.ru"),
  "Автоматический ответ: {s}",
  "Здравствуйте!\n\nС 7 по 11 декабря весь отдел продаж проходит обучение по новой линейке продуктов. "
  "В эти дни мы отвечаем на письма один раз в день, после 18:00.\n\nКоммерческие предложения и договоры будут "
  "подготовлены начиная с 14 декабря.\n\nКоманда «Вектор-Софт»\n",
  cs="windows-1251", cte="base64", seg="svc", hdr="prec", note="ru; training week; windows-1251 base64; mentions договоры")
M(A, "ru", "vystavka-krasnodar", ("Роман Скворцов", "skvorcov@krovlya-yug.example.ru"), "Re: {s}",
  "Добрый день!\n\nЯ на выставке «ЮгСтройЭкспо» в Краснодаре (павильон 3, стенд B-17) до 9 декабря. "
  "Отвечаю на почту урывками, по вечерам. Если будете на выставке — заходите!\n\nРоман\n",
  hdr="xar", note="ru; exhibition; X-Autoreply")
M(A, "ru", "nerabochee-vremya-ekb", ("Интернет-магазин «ТеплоДом»", "zakaz@teplodom-ekb.example.ru"),
  "Re: {s}",
  "Ваше письмо пришло в нерабочее время.\n\nМы работаем с понедельника по пятницу с 9:00 до 18:00 по "
  "екатеринбургскому времени (МСК+2). Менеджер ответит вам в начале следующего рабочего дня.\n\n"
  "Это сообщение отправлено автоматически.\n",
  seg="shop", hdr="prec", note="ru; after-hours responder; contains «до 18:00»; Precedence: auto_reply")
M(A, "ru", "ponedelnik-vykhodnoy", ("Шоурум «Лофт-Лампа»", "hello@loft-lampa.example.ru"), "Автоответ: {s}",
  "Привет! По понедельникам шоурум и менеджеры отдыхают 🙂\nВо вторник с 11 утра ответим на все сообщения.\n",
  seg="shop", hdr="rfc", cte="base64", note="ru; Monday day off; emoji; base64")
M(A, "ru", "den-kompanii", ("ООО «Полярный Экспресс»", "info@polyar-express.example.ru"), "Re: {s}",
  "Уважаемые клиенты!\n\n7 декабря — день рождения компании, офис в этот день не работает. "
  "Все обращения будут рассмотрены 8 декабря.\n\nСпасибо, что вы с нами уже 15 лет!\n",
  hdr="bulk", note="ru; company holiday closure; Precedence: bulk")
M(A, "ru", "rassylka-ne-proveryaetsya", ("Уведомления «Цифроград»", "no-reply@cifrograd.example.ru"), "Re: {s}",
  "Этот адрес используется только для отправки уведомлений. Входящие письма на него не читаются и "
  "автоматически удаляются.\n\nНаписать нам можно через форму на сайте cifrograd.example.ru/support.\n",
  hdr="gen", note="ru; mailbox not monitored; no-reply; names a form")
M(A, "ru", "ne-rabotaet-laptieva", ("Лаптева Екатерина", "laptieva@agrotorg-sever.example.ru"),
  "Автоматический ответ: {s}",
  "Екатерина Лаптева больше не работает в компании «Агроторг-Север».\nВаше письмо не будет прочитано и не будет "
  "переслано.\nПо вопросам закупок пишите на zakupki@agrotorg-sever.example.ru\n",
  hdr="exch", cs="windows-1251", cte="quoted-printable", note="ru; employee left; Exchange headers; windows-1251 QP")
M(A, "ru", "adres-izmenilsya", ("Магазин «Рыболов-Профи»", "shop@rybolov-profi.example.ru"), "Re: {s}",
  "ВНИМАНИЕ! С 1 декабря наш адрес для заказов изменился: orders@rybolov-profi-new.example.ru\n"
  "Письма, отправленные на старый ящик, не обрабатываются. Пожалуйста, продублируйте своё сообщение на новый адрес.\n",
  seg="shop", note="ru; address changed; no auto headers")
M(A, "ru", "pereezd-shourum", ("Мебельная фабрика «Кедровый Дом»", "info@kedrovy-dom.example.ru"),
  "Автоответ: Мы переезжаем",
  "Здравствуйте!\n\nМы переезжаем на новый склад. До 10 декабря включительно шоурум и пункт выдачи "
  "не работают, заказы не отгружаются.\n\nС 11 декабря ждём вас по новому адресу: г. Томск, ул. Сосновая, 12, "
  "с 10 до 20 ежедневно. Спасибо за терпение!\n",
  seg="shop", hdr="rfc", note="ru; office/warehouse move; mentions пункт выдачи and «с 10 до 20»; own subject")
M(A, "ru", "tekh-raboty-server", ("Служба поддержки «ОблакоСтрой»", "support@oblakostroy.example.ru"),
  "Автоматическое уведомление: технические работы",
  "Уважаемый клиент!\n\nНа почтовом сервере проводятся плановые технические работы. Обработка входящих "
  "писем приостановлена до 8 декабря 12:00 (МСК). Ваше письмо сохранено и будет обработано после завершения "
  "работ.\n\nПриносим извинения за неудобства.\n",
  seg="svc", hdr="gen+bulk", note="ru; technical works; 'ваше письмо сохранено' but no receipt number")
M(A, "ru", "chatbot-operatory-offline", ("Бот Кузя — «ЗооЛавка»", "chat@zoolavka.example.ru"),
  "Re: {s}", None,
  "<html><body style=\"font-family:Arial,sans-serif\"><table width=\"100%\"><tr><td>"
  "<p><b>Кузя</b> 🐾 <span style=\"color:#888\">чат-бот</span></p>"
  "<p>Все операторы сейчас офлайн 😴</p>"
  "<p>Оставьте сообщение здесь — мы ответим в рабочее время: пн&ndash;пт с 9 до 19, сб с 10 до 16.</p>"
  "<p style=\"font-size:11px;color:#999\">Сообщение отправлено автоматически из онлайн-чата.</p>"
  "</td></tr></table></body></html>",
  seg="shop", hdr="gen", note="ru; chat widget bot, agents offline; HTML-only; contains hours «с 9 до 19»")
M(A, "ru", "spamfiltr-podtverdite", ("Антиспам-фильтр", "antispam@tekhnopark-mezon.example.ru"),
  "Подтвердите отправку письма",
  "Здравствуйте!\n\nВаше письмо на адрес info@tekhnopark-mezon.example.ru задержано фильтром. "
  "Чтобы подтвердить, что вы не робот, перейдите по ссылке в течение 48 часов:\n\n"
  "https://antispam.tekhnopark-mezon.example.ru/confirm?id=7f3a91c2\n\nПосле подтверждения письмо будет "
  "доставлено, а ваш адрес добавлен в список разрешённых отправителей.\n",
  irt=False, hdr="gen+junk", note="ru; challenge-response; verify you are human; no In-Reply-To")
M(A, "ru", "belyy-spisok", ("Олег Пряхин", "pryakhin@yurbyuro-pryakhin.example.ru"), "Re: {s}",
  "Адрес anatoly@shopper.example отсутствует в белом списке получателя.\n\nЧтобы ваше сообщение было доставлено, "
  "ответьте на это письмо, не меняя темы. Повторно подтверждать не потребуется.\n",
  seg="svc", cte="base64", note="ru; whitelist challenge; no auto headers; base64")
M(A, "ru", "otpusk-dve-kollegi", ("Алёна Шибаева", "shibaeva@lenta-print.example.ru"), "Отпуск: Re: {s}",
  "Добрый день! Я в отпуске до 21 декабря.\n\nПо макетам — Вера (vera@lenta-print.example.ru),\n"
  "по счетам и договорам — Антон (anton@lenta-print.example.ru).\n\nХорошего дня!\n",
  hdr="xar+sup", seg="svc", note="ru; vacation; two colleagues; X-Autoreply; mentions договорам")
M(A, "ru", "auto-budu-15", ("Гена Мусин", "musin@velomaster.example.ru"), "Auto: {s}",
  "Буду 15-го.\n", cte="8bit", hdr="rfc", note="ru; tiny; Auto: subject")
M(A, "ru", "dekretny-dina", ("Юлия Ахметова", "akhmetova@kazan-keramika.example.ru"), "Re: {s}",
  "Я в декретном отпуске.\nВместо меня — Дина Сафина, +7 (843) 207-51-93, safina@kazan-keramika.example.ru\n",
  cs="koi8-r", cte="8bit", note="ru; maternity leave; phone; koi8-r 8bit; no auto headers")
M(A, "ru", "vladivostok-noch", ("«ДВ-Морепродукты»", "shop@dv-moreprodukty.example.ru"),
  "Автоответ: {s}",
  "Здравствуйте! У нас во Владивостоке сейчас ночь (UTC+10), магазин откроется в 9:00 по местному времени.\n"
  "Как только менеджер выйдет на смену, он обязательно ответит.\n\n— отправлено автоматически —\n",
  seg="shop", hdr="rfc+prec", tz=10, note="ru; after-hours in the company's time zone")
M(A, "ru", "splav-vernus-v-sredu", ("Миша Кондаков", "misha@kondakov-studio.example.ru"), "Re: {s}",
  "Привет! Меня нет до среды — уехал на сплав, связи нет вообще. Вернусь — разберу почту.\n",
  hdr="rfc", seg="svc", mid_domain="mail.gmail.com", note="ru; Gmail-style vacation responder; casual")
M(A, "ru", "bitrix-otsutstvuet-s-citatoy", ("Наталья Грибова", "gribova@okna-standart.example.ru"),
  "Re: {s}",
  "Сотрудник отсутствует на рабочем месте до 11.12.2026.\nСообщение отправлено автоматически.\n",
  quote_style="outlook_ru", hdr="mailer_bitrix+xarsp", seg="shop",
  note="ru; absence notice quoting the probe; X-Autorespond")
M(A, "ru", "po-vykhodnym-ne-obrabatyvaem", ("Автосервис «Пит-Стоп 24»", "info@pitstop24.example.ru"), "Re: {s}",
  "Уважаемый клиент!\n\nОбращаем внимание: письма, поступившие в пятницу после 17:00, в выходные и праздничные "
  "дни, обрабатываются в порядке очереди со следующего рабочего дня. Онлайн-запись на сайте работает "
  "круглосуточно.\n",
  hdr="prec", seg="svc", note="ru; working-hours responder; contains «круглосуточно»")
M(A, "ru", "kompaniya-zakryta", ("ООО «Сибирский Лён»", "info@sibirsky-len.example.ru"), "Re: {s}",
  "Этот почтовый ящик закрыт.\n\nКомпания «Сибирский Лён» прекратила деятельность 1 октября 2026 года. "
  "Заказы не принимаются. Благодарим всех покупателей за годы сотрудничества.\n",
  seg="shop", cs="windows-1251", cte="8bit", note="ru; closure; windows-1251 8bit; no auto headers")
M(A, "ru", "sanitarny-den", ("Магазин «Фермерская Лавка на Садовой»", "lavka@fermer-sadovaya.example.ru"),
  "Автоответ: {s}",
  "Уважаемые покупатели!\n\n7 декабря — санитарный день: магазин и самовывоз не работают. Заказы, оформленные "
  "на сайте сегодня, будут собраны и переданы в доставку 8 декабря с утра.\n\nХорошего вам дня!\n",
  seg="shop", hdr="rfc", note="ru; closure day; mentions самовывоз, оформленные заказы, сегодня")

# ================================================================ autoreply, English (18)
M(A, "en", "exchange-oof-priya", ("Daniel Hargreave", "d.hargreave@cobaltledger.example"),
  "Automatic reply: {s}",
  "Thank you for your message.\n\nI am out of the office until Monday 14 December with limited access to email. "
  "For urgent matters please contact Priya Malhotra (priya.malhotra@cobaltledger.example, +44 20 7946 0415), "
  "who is covering my accounts while I am away.\n\nKind regards,\nDaniel Hargreave\nSenior Account Executive | "
  "Cobalt Ledger Ltd\n",
  hdr="exch+mailer_ol", seg="svc", note="en; Exchange OOF; colleague with phone")
M(A, "en", "away-till-1214", ("Nora Quist", "nora@quistandfield.example"), "Out of Office: {s}",
  "Away until 12/14. Limited email.\n", hdr="rfc", cte="7bit", note="en; very short")
M(A, "en", "portugal-no-laptop", ("Sam Ortega", "sam@ortega-bikes.example"), "Re: {s}",
  "Hey! I'm on holiday in Portugal until the 15th and I left the laptop at home on purpose. "
  "I'll get back to you when I'm back. Cheers!\n",
  hdr="rfc", mid_domain="mail.gmail.com", cte="7bit", note="en; Gmail vacation responder; casual; Re: subject")
M(A, "en", "off-sick-frontdesk", ("Heather Lyle", "heather.lyle@greenwaydental.example"), "Re: {s}",
  "Hi,\nI'm off sick today and tomorrow. If it's urgent, please call the front desk on +44 161 496 0832 and they'll "
  "point you to the right person.\nHeather\n",
  seg="svc", note="en; sick leave; no auto headers; phone")
M(A, "en", "parental-leave-march", ("Jonas Berglund", "jonas.berglund@fjordpay.example"),
  "Automatic reply: {s}",
  "Hello,\n\nI'm on parental leave until March 2027 and won't be checking email. Partnership and pricing "
  "enquiries are now handled by Marta Lindqvist — marta.lindqvist@fjordpay.example.\n\nThank you!\n",
  hdr="exch", seg="svc", note="en; parental leave; mentions pricing")
M(A, "en", "retail-summit", ("Chloe Marchetti", "chloe@larkspur-home.example"), "Re: {s}",
  "Thanks for reaching out! I'm at the Northern Retail Summit in Leeds through Wednesday and replies will be "
  "slower than usual. I'll be back at my desk on Thursday, 10 December.\n\nChloe\n",
  hdr="prec", seg="shop", note="en; conference; Precedence: auto_reply")
M(A, "en", "certification-course", ("Raj Patel", "raj.patel@brightforge-it.example"), "Auto: {s}",
  "I'm attending a certification course all week (7–11 Dec) and only checking email in the evenings. "
  "If your matter can't wait, email team@brightforge-it.example.\n",
  hdr="xar", seg="svc", note="en; training; Auto: subject; X-Autoreply")
M(A, "en", "offline-pacific", ("Tidewater Supply Co.", "support@tidewatersupply.example"), "Re: {s}",
  "Thanks for your email! Our team is offline right now. Support hours are 9am–5pm Pacific, Monday to Friday, "
  "and we'll reply as soon as we're back.\n\nThis is an automated message.\n",
  seg="shop", hdr="gen", tz=-8, note="en; after-hours responder; contains '9am–5pm'")
M(A, "en", "weekend-closed", ("Pine & Parcel", "hello@pineandparcel.example"), "Re: {s}",
  "Hi there,\n\nIt's still Sunday here in Oregon, and our small team takes weekends off. "
  "We'll pick up your note first thing Monday morning (Pacific time).\n\nPine & Parcel\n",
  seg="shop", hdr="rfc", tz=-8, note="en; weekend responder in the company's time zone")
M(A, "en", "santambrogio-closed", ("Vetri Bianchi srl", "export@vetribianchi.example"), "Re: {s}",
  "Dear customer,\n\nour offices in Milan are closed on 7 December (Sant'Ambrogio) and 8 December "
  "(Immaculate Conception). We will reply to your message from 9 December.\n\nBest regards\nVetri Bianchi export team\n",
  seg="shop", cs="iso-8859-1", hdr="prec", note="en; public-holiday closure; iso-8859-1")
M(A, "en", "mailbox-not-monitored", ("Quillmark Notifications", "no-reply@quillmark.example"), "Re: {s}",
  "This mailbox is not monitored. Replies sent to this address are discarded automatically.\n\n"
  "To reach a person, use the contact form at https://quillmark.example/contact.\n",
  hdr="gen", seg="svc", note="en; not monitored; names a form")
M(A, "en", "no-longer-with-fernhill", ("Martin Kowalski", "m.kowalski@fernhill-logistics.example"),
  "Automatic reply: {s}",
  "Martin Kowalski is no longer with Fernhill Logistics. Your message has not been forwarded.\n"
  "For quotes and contracts please write to sales@fernhill-logistics.example.\n",
  hdr="exch", seg="svc", note="en; employee left; mentions contracts")
M(A, "en", "address-changed-bramble", ("Bramble Cart", "orders@bramblecart.example"), "Re: {s}",
  "Please note: our email address has changed. Kindly update your records and resend your message to "
  "hello@bramblecart-shop.example. This inbox will be closed at the end of the month.\n",
  seg="shop", note="en; address changed; no auto headers")
M(A, "en", "mail-migration", ("Harbor Analytics IT", "it-notices@harboranalytics.example"),
  "[Auto] Mail system migration",
  "We are migrating our mail system this week. Messages received between 5 and 8 December may not be read "
  "until the migration is finished. We apologise for any delay.\n",
  hdr="gen+bulk", seg="svc", note="en; technical works; own subject")
M(A, "en", "chat-agents-offline", ("Luma Lights Chat", "chat@lumalights.example"), "Re: {s}", None,
  "<html><body><div style=\"max-width:520px;margin:auto;font-family:Helvetica,Arial\">"
  "<h3 style=\"margin:0\">Hi there &#128075;</h3>"
  "<p>Our agents are offline at the moment.</p>"
  "<p>Leave your question and we&rsquo;ll get back to you by email during business hours "
  "(Mon&ndash;Fri, 8am&ndash;6pm GMT).</p>"
  "<p style=\"color:#aaa;font-size:11px\">Sent by the Luma Lights chat assistant</p>"
  "</div></body></html>",
  seg="shop", hdr="gen", note="en; chat bot, agents offline; HTML-only")
M(A, "en", "verify-human", ("MailGuard for Ashby & Cole", "verify@ashbycole.example"),
  "Please verify your email to Ashby & Cole",
  "Hello,\n\nYou recently sent a message to info@ashbycole.example. To protect our inbox from spam, "
  "please verify you are human by clicking the link below. Your message will be held for 72 hours and "
  "then deleted.\n\n  https://mailguard.ashbycole.example/v/8c21d0\n\nYou only need to do this once.\n",
  irt=False, hdr="gen", seg="svc", note="en; challenge-response; verify you are human; no In-Reply-To")
M(A, "en", "whitelist-pending", ("Gregor Hale", "gregor@halefinearts.example"), "Re: {s}",
  "I use a sender whitelist. Your message is pending and I haven't seen it yet.\n"
  "Reply to this note with the word CONFIRM in the body and it will be released to my inbox.\n",
  seg="shop", cte="7bit", note="en; whitelist challenge; no auto headers")
M(A, "en", "travelling-patchy", ("Leo Fairbanks", "leo@fairbanks-studio.example"), "Re: {s}",
  "Hi,\n\nI'm travelling with patchy connectivity until Wednesday 9 Dec. I'll reply properly once I'm back at my "
  "desk.\n\nThanks,\nLeo\n",
  seg="svc", note="en; trip; looks personal; no auto headers")


# ================================================================ ack, Russian (21)
K = "ack"
M(K, "ru", "obrashchenie-48213", ("Служба заботы «ЛесТорг»", "help@lestorg.example.ru"), "[#48213] Re: {s}",
  "Здравствуйте!\n\nВаше обращение зарегистрировано под номером 48213. Специалист ответит в течение 24 часов.\n\n"
  "Чтобы дополнить обращение, просто ответьте на это письмо, сохранив номер в теме.\n",
  hdr="gen", note="ru; [#N] subject; no vendor headers")
M(K, "ru", "zayavka-kl-prinyata", ("CRM «Клевер-Логистик»", "crm@klever-logistic.example.ru"),
  "Заявка № КЛ-2026-11873 принята",
  "Заявка № КЛ-2026-11873 принята.\nДата регистрации: 07.12.2026\nОтветственный отдел: коммерческий\n\n"
  "Письмо сформировано автоматически, отвечать на него не нужно.\n",
  seg="svc", irt=False, note="ru; own subject with number; key-value lines; no In-Reply-To")
M(K, "ru", "bank-severny-val", ("Банк «Северный Вал»", "noreply@severny-val.example.ru"),
  "Обращение № 7701-556 получено",
  "Уважаемый клиент!\n\nБанк «Северный Вал» получил ваше обращение № 7701-556. Срок рассмотрения — до 30 "
  "календарных дней. Ответ будет направлен на адрес электронной почты, указанный в обращении.\n\n"
  "Не отвечайте на это письмо.\nКонтактный центр: 8 800 707-18-18 (звонок по России бесплатный)\n",
  seg="svc", hdr="gen", irt=False, note="ru; bank receipt; phone; no In-Reply-To")
M(K, "ru", "portal-obrashcheniy", ("Портал обращений Прибрежного края", "portal@obrashcheniya-pk.example.ru"),
  "Обращение зарегистрировано",
  "Уважаемый(ая) Анатолий Смирнов!\n\nВаше обращение зарегистрировано.\nРегистрационный номер: ОГ-12/4471 от 07.12.2026\n"
  "Статус: направлено на рассмотрение\n\nОтследить ход рассмотрения можно в личном кабинете портала.\n",
  seg="svc", irt=False, plus=True, cs="koi8-r", cte="base64",
  note="ru; government-like portal; form probe, plus-address; koi8-r base64")
M(K, "ru", "marketplace-vopros-prodavtsu", ("Маркетплейс «Полка»", "notify@polka-market.example.ru"),
  "Ваш вопрос передан продавцу",
  "Здравствуйте, Анатолий!\n\nПродавец «Уют-Текстиль» получил ваш вопрос о товаре. Ответ появится в разделе "
  "«Мои вопросы» в личном кабинете, мы пришлём уведомление.\n\nОбычно продавцы отвечают в течение суток.\n",
  seg="shop", hdr="gen+bulk", irt=False, plus=True, note="ru; marketplace receipt; plus-address")
M(K, "ru", "crm-zayavka-0342", ("Интернет-магазин «Техносклад»", "robot@tekhnosklad.example.ru"), "Re: {s}",
  "Здравствуйте!\n\nМы получили ваше письмо и уже передали его менеджеру. Номер заявки: 2026-1207-0342.\n"
  "Менеджер свяжется с вами в ближайшее рабочее время.\n\n---\nЭто автоматическое письмо.\n",
  seg="shop", hdr="mailer_php", note="ru; home-made CRM receipt; 'передали менеджеру'")
M(K, "ru", "tiket-tablica-html", ("Поддержка «ХостЛайн»", "support@hostline.example.ru"),
  "Новый тикет #HL-90517: {s}", None,
  "<!DOCTYPE html><html><head><style>td{padding:4px 8px}</style></head><body>"
  "<p>Здравствуйте!</p><p>Мы создали тикет по вашему письму.</p>"
  "<table border=\"1\" cellspacing=\"0\"><tr><td>Тикет</td><td>#HL-90517</td></tr>"
  "<tr><td>Статус</td><td>Новый</td></tr><tr><td>Приоритет</td><td>Обычный</td></tr>"
  "<tr><td>Очередь</td><td>Продажи</td></tr></table>"
  "<p>Ответ придёт на эту почту. История — в <a href=\"https://my.hostline.example.ru/tickets\">личном кабинете</a>.</p>"
  "</body></html>",
  seg="svc", hdr="gen", note="ru; HTML-only table receipt")
M(K, "ru", "pismo-polucheno-9-21", ("«СушиВёсла»", "zakaz@sushivesla.example.ru"), "Re: {s}",
  "Спасибо, письмо получено! 🍣\nНаши операторы работают с 9 до 21 без выходных — ответим в ближайшее время.\n",
  seg="shop", note="ru; receipt with hours «с 9 до 21»; no headers; emoji")
M(K, "ru", "5521-sokrashchenny-rezhim", ("Поддержка «Фронтир Телеком»", "help@frontier-tel.example.ru"),
  "Re: {s} [Обращение 5521]",
  "Ваше обращение № 5521 зарегистрировано.\n\nОбратите внимание: с 7 по 9 декабря служба поддержки работает в "
  "сокращённом режиме, ответ может занять больше времени, чем обычно.\n",
  seg="svc", hdr="rfc", note="ru; receipt plus reduced-hours clause; still ack")
M(K, "ru", "zapros-prinyat-koi8", ("Отдел снабжения «МеталлИнвест»", "snab@metallinvest-nn.example.ru"), "Re: {s}",
  "Запрос принят в работу.\nНомер запроса: 330-118.\nПри повторном обращении указывайте этот номер.\n",
  cs="koi8-r", cte="quoted-printable", note="ru; koi8-r QP; short receipt")
M(K, "ru", "ochered-poziciya-4", ("Отдел продаж «АльфаКлимат»", "sales@alfaklimat.example.ru"),
  "Уведомление о получении",
  "Уведомление о получении.\n\nВаше сообщение доставлено в отдел продаж и поставлено в очередь на обработку. "
  "Ваша позиция в очереди: 4.\n\nСреднее время ответа сегодня — 40 минут.\n",
  cs="windows-1251", cte="base64", hdr="gen", note="ru; windows-1251 base64; queue position")
M(K, "ru", "zayavka-90412-v-skobkah", ("Сервис «ДомРемонт»", "info@domremont-service.example.ru"),
  "Re: {s} (Заявка 90412)",
  "Создана заявка 90412.\nМастер-консультант свяжется с вами после обработки заявки.\n\n"
  "График работы контакт-центра: ежедневно с 8:00 до 22:00.\n",
  seg="svc", note="ru; (Заявка N) subject; hours «с 8:00 до 22:00»")
M(K, "ru", "sup-22817-sozdan", ("Service Desk «Гранит-ИТ»", "servicedesk@granit-it.example.ru"),
  "[SUP-22817] {s}",
  "Запрос SUP-22817 создан.\n\nВаш запрос получен и ожидает назначения исполнителя. Вы получите письмо, когда "
  "статус изменится.\n\nПросмотреть запрос: https://sd.granit-it.example.ru/browse/SUP-22817\n",
  seg="svc", hdr="gen", note="ru; Jira-like key, no Jira header")
M(K, "ru", "provayder-inc", ("Абонентский отдел «СетьПлюс»", "abon@setplus.example.ru"), "Re: {s}",
  "Уважаемый абонент!\nВаше обращение принято. Номер инцидента: INC0048123.\nСтатус обращения можно уточнить по "
  "телефону 8 (4212) 45-09-90, назвав номер инцидента.\n",
  seg="svc", hdr="prec", note="ru; ISP receipt, INC number; phone")
M(K, "ru", "raschet-dostavki-2-chasa", ("ТК «Обь-Транзит»", "calc@ob-tranzit.example.ru"),
  "Ваш запрос на расчёт получен",
  "Ваш запрос на расчёт доставки получен и передан логисту. Расчёт стоимости придёт на этот адрес в течение "
  "2 часов в рабочее время.\n\nОбь-Транзит — грузоперевозки по Сибири\n",
  seg="shop", irt=False, plus=True, note="ru; logistics receipt; form probe, plus-address")
M(K, "ru", "nomer-1207-118-lk", ("Клиентская служба «ЭнергоСбыт-Плюс»", "client@energosbyt-plus.example.ru"),
  "Re: {s}",
  "Вашему обращению присвоен номер 1207/118.\nОтслеживать статус можно в личном кабинете в разделе «Обращения».\n\n"
  "Это письмо отправлено автоматически. Пожалуйста, не отвечайте на него.\n",
  seg="svc", cs="windows-1251", cte="quoted-printable", hdr="gen", note="ru; N/N number; windows-1251 QP")
M(K, "ru", "kp-v-techenie-dnya", ("Команда «Бухта-Бух»", "no-reply@bukhta-bukh.example.ru"),
  "Мы получили ваш запрос на тарифы",
  "Мы получили ваш запрос на тарифы!\n\nКоммерческое предложение и образец договора придут на эту почту в течение "
  "рабочего дня. Если появятся вопросы, ответьте на письмо — оно попадёт к менеджеру.\n",
  seg="svc", irt=False, hdr="gen+bulk", note="ru; receipt promising offer and contract; no-reply")
M(K, "ru", "a-5590-dezhurny", ("Почта «ГородЦветов»", "info@gorodcvetov.example.ru"), "Re: {s} [A-5590]",
  "Сообщение доставлено.\nЭто автоматическое подтверждение: письмо #A-5590 прочитает дежурный менеджер.\n",
  seg="shop", cte="8bit", note="ru; 'сообщение доставлено' receipt; 8bit")
M(K, "ru", "vash-vopros-citata", ("Магазин «Книжный Причал»", "bot@knizhny-prichal.example.ru"),
  "Обращение 77120: {s}",
  "Здравствуйте! Мы зарегистрировали ваше обращение.\n\nНомер: 77120\nТема: Самовывоз сегодня\nВаш вопрос:\n"
  "«До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.»\n\n"
  "Ответ пришлём в течение двух часов.\n",
  seg="shop", note="ru; receipt echoing the question")
M(K, "ru", "omni-4471", ("Поддержка «Склад-Онлайн»", "support@sklad-online.example.ru"), "Re: {s} [##4471##]",
  "Ваше письмо получено и зарегистрировано в системе под номером 4471.\n\n"
  "Отвечая, сохраняйте, пожалуйста, в теме номер [##4471##] — так переписка не потеряется.\n",
  seg="svc", hdr="gen", note="ru; [##N##] subject")
M(K, "ru", "ura-pismo-u-nas", ("Банда «Пиццария Дяди Вани»", "hello@dyadya-vanya-pizza.example.ru"), "Re: {s}",
  "Ура, ваше письмо у нас! 🎉\nНомер обращения — #ZK-3318. Скоро кто-нибудь из команды напишет вам лично.\n",
  seg="shop", hdr="gen", cte="base64", note="ru; casual receipt; emoji; base64")

# ================================================================ ack, English (14)
M(K, "en", "freshdesk-ticket-received", ("Rowan Tools Support", "support@rowantools.example"),
  "Ticket Received - [#3381] Re: {s}",
  "Dear Customer,\n\nWe would like to acknowledge that we have received your request and a ticket has been created. "
  "A support representative will be reviewing your request and will send you a personal response (usually within "
  "24 hours).\n\nTo view the status of the ticket or add comments, please visit\nhttps://rowantools.freshdesk.com/helpdesk/tickets/3381\n\n"
  "Thank you for your patience.\n\nSincerely,\nRowan Tools Support Team\n",
  seg="shop", mid_domain="freshdesk.com", reply_to="support@rowantools.freshdesk.com", note="en; Freshdesk-style")
M(K, "en", "request-41877-received", ("Veldt Payments", "help@veldtpay.example"), "[Veldt Payments] Re: {s}",
  "Your request (41877) has been received and is being reviewed by our support staff.\n\nTo add additional comments, "
  "reply to this email.\n",
  seg="svc", hdr="gen", note="en; Zendesk-like wording without vendor headers")
M(K, "en", "helpscout-got-message", ("Cinder & Sage", "hello@cinderandsage.example"), "Re: {s}",
  "Hi there,\n\nWe've received your message and one of us will reply soon — usually within one business day.\n\n"
  "In the meantime, our FAQ answers most questions about shipping and pickup: https://cinderandsage.example/faq\n",
  seg="shop", mid_domain="helpscout.net", hdr="gen", note="en; Help Scout-style; FAQ link")
M(K, "en", "case-00731245-ref", ("Orbitra Customer Care", "care@orbitra.example"),
  "Case 00731245: {s} [ ref:_00D5g2xKq._500Qy1Zf8R:ref ]",
  "Thank you for contacting Orbitra. Case 00731245 has been created for your enquiry and assigned to our "
  "Commercial team.\n\nPlease keep the reference in the subject line of any reply.\n",
  seg="svc", irt=False, note="en; Salesforce-style case ref")
M(K, "en", "secure-message-sm-882104", ("Merrow Bank", "no-reply@merrowbank.example"), "We've received your message",
  "Dear Customer,\n\nWe have received your message. Reference: SM-882104.\nWe aim to respond within 2 business days.\n\n"
  "Please do not reply to this email. Merrow Bank will never ask for your password by email.\n",
  seg="svc", hdr="gen", irt=False, note="en; bank receipt; no-reply")
M(K, "en", "county-registry-logged", ("Harbour County Business Registry", "enquiries@hcbr.example"),
  "Enquiry logged: HCBR-2026-0912",
  "Thank you for contacting the Harbour County Business Registry.\n\nYour enquiry has been logged with reference "
  "HCBR-2026-0912. Enquiries are answered in the order received, normally within 10 working days.\n",
  seg="svc", irt=False, plus=True, cte="7bit", note="en; government-like portal; plus-address")
M(K, "en", "seller-message-delivered", ("Marketly", "messages@marketly.example"),
  "Your message to BrightNook was delivered",
  "Your message to seller BrightNook has been delivered.\nSellers usually respond within 48 hours. You'll get an "
  "email when they reply.\n",
  seg="shop", irt=False, plus=True, hdr="gen+bulk", note="en; marketplace delivery receipt")
M(K, "en", "we-got-it-a7", ("Thistle Print Shop", "orders@thistleprint.example"), "Re: {s} [#A7-19022]",
  "Thanks — we got it! 🙌\nA human will read your email soon. Your ticket is #A7-19022.\n",
  seg="shop", cte="base64", note="en; casual receipt; emoji")
M(K, "en", "view-ticket-button-html", ("Parcelwise Support", "support@parcelwise.example"),
  "We received your request #55720", None,
  "<html><body style=\"background:#f4f4f4\"><table align=\"center\" width=\"560\" style=\"background:#fff\">"
  "<tr><td style=\"padding:24px\"><h2>We received your request</h2>"
  "<p>Request <strong>#55720</strong> is in our queue. Our team replies within one business day.</p>"
  "<p><a href=\"https://help.parcelwise.example/requests/55720\" style=\"background:#3b5bdb;color:#fff;"
  "padding:10px 18px;text-decoration:none\">View your ticket</a></p></td></tr></table></body></html>",
  seg="svc", irt=False, hdr="gen", note="en; HTML-only; button")
M(K, "en", "support-hours-cet", ("Kestrel Wares", "care@kestrelwares.example"), "Re: {s}",
  "Hello,\n\nthis is a confirmation that your email has reached Kestrel Wares customer care (ticket KW-60231).\n"
  "Our support hours are 8:00–20:00 CET, Monday to Saturday.\n",
  seg="shop", note="en; receipt with hours")
M(K, "en", "otrs-ticket-number", ("Lindqvist Hosting", "support@lindqvisthosting.example"),
  "[Ticket#2026120710000147] Re: {s}",
  "Your email has been received and assigned ticket number 2026120710000147.\nOne of our agents will contact you "
  "shortly.\n\n-- \nLindqvist Hosting AB\n",
  seg="svc", hdr="gen", note="en; OTRS-style ticket number")
M(K, "en", "latin1-registered-5512", ("Atelier Rousseau", "contact@atelier-rousseau.example"), "Re: {s}",
  "Bonjour / Hello,\n\nWe have registered your request n° 5512. Our team in Lyon will get back to you shortly.\n\n"
  "Atelier Rousseau — céramique & décoration\n",
  seg="shop", cs="iso-8859-1", cte="quoted-printable", note="en; iso-8859-1 QP; n°")
M(K, "en", "sd-4410-created", ("Nimbus Service Desk", "servicedesk@nimbusstack.example"), "[SD-4410] Request created",
  "Request SD-4410 was created.\n\nWe'll let you know when someone picks it up. You can follow the request "
  "on the portal.\n",
  seg="svc", irt=False, hdr="gen", note="en; Jira SM-like, no header")
M(K, "en", "quote-q77310", ("Quotes — Ironbridge Freight", "quotes@ironbridgefreight.example"),
  "Auto-acknowledgement: Quote ID Q-77310",
  "Your inquiry was received by the Quotes team and logged as Q-77310.\nA tariff sheet and our standard agreement "
  "will follow from a pricing specialist.\n",
  seg="svc", hdr="rfc", irt=False, note="en; receipt mentions tariff sheet and agreement")


# ================================================================ human, Russian (15)
H = "human"
M(H, "ru", "v-otpuske-no-otvechu", ("Евгений Сорокин", "sorokin@velomir-nsk.example.ru"), "Re: {s}",
  "⟦Анатолий, добрый день!\nЯ вообще-то в отпуске, но раз уж увидел — отвечу: пункт самовывоза работает до 20:00, "
  "заказ могу оформить сам, пришлите только артикул. Доставку сегодня курьером сделаем, если оплатите до 15:00.⟧\n\n"
  "Евгений\n\nОтправлено с iPhone\n\n{Q}",
  seg="shop", quote_style="apple", hdr="mailer_iphone", note="ru; human on vacation who answers; Apple quote")
M(H, "ru", "helpdesk-agent-auto-generated", ("Поддержка «ТаймБилл»", "support@timebill.example.ru"),
  "[#48219] Re: {s}",
  "## Ответьте выше этой строки ##\n\n"
  "Марина (Отдел продаж), 7 дек., 12:41 MSK\n\n"
  "⟦Здравствуйте, Анатолий!\n\nТарифы: «Базовый» — 990 руб./мес, «Команда» — 2 490 руб./мес, «Бизнес» — 5 900 руб./мес.\n"
  "Договор заключаем по оферте на сайте или бумажный — пришлите реквизиты. Подключение занимает 1 рабочий день.⟧\n\n"
  "С уважением,\nМарина Ткач\n\n---\nОбращение #48219 · Статус: ожидает вашего ответа\n",
  seg="svc", hdr="gen+bulk", note="ru; helpdesk agent answer with Auto-Submitted + Precedence: bulk; agent line; ticket footer")
M(H, "ru", "noreply-no-pishet-menedzher", ("«Стройка-Маркет»", "noreply@stroyka-market.example.ru"), "Re: {s}",
  "⟦Здравствуйте!\nПункт выдачи на Промышленной, 4 работает с 8 до 19, в субботу до 15. Заказ оформил на вас — "
  "номер 55120, оплата при получении. Сегодня доставить можем после 17:00, "
  "стоимость 600 руб.⟧\n\nМенеджер Артём Чурилов\n\n{Q}",
  seg="shop", quote_style="yandex", note="ru; human from a no-reply sender; curt and complete")
M(H, "ru", "shablon-no-otvet", ("ООО «Эдо-Мост»", "info@edo-most.example.ru"), "Re: {s}",
  "⟦Здравствуйте! Благодарим за обращение в компанию «Эдо-Мост».\n\nТариф «Старт» — 1 900 руб./мес, «Оптима» — "
  "3 400 руб./мес (до 500 документов). Договор подписываем через ЭДО, подключение — 2 рабочих дня после подписания.⟧\n\n"
  "С уважением,\nкоманда «Эдо-Мост»\n8 (800) 350-41-12\n\n{Q}",
  seg="svc", quote_style="outlook_ru", hdr="mailer_ol", note="ru; template-like opening but a complete answer")
M(H, "ru", "vernulsya-iz-komandirovki", ("Сергей Литвинов", "litvinov@logoprint.example.ru"), "Re: {s}",
  "⟦Анатолий, здравствуйте! Вернулся из командировки, извините за задержку.\n"
  "По тарифам: печать визиток от 900 руб. за 100 шт., договор можем подписать в тот же день, сроки — 3 рабочих дня.⟧\n\n"
  "--\nС. Литвинов, «ЛогоПринт»\n\n{Q}",
  seg="svc", quote_style="gmail_ru", delay=60 * 40, note="ru; human after a trip; '--' signature")
M(H, "ru", "outlook-suppress-human", ("Анна Воробьёва", "vorobyova@optika-zrenie.example.ru"), "RE: {s}",
  "⟦Анатолий, добрый день.\n\nСамовывоз у нас на Ленина, 22, с 10 до 20 без выходных. Если напишете, какие линзы "
  "нужны, я оформлю заказ и отложу их к вечеру — доставку сегодня, к сожалению, не делаем.⟧\n\n"
  "С уважением,\nАнна Воробьёва\nсалон «Оптика Зрение»\n\n{Q}",
  seg="shop", quote_style="outlook_ru", hdr="sup+exchmin+mailer_ol",
  note="ru; Outlook human with X-Auto-Response-Suppress; partial (no delivery today)")
M(H, "ru", "kratko-do-21", ("Пётр", "petr@ribnaya-lavka.example.ru"), "Re: {s}",
  "⟦До 21. Заказ можете оформить прямо тут — пишите адрес и что берёте, привезём сегодня.⟧\n\n{Q}",
  seg="shop", quote_style="mailru", cte="8bit", note="ru; curt complete answer; Mail.ru quote")
M(H, "ru", "na-bolnichnom-korotko", ("Ольга Дымова", "dymova@cvetochny-ryad.example.ru"), "Re: {s}",
  "⟦Здравствуйте. Я на больничном, поэтому коротко: пункт на Садовой работает с 10 до 19, а доставку сегодня "
  "уже не успеем — ближайшая завтра с 12:00. Оформить заказ можно ответом на это письмо.⟧\n\nО.Д.\n\n{Q}",
  seg="shop", quote_style="gmail_ru", note="ru; sick-leave mention but answers; initials sign-off")
M(H, "ru", "otvette-vyshe-stroki", ("Support «Кассир-Онлайн»", "help@kassir-online.example.ru"),
  "Re: {s} [Обращение №30917]",
  "— Пожалуйста, пишите ответ выше этой строки —\n\n"
  "⟦Анатолий, здравствуйте!\nТариф «Касса+» — 1 500 руб./мес за одну точку, «Сеть» — 1 200 руб./мес за точку от пяти. "
  "Договор — оферта, акцепт оплатой счёта. Регистрация кассы в налоговой займёт 3 рабочих дня.⟧\n\n"
  "Всего доброго,\nИлья, специалист поддержки\n\n"
  "Обращение №30917 создано 07.12.2026. История переписки:\n\n{Q}",
  seg="svc", quote_style="plain_gt", hdr="gen", note="ru; helpdesk reply-above marker, number in subject, history")
M(H, "ru", "inline-otvety", ("Вадим Ершов", "ershov@zapchasti-rulit.example.ru"), "Re: {s}",
  "⟦Здравствуйте, Анатолий.⟧\n\n"
  "> Здравствуйте!\n> До скольки работает пункт самовывоза?\n\n"
  "⟦До 19:00, в воскресенье до 16:00.⟧\n\n"
  "> Помогите оформить заказ!\n\n"
  "⟦Пришлите VIN или номер детали, оформлю сам.⟧\n\n"
  "> Мне нужно организовать доставку сегодня.\n\n"
  "⟦Сегодня доставим, если закажете до 14:00.⟧\n\nВадим\n",
  seg="shop", hdr="mailer_tb", note="ru; inline answers between quoted lines; Thunderbird")
M(H, "ru", "the-bat-koi8", ("Николай Фомин", "fomin@avtoshkola-start.example.ru"), "Re: {s}",
  "⟦Здравствуйте, Анатолий.⟧\n\n{Q}\n\n⟦Договор заключаем в офисе или по почте, занимает 1 рабочий день. "
  "Тарифы: категория B — 38 000 руб., B с автоматом — 42 000 руб.⟧\n\n--\nС уважением,\n Николай  mailto:fomin@avtoshkola-start.example.ru\n",
  seg="svc", quote_style="bat", hdr="mailer_bat", cs="koi8-r", cte="8bit",
  note="ru; The Bat! greeting above the initials quote, answer below; koi8-r 8bit; greeting is the client's template")
M(H, "ru", "outlook-cp1251-base64", ("Дарья Крылова", "krylova@buhgalter-profi.example.ru"), "RE: {s}",
  "⟦Добрый день, Анатолий!\n\nОбслуживание ИП на УСН — от 4 000 руб. в месяц, ООО — от 9 000 руб. Договор пришлю "
  "сегодня, подписать можно через ЭДО. Начинаем работу на следующий рабочий день после подписания.⟧\n\n"
  "С уважением,\nДарья Крылова\nООО «Бухгалтер-Профи»\nтел. +7 (4852) 67-12-40\n\n{Q}",
  seg="svc", quote_style="outlook_ru", cs="windows-1251", cte="base64", hdr="mailer_ol",
  note="ru; windows-1251 base64; Outlook quote; signature with phone")
M(H, "ru", "html-webmail", ("Лиана Гарипова", "garipova@sladkiy-tort.example.ru"), "Re: {s}", None,
  "<div>⟦Здравствуйте, Анатолий!⟧</div><div><br></div>"
  "<div>⟦Забрать можно до 21:00 на Пушкина, 7.⟧</div>"
  "<div>⟦Торты на сегодня уже расписаны, но капкейки и эклеры есть — оформлю заказ, если напишете, сколько нужно.⟧</div>"
  "<div><br></div><div>Лиана</div><div><br></div>"
  "<div>07.12.2026, 11:05, \"Анатолий Смирнов\" &lt;anatoly@shopper.example&gt;:</div>"
  "<blockquote><div>Здравствуйте!</div><div>До скольки работает пункт самовывоза? Помогите оформить заказ! "
  "Мне нужно организовать доставку сегодня.</div><div><br></div><div>Анатолий Смирнов</div></blockquote>",
  seg="shop", note="ru; HTML-only webmail div per line; blockquote")
M(H, "ru", "zaregistriroval-i-otvetil", ("Кирилл Ланской", "lanskoy@igrushki-gnomik.example.ru"),
  "Re: {s} [Заявка 5512]",
  "⟦Анатолий, добрый день! Заявку зарегистрировал, номер 5512. А по вашему вопросу: забрать заказ можно сегодня до "
  "18:00 на складе, оформлю всё сам, если пришлёте список игрушек. Курьер сегодня — тоже реально, 450 руб.⟧\n\n"
  "Кирилл\n",
  seg="shop", hdr="gen", note="ru; a person says 'заявку зарегистрировал' but answers; Auto-Submitted")
M(H, "ru", "rezhim-v-podpisi", ("Юрий Белов", "belov@transkargo-volga.example.ru"), "Re: {s}",
  "⟦Здравствуйте.\nДоговор высылаем на почту, подписываем сканами, оригиналы потом. Ставка по городу — от 2 500 руб. "
  "за рейс, межгород считаем по заявке. Заключим за 1 рабочий день.⟧\n\n"
  "Юрий Белов\nменеджер по перевозкам\nРежим работы: пн–пт с 9:00 до 18:00\n\n{Q}",
  seg="svc", quote_style="tbird", hdr="mailer_tb+sup",
  note="ru; working hours only in the signature; X-Auto-Response-Suppress")

# ================================================================ human, English (10)
M(H, "en", "on-vacation-quick-answer", ("Tess Whitlock", "tess@whitlockgoods.example"), "Re: {s}",
  "⟦Hi Anatoly,\n\nI'm technically on vacation, but here's a quick answer: pickup at our Camden counter is open until "
  "7pm today. I've put a hold on the order under your name — reply with your address and we can send a same-day "
  "courier instead.⟧\n\nTess\n\n{Q}",
  seg="shop", quote_style="gmail_en", note="en; person on vacation who answers")
M(H, "en", "zendesk-agent", ("Ledgerly Support", "support@ledgerly.example"), "[Ledgerly] Re: {s}",
  "##- Please type your reply above this line -##\n\n"
  "Oscar (Ledgerly)\n\nDec 7, 2026, 13:12 GMT+3\n\n"
  "⟦Hi Anatoly,\n\nOur plans are Starter at $19/month and Team at $49/month. The contract is our online agreement "
  "— you accept it when you subscribe; a signed PDF is available on request. Setup takes about 2 working days.⟧\n\n"
  "Best,\nOscar\n\nThis email is a service from Ledgerly.\n",
  seg="svc", hdr="zd", mid_domain="zendesk.com", note="en; Zendesk agent answer with vendor headers")
M(H, "en", "noreply-signed-person", ("Kitewood Furniture", "no-reply@kitewood.example"), "Re: {s}",
  "⟦Hello Anatoly,\n\nYou caught me before I left — the warehouse pickup desk is open till 6pm. I can place the order "
  "for you now if you send the item names; same-day delivery within the ring road is £25.⟧\n\nRegards,\nFiona, "
  "Kitewood sales\n\nThis message was sent from an unmonitored address. For future orders use sales@kitewood.example.\n",
  seg="shop", hdr="gen", note="en; person writes from a no-reply address; footer says unmonitored")
M(H, "en", "shared-inbox-template", ("Team Arcwise", "team@arcwise.example"), "Re: {s}",
  "⟦Thanks for getting in touch with Arcwise!\n\nHere are our plans: Basic €29/mo, Pro €79/mo, Enterprise from €400/mo. "
  "The contract is signed electronically (DocuSign-style e-signature), and onboarding takes 3 business days.⟧\n\n"
  "Warm regards,\nTeam Arcwise\n\n{Q}",
  seg="svc", quote_style="gmail_en", hdr="bulk", note="en; template-like shared inbox; complete; Precedence: bulk")
M(H, "en", "outlook-suppress", ("Graham Poole", "g.poole@poolehardware.example"), "RE: {s}",
  "⟦Hi Anatoly,\n\nPickup is open 8–5:30 today. I can put the order through if you tell me what you need. "
  "Same-day delivery isn't something we do, sorry.⟧\n\nGraham Poole\nPoole Hardware\n\n{Q}",
  seg="shop", quote_style="outlook_en", hdr="sup+mailer_ol", note="en; Outlook, X-Auto-Response-Suppress; partial")
M(H, "en", "inline-answers", ("Ines Carvalho", "ines@carvalho-cycles.example"), "Re: {s}",
  "⟦Hi Anatoly,⟧\n\n"
  "On Mon, Dec 7, 2026, Анатолий Смирнов wrote:\n> До скольки работает пункт самовывоза?\n\n"
  "⟦Until 8pm (we're in Lisbon, so that's 11pm Moscow).⟧\n\n"
  "> Помогите оформить заказ!\n\n⟦Send me the bike model and size and I'll set it up.⟧\n\n"
  "> Мне нужно организовать доставку сегодня.\n\n⟦Today is fine inside Lisbon.⟧\n\nInês\n",
  seg="shop", note="en; inline answers between quoted Russian lines; signed with a name in Latin-1 letters")
M(H, "en", "html-helpdesk-reply-above", ("Hollis CRM Support", "support@holliscrm.example"), "Re: {s} [#90211]", None,
  "<html><body><p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p>"
  "<p style=\"color:#999\">Maya (Hollis CRM) &middot; Dec 7, 2026 &middot; 14:02</p>"
  "<p>⟦Hi Anatoly,⟧</p><p>⟦Plans start at $15 per user/month (Essentials) and $35 (Growth). "
  "For a contract, reply with your company details and we&#39;ll send the order form for e-signature; "
  "it usually takes 1 to 2 business days end to end.⟧</p>"
  "<p>Cheers,<br>Maya</p><hr><p style=\"font-size:11px;color:#999\">Ticket #90211 &middot; You are receiving this "
  "because you contacted Hollis CRM.</p></body></html>",
  seg="svc", hdr="gen", note="en; HTML-only helpdesk agent answer; reply-above marker; Auto-Submitted")
M(H, "en", "curt-till-8pm", ("Dev", "dev@corner-spice.example"), "Re: {s}",
  "⟦Till 8pm. Send me your address and I'll book a courier for today.⟧\n\nSent from my phone\n",
  seg="shop", cte="7bit", note="en; curt; device line")
M(H, "en", "back-from-leave", ("Priyanka Rao", "priyanka@lumenhr.example"), "Re: {s}",
  "⟦Hello Anatoly,\n\nApologies for the slow reply — I've just returned from leave. Our HR platform costs $4 per "
  "employee per month, minimum 20 employees. We sign a standard MSA (I can send it today), and go-live is usually "
  "5 working days after signature.⟧\n\nBest regards,\nPriyanka Rao\nLumen HR\n\n{Q}",
  seg="svc", quote_style="tbird_en", delay=60 * 60 * 30, note="en; human mentions leave; answers fully")
M(H, "en", "jira-comment-agent", ("Stackfield Service Desk", "jira@stackfield-sd.example"), "[SFD-1182] {s}",
  "Ben Okafor commented:\n\n"
  "⟦Hi Anatoly, pricing is $8 per agent per month on the annual plan; for the contract we use our standard order "
  "form, signed online. Provisioning takes 1 business day.⟧\n\n"
  "View request · Turn off this request's notifications\n\nThis is shared with Анатолий Смирнов.\n"
  "Sent by Atlassian Jira Service Management\n",
  seg="svc", hdr="jira", irt=False, note="en; Jira comment by an agent; vendor header + Auto-Submitted")

# ================================================================ redirect, Russian (6)
R = "redirect"
M(R, "ru", "helpdesk-v-otdel-prodazh", ("Поддержка «МойСклад-Плюс»", "support@moysklad-plus.example.ru"),
  "Re: {s} [#77102]",
  "## Ответьте выше этой строки ##\n\n"
  "⟦Анатолий, здравствуйте! По тарифам и договору вас проконсультирует отдел продаж: sales@moysklad-plus.example.ru "
  "или +7 (812) 407-31-19.⟧\n\nС уважением,\nТатьяна, поддержка\n",
  seg="svc", hdr="gen+bulk", note="ru; helpdesk chrome and headers, agent redirects to sales")
M(R, "ru", "noreply-ne-prinimaet-zakazy", ("Магазин «Детский Остров»", "noreply@detsky-ostrov.example.ru"),
  "Re: {s}",
  "⟦Добрый день! Этот адрес не принимает заказы. Оформите заказ на сайте или позвоните нам: 8 (800) 551-27-60.⟧\n\n"
  "Менеджер Светлана\n",
  seg="shop", hdr="gen", note="ru; no-reply sender, person redirects")
M(R, "ru", "pereslala-v-prodazhi", ("Ксения Лобанова", "lobanova@zavod-polimer.example.ru"), "Re: {s}",
  "⟦Здравствуйте! Переслала ваше письмо в отдел продаж, с вами свяжутся.⟧\n\nКсения, секретарь\n\n{Q}",
  seg="svc", quote_style="outlook_ru", hdr="mailer_ol+sup", note="ru; forwarded to sales; Outlook")
M(R, "ru", "pishite-v-whatsapp", ("Цветы «Пион»", "pion@cvety-pion.example.ru"), "Re: {s}",
  "⟦Здравствуйте! Почту проверяем редко, напишите нам в WhatsApp +7 912 604-88-31, там ответим быстрее 🌸⟧\n",
  seg="shop", note="ru; to WhatsApp; looks like a template; emoji")
M(R, "ru", "tolko-nomer", ("Склад «Шиномонтаж-Центр»", "sklad@shinocentr.example.ru"), "Re: {s}",
  "⟦8 (3452) 60-14-88⟧\n\n{Q}",
  seg="shop", quote_style="mailru", cs="windows-1251", cte="quoted-printable", note="ru; only a phone number; windows-1251")
M(R, "ru", "ceny-individualnye", ("Отдел маркетинга «ПромАвтоматика»", "marketing@promavtomatika.example.ru"),
  "Re: {s}",
  "⟦Добрый день! Цены у нас индивидуальные, зависят от объёма. Оставьте, пожалуйста, телефон — менеджер перезвонит.⟧\n\n"
  "--\nОтправлено из мобильной Почты\n",
  seg="svc", hdr="mailer_bitrix", cs="koi8-r", cte="quoted-printable",
  note="ru; 'prices are individual, a manager will call'; Bitrix mailer; koi8-r")

# ================================================================ redirect, English (4)
M(R, "en", "call-the-store", ("Whitby Grocers", "info@whitbygrocers.example"), "Re: {s}",
  "⟦Hi Anatoly, please call our store directly on +44 1947 600 218 — the team there can help with same-day orders.⟧\n\n"
  "Thanks,\nJess\n\n{Q}",
  seg="shop", quote_style="gmail_en", note="en; call us")
M(R, "en", "zendesk-book-demo", ("Ploto Sales", "sales@ploto.example"), "[Ploto] Re: {s}",
  "##- Please type your reply above this line -##\n\n"
  "⟦Hi Anatoly,\n\nPricing is custom for each team, so the best next step is to book a demo at "
  "https://ploto.example/demo and our account executive will walk you through it.⟧\n\nRegards,\nNed\n",
  seg="svc", hdr="zd", mid_domain="zendesk.com", note="en; Zendesk headers; 'pricing is custom, book a demo'")
M(R, "en", "forwarded-partnerships", ("Holloway Office", "office@hollowaygroup.example"), "RE: {s}",
  "⟦Dear Anatoly,\n\nI have forwarded your email to our partnerships team; they will be in touch.⟧\n\n"
  "Kind regards,\nSusan Reid\nOffice Manager\n\n{Q}",
  seg="svc", quote_style="original_en", hdr="mailer_ol", note="en; forwarded to another team; Original Message quote")
M(R, "en", "use-website-chat", ("Brightwell Pantry", "no-reply@brightwellpantry.example"), "Re: {s}",
  "⟦Hi, this inbox doesn't handle orders — please use the chat on our website and someone will sort it out.⟧\n\n"
  "— Amy\n",
  seg="shop", hdr="bulk", note="en; no-reply sender, person redirects to site chat; Precedence: bulk")


# ================================================================ bounce, Russian notification text (21)
# placeholders: {rcpt} failed address, {mta} reporting host, {remote} remote host, {status}, {diag}, {date}
B("ru", "mailru-style-net-yashchika", "Mail failure.",
  frm=("Mail Delivery System", "mailer-daemon@mx.pochta-servis.example"),
  text="Это письмо создано автоматически сервером {mta}.\n\nПисьмо, отправленное вами, не может быть доставлено "
       "одному или нескольким получателям. Причина этого указана ниже.\n\n{rcpt}:\n  Почтовый ящик не существует.\n"
       "  SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n  {diag}\n",
  rcpt="zakaz@luchshie-shtory.example.ru", remote="mx1.luchshie-shtory.example.ru", mta="mx.pochta-servis.example",
  status="5.1.1", diag="550 5.1.1 Message rejected: user unknown", report=False, inline_orig="headers",
  extra=[("X-Failed-Recipients", "zakaz@luchshie-shtory.example.ru")],
  note="ru; Mail.ru-like plain-text notice; user unknown")
B("ru", "yandex-style-dsn", "Недоставленное сообщение",
  frm=("mailer-daemon", "mailer-daemon@mail.shopper.example"),
  text="Это сообщение сгенерировано автоматически.\n\nВаше сообщение не удалось доставить.\nПолучатель: {rcpt}\n"
       "Ответ сервера получателя:\n{diag}\n\nПроверьте правильность адреса получателя.\n",
  rcpt="info@kotelnaya-tekhnika.example.ru", remote="mx.kotelnaya-tekhnika.example.ru", status="5.1.1",
  diag="550 5.1.1 <info@kotelnaya-tekhnika.example.ru>: Recipient address rejected: User unknown in virtual mailbox table",
  orig="full", note="ru; Yandex-like RFC 3464 report with the original message")
B("ru", "rambler-style-perepolnen", "Ошибка доставки письма",
  frm=("Почтовый робот", "mailer-daemon@relay.shopper.example"),
  text="Здравствуйте!\n\nК сожалению, ваше письмо не было доставлено адресату {rcpt}.\n\nПочтовый ящик получателя "
       "переполнен и больше не принимает почту.\n\nТехнические подробности:\n{diag}\n",
  rcpt="tatiana@shvejnaya-masterskaya.example.ru", remote="mx.shvejnaya-masterskaya.example.ru", status="5.2.2",
  diag="552 5.2.2 Mailbox size limit exceeded (permanent)", mta="relay.shopper.example",
  cs="koi8-r", cte="base64", note="ru; Rambler-like; mailbox full, permanent; koi8-r base64")
B("ru", "exchange-ru-ne-udalos", "Не доставлено: Тарифы и договор",
  frm=("Microsoft Outlook", "postmaster@ural-invest.example.ru"),
  text="Не удалось доставить сообщение следующим получателям или группам:\n\n{rcpt}\nАдрес электронной почты, "
       "который вы указали, не найден. Проверьте адрес и повторите попытку.\n\n\n\n\n\n\n\nДиагностические сведения "
       "для администраторов:\n\nСервер создания: {mta}\n\n{rcpt}\nRemote Server returned '{diag}'\n",
  html_text="<html><body><p><b><font color=\"#000066\" size=\"3\">Не удалось доставить сообщение следующим "
            "получателям или группам:</font></b></p><p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>Адрес электронной "
            "почты, который вы указали, не найден. Проверьте адрес и повторите попытку.</p><p style=\"font-size:8pt\">"
            "Диагностические сведения для администраторов:<br>Сервер создания: {mta}<br>Remote Server returned "
            "'{diag}'</p></body></html>",
  rcpt="finansy@ural-invest.example.ru", mta="EXCH02.ural-invest.example.ru", status="5.1.10",
  diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
  seg="svc", extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Thread-Topic", "Тарифы и договор")],
  note="ru; Russian Exchange NDR with HTML part")
B("ru", "hosting-neoplata", "Ящик заблокирован",
  frm=("Хостинг «ВебПричал»", "postmaster@webprichal-hosting.example.ru"),
  text="Уважаемый отправитель!\n\nПисьмо для {rcpt} не доставлено: почтовый ящик заблокирован за неуплату услуг "
       "хостинга. Сообщение удалено.\n\n{diag}\n\n--\nСлужба технической поддержки ВебПричал\n",
  rcpt="sales@ivanov-instrument.example.ru", status="5.2.1", diag="550 5.2.1 Mailbox disabled: account suspended",
  report=False, inline_orig=None, cs="windows-1251", cte="8bit",
  note="ru; hosting notice, blocked for non-payment; windows-1251 8bit; no original")
B("ru", "perepolnen-552-dsn", "Сообщение не доставлено: ящик получателя переполнен",
  text="Сервер {mta} не смог доставить ваше письмо.\n\nПолучатель: {rcpt}\nПричина: ящик получателя переполнен, "
       "доставка прекращена.\nОтвет удалённого сервера: {diag}\n",
  rcpt="manager@kirpich-opt.example.ru", remote="mail.kirpich-opt.example.ru", status="5.2.2",
  diag="552 5.2.2 <manager@kirpich-opt.example.ru>: quota exceeded", orig="full",
  note="ru; DSN mailbox full permanent 5.2.2")
B("ru", "domen-ne-nayden", "Возврат: адрес не найден",
  text="Письмо не может быть доставлено.\n\nДомен получателя {rcpt} не найден: у него нет ни MX-, ни A-записи.\n"
       "Проверьте, нет ли опечатки в адресе.\n",
  rcpt="info@santekhnika-dlya-vas.example.ru", status="5.1.2",
  diag="Host or domain name not found. Name service error for name=santekhnika-dlya-vas.example.ru type=MX: "
       "Host not found", cte="base64", note="ru; domain not found 5.1.2; base64")
B("ru", "spam-554-571", "Письмо отклонено сервером получателя",
  text="Ваше письмо отклонено сервером получателя как спам.\n\nАдресат: {rcpt}\nСервер: {remote}\n"
       "Ответ: {diag}\n\nЕсли вы считаете, что это ошибка, свяжитесь с получателем другим способом.\n",
  rcpt="opt@chaynaya-gildiya.example.ru", remote="mx2.chaynaya-gildiya.example.ru", status="5.7.1",
  diag="554 5.7.1 Message rejected as spam by content filter", orig="headers",
  note="ru; spam rejection 554 5.7.1")
B("ru", "chernyy-spisok", "Доставка невозможна: IP в чёрном списке",
  frm=("MAILER-DAEMON", "MAILER-DAEMON@mail.shopper.example"),
  text="Сервер получателя отказался принимать почту с нашего IP-адреса, так как он находится в чёрном списке.\n\n"
       "Получатель: {rcpt}\nДиагностика: {diag}\n",
  rcpt="office@stolyarka-nsk.example.ru", remote="mx.stolyarka-nsk.example.ru", status="5.7.1",
  diag="554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using bl.spamlist.example",
  cs="koi8-r", cte="quoted-printable", note="ru; blocklist rejection; koi8-r QP")
B("ru", "greylisting-popytki-prekrashcheny", "Не удалось доставить письмо (превышено время ожидания)",
  text="Ваше письмо не доставлено.\n\nПолучатель {rcpt} в течение 5 суток отвечал временной ошибкой "
       "(грейлистинг). Попытки доставки прекращены.\n\nПоследний ответ: {diag}\n",
  rcpt="buh@tipografiya-oblaka.example.ru", remote="mx.tipografiya-oblaka.example.ru", status="4.7.1",
  diag="450 4.7.1 <buh@tipografiya-oblaka.example.ru>: Recipient address rejected: Greylisted, try again later",
  seg="svc", note="ru; greylisting given up after 5 days; Action: failed with 4.7.1")
B("ru", "slishkom-bolshoe", "Письмо слишком большое",
  text="Письмо не доставлено адресату {rcpt}: размер письма превышает допустимый на сервере получателя.\n\n"
       "{diag}\n\nУменьшите размер вложений и отправьте письмо повторно.\n",
  rcpt="design@reklama-kvadrat.example.ru", remote="mx.reklama-kvadrat.example.ru", status="5.3.4",
  diag="552 5.3.4 Message size exceeds fixed maximum message size", cs="windows-1251", cte="base64",
  note="ru; message too large; windows-1251 base64")
B("ru", "relay-zapreshchen", "Ошибка: пересылка запрещена",
  text="Не удалось доставить сообщение получателю {rcpt}.\n\nСервер {remote} отказался принять письмо: пересылка "
       "почты через него запрещена.\n\nСообщение сервера: {diag}\n",
  rcpt="zakupki@grad-beton.example.ru", remote="smtp.grad-beton.example.ru", status="5.7.1",
  diag="554 5.7.1 <zakupki@grad-beton.example.ru>: Relay access denied", orig="none",
  note="ru; relay denied; report without the original")
B("ru", "rassylka-tolko-uchastniki", "Ваше сообщение отклонено",
  frm=("Список рассылки sales", "sales-owner@lists.teplichny-kombinat.example.ru"),
  text="Ваше сообщение в список рассылки sales@teplichny-kombinat.example.ru отклонено.\n\nПричина: отправлять "
       "сообщения в этот список могут только его участники.\n\nТема сообщения: Самовывоз сегодня\n",
  report=False, inline_orig="headers", seg="shop", extra=[("Precedence", "list"), ("List-Id", "<sales.teplichny-kombinat.example.ru>")],
  note="ru; mailing-list rejection, non-member")
B("ru", "fwd-nedostavlennoe", "Fwd: Недоставленное сообщение",
  frm=("Мария Жукова", "zhukova@mir-oboev.example.ru"),
  text="Это сообщение сгенерировано автоматически.\n\nВаше сообщение не удалось доставить.\nПолучатель: {rcpt}\n"
       "Ответ сервера: {diag}\n",
  rcpt="zakaz@mir-oboev.example.ru", status="5.1.1", diag="550 5.1.1 No such user",
  fwd="ru", seg="shop", note="ru; bounce forwarded by a person without comment; not from MAILER-DAEMON")
B("ru", "exim-russkiy", "Ошибка доставки почты: письмо возвращено отправителю",
  frm=("Mail Delivery System", "Mailer-Daemon@mx.hosting-kedr.example.ru"),
  text="Это сообщение создано автоматически программой доставки почты.\n\nНе удалось доставить письмо одному или "
       "нескольким получателям. Это постоянная ошибка. Адреса с ошибкой:\n\n  {rcpt}\n    {diag}\n\n"
       "------ Это копия сообщения с заголовками. ------\n\n",
  rcpt="info@kedr-parket.example.ru", mta="mx.hosting-kedr.example.ru", status="5.1.1",
  diag="Unrouteable address", report=False, inline_orig="full",
  extra=[("X-Failed-Recipients", "info@kedr-parket.example.ru")], note="ru; localized Exim plain text")
B("ru", "kerio-like", "Недоставленное письмо: Самовывоз сегодня",
  frm=("Kerio Connect", "postmaster@magazin-elka.example.ru"),
  text="Ваше письмо не может быть доставлено по следующим адресам:\n\n{rcpt}\n   Неизвестный пользователь\n\n"
       "Сервер отчёта: {mta}\n",
  rcpt="elena@magazin-elka.example.ru", mta="mail.magazin-elka.example.ru", status="5.1.1",
  diag="550 5.1.1 Unknown user", seg="shop", cs="windows-1251", cte="quoted-printable",
  note="ru; Kerio-like report; windows-1251 QP")
B("ru", "korporativny-550", "Уведомление о недоставке",
  frm=("Почтовый шлюз", "postmaster@gw.zavod-meridian.example.ru"),
  text="Уведомление о недоставке.\n\nСообщение для {rcpt} отклонено почтовым шлюзом.\nКод ошибки: {diag}\n",
  rcpt="prodazhi@zavod-meridian.example.ru", mta="gw.zavod-meridian.example.ru", status="5.1.1",
  diag="550 5.1.1 Адресат не существует", seg="svc", report=False, inline_orig="headers",
  note="ru; corporate gateway plain notice; Russian diagnostic")
B("ru", "yashchik-otklyuchen", "Сообщение не доставлено",
  text="Ваше сообщение не было доставлено: почтовый ящик {rcpt} отключён администратором.\n",
  rcpt="a.kim@arenda-spectehniki.example.ru", remote="mx.arenda-spectehniki.example.ru", status="5.2.1",
  diag="550 5.2.1 The email account that you tried to reach is disabled", orig="headers",
  note="ru; mailbox disabled 5.2.1; one-line text")
B("ru", "dsn-rfc822-headers", "Отчёт о доставке: ошибка",
  text="Отчёт о доставке.\n\nСостояние: доставка не выполнена.\nАдрес: {rcpt}\nПодробности в приложенном отчёте.\n",
  rcpt="sale@vodoochistka-pro.example.ru", remote="mx1.vodoochistka-pro.example.ru", status="5.1.1",
  diag="550 5.1.1 User unknown", orig="headers", cte="8bit", note="ru; terse DSN; text/rfc822-headers; 8bit")
B("ru", "5-sutok-taymaut", "Письмо не доставлено: истёк срок",
  text="Сервер {mta} пытался доставить ваше письмо в течение 5 суток, но удалённый сервер {remote} не отвечал.\n"
       "Доставка прекращена.\n\nПолучатель: {rcpt}\n",
  rcpt="info@shkola-tanca-ritm.example.ru", remote="mail.shkola-tanca-ritm.example.ru", status="4.4.7",
  diag="connect to mail.shkola-tanca-ritm.example.ru[198.51.100.23]:25: Connection timed out",
  seg="svc", note="ru; timed out after 5 days; Action: failed, 4.4.7")
B("ru", "politika-bezopasnosti", "Возврат письма: нарушение политики",
  frm=("Служба безопасности почты", "mailer-daemon@secmail.tsentr-zdorovya.example.ru"),
  text="Письмо отклонено политикой безопасности организации-получателя.\n\nПолучатель: {rcpt}\n"
       "Ответ: {diag}\n\nПисьмо удалено и не будет доставлено.\n",
  rcpt="priem@tsentr-zdorovya.example.ru", remote="secmail.tsentr-zdorovya.example.ru", status="5.7.1",
  diag="550 5.7.1 Message blocked by security policy: sender domain not allowed", cs="koi8-r", cte="8bit",
  orig="headers", note="ru; policy rejection 5.7.1; koi8-r 8bit")

# ================================================================ bounce, English notification text (14)
B("en", "postfix-user-unknown", "Undelivered Mail Returned to Sender",
  frm=("Mail Delivery System", "MAILER-DAEMON@mail.shopper.example"),
  text="This is the mail system at host {mta}.\n\nI'm sorry to have to inform you that your message could not\n"
       "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
       "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the "
       "attached returned message.\n\n                   The mail system\n\n<{rcpt}>: host {remote}[192.0.2.61] said:\n"
       "    {diag} (in reply to RCPT TO command)\n",
  rcpt="orders@mapleandmoss.example", remote="mx.mapleandmoss.example", status="5.1.1",
  diag="550 5.1.1 <orders@mapleandmoss.example>: Recipient address rejected: User unknown", orig="full",
  cte="7bit", note="en; Postfix DSN; user unknown")
B("en", "exim-failed", "Mail delivery failed: returning message to sender",
  frm=("Mail Delivery System", "Mailer-Daemon@mx3.bluecedar-hosting.example"),
  text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
       "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
       "  {rcpt}\n    host {remote} [198.51.100.77]\n    SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
       "    {diag}\n\n------ This is a copy of the message, including all the headers. ------\n\n",
  rcpt="hello@fenwickteas.example", remote="mail.fenwickteas.example", mta="mx3.bluecedar-hosting.example",
  status="5.0.0", diag="550 No such person at this address", report=False, inline_orig="full",
  extra=[("X-Failed-Recipients", "hello@fenwickteas.example")], note="en; Exim plain text")
B("en", "sendmail-host-unknown", "Returned mail: see transcript for details",
  frm=("Mail Delivery Subsystem", "MAILER-DAEMON@relay2.shopper.example"),
  text="The original message was received at Mon, 7 Dec 2026 11:14:03 +0300\nfrom localhost [127.0.0.1]\n\n"
       "   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n    (reason: 550 Host unknown)\n\n"
       "   ----- Transcript of session follows -----\n550 5.1.2 <{rcpt}>... Host unknown (Name server: "
       "quarrystone-labs.example: host not found)\n",
  rcpt="sales@quarrystone-labs.example", mta="relay2.shopper.example", status="5.1.2",
  diag="550 Host unknown", orig="full", seg="svc", cte="7bit", note="en; Sendmail DSN; host unknown")
B("en", "qmail-failure", "failure notice",
  frm=("", "MAILER-DAEMON@mx.orchardlane.example"),
  text="Hi. This is the qmail-send program at {mta}.\nI'm afraid I wasn't able to deliver your message to the "
       "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{rcpt}>:\n"
       "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n",
  rcpt="shop@orchardlane.example", mta="mx.orchardlane.example", status="5.1.1", diag="", report=False,
  inline_orig="full", cte="8bit", note="en; qmail; original copy in 8bit")
B("en", "o365-undeliverable", "Undeliverable: Тарифы и договор",
  frm=("Microsoft Outlook", "postmaster@corvidanalytics.example"),
  text="Your message to {rcpt} couldn't be delivered.\n\n{rcpt_local} wasn't found at corvidanalytics.example.\n\n"
       "Action Required\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. "
       "Try one or more of the following:\n\n - Retype the recipient's address, then resend the message.\n\n"
       "Diagnostic information for administrators:\n\nGenerating server: {mta}\n\n{rcpt}\nRemote server returned "
       "'{diag}'\n",
  html_text="<html><body><table width=\"100%\"><tr><td><p style=\"font-size:16px\">Your message to "
            "<b>{rcpt}</b> couldn&#39;t be delivered.</p><p><b>{rcpt_local}</b> wasn&#39;t found at "
            "corvidanalytics.example.</p><p style=\"color:#c00\">Action Required</p><p>Unknown To address</p>"
            "<p style=\"font-size:11px\">Generating server: {mta}<br>Remote server returned '{diag}'</p>"
            "</td></tr></table></body></html>",
  rcpt="billing@corvidanalytics.example", mta="AM0PR09MB1234.eurprd09.prod.outlook.com", status="5.1.10",
  diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
  seg="svc", extra=[("X-MS-Exchange-Message-Is-Ndr", "")], note="en; O365-style NDR with HTML")
B("en", "gmail-address-not-found", "Delivery Status Notification (Failure)",
  frm=("Mail Delivery Subsystem", "mailer-daemon@mail.shopper.example"),
  text="Address not found\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, or is "
       "unable to receive mail.\n\nThe response from the remote server was:\n{diag}\n",
  html_text="<html><body><table><tr><td style=\"font-size:24px\">Address not found</td></tr><tr><td>Your message "
            "wasn&#39;t delivered to <a style=\"color:#212121\">{rcpt}</a> because the address couldn&#39;t be "
            "found, or is unable to receive mail.</td></tr><tr><td><b>The response from the remote server was:</b>"
            "<p style=\"font-family:monospace\">{diag}</p></td></tr></table></body></html>",
  rcpt="info@sundialbakery.example", remote="mx.sundialbakery.example", status="5.1.1",
  diag="550 5.1.1 The email account that you tried to reach does not exist.", seg="shop",
  extra=[("X-Gm-Message-State", "AOJu0Yz" + "q" * 12)], note="en; Gmail-style report with HTML")
B("en", "yahoo-dd", "Failure Notice",
  frm=("MAILER-DAEMON", "MAILER-DAEMON@mta1.shopper.example"),
  text="Sorry, we were unable to deliver your message to the following address.\n\n<{rcpt}>:\n"
       "554: delivery error: dd This user doesn't have an account here - {remote}\n\n"
       "--- Below this line is a copy of the message.\n\n",
  rcpt="jan.wilder@pebblecove.example", remote="mta7.pebblecove.example", status="5.0.0", diag="",
  report=False, inline_orig="headers", cte="7bit", note="en; Yahoo-style dd failure")
B("en", "mailbox-full-permanent", "Undelivered Mail Returned to Sender",
  text="This is the mail system at host {mta}.\n\nYour message could not be delivered to the recipient below.\n"
       "The mailbox is full and the remote server refused the message permanently.\n\n<{rcpt}>: host {remote}"
       "[203.0.113.9] said: {diag} (in reply to end of DATA command)\n",
  rcpt="kate@hollyhock-florist.example", remote="mail.hollyhock-florist.example", status="5.2.2",
  diag="552 5.2.2 Mailbox full: over quota, message permanently rejected", orig="headers", cte="7bit",
  note="en; mailbox full permanent 5.2.2")
B("en", "blocklist-554", "Undeliverable mail: message rejected",
  frm=("Postmaster", "postmaster@mail.shopper.example"),
  text="Delivery to the following recipient failed permanently:\n\n     {rcpt}\n\nTechnical details of permanent "
       "failure:\nThe recipient server did not accept our requests to connect.\n{diag}\n",
  rcpt="team@redfernstudio.example", remote="mx.redfernstudio.example", status="5.7.1",
  diag="554 5.7.1 Rejected: 203.0.113.45 listed at blocklist.rbl.example", seg="svc", cte="7bit",
  note="en; blocklist rejection 554 5.7.1")
B("en", "too-large-exchange", "Undeliverable: Самовывоз сегодня",
  frm=("Microsoft Outlook", "postmaster@hearthstonegoods.example"),
  text="Delivery has failed to these recipients or groups:\n\n{rcpt}\nThe message is too large for the recipient's "
       "mailbox. Try sending a smaller message, or remove the attachments.\n\nDiagnostic information for "
       "administrators:\n\nGenerating server: {mta}\n\n{rcpt}\n{diag}\n",
  rcpt="sales@hearthstonegoods.example", mta="MAIL01.hearthstonegoods.example", status="5.3.4",
  diag="552 5.3.4 Message size exceeds fixed maximum message size", seg="shop",
  extra=[("X-MS-Exchange-Message-Is-Ndr", "")], note="en; Exchange; message too large")
B("en", "relay-denied-exim", "Mail delivery failed",
  frm=("Mail Delivery System", "Mailer-Daemon@mail.shopper.example"),
  text="A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\n"
       "The following address(es) failed:\n\n  {rcpt}\n    host {remote} [192.0.2.90]\n    SMTP error from remote "
       "mail server after RCPT TO:<{rcpt}>:\n    {diag}\n",
  rcpt="contact@tallowandwick.example", remote="smtp.tallowandwick.example", status="5.7.1",
  diag="554 5.7.1 <contact@tallowandwick.example>: Relay access denied", orig="headers", cte="7bit",
  extra=[("X-Failed-Recipients", "contact@tallowandwick.example")], note="en; relay denied")
B("en", "greylist-gave-up", "Undelivered Mail Returned to Sender",
  text="This is the mail system at host {mta}.\n\nI'm sorry to have to inform you that your message could not be "
       "delivered to one or more recipients.\n\n<{rcpt}>: delivery temporarily suspended: host {remote}"
       "[198.51.100.140] refused to talk to me: {diag}\n\nThe message has been in the queue for 5 days and has now been "
       "returned.\n",
  rcpt="office@glenmorrow-legal.example", remote="mx.glenmorrow-legal.example", status="4.7.1",
  diag="450 4.7.1 Greylisted, please try again later", seg="svc", orig="headers", cte="7bit",
  note="en; greylisting given up; Action: failed")
B("en", "mailman-nonmember", "Your message to Sales-team rejected",
  frm=("sales-team-owner", "sales-team-owner@lists.birchway.example"),
  text="Your message to the Sales-team mailing list was rejected for the following reasons:\n\n"
       "Non-members are not allowed to post messages to this list.\n\nThe original message as received by Mailman "
       "is attached.\n",
  report=False, inline_orig="attach", cte="7bit", extra=[("Precedence", "bulk"), ("List-Id", "<sales-team.lists.birchway.example>")],
  note="en; Mailman-style list rejection")
B("en", "fwd-undelivered", "Fwd: Undelivered Mail Returned to Sender",
  frm=("Owen Pryce", "owen@pryce-and-daughters.example"),
  text="This is the mail system at host {mta}.\n\nI'm sorry to have to inform you that your message could not\nbe "
       "delivered to one or more recipients.\n\n<{rcpt}>: {diag}\n",
  rcpt="orders@pryce-and-daughters.example", mta="mx.pryce-and-daughters.example", status="5.1.1",
  diag="550 5.1.1 Recipient address rejected: User unknown in local recipient table", fwd="en", seg="shop",
  note="en; bounce forwarded by a person without comment")


# ================================================================ building

def domain_of(a):
    return a.split("@", 1)[1]


def probe(seg, rcpt, dt, mid, to_plus=False):
    subj, text = SCRIPTS[seg]
    h = [("Return-Path", f"<{PERSONA[1]}>"), ("Message-ID", mid), ("Date", format_datetime(dt)),
         ("From", addr(*PERSONA)), ("To", rcpt), ("Subject", hdr_text(subj)), ("MIME-Version", "1.0"),
         ("Content-Type", 'text/plain; charset="utf-8"; format=flowed'), ("Content-Transfer-Encoding", "8bit")]
    return h, enc_body(text + "\n", "utf-8", "8bit")


def tzinfo(hours):
    return datetime.timezone(datetime.timedelta(hours=hours))


def top_headers(frm, to, subj, dt, mid, cs, extra, irt=None, rp=None, reply_to=None):
    h = [("Return-Path", rp if rp is not None else f"<{frm[1]}>")]
    qid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(10))
    if domain_of(frm[1]).endswith("shopper.example"):  # made by the persona's own mail system
        h.append(("Received", "by mail.shopper.example (Postfix) id %s; %s" % (qid, format_datetime(dt.astimezone(MSK)))))
    else:
        relay = "mx.%s" % domain_of(frm[1])
        h.append(("Received", "from %s (%s [192.0.2.%d]) by mail.shopper.example (Postfix) with ESMTPS id %s for <%s>; %s"
                  % (relay, relay, rnd.randint(2, 250), qid, PERSONA[1], format_datetime(dt.astimezone(MSK)))))
    h += [("Date", format_datetime(dt)), ("From", addr(frm[0], frm[1], cs)), ("To", to),
          ("Subject", hdr_text(subj, cs)), ("Message-ID", mid)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    h.append(("MIME-Version", "1.0"))
    return h + list(extra)


def build_regular(sp, i):
    seg = sp["seg"] or rnd.choice(["shop", "svc"])
    sub = SCRIPTS[seg][0]
    dt_probe = WAVE + datetime.timedelta(minutes=rnd.randint(0, 6 * 60 + 50), seconds=rnd.randint(0, 59))
    if sp["delay"] is not None:
        delay = sp["delay"]
    elif sp["kind"] in ("autoreply", "ack"):
        delay = rnd.randint(3, 240)
    else:
        delay = rnd.randint(25 * 60, 26 * 3600)
    dt = (dt_probe + datetime.timedelta(seconds=delay)).astimezone(tzinfo(sp["tz"]))
    fdom = domain_of(sp["frm"][1])
    rcpt = sp["rcpt"] or ("info@" + fdom)
    token = "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    probe_id = f"<probe.w1.{token}@shopper.example>"
    to = addr(*PERSONA) if not sp["plus"] else f"{PERSONA[1].split('@')[0]}+{token}@shopper.example"
    cs = sp["cs"]
    subj = sp["subj"].replace("{s}", sub)
    mid = msgid(sp["mid_domain"] or fdom)
    extra = presets(sp["hdr"], sp["frm"][1], subj, fdom) + sp["extra"]
    label = []
    if sp["body"] is not None:
        body = sp["body"]
        if sp["quote"]:
            q = quote(sp["quote"], seg, dt_probe, rcpt)
            body = body.replace("{Q}", q) if "{Q}" in body else body.rstrip("\n") + "\n\n" + q
        body = fit(body, cs)
        body, label = take_marks(body)
        part = leaf("text/plain", body, cs, sp["cte"])
        if sp["alt"]:
            pass
    else:
        htm = fit(sp["html"], cs)
        htm, label = take_marks(htm, True)
        part = leaf("text/html", htm, cs, sp["cte"])
    h = top_headers(sp["frm"], to, subj, dt, mid, cs, extra, irt=probe_id if sp["irt"] else None, rp=sp["rp"],
                    reply_to=sp["reply_to"])
    if sp["hdr"].find("zd") >= 0:
        pass
    data = ser((h + part[0], part[1]))
    return data, seg, label


def dsn_fields(sp, arrival):
    lines = [f"Reporting-MTA: dns; {sp['mta']}", f"Arrival-Date: {format_datetime(arrival)}", "",
             f"Final-Recipient: rfc822; {sp['rcpt']}", f"Original-Recipient: rfc822;{sp['rcpt']}",
             f"Action: {sp['action']}", f"Status: {sp['status']}"]
    if sp["remote"]:
        lines.append(f"Remote-MTA: dns; {sp['remote']}")
    if sp["diag"]:
        lines.append(f"Diagnostic-Code: smtp; {sp['diag']}")
    return "\n".join(lines) + "\n"


def build_bounce(sp, i):
    seg = sp["seg"] or rnd.choice(["shop", "svc"])
    dt_probe = WAVE + datetime.timedelta(minutes=rnd.randint(0, 6 * 60 + 50), seconds=rnd.randint(0, 59))
    rcpt = sp["rcpt"] or ("sales@" + domain_of(sp["frm"][1]))
    sp = dict(sp, rcpt=rcpt)
    delay = sp["delay"] if sp["delay"] is not None else (
        5 * 86400 + rnd.randint(60, 3000) if sp["status"] and sp["status"].startswith("4.") else rnd.randint(2, 90))
    dt = dt_probe + datetime.timedelta(seconds=delay)
    token = "".join(rnd.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    probe_id = f"<probe.w1.{token}@shopper.example>"
    ph, pb = probe(seg, rcpt, dt_probe, probe_id)
    vals = dict(rcpt=rcpt, rcpt_local=rcpt.split("@")[0], mta=sp["mta"], remote=sp["remote"] or "",
                status=sp["status"] or "", diag=sp["diag"] or "", date=format_datetime(dt))
    cs = sp["cs"]
    text = fit(sp["text"].format(**vals), cs)
    orig_headers = b"".join(f"{k}: {v}\r\n".encode() for k, v in ph)
    mid = msgid(domain_of(sp["frm"][1]) if not sp["fwd"] else domain_of(sp["frm"][1]))
    subj = sp["subj"]
    if sp["fwd"]:
        # a person forwards a bounce that reached them: the company's info@ forwarded the probe to a dead address
        bdt = format_datetime(dt)
        if sp["fwd"] == "ru":
            fh = ("-------- Пересылаемое сообщение --------\n"
                  f"От: MAILER-DAEMON@mx.{domain_of(rcpt)}\nДата: {bdt}\nТема: {subj[5:]}\n"
                  f"Кому: info@{domain_of(rcpt)}\n\n")
        else:
            fh = ("---------- Forwarded message ---------\n"
                  f"From: Mail Delivery System <MAILER-DAEMON@{sp['mta']}>\nDate: {bdt}\nSubject: {subj[5:]}\n"
                  f"To: info@{domain_of(rcpt)}\n\n")
        body = fit(fh, cs) + text + "\n" + fit("\n".join((
            f"Message-ID: {probe_id}", f"Date: {format_datetime(dt_probe)}", f"From: {PERSONA[0]} <{PERSONA[1]}>",
            f"To: {rcpt}", f"Subject: {SCRIPTS[seg][0]}")), cs) + "\n"
        part = leaf("text/plain", body, cs, sp["cte"])
        h = top_headers(sp["frm"], addr(*PERSONA), subj, dt + datetime.timedelta(minutes=rnd.randint(30, 400)),
                        mid, cs, sp["extra"])
        return ser((h + part[0], part[1])), seg
    extra = [("Auto-Submitted", "auto-replied")] if rnd.random() < 0.6 else []
    extra += sp["extra"]
    if sp["report"]:
        first = leaf("text/plain", text, cs, sp["cte"], extra=[("Content-Description", "Notification")])
        if sp["html_text"]:
            hp = leaf("text/html", fit(sp["html_text"].format(**vals), cs), cs, "quoted-printable")
            first = multi("alternative", [leaf("text/plain", text, cs, sp["cte"]), hp])
        ds = raw_part("message/delivery-status",
                      enc_body(dsn_fields(sp, dt_probe), "us-ascii", "7bit"),
                      extra=[("Content-Description", "Delivery report")])
        parts = [first, ds]
        if sp["orig"] == "full":
            parts.append(raw_part("message/rfc822", ser((ph, pb)), extra=[("Content-Description", "Undelivered Message")]))
        elif sp["orig"] == "headers":
            parts.append(raw_part("text/rfc822-headers", orig_headers,
                                  extra=[("Content-Description", "Undelivered Message Headers")]))
        body = multi("report", parts, params="; report-type=delivery-status",
                     preamble="This is a MIME-encapsulated message.\n")
    else:
        if sp["inline_orig"] == "attach":
            body = multi("mixed", [leaf("text/plain", text, cs, sp["cte"]),
                                   raw_part("message/rfc822", ser((ph, pb)))])
        else:
            t = text
            if sp["inline_orig"] in ("headers", "full"):
                t = t.rstrip("\n") + "\n\n"
                ob = orig_headers.decode()
                if sp["inline_orig"] == "full":
                    ob += "\r\n" + pb.decode()
                t += ob.replace("\r\n", "\n")
            cte = sp["cte"]
            body = leaf("text/plain", t, cs if cte != "7bit" or not sp["inline_orig"] == "full" else "utf-8",
                        "8bit" if (cte == "7bit" and sp["inline_orig"] == "full") else cte)
    h = top_headers(sp["frm"], addr(*PERSONA), subj, dt, mid, cs, extra, rp="<>")
    return ser((h + body[0], body[1])), seg


# ---------------------------------------------------------------- checks

def decoded_texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == "multipart" or ct == "message/rfc822":
            continue
        if part.get_content_maintype() != "text":
            continue
        t = part.get_content()
        out.append(squash(visible(t) if ct == "text/html" else t))
    return out


def check(name, data, kind, pieces, label):
    assert b"\n" not in data.replace(b"\r\n", b""), f"{name}: bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), f"{name}: bare CR"
    for ln in data.split(b"\r\n"):
        assert len(ln) <= 998, f"{name}: line too long"
    m1 = email.message_from_bytes(data, policy=email.policy.default)
    m2 = email.message_from_bytes(data, policy=email.policy.compat32)
    for m in (m1, m2):
        for part in m.walk():
            assert not part.defects, f"{name}: {part.defects}"
    for k, v in m1.items():
        assert not getattr(v, "defects", None), f"{name}: header {k} {v.defects}"
    texts = decoded_texts(m1)
    assert texts, f"{name}: no text"
    if kind in ("human", "redirect"):
        assert pieces, f"{name}: no label"
        for p in pieces:
            assert any(p in t for t in texts), f"{name}: piece not in body: {p[:60]}"
        for q in QUESTION_BITS:
            assert q not in label, f"{name}: label contains the question"
    else:
        assert not pieces, f"{name}: marks in a {kind}"
    if kind == "bounce" and "fwd" not in name:
        assert m1["Return-Path"] == "<>", name
    assert "⟦" not in "".join(texts) and "⟧" not in "".join(texts), name
    return m1


def main():
    if os.path.isdir(OUT):
        for f in os.listdir(OUT):
            if f.endswith(".eml") or f == "manifest.csv":
                os.remove(os.path.join(OUT, f))
    else:
        os.makedirs(OUT)
    rows = []
    order = list(range(len(SPECS)))
    rnd.shuffle(order)
    counts = {}
    for n, k in enumerate(order, 1):
        sp = SPECS[k]
        name = "%03d-%s.eml" % (n, sp["slug"])
        if sp["kind"] == "bounce":
            data, seg = build_bounce(sp, n)
            pieces, label = [], ""
        else:
            data, seg, pieces = build_regular(sp, n)
            label = squash(" ".join(pieces))
        check(name, data, sp["kind"], pieces, label)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rows.append((name, sp["kind"], label, "train", sp["note"]))
        counts[(sp["kind"], sp["lang"])] = counts.get((sp["kind"], sp["lang"]), 0) + 1
    names = [r[0] for r in rows]
    assert len(set(names)) == len(names)
    assert len({s["slug"] for s in SPECS}) == len(SPECS), "duplicate slug"
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "kind", "expected_reply", "split", "note"])
        w.writerows(rows)
    on_disk = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert on_disk == sorted(names), "manifest and files differ"
    kinds = ["autoreply", "ack", "bounce", "human", "redirect"]
    print("kind        ru   en  all")
    for k in kinds:
        ru, en = counts.get((k, "ru"), 0), counts.get((k, "en"), 0)
        print(f"{k:10s} {ru:4d} {en:4d} {ru + en:4d}")
    ru = sum(v for (k, l), v in counts.items() if l == "ru")
    en = sum(v for (k, l), v in counts.items() if l == "en")
    print(f"{'total':10s} {ru:4d} {en:4d} {ru + en:4d}")


if __name__ == "__main__":
    main()
