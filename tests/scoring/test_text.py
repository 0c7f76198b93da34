"""scoring.text: the public talon corpus read in place, and Russian replies written here."""

from __future__ import annotations

import base64
import csv
import json
import quopri

import pytest

from scoring.evaluate import without_signature  # the corpus README's rule, apart from the extractor
from scoring.text import DATA, Decoded, decode, new_text, reply_text
from tests.helpers.studies import ROOT

TALON = ROOT.parent / "shared" / "corpora" / "talon"  # shared/ beside the repository

ANSWER = "Добрый день, Анатолий!\n\nПункт выдачи на Ленина, 5 работает до 21:00, в выходные до 18:00."
QUESTION = "> Здравствуйте! До какого часа работает пункт выдачи на Ленина, 5?\n>\n> Анатолий"
ORIGINAL = "Здравствуйте! До какого часа работает пункт выдачи на Ленина, 5?\n\nАнатолий"


def mail(body: bytes, ctype: str = "text/plain", charset: str | None = "utf-8", cte: str = "8bit",
         subject: bytes = b"Re: =?utf-8?B?0JLQvtC/0YDQvtGB?=") -> bytes:
    param = f'; charset="{charset}"' if charset else ""
    head = (b"From: Support <help@shop.example>\nTo: anatoly@shopper.example\nSubject: " + subject
            + f"\nMIME-Version: 1.0\nContent-Type: {ctype}{param}\nContent-Transfer-Encoding: {cte}\n\n".encode())
    return head + body


def qp(text: str, charset: str = "utf-8") -> bytes:
    return quopri.encodestring(text.encode(charset))


