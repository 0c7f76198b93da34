"""The report's charts for print (audit.report.charts): every chart drawn from the Report in svg, pdf and png, with
something in it; `audit report --figures`; the charts a study cannot have yet (no answer, one wave) are named with
why; the notebook API gives matplotlib figures; the SVG inlined in the HTML has no external reference."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from audit.report.build import build
from audit.report.charts import CHARTS, charts, inline_svg, write_charts
from audit.report.figures import Options
from audit.store.database import Store
from audit.study.load import load_study
from tests.helpers import reportstudy as rs

SVG = "{http://www.w3.org/2000/svg}"
runner = CliRunner()


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A generated study of 40 + 40 + 3 companies, three channels, two waves: every chart can be drawn."""
    study, db = rs.write(tmp_path_factory.mktemp("charts"), shops=40, services=40, platforms=3)
    return study, db, build(Store(str(db)), load_study(study), rs.NOW, Options(resamples=200))


@pytest.fixture(scope="module")
def silent(tmp_path_factory):
    """The same study where no company ever replies, reported on its first wave alone."""
    ids = frozenset(f"c{i:04d}" for i in range(24))
    study, db = rs.write(tmp_path_factory.mktemp("silent"), shops=12, services=12, platforms=0, silent=ids)
    return study, db, build(Store(str(db)), load_study(study), rs.NOW, Options(waves=("w1",), resamples=200))


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "x")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
    monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{rs.NOW.isoformat()}")


def _texts(root) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_every_chart_is_written_in_every_format_with_something_in_it(small, tmp_path):
    *_, report = small
    for fmt in ("svg", "pdf", "png"):
        written = write_charts(report, tmp_path / fmt, fmt)
        assert [c.name for c, _ in written] == list(CHARTS)
        assert all(path is not None for _, path in written), [(c.name, c.why_not) for c, _ in written]
        for chart, path in written:
            data = path.read_bytes()
            assert path.name == f"{chart.name}.{fmt}"
            if fmt == "svg":
                root = ET.fromstring(data)
                assert len(list(root.iter(f"{SVG}path"))) > 20, chart.name
                assert chart.title in _texts(root) or chart.name in ("response-times-by-segment", "wave-trend")
            elif fmt == "pdf":
                assert data.startswith(b"%PDF-") and len(data) > 5000, chart.name
            else:
                assert data.startswith(b"\x89PNG\r\n\x1a\n"), chart.name
                width, height = struct.unpack(">II", data[16:24])
                assert width > 800 and height > 300, (chart.name, width, height)
        captions = (tmp_path / fmt / "captions.md").read_text(encoding="utf-8")
        assert all(f"{name}.{fmt}" in captions for name in CHARTS)
        assert "n = " in captions


def test_the_response_time_axis_runs_from_seconds_to_days_with_bands_and_numbers_at_risk(small, tmp_path):
    *_, report = small
    chart = charts(report)["response-times-by-channel"]
    root = ET.fromstring(inline_svg(chart))
    texts = _texts(root)
    assert {"1 s", "10 s", "1 min", "1 h", "1 d", "7 d"} <= set(texts)
    assert "at risk" in texts
    everyone = str(report.cells[("email", "all")].counts["sent"])
    assert texts.count(everyone) >= 2  # every e-mail probe is at risk at 1 s and 10 s
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    assert {f"chart-response-times-by-channel-km-{ch}" for ch in rs.CHANNELS} <= ids
    # an answer within a minute is on the curve, not on the axis: the axis starts at one second
    assert chart.figure.axes[0].get_xlim()[0] == 1.0
    s = report.cells[("all", "all")].survival
    at_hour = s.answered[list(s.times).index(3600.0)]
    assert 0 < at_hour < s.answered[-1]
    assert (s.low <= s.answered + 1e-9).all() and (s.answered <= s.high + 1e-9).all()
    assert "n = " in chart.caption and "95%" in chart.caption


