"""Web feedback forms against the local form site (audit.sandbox.formsite) on 127.0.0.1: finding, filling and
submitting as a browser does, the commit right before the question leaves, what a person must do instead
(CAPTCHA, JavaScript, no form), and failures as results, down to the runner's records."""

from __future__ import annotations

import asyncio
import json
import textwrap
from datetime import UTC, datetime
from types import SimpleNamespace

import httpx
import pytest

from audit.clock import FixedClock
from audit.collect.run import Runner
from audit.credentials import Secrets
from audit.errors import HandOverError, PermanentChannelError, TransientChannelError
from audit.sandbox.formsite import FormSite, Reply, page
from audit.store.database import Store
from audit.study.load import load_study
from probes.form.channel import FormChannel

NAME, EMAIL, PHONE = "Анатолий Смирнов", "anatoly@shopper.example", "+7 900 123-45-67"
TOKEN = "ab12cd34ef56"
TYPED_EMAIL = f"anatoly+{TOKEN}@shopper.example"
BODY = "Здравствуйте! До скольки работает пункт самовывоза?"
SUBJECT = "Самовывоз сегодня"
NOW = datetime(2025, 12, 8, 13, 44, tzinfo=UTC)  # Monday 16:44 in Moscow: every probe of the day is due


@pytest.fixture
def site():
    s = FormSite().start()
    yield s
    s.stop()


def study_at(tmp_path, companies: dict[str, str], *, attrs: dict | None = None, forms: str = ""):
    """A study whose companies (id -> form page URL) are asked by form; `attrs`: company id -> attributes."""
    rows = "\n".join(f"  - {{id: {cid}, name: {cid}, segment: shops, timezone: Europe/Moscow, "
                     f"contacts: {{form: '{url}'}}, attrs: {json.dumps((attrs or {}).get(cid, {}))}}}"
                     for cid, url in companies.items())
    text = textwrap.dedent(f"""\
        id: forms
        title: Forms
        rate_limits: {{form: 60}}
        waves: [{{name: w1, start: 2025-12-08}}]
        personas:
          - id: anatoly
            name: {NAME}
            form: {{email: {EMAIL}, phone: "{PHONE}"}}
            email:  # the mailbox the answers to forms arrive in
              address: {EMAIL}
              smtp: {{host: 127.0.0.1, port: 1, security: plain}}
              imap: {{host: 127.0.0.1, port: 1, security: plain, username: anatoly, password_env: X}}
        scripts:
          - {{channels: [form], subject: "{SUBJECT}", body: "{BODY}"}}
        """) + forms + "companies:\n" + rows + "\n"
    path = tmp_path / "study.yaml"
    path.write_text(text, encoding="utf-8")
    return load_study(path)


def probe_for(url: str, company_id: str = "c1"):
    return SimpleNamespace(id=1, token=TOKEN, persona="anatoly", company_id=company_id, channel="form", contact=url,
                           subject=SUBJECT, body=BODY, message_id="<probe-1@shopper.example>")


def send(tmp_path, site, path, *, attrs=None, forms="", http_factory=None):
    """Send one probe to `path`; returns (Sent, the number of submissions received at each commit())."""
    study = study_at(tmp_path, {"c1": site.url(path)}, attrs={"c1": attrs or {}}, forms=forms)
    channel = FormChannel(study, secrets=Secrets(environ={}), clock=FixedClock(NOW), http_factory=http_factory)
    commits: list[int] = []

    async def commit():
        commits.append(len(site.submissions))

    async def go():
        return await channel.send(probe_for(site.url(path)), commit)

    try:
        return asyncio.run(go()), commits
    except Exception as exc:
        exc.commits = commits  # the tests look at when commit() was called even when sending failed
        raise


