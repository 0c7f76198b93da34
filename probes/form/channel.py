"""Web feedback forms: the page is loaded, the feedback form found and filled as a person would (probes.form.find),
and submitted with httpx; success is judged from the answer and the evidence kept. The answer comes by e-mail to
the persona's address plus-addressed with the probe's token, so the e-mail channel's watcher collects it and this
channel watches nothing.

Sending is two-phase like every channel's: loading, finding and filling deliver nothing; `commit()` comes right
before the request that carries the question (a first step asking only name and e-mail comes before it).

Success is a success phrase the answer has more often than the form's page (built-in ones, the study's
`forms.success`, a company's `form_success` attribute: phrases separated by ";"), else a redirect to another page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
from bs4 import BeautifulSoup, Comment

from audit.errors import HandOverError, PermanentChannelError, TransientChannelError
from probes.base import Batch, Channel, Checkpoints, Sent
from probes.form import SPEC, identity, reply_address
from probes.form.find import (
    Filled,
    Target,
    controls,
    error_texts,
    fill,
    find_form,
    merge_words,
    norm,
    signature,
    target,
)

USER_AGENT = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/131.0.0.0 Safari/537.36")
# counted against the form's page, so a footer's "Спасибо, что вы с нами" is no evidence
SUCCESS = ("спасибо", "сообщение отправлено", "ваше обращение", "заявка принята", "успешно", "thank you", "thanks",
           "message has been sent", "received")
MAX_STEPS = 3


@dataclass
class Page:
    url: str
    status: int
    soup: BeautifulSoup
    charset: str | None
    redirected: bool
    retry_after: float | None  # a 429's or 503's Retry-After, in seconds

    @classmethod
    def of(cls, response: httpx.Response) -> Page:
        # bytes, so a charset given only in a <meta> tag (windows-1251 sites) is honoured
        soup = BeautifulSoup(response.content, "html.parser", from_encoding=response.charset_encoding)
        wait = response.headers.get("Retry-After", "")
        return cls(str(response.url), response.status_code, soup, soup.original_encoding, bool(response.history),
                   float(wait) if wait.isdigit() else None)

    def text(self) -> str:
        skip = ("script", "style", "template", "noscript")
        return norm(" ".join(s for s in self.soup.find_all(string=True)
                             if not isinstance(s, Comment) and s.parent.name not in skip))


class FormChannel(Channel):
    name = SPEC.name

    def __init__(self, study, *, secrets, clock, http_factory: Callable[[], httpx.AsyncClient] | None = None,
                 **_: Any):
        super().__init__(study, secrets=secrets, clock=clock)
        self.http_factory = http_factory or self._client

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(follow_redirects=True, timeout=self.study.forms.timeout.total_seconds(), headers={
            "User-Agent": USER_AGENT, "Accept-Language": "ru,en;q=0.8",
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})

    async def watch(self, checkpoints: Checkpoints, *, once: bool) -> AsyncIterator[Batch]:
        if False:  # answers come by e-mail: the e-mail watcher matches them by the token in the address
            yield

    def _values(self, probe: Any) -> dict[str, str | None]:
        persona = self.study.persona(probe.persona)
        ident, address = identity(persona), reply_address(persona, probe.token)
        if not address:
            raise PermanentChannelError(f"persona {probe.persona} has no e-mail address to type into forms",
                                        code="no_account", hint="set form.email or email.address for the persona")
        return {"name": ident.name, "email": address, "phone": ident.phone, "message": probe.body,
                "subject": probe.subject}

    async def send(self, probe: Any, commit: Callable[[], Awaitable[None]]) -> Sent:
        attrs = self.study.company(probe.company_id).attrs
        job = _Job(values=self._values(probe), selector=attrs.get("form_selector") or self.study.forms.selector,
                   words=merge_words(self.study.forms.fields), consent=self.study.forms.consent,
                   phrases=[norm(p) for p in (*SUCCESS, *self.study.forms.success,
                                              *(attrs.get("form_success") or "").split(";")) if p.strip()])
        url = probe.contact.strip() if "://" in probe.contact else f"https://{probe.contact.strip()}"
        async with self.http_factory() as client:  # one client per send: the site's cookies stay with it
            page = _loaded(await _request(client, "GET", url, committed=False), url)
            for step in range(1, MAX_STEPS + 1):
                page, detail = await job.step(client, page, step, commit)
                if detail is not None:
                    return Sent(sent_at=self.clock.now(), detail={"page": url, **detail})
        raise HandOverError(f"the form at {url} did not ask for the question in {MAX_STEPS} steps; a person must "
                            f"send it", code="no_form", evidence={"url": page.url, "fields": job.typed})


@dataclass
class _Job:
    """One probe's way through a form, step by step."""

    values: dict[str, str | None]
    selector: str | None
    words: dict[str, tuple[str, ...]]
    consent: bool
    phrases: list[str]
    typed: dict[str, str] = field(default_factory=dict)  # field name -> role, over every step

    async def step(self, client: httpx.AsyncClient, page: Page, step: int,
                   commit: Callable[[], Awaitable[None]]) -> tuple[Page, dict | None]:
        """Fill and submit the form on `page`: the evidence once the question went, else the next step's page."""
        form, how = find_form(page.soup, page.url, self.selector, self.words, step=step)
        ctrls = controls(form, page.soup, self.words)
        filled = fill(ctrls, self.values, consent=self.consent)
        if filled.missing:
            raise HandOverError(f"the form at {page.url} requires {', '.join(filled.missing)}, which the persona "
                                f"has no answer for; a person must send it", code="required_field",
                                evidence={"url": page.url, "fields": filled.missing, "step": step})
        self.typed.update(filled.typed)
        tgt = target(form, page.soup, page.url, page.charset)
        if filled.has_message:
            await commit()  # this request carries the question: from here on it may be delivered
        answer = Page.of(await _submit(client, tgt, filled, page.url, committed=filled.has_message))
        _refused(answer, tgt)
        if not filled.has_message:
            if _shown_again(page, answer, signature(ctrls), tgt, sent=False):
                raise HandOverError(f"the first step of the form at {tgt.url} came back unchanged; a person must "
                                    f"send it", code="no_form", evidence={"url": answer.url, "step": step})
            return answer, None
        return answer, {"url": answer.url, "status": answer.status, "success": self._success(page, answer, ctrls, tgt),
                        "form": how, "method": tgt.method, "action": tgt.url, "steps": step, "fields": self.typed,
                        "ticked": filled.ticked}

    def _success(self, before: Page, answer: Page, ctrls: list, tgt: Target) -> str:
        """Why the submission counts as accepted; raises when it was refused or cannot be told."""
        was, now = before.text(), answer.text()
        for phrase in self.phrases:
            if now.count(phrase) > was.count(phrase):
                return f"text: {phrase}"
        _shown_again(before, answer, signature(ctrls), tgt, sent=True)
        if answer.redirected and answer.url.split("#")[0] not in (before.url.split("#")[0], tgt.url):
            return f"redirected to {answer.url}"
        raise TransientChannelError(f"the form at {before.url} answered {answer.status} with no sign of success "
                                    f"and no error; it may have been received", code="uncertain")


