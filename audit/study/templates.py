"""Subject and body templates: Jinja2, sandboxed, every variable must exist (checked at validate time)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

_SAMPLE = {
    "persona": {"id": "p", "name": "Анатолий", "address": "a@example.org"},
    "company": {"id": "c", "name": "Shop", "segment": "shops", "attrs": {}, "domain": "example.com"},
    "wave": "w1",
}


@lru_cache(maxsize=1)
def _env() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)


@lru_cache(maxsize=512)
def _compiled(text: str):
    return _env().from_string(text)


def render(text: str, variables: dict[str, Any]) -> str:
    return _compiled(text).render(**variables)


def variables(persona: Any, company: Any, wave: str) -> dict[str, Any]:
    """What a script's templates may use (see _SAMPLE), for one persona writing to one company in one wave."""
    return {
        "persona": {"id": persona.id, "name": persona.name, "address": persona.email.address if persona.email else ""},
        "company": {"id": company.id, "name": company.name, "segment": company.segment, "attrs": dict(company.attrs),
                    "domain": company.mail_domain or ""},
        "wave": wave,
    }


def check_template(text: str) -> str | None:
    """None when the template renders with a sample persona and company, else a plain message."""
    try:
        render(text, _SAMPLE)
    except TemplateError as exc:
        return (f"template error: {exc}; templates may use persona.name, persona.address, company.name, "
                f"company.id, company.segment, company.attrs.<column>, wave")
    return None