def collapse(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------------- talon


def test_talon_corpus_accuracy():
    if not (TALON / "manifest.csv").is_file():
        pytest.skip(f"talon corpus not found at {TALON} (shared/corpora beside the project)")
    rows = list(csv.DictReader((TALON / "manifest.csv").open(encoding="utf-8")))
    assert len(rows) >= 20
    failures = []
    for row in rows:
        got = collapse(reply_text((TALON / row["file"]).read_bytes()))
        expected = row["expected_reply"]
        if got not in (collapse(expected), collapse(without_signature(expected))):
            failures.append(f"{row['file']}: got {got!r}, expected {collapse(expected)!r}")
    accuracy = 1 - len(failures) / len(rows)
    print(f"talon: {len(rows) - len(failures)}/{len(rows)} = {accuracy:.3f}", *failures, sep="\n")
    assert accuracy >= 0.95, "\n".join(failures)


# --------------------------------------------------------------------------------------------------- Russian quotes

RU_QUOTED = {
    "gmail-ru": f"{ANSWER}\n\nпн, 7 дек. 2026 г. в 11:23, Анатолий <a@b.example>:\n\n{QUESTION}\n",
    "gmail-ru wrapped": f"{ANSWER}\n\nпн, 7 дек. 2026 г. в 11:23, Анатолий Сергеевич Петров <\n"
                        f"anatoly.petrov@b.example>:\n\n{QUESTION}\n",
    "mail.ru": f"{ANSWER}\n\n\nПятница, 5 июня 2020, 10:00 +03:00 от Анатолий <a@b.example>:\n{QUESTION}\n",
    "yandex": f"{ANSWER}\n\n30.04.2025, 15:19, \"Анатолий\" <a@b.example>:\n{QUESTION}\n",
    "yandex with To and Subject lines": f"{ANSWER}\n\n----------------\nКому: Анатолий (a@b.example);\nТема: Вопрос;\n"
                                        f"30.04.2025, 15:19, \"Анатолий\" <a@b.example>:\n{QUESTION}\n",
    "thunderbird-ru": f"{ANSWER}\n\n07.12.2026 11:23, Анатолий пишет:\n{QUESTION}\n",
    "apple-ru": f"{ANSWER}\n\n> 7 дек. 2026 г., в 11:23, Анатолий <a@b.example> написал(а):\n>\n{QUESTION}\n",
    "outlook-ru separator": f"{ANSWER}\n\n-----Исходное сообщение-----\nОт: Анатолий [mailto:a@b.example]\n"
                            f"Отправлено: 7 декабря 2026 г. 11:23\nКому: help@shop.example\nТема: Вопрос\n\n"
                            f"{ORIGINAL}\n",
    "outlook-ru block": f"{ANSWER}\n\n________________________________\nОт: Анатолий <a@b.example>\n"
                        f"Отправлено: 7 декабря 2026 г. 11:23\nКому: help@shop.example\nТема: Вопрос\n\n{ORIGINAL}\n",
    "outlook-ru bold from/date": f"{ANSWER}\n\n*От:* Анатолий <a@b.example>\n*Дата:* 7 декабря 2026 г., 11:23\n\n"
                                f"{ORIGINAL}\n",
    "> quoting only": f"{ANSWER}\n\n{QUESTION}\n",
    "bottom posting": f"07.12.2026 11:23, Анатолий пишет:\n{QUESTION}\n\n{ANSWER}\n",
}


@pytest.mark.parametrize("body", RU_QUOTED.values(), ids=RU_QUOTED.keys())
def test_russian_quote_headers_leave_exactly_the_answer(body):
    raw = mail(qp(body), cte="quoted-printable")
    assert decode(raw).subject == "Re: Вопрос"
    assert reply_text(raw) == ANSWER


def test_answers_between_quotes_are_kept_in_order():
    body = ("07.12.2026 11:23, Анатолий пишет:\n> Сколько стоит доставка?\nДоставка бесплатная.\n"
            "> А когда привезёте?\nЗавтра до 18:00.\n")
    assert new_text(body) == "Доставка бесплатная.\nЗавтра до 18:00."


def test_single_quoted_line_without_a_header_is_the_answers_own():
    body = "Срок доставки:\n> 5 рабочих дней\nПо Москве быстрее."
    assert new_text(body) == body


GENUINE = [
    "Здравствуйте!\nОт пункта выдачи до метро 5 минут пешком.\n30.04.2025, 15:19 — время, когда заказ пришёл на склад.",
    "Добрый день!\nОт: склада в Подольске до пункта на Ленина 2 дня.\nДата: 30.04.2025, 15:19 — заказ пришёл на склад.",
    "Ваш заказ:\nОтправлено: 30.04.2025\nТема: доставка\nПятница, 5 июня 2020 — выходной день, приходите в субботу.",
    "Добрый день! Как вы и написали:\nвозврат возможен в течение 14 дней.",
    "Служба доставки 5 мая пишет:\nкурьер задерживается на 2 часа, привезёт до 21:00.",
    "On Monday we are closed.\nOn 5 May 2025 the shop moves to Lenina, 7, and we wrote about it in the newsletter.",
]


@pytest.mark.parametrize("body", GENUINE)
def test_a_genuine_answer_is_not_cut(body):
    assert new_text(body) == body


def test_every_header_example_in_the_data_is_recognised():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for entry in data["headers"]:
        assert new_text(f"Ответ.\n\n{entry['example']}\n{ORIGINAL}") == "Ответ.", entry["name"]
    for entry in data["lead_ins"]:
        assert new_text(f"Ответ.\n\n{entry['example']}\n{QUESTION}") == "Ответ.", entry["name"]
        assert new_text(f"Ответ.\n\n{entry['example']}\n{ORIGINAL}").startswith("Ответ.\n\n" + entry["example"])
    for block in data["field_examples"]:
        assert new_text(f"Ответ.\n\n{block}\n\n{ORIGINAL}") == "Ответ.", block


# --------------------------------------------------------------------------------------------------- signatures


@pytest.mark.parametrize("signature", [
    "-- \nАнна Смирнова\nСлужба поддержки\n+7 495 123-45-67",
    "Отправлено с iPhone",
    "Отправлено из мобильной Почты Mail.ru",
    "Sent from my iPhone",
])
def test_signatures_are_stripped(signature):
    assert new_text(f"{ANSWER}\n\n{signature}\n\n{QUESTION}") == ANSWER


@pytest.mark.parametrize(("body", "closing"), [
    (f"{ANSWER}\n\nС уважением,\nАнна Смирнова\nСлужба поддержки ООО «Ромашка»\nтел. 8 (800) 123-45-67\n"
     "www.romashka.example", "С уважением,"),
    (f"{ANSWER}\n\nС уважением, Анна\n+7 495 123-45-67", "С уважением, Анна"),
    (f"{ANSWER}\n\nС уважением,\nАнна Смирнова\nСлужба поддержки", "С уважением,"),
    (f"{ANSWER}\nС уважением, Ольга Ветрова / РассылкаПро", "С уважением, Ольга Ветрова / РассылкаПро"),
    (f"{ANSWER}\n\nС уважением, Алёна\nСлужба заботы о клиентах\n\nОтправлено из мобильной Почты Mail.ru",
     "С уважением, Алёна"),
    (f"{ANSWER}\n\nСпасибо за обращение!\nС уважением,\nкоманда «Ромашки»", "Спасибо за обращение!"),
    (f"{ANSWER}\n\nThanks,\nAlex", "Thanks,"),
    (f"{ANSWER}\n\nBest regards,\nJohn Smith | Customer Care\nShop Example Ltd.\n+44 20 7946 0000", "Best regards,"),
])
def test_the_signature_goes_from_the_valediction_down_and_is_kept_apart(body, closing):
    from scoring.text import own_words

    words, removed = own_words(body)
    assert words == ANSWER
    assert removed.split("\n")[0] == closing


@pytest.mark.parametrize("body", [
    f"{ANSWER}\n\nОльга Ветрова\nменеджер отдела продаж\n+7 (495) 123-45-67",  # a name, a position, a phone
    f"{ANSWER}\nОльга",  # a lone name under the answer
])
def test_a_signature_without_a_valediction_goes_too(body):
    assert new_text(body) == ANSWER


@pytest.mark.parametrize("body", [
    f"{ANSWER}\nЕсли удобнее, позвоните нам: +7 495 123-45-67.",  # a phone number that is the answer itself
    "Спасибо за обращение!\nНаш телефон: 8 800 123-45-67\nЗвоните с 9 до 21.",  # thanks first: the answer follows
    f"{ANSWER}\n\nС уважением к вашему времени, отвечаем кратко: доставка завтра, самовывоз до 20:00.",
    f"{ANSWER}\n\nСпасибо!\nЕсли будут вопросы, пишите: мы на связи до 21:00, и курьер позвонит заранее.",
])
def test_content_that_looks_like_a_signature_stays(body):
    assert new_text(body) == body


def test_a_courteous_closing_still_makes_the_answer_polite():
    from scoring.understand import judge, understand

    raw = ("From: info@shop.example\r\nSubject: Re: q\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "Пункт самовывоза работает до 20:00, заказ можно оформить на сайте.\r\n\r\nС уважением,\r\nОльга\r\n")
    u = understand(raw.encode("utf-8"))
    assert "С уважением" not in u.text and u.closing.startswith("С уважением")
    assert judge(u).flags.polite


# --------------------------------------------------------------------------------------------------- HTML, charsets

GMAIL_RU_HTML = (
    "<html><head><style>p {color: red}</style><script>var x = 1;</script></head><body>"
    "<div dir=\"ltr\"><div>Добрый день, Анатолий!</div><div><br></div>"
    "<div>Пункт выдачи на Ленина, 5 работает до 21:00, в выходные до 18:00.</div></div><br>"
    "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">пн, 7 дек. 2026 г. в 11:23, Анатолий "
    "&lt;<a href=\"mailto:a@b.example\">a@b.example</a>&gt;:<br></div>"
    "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204)\">"
    "Здравствуйте! До какого часа работает пункт выдачи?</blockquote></div></body></html>"
)


def test_html_only_windows_1251_with_gmail_quote():
    decoded = decode(mail(GMAIL_RU_HTML.encode("cp1251"), ctype="text/html", charset="windows-1251"))
    assert decoded.charset == "windows-1251" and decoded.error is None
    assert "var x" not in decoded.text and "color" not in decoded.text
    assert "> > Здравствуйте! До какого часа работает пункт выдачи?" in decoded.text.splitlines()  # div and blockquote
    assert new_text(decoded.text) == ANSWER


@pytest.mark.parametrize("quote", [
    # Yandex: a header line, then a bare blockquote
    "<p>30.04.2025, 15:19, \"Анатолий\" &lt;a@b.example&gt;:</p><blockquote><div>Здравствуйте!</div>"
    "<div>До какого часа?</div></blockquote>",
    # Mail.ru: the header inside the quote container
    "<div class=\"mail-quote-collapse\"><blockquote style=\"border-left:1px solid #0857A6\">"
    "<span>Пятница, 5 июня 2020, 10:00 +03:00 от a@b.example:</span><br><div>До какого часа?</div>"
    "</blockquote></div>",
])
def test_html_only_koi8_r_quoted_printable(quote):
    html = ("<html><body><p>Добрый день, Анатолий!</p><p><br></p>"
            f"<p>Пункт выдачи на Ленина, 5 работает до 21:00, в выходные до 18:00.</p>{quote}</body></html>")
    decoded = decode(mail(qp(html, "koi8-r"), ctype="text/html", charset="koi8-r", cte="quoted-printable"))
    assert decoded.charset == "koi8-r"
    assert any(line.startswith("> ") and "До какого часа?" in line for line in decoded.text.splitlines())
    assert new_text(decoded.text) == ANSWER


def test_gmail_indent_is_not_a_quote():
    html = ('<div>Что взять с собой:<blockquote style="margin:0 0 0 40px;border:none;padding:0px">'
            "<div>паспорт</div><div>номер заказа</div></blockquote></div>")
    assert reply_text(mail(html.encode(), ctype="text/html")) == "Что взять с собой:\nпаспорт\nномер заказа"


def test_broken_boundary_and_wrong_charset_still_read_as_russian():
    text = f"{ANSWER}\n\nпн, 7 дек. 2026 г. в 11:23, Анатолий <a@b.example>:\n{QUESTION}\n"
    body = (b"--BBB\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
            + text.encode("cp1251") + b"\n--BBB\nContent-Type: image/png\nContent-Disposition: attachment\n\nPNG\n")
    raw = mail(body, ctype='multipart/mixed; boundary="AAA"', charset=None)
    decoded = decode(raw)
    assert "Пункт выдачи на Ленина" in decoded.text and decoded.charset == "windows-1251"
    assert "boundary" in decoded.error and "iso-8859-1" in decoded.error
    assert reply_text(raw) == ANSWER


@pytest.mark.parametrize(("declared", "encoding", "expected"), [
    ("koi8-r", "cp1251", "windows-1251"),  # the two Cyrillic charsets swapped
    ("windows-1251", "koi8-r", "koi8-r"),
    ("windows-1251", "utf-8", "utf-8"),
    ("x-no-such-charset", "cp1251", "windows-1251"),
    (None, "koi8-r", "koi8-r"),
    ("win-1251", "cp1251", "windows-1251"),  # an alias Python does not know
])
def test_declared_charset_is_checked(declared, encoding, expected):
    decoded = decode(mail(ANSWER.encode(encoding), charset=declared))
    assert decoded.text == ANSWER
    assert decoded.charset == expected


def test_latin_1_stays_latin_1():
    text = "Voilà, le déjà-vu du café crème à Besançon."
    decoded = decode(mail(text.encode("latin-1"), charset="iso-8859-1"))
    assert (decoded.text, decoded.charset, decoded.error) == (text, "iso-8859-1", None)


def test_nested_multipart_picks_the_body_not_attachments_or_forwards():
    forwarded = b"Content-Type: text/plain; charset=utf-8\n\n" + "Пересланное письмо".encode()
    raw = mail(
        b"--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
        b"--inner\nContent-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(ANSWER.encode("koi8-r"))
        + b"\n--inner\nContent-Type: text/html; charset=utf-8\n\n<p>HTML</p>\n--inner--\n"
        b"--outer\nContent-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; filename=a.txt\n\n"
        + "Вложение".encode()
        + b"\n--outer\nContent-Type: message/rfc822\n\n" + forwarded + b"\n--outer--\n",
        ctype="multipart/mixed; boundary=outer", charset=None)
    decoded = decode(raw)
    assert (decoded.text.strip(), decoded.charset, decoded.error) == (ANSWER, "koi8-r", None)


def test_html_part_used_when_plain_part_is_empty():
    html = "<div>Да, работаем до 21:00.</div><blockquote>До скольки?</blockquote>"
    raw = mail(b"--b\nContent-Type: text/plain; charset=utf-8\n\n\n--b\nContent-Type: text/html; charset=utf-8\n\n"
               + html.encode() + b"\n--b--\n", ctype="multipart/alternative; boundary=b", charset=None)
    assert reply_text(raw) == "Да, работаем до 21:00."


def test_rfc2047_subjects_in_russian_charsets():
    koi8 = b"=?koi8-r?B?" + base64.b64encode("Ваш заказ".encode("koi8-r")) + b"?="
    cp1251 = b"=?windows-1251?Q?" + quopri.encodestring("Ответ".encode("cp1251"), header=True) + b"?="
    assert decode(mail(b"x", subject=b"Re: " + koi8)).subject == "Re: Ваш заказ"
    assert decode(mail(b"x", subject=cp1251)).subject == "Ответ"


def test_format_flowed_lines_are_joined():
    body = "Пункт выдачи работает \nдо 21:00.\n-- \nАнна".encode()
    raw = mail(body, charset='utf-8"; format="flowed')
    assert decode(raw).text.startswith("Пункт выдачи работает до 21:00.\n")
    assert reply_text(raw) == "Пункт выдачи работает до 21:00."


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\xff\xfe" * 50,
    b"Content-Type: multipart/mixed\n\n--",
    b"Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain; charset=base64\n\n\xd0\xb0\n",
    b"Subject: =?bogus-charset?Q?=FF?=\nContent-Type: text/plain; charset=utf-16\n\n\xd0\xb0\xd0",
    b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + "Привет, это не base64!".encode(),
    b"Content-Type: text/html\n\n<div><blockquote><p>" * 200,
])
def test_decode_never_raises(raw):
    decoded = decode(raw)
    assert isinstance(decoded, Decoded) and isinstance(decoded.text, str)
    assert isinstance(reply_text(raw), str)


