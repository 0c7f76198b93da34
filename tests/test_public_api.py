"""The library's public API (audit.__all__): every name importable, documented in its docstring and in the README,
usable from a notebook as the package docstring shows; and `import audit` stays light (cron calls `audit` often)."""

from __future__ import annotations

import asyncio
import inspect
import re
import subprocess
import sys

import audit
from tests.helpers.studies import LATE, ROOT, write_study


def test_every_public_name_is_importable_and_has_a_docstring():
    assert audit.__all__[0] == "__version__" and len(set(audit.__all__)) == len(audit.__all__)
    for name in audit.__all__[1:]:
        obj = getattr(audit, name)
        assert inspect.getdoc(obj), f"audit.{name} has no docstring"


def test_the_readme_lists_every_public_name():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The library"):]
    section = section[:section.index("\n## ", 3)]
    listed = {name for name in audit.__all__[1:] if re.search(rf"`audit\.{name}\b", section)}
    assert listed == set(audit.__all__[1:])


def test_an_unknown_name_is_an_attribute_error():
    try:
        audit.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("audit.no_such_thing resolved")


def test_importing_the_package_loads_nothing_heavy():
    code = ("import sys, audit\nheavy = ('sqlalchemy', 'numpy', 'telethon', 'vk_api', 'httpx', 'pydantic', 'rich')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == "[]"


def test_a_study_planned_run_watched_reported_and_exported_from_python(tmp_path, smtp, monkeypatch):
    """The package docstring's walk-through, against the tests' SMTP peer: nothing but the public names."""
    import io

    from audit.clock import FixedClock

    study = audit.load_study(write_study(tmp_path, smtp_port=smtp.port, imap_port=1))
    store, clock = audit.Store(str(tmp_path / "a.db")), FixedClock(LATE)
    secrets = audit.Secrets.for_study(study.source)
    planned = {w.name: audit.plan_wave(study, w, set(audit.channel_names()))
               for w in audit.wave_instances(study, clock.now())}
    assert [len(p) for p in planned.values()] == [4]
    channels = audit.make_channels(study, secrets=secrets, clock=clock)
    result = asyncio.run(audit.Runner(study, store, clock, secrets, channels).run_once())
    assert len(result.sent) == len(smtp.messages) == 3, (result.failed, result.retry)  # Samara is closed at LATE
    rows, unmatched = audit.status(store, study.id)
    assert [(r.channel, r.sent, r.waiting) for r in rows] == [("email", 3, 1)] and unmatched == 0
    report = audit.build_report(store, study, clock.now(), audit.ReportOptions(resamples=100))
    assert isinstance(report, audit.Report) and report.as_json()["breakdowns"]
    out = io.StringIO()
    assert audit.export_csv(store, study, out, now=clock.now()) == 4
    assert audit.write_tables(store, study, tmp_path / "tables", now=clock.now())["probes"] == 4
