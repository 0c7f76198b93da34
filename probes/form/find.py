"""Reading a feedback form as a person would: which form on the page is the feedback form, what each field asks
for, and what a browser would submit once it is filled. Pure functions over BeautifulSoup, with no network, so
nothing here can send anything; what a person must do instead (a CAPTCHA, a JavaScript form) is a HandOverError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from audit.errors import HandOverError

# Built-in words per role; a study adds its own (forms.fields). Label words count before input names.
WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fio", "fullname", "имя", "фио"),
    "email": ("email", "e-mail", "mail", "почта"),
    "phone": ("phone", "tel", "телефон"),
    "message": ("message", "text", "comment", "question", "body", "сообщение", "вопрос", "комментарий", "текст"),
    "subject": ("subject", "тема"),
}
# When a label names two roles ("Имя и e-mail"), the more specific wins; "name" is the vaguest.
ROLE_ORDER = ("email", "phone", "subject", "message", "name")
TYPABLE = {"", "text", "email", "tel"}
CONSENT_WORDS = ("соглас", "персональн", "политик", "конфиденциальн", "152-фз", "agree", "consent", "privacy",
                 "terms", "accept", "gdpr")
# A box or a form for these is not the question's: never ticked, never taken for the feedback form.
NEWSLETTER_WORDS = ("рассылк", "подпис", "новост", "newsletter", "subscribe")
CALLBACK_WORDS = ("звонок", "перезвон", "callback", "call back", "call-back")
CAPTCHAS = {
    "reCAPTCHA": ("g-recaptcha", "recaptcha/api.js", "google.com/recaptcha", "grecaptcha"),
    "hCaptcha": ("h-captcha", "hcaptcha.com"),
    "Yandex SmartCaptcha": ("smart-captcha", "smartcaptcha.yandexcloud.net"),
    "Cloudflare Turnstile": ("cf-turnstile", "challenges.cloudflare.com/turnstile"),
}
SPA_ROOTS = "#root, #app, #__next, #__nuxt, [data-reactroot], [data-v-app], [ng-app], [data-b24-form]"
ERROR_MARKS = re.compile(r"error|invalid|alert|danger|warning|has-error", re.I)


@dataclass
class Control:
    tag: Tag
    name: str
    kind: str  # hidden, text, textarea, checkbox, radio, select, submit, file, other
    role: str | None
    required: bool
    label: str  # what a person reads beside it: label, placeholder, aria-label, title


@dataclass
class Filled:
    """What a browser would submit, and what we did to get there (names only: the evidence)."""

    pairs: list[tuple[str, str]] = field(default_factory=list)
    typed: dict[str, str] = field(default_factory=dict)  # field name -> role
    ticked: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # required, and nothing we may type fits: a person must

    @property
    def has_message(self) -> bool:
        return "message" in self.typed.values()


@dataclass
class Target:
    method: str
    url: str
    multipart: bool
    charset: str


def norm(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


def _stem(word: str) -> str:
    """Russian words change their endings ("сообщение", "сообщения"; "телефон", "телефона")."""
    if re.search("[а-я]", word) and len(word) >= 4:
        return word.rstrip("аеиоуыэюяйь")
    return word


def _tokens(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", re.sub(r"([a-zа-я])([A-ZА-Я])", r"\1 \2", text).lower().replace("ё", "е"))
    return words + [a + b for a, b in zip(words, words[1:], strict=False)]  # "e-mail", "full_name" joined


def roles_in(text: str, words: dict[str, tuple[str, ...]]) -> list[str]:
    tokens = _tokens(text)
    found = []
    for role in ROLE_ORDER:
        for cand in words.get(role, ()):
            cand = re.sub(r"[^\w]|_", "", cand.lower().replace("ё", "е"))
            stem = _stem(cand)
            if cand and any(t == cand or (len(stem) >= 4 and t.startswith(stem)) for t in tokens):
                found.append(role)
                break
    return found


def merge_words(extra: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {role: WORDS.get(role, ()) + tuple(extra.get(role, ())) for role in ROLE_ORDER}


def _labels(soup: BeautifulSoup) -> dict[str, str]:
    out: dict[str, str] = {}
    for lab in soup.find_all("label", attrs={"for": True}):
        out[lab["for"]] = out.get(lab["for"], "") + " " + lab.get_text(" ")
    return out


def _kind(tag: Tag) -> str:
    if tag.name in ("textarea", "select"):
        return tag.name
    kind = (tag.get("type") or "").lower()
    if tag.name == "button":
        return "submit" if kind in ("", "submit") else "other"
    if kind in TYPABLE:
        return "text"
    return kind if kind in ("hidden", "checkbox", "radio", "submit", "image", "file") else "other"


def controls(form: Tag, soup: BeautifulSoup, words: dict[str, tuple[str, ...]]) -> list[Control]:
    """The form's controls in document order, including those outside it that name it (form="id")."""
    labels = _labels(soup)
    tags = form.find_all(["input", "textarea", "select", "button"])
    if form.get("id"):
        tags += [t for t in soup.find_all(attrs={"form": form["id"]}) if t not in tags]
    out = []
    for tag in tags:
        if tag.has_attr("disabled"):
            continue  # a browser does not submit disabled controls
        kind = _kind(tag)
        parent = tag.find_parent("label")
        label = " ".join([labels.get(tag.get("id") or "", ""), parent.get_text(" ") if parent else "",
                          tag.get("placeholder") or "", tag.get("aria-label") or "", tag.get("title") or ""])
        role = None
        if kind in ("text", "textarea"):
            role = _role(tag, label, words)
        out.append(Control(tag, tag.get("name") or "", kind, role, tag.has_attr("required"), label))
    if any(c.kind == "textarea" for c in out):
        for c in out:
            if c.role == "message" and c.kind == "text":
                c.role = None  # the question goes into the text area when the form has one
    if not any(c.role == "message" for c in out):
        for c in out:
            if c.kind == "textarea" and c.role is None:
                c.role = "message"  # a lone unlabelled text area is where the question goes
                break
    return out