def test_base64_label_on_plain_text_is_reported_and_read():
    raw = b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + ANSWER.encode()
    decoded = decode(raw)
    assert decoded.text == ANSWER and "base64" in decoded.error


@pytest.mark.parametrize("body", [
    "##- Введите свой ответ над этой строкой -##\nВаш запрос (89896) был обновлён. Чтобы добавить комментарий, "
    "ответьте на это письмо.\nМарина Ковалёва (Узел)\n7 дек. 2026 г., 21:18 MSK\n" + ANSWER +
    "\nАнатолий Смирнов\n7 дек. 2026 г., 15:22 MSK\nДобрый день! До скольки работает пункт?",
    "#### Пожалуйста, пишите ответ выше этой строки ####\n" + ANSWER + "\n-----\nОбращение № 382-927761. Историю "
    "обращения можно посмотреть по ссылке: https://help.example/cases/1",
    "—-—-—-—- Напишите ответ выше этой строки.\nТатьяна Киселёва оставил(а) комментарий:\n" + ANSWER +
    "\nПросмотреть запрос · Отключить уведомления по этому запросу",
    "По заявке №58741 «Самовывоз сегодня» добавлен комментарий\n\nКсения Фролова\n\n08.12.2026 15:28\n\n" + ANSWER +
    "\n\nВы получили это письмо, так как являетесь контактным лицом по заявке.",
    ANSWER + "\n\nДанное сообщение и любые приложения к нему являются конфиденциальными и предназначены "
    "исключительно для адресата.",
    ANSWER + "\n__________\nМаксим Орлов\nРуководитель отдела продаж\n8 800 000-19-91",
    ANSWER + "\n\nВы писали 8 декабря 2026 г., 13:29:\n> До скольки работает пункт самовывоза?",
])
def test_helpdesk_chrome_disclaimers_and_thread_headers_are_not_the_reply(body):
    assert new_text(body) == ANSWER



