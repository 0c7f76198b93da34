"""Reading a study file into a `Study` (`load_study`), turning every problem into a located, plain-words `Problem`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from audit.errors import InputError, Problem, StudyError
from audit.inputs import read_text
from audit.study.companies import RowAt, read_companies
from audit.study.model import Study
from audit.study.templates import check_scripts
from audit.study.yaml_positions import Pos, load_yaml, locate, yaml_error_position
from probes import channel_names

# Keys that would hold a secret if written inline. The study names secrets; it never holds them.
SECRET_KEYS = {"password", "pass", "passwd", "secret", "token", "access_token", "api_key", "apikey", "api_hash"}


class _Positions:
    """Positions of values in the study YAML and, for companies read from a file, in that file."""

    def __init__(self, study_file: str, yaml_pos: dict[tuple, Pos]):
        self.study_file = study_file
        self.yaml_pos = yaml_pos
        self.rows: list[RowAt] = []  # companies read from a CSV or a workbook: where each came from

    def find(self, path: tuple) -> tuple[str, int | None, int | None]:
        """The file, line and column of the value at `path` in the study YAML."""
        return locate(self.yaml_pos, path, self.study_file)

    def problem(self, path: tuple, message: str, field: str | None = None) -> Problem:
        """A problem with the value at `path`, located in the YAML or in the companies file (row and column)."""
        field = _field(path) if field is None else field
        if len(path) >= 2 and path[0] == "companies" and isinstance(path[1], int) and path[1] < len(self.rows):
            at = self.rows[path[1]]
            column = at.columns.get(path[-1]) if len(path) > 2 and isinstance(path[-1], str) else None
            return Problem(at.file, at.line, column, field, message, at.sheet)
        return Problem(*self.find(path), field, message)


def _field(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_study(path: str | Path) -> Study:
    """The study file at `path`, validated; `StudyError` lists every problem found, each with file, line, column
    and field."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise StudyError([Problem(name, None, None, "", "file not found: check the path")])
    try:
        text = read_text(path, "study file")
    except InputError as exc:
        raise StudyError([Problem(name, exc.line, exc.column, "", f"{exc.reason}: {exc.hint}" if exc.hint
                                  else exc.reason)]) from None
    try:
        data, pos = load_yaml(text, name)
    except yaml.YAMLError as exc:
        file, line, col = yaml_error_position(exc, name)
        problem = getattr(exc, "problem", None) or str(exc)
        raise StudyError([Problem(file, line, col, "", f"not valid YAML: {problem}")]) from None
    if not isinstance(data, dict):
        raise StudyError([Problem(name, 1, 1, "", "a study file is a mapping with id, title, waves, ...")])

    positions = _Positions(name, pos)
    problems: list[Problem] = []
    _inline_secrets(data, (), positions, problems)
    files = [path]
    attributes = None
    if isinstance(data.get("companies"), str | dict):
        data["companies"], attributes, companies_file = _companies_file(data["companies"], path.parent, positions,
                                                                        problems)
        files += [companies_file] if companies_file else []
    reported = {p.field for p in problems}
    if data.get("companies") == [] and problems:
        reported.add("companies")  # the file's own problems say why no company was read
    try:
        study = Study.model_validate(data)
    except ValidationError as exc:
        problems.extend(p for p in _from_pydantic(exc, positions) if p.field not in reported)
        raise StudyError(problems) from None
    if attributes is None:  # companies written in the study: their attributes are the ones they have
        attributes = list(dict.fromkeys(k for c in study.companies for k in c.attrs))
    problems.extend(_cross_checks(study, positions))
    problems.extend(positions.problem(f.path, f.message, f.field) for f in check_scripts(study, attributes))
    if problems:
        raise StudyError(problems)
    study._source = path
    study._files = files
    return study


def _inline_secrets(node: Any, path: tuple, positions: _Positions, out: list[Problem]) -> None:
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if isinstance(key, str) and key.lower() in SECRET_KEYS and value not in (None, ""):
                out.append(positions.problem(path + (key,), f"a secret is written inline; remove it and write "
                                             f"{key}_env: SOME_NAME, then set SOME_NAME in the environment or in a "
                                             f".env file"))
                node.pop(key)  # so pydantic does not report it a second time as an unknown field
            else:
                _inline_secrets(value, path + (key,), positions, out)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _inline_secrets(item, path + (i,), positions, out)


def _companies_file(source: str | dict, folder: Path, positions: _Positions,
                    out: list[Problem]) -> tuple[list[dict], list[str], Path | None]:
    """`companies: file.csv`, `companies: book.xlsx` or `companies: {file: book.xlsx, sheet: Name}`: the rows, as the
    model takes them, the file's attribute columns (what templates may use as company.attrs.<column>), the file."""
    sheet = None
    if isinstance(source, dict):
        for key in source.keys() - {"file", "sheet"}:
            out.append(positions.problem(("companies", key), f"unknown field {key!r}: a companies file is given "
                                                             f"as file: and, for a workbook, sheet:"))
        sheet = None if source.get("sheet") is None else str(source["sheet"])  # a sheet named 2026 is still text
        if not isinstance(source.get("file"), str):
            out.append(positions.problem(("companies",), "companies: {file: ...} needs file: the path of a CSV or "
                                                         ".xlsx file, relative to the study file", "companies"))
            return [], [], None
        source = source["file"]
    table = read_companies(folder / source, sheet, positions.find(("companies",)))
    positions.rows = table.at
    out.extend(table.problems)
    return table.rows, table.attributes, folder / source


