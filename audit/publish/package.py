"""`audit publish STUDY DIR`: a replication package a researcher can deposit beside a paper.

Into a new or empty directory: the tidy tables and their codebook (audit.export.tables), the HTML report
(audit.report.htmlpage) and the report's JSON, the method text, the figures when this version can draw them, and
a README.md saying what each file is, how to cite the package and every file's SHA-256 (also as SHA256SUMS, for
`sha256sum -c`). With a key (`--pseudonymise`), companies and personas get stable pseudonyms, contact columns are
dropped and free text loses contacts and people's names (audit.publish.redact); a last check reads every file
written for the study's names, ids and contacts, and a package that still holds one is removed, not left behind.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from audit.errors import AuditError
from audit.people.agreement import overall
from audit.publish.readme import readme
from audit.report.build import Report, build
from audit.report.figures import Options
from audit.store.database import Store
from audit.study.model import Study

_ROWS = {"probes": "one row per probe", "replies": "one row per collected message", "scores": "one row per score given",
         "companies": "one row per company"}


@dataclass
class Package:
    """What `publish` wrote: the directory, each file (relative path) with what it is, and their SHA-256."""

    directory: Path
    title: str = ""  # the study's title as the report shows it (cleaned of names when pseudonymised)
    files: dict[str, str] = field(default_factory=dict)  # path -> what it is
    sha256: dict[str, str] = field(default_factory=dict)
    pseudonymised: bool = False
    left_out: list[str] = field(default_factory=list)  # what a package of this version does not hold, and why


def publish(store: Store, study: Study, directory: str | Path, *, now: datetime, key: bytes | None = None,
            options: Options | None = None) -> Package:
    """Write the study's replication package into `directory` (new or empty); `key`: pseudonymise with it."""
    directory = _empty_directory(Path(directory))
    package = Package(directory, pseudonymised=key is not None)
    try:
        _write(store, study, package, now, key, options or Options())
    except BaseException:
        _remove_contents(directory)  # half a package, or one that failed its check, is never left to be shared
        raise
    return package


def _write(store: Store, study: Study, package: Package, now: datetime, key: bytes | None, options: Options) -> None:
    from audit.export.tables import write_tables
    from audit.report.htmlpage import write_html
    from audit.report.render import write_json

    directory, identities, redaction = package.directory, None, None
    if key is not None:
        from audit.publish.pseudonyms import Pseudonyms
        from audit.publish.redact import Identities, TableRedaction

        identities = Identities(store, study, Pseudonyms(key))
        redaction = TableRedaction(identities)
    counts = write_tables(store, study, directory / "tables", now=now, redact=redaction)
    for table, n in counts.items():
        rows = _ROWS.get(table, f"the {table} table")
        package.files[f"tables/{table}.csv"] = f"{rows} ({n} rows; the tables join by their ids: see the codebook)"
    package.files["tables/codebook.csv"] = "every column of the tables: name, type, unit, meaning, allowed values"
    package.files["tables/codebook.md"] = "the same codebook, to read"
    # the people's agreement, as `audit report` gives it: the method says who scored and how well they agreed
    report = build(store, study, now, options, agreement=overall(store, study.id, options.resamples, options.seed))
    if identities is not None:
        from audit.publish.redact import pseudonymise_report

        report = pseudonymise_report(report, identities)
    package.title = report.study.title
    (directory / "report").mkdir()
    write_html(report, directory / "report" / "report.html")
    package.files["report/report.html"] = "the report: one self-contained HTML file (no network request)"
    with (directory / "report" / "report.json").open("w", encoding="utf-8") as fh:
        write_json(report, fh)
    package.files["report/report.json"] = "every figure of the report, machine-readable (as audit report --format json)"
    (directory / "method.md").write_text(method_text(report), encoding="utf-8")
    package.files["method.md"] = "the method: how the study was run and how the report's figures are computed"
    package.files.update(_figures(report, directory, package))
    if identities is not None:
        from audit.publish.redact import leaks

        found = leaks(directory, identities)
        if found:
            raise AuditError("the pseudonymised package still holds the study's identities, so it was removed: "
                             + "; ".join(found),
                             hint="a bug: please report it with these lines (they name files, not the values)")
    _seal(study, package, now)


def method_text(report: Report) -> str:
    """The method section as Markdown: the prose the report writes (audit.report.method, the words the HTML and
    Markdown reports show, reproducibility stamp included), then its settings as they are stored (Report.method)."""
    lines = [f"# Method: {report.study.title}", "", *(f"{p}\n" for p in report.method_text), "## Settings", ""]
    for key, value in report.method.items():
        lines.append(f"- **{key.replace('_', ' ')}**: {_plain(value)}")
    return "\n".join(lines) + "\n"


def _plain(value) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value)
    return "–" if value is None else str(value)


def _figures(report: Report, directory: Path, package: Package) -> dict[str, str]:
    """The figures for print (audit.report.charts, as `audit report --figures`), as SVG: text stays text, so the
    leak check reads every label; a chart that cannot be drawn (no answer yet, one wave) is named with why."""
    from audit.report.charts import write_charts

    files = {}
    for chart, path in write_charts(report, directory / "figures", "svg"):
        if path is None:
            package.left_out.append(f"figure `{chart.name}`: not drawn: {chart.why_not}")
        else:
            files[f"figures/{path.name}"] = f"figure: {chart.title} (its caption and n in figures/captions.md)"
    files["figures/captions.md"] = "every figure's caption with its n, and the figures not drawn with why"
    return files


def _seal(study: Study, package: Package, now: datetime) -> None:
    """README.md with every file's SHA-256, and SHA256SUMS over every file, the README included."""
    directory = package.directory
    package.sha256 = {name: _sha256(directory / name) for name in sorted(package.files)}
    (directory / "README.md").write_text(readme(study, package, now), encoding="utf-8")
    package.files["README.md"] = "this file"
    package.sha256["README.md"] = _sha256(directory / "README.md")
    (directory / "SHA256SUMS").write_text("".join(f"{digest}  {name}\n" for name, digest in
                                                  sorted(package.sha256.items())), encoding="utf-8")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _empty_directory(path: Path) -> Path:
    """The package's directory: a new one (created), or an existing empty one; never a symbolic link (the files
    would land wherever it points) and never a directory that holds anything (a package is exactly its files)."""
    if path.is_symlink():
        raise AuditError(f"{path}: is a symbolic link", hint="give the path of a new or empty directory itself")
    if path.exists() and not path.is_dir():
        raise AuditError(f"{path}: is a file, not a directory", hint="give a new or empty directory for the package")
    if path.is_dir() and any(path.iterdir()):
        raise AuditError(f"{path}: the directory is not empty",
                         hint="give a new or empty directory: a package holds its own files only, each in its "
                              "checksums (move the old package away, or choose another name)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AuditError(f"{path}: cannot create the directory: {exc.strerror or exc}",
                         hint="give a directory you can write to") from None
    return path


def _remove_contents(directory: Path) -> None:
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
