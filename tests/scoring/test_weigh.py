"""Weighing a reply's own words (scoring.weigh) and what understanding makes of it: acknowledgements without a vendor
header, away notices without an auto-responder's header, redirects however they are worded, and their opposites."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.understand import judge, understand
from scoring.weigh import sentences, weigh


def _mail(body: str, *, sender: str = "Анна <anna@shop.example>", subject: str = "Re: Самовывоз сегодня",
          headers: str = "") -> bytes:
    head = f"From: {sender}\r\nTo: anatoly@shopper.example\r\nSubject: {subject}\r\n{headers}"
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def _kind(raw: bytes, points=()) -> str:
    return judge(understand(raw), list(points)).kind


def test_a_link_or_a_date_is_not_cut_into_sentences_at_its_dots():
    got = sentences("Закажите на https://shop.example/cart?id=5. Пункт работает до 21.00 с 01.12.2026 г. ежедневно")
    assert got == ["Закажите на https://shop.example/cart?id=5.", "Пункт работает до 21.00 с 01.12.2026 г. ежедневно"]


def test_a_sentence_the_client_wrapped_is_one_sentence_but_a_schedule_keeps_its_lines():
    assert sentences("Our team typically replies\nwithin\n1 business day.\nNeed more?") == [
        "Our team typically replies within 1 business day.", "Need more?"]
    assert sentences("Пн–пт: 10:00–20:00\nсб: 11:00–18:00") == ["Пн–пт: 10:00–20:00", "сб: 11:00–18:00"]
    assert sentences("Спасибо\nАнна") == ["Спасибо", "Анна"]  # a name under a word starts a line of its own


@pytest.mark.parametrize("body", [
    "Hi,\nThanks for your message - you're number 4 in the queue.\nCurrent wait time: about 2 hours.\n"
    "We answer every email in the order it arrives, so there's no need to send it\nagain.",
    "Это автоматическое уведомление.\nВаше письмо поставлено в очередь. Ваша позиция в очереди: 7.\n"
    "Среднее время ожидания ответа сейчас — около 40 минут.",
])
def test_a_queue_position_and_its_wait_time_are_a_receipt_not_an_answer(body):
    assert _kind(_mail(body, sender="Shop <support@shop.example>", subject="Re: Самовывоз сегодня")) == "ack"


@pytest.mark.parametrize("body", [
    "Здравствуйте!\nМы получили ваше письмо и ответим в течение одного рабочего дня.\n\nКоманда «Полка»",
    "Добрый день.\nВаш запрос (88123) получен и передан в работу.",
    "Hello,\nThanks for getting in touch. We have received your enquiry and someone will reply shortly.",
    "Your request has been logged.\nReference number: CS-20931.",
])
def test_a_reply_that_only_acknowledges_is_an_ack_without_any_vendor_header(body):
    assert _kind(_mail(body, sender="Shop <info@shop.example>")) == "ack"


def test_a_promise_to_answer_is_an_ack_from_a_robot_and_a_person_s_reply_when_typed():
    body = "Здравствуйте! Ответим вам в ближайшее время."
    assert _kind(_mail(body, sender="Shop <no-reply@shop.example>")) == "ack"
    assert _kind(_mail(body)) == "human"
    # a person who speaks as "I" is not a robot, whatever else the mail says
    assert _kind(_mail("Добрый день! Я получила ваше письмо, отвечу в течение часа.")) == "human"


def test_an_answer_that_also_thanks_for_the_request_stays_an_answer():
    body = "Спасибо за обращение! Пункт самовывоза работает до 21:00, заказ можно забрать уже сегодня после звонка."
    raw = _mail(body, headers="X-Mailer: Zendesk Mailer\r\nAuto-Submitted: auto-generated\r\n")
    assert _kind(raw) == "human"


@pytest.mark.parametrize("body", [
    "Добрый вечер! Ваше письмо получено в нерабочее время. Мы работаем с 9:00 до 18:00 по будням.",
    "Здравствуйте. Офис не работает с 31 декабря по 8 января. Ответим после праздников.",
    "Thank you for your email. Our office is closed for the holidays and we will reply when we are back on 9 January.",
    "Добрый день! Я нахожусь в командировке до 14 декабря, по срочным вопросам звоните Ивану: +7 495 000-11-22.",
    "Hello, this mailbox is no longer monitored. Please write to orders@shop.example instead.",
])
def test_an_away_or_working_hours_notice_is_an_auto_reply_without_any_header(body):
    u = understand(_mail(body))
    assert u.kind == "autoreply", u.reasons
    assert judge(u).kind == "autoreply"


def test_an_answer_given_despite_an_away_notice_is_an_answer_when_it_covers_the_question():
    from types import SimpleNamespace

    opening = SimpleNamespace(id="opening_time", phrases=["работать до"], patterns=[r"до\s+\d{1,2}[:.]\d{2}"])
    body = "Я в отпуске с понедельника, поэтому отвечаю сейчас: пункт работает до 20:00."
    assert _kind(_mail(body), [opening]) == "human"
    assert _kind(_mail(body)) == "human"  # it states a fact of its own: an answer even with no script's points
    assert _kind(_mail("Я в отпуске с понедельника до 14 декабря, отвечу после возвращения.")) == "autoreply"


@pytest.mark.parametrize("body", [
    "Здравствуйте, Анатолий. 8 (495) 000-29-92",
    "Hi! https://shop.example/contacts",
    "Hey Anatoly,\nCould you please message us on WhatsApp at +971 4 555 0123? Our store team handles orders there.",
    "Добрый день! Этот адрес не принимает заказы, пишите, пожалуйста, в наш телеграм-бот @shop_orders_bot.",
    "Здравствуйте! Мы переслали ваше письмо в отдел продаж, коллеги свяжутся с вами.",
    "Good afternoon, Anatoly. Pricing is individual, so our sales team will contact you to discuss it.",
    "Спасибо за интерес! Такие вопросы лучше уточнить у менеджера по телефону, он подскажет.",
])
def test_a_reply_that_only_sends_the_customer_elsewhere_is_a_redirect(body):
    assert _kind(_mail(body)) == "redirect"


@pytest.mark.parametrize("body", [
    "Здравствуйте! Пункт самовывоза работает до 21:00, заказ можно оформить на сайте или по телефону +7 495 000 00 00.",
    "Курьер позвонит вам по телефону в день доставки, доставка сегодня возможна при заказе до 14:00.",
    "Hi Anatoly, your message reached the right team. The pickup point is open until 9 pm and orders placed before "
    "noon can be delivered today.",
])
def test_an_answer_that_mentions_a_phone_a_site_or_a_call_is_not_a_redirect(body):
    assert _kind(_mail(body)) == "human"


def test_an_auto_responder_that_acknowledges_receipt_is_an_ack():
    raw = _mail("Thank you. This is an automated response to confirm we received your email. Ticket 5512 is open.",
                sender="Desk <help@shop.example>", subject="Re: Самовывоз сегодня",
                headers="Auto-Submitted: auto-replied\r\n")
    assert _kind(raw) == "ack"


def test_a_long_answer_with_only_a_mailing_system_s_headers_is_a_person_s():
    body = ("Здравствуйте, Анатолий! Пункт выдачи на Лесной открыт ежедневно, последняя выдача заказов в 20:30. "
            "Оформить заказ можно прямо в корзине, выбрав самовывоз; доставку сегодня по городу делаем, если "
            "оплатить заказ до 15 часов.")
    u = understand(_mail(body, headers="Precedence: bulk\r\n"))
    assert u.kind == "human" and any("despite the automatic headers" in r for r in u.reasons)
    assert understand(_mail("Короткий текст.", headers="Precedence: bulk\r\n")).kind == "autoreply"


def test_a_challenge_response_request_is_an_auto_reply_and_a_list_rejection_is_a_bounce():
    challenge = _mail("Hello,\nI use a spam filter. To deliver your message, please click the link below to confirm "
                      "that you are a human: https://verify.example/c/123\n",
                      sender="Filter <filter@mail.example>", subject="Please confirm your message")
    assert understand(challenge).kind == "autoreply"
    rejected = _mail("Your message to the sales mailing list has been rejected.\nNon-members are not allowed to post "
                     "messages to this list.\n", sender="sales-owner@lists.shop.example",
                     subject="Message rejected: Самовывоз сегодня", headers="Return-Path: <>\r\n")
    assert understand(rejected).kind == "bounce"


def test_a_chat_widget_author_line_and_a_one_line_closing_are_not_the_reply():
    body = "Nina from Shop\n\nHi Anatoly,\nThe pickup point is open until 9 pm.\n\nThanks, Nina\n+7 812 000 22 04"
    assert understand(_mail(body)).text == "Hi Anatoly,\nThe pickup point is open until 9 pm."
    kept = "Иван, добрый день!\nПункт работает до 21:00.\nСпасибо, ждём вас"
    assert understand(_mail(kept)).text.startswith("Иван, добрый день!")


def test_weighing_counts_only_what_the_reply_says():
    w = weigh("Здравствуйте!\nСпасибо за обращение!\nПозвоните нам: +7 495 000-00-00.")
    assert w.substance == 0 and w.has("redirect") and not w.has("said")
    assert weigh("Пункт работает до 21:00, заказ соберём за час.").substance >= 5


@pytest.mark.parametrize("body", [
    "Добрый день!\n\n+7 (812) 555-01-23\n\nС уважением,\nИрина Лосева\nменеджер\nтел. +7 (812) 555-01-00",
    "Hello Anatoly,\n\n+44 20 7946 0018\n\nBest regards,\nTom Hale\nAccount manager",
    "Анатолий, добрый день!\n\nЗвоните, пожалуйста.\n\nВсего доброго,\nОльга",
    "Hi,\n\nCall us, please.\n\nRegards,\nJim",
    "Здравствуйте!\nЭто вопрос к нашим региональным партнёрам, список на partners.example.ru",
    "Hello,\nOur kettles are available only through authorised dealers; find one near you on dealers.example.",
])
def test_a_bare_phone_or_a_bare_call_us_under_a_greeting_is_a_redirect(body):
    """A phone number alone under the greeting is the reply, not its signature; "call us" needs no channel named;
    "that is a question for our partners" and "sold only through dealers" send the customer elsewhere."""
    u = understand(_mail(body))
    assert _kind(_mail(body)) == "redirect", (u.text, u.reasons)
    assert u.text.split("\n")[0].strip(" ,!") in u.text and len(u.text.split()) >= 2


@pytest.mark.parametrize("body", [
    "Hello,\nThanks, we have your message and you are number 3 in our queue.\nExpected wait: roughly 5 hours.\n"
    "Please do not send another email about this, it only moves you down the list.",
    "Здравствуйте!\nЯ Миша, виртуальный ассистент магазина «Поляна».\nВаше обращение получено, номер 88231.\n"
    "Обычно мы отвечаем в течение двух часов в рабочее время.",
    "Hi there!\nI'm Robo, your virtual assistant.\nYour request was received, reference 5521.\n"
    "An agent will reply within one business day.",
])
def test_receipts_with_their_rules_or_from_a_bot_are_acknowledgements(body):
    assert _kind(_mail(body, sender="Support <help@shop.example>", subject="Re: Самовывоз сегодня")) == "ack"


@pytest.mark.parametrize("body", [
    "Добрый вечер.\nВ воскресенье мы не работаем.\nВаше сообщение посмотрим в понедельник с 9:00.",
    "Hello,\nThe office is closed today.\nWe will read your email on Monday from 9 am.",
])
def test_closed_today_we_will_read_it_later_is_an_auto_reply(body):
    assert _kind(_mail(body)) == "autoreply"


@pytest.mark.parametrize("subject", ["Auto: Самовывоз сегодня", "Автоматический ответ: Самовывоз сегодня"])
def test_an_answer_under_an_automatic_subject_without_an_auto_responders_header_is_a_persons(subject):
    body = ("Анатолий, добрый день!\nСклад на Литейной, 12 сегодня открыт до 21:00.\n"
            "Курьер по городу сегодня успеет, доставка 390 руб., заказ оформим по ответу на это письмо.")
    assert _kind(_mail(body, subject=subject)) == "human"
    away = "Анатолий, добрый день!\nЯ в отпуске до 14 декабря, по срочным вопросам звоните +7 812 555-01-23."
    assert _kind(_mail(away, subject=subject)) == "autoreply"  # the same subject over an away notice stays one
    replied = _mail(body, subject=subject, headers="Auto-Submitted: auto-replied\r\n")
    assert _kind(replied) == "autoreply"  # an auto-responder's header decides, whatever the words


def test_a_contact_beside_a_few_words_that_answer_nothing_is_a_redirect_and_beside_a_fact_an_answer():
    """What says the reply is more than a pointer is how much it says and whether it states a fact, not whether some
    sentence of it is not a pleasantry ("Мы рады вашему письму" says nothing the customer asked)."""
    pointer = "Здравствуйте!\nМы рады вашему письму.\nНаш номер: +7 (495) 111-22-33."
    assert _kind(_mail(pointer)) == "redirect"
    answer = "Здравствуйте!\nДоставка сегодня 450 руб.\nНаш номер: +7 (495) 111-22-33."
    assert _kind(_mail(answer)) == "human"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="8+7()- .,:/wh.tpsmocru№#_аяAZ0192", max_size=60))
def test_without_an_at_sign_contacts_are_found_alike_without_the_kinds_that_need_one(text):
    from scoring import weigh as w

    assert [m.span() for m in w._contact(text).finditer(text)] == [m.span() for m in w.CONTACT.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="8+7()- .,:/@_wh.tpsmocruinfobizexampleрф№#аяAZ0192", max_size=60))
def test_contacts_are_found_alike_without_the_kinds_a_text_lacks_what_they_need_for(text):
    from scoring import weigh as w

    assert [m.span() for m in w._contact(text).finditer(text)] == [m.span() for m in w.CONTACT.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZя Ё,.:_1\n\t", max_size=30))
def test_wrapped_lines_are_joined_where_the_pattern_as_first_written_joined_them(text):
    from scoring.weigh import WRAPPED

    first = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_],))\n(?=[a-zа-яё\d])")  # look-behinds first: slow, the same
    assert WRAPPED.sub(" ", text) == first.sub(" ", text)


@pytest.mark.parametrize(("body", "kind", "headers"), [
    # an after-hours notice however the hours are said, with an automatic header or none
    ("Ваше письмо получено вне рабочего времени (пн–чт 9:00–18:00). Оно будет прочитано в ближайший рабочий день.",
     "autoreply", "Auto-Submitted: auto-replied\r\n"),
    ("Спасибо за письмо! Сейчас нерабочее время. Мы работаем с 10:00 до 19:00 по будням и ответим, как только "
     "начнётся рабочий день.", "autoreply", ""),
    ("Thanks for your email. Our team is offline right now (we work 9 am to 6 pm, Monday to Friday) and will get "
     "back to you on the next business day.", "autoreply", ""),
    # a ticket opened, the verb first
    ("Здравствуйте.\n\nПо вашему письму открыт тикет 965540. Приоритет: обычный.\nОриентировочное время первого "
     "ответа: 4 часа.", "ack", ""),
    # the question passed to another department, who will answer
    ("Здравствуйте! По тарифам и договору ответят коллеги из коммерческого отдела, я передал им ваш вопрос. Они "
     "свяжутся с вами в течение дня.", "redirect", ""),
    # a price in a parenthesis beside a link is an answer's fact
    ("Смотрите, у нас сегодня только я, поэтому коротко: тарифы на сайте https://tel.example.ru/tarify (от 600 руб. "
     "за номер), договор по ЭДО, 3 рабочих дня.", "human", ""),
])
def test_wordings_from_a_corpus_written_after_the_rules(body, kind, headers):
    """Classes the street/ corpus showed (bench/corpus/README.md), each in a wording of its own."""
    assert _kind(_mail(body, headers=headers)) == kind


def test_a_parenthesis_holding_a_phones_area_code_is_not_a_clause():
    body = "Добрый день!\nПо вопросам договора обращайтесь по телефону (4212) 41-00-00 с 9 до 18 по местному времени."
    assert _kind(_mail(body)) == "redirect"
    body = "Ответим на все вопросы по телефону +7 (499) 971-93-34 (будни с 10 до 19). По почте не консультируем."
    assert _kind(_mail(body)) == "redirect"


def test_out_of_hours_said_of_a_courier_is_no_after_hours_notice():
    body = ("Здравствуйте!\nДоставку делаем ежедневно, но вне рабочего времени курьер не выезжает. Стоимость уточняйте "
            "у менеджера.\n\nОльга")
    assert understand(_mail(body)).kind == "human"


def test_a_long_run_of_brackets_is_read_in_bounded_time():
    """A smiley ends a pleasantry; the test for one reads a line's last characters only, so a hostile line of
    thousands of ")" does not make the pattern backtrack from each of them (it took minutes)."""
    from scoring.text import _smiles

    assert _smiles("Удачного дня :)") and _smiles("Спасибо))") and not _smiles("Ольга")
    u = understand(_mail("Здравствуйте!\nДоставим сегодня.\n\n" + ")" * 20000 + "x"))
    assert u.kind == "human" and "Доставим сегодня." in u.text
