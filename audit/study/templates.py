"""Subject and body templates: Jinja2, sandboxed, every variable must exist.

What a probe's text is rendered with is made in one place, `variables`, for sending and for checking alike.
When the study is read, `check_scripts` renders each script's templates for every company the script will be sent
to, so a template that fails for one company (an empty cell its attribute needs) fails validation, not the run.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from audit.study.model import Company, Persona, Script, Study

LISTED = 10  # companies a failing template is reported for one by one; the rest are counted in one problem


@lru_cache(maxsize=1)
def _env() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)


@lru_cache(maxsize=512)
def _compiled(text: str):
    return _env().from_string(text)


def render(text: str, variables: dict[str, Any]) -> str:
    return _compiled(text).render(**variables)


def variables(persona: Persona, company: Company, wave: str) -> dict[str, Any]:
    """What a subject or body may use: persona.*, company.* (its attributes as company.attrs.<column>) and wave."""
    email = getattr(persona, "email", None)
    return {
        "persona": {"id": persona.id, "name": persona.name, "address": email.address if email else ""},
        "company": {"id": company.id, "name": company.name, "segment": company.segment,
                    "attrs": dict(company.attrs), "domain": company.mail_domain or ""},
        "wave": wave,
    }


@dataclass(frozen=True)
class TemplateProblem:
    path: tuple  # where it is: the script's field, or the company (its attribute's cell when one is empty)
    field: str  # the script's field, e.g. scripts[0].body
    message: str


def check_scripts(study: Study, attributes: list[str]) -> list[TemplateProblem]:
    """Every script's subject and body rendered for each company it applies to (by segment and by the channels it
    has a contact on; not one the study excludes). `attributes`: the columns companies may have (a CSV's header),
    for naming the ones that exist. Rendered once per distinct value of what the template reads, so thousands of
    companies stay fast."""
    out: list[TemplateProblem] = []
    for i, script in enumerate(study.scripts):
        companies = [(k, c) for k, c in enumerate(study.companies) if c.id not in study.exclude
                     and any(study.script_for(c.segment, ch) is script for ch in c.contacts.channels())]
        for name in ("subject", "body"):
            text = getattr(script, name)
            if text is not None:
                out.extend(_check(study, script, text, ("scripts", i, name), companies, attributes))
    return out


def _check(study: Study, script: Script, text: str, where: tuple, companies: list[tuple[int, Company]],
           attributes: list[str]) -> list[TemplateProblem]:
    field = f"scripts[{where[1]}].{where[2]}"
    try:
        paths = _paths(text)
    except TemplateSyntaxError as exc:
        return [TemplateProblem(where, field, f"template error: {exc}; {_usable()}")]
    used = list(dict.fromkeys(p[2][1] for p in paths if _is_attribute(p)))
    unknown = [a for a in used if a not in attributes]
    if unknown:
        return [TemplateProblem(where, field, _unknown_message(a, attributes)) for a in unknown]
    personas = [p for p in study.personas if any(p.has_account(ch) for ch in script.channels)] or study.personas
    wave = study.waves[0].name
    if not companies:  # sent to none (its segment has no company): still, a typo is a typo
        sample = Company(id="c", name="Shop", segment=script.segment, attrs={a: "x" for a in attributes})
        companies = [(-1, sample)]
    failed: list[tuple[int, Company, str]] = []
    results: dict[tuple, str | None] = {}
    for k, company in companies:
        values = variables(personas[0], company, wave)
        key = tuple(_frozen(_reached(values, p)) for p in paths)
        if key not in results:
            results[key] = _try(text, values)
        if results[key] is not None:
            failed.append((k, company, results[key]))
    if not failed:  # what persona.* gives differs by persona: each must do too
        first = companies[0][1]
        failed = [(-1, first, f"with persona {p.id}: {error}") for p in personas[1:]
                  for error in [_try(text, variables(p, first, wave))] if error][:1]
    return _reported(where, field, failed, len(companies), used)


def _reported(where: tuple, field: str, failed: list[tuple[int, Company, str]], checked: int,
              used: list[str]) -> list[TemplateProblem]:
    """The failures as problems: once, at the script, when the template fails alike for every company and no empty
    cell explains it (a typo); else company by company, the first LISTED of them and the rest counted."""
    explained = any(_empty_cell(company, error, used) for _, company, error in failed)
    if failed and (failed[0][0] < 0 or (len(failed) == checked and len({e for *_, e in failed}) == 1
                                        and not explained)):
        return [TemplateProblem(where, field, f"template error: {failed[0][2]}; {_usable()}")]
    out = [_company_problem(k, company, field, error, used) for k, company, error in failed[:LISTED]]
    if len(failed) > LISTED:
        more = [company.id for _, company, _ in failed[LISTED:]]
        shown = ", ".join(more[:5]) + (", ..." if len(more) > 5 else "")
        out.append(TemplateProblem(where, field, f"and {len(more)} more companies this template fails for "
                                                 f"({shown}): the first {LISTED} are listed with the reason"))
    return out


def _empty_cell(company: Company, error: str, used: list[str]) -> str | None:
    """The attribute whose empty cell made the template fail for this company, if that is why."""
    named = [a for a in used if not company.attrs.get(a) and f"'{a}'" in error]  # Jinja names what is undefined
    return named[0] if named else None


def _company_problem(k: int, company: Company, field: str, error: str, used: list[str]) -> TemplateProblem:
    a = _empty_cell(company, error, used)
    if a is not None:
        return TemplateProblem(("companies", k, "attrs", a), field,
                               f"company {company.id}: its {a!r} cell is empty, and {field} uses "
                               f"{_spelled(a)}: fill the cell, or give the template a default: "
                               f"{{{{ {_spelled(a)} | default('...') }}}}")
    return TemplateProblem(("companies", k), field, f"company {company.id}: {field} fails for it: {error}")


def _unknown_message(name: str, attributes: list[str]) -> str:
    columns = ", ".join(attributes) if attributes else "none (every column is a field or a channel)"
    close = difflib.get_close_matches(name, attributes, n=1)
    guess = f"did you mean {close[0]!r}? " if close else ""
    return (f"the template uses {_spelled(name)}, but no company has an attribute {name!r}; {guess}"
            f"the attribute columns are: {columns}")


def _spelled(column: str) -> str:
    return f"company.attrs.{column}" if column.isidentifier() else f"company.attrs[{column!r}]"


def _usable() -> str:
    """The variables a template may use, read off what it is rendered with."""
    sample = variables(Persona(id="p", name="P"), Company(id="c", name="C", segment="s"), "w")
    names = [f"{k}.{sub}" if sub != "attrs" else f"{k}.attrs.<column>"
             for k, v in sample.items() if isinstance(v, dict) for sub in v]
    return f"templates may use {', '.join(names + [k for k, v in sample.items() if not isinstance(v, dict)])}"


def _try(text: str, values: dict[str, Any]) -> str | None:
    try:
        render(text, values)
    except Exception as exc:  # any failure here (a division by zero too) would otherwise stop a run mid-send
        return str(exc) or type(exc).__name__
    return None


# A path is the chain of constant lookups from a variable: company.attrs["x"] is
# (("name", "company"), ("attr", "attrs"), ("item", "x")). What a template renders depends on the values at the
# longest such chains it reads, and on nothing else of the variables.
Path = tuple[tuple[str, Any], ...]


def _paths(text: str) -> list[Path]:
    tree = _env().parse(text)
    inner: set[int] = set()
    chains: list[tuple[nodes.Node, Path]] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Name)):
        chain = _chain(node)
        if chain is not None:
            chains.append((node, chain))
            if isinstance(node, nodes.Getattr | nodes.Getitem):
                inner.add(id(node.node))
    return list(dict.fromkeys(chain for node, chain in chains if id(node) not in inner))


def _chain(node: nodes.Node) -> Path | None:
    if isinstance(node, nodes.Name):
        return (("name", node.name),) if node.ctx == "load" else None
    if isinstance(node, nodes.Getattr):
        head = _chain(node.node)
        return head + (("attr", node.attr),) if head else None
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        head = _chain(node.node)
        return head + (("item", node.arg.value),) if head else None
    return None


def _is_attribute(path: Path) -> bool:
    """company.attrs.<column> or company.attrs["<column>"] (not a dict method such as company.attrs.items)."""
    return (len(path) > 2 and path[0] == ("name", "company") and path[1] == ("attr", "attrs")
            and isinstance(path[2][1], str) and not (path[2][0] == "attr" and hasattr(dict, path[2][1])))


def _reached(values: dict[str, Any], path: Path) -> tuple[int, Any]:
    """How far along `path` the variables go, and the value there: Jinja's lookup, where .name on a dict is its
    method when it has one, and a key otherwise."""
    value: Any = values
    for depth, (kind, key) in enumerate(path):
        method = depth > 0 and isinstance(key, str) and hasattr(dict, key)
        if not isinstance(value, dict) or (kind == "attr" and method):
            return depth, value  # a str's or a dict's method: what it gives depends on all of the value
        if key not in value:
            # x["items"] falls back to the method as x.items does; anything else is undefined, alike for every
            # company it is undefined for (a name the template sets itself too)
            return depth, value if method else None
        value = value[key]
    return len(path), value


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value
