"""The 0–4 rubric: script points matched by lemma, redirects told from answers, scores with reasons."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.study.model import Point
from scoring.lemmas import contains, lemmas
from scoring.rubric import covered_points, flags_for, score

OPENING = Point(id="opening_time", phrases=["работать до"], patterns=[r"круглосуточно", r"24/7"])
ORDER = Point(id="order_help", phrases=["оформить заказ"])
TODAY = Point(id="same_day", phrases=["доставка сегодня", "привезти сегодня"])
SHOP_POINTS = [OPENING, ORDER, TODAY]


@pytest.mark.parametrize("text", ["Мы работаем до восьми.", "Пункт самовывоза работает до 20:00",
                                  "Работаем круглосуточно"])
def test_word_forms_cover_the_same_point(text):
    assert "opening_time" in covered_points(text, SHOP_POINTS)


def test_phrase_words_may_come_in_any_order_with_a_few_words_between_them():
    words = lemmas("Позвоните, пожалуйста, нам по телефону")
    assert contains(words, "позвонить нам") and contains(words, "нам позвонить")
    assert contains(lemmas("Заказ можно оформить на сайте"), "оформить заказ")  # Russian word order is free
    assert not contains(lemmas("позвоните когда-нибудь потом обязательно и непременно нам"), "позвонить нам")
    assert not contains(lemmas("Оформить можно только на сайте, а вот заказ"), "оформить заказ")
    assert not contains(lemmas("звоните нам"), "позвонить нам позвонить")  # a repeated word must repeat


@pytest.mark.parametrize("text", [
    "Здравствуйте! По этому вопросу позвоните, пожалуйста, нам по телефону +7 (495) 123-45-67.",
    "Напишите на почту support@shop.example, там ответят.",
    "+7 (495) 123-45-67",
    "Please call us at +1 555 0100.",
])
def test_redirects_are_recognised(text):
    flags = flags_for(text, answered=True, points=SHOP_POINTS)
    assert flags.redirect
    assert score(flags)[0] == 1


def test_an_answer_that_also_gives_a_phone_number_is_not_a_redirect():
    text = ("Здравствуйте! Пункт самовывоза работает до 21:00. Если удобнее, позвоните нам по телефону "
            "+7 495 123-45-67.")
    flags = flags_for(text, answered=True, points=SHOP_POINTS)
    assert not flags.redirect and flags.points_covered == ("opening_time",)
    assert score(flags) == (2, ["answers 1 of 3 points: opening_time"])


def test_scores_from_zero_to_four_with_reasons():
    assert score(flags_for(None, answered=False))[0] == 0
    assert score(flags_for(None, answered=False, ack_only=True)) == (0, ["only an automatic acknowledgement"])
    off_topic = flags_for("Спасибо за обращение! У нас много акций.", answered=True, points=SHOP_POINTS)
    assert score(off_topic) == (1, ["answers none of the 3 points of the question"])
    complete = flags_for("Работаем до 20:00. Оформить заказ можно на сайте, доставка сегодня возможна.",
                         answered=True, points=SHOP_POINTS, persona_name="Анатолий Смирнов")
    value, reasons = score(complete)
    assert value == 3 and "not personal" in reasons and "not polite" in reasons
    best = flags_for("Здравствуйте, Анатолий! Работаем до 20:00. Давайте я сам оформлю заказ: оформим его сейчас, "
                     "и доставка сегодня будет к 18:00. Вот ссылка: https://shop.example/cart",
                     answered=True, points=SHOP_POINTS, persona_name="Анатолий Смирнов")
    assert score(best)[0] == 4
    assert best.evidence["personal"] == "Анатолий" and best.evidence["next_step"].startswith("https://")


def test_flags_serialise_for_storage():
    flags = flags_for("Работаем до 20:00", answered=True, points=SHOP_POINTS)
    data = flags.as_dict()
    assert data["points_covered"] == ["opening_time"] and data["points_total"] == 3 and data["answered"] is True


@pytest.mark.parametrize("text", [
    "Курьер позвонит в день доставки. Заказ можно оформить на сайте до 14:00 и получить его сегодня же вечером.",
    "Our courier will call you before delivery; orders placed before 2 pm arrive the same day at your door.",
])
def test_an_answer_that_says_more_than_where_to_turn_is_no_redirect_even_without_points(text):
    for points in ([], [OPENING]):  # a script without points, or one whose points the answer misses
        assert not flags_for(text, answered=True, points=points).redirect, points


@pytest.mark.parametrize("text", [
    "Здравствуйте! Позвоните нам по телефону +7 495 123-45-67. Спасибо!",
    "Добрый день. Напишите, пожалуйста, в поддержку: help@shop.example",
])
def test_a_bare_redirect_is_a_redirect_without_points_too(text):
    assert flags_for(text, answered=True, points=[]).redirect


@pytest.mark.parametrize("text", [
    "Здравствуйте, Анатолий!\n\nСпасибо за интерес к нашей компании! К сожалению, консультации мы проводим только по "
    "телефону: условия зависят от многих факторов. Позвоните в будни с 9 до 18.",
    "Добрый день. Этот адрес не принимает заказы, напишите, пожалуйста, в отдел продаж: sales@shop.example",
    "Здравствуйте! Такие вопросы быстрее решаются в чате на сайте, кнопка внизу страницы.",
    "Добрый день. Цены индивидуальные, позвоните, пожалуйста, менеджеру по телефону 8 800 000-00-00.",
    "Здравствуйте! Оставьте, пожалуйста, заявку на сайте, и с вами свяжется менеджер.",
    "Hi Anatoly! For pricing, please book a demo with our team: https://shop.example/demo",
    "Dear Anatoly, pricing depends on your volume, so one of our sales reps will reach out to schedule a call.",
])
def test_a_polite_or_longer_reply_that_only_points_elsewhere_is_a_redirect(text):
    from scoring.rubric import flags_for

    assert flags_for(text, answered=True).redirect


def test_an_answer_that_also_points_elsewhere_is_not_a_redirect():
    from scoring.rubric import flags_for

    text = ("Добрый день! Пункт самовывоза работает до 20:00, заказ можно оформить на сайте до 14:00 и забрать сегодня "
            "же. Если удобнее, уточните детали в чате на сайте.")
    assert not flags_for(text, answered=True).redirect


def test_a_persons_comment_through_a_helpdesk_that_marks_all_mail_automatic_stays_a_person():
    from scoring.understand import judge, understand

    raw = ("From: Jira <jira@help.shop.example>\r\nSubject: SHOP-12 Самовывоз\r\nAuto-Submitted: auto-generated\r\n"
           "Precedence: bulk\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "—-—-—-—- Напишите ответ выше этой строки.\r\nТатьяна Киселёва оставил(а) комментарий:\r\n"
           "Здравствуйте, Анатолий. Этот адрес не принимает заказы, напишите в отдел продаж: sales@shop.example\r\n")
    u = understand(raw.encode("utf-8"))
    got = judge(u)
    assert got.kind == "redirect" and any("comment in a helpdesk thread" in r or "a person's redirect" in r
                                          for r in [*u.reasons, *got.reasons])
    decided = raw.replace("Auto-Submitted: auto-generated", "Auto-Submitted: auto-replied")
    assert judge(understand(decided.encode("utf-8"))).kind == "autoreply"  # an auto-responder's own header decides


CONTRACT = Point(id="contract_steps", phrases=["договор", "оферта"])
HOURS = Point(id="opening_time", patterns=[r"до\s+\d{1,2}([:.]\d{2})?", r"с\s+\d{1,2}\s+до\s+\d{1,2}"])


@pytest.mark.parametrize(("text", "points"), [
    ("Здравствуйте! По тарифам и договору вас проконсультирует отдел продаж: sales@tariff.example.ru.", [CONTRACT]),
    ("Добрый день. Это адрес бухгалтерии. Напишите, пожалуйста, в отдел продаж: sales@schet.example.ru, они "
     "подскажут по договору.", [CONTRACT]),
    ("Здравствуйте. Уточните, пожалуйста, информацию у менеджера по телефону 8-912-601-55-09 (с 9 до 18).", [HOURS]),
    ("Добрый день! Этот адрес не принимает заказы. Оформите заказ на сайте или позвоните нам: 8 (800) 551-27-60.",
     [ORDER]),
])
def test_a_points_words_inside_the_redirect_itself_answer_nothing(text, points):
    """The script's point named where the reply only sends the customer elsewhere ("about the contract, write to
    sales") or as the hours to call is no answer: the reply is a redirect with the study's points as without them."""
    assert covered_points(text, points)  # the words are there ...
    flags = flags_for(text, answered=True, points=points)
    assert flags.redirect and score(flags)[0] == 1, flags.evidence  # ... and answer nothing
    assert flags_for(text, answered=True).redirect


def test_a_point_answered_in_a_sentence_of_its_own_beside_a_redirect_is_an_answer():
    text = "Договор заключаем онлайн, оферта на сайте. По оплате напишите в бухгалтерию: buh@tariff.example.ru."
    flags = flags_for(text, answered=True, points=[CONTRACT])
    assert not flags.redirect and flags.points_covered == ("contract_steps",)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1,.:\n 9я-", max_size=20), st.text(alphabet="ab1,.:\n 9я-", max_size=20))
def test_the_lemmas_of_two_texts_a_line_apart_are_the_first_ones_then_the_second_ones(text, closing):
    """flags_for reads the text with its closing from the text's lemmas and the closing's: no word spans a line."""
    assert lemmas(f"{text}\n{closing}") == lemmas(text) + lemmas(closing)