def _role(tag: Tag, label: str, words: dict[str, tuple[str, ...]]) -> str | None:
    kind = (tag.get("type") or "").lower()
    if kind in ("email", "tel"):
        return {"email": "email", "tel": "phone"}[kind]
    machine = " ".join(tag.get(a) or "" for a in ("name", "id", "autocomplete"))
    for text in (label, machine):
        roles = roles_in(text, words)
        if roles:
            return roles[0]
    return None


def signature(ctrls: list[Control]) -> tuple[str, ...]:
    """The fields a person fills: the same signature in an answer means the form was shown again."""
    return tuple(sorted(c.name for c in ctrls if c.kind in ("text", "textarea", "select", "checkbox", "radio")))


def _has_words(text: str, words: tuple[str, ...]) -> bool:
    text = norm(text)
    return any(w in text for w in words)


def score(form: Tag, ctrls: list[Control]) -> float | None:
    """How much this looks like the feedback form; None: it is not one (search, login, newsletter, callback)."""
    roles = {c.role for c in ctrls if c.role}
    kinds = {(c.tag.get("type") or "").lower() for c in ctrls}
    if "password" in kinds or "search" in kinds or form.get("role") == "search":
        return None
    about = " ".join([form.get_text(" "), " ".join(form.get("class") or []), form.get("id") or "",
                      form.get("action") or "", form.get("name") or ""])
    if "message" not in roles:
        # a form without the question is acceptable only as the first step of a longer one (name and e-mail)
        if not ({"name", "email"} <= roles) or _has_words(about, NEWSLETTER_WORDS + CALLBACK_WORDS):
            return None
    return 3 * ("message" in roles) + 2 * bool(roles & {"email", "phone"}) + ("name" in roles) + 0.5 * (
        "subject" in roles)


def _summary(form: Tag) -> dict:
    names = [t.get("name") for t in form.find_all(["input", "textarea", "select"]) if t.get("name")]
    return {"action": form.get("action"), "id": form.get("id"), "fields": names[:12]}