def test_helpdesk_comment_lines_open_links_and_a_russian_outlook_device_line_are_not_the_reply():
    from scoring.text import own_words

    body = ("Мария Орлова добавил(а) комментарий к заявке №40417 «Доставка»:\n\n"
            "Доставим сегодня до 22:00, стоимость 500 руб.\n\nМария\n\n"
            "Открыть заявку: https://desk.example.ru/issues/40417\nЭто уведомление сформировано автоматически.\n")
    assert own_words(body)[0].split() == "Доставим сегодня до 22:00, стоимость 500 руб.".split()
    mobile = "Анатолий, добрый день!\n\nДо 20:00, приезжайте.\n\nПолучить Outlook для iOS\n"
    assert own_words(mobile)[0].split() == "Анатолий, добрый день! До 20:00, приезжайте.".split()


def test_a_line_reading_is_remembered_for_short_lines_only():
    """scoring.memo.per_text: lines recur and are read once; a long one is read each time, never kept."""
    from scoring.memo import per_text

    calls = []

    @per_text(2, 5)
    def read(text):
        calls.append(text)
        return text.upper()

    assert [read("ab"), read("ab"), read("abcdefg"), read("abcdefg")] == ["AB", "AB", "ABCDEFG", "ABCDEFG"]
    assert calls == ["ab", "abcdefg", "abcdefg"]