def _from_pydantic(exc: ValidationError, positions: _Positions) -> list[Problem]:
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        # pydantic adds the name of a union member or validator step to loc; keep the data path only
        loc = tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
        out.append(positions.problem(loc, _plain(err, loc)))
    return out


def _plain(err: dict, loc: tuple) -> str:
    kind, msg = err["type"], err["msg"]
    last = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        parent = loc[-2] if len(loc) > 1 else ""
        if parent in ("contacts",) or (len(loc) >= 2 and loc[0] == "personas" and len(loc) == 3):
            return f"unknown channel {last!r}: known channels are {', '.join(channel_names())}"
        return f"unknown field {last!r}: check its spelling (audit schema lists every field)"
    if kind == "missing":
        return f"required field {last!r} is missing"
    if kind == "literal_error" and "channels" in loc:
        return f"unknown channel {err.get('input')!r}: known channels are {', '.join(channel_names())}"
    if kind == "literal_error" and isinstance(last, int | str):
        return f"{msg.replace('Input should be', 'must be')}, not {err.get('input')!r}"
    return msg.removeprefix("Value error, ")


def _cross_checks(study: Study, positions: _Positions) -> list[Problem]:
    out: list[Problem] = []

    def add(path: tuple, message: str) -> None:
        out.append(positions.problem(path, message))

    seen: dict[str, int] = {}
    for i, c in enumerate(study.companies):
        if c.id in seen:
            add(("companies", i, "id"), f"duplicate company id {c.id!r} (first used by companies[{seen[c.id]}])")
        seen.setdefault(c.id, i)
    for kind, items in (("persona", study.personas), ("wave", study.waves)):
        names: set[str] = set()
        for i, item in enumerate(items):
            key = getattr(item, "id", None) or item.name
            if key in names:
                add((f"{kind}s", i), f"duplicate {kind} {key!r}")
            names.add(key)
    uses_forms = any("form" in s.channels for s in study.scripts)
    for i, p in enumerate(study.personas):
        if uses_forms and p.form is not None and p.email is None:
            add(("personas", i, "form"), f"persona {p.id} would type an address into forms, but answers come by "
                                         f"e-mail and it has no e-mail account to read them: add email: with "
                                         f"address, smtp and imap (the address typed is plus-addressed from it)")
    persona_ids = {p.id for p in study.personas}
    for i, w in enumerate(study.waves):
        if w.persona and w.persona not in persona_ids:
            add(("waves", i, "persona"), f"unknown persona {w.persona!r}: known are {', '.join(sorted(persona_ids))}")
    segments = {c.segment for c in study.companies}
    for i, s in enumerate(study.scripts):
        if s.segment != "*" and s.segment not in segments:
            known = ", ".join(sorted(segments))
            add(("scripts", i, "segment"), f"no company has segment {s.segment!r} (segments: {known})")
        if "email" in s.channels and not s.subject:
            add(("scripts", i), "an e-mail script needs a subject")
    for i, c in enumerate(study.companies):
        for ch in c.contacts.channels():
            if study.script_for(c.segment, ch) is None:
                continue
            if not any(p.has_account(ch) for p in study.personas):
                add(("companies", i, "contacts", ch), f"no persona has a {ch} account to write to this contact")
    out.extend(_unprobed(study, positions))
    if study.blocklist:
        listed = Path(positions.study_file).parent / Path(study.blocklist).expanduser()
        if not listed.is_file():
            what = "is a folder, not a file" if listed.is_dir() else f"{listed} does not exist"
            add(("blocklist",), f"the blocklist {what}: fix the path (it is relative to the study file), or create "
                                f"the file (an empty one will do; audit block adds entries)")
    return out


def _unprobed(study: Study, positions: _Positions) -> list[Problem]:
    """Every company must get a probe, or be listed under exclude: with the reason: a typo in a segment, or
    contacts only on channels no script uses, would otherwise drop a company from every plan and report."""
    out: list[Problem] = []
    ids = {c.id for c in study.companies}
    for cid, reason in study.exclude.items():
        if cid not in ids:
            out.append(positions.problem(("exclude", cid), f"no company has id {cid!r}: check the id"))
        elif not reason.strip():
            out.append(positions.problem(("exclude", cid), "give the reason the company is left out"))
    for i, c in enumerate(study.companies):
        if c.id in study.exclude:
            continue
        asked = study.scripted_channels(c.segment)
        if not asked:
            why = study.why_no_script(c.segment)
        elif not any(getattr(c.contacts, ch) for ch in asked):
            have = ", ".join(c.contacts.channels()) or "none"
            why = (f"it has no contact on the channels its segment's scripts use ({', '.join(asked)}; its "
                   f"contacts: {have})")
        else:
            continue
        out.append(positions.problem(("companies", i, "segment"), f"company {c.id} would get no probe: {why}; fix "
                                     f"it, or list it under exclude: {{{c.id}: <reason>}} to leave it out on purpose",
                                     f"companies[{i}]"))
    return out