def find_form(soup: BeautifulSoup, url: str, selector: str | None, words: dict[str, tuple[str, ...]], *,
              step: int = 1) -> tuple[Tag, str]:
    """The feedback form and how it was found; HandOverError when a person must do it."""
    form, how = None, ""
    if selector:
        form = _by_selector(soup, url, selector, required=step == 1)
        how = f"selector {selector}"
    if form is None:
        forms = soup.find_all("form")
        scored = [(s, f) for f in forms if (s := score(f, controls(f, soup, words))) is not None]
        if not scored:
            raise _no_form(soup, url, forms, step)
        best = max(scored, key=lambda sf: sf[0])  # max keeps the first of equals: the one higher on the page
        form, how = best[1], f"auto (score {best[0]:g} of {len(forms)} form(s))"
    _check_captcha(soup, form, url)
    _check_javascript(form, url)
    return form, how


def _by_selector(soup: BeautifulSoup, url: str, selector: str, required: bool) -> Tag | None:
    from soupsieve import SelectorSyntaxError

    try:
        el = soup.select_one(selector)
    except (SelectorSyntaxError, NotImplementedError) as exc:
        raise HandOverError(f"the form selector {selector!r} is not valid CSS ({exc}); fix forms.selector or the "
                            f"company's form_selector", code="no_form", evidence={"url": url}) from exc
    form = None
    if el is not None:
        form = el if el.name == "form" else (el.find_parent("form") or el.find("form"))
    if form is None and required:
        raise HandOverError(f"no form at {url} matches the selector {selector!r}", code="no_form",
                            evidence={"url": url, "selector": selector})
    return form  # after the first step the site's next form may not match: it is found by its fields


def _no_form(soup: BeautifulSoup, url: str, forms: list[Tag], step: int) -> HandOverError:
    after = f" after step {step - 1} was submitted (the question was not)" if step > 1 else ""
    evidence = {"url": url, "forms": [_summary(f) for f in forms[:5]], "step": step}
    loose = [t for t in soup.find_all(["textarea", "input"]) if t.find_parent("form") is None]
    widget = any("form" in (s.get("src") or "").lower() for s in soup.find_all("script"))
    if soup.select_one(SPA_ROOTS) or loose or widget:
        return HandOverError(f"the page {url} builds its form with JavaScript{after}; a person must send it",
                             code="javascript_form", evidence=evidence)
    return HandOverError(f"no feedback form found at {url}{after}", code="no_form", evidence=evidence)


def _check_captcha(soup: BeautifulSoup, form: Tag, url: str) -> None:
    # the form's own markup, and the page's scripts (an invisible reCAPTCHA v3 lives only in a script)
    scripts = " ".join((s.get("src") or "") + " " + (s.string or "") for s in soup.find_all("script"))
    haystack = (str(form) + " " + scripts).lower()
    for kind, marks in CAPTCHAS.items():
        hit = next((m for m in marks if m in haystack), None)
        if hit:
            raise HandOverError(f"a CAPTCHA ({kind}) guards the form at {url}; a person must send it",
                                code="captcha", evidence={"url": url, "captcha": kind, "marker": hit})
    for tag in form.find_all("input"):
        if "captcha" in " ".join([tag.get("name") or "", tag.get("id") or ""]).lower():
            raise HandOverError(f"a picture CAPTCHA guards the form at {url}; a person must send it",
                                code="captcha", evidence={"url": url, "captcha": "image", "marker": tag.get("name")})


def _check_javascript(form: Tag, url: str) -> None:
    onsubmit = (form.get("onsubmit") or "").replace(" ", "").lower()
    action = (form.get("action") or "").strip().lower()
    buttons = form.find_all(["input", "button"])
    submits = [t for t in buttons if _kind(t) in ("submit", "image")]
    scripted = [t for t in buttons if (t.get("type") or "").lower() == "button"]
    why = None
    if "returnfalse" in onsubmit or "preventdefault" in onsubmit:
        why = "its onsubmit handler stops the browser's submission"
    elif action.startswith("javascript:"):
        why = "its action is a script"
    elif scripted and not submits:
        why = "its buttons are scripted, none submits"
    if why:
        raise HandOverError(f"the form at {url} is sent by JavaScript ({why}); a person must send it",
                            code="javascript_form", evidence={"url": url, "reason": why, "form": _summary(form)})


