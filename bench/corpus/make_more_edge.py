#!/usr/bin/env python3
"""Generate bench/corpus/more_edge/: a training-only corpus of edge-case replies.

About 130 fictional RFC 5322 messages (CRLF; utf-8, koi8-r or windows-1251; 8bit, quoted-printable or base64;
some HTML-only, some multipart/report) answering the probes of studies/demo.yaml («Самовывоз сегодня»,
«Тарифы и договор») sent by Анатолий Смирнов <anatoly@shopper.example>.  Kinds: bounce 35 (non-standard
failure notices of many servers, panels, gateways and list managers, some with DSN parts, some forwarded by a
person), autoreply 35, ack 30, human 20, redirect 10; about 55% Russian, 45% English.  Labels follow the
conventions of bench/corpus/README.md; split is `train` for every file.  Written from the scripts and the domain
notes only; every name, phone and address is invented, domains are *.example / *.example.ru.

Standard library only, fixed seed, imports nothing from the project:
    python3 bench/corpus/make_more_edge.py      # rewrites bench/corpus/more_edge/
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import os
import quopri
import random
import re
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr

SEED = 20261207
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "more_edge")
MSK = dt.timezone(dt.timedelta(hours=3))
PERSONA_NAME, PERSONA = "Анатолий Смирнов", "anatoly@shopper.example"
SUBJ = {"shop": "Самовывоз сегодня", "svc": "Тарифы и договор"}
BODY = {
    "shop": "Здравствуйте!\nДо скольки работает пункт самовывоза? Помогите оформить заказ! "
            "Мне нужно организовать доставку сегодня.\n\nАнатолий Смирнов",
    "svc": "Добрый день!\nКакие у вас тарифы, как заключить договор и сколько времени это займёт?\n\n"
           "Анатолий Смирнов",
}
MSGS = []


def down(text, charset):
    """Characters the 8-bit charsets cannot carry, replaced as a sending client would."""
    if charset == "koi8-r":
        for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("₽", "руб."), ("№", "N"), ("…", "..."),
                     ("“", '"'), ("”", '"'), ("’", "'"), ("ё", "ё")):
            text = text.replace(a, b)
    elif charset == "windows-1251":
        text = text.replace("₽", "руб.")
    return text


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def encode_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw).replace(b"\n", b"\r\n")
    else:
        b = raw.replace(b"\n", b"\r\n")
    if not b.endswith(b"\r\n"):
        b += b"\r\n"
    return b


def leaf(text, subtype="plain", charset="utf-8", cte=None):
    if cte is None:
        cte = rng.choice(["8bit", "quoted-printable", "base64"])
    try:
        text.encode("ascii")
        if cte == "8bit":
            cte = "7bit"
    except UnicodeEncodeError:
        pass
    head = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    return head, encode_body(text, charset, cte)


def raw_part(ctype, text):
    return [f"Content-Type: {ctype}", "Content-Transfer-Encoding: 7bit"], text.replace("\n", "\r\n").encode() + b"\r\n"


def rfc822(text_headers, part):
    h, b = part
    inner = "\r\n".join(text_headers + h).encode("utf-8") + b"\r\n\r\n" + b
    return ["Content-Type: message/rfc822", "Content-Disposition: inline"], inner


def multipart(subtype, parts, params=""):
    bnd = "=_%s_%06x" % (subtype[:3], rng.getrandbits(48))
    out = b"This is a multi-part message in MIME format.\r\n"
    for h, b in parts:
        out += b"\r\n--" + bnd.encode() + b"\r\n" + "\r\n".join(h).encode("utf-8") + b"\r\n\r\n" + b
    out += b"\r\n--" + bnd.encode() + b"--\r\n"
    return [f'Content-Type: multipart/{subtype};{params} boundary="{bnd}"', "Content-Transfer-Encoding: 7bit"], out


def probe_headers(script, to_addr, mid):
    return [f"From: {addr(PERSONA_NAME, PERSONA)}", f"To: <{to_addr}>", f"Subject: {hdr(SUBJ[script])}",
            f"Message-ID: {mid}", "Date: Mon, 07 Dec 2026 10:1%d:00 +0300" % rng.randrange(10),
            "MIME-Version: 1.0"]


def dsn(mta, rcpt, status, diag, action="failed"):
    t = (f"Reporting-MTA: dns; {mta}\nArrival-Date: Mon, 07 Dec 2026 10:2{rng.randrange(10)}:11 +0300\n\n"
         f"Final-Recipient: rfc822; {rcpt}\nAction: {action}\nStatus: {status}\n"
         f"Diagnostic-Code: smtp; {diag}")
    return raw_part("message/delivery-status", t)


def add(kind, lang, slug, note, frm, subject, text=None, html=None, *, charset="utf-8", cte=None, hdrs=(),
        script=None, to=None, reply="", irt=None, body_part=None, ctype_note=True):
    script = script or rng.choice(["shop", "svc"])
    subject = subject.replace("{S}", SUBJ[script])
    MSGS.append(dict(kind=kind, lang=lang, slug=slug, note=note, frm=frm, subject=subject, text=text, html=html,
                     charset=charset, cte=cte, hdrs=list(hdrs), script=script, to=to, reply=reply, irt=irt,
                     body_part=body_part))


def orig(script):
    return BODY[script]


def quoted(script, style, lang="ru"):
    b = BODY[script]
    if style == ">":
        att = ("7 дек. 2026 г., в 10:14, Анатолий Смирнов <anatoly@shopper.example> написал(а):" if lang == "ru"
               else "On Mon, Dec 7, 2026 at 10:14 AM Анатолий Смирнов <anatoly@shopper.example> wrote:")
        return att + "\n" + "\n".join("> " + l if l else ">" for l in b.split("\n"))
    if style == "outlook":
        if lang == "ru":
            return ("-----Original Message-----\nFrom: Анатолий Смирнов <anatoly@shopper.example>\n"
                    "Sent: Monday, December 7, 2026 10:14 AM\nSubject: " + SUBJ[script] + "\n\n" + b)
        return ("________________________________\nFrom: Анатолий Смирнов <anatoly@shopper.example>\n"
                "Sent: Monday, 7 December 2026 10:14\nTo: info\nSubject: " + SUBJ[script] + "\n\n" + b)
    return ("-------- Исходное сообщение --------\nОт: Анатолий Смирнов <anatoly@shopper.example>\n"
            "Дата: 07.12.2026 10:14\nТема: " + SUBJ[script] + "\n\n" + b)


AUTO = ["Auto-Submitted: auto-replied"]
AUTOG = ["Auto-Submitted: auto-generated"]


# ---------------------------------------------------------------- bounces (35: 19 ru, 16 en)
RP = ["Return-Path: <>"]


def b_plain(lang, slug, note, frm, subject, text, rcpt, script=None, dsn_args=None, charset="utf-8", cte=None,
            attach="rfc822", extra=()):
    script = script or rng.choice(["shop", "svc"])
    text = text.replace("{R}", rcpt).replace("{S}", SUBJ[script])
    mid = "<%s@shopper.example>" % ("p" + "%012x" % rng.getrandbits(48))
    if dsn_args is None and attach == "inline":
        body = text.rstrip("\n") + "\n\n" + "\n".join(probe_headers(script, rcpt, mid)) + "\n\n" + orig(script)
        add("bounce", lang, slug, note, frm, subject, body, charset=charset, cte=cte, hdrs=RP + list(extra),
            script=script, to=PERSONA)
        return
    if dsn_args is None and attach == "none":
        add("bounce", lang, slug, note, frm, subject, text, charset=charset, cte=cte, hdrs=RP + list(extra),
            script=script, to=PERSONA)
        return
    parts = [leaf(down(text, charset), charset=charset, cte=cte)]
    if dsn_args:
        parts.append(dsn(*dsn_args))
    op = leaf(orig(script), cte="8bit")
    parts.append(rfc822(probe_headers(script, rcpt, mid), op))
    sub = "report" if dsn_args else "mixed"
    params = " report-type=delivery-status;" if dsn_args else ""
    add("bounce", lang, slug, note, frm, subject, body_part=multipart(sub, parts, params), hdrs=RP + list(extra),
        script=script, to=PERSONA, charset=charset)


b_plain("ru", "ispmanager-exim-ru", "ru, ISPmanager/Exim localised notice, koi8-r, no DSN, original inline",
        "Mail Delivery System <mailer-daemon@vh112.hostpanel.example.ru>", "Ошибка доставки почты",
        "Это сообщение сформировано автоматически почтовым сервером.\n\n"
        "Ваше письмо не удалось доставить одному или нескольким адресатам.\nОшибка постоянная, повторных попыток не будет.\n\n"
        "  {R}\n    адрес получателя отклонён: 550 No such user here\n\n------ Ниже приведён заголовок и текст исходного письма ------",
        "zakaz@tsvetnoy-dvor.example.ru", script="shop", charset="koi8-r", cte="8bit", attach="inline")
b_plain("ru", "yandex360-quota", "ru, Yandex 360-like, mailbox quota exceeded permanently, DSN part, QP",
        "mailer-daemon@mail360.example.ru", "Недоставленное сообщение",
        "Здравствуйте!\n\nВаше сообщение не может быть доставлено получателю {R}:\nпочтовый ящик "
        "получателя переполнен, и владелец не освобождает его длительное время.\n\n"
        "Сообщение не будет доставлено. Свяжитесь с получателем другим способом.\n\n-- \nПочтовая служба",
        "opt@kanctovary-sever.example.ru", dsn_args=("mx3.mail360.example.ru", "opt@kanctovary-sever.example.ru",
        "5.2.2", "552 5.2.2 Mailbox size limit exceeded, permanent"), cte="quoted-printable")
b_plain("ru", "vk-workmail-nouser", "ru, VK WorkMail / Mail.ru for business-like, base64, no DSN",
        "Почтовая служба <mailer-daemon@corp.vkmail.example.ru>", "Письмо не доставлено",
        "Ваше письмо не доставлено.\n\nАдресат: {R}\nПричина: такой почтовый ящик не существует "
        "в домене. Проверьте правильность написания адреса.\n\nТехническая информация:\n"
        "host mxs.corp.vkmail.example.ru[10.4.1.7] said: 550 Message was not accepted -- invalid mailbox. "
        "Local mailbox {R} is unavailable: user not found",
        "ivanova@sadovod-plus.example.ru", cte="base64")
b_plain("ru", "hosting-no-domain", "ru, shared hosting notice, recipient domain does not exist, windows-1251",
        "Система доставки почты <postmaster@mx.webspace-host.example.ru>", "Возврат письма: домен не найден",
        "Уважаемый пользователь!\n\nПисьмо, отправленное вами, вернулось, так как домен получателя не существует "
        "(для него нет записей MX и A).\n\n    Получатель: {R}\n    Ответ DNS: NXDOMAIN\n\n"
        "Проверьте адрес. Повторная отправка на этот адрес невозможна.",
        "info@mebel-na-zakaz.example.ru", charset="windows-1251", cte="quoted-printable", attach="inline")
b_plain("ru", "antispam-content-filter", "ru, antispam gateway, blocked by content filter, DSN part",
        "Антиспам-шлюз <noreply@filter.shield.example.ru>", "Сообщение заблокировано фильтром",
        "Сообщение от anatoly@shopper.example для {R} заблокировано фильтром содержимого.\n"
        "Идентификатор: SF-7c21e9a04b\nПравило: bulk-like-text (оценка 9.4 при пороге 6.0)\n\n"
        "Письмо не будет доставлено адресату. Если вы считаете, что это ошибка, обратитесь к "
        "администратору домена получателя.",
        "sales@lampa-svet.example.ru", dsn_args=("filter.shield.example.ru", "sales@lampa-svet.example.ru",
        "5.7.1", "550 5.7.1 Message rejected by content filter"))
b_plain("ru", "dmarc-reject-ru", "ru, sender domain DMARC fail, rejected, plain, no DSN",
        "MAILER-DAEMON@mx1.stroybaza-ural.example.ru", "Отказ в доставке (DMARC)",
        "Добрый день.\nЭто автоматическое уведомление сервера mx1.stroybaza-ural.example.ru.\n\n"
        "Письмо для {R} отклонено: домен отправителя shopper.example не прошёл проверку SPF/DMARC "
        "(политика p=reject).\n\nКод ответа: 550 5.7.26 DMARC policy violation\n\nПисьмо удалено.",
        "snab@stroybaza-ural.example.ru", attach="none")
b_plain("ru", "communigate-unknown", "ru, CommuniGate Pro-like, 'неизвестный пользователь', rfc822 attached",
        "Сервер CommuniGate <postmaster@cgp.ekb-logist.example.ru>", "Не доставлено: {S}",
        "Ваше сообщение\n  Кому: {R}\n  Тема: {S}\nне доставлено:\n\n"
        "неизвестный пользователь или почтовый ящик отключён (unknown user account)\n\n"
        "Ниже приложена копия вашего сообщения.", "dispatcher@ekb-logist.example.ru")
b_plain("ru", "kerio-ru-dsn", "ru, Kerio Connect localised DSN, koi8-r",
        "Kerio Connect <postmaster@mail.agrotech-volga.example.ru>", "Уведомление о недоставке",
        "Ваше сообщение не доставлено следующему адресату:\n\n{R}\n\nПричина: 550 5.1.1 "
        "<{R}>: Recipient address rejected: User unknown in local recipient table\n\n"
        "Сообщение было отправлено 07.12.2026 10:16.", "manager3@agrotech-volga.example.ru", charset="koi8-r",
        dsn_args=("mail.agrotech-volga.example.ru", "manager3@agrotech-volga.example.ru", "5.1.1",
                  "550 5.1.1 User unknown"), cte="8bit")
b_plain("ru", "mailman-ru-reject", "ru, Mailman-like list rejection (not moderation), plain",
        "prodazhi-owner@lists.tkani-optom.example.ru", "Ваше сообщение в список prodazhi отклонено",
        "Ваше сообщение в список рассылки prodazhi@lists.tkani-optom.example.ru с темой\n\n    {S}\n\n"
        "отклонено по следующей причине:\n\nПисать в этот список могут только его участники. "
        "Ваш адрес не подписан на список.\n\nВопросы направляйте владельцу списка.", "prodazhi@lists.tkani-optom.example.ru",
        attach="none")
b_plain("ru", "hosting-quota-permanent", "ru, hosting, quota exceeded (permanent), 1251, no DSN",
        "Почтовый сервер хостинга <mailer-daemon@mx2.hostplus.example.ru>", "Письмо возвращено отправителю",
        "ВНИМАНИЕ! Ваше письмо не доставлено.\n\nПолучатель: {R}\n"
        "Ответ сервера: 552 5.2.2 Quota exceeded (mailbox for user is full). Permanent failure.\n\n"
        "Ящик получателя заполнен более 30 дней, почта на него не принимается.",
        "shop@podarki-ot-mashi.example.ru", charset="windows-1251", cte="8bit", attach="inline")
b_plain("ru", "mailru-blocked", "ru, Mail.ru-like 'ящик заблокирован', account disabled, DSN",
        "Mail Delivery System <mailer-daemon@smtp.bizmail.example.ru>", "Сообщение не доставлено",
        "Сообщение не было доставлено.\n\nАдрес {R} заблокирован администратором и не принимает письма.\n"
        "SMTP error from remote mail server after RCPT TO:<{R}>:\n"
        "550 Message was not accepted -- account is blocked", "direktor@avtozapchasti-77.example.ru",
        dsn_args=("smtp.bizmail.example.ru", "direktor@avtozapchasti-77.example.ru", "5.2.1",
                  "550 account is blocked"))
b_plain("ru", "mdaemon-ru", "ru, MDaemon-like notice translated, plain, original inline",
        "MDaemon на mail.yugstroy.example.ru <MDaemon@mail.yugstroy.example.ru>",
        "Предупреждение: письмо не доставлено",
        "Присоединённое сообщение содержит ПОСТОЯННЫЕ ошибки доставки!\n\n"
        "--- Сеанс передачи для {R} начат ---\nОШИБКА: получатель {R} не существует\n"
        "--- Сеанс завершён ---\n\nСообщение не будет отправлено повторно.", "prorab@yugstroy.example.ru",
        attach="inline")
b_plain("ru", "zimbra-ru", "ru, Zimbra-like, DSN, base64 text",
        "Почтовая система <postmaster@zimbra.medtehnika-nn.example.ru>", "Сбой доставки: {S}",
        "Не удалось доставить ваше сообщение адресату {R}.\n\n"
        "Удалённый сервер сообщил: 550 5.1.1 <{R}>: Recipient address rejected: "
        "mailbox disabled\n\nОбратитесь к администратору, если ошибка повторяется.",
        "zakupki@medtehnika-nn.example.ru", dsn_args=("zimbra.medtehnika-nn.example.ru",
        "zakupki@medtehnika-nn.example.ru", "5.1.1", "550 5.1.1 mailbox disabled"), cte="base64")
b_plain("ru", "plesk-postfix-ru", "ru, Plesk/Postfix bounce with Russian preface, DSN",
        "MAILER-DAEMON (Mail Delivery System) <MAILER-DAEMON@srv-17.plesk-host.example.ru>",
        "Undelivered Mail Returned to Sender",
        "Это письмо от почтовой системы сервера srv-17.plesk-host.example.ru.\n\n"
        "К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям.\n\n"
        "<{R}>: host mx.kofe-obzharka.example.ru[192.0.2.44] said: 550 5.1.1\n"
        "    <{R}>: Recipient address rejected: undeliverable address (in reply to RCPT TO command)",
        "opt@kofe-obzharka.example.ru", dsn_args=("srv-17.plesk-host.example.ru", "opt@kofe-obzharka.example.ru",
        "5.1.1", "550 5.1.1 undeliverable address"))


def html_bounce(lang, slug, note, frm, subject, html, rcpt, extra=(), cte=None):
    add("bounce", lang, slug, note, frm, subject, html=html.replace("{R}", rcpt), hdrs=RP + list(extra), to=PERSONA,
        cte=cte)


html_bounce("ru", "m365-ndr-ru-html", "ru, Microsoft 365 NDR text in Russian, HTML-only, no DSN",
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gruzovoz-bystro.example.ru>",
            "Не удается доставить: {S}",
            "<html><body><p><b>Не удалось доставить сообщение следующим получателям или группам:</b></p>"
            "<p><a href=\"mailto:{R}\">{R}</a><br>Адрес электронной почты, который вы ввели, не найден. "
            "Проверьте адрес и повторите попытку.</p><hr><p><b>Диагностические сведения для администраторов:</b></p>"
            "<p>Создающий сервер: AM0PR08MB1234.eurprd08.prod.example<br>{R}<br>"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"
            "</p></body></html>", "logistika@gruzovoz-bystro.example.ru", extra=["X-MS-Exchange-Message-Is-Ndr:"])
html_bounce("ru", "gworkspace-ru-html", "ru, Google Workspace-like 'Адрес не найден', HTML-only",
            "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
            "<html><body><h2>Адрес не найден</h2><p>Ваше сообщение не доставлено на адрес <b>{R}</b>, "
            "так как такого адреса не существует или он не может принимать почту.</p>"
            "<p style=\"color:#777\">Ответ удалённого сервера:<br>550 5.1.1 The email account that you tried "
            "to reach does not exist.</p></body></html>", "hello@detskie-igrushki.example.ru", cte="base64")
b_plain("ru", "google-groups-ru", "ru, Google Groups-like rejection (no permission to post), plain",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Ошибка доставки сообщения",
        "Вам не удалось отправить сообщение в группу {R}. Возможно, эта группа не существует "
        "или у вас нет разрешения на публикацию сообщений в ней.\n\nЧтобы узнать больше, "
        "обратитесь к владельцу группы.", "orders@fermerskiy-dvor.example.ru", attach="none")
b_plain("ru", "forwarded-by-secretary", "ru, failure notice forwarded by a person with one-line preface, KOI8-R",
        "Марина Кудрявцева <office@tehnopark-nsk.example.ru>", "Fwd: Недоставленное сообщение",
        "Пересылаю, пришло на общий ящик.\n\n---------- Пересылаемое сообщение ----------\n"
        "От: MAILER-DAEMON@mail.tehnopark-nsk.example.ru\nДата: 07.12.2026 10:19\n"
        "Тема: Недоставленное сообщение\n\nНе удалось доставить сообщение на адрес {R}.\n"
        "Ошибка: 550 5.1.1 mailbox unavailable (ящик удалён)\n\nСообщение не будет доставлено.",
        "sklad@tehnopark-nsk.example.ru", charset="koi8-r", attach="none", extra=[])
b_plain("ru", "domain-expired-ru", "ru, recipient domain no longer served (registration expired), plain",
        "Почтовый робот <robot@mx-relay.example.ru>", "Сообщение не доставлено — домен получателя",
        "Автоматическое сообщение.\n\nДоставка на {R} невозможна: домен получателя не обслуживается "
        "(срок регистрации истёк, DNS-записи удалены).\nstatus=bounced (Host or domain name not found)\n\n"
        "Письмо возвращено без доставки.", "info@stekla-fary.example.ru", attach="inline")

# English bounces (16)
b_plain("en", "cpanel-exim", "en, cPanel/Exim classic text, original inline, no DSN",
        "Mail Delivery System <Mailer-Daemon@server42.cpanelhost.example>", "Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
        "The following address(es) failed:\n\n  {R}\n    No Such User Here\n\n------ This is a copy of the message, including all the headers. ------",
        "sales@brightline-tools.example", attach="inline")
b_plain("en", "m365-ndr-report", "en, Microsoft 365 NDR wording, multipart/report with DSN",
        "Microsoft Outlook <postmaster@northgate-supply.example>", "Undeliverable: {S}",
        "Your message to {R} couldn't be delivered.\n\n{R} wasn't found at northgate-supply.example.\n\n"
        "Action Required: Recipient\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
        "Diagnostic information for administrators:\nGenerating server: DB9PR01MB0042.example\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'", "orders@northgate-supply.example",
        dsn_args=("DB9PR01MB0042.example", "orders@northgate-supply.example", "5.1.10", "550 5.1.10 RecipientNotFound"))
b_plain("en", "zoho-user-missing", "en, Zoho-like, plain, no DSN",
        "Zoho Mail Delivery <mailer-daemon@mx.zohomail.example>", "Undelivered Mail Returned to Sender",
        "Hi. This is the Zoho Mail system at mx.zohomail.example.\n\nYour message to {R} "
        "could not be delivered.\nReason: 550 5.1.1 User does not exist - <{R}>\n\nPlease verify the address and try again.",
        "hello@oakfield-ceramics.example", attach="inline")
b_plain("en", "hmailserver", "en, hMailServer-like, plain, no DSN, original as rfc822",
        "mailer-daemon@mail.pinecrest-print.example", "Message undeliverable: {S}",
        "Your message did not reach some or all of the intended recipients.\n\n   Sent: Mon, 7 Dec 2026 10:16:02 +0300\n"
        "   Subject: {S}\n\nThe following recipient(s) could not be reached:\n\n{R}\n"
        "   Error Type: SMTP\n   Remote server (192.0.2.18) issued an error.\n"
        "   hMailServer sent: RCPT TO:<{R}>\n   Remote server replied: 550 Unknown user\n",
        "quotes@pinecrest-print.example")
b_plain("en", "mdaemon-permanent", "en, MDaemon-like 'PERMANENT fatal delivery errors', original inline",
        "MDaemon@mx.harborview-marine.example", "Permanent Delivery Failure",
        "The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts "
        "the attached message has been removed from the mail queue on this server. The number and frequency of "
        "delivery attempts are determined by local configuration parameters.\n\n"
        "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n--- Session Transcript ---\n 550 5.1.1 <{R}> mailbox closed\n--- End Transcript ---",
        "charter@harborview-marine.example", attach="inline")
b_plain("en", "kerio-en-dsn", "en, Kerio Connect-like DSN",
        "Kerio Connect <postmaster@kerio.elmwood-labs.example>", "Undeliverable: {S}",
        "Your message could not be delivered to the following recipient:\n\n  {R}\n\n"
        "Error: 550 5.2.1 Mailbox disabled, not accepting messages", "info@elmwood-labs.example",
        dsn_args=("kerio.elmwood-labs.example", "info@elmwood-labs.example", "5.2.1", "550 5.2.1 Mailbox disabled"))
b_plain("en", "spamexperts-reject", "en, SpamExperts-like gateway rejection notice, plain",
        "Spam filter <noreply@antispam.cloudguard.example>", "Message rejected by recipient's filter",
        "Your email to {R} was NOT delivered.\n\nThe receiving organisation uses an incoming spam filter, "
        "which classified your message as spam (score 11.2). The message has been rejected and will not be "
        "delivered or retried.\n\nReference: IF-20261207-8f31c\n\nIf you believe this is a mistake, contact the "
        "recipient by other means and ask them to whitelist your address.", "support@quarrystone.example",
        attach="none")
b_plain("en", "google-groups-perm", "en, Google Groups-like rejection",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
        "** Message not delivered **\n\nYou don't have permission to post to the group {R}. "
        "The group may not exist, or the owner may have restricted who can post.\n\nContact the group owner "
        "or check your address.", "team@lumenhaus.example", attach="none")
b_plain("en", "mailman-nonmember", "en, Mailman-like rejection of a non-member post",
        "sales-owner@lists.ravenbrook-coffee.example", "Your message to Sales rejected",
        "Your message to the Sales mailing list has been rejected for the following\nreasons:\n\n"
        "Non-members are not allowed to post messages to this list.\n\nQuestions? Contact the Sales mailing list owner at\n"
        "sales-owner@lists.ravenbrook-coffee.example", "sales@lists.ravenbrook-coffee.example", attach="inline",
        extra=["Precedence: bulk", "X-BeenThere: sales@lists.ravenbrook-coffee.example"])
b_plain("en", "gworkspace-notfound-dsn", "en, Google Workspace-like address not found, DSN",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
        "** Address not found **\n\nYour message wasn't delivered to {R} because the address couldn't "
        "be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
        "550 5.1.1 The email account that you tried to reach does not exist.", "tariffs@cloudpay-gate.example",
        dsn_args=("mx.googlemail.example", "tariffs@cloudpay-gate.example", "5.1.1", "550 5.1.1 does not exist"))
b_plain("en", "communigate-en", "en, CommuniGate-like 'unknown user account', plain",
        "CommuniGate Pro PIPE <postmaster@cgp.westbay-freight.example>", "Undeliverable mail: {S}",
        "Failed to deliver to '{R}'\nLOCAL module(account westbay-freight.example) reports:\n"
        " unknown user account\n", "booking@westbay-freight.example", attach="inline")
b_plain("en", "forwarded-by-admin", "en, bounce forwarded by the recipient company's admin with a one-liner",
        "Derek Mallory <it@sunridge-gardens.example>", "FW: Undeliverable: {S}",
        "FYI - this came back from our old sales box.\n\n-----Original Message-----\nFrom: Microsoft Outlook "
        "<postmaster@sunridge-gardens.example>\nSent: Monday, December 7, 2026 10:22 AM\nSubject: Undeliverable: {S}\n\n"
        "Delivery has failed to these recipients or groups:\n\n{R}\nThe recipient's mailbox has been deleted.\n\n"
        "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound'", "sales@sunridge-gardens.example",
        attach="none")
b_plain("en", "dmarc-gateway", "en, receiving gateway rejects for sender DMARC/SPF failure, DSN",
        "Mail Delivery System <MAILER-DAEMON@relay.irongate-secure.example>", "Returned mail: see transcript for details",
        "The original message was received at Mon, 7 Dec 2026 10:17:40 +0300\nfrom mail.shopper.example\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n<{R}>\n\n"
        "   ----- Transcript of session follows -----\n550 5.7.1 Unauthenticated email from shopper.example is "
        "not accepted due to domain's DMARC policy. SPF: fail", "contracts@irongate-secure.example",
        dsn_args=("relay.irongate-secure.example", "contracts@irongate-secure.example", "5.7.1", "550 5.7.1 DMARC policy"))
b_plain("en", "overquota-inactive", "en, 'over quota and inactive', permanent, plain",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
        "Your message wasn't delivered to {R} because the recipient's inbox is full and the account "
        "has been inactive.\n\n552-5.2.2 The email account that you tried to reach is over quota and inactive.",
        "shop@mintleaf-tea.example", attach="inline")
b_plain("en", "account-disabled", "en, recipient account disabled, DSN, QP",
        "postmaster@mx.copperline-audio.example", "Delivery failure",
        "Delivery to the following recipient failed permanently:\n\n     {R}\n\nTechnical details of permanent failure:\n"
        "550 5.2.1 The email account that you tried to reach is disabled.", "info@copperline-audio.example",
        dsn_args=("mx.copperline-audio.example", "info@copperline-audio.example", "5.2.1", "550 5.2.1 account disabled"),
        cte="quoted-printable")
b_plain("en", "postfix-no-domain", "en, Postfix 'Host or domain name not found', DSN",
        "MAILER-DAEMON@smtp.shopper.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
        "This is the mail system at host smtp.shopper.example.\n\nI'm sorry to have to inform you that your message "
        "could not\nbe delivered to one or more recipients.\n\n<{R}>: Host or domain name not found. Name service "
        "error for\n    name=velvetpine-decor.example type=MX: Host not found", "hi@velvetpine-decor.example",
        dsn_args=("smtp.shopper.example", "hi@velvetpine-decor.example", "5.4.4", "Host or domain name not found"))


# ---------------------------------------------------------------- auto-replies (35: 19 ru, 16 en)
def ar(lang, slug, note, frm, subject, text=None, html=None, hdrs=AUTO, **kw):
    add("autoreply", lang, slug, note, frm, subject, text, html, hdrs=hdrs, **kw)


ar("ru", "otpusk-kollega", "ru, vacation with colleague's address, Auto-Submitted",
   "Елена Барсукова <e.barsukova@okna-teplo.example.ru>", "Автоответ: {S}",
   "Добрый день!\nЯ в ежегодном отпуске до 14 декабря включительно. Письма в это время не читаю.\n"
   "По вопросам заказов пишите Игорю Лаптеву: i.laptev@okna-teplo.example.ru.\n\nЕлена Барсукова")
ar("ru", "komandirovka-no-headers", "ru, business trip, no auto headers, contains «до 11 декабря»",
   "Сергей Гладких <gladkih@promkrepezh.example.ru>", "Re: {S}",
   "Уважаемые коллеги!\nНахожусь в командировке до 11 декабря, доступ к почте ограничен. "
   "Отвечу после возвращения.\n\nС уважением, Сергей Гладких", hdrs=())
ar("ru", "bolnichny", "ru, sick leave, X-Autoreply, windows-1251",
   "Ткаченко Оксана <o.tkachenko@bukva-knigi.example.ru>", "Автоматический ответ: {S}",
   "Здравствуйте.\nЯ на больничном и не могу ответить на ваше письмо. Как только вернусь к работе — "
   "обязательно свяжусь с вами.\nО.Т.", hdrs=["X-Autoreply: yes", "Precedence: auto_reply"], charset="windows-1251")
ar("ru", "nerabochee-vremya", "ru, after-hours responder, contains «с 10:00 до 19:00»",
   "Магазин «Чайная лавка» <shop@chaynaya-lavka.example.ru>", "Мы получили письмо вне рабочего времени",
   "Здравствуйте!\nВаше письмо пришло в нерабочее время. Мы работаем по будням с 10:00 до 19:00 (МСК) "
   "и ответим в ближайший рабочий день.\n\nКоманда «Чайной лавки»", hdrs=AUTOG)
ar("ru", "vyhodnoy", "ru, weekend notice, Precedence: bulk, koi8-r",
   "Служба заботы <care@svezhie-cvety.example.ru>", "Сегодня у нас выходной",
   "Добрый день!\nСегодня выходной, менеджеры не на связи. Все письма, пришедшие в субботу и воскресенье, "
   "мы разбираем в понедельник утром — в порядке очереди.\nСпасибо за терпение!",
   hdrs=["Precedence: bulk"], charset="koi8-r")
ar("ru", "novogodnie-kanikuly", "ru, holiday closure notice with dates, HTML-only",
   "ООО «Ремтехснаб» <info@remtehsnab.example.ru>", "Автоответ: режим работы в праздники",
   html="<html><body><p>Уважаемые клиенты!</p><p>С 31 декабря по 10 января офис и склад <b>не работают</b>. "
   "Заявки, полученные в эти дни, будут обработаны с 11 января.</p><p>С наступающим Новым годом!</p>"
   "</body></html>", hdrs=AUTO + ["X-Auto-Response-Suppress: All"])
ar("ru", "yashchik-ne-obsluzhivaetsya", "ru, 'address no longer served', new address given, no Auto-Submitted",
   "info@stanki-pro.example.ru", "Этот адрес больше не обслуживается",
   "Внимание! Почтовый ящик info@stanki-pro.example.ru больше не обслуживается, письма на него никто не читает.\n"
   "Пожалуйста, направляйте запросы на адрес zapros@stanki-pro.example.ru.\n\nЭто автоматическое сообщение, отвечать на него не нужно.",
   hdrs=["Precedence: junk"])
ar("ru", "sotrudnik-uvolilsya", "ru, 'employee has left', koi8-r, QP",
   "Петрова Ольга <o.petrova@zoomagazin-lapa.example.ru>", "Автоответ: {S}",
   "Ольга Петрова больше не работает в компании «Лапа». Ваше письмо не будет прочитано и не будет переслано.\n"
   "Для связи с магазином используйте общий адрес hello@zoomagazin-lapa.example.ru.",
   charset="koi8-r", cte="quoted-printable")
ar("ru", "kompaniya-zakryta", "ru, company closed (liquidated) notice, plain, no headers",
   "ООО Вектор-Снаб <vector-snab@vector-snab.example.ru>", "Уведомление",
   "ООО «Вектор-Снаб» прекратило деятельность 30 ноября 2026 года в связи с ликвидацией.\n"
   "Заказы и запросы больше не принимаются. Благодарим всех клиентов за сотрудничество.\n\n"
   "Сообщение отправлено автоматически.", hdrs=())
ar("ru", "smena-nazvaniya", "ru, company renamed, domain moves, HTML-only",
   "Бюро «Точка печати» <print@tochka-pechati.example.ru>", "Мы сменили название",
   html="<div>Добрый день!<br><br>С 1 декабря «Точка печати» называется <b>«Тираж&amp;Ко»</b>. "
   "Старый адрес перестанет работать 31 декабря — пожалуйста, пишите нам на "
   "<a href=\"mailto:hello@tirazh-ko.example.ru\">hello@tirazh-ko.example.ru</a>.<br><br>"
   "<i>Письмо сформировано автоматически.</i></div>", hdrs=AUTOG)
ar("ru", "moderaciya-rassylki", "ru, mailing-list post awaits moderator approval",
   "zakazy-bounces@lists.optbaza.example.ru", "Ваше сообщение в zakazy ожидает одобрения модератора",
   "Ваше письмо в список рассылки zakazy с темой\n\n    {S}\n\nзадержано до тех пор, пока модератор списка "
   "не рассмотрит его.\n\nПричина: отправитель не подписан на список.\n\nЛибо письмо будет опубликовано, "
   "либо вы получите уведомление о решении модератора.",
   hdrs=["Precedence: bulk", "X-BeenThere: zakazy@lists.optbaza.example.ru", "Auto-Submitted: auto-generated"])
ar("ru", "challenge-response-ru", "ru, challenge-response whitelist request, link to confirm",
   "Защита от спама <antispam-confirm@mailgate.example.ru>", "Подтвердите отправку письма",
   "Здравствуйте!\nАдресат kladovaya@domashnyaya-kladovaya.example.ru использует защиту от спама. "
   "Ваше письмо «{S}» задержано.\n\nЧтобы оно было доставлено, подтвердите, что вы не робот: "
   "перейдите по ссылке https://mailgate.example.ru/confirm/7QH2LX9 или просто ответьте на это письмо.\n\n"
   "Подтверждение нужно только один раз.", hdrs=AUTOG)
ar("ru", "dekret", "ru, maternity leave, letter not forwarded, base64",
   "Анастасия Зуева <zueva@kosmetika-lab.example.ru>", "Отсутствую: {S}",
   "Здравствуйте!\nЯ в декретном отпуске и почту не проверяю. Письма не пересылаются.\n"
   "Коллеги из отдела продаж: sales@kosmetika-lab.example.ru.", cte="base64")
ar("ru", "vystavka", "ru, at a trade fair, delayed answers, contains «до 10.12»",
   "Горбунов Денис <d.gorbunov@kamen-plitka.example.ru>", "На выставке до 10.12",
   "Коллеги, добрый день!\nДо 10.12 я на выставке «Стройэкспо», отвечаю с большой задержкой.\n"
   "Срочное — звоните в офис.\n\nДенис", hdrs=["X-Autorespond: on"])
ar("ru", "yashchik-ne-proveryaetsya", "ru, unmonitored mailbox, use the form instead; automatic",
   "noreply-obratnaya@bytovaya-himiya.example.ru", "Ящик не проверяется",
   "Это автоматический ответ.\nПисьма на этот адрес не просматриваются. Чтобы задать вопрос, "
   "воспользуйтесь формой обратной связи на сайте bytovaya-himiya.example.ru/contacts.",
   hdrs=AUTO, charset="windows-1251", cte="quoted-printable")
ar("ru", "outlook-oof-html", "ru, Outlook OOF, HTML-only, 'Автоматический ответ'",
   "Морозова Ирина Викторовна <i.morozova@agentstvo-ritm.example.ru>", "Автоматический ответ: {S}",
   html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
   "<div style=\"font-family:Calibri\"><p>Добрый день!</p><p>Меня нет в офисе до 15.12.2026. "
   "Ваше письмо будет прочитано после моего возвращения.</p><p>С уважением,<br>Ирина Морозова</p></div></body></html>",
   hdrs=AUTO + ["X-MS-Exchange-Inbox-Rules-Loop: i.morozova@agentstvo-ritm.example.ru"])
ar("ru", "chasovoy-poyas", "ru, after-hours with Vladivostok time zone, plain",
   "Автоответчик «ДВ-Морепродукты» <robot@dv-moreprodukty.example.ru>", "Re: {S}",
   "Здравствуйте! Учтите разницу во времени: мы во Владивостоке (МСК+7), и сейчас у нас нерабочее время. "
   "Менеджер прочитает письмо утром по местному времени.", hdrs=AUTO)
ar("ru", "kanikuly-koi8", "ru, New Year break notice, koi8-r, 8bit",
   "Интернет-магазин Пряник <pryanik@pryanik-shop.example.ru>", "Новогодние каникулы",
   "Друзья!\nВ связи с новогодними каникулами магазин приостанавливает работу с 28 декабря по 8 января. "
   "Ваше письмо получено, но ответим мы на него только после праздников.\nСпасибо, что вы с нами!",
   hdrs=["Precedence: auto_reply"], charset="koi8-r", cte="8bit")
ar("ru", "net-na-meste", "ru, short 'not at my desk until Monday', Precedence: bulk only",
   "Кирилл <kirill@velomaster.example.ru>", "Нет на месте",
   "Меня нет на месте до понедельника. Прочитаю позже.", hdrs=["Precedence: bulk"])

# English auto-replies (16)
ar("en", "annual-leave", "en, annual leave, return date, deputy",
   "Harriet Kemble <h.kemble@foxglove-interiors.example>", "Automatic reply: {S}",
   "Thank you for your email. I am currently on annual leave, returning on Monday 14 December.\n"
   "For anything urgent please contact my colleague Tom Ashby (t.ashby@foxglove-interiors.example).\n\nKind regards,\nHarriet")
ar("en", "limited-access", "en, away with limited access, no headers", "Marcus Delaney <marcus@delaney-bikes.example>",
   "Re: {S}", "Hi,\n\nI'm away from the office this week with limited access to email. I'll get back to you "
   "as soon as I can after the 11th.\n\nMarcus", hdrs=())
ar("en", "parental-leave", "en, parental leave, message not forwarded", "Priya Nandakumar <priya@lattice-apps.example>",
   "Out of Office: {S}", "Hello,\n\nI'm on parental leave until March 2027 and won't be checking this inbox. "
   "Your message will not be forwarded. For billing and contract questions, write to accounts@lattice-apps.example.",
   hdrs=AUTO + ["X-Auto-Response-Suppress: DR, RN"])
ar("en", "office-hours", "en, outside office hours notice, contains '9am to 5pm'",
   "Crestwood Support <no-reply@crestwood-hosting.example>", "We received your email outside office hours",
   "Hello,\n\nOur office hours are Monday to Friday, 9am to 5pm (GMT). Your message reached us outside these "
   "hours, and a member of the team will pick it up on the next working day.\n\nCrestwood Hosting", hdrs=AUTOG)
ar("en", "weekend", "en, weekend responder, X-Autorespond", "Bramble Bakery <orders@bramble-bakery.example>",
   "Thanks - we're closed for the weekend", "Hi there! The bakery office is closed on weekends. We'll read your "
   "note first thing Monday morning.\n\n-- Bramble Bakery", hdrs=["X-Autorespond: yes"])
ar("en", "holiday-closure-html", "en, holiday closure, HTML-only", "Northwind Outfitters <hello@northwind-outfitters.example>",
   "Holiday closure", html="<p>Season's greetings!</p><p>Our team is taking a break from <b>24 December to 4 January</b>. "
   "Orders placed online will ship from 5 January; emails will be answered in the order received.</p>"
   "<p>&mdash; Northwind Outfitters</p>", hdrs=AUTOG)
ar("en", "not-monitored", "en, 'this mailbox is not monitored'", "noreply@gridline-energy.example",
   "Re: {S}", "This mailbox is not monitored. Replies sent to this address are not read.\n"
   "Please use the contact form at gridline-energy.example/contact.", hdrs=["Precedence: junk"])
ar("en", "address-moved", "en, address has moved, update records", "info@tallowworks.example",
   "Our email address has changed", "Please note: this address is being retired. Update your records to "
   "studio@tallow-works.example - messages sent here are no longer being read.\n\n(automated message)")
ar("en", "left-company", "en, employee has left, mailbox closed, QP",
   "Gavin Holt <gholt@pelican-logistics.example>", "Automatic reply: {S}",
   "Gavin Holt is no longer with Pelican Logistics. This mailbox is closed. For quotes and contracts please "
   "write to commercial@pelican-logistics.example.", cte="quoted-printable")
ar("en", "renamed-company", "en, company renamed, domain going away",
   "Saltmarsh Digital <team@saltmarsh-digital.example>", "We are now Tidewater Studio",
   "Hello,\n\nSaltmarsh Digital is now Tidewater Studio. This domain will stop receiving email on 31 January. "
   "Please write to hello@tidewater-studio.example from now on.\n\nThis is an automatic notice.", hdrs=AUTOG)
ar("en", "mailman-held", "en, Mailman-like 'held until the list moderator can review it'",
   "orders-bounces@lists.heronfield.example", "Your message to Orders awaits moderator approval",
   "Your mail to 'Orders' with the subject\n\n    {S}\n\nIs being held until the list moderator can review it for approval.\n\n"
   "The reason it is being held:\n\n    Post by non-member to a members-only list\n\nEither the message will get "
   "posted to the list, or you will receive notification of the moderator's decision.",
   hdrs=["Precedence: bulk", "X-BeenThere: orders@lists.heronfield.example", "X-Mailman-Version: 2.1.39"])
ar("en", "groups-pending", "en, Google Groups-like 'pending moderation'",
   "Groups <noreply@groups.example>", "Your message is pending approval",
   "Your message to sales@quillmark.example has been received and is pending approval by a group manager. "
   "You'll be notified if it is rejected.", hdrs=AUTOG)
ar("en", "challenge-verify", "en, challenge-response, verify you are human",
   "Sender Check <verify@sender-check.example>", "Please verify your email",
   "Hello,\n\nI'm protecting my inbox with a sender verification system. Your message to nina@ashgrove-farm.example "
   "is waiting. To have it delivered, please click the link below once:\n\n"
   "https://sender-check.example/v/K4P9ZX\n\nYou will only need to do this once. Thanks!", hdrs=AUTOG)
ar("en", "outlook-oof-html", "en, Outlook automatic reply, HTML-only",
   "Olivia Brandt <obrandt@kestrel-legal.example>", "Automatic reply: {S}",
   html="<html><body><div>I am out of the office until Wednesday 9 December with no access to email. "
   "I will respond to your message on my return.</div><div>Olivia</div></body></html>", hdrs=AUTO)
ar("en", "trek-no-signal", "en, playful sabbatical note, no auto headers",
   "Jonah Pike <jonah@pikeandsons-furniture.example>", "Re: {S}",
   "Hey! I'm trekking somewhere in Nepal until mid-January with no signal at all. This is a robot talking. "
   "The shop keeps running - hello@pikeandsons-furniture.example reaches the team.", hdrs=())
ar("en", "conference-delay", "en, at a conference, replies delayed, X-Autoreply",
   "Sofia Reyes <sofia.reyes@brightpath-crm.example>", "Away: {S}",
   "Thanks for reaching out. I'm at a conference until Thursday and replies will be slower than usual.",
   hdrs=["X-Autoreply: yes", "Auto-Submitted: auto-replied"])


# ---------------------------------------------------------------- acknowledgements (30: 17 ru, 13 en)
def ak(lang, slug, note, frm, subject, text=None, html=None, hdrs=AUTOG, **kw):
    add("ack", lang, slug, note, frm, subject, text, html, hdrs=hdrs, **kw)


ak("ru", "amocrm-zayavka", "ru, CRM web-form receipt, number, contains «до 18:00»", "Студия Шкафы-Купе <robot@shkafy-kupe.example.ru>",
   "Заявка №48213 принята", "Анатолий, здравствуйте!\nВаша заявка №48213 принята. Менеджер свяжется с вами в рабочее время "
   "(пн–пт с 9:00 до 18:00).\n\nНе отвечайте на это письмо.", to="anatoly+k2f9@shopper.example")
ak("ru", "bitrix-obrashchenie", "ru, Bitrix24-like, 'Обращение № ... зарегистрировано', no vendor headers",
   "Портал поддержки <support@b24.santeh-market.example.ru>", "[#1277] {S}",
   "Обращение № 1277 зарегистрировано.\nТема: {S}\nСтатус: новое\nОтветственный будет назначен автоматически.", hdrs=())
ak("ru", "okdesk-zayavka", "ru, Okdesk-like 'Заявка #4521 создана', HTML-only",
   "Служба поддержки «Кассир-Онлайн» <help@kassir-online.example.ru>", "Заявка #4521 создана",
   html="<p>Здравствуйте!</p><p>По вашему письму создана заявка <b>#4521</b>. Мы ответим в течение одного рабочего дня.</p>"
   "<p style=\"color:#999\">Чтобы дополнить заявку, ответьте на это письмо, не меняя тему.</p>", script="svc")
ak("ru", "usedesk-obrashchenie", "ru, helpdesk receipt with number in subject, windows-1251",
   "Поддержка ЭкоДоставки <care@ekodostavka.example.ru>", "Ваше обращение №20261207-0093 получено",
   "Добрый день!\nМы получили ваше обращение и присвоили ему номер 20261207-0093. Ответ придёт на этот адрес.\n"
   "Среднее время ответа — 2 часа.", charset="windows-1251")
ak("ru", "omnidesk-tags", "ru, Omnidesk-like subject tag [##123-456##]", "Поддержка Лавки <shop@lavka-remesel.example.ru>",
   "[##812-33170##] {S}", "Здравствуйте!\n\nСпасибо за письмо — мы его зарегистрировали. Номер обращения: 812-33170.\n"
   "Сотрудник ответит в ближайшее время.\n\n--\nЭто письмо отправлено автоматически.", hdrs=AUTOG + ["Precedence: bulk"])
ak("ru", "gosportal", "ru, government-style portal registration number and 30-day term, koi8-r",
   "Портал обращений <no-reply@obrashcheniya.example.ru>", "Обращение зарегистрировано",
   "Уважаемый(ая) Анатолий Смирнов!\n\nВаше обращение зарегистрировано под номером ОГ-2026/7741 от 07.12.2026.\n"
   "Срок рассмотрения — до 30 дней в соответствии с законодательством.\nО результатах вы будете уведомлены по электронной почте.",
   charset="koi8-r", cte="base64")
ak("ru", "marketplace-vopros", "ru, marketplace: question sent to the seller",
   "Маркетплейс Ярмарка <noreply@yarmarka-market.example.ru>", "Ваш вопрос продавцу отправлен",
   "Анатолий, ваш вопрос продавцу «Дом и сад» отправлен. Обычно продавцы отвечают в течение суток — "
   "ответ появится в разделе «Мои вопросы».", script="shop")
ak("ru", "bank-obrashchenie", "ru, bank: request accepted, answer in 3 business days, contains «3 рабочих дня»",
   "Банк «Северный Кредит» <info@severcredit-bank.example.ru>", "Обращение № 2612-07-0042 принято",
   "Уважаемый клиент!\nВаше обращение № 2612-07-0042 принято в работу. Срок ответа — до 3 рабочих дней.\n"
   "Сообщение создано автоматически, отвечать на него не нужно.", script="svc", cte="quoted-printable")
ak("ru", "provayder-tt", "ru, ISP support ticket TT-88213", "Техподдержка Сеть-Плюс <support@set-plus.example.ru>",
   "Заявка ТТ-88213 в службе поддержки", "Здравствуйте!\nВаша заявка зарегистрирована в системе поддержки.\n"
   "Номер заявки: ТТ-88213\nПриоритет: обычный\nОжидаемое время реакции: 4 часа.", hdrs=["X-Autoreply: yes"])
ak("ru", "shkola-kancelyariya", "ru, school registry: incoming number, no auto headers",
   "Канцелярия школы № 1817 <kancelyariya@school1817.example.ru>", "Re: {S}",
   "Ваше письмо получено канцелярией и зарегистрировано, входящий № 512 от 07.12.2026.\n"
   "Письмо передано ответственному лицу.", hdrs=(), charset="windows-1251", cte="8bit")
ak("ru", "klinika-zapis", "ru, clinic: booking request received, admin will call back",
   "Клиника «Добрый доктор» <zapis@dobry-doktor.example.ru>", "Мы получили вашу заявку",
   "Здравствуйте!\nВаша заявка получена. Администратор перезвонит вам в течение часа в рабочее время "
   "клиники (ежедневно с 8:00 до 21:00).\nЕсли вы не оставили телефон, ответьте на это письмо и укажите его.")
ak("ru", "dostavka-nomer", "ru, courier service: 'Номер обращения: 7Q-2291', HTML-only, base64",
   "Курьерская служба Молния <care@kurier-molniya.example.ru>", "Номер обращения 7Q-2291",
   html="<table><tr><td><h3>Спасибо, мы получили ваше сообщение</h3><p>Номер обращения: <b>7Q-2291</b></p>"
   "<p>Сохраните его — он понадобится, если вы захотите уточнить статус.</p></td></tr></table>", cte="base64")
ak("ru", "helpdeskeddy", "ru, HelpDeskEddy-like: 'Создан тикет #55012'",
   "Техподдержка ОблакоКасс <support@oblakokass.example.ru>", "Создан тикет #55012: {S}",
   "Здравствуйте, Анатолий.\nСоздан тикет #55012. Статус: открыт. Отдел: продажи.\nОтвет специалиста придёт на этот адрес.",
   script="svc")
ak("ru", "forma-saita", "ru, site form confirmation to a plus-address, no In-Reply-To",
   "Сайт «Плитка-Центр» <noreply@plitka-centr.example.ru>", "Сообщение с сайта получено",
   "Спасибо! Ваше сообщение, отправленное через форму на сайте, получено.\nИмя: Анатолий Смирнов\n"
   "Сообщение: {S}\n\nМы ответим вам в ближайшее время.", to="anatoly+f7q1@shopper.example", irt=False)
ak("ru", "strahovaya", "ru, insurer: 'обращению присвоен регистрационный номер', koi8-r QP",
   "Страховая компания Опора <opora@opora-strah.example.ru>", "Регистрация обращения",
   "Уважаемый клиент!\nВашему обращению присвоен регистрационный номер 00-771/26. Специалист рассмотрит его в порядке очереди.",
   charset="koi8-r", cte="quoted-printable", script="svc")
ak("ru", "ekvairing-ticket", "ru, payment service: request in queue, position number",
   "Платёжный сервис ПэйЛайн <sales@payline-ru.example.ru>", "Ваш запрос в очереди",
   "Добрый день!\nЗапрос на подключение получен и поставлен в очередь (позиция 14). Номер запроса: PL-310-882.\n"
   "Менеджер отдела подключения свяжется с вами.", script="svc", hdrs=AUTOG + ["Precedence: bulk"])
ak("ru", "upravlyayushchaya", "ru, facility company: 'ваша заявка принята к исполнению', plain no headers",
   "Диспетчерская <dispetcher@uk-domovoy.example.ru>", "Заявка принята",
   "Ваша заявка принята диспетчерской службой. Регистрационный номер: Д/1207/19.", hdrs=())

# English acknowledgements (13)
ak("en", "zendesk-request", "en, Zendesk-like receipt with vendor headers", "Lumen Payments Support <support@lumenpay.example>",
   "[Lumen Payments] Re: {S}", "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
   "reviewed by our support staff.\n\nTo add additional comments, reply to this email.",
   hdrs=AUTOG + ["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 7d1e22"], script="svc")
ak("en", "freshdesk-ticket", "en, Freshdesk-like 'Ticket Received - [#3312]'", "Orchard Goods <help@orchardgoods.example>",
   "Ticket Received - [#3312] {S}", "Dear Anatoly,\n\nWe would like to acknowledge that we have received your request and a ticket "
   "has been created. A support representative will be reviewing your request and will send you a personal response "
   "(usually within 24 hours).\n\nTicket #3312", hdrs=["Reply-To: help@orchardgoods.freshdesk.com"])
ak("en", "jira-sm", "en, Jira Service Management-like REQ-1142", "Tessera Cloud Service Desk <jira@tessera-cloud.example>",
   "REQ-1142 {S}", "Hi Anatoly,\n\nThanks for reaching out. We've logged your request as REQ-1142 and our team will get to it soon.\n\n"
   "View request: https://tessera-cloud.example/servicedesk/REQ-1142", hdrs=AUTOG + ["X-JIRA-FingerPrint: 4f7a0c1b9e"], script="svc")
ak("en", "helpscout-received", "en, Help Scout-like 'We've received your message', HTML-only",
   "Fernway Help <help@fernway.example>", "We've received your message",
   html="<p>Hi there,</p><p>This is a quick note to let you know we've received your email. Someone from our team will "
   "reply within one business day.</p><p style=\"font-size:11px\">Conversation #9183</p>", hdrs=())
ak("en", "intercom-got-it", "en, Intercom-like 'we got your message'", "Quanta CRM <hello@quanta-crm.example>",
   "We got your message", "Hey Anatoly - thanks for your message! The team typically replies in a few hours. "
   "You'll get their reply here and in your inbox.", hdrs=AUTOG, script="svc")
ak("en", "bank-case", "en, bank case reference CAS-00912-X3Q7", "Harbour Bank Customer Care <care@harbourbank.example>",
   "Case CAS-00912-X3Q7 created", "Dear Customer,\n\nThank you for contacting Harbour Bank. Your case reference is CAS-00912-X3Q7.\n"
   "We aim to respond within 5 business days. Please do not reply to this automated message.", cte="quoted-printable")
ak("en", "isp-support", "en, ISP support ticket TT#558120, no auto headers", "Skyline Broadband <noreply@skyline-bb.example>",
   "Support ticket TT#558120 opened", "Your support ticket TT#558120 has been opened.\nCategory: Sales enquiry\n"
   "Expected first response: 8 working hours.", hdrs=())
ak("en", "school-enquiry", "en, school office: enquiry logged", "Admissions Office <office@westbrook-academy.example>",
   "Enquiry received", "Thank you for your enquiry. It has been logged (ref WA/26/3381) and passed to the relevant member of staff.")
ak("en", "clinic-appointment", "en, clinic: appointment request received, contains 'from 8am to 8pm'",
   "Riverside Dental <appointments@riverside-dental.example>", "We have received your appointment request",
   "Thanks for getting in touch. We have received your request and a receptionist will contact you during opening hours "
   "(Mon-Sat from 8am to 8pm) to confirm a time.", hdrs=AUTOG, cte="base64")
ak("en", "marketplace-seller", "en, marketplace: message to seller delivered", "Bazaarly <messages@bazaarly.example>",
   "Your message to the seller has been delivered", "Your message to Copper & Clay has been delivered. Sellers usually "
   "respond within 48 hours. You'll be notified by email when they reply.", script="shop", hdrs=AUTOG + ["Precedence: bulk"])
ak("en", "gov-reference", "en, government-style portal, reference number", "Business Registry <do-not-reply@registry-portal.example>",
   "Submission received - GOV-2026-118840", "Your submission has been received.\n\nReference number: GOV-2026-118840\n"
   "Date received: 07/12/2026\n\nKeep this reference for your records. You do not need to reply.", hdrs=())
ak("en", "salesforce-case", "en, CRM case number and ref tag in subject, QP",
   "Corvid Analytics <support@corvid-analytics.example>", "Case #00123456: {S} [ ref:_00D5g._5005g1X:ref ]",
   "Hello,\n\nThank you for contacting Corvid Analytics. Case #00123456 has been created. An account executive will "
   "be in touch shortly.", cte="quoted-printable", script="svc")
ak("en", "hubspot-ticket", "en, HubSpot-like ticket created, HTML-only", "Pinegrove Supplies <support@pinegrove-supplies.example>",
   "Thanks for contacting us (ticket 7731204)", html="<div>Thanks for contacting Pinegrove Supplies!</div><div>We've opened "
   "ticket <strong>7731204</strong> for you and will be in touch soon.</div>", hdrs=AUTOG)


# ---------------------------------------------------------------- human (20: 11 ru, 9 en) and redirect (10: 6 ru, 4 en)
def hm(kind, lang, slug, note, frm, reply, sig, style=">", script="shop", subject="Re: {S}", hdrs=(), charset="utf-8",
       html=False, **kw):
    body_reply = reply.replace("{S}", SUBJ[script])
    q = quoted(script, style, lang) if style else ""
    if html:
        paras = "".join("<p>%s</p>" % p.replace("&", "&amp;").replace("\n", "<br>") for p in body_reply.split("\n\n"))
        h = "<html><body>%s<p>%s</p><blockquote>%s</blockquote></body></html>" % (
            paras, sig.replace("\n", "<br>"), q.replace("\n", "<br>").replace(">", "&gt;"))
        add(kind, lang, slug, note, frm, subject, None, h, hdrs=hdrs, script=script, charset=charset,
            reply=body_reply, **kw)
    else:
        text = body_reply + ("\n\n" + sig if sig else "") + ("\n\n" + q if q else "")
        add(kind, lang, slug, note, frm, subject, text, hdrs=hdrs, script=script, charset=charset,
            reply=body_reply, **kw)


hm("human", "ru", "v-otpuske-no-otvechu", "ru, person on holiday answers anyway, looks like OOF, contains «до 20:00»",
   "Наталья Ефремова <n.efremova@sumki-kozha.example.ru>",
   "Анатолий, добрый день!\nЯ сейчас в отпуске, но отвечу: пункт самовывоза на Садовой работает до 20:00. "
   "Заказ можете оформить на сайте, а доставку сегодня курьером организуем, если оформите до 15:00.",
   "С уважением,\nНаталья\nОтправлено с iPhone", ">")
hm("human", "ru", "shablonny-no-otvet", "ru, template-like wording typed by a person, answers all points, koi8-r",
   "Отдел продаж <sales@kley-optom.example.ru>",
   "Здравствуйте!\nВаше письмо получено. Отвечаем: пункт выдачи открыт с 9 до 21 без выходных. "
   "Оформить заказ можно по этому письму — пришлите список товаров и адрес. Доставка сегодня возможна по Москве.",
   "С уважением, отдел продаж", "outlook", charset="koi8-r", cte="quoted-printable")
hm("human", "ru", "tarify-polnyy", "ru, complete services answer with prices, contract via ЭДО, days",
   "Алексей Рябов <a.ryabov@skladlogik.example.ru>",
   "Добрый день, Анатолий!\nТарифы: «Старт» — 2 900 ₽ в месяц, «Бизнес» — 7 500 ₽ в месяц. Договор заключаем по оферте "
   "или через ЭДО, подключение занимает 2 рабочих дня.\nЕсли удобно, пришлю договор сегодня.",
   "--\nАлексей Рябов\nменеджер по работе с клиентами", ">", script="svc")
hm("human", "ru", "zendesk-agent-autogen", "ru, helpdesk agent answer with Auto-Submitted: auto-generated and Zendesk mailer header, no quote",
   "Мария - Вкусная лавка <help@vkusnaya-lavka.example.ru>",
   "Здравствуйте, Анатолий!\nСамовывоз работает до 22:00. Заказ можете оформить в приложении, доставка сегодня доступна до 23:00.",
   "Мария, служба заботы", "", hdrs=AUTOG + ["X-Mailer: Zendesk Mailer"], script="shop")
hm("human", "ru", "kratkiy", "ru, curt answer, partial (only the time), no signature", "Игорь <igor.kuzmin@gvozdi-shop.example.ru>",
   "До 19 работаем.", "", ">", charset="windows-1251", cte="8bit")
hm("human", "ru", "inline-html", "ru, HTML-only answer from webmail, blockquote",
   "Светлана Орлова <orlova@buket-ekspress.example.ru>",
   "Здравствуйте, Анатолий!\n\nПункт самовывоза работает круглосуточно. Заказ оформлю сама, если напишете, какой букет нужен — "
   "доставим сегодня в течение 3 часов.\n\nХорошего дня!", "С уважением,\nСветлана", "ru", html=True)
hm("human", "ru", "subject-avtootvet-typed", "ru, person's answer whose subject still says «Автоответ» (replied to own OOF)",
   "Виктор Семёнов <semenov@rybolov-pro.example.ru>",
   "Анатолий, здравствуйте. Вернулся из отпуска, отвечаю: самовывоз на Лесной до 18:00, заказ оформлю сегодня, пишите артикулы.",
   "Виктор", ">", subject="Re: Автоответ: {S}")
hm("human", "ru", "ticket-answer-1251", "ru, helpdesk answer with ticket number in subject, windows-1251 base64",
   "Поддержка СервисПро <help@servis-pro.example.ru>",
   "Анатолий, добрый день!\nТарифы от 1 490 ₽ в месяц, договор-оферта подписывается онлайн, подключение за 1 рабочий день.",
   "Спасибо за обращение!\nЕкатерина, служба поддержки", "ru", script="svc", subject="[#77102] Re: {S}",
   charset="windows-1251", cte="base64")
hm("human", "ru", "chastichnyy-tarify", "ru, partial: only the contract steps, asks details",
   "Дмитрий Ломов <lomov@it-reshenie.example.ru>",
   "Здравствуйте!\nДоговор заключаем после короткого созвона, шаблон пришлём на почту. По цене — зависит от объёма, "
   "сколько у вас заказов в месяц?", "Дмитрий", "outlook", script="svc")
hm("human", "ru", "spasibo-za-pismo", "ru, starts with thanks-for-writing sentence, device line",
   "Ксения <ksenia@handmade-mylo.example.ru>",
   "Спасибо, что написали! Забрать заказ можно с 11 до 20 в нашей мастерской. Оформить заказ можете прямо в ответном письме.",
   "Отправлено из мобильной Почты", ">")
hm("human", "ru", "no-quote-koi8", "ru, answer without quote, koi8-r 8bit, looks like a notice",
   "Магазин Электрон <magazin@elektron-spb.example.ru>",
   "Уведомляем: пункт выдачи на Невском работает до 21:00. Заказ оформим сегодня, доставка сегодня — при оплате до 14:00.",
   "Администрация магазина", "", charset="koi8-r", cte="8bit", irt=False)
# English human (9)
hm("human", "en", "hi-complete", "en, complete friendly answer, Gmail quote", "Ella Morgan <ella@copperclay-pottery.example>",
   "Hi Anatoly,\nOur pickup point is open until 7 pm today. I can place the order for you - just reply with the items, "
   "and we can arrange same-day delivery if you confirm by 2 pm.\nHope this helps!", "Best regards,\nElla", ">")
hm("human", "en", "agent-looks-auto", "en, agent answer with 'Auto-Submitted: auto-generated' and ticket tag",
   "Lumen Payments Support <support@lumenpay.example>",
   "Hello Anatoly,\nOur plans start at 29 EUR per month (Starter) and 99 EUR (Growth). The contract is signed online and "
   "onboarding takes 3 business days.", "Kind regards,\nNoah | Lumen Payments", "", script="svc",
   subject="[Lumen Payments] Re: {S}", hdrs=AUTOG + ["X-Mailer: Zendesk Mailer"])
hm("human", "en", "curt", "en, one-liner partial answer", "Sam <sam@tinkerbox.example>", "Open till 6.", "", ">")
hm("human", "en", "outlook-partial", "en, partial answer, Outlook block quote", "Grace Lin <grace.lin@meridian-saas.example>",
   "Hi Anatoly,\nPricing is per seat: 12 USD per user per month. I'll need a few details before we can send a contract.",
   "Thanks,\nGrace", "outlook", script="svc")
hm("human", "en", "html-answer", "en, HTML-only personal answer", "Oscar Vance <oscar@vance-flowers.example>",
   "Hi Anatoly,\n\nWe are open until 8 pm, and I'd be glad to take your order by email. Same-day delivery is available in the city centre.",
   "Cheers,\nOscar", ">", html=True)
hm("human", "en", "oof-but-answers", "en, starts like an OOF but a person answers", "Rita Kowalski <rita@kowalski-bakes.example>",
   "I'm technically off today but saw your note: pickup is open until 5 pm, and you can order by replying here.",
   "Rita\nSent from my Android", ">")
hm("human", "en", "received-then-answers", "en, 'we received your email' opener followed by a real answer",
   "Harlow Print <orders@harlowprint.example>",
   "Hi Anatoly, we received your email - thanks. Our counter is open 9 am to 6 pm, and orders placed before noon can be delivered today.",
   "Best,\nHarlow Print team", "outlook")
hm("human", "en", "inline-answers", "en, short answer with greeting, quote below, QP", "Leo Brandt <leo@brandt-hardware.example>",
   "Hello,\nYes, same-day delivery is possible. Pickup until 7:30 pm.", "-- \nLeo Brandt\nBrandt Hardware", ">",
   cte="quoted-printable")
hm("human", "en", "services-full", "en, complete services answer", "Maya Ortiz <maya@orbitcrm.example>",
   "Hi Anatoly,\nOur tariffs are 15 USD, 35 USD and 75 USD per month. We sign a standard agreement by e-signature, "
   "and the whole thing takes about 2 business days. I can send the agreement today.",
   "Warm regards,\nMaya Ortiz\nAccount Executive", ">", script="svc")
# Redirects (6 ru, 4 en)
hm("redirect", "ru", "tolko-telefon", "ru, only a phone number", "Михаил <m.belov@shiny-kolesa.example.ru>",
   "+7 (495) 010-44-21", "", ">")
hm("redirect", "ru", "pozvonite", "ru, 'позвоните нам', looks like a template but typed, koi8-r",
   "Отдел продаж <sales@dveri-lux.example.ru>",
   "Здравствуйте! По всем вопросам заказа и самовывоза звоните по телефону 8 800 000-17-17, менеджеры всё расскажут.",
   "С уважением, ДвериЛюкс", "outlook", charset="koi8-r")
hm("redirect", "ru", "pereslano-v-prodazhi", "ru, 'письмо передано в отдел продаж, с вами свяжутся', typed by a person",
   "Юлия Карпова <karpova@promupak.example.ru>",
   "Анатолий, добрый день! Ваше письмо передала в отдел продаж, с вами свяжутся.", "Юлия Карпова\nсекретарь", ">", script="svc")
hm("redirect", "ru", "ne-prinimaet-zakazy", "ru, 'этот адрес не принимает заказы, пишите на zakaz@'",
   "Бухгалтерия <buh@mebel-dom.example.ru>",
   "Здравствуйте. Этот адрес не принимает заказы. Напишите, пожалуйста, на zakaz@mebel-dom.example.ru.", "", "ru",
   charset="windows-1251", cte="quoted-printable")
hm("redirect", "ru", "ceny-individualnye", "ru, 'цены индивидуальные, менеджер перезвонит'",
   "Ольга <olga@cloudbuh.example.ru>",
   "Добрый день! Цены индивидуальные, оставьте номер телефона — менеджер перезвонит.", "Ольга\nОтправлено с iPad", ">",
   script="svc")
hm("redirect", "ru", "whatsapp", "ru, HTML-only, 'напишите в WhatsApp или Telegram'", "Цветочная мастерская <flora@flora-masterskaya.example.ru>",
   "Здравствуйте! Заказы принимаем только в WhatsApp и Telegram: +7 900 000-55-12.", "Хорошего дня, Флора", ">", html=True)
hm("redirect", "en", "call-us", "en, 'please call us'", "Dana <dana@greenleaf-market.example>",
   "Hi, please give us a call on +44 20 7946 0011 and we'll sort it out over the phone.", "Thanks,\nDana", ">")
hm("redirect", "en", "sales-address", "en, 'write to sales@', support box", "Support <support@vectorhost.example>",
   "Hello Anatoly,\nThis inbox handles technical support only. For tariffs and contracts, please email sales@vectorhost.example.",
   "Regards,\nVectorHost Support", "outlook", script="svc")
hm("redirect", "en", "use-chat", "en, 'use the live chat on our site'", "Ben Carter <ben@quickparcel.example>",
   "Hey, quickest way is our live chat on quickparcel.example - the team there can book it for you.", "Ben", ">")
hm("redirect", "en", "forwarded-to-sales", "en, 'forwarded to our sales team, they will contact you', looks automatic",
   "Reception <reception@atlas-coworking.example>",
   "Dear Anatoly,\nYour email has been forwarded to our sales team. They will contact you shortly.", "Best regards,\nReception",
   "", script="svc")


# ---------------------------------------------------------------- writing
def collapse(t):
    return re.sub(r"\s+", " ", t).strip()


def build(i, m):
    cs = m["charset"]
    script = m["script"]
    name, address = email.utils.parseaddr(m["frm"])
    when = dt.datetime(2026, 12, 7, 10, 15, tzinfo=MSK) + dt.timedelta(
        minutes=rng.randrange(1, 8) if m["kind"] in ("bounce", "ack") else rng.randrange(2, 60 * 50))
    dom = address.split("@")[-1] or "example"
    probe_mid = "<%s.%04d@shopper.example>" % ("%010x" % rng.getrandbits(40), i)
    h = [x for x in m["hdrs"] if x.startswith("Return-Path")] or ["Return-Path: <%s>" % address]
    h += ["Received: from %s (%s [192.0.2.%d]) by mx.shopper.example with ESMTPS; %s"
          % (dom, dom, rng.randrange(2, 250), format_datetime(when + dt.timedelta(seconds=3)))]
    hcs = cs if cs != "koi8-r" else "koi8-r"
    h.append("From: " + addr(down(name, cs), address, hcs))
    h.append("To: " + addr(PERSONA_NAME if rng.random() < 0.6 else "", m["to"] or PERSONA, hcs))
    h.append("Subject: " + hdr(down(m["subject"], cs), hcs))
    h.append("Date: " + format_datetime(when))
    h.append("Message-ID: <%08x.%d@%s>" % (rng.getrandbits(32), i, dom))
    irt = m["irt"] if m["irt"] is not None else (m["kind"] not in ("bounce",) and rng.random() < 0.65)
    if irt:
        h += ["In-Reply-To: " + probe_mid, "References: " + probe_mid]
    h += [x for x in m["hdrs"] if not x.startswith("Return-Path")]
    h.append("MIME-Version: 1.0")
    if m["body_part"] is not None:
        bh, bb = m["body_part"]
    elif m["html"] is not None:
        bh, bb = leaf(down(m["html"].replace("{S}", SUBJ[script]), cs), "html", cs, m["cte"])
    else:
        bh, bb = leaf(down(m["text"].replace("{S}", SUBJ[script]), cs), "plain", cs, m["cte"])
    return ("\r\n".join(h + bh)).encode("ascii") + b"\r\n\r\n" + bb


def main():
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    for n, k in enumerate(order, 1):
        m = MSGS[k]
        fname = "%03d-%s.eml" % (n, m["slug"] if m["slug"].startswith(m["lang"]) else m["lang"] + "-" + m["slug"])
        data = build(n, m)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        exp = collapse(down(m["reply"], m["charset"])) if m["kind"] in ("human", "redirect") else ""
        cte = re.search(rb"Content-Transfer-Encoding: (\S+)", data)
        note = m["note"]
        if m["charset"] not in note:
            note += "; %s %s" % (m["charset"], cte.group(1).decode() if cte else "")
        rows.append(dict(file=fname, kind=m["kind"], expected_reply=exp, split="train", note=note))
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["file", "kind", "expected_reply", "split", "note"])
        w.writeheader()
        w.writerows(rows)
    counts = {}
    for r, k in zip(rows, order):
        with open(os.path.join(OUT, r["file"]), "rb") as f:
            raw = f.read()
        assert b"\n" not in raw.replace(b"\r\n", b""), r["file"]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and not msg.defects, (r["file"], msg.defects)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        key = (r["kind"], MSGS[k]["lang"])
        counts[key] = counts.get(key, 0) + 1
    for kind in ("bounce", "autoreply", "ack", "human", "redirect"):
        print("%-10s ru %3d  en %3d" % (kind, counts.get((kind, "ru"), 0), counts.get((kind, "en"), 0)))
    ru = sum(v for (k, l), v in counts.items() if l == "ru")
    print("total %d (ru %d, en %d), all split=train" % (len(rows), ru, len(rows) - ru))


if __name__ == "__main__":
    main()