def test_a_plain_form_is_filled_as_a_person_would_and_its_success_text_recorded(tmp_path, site):
    sent, commits = send(tmp_path, site, "/plain")
    (got,) = site.submissions
    fields = got["fields"]
    assert fields["form_text_1"] == NAME and fields["form_text_3"] == PHONE  # found by their labels, not names
    assert fields["form_email_2"] == TYPED_EMAIL  # the answer by e-mail matches the probe by this token
    assert fields["form_textarea_4"] == BODY
    assert fields["form_checkbox_agree"] == "5" and "news" not in fields  # consent ticked, newsletter not
    assert fields["sessid"] == "a1b2c3d4" and fields["WEB_FORM_ID"] == "1"  # hidden fields kept
    assert fields["web_form_submit"] == "Отправить"  # the clicked button, which Bitrix checks
    assert commits == [0]  # committed once, right before the submission
    assert sent.sent_at == NOW
    detail = sent.detail
    assert detail["status"] == 200 and detail["success"] == "text: сообщение отправлено"  # not the page's "Спасибо"
    assert detail["fields"] == {"form_text_1": "name", "form_email_2": "email", "form_text_3": "phone",
                                "form_textarea_4": "message"}
    assert detail["ticked"] == ["form_checkbox_agree"] and detail["action"] == site.url("/plain")
    assert TOKEN not in json.dumps(detail, ensure_ascii=False)  # names only, never what was typed


def test_a_csrf_form_keeps_its_cookie_and_token(tmp_path, site):
    send(tmp_path, site, "/csrf")
    (got,) = site.submissions
    assert got["status"] == 200 and got["cookies"]["csrftoken"] == got["fields"]["csrfmiddlewaretoken"]
    assert got["fields"]["message"] == BODY and got["fields"]["email"] == TYPED_EMAIL


def test_a_csrf_form_without_its_cookie_is_refused_and_that_is_a_result(tmp_path, site):
    async def drop_cookies(request):
        request.headers.pop("Cookie", None)

    with pytest.raises(PermanentChannelError) as err:
        send(tmp_path, site, "/csrf", http_factory=lambda: httpx.AsyncClient(event_hooks={"request": [drop_cookies]}))
    assert err.value.code == "rejected" and "403" in err.value.message
    assert "CSRF-проверка не пройдена" in err.value.message  # the site's own words are the evidence
    assert err.value.commits == [0]


def test_a_two_step_form_is_followed_to_the_step_that_asks_the_question(tmp_path, site):
    sent, commits = send(tmp_path, site, "/multi")
    first, second = site.submissions
    assert first["fields"] == {"step": "1", "name": NAME, "email": TYPED_EMAIL}
    assert second["fields"]["question"] == BODY and second["fields"]["topic"] == SUBJECT
    assert second["fields"]["ticket"].startswith("T-") and second["fields"]["step"] == "2"
    assert commits == [1]  # the first step cannot deliver the question: commit only before the second
    assert sent.detail["steps"] == 2 and sent.detail["success"] == "text: заявка принята"


@pytest.mark.parametrize("path, code", [
    ("/captcha", "captcha"),
    ("/js", "javascript_form"),
    ("/scripted", "javascript_form"),
    ("/nothing", "no_form"),
])
def test_what_a_person_must_send_is_handed_over_before_anything_is_sent(tmp_path, site, path, code):
    site.add_page("/scripted", page("Контакты", '<form onsubmit="sendForm(this); return false;">'
                                                '<input name="email" type="email"><textarea name="msg"></textarea>'
                                                '<button>Отправить</button></form>'))
    site.add_page("/nothing", page("О компании", "<p>Мы работаем с 2001 года.</p>"))
    with pytest.raises(HandOverError) as err:
        send(tmp_path, site, path)
    assert err.value.code == code and err.value.evidence["url"] == site.url(path)
    assert err.value.commits == [] and site.submissions == []
    if code == "captcha":
        assert err.value.evidence["captcha"] == "reCAPTCHA" and "CAPTCHA" in err.value.message