async def _request(client: httpx.AsyncClient, method: str, url: str, *, committed: bool,
                   **kw: Any) -> httpx.Response:
    try:
        return await client.request(method, url, follow_redirects=True, **kw)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise PermanentChannelError(f"{url} is not a web page address ({exc})", code="bad_url",
                                    hint="the company's form contact must be the page's http(s) URL") from exc
    except httpx.HTTPError as exc:
        if committed:
            raise TransientChannelError(f"the connection failed after the form was submitted to {url} ({exc!r})",
                                        code="uncertain") from exc
        raise TransientChannelError(f"{url}: {type(exc).__name__}: {exc}", code="connection") from exc


async def _submit(client: httpx.AsyncClient, tgt: Target, filled: Filled, page_url: str, *,
                  committed: bool) -> httpx.Response:
    """As a browser submits: the form's method and encoding, the page's charset, Referer and Origin."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page_url))
    headers = {"Referer": page_url, "Origin": origin}
    enc = [(k, v.encode(tgt.charset, "xmlcharrefreplace")) for k, v in filled.pairs]
    if tgt.method != "post":
        query = urlencode(enc)
        url = urlsplit(tgt.url)._replace(query=query, fragment="").geturl()
        return await _request(client, "GET", url, committed=committed, headers=headers)
    if tgt.multipart:
        files = [(k, (None, v)) for k, v in enc]
        return await _request(client, "POST", tgt.url, committed=committed, headers=headers, files=files)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return await _request(client, "POST", tgt.url, committed=committed, headers=headers, content=urlencode(enc))


def _loaded(response: httpx.Response, url: str) -> Page:
    page = Page.of(response)
    if page.status in (404, 410):  # the site moved its form: a person finds where it went (a form not there)
        raise HandOverError(f"the form page {url} is gone ({page.status}); a person should find the company's "
                            f"current feedback form and send it there", code="no_form_page",
                            evidence={"url": url, "status": page.status})
    if page.status == 403:  # usually a bot wall (a JavaScript challenge) that a person's browser passes
        raise HandOverError(f"the form page {url} refuses automated visitors ({page.status}); a person must send "
                            f"it", code="blocked", evidence={"url": url, "status": page.status})
    _busy(page, f"the form page {url}")
    if page.status >= 400:
        raise PermanentChannelError(f"the form page {url} answered {page.status}", code=f"http_{page.status}")
    return page


def _busy(page: Page, what: str) -> None:
    if page.status == 429:
        raise TransientChannelError(f"{what} answered 429 (too many requests)", code="rate_limited",
                                    retry_after=page.retry_after)
    if page.status >= 500:
        raise TransientChannelError(f"{what} answered {page.status}", code="server_error",
                                    retry_after=page.retry_after)


def _refused(answer: Page, tgt: Target) -> None:
    """A submission answered with an error status: the server did not take it (it answered, so this is certain)."""
    _busy(answer, f"the form's server (submission to {tgt.url})")
    if answer.status >= 400:
        errors = "; ".join(error_texts(answer.soup)) or "no reason given"
        raise PermanentChannelError(f"the form's server refused the submission to {tgt.url} with {answer.status}: "
                                    f"{errors[:500]}", code="rejected")


def _shown_again(before: Page, answer: Page, sig: tuple[str, ...], tgt: Target, *, sent: bool) -> bool:
    """Whether the answer shows the same form again; with new error messages, the site refused what was typed."""
    if not any(signature(controls(f, answer.soup, {})) == sig for f in answer.soup.find_all("form")):
        return False
    old = set(error_texts(before.soup))
    errors = [e for e in error_texts(answer.soup) if e not in old]
    if errors:
        what = "submission" if sent else "first step of the form"
        raise PermanentChannelError(f"the site refused the {what} at {tgt.url}: {'; '.join(errors)[:500]}",
                                    code="rejected")
    return True