def fill(ctrls: list[Control], values: dict[str, str | None], *, consent: bool) -> Filled:
    """The pairs a browser would submit with the persona's answers typed in."""
    out = Filled()
    submitter = False
    for c in ctrls:
        if not c.name and c.kind != "submit":
            continue
        if c.kind in ("text", "textarea"):
            value = values.get(c.role) if c.role else None
            if value:
                out.typed[c.name] = c.role
            else:
                value = c.tag.get_text() if c.kind == "textarea" else (c.tag.get("value") or "")
                if c.required and not value:
                    out.missing.append(c.name)
            out.pairs.append((c.name, value))
        elif c.kind == "hidden":
            out.pairs.append((c.name, c.tag.get("value") or ""))  # CSRF tokens, step tokens, form ids
        elif c.kind in ("checkbox", "radio"):
            _choose(c, ctrls, out, consent)
        elif c.kind == "select":
            chosen = _selected(c.tag)
            if c.required and not any(chosen):  # "Выберите тему": a person must choose
                out.missing.append(c.name)
            out.pairs.extend((c.name, v) for v in chosen)
        elif c.kind == "other" and c.tag.name == "input" and c.required and not c.tag.get("value"):
            out.missing.append(c.name)  # a required date, number or address we have no answer for
        elif c.kind == "submit" and not submitter:
            submitter = True  # the button a person clicks is submitted too; servers check it (Bitrix does)
            if c.name:
                out.pairs.append((c.name, c.tag.get("value") or c.tag.get_text(" ").strip()))
    return out


def _choose(c: Control, ctrls: list[Control], out: Filled, consent: bool) -> None:
    value = c.tag.get("value") or "on"
    if c.tag.has_attr("checked"):
        out.pairs.append((c.name, value))
    elif c.kind == "checkbox" and consent and not _has_words(c.label, NEWSLETTER_WORDS) and (
            c.required or _has_words(c.label + " " + c.name, CONSENT_WORDS)):
        out.pairs.append((c.name, value))
        out.ticked.append(c.name)
    elif c.required and not any(o.name == c.name and o.tag.has_attr("checked") for o in ctrls):
        if c.name not in out.missing:
            out.missing.append(c.name)


def _selected(select: Tag) -> list[str]:
    options = [o for o in select.find_all("option") if not o.has_attr("disabled")]
    chosen = [o for o in options if o.has_attr("selected")] or options[:1]
    if not select.has_attr("multiple"):
        chosen = chosen[:1]
    return [o.get("value") if o.get("value") is not None else o.get_text(" ").strip() for o in chosen]


def target(form: Tag, soup: BeautifulSoup, page_url: str, page_charset: str | None) -> Target:
    base = soup.find("base", href=True)
    base_url = urljoin(page_url, base["href"]) if base else page_url
    action = (form.get("action") or "").strip()
    charset = ((form.get("accept-charset") or "").split() or [page_charset or "utf-8"])[0].lower()
    return Target(method=(form.get("method") or "get").strip().lower(),
                  url=urljoin(base_url, action) if action else page_url,
                  multipart=(form.get("enctype") or "").lower() == "multipart/form-data",
                  charset="utf-8" if charset in ("ascii", "us-ascii") else charset)


def error_texts(soup: BeautifulSoup) -> list[str]:
    """What a page says is wrong: the texts of elements marked as errors (by class, id or role)."""
    out: list[str] = []
    for el in soup.find_all(True):
        marks = " ".join([" ".join(el.get("class") or []), el.get("id") or "", el.get("role") or ""])
        if el.name in ("html", "body", "form") or not ERROR_MARKS.search(marks):
            continue
        text = " ".join(el.get_text(" ").split())
        if text and not any(text in seen for seen in out):
            out.append(text[:200])
    return out