def test_a_newsletter_or_a_callback_form_is_never_taken_for_the_feedback_form(tmp_path, site):
    site.add_page("/promo", page("Акции", '<form method="post" action="/subscribe"><p>Подпишитесь на рассылку</p>'
                                          '<input name="name" placeholder="Имя"><input type="email" name="email">'
                                          '<button>Подписаться</button></form>'
                                          '<form method="post" action="/callback"><p>Заказать обратный звонок</p>'
                                          '<input name="name" placeholder="Имя"><input type="tel" name="phone">'
                                          '<button>Жду звонка</button></form>'))
    with pytest.raises(HandOverError) as err:
        send(tmp_path, site, "/promo")
    assert err.value.code == "no_form" and len(err.value.evidence["forms"]) == 2
    assert site.submissions == []  # the persona neither subscribed nor asked for a call


def test_a_required_field_the_persona_cannot_answer_is_handed_over(tmp_path, site):
    site.add_page("/city", page("Контакты", '<form method="post"><input name="name" placeholder="Имя">'
                                            '<input name="city" placeholder="Ваш город" required>'
                                            '<select name="topic" required><option value="">Выберите тему</option>'
                                            '<option value="1">Доставка</option></select><input name="order" '
                                            'type="number" required><textarea name="message"></textarea>'
                                            '<button>Отправить</button></form>'))
    with pytest.raises(HandOverError) as err:
        send(tmp_path, site, "/city")
    assert err.value.code == "required_field" and err.value.evidence["fields"] == ["city", "topic", "order"]
    assert site.submissions == []


def test_a_missing_page_is_a_task_for_a_person_who_finds_where_the_form_went(tmp_path, site):
    with pytest.raises(HandOverError) as err:
        send(tmp_path, site, "/missing")
    assert err.value.code == "no_form_page" and err.value.commits == [] and "404" in err.value.message
    assert err.value.evidence == {"url": site.url("/missing"), "status": 404}


@pytest.mark.parametrize("widget, vendor", [
    ('<div class="h-captcha" data-sitekey="10000000-ffff"></div><script src="https://js.hcaptcha.com/1/api.js">'
     '</script>', "hCaptcha"),
    ('<div class="smart-captcha" data-sitekey="ysc1_sandbox"></div>'
     '<script src="https://smartcaptcha.yandexcloud.net/captcha.js" defer></script>', "Yandex SmartCaptcha"),
])
def test_every_captcha_the_study_meets_is_handed_over(tmp_path, site, widget, vendor):
    site.add_page("/guarded", page("Обратная связь", '<form method="post" action="/plain"><input name="name">'
                                                     '<input name="email" type="email"><textarea name="message">'
                                                     f'</textarea>{widget}<button>Отправить</button></form>'))
    with pytest.raises(HandOverError) as err:
        send(tmp_path, site, "/guarded")
    assert err.value.code == "captcha" and err.value.evidence["captcha"] == vendor
    assert err.value.commits == [] and site.submissions == []


def test_a_server_error_on_submit_is_transient_after_commit(tmp_path, site):
    with pytest.raises(TransientChannelError) as err:
        send(tmp_path, site, "/broken")
    assert err.value.code == "server_error"  # the server answered: certainly not taken, so it is tried again
    assert err.value.commits == [0] and [s["status"] for s in site.submissions] == [500]


class Breaks(httpx.AsyncBaseTransport):
    """The real site, but requests of one method fail on the way (a timeout, a dropped connection)."""

    def __init__(self, method: str):
        self.method, self.real = method, httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request):
        if request.method == self.method:
            raise httpx.ReadTimeout("timed out", request=request)
        return await self.real.handle_async_request(request)


@pytest.mark.parametrize("method, code, commits", [("GET", "connection", []), ("POST", "uncertain", [0])])
def test_a_network_error_is_uncertain_only_after_commit(tmp_path, site, method, code, commits):
    with pytest.raises(TransientChannelError) as err:
        send(tmp_path, site, "/plain", http_factory=lambda: httpx.AsyncClient(transport=Breaks(method)))
    assert err.value.code == code and err.value.commits == commits


