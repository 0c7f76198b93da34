"""A local website with feedback forms, for the tests and the sandbox: plain, CSRF-protected, two-step, multipart,
windows-1251, guarded by a CAPTCHA, built by JavaScript, broken, refusing, redirecting, and missing.

A standard-library HTTP server on 127.0.0.1 in a daemon thread. Every POST is kept in `submissions` (path, fields,
cookies, the status answered) so a test can see exactly what a company received. Deterministic: tokens and ticket
numbers are counters.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Request:
    path: str
    method: str
    fields: dict[str, str]
    cookies: dict[str, str]


@dataclass
class Reply:
    body: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Reply]


@dataclass
class _Page:
    get: Handler
    post: Handler | None
    charset: str = "utf-8"
    declare_charset: bool = True  # False: the charset is only in the page's <meta>, as on many old sites


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!doctype html><html lang="ru"><head><meta charset="{charset}"><title>{title}</title></head>'
            f'<body><h1>{title}</h1>{body}</body></html>')


def thanks(text: str = "Спасибо! Ваше сообщение отправлено.") -> Handler:
    return lambda req: Reply(page("Обратная связь", f'<div class="result">{text}</div>'))


CONTACT_FIELDS = """
  <label for="f-name">Ваше имя</label><input id="f-name" name="name" required>
  <label for="f-email">E-mail</label><input id="f-email" type="email" name="email" required>
  <label for="f-msg">Сообщение</label><textarea id="f-msg" name="message" required></textarea>
  <button type="submit">Отправить</button>"""

PLAIN = """
<p>Спасибо, что выбрали наш магазин! Задайте вопрос, и мы ответим по e-mail.</p>
<form method="post" action="/plain" name="SIMPLE_FORM_1">
  <input type="hidden" name="sessid" value="a1b2c3d4">
  <input type="hidden" name="WEB_FORM_ID" value="1">
  <label for="f1">ФИО</label><input id="f1" name="form_text_1" required>
  <label for="f2">Электронная почта</label><input id="f2" type="email" name="form_email_2" required>
  <label for="f3">Телефон</label><input id="f3" name="form_text_3">
  <label for="f4">Ваш вопрос</label><textarea id="f4" name="form_textarea_4" required></textarea>
  <label><input type="checkbox" name="form_checkbox_agree" value="5" required>
    Я согласен на обработку персональных данных</label>
  <label><input type="checkbox" name="news" value="1"> Подписаться на рассылку новостей</label>
  <input type="submit" name="web_form_submit" value="Отправить">
</form>"""

SEVERAL = """
<form action="/search" method="get" class="search"><input type="search" name="q" placeholder="Поиск по сайту">
  <button>Найти</button></form>
<form action="/login" method="post"><input name="login" placeholder="Логин">
  <input type="password" name="password"><button>Войти</button></form>
<form action="/subscribe" method="post" class="newsletter"><p>Подпишитесь на рассылку</p>
  <input type="email" name="email" placeholder="Your e-mail"><button>Subscribe</button></form>
