"""audit: mystery-shopper audits of customer support.

The `audit` command (audit.cli) is a thin layer over this library: everything it does can be done from Python,
with the names below (`__all__`), for instance in a notebook:

    import audit

    study = audit.load_study("studies/example.yaml")          # StudyError lists every problem, located
    store = audit.open_study_store(study)                     # the study's database (or audit.Store(path or URL))
    clock, secrets = audit.default_clock(), audit.Secrets.for_study(study.source)
    for wave in audit.wave_instances(study, clock.now()):     # the plan: each probe's send time
        print(wave.name, len(audit.plan_wave(study, wave, set(audit.channel_names()))))
    runner = audit.Runner(study, store, clock, secrets, audit.make_channels(study, secrets=secrets, clock=clock))
    result = await runner.run_once()                          # send what is due (as `audit run`)
    await audit.watch_study(study, store, clock, secrets, once=True)            # collect answers (`audit watch`)
    report = audit.build_report(store, study, clock.now(), audit.ReportOptions())  # `audit report`
    report.as_json()
    charts = audit.report_charts(report)        # name -> Chart: its matplotlib Figure (or why_not), title, caption

The names are loaded on first use, so `import audit` (and `audit --help`) stays fast. The layers behind them are
described in docs/architecture.md; the method they implement in docs/method.md.
"""

from __future__ import annotations

from importlib import import_module

# nothing else is imported here: a Ctrl-C while `audit` starts lands in its own code (audit.cli.__main__, which
# ends it with exit 130), not in a standard module's import with a traceback

__version__ = "0.1.0"

# name -> (module, attribute): the public API, one line each (README "The library" lists the same names)
_API = {
    "load_study": ("audit.study.load", "load_study"),
    "Study": ("audit.study.model", "Study"),
    "Store": ("audit.store.database", "Store"),
    "open_study_store": ("audit.store.database", "open_study_store"),
    "Clock": ("audit.clock", "Clock"),
    "default_clock": ("audit.clock", "default_clock"),
    "Secrets": ("audit.credentials", "Secrets"),
    "channel_names": ("probes", "channel_names"),
    "wave_instances": ("audit.schedule.plan", "wave_instances"),
    "plan_wave": ("audit.schedule.plan", "plan_wave"),
    "make_channels": ("probes", "make_channels"),
    "Runner": ("audit.collect.run", "Runner"),
    "watch_study": ("audit.collect.watch", "watch_study"),
    "status": ("audit.report.status", "status"),
    "build_report": ("audit.report.build", "build"),
    "ReportOptions": ("audit.report.figures", "Options"),
    "Report": ("audit.report.build", "Report"),
    "report_charts": ("audit.report.charts", "charts"),
    "export_csv": ("audit.export.results_csv", "export_csv"),
    "write_tables": ("audit.export.tables", "write_tables"),
    "AuditError": ("audit.errors", "AuditError"),
    "StudyError": ("audit.errors", "StudyError"),
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> object:
    try:
        module, attribute = _API[name]
    except KeyError:
        raise AttributeError(f"module 'audit' has no attribute {name!r}") from None
    value = getattr(import_module(module), attribute)
    globals()[name] = value  # loaded once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