def test_a_form_shown_again_with_an_error_is_a_rejection_with_the_sites_words(tmp_path, site):
    with pytest.raises(PermanentChannelError) as err:
        send(tmp_path, site, "/reject")
    assert err.value.code == "rejected" and "Поле «Город» обязательно для заполнения" in err.value.message
    assert err.value.commits == [0]


def test_a_redirect_to_another_page_counts_as_success(tmp_path, site):
    sent, _ = send(tmp_path, site, "/redirect")
    assert sent.detail["success"] == f"redirected to {site.url('/thanks')}" and sent.detail["url"].endswith("/thanks")
    assert site.submissions[0]["fields"]["message"] == BODY


def test_the_feedback_form_is_found_among_search_login_and_newsletter_forms(tmp_path, site):
    sent, _ = send(tmp_path, site, "/several")
    (got,) = site.submissions
    assert got["path"] == "/several"
    assert got["fields"] == {"your_name": NAME, "contact_mail": TYPED_EMAIL, "user_phone": PHONE, "comments": BODY}
    assert sent.detail["form"].startswith("auto") and sent.detail["success"] == "text: thank you"


@pytest.mark.parametrize("forms, attrs, path", [
    ("", {}, "/two/sales"),  # equal forms: the first on the page
    ("forms: {selector: '#support'}\n", {}, "/two/support"),
    ("forms: {selector: '#support'}\n", {"form_selector": "form#sales"}, "/two/sales"),  # the company's wins
    ("", {"form_selector": "#s-msg"}, "/two/support"),  # a field's selector names its form
])
def test_a_selector_from_the_study_or_the_company_picks_the_form(tmp_path, site, forms, attrs, path):
    send(tmp_path, site, "/two", forms=forms, attrs=attrs)
    assert [s["path"] for s in site.submissions] == [path]


def test_a_selector_that_matches_nothing_is_handed_over(tmp_path, site):
    with pytest.raises(HandOverError) as err:
        send(tmp_path, site, "/two", forms="forms: {selector: '#complaints'}\n")
    assert err.value.code == "no_form" and "#complaints" in err.value.message and site.submissions == []


def test_study_words_and_success_phrases_extend_the_built_in_ones(tmp_path, site):
    site.add_page("/custom", page("Контакты", '<form method="post"><input name="mobile"><input name="fio">'
                                              '<textarea name="msg"></textarea><button>Отправить</button></form>'),
                  on_post=lambda req: Reply("<p>Принято.</p>"))
    forms = "forms: {fields: {phone: [mobile]}, success: ['Принято']}\n"
    sent, _ = send(tmp_path, site, "/custom", forms=forms)
    assert site.submissions[0]["fields"] == {"mobile": PHONE, "fio": NAME, "msg": BODY}
    assert sent.detail["success"] == "text: принято"


def test_a_page_without_a_success_sign_may_have_been_received(tmp_path, site):
    site.add_page("/silent", page("Контакты", '<form method="post"><input name="email" type="email">'
                                              '<textarea name="msg"></textarea><button>OK</button></form>'),
                  on_post=lambda req: Reply("<p>OK</p>"))
    with pytest.raises(TransientChannelError) as err:
        send(tmp_path, site, "/silent")
    assert err.value.code == "uncertain" and err.value.commits == [0]  # recorded as sent, unconfirmed; not resent


@pytest.mark.parametrize("path, fields", [
    ("/multipart", {"fio": NAME, "mail": TYPED_EMAIL, "topic": SUBJECT, "text": BODY}),  # multipart/form-data
    ("/cp1251", {"name": NAME, "email": TYPED_EMAIL, "message": BODY}),  # windows-1251, declared only in <meta>
])
def test_the_forms_encoding_is_the_browsers(tmp_path, site, path, fields):
    send(tmp_path, site, path)
    assert site.submissions[0]["fields"] == fields