def test_a_study_without_answers_and_one_wave_says_which_charts_are_not_drawn(silent, tmp_path):
    study, db, report = silent
    drawn = charts(report)
    missing = {name: c.why_not for name, c in drawn.items() if c.figure is None}
    assert set(missing) == {"response-times-by-channel", "response-times-by-segment", "wave-trend"}
    assert "no answer" in missing["response-times-by-channel"]
    assert "one wave" in missing["wave-trend"]
    out = tmp_path / "figs"
    result = runner.invoke(app, ["report", str(study), "--db", str(db), "--wave", "w1", "--figures", str(out),
                                 "--format", "png", "--resamples", "200"])
    assert result.exit_code == 0, result.output
    assert "not drawn: wave-trend: the report covers one wave (w1)" in result.output
    assert "not drawn: response-times-by-channel: no answer yet" in result.output
    assert "quality-vs-speed.png" in result.output and (out / "quality-vs-speed.png").exists()
    assert not (out / "wave-trend.png").exists()
    assert "wave-trend: not drawn" in (out / "captions.md").read_text(encoding="utf-8")
    html = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(study), "--db", str(db), "--wave", "w1", "--html", str(html),
                                 "--resamples", "200"])
    assert result.exit_code == 0, result.output
    assert 'id="chart-wave-trend" class="not-drawn">Not drawn' in html.read_text(encoding="utf-8")


def test_the_figures_option_checks_its_format(small, tmp_path):
    study, db, _ = small
    result = runner.invoke(app, ["report", str(study), "--db", str(db), "--format", "png"])
    assert result.exit_code != 0 and "give --figures DIR" in result.output
    result = runner.invoke(app, ["report", str(study), "--db", str(db), "--figures", str(tmp_path), "--format",
                                 "gif"])
    assert result.exit_code != 0 and "unknown --format 'gif'" in result.output


def test_the_chart_formats_are_one_list():
    from audit.cli.views import CHART_FORMATS
    from audit.report.charts import FORMATS

    assert CHART_FORMATS == FORMATS


def test_a_notebook_gets_matplotlib_figures(small):
    from matplotlib.figure import Figure

    import audit

    *_, report = small
    got = audit.report_charts(report)
    assert list(got) == list(CHARTS)
    assert all(isinstance(c.figure, Figure) for c in got.values())


def test_the_inlined_svg_has_no_external_reference_and_its_own_ids(small):
    *_, report = small
    chart = charts(report)["quality-vs-speed"]
    svg = inline_svg(chart)
    assert svg.startswith("<svg") and "<!DOCTYPE" not in svg and "<metadata" not in svg and "<?xml" not in svg
    root = ET.fromstring(svg)
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert ids and all(i.startswith("chart-quality-vs-speed-") for i in ids)
    refs = [v for e in root.iter() for k, v in e.attrib.items() if "href" in k or "url(" in v]
    assert all(("#chart-quality-vs-speed-" in v) for v in refs)
    # the only URLs left are the XML namespaces, which a browser never fetches
    import re

    assert set(re.findall(r"https?://[^\"' )]+", svg)) <= {"http://www.w3.org/2000/svg",
                                                           "http://www.w3.org/1999/xlink"}


def test_a_top_company_named_with_markup_and_dollars_is_shown_as_text(small):
    """Strangers' names on a chart: escaped in the SVG, and "$" is not TeX (matplotlib's mathtext is off)."""
    import copy
    import dataclasses

    *_, report = small
    report = copy.copy(report)
    seg, ranked = next(iter(report.top.items()))
    hostile = '<b>$5 Shop$</b> & "co"'
    report.top = {seg: [dataclasses.replace(ranked[0], name=hostile), *ranked[1:]]}
    root = ET.fromstring(inline_svg(charts(report)["quality-vs-speed"]))
    assert any(hostile in t for t in _texts(root))
    assert root.find(f".//{SVG}b") is None


def test_a_report_without_probes_draws_no_chart_and_says_why(small):
    study, db, _ = small
    report = build(Store(str(db)), load_study(study), rs.NOW, Options(channels=("telegram",), resamples=100))
    drawn = charts(report)
    assert all(c.figure is None for c in drawn.values())
    assert {c.why_not for c in drawn.values()} == {"no probe sent yet among those the filters keep"}