<form action="/several" method="post" id="feedback">
  <input name="your_name" placeholder="Your name"><input name="contact_mail" placeholder="Email address">
  <input name="user_phone" placeholder="Phone"><textarea name="comments" placeholder="Your question"></textarea>
  <input type="submit" value="Send"></form>"""

TWO = f"""
<form id="sales" method="post" action="/two/sales">{CONTACT_FIELDS}</form>
<form id="support" method="post" action="/two/support">{CONTACT_FIELDS.replace('f-', 's-')}</form>"""

CAPTCHA = f"""
<form method="post" action="/captcha">{CONTACT_FIELDS}
  <div class="g-recaptcha" data-sitekey="6Lc-sandbox"></div></form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>"""

MULTIPART = """
<form method="post" action="/multipart" enctype="multipart/form-data">
  <input name="fio" placeholder="ФИО"><input name="mail" placeholder="E-mail">
  <label for="t">Тема обращения</label><input id="t" name="topic">
  <textarea name="text" placeholder="Текст обращения"></textarea>
  <input type="file" name="attachment"><input type="submit" value="Отправить"></form>"""


class FormSite:
    """`start()`, then `url("/plain")`; `add_page()` adds a page; `fail_next()` breaks the next submission."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, on_submit: Callable[[dict], None] | None = None):
        self.host, self.port = host, port
        self.on_submit = on_submit  # each accepted submission, in the server's thread: the sandbox answers from here
        self.submissions: list[dict] = []
        self.pages: dict[str, _Page] = {}
        self._failures: dict[str, int] = {}
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._builtin()

    def start(self) -> FormSite:
        site = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                site._serve(self, "GET")

            def do_POST(self):  # noqa: N802
                site._serve(self, "POST")

            def log_message(self, *args):
                pass  # the tests' output stays clean

        self._server = ThreadingHTTPServer((self.host, self.port), _Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        # a short poll: stop() returns at once instead of after the default half second
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
                         name="formsite").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def add_page(self, path: str, html: str, *, on_post: Handler | None = None, charset: str = "utf-8",
                 declare_charset: bool = True) -> None:
        """A page whose GET answers `html`; a POST to it is recorded and answered by `on_post` (default: thanks)."""
        self.pages[path] = _Page(lambda req: Reply(html), on_post or thanks(), charset, declare_charset)

    def fail_next(self, path: str, status: int = 500) -> None:
        """The next POST to `path` is recorded and answered `status`, as by a server in trouble."""
        self._failures[path] = status

    def _builtin(self) -> None:
        self.add_page("/plain", page("Обратная связь", PLAIN), on_post=self._plain)
        self.pages["/csrf"] = _Page(self._csrf_form, self._csrf_post)
        self.pages["/multi"] = _Page(lambda req: Reply(page("Заявка: шаг 1", self._step1())), self._multi)
        self.add_page("/captcha", page("Обратная связь", CAPTCHA))
        self.add_page("/broken", page("Обратная связь", f'<form method="post">{CONTACT_FIELDS}</form>'),
                      on_post=lambda req: Reply("<h1>Internal Server Error</h1>", 500))
        self.add_page("/js", '<!doctype html><html><head><script src="/static/app.3f9c.js" defer></script></head>'
                             '<body><div id="root"></div></body></html>')
        self.add_page("/redirect", page("Связаться с нами", f'<form method="post">{CONTACT_FIELDS}</form>'),
                      on_post=lambda req: Reply(status=303, headers={"Location": "/thanks"}))
        self.add_page("/thanks", page("Готово", "<p>Мы ответим в течение рабочего дня.</p>"))
        self.add_page("/several", page("Контакты", SEVERAL), on_post=thanks("Thank you! Your message has been sent."))
        self.add_page("/two", page("Контакты", TWO))
        self.add_page("/two/sales", page("Отдел продаж", ""))
        self.add_page("/two/support", page("Поддержка", ""))
        self.add_page("/multipart", page("Обращение", MULTIPART), on_post=thanks("Ваше обращение зарегистрировано."))
        self.add_page("/cp1251", page("Обратная связь", f'<form method="post">{CONTACT_FIELDS}</form>', "windows-1251"),
                      charset="windows-1251", declare_charset=False)
        self.add_page("/reject", page("Обратная связь", f'<form method="post">{CONTACT_FIELDS}</form>'),
                      on_post=lambda req: Reply(page("Обратная связь", '<p class="errortext">Поле «Город» обязательно '
                                                f'для заполнения</p><form method="post">{CONTACT_FIELDS}</form>')))

    def _plain(self, req: Request) -> Reply:
        if all(req.fields.get(k) for k in ("form_text_1", "form_email_2", "form_textarea_4", "form_checkbox_agree")):
            return thanks()(req)
        return Reply(page("Обратная связь", '<p class="errortext">Заполните обязательные поля</p>' + PLAIN))

    def _csrf_form(self, req: Request) -> Reply:
        token = f"tok{next(self._counter)}"
        form = (f'<form method="post" action="/csrf"><input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
                f'{CONTACT_FIELDS}</form>')
        return Reply(page("Напишите нам", form), headers={"Set-Cookie": f"csrftoken={token}; Path=/; HttpOnly"})

    def _csrf_post(self, req: Request) -> Reply:
        if req.cookies.get("csrftoken") and req.cookies.get("csrftoken") == req.fields.get("csrfmiddlewaretoken"):
            return thanks("Спасибо за обращение! Мы ответим в течение дня.")(req)
        again = self._csrf_form(req)
        again.status = 403
        again.body = again.body.replace("<form", '<p class="error">CSRF-проверка не пройдена</p><form', 1)
        return again

    def _step1(self) -> str:
        return ('<form method="post" action="/multi"><input type="hidden" name="step" value="1">'
                '<input name="name" placeholder="Имя"><input type="email" name="email" placeholder="E-mail">'
                '<button>Далее</button></form>')

    def _multi(self, req: Request) -> Reply:
        if req.fields.get("step") == "1" and req.fields.get("name") and req.fields.get("email"):
            ticket = f"T-{next(self._counter)}"
            step2 = (f'<form method="post" action="/multi"><input type="hidden" name="step" value="2">'
                     f'<input type="hidden" name="ticket" value="{ticket}">'
                     f'<label for="q">Опишите ваш вопрос</label><textarea id="q" name="question"></textarea>'
                     f'<label for="s">Тема</label><input id="s" name="topic"><button>Отправить</button></form>')
            return Reply(page("Заявка: шаг 2", step2))
        if req.fields.get("step") == "2" and req.fields.get("ticket", "").startswith("T-") and req.fields.get(
                "question"):
            return Reply(page("Заявка", f"<p>Заявка принята. Номер обращения {req.fields['ticket']}.</p>"))
        return Reply(page("Заявка: шаг 1", '<p class="error">Заполните все поля</p>' + self._step1()))

    def _serve(self, http: BaseHTTPRequestHandler, method: str) -> None:
        path = urlsplit(http.path).path
        target = self.pages.get(path)
        handler = target and (target.get if method == "GET" else target.post)
        if handler is None:
            self._send(http, Reply(page("Страница не найдена", "<p>404</p>"), 404 if target is None else 405), None)
            return
        req = Request(path, method, {}, _cookies(http))
        if method == "POST":
            req.fields = _fields(http, target.charset)
        with self._lock:
            status = self._failures.pop(path, None) if method == "POST" else None
        reply = Reply(f"<h1>Error {status}</h1>", status) if status else handler(req)
        if method == "POST":
            record = {"path": path, "fields": req.fields, "cookies": req.cookies, "status": reply.status}
            with self._lock:
                self.submissions.append(record)
            if self.on_submit is not None and reply.status < 400:
                self.on_submit(record)
        self._send(http, reply, target)

    def _send(self, http: BaseHTTPRequestHandler, reply: Reply, target: _Page | None) -> None:
        charset = target.charset if target else "utf-8"
        body = reply.body.encode(charset)
        http.send_response(reply.status)
        declared = target is None or target.declare_charset
        http.send_header("Content-Type", f"text/html; charset={charset}" if declared else "text/html")
        http.send_header("Content-Length", str(len(body)))
        for k, v in reply.headers.items():
            http.send_header(k, v)
        http.end_headers()
        http.wfile.write(body)


def _cookies(http: BaseHTTPRequestHandler) -> dict[str, str]:
    jar = SimpleCookie(http.headers.get("Cookie", ""))
    return {k: m.value for k, m in jar.items()}


def _fields(http: BaseHTTPRequestHandler, charset: str) -> dict[str, str]:
    """The submitted fields, decoded as the page's charset (what a browser encodes them in)."""
    raw = http.rfile.read(int(http.headers.get("Content-Length") or 0))
    ctype = http.headers.get("Content-Type", "")
    if ctype.startswith("multipart/form-data"):
        msg = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + raw)
        return {part.get_param("name", header="content-disposition"):
                part.get_payload(decode=True).decode(charset) for part in msg.iter_parts()}
    return dict(parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding=charset))