def test_the_form_channel_watches_nothing_its_answers_come_by_e_mail(tmp_path, site):
    channel = FormChannel(study_at(tmp_path, {"c1": site.url("/plain")}), secrets=Secrets(environ={}),
                          clock=FixedClock(NOW))

    async def collect():
        return [b async for b in channel.watch(None, once=True)]

    assert asyncio.run(collect()) == []


def test_the_site_tells_the_sandbox_what_was_received():
    received: list[dict] = []
    s = FormSite(on_submit=received.append).start()
    try:
        asyncio.run(_post(s.url("/plain"), {"form_text_1": NAME, "form_email_2": TYPED_EMAIL, "form_textarea_4": BODY,
                                            "form_checkbox_agree": "5"}))
        s.fail_next("/plain")
        asyncio.run(_post(s.url("/plain"), {"form_text_1": NAME}))
    finally:
        s.stop()
    assert [r["fields"]["form_email_2"] for r in received] == [TYPED_EMAIL]  # the failed one was not taken
    assert [r["status"] for r in s.submissions] == [200, 500]


async def _post(url, data):
    async with httpx.AsyncClient() as client:
        return await client.post(url, data=data)


def _runner(tmp_path, site, companies):
    study = study_at(tmp_path, {cid: site.url(path) for cid, path in companies.items()})
    store = Store(str(tmp_path / "a.db"))
    clock = FixedClock(NOW)
    channel = FormChannel(study, secrets=Secrets(environ={}), clock=clock)
    return Runner(study, store, clock, Secrets(environ={}), channels={"form": channel}), store, clock


def test_through_the_runner_a_form_is_sent_and_a_captcha_becomes_a_task(tmp_path, site):
    runner, store, _ = _runner(tmp_path, site, {"plain": "/plain", "guarded": "/captcha"})
    result = asyncio.run(runner.run_once())
    rows = {r.company_id: r for r in store.execute("SELECT id, company_id, status, confirmed, token, last_error "
                                                   "FROM probe")}
    assert rows["plain"].status == "sent" and rows["plain"].confirmed
    assert rows["guarded"].status == "task" and "CAPTCHA" in rows["guarded"].last_error
    assert len(result.sent) == 1 and len(result.handed_over) == 1
    (got,) = site.submissions  # the guarded form received nothing
    assert got["fields"]["form_email_2"] == f"anatoly+{rows['plain'].token}@shopper.example"
    attempts = {pid: (outcome, json.loads(detail)) for pid, outcome, detail in
                store.execute("SELECT probe_id, outcome, detail FROM attempt")}
    outcome, detail = attempts[rows["plain"].id]
    assert outcome == "sent" and detail["success"] == "text: сообщение отправлено"
    outcome, detail = attempts[rows["guarded"].id]
    assert outcome == "handed_over" and detail["code"] == "captcha" and detail["captcha"] == "reCAPTCHA"


def test_through_the_runner_a_server_error_is_retried_later_and_then_sent_once(tmp_path, site):
    runner, store, clock = _runner(tmp_path, site, {"plain": "/plain"})
    site.fail_next("/plain")
    asyncio.run(runner.run_once())
    ((status, attempts),) = store.execute("SELECT status, attempts FROM probe")
    assert (status, attempts) == ("planned", 1)
    clock.advance(hours=19, minutes=16)  # the next day at noon
    asyncio.run(runner.run_once())
    asyncio.run(runner.run_once())
    ((status, attempts),) = store.execute("SELECT status, attempts FROM probe")
    assert (status, attempts) == ("sent", 2)
    assert [s["status"] for s in site.submissions] == [500, 200]
    outcomes = [o for (o,) in store.execute("SELECT outcome FROM attempt ORDER BY id")]
    assert outcomes == ["transient", "sent"]
