"""`audit report` on a generated study whose true parameters are known (tests/reportstudy.py): the report recovers
them within its confidence intervals; filters, formats, small groups, the comparisons and the fast-and-good set."""

from __future__ import annotations

import csv
import io
import json

import pytest
import reportstudy as rs
from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
METRICS = ("answered_share", "within_1h_share", "within_24h_share", "km_median_seconds", "km_p90_seconds",
           "redirect_share", "helpdesk_share", "quality_all", "quality_answered")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gen")
    study, db = rs.write(tmp)
    return study, db


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "x")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
    monkeypatch.setenv("AUDIT_CLOCK", f"fixed:{rs.NOW.isoformat()}")


def report(generated, *args: str):
    study, db = generated
    result = runner.invoke(app, ["report", str(study), "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


def as_json(generated, *args: str) -> dict:
    return json.loads(report(generated, "--format", "json", *args).stdout)


def rows(data: dict, by: str = "segment") -> list[dict]:
    return [r for b in data["breakdowns"] if b["by"] == by for r in b["rows"]]


def test_the_report_recovers_the_true_parameters_within_its_intervals(generated):
    inside, checked, far = 0, 0, []
    for row in rows(as_json(generated)):
        if row.get("segment") not in ("shops", "services") or row.get("channel") not in rs.CHANNELS:
            continue
        truth = rs.Truth(row["channel"], row["segment"]).figures()
        for metric in METRICS:
            got, true = row[metric], truth[metric]
            checked += 1
            if true is None:  # the true quantile lies beyond the reply window: so must the estimate
                inside += got["value"] is None
                continue
            lo, hi = got["ci_low"], got["ci_high"]
            inside += lo <= true <= hi
            half = max(hi - lo, 1e-9) / 2
            if not (lo - half <= true <= hi + half):
                far.append((row["channel"], row["segment"], metric, true, got))
    assert checked == 2 * len(rs.CHANNELS) * len(METRICS)
    # 95% intervals: about one true value in twenty falls outside; none falls far outside
    assert inside >= 0.9 * checked, f"only {inside} of {checked} true values inside their 95% intervals"
    assert far == []


def test_helpdesks_are_found_to_answer_better(generated):
    data = as_json(generated)
    for segment in ("shops", "services"):
        (comparison,) = [c for c in data["comparisons"] if c["kind"] == "helpdesk"
                         and c["scope"] == {"segment": segment}]
        (quality,) = [c for c in comparison["contrasts"] if c["metric"] == "quality_answered"]
        assert quality["difference"]["ci_low"] > 0  # the generated helpdesk companies score higher
        assert comparison["a"]["companies"] + comparison["b"]["companies"] <= 300


def test_small_groups_are_flagged_and_never_compared(generated):
    data = as_json(generated)
    platforms = [r for r in rows(data) if r.get("segment") == "platforms"]
    assert platforms and all(r["small"] and r["companies"] == 6 for r in platforms)
    assert all(r["answered_share"]["ci_low"] is None for r in platforms)
    for c in data["comparisons"]:
        if "platforms" in (c["a"]["label"], c["b"]["label"]) or c["scope"] == {"segment": "platforms"}:
            assert c["small"] and all(x[part]["value"] is None for x in c["contrasts"]
                                      for part in ("difference", "ratio"))
    assert any("fewer than 10 companies" in n for n in data["notes"])
    assert "†" in report(generated).output


def test_fast_and_good_and_top_lists_follow_their_rules(generated):
    data = as_json(generated, "--top", "5")
    assert data["fast_and_good"]
    for item in data["fast_and_good"]:
        assert item["quality"] > 3 and item["median_response_seconds"] <= 3600
    assert set(data["top"]) == {"shops", "services", "platforms"}
    for listed in data["top"].values():
        assert 0 < len(listed) <= 5 and [r["rank"] for r in listed] == list(range(1, len(listed) + 1))
        keys = [(-r["answered_channels"], -r["quality"]) for r in listed]
        assert keys == sorted(keys)  # most channels answered first, then quality
    assert "rule" in data["method"]["top_rule"] or data["method"]["top_rule"]


def test_filters_and_a_company_attribute(generated):
    data = as_json(generated, "--channel", "vk", "--segment", "shops", "--wave", "w2")
    got = rows(data)
    assert got and {r.get("channel") for r in got} <= {"vk", "all"} and {r.get("segment") for r in got} <= \
        {"shops", None}  # None: the row over all segments
    (vk_shops,) = [r for r in got if r.get("channel") == "vk" and r.get("segment") == "shops"]
    assert vk_shops["sent"] == 300  # one wave of 300 shops
    by_turnover = rows(as_json(generated, "--by", "turnover", "--channel", "email"), "turnover")
    assert {"1-5M", "5-20M"} <= {r.get("turnover") for r in by_turnover}


@pytest.mark.parametrize("args, named", [(["--channel", "fax"], "fax"), (["--segment", "banks"], "banks"),
                                         (["--wave", "w9"], "w9"), (["--by", "colour"], "colour"),
                                         (["--format", "xml"], "xml")])
def test_a_filter_that_matches_nothing_says_what_is_known(generated, args, named):
    study, db = generated
    result = runner.invoke(app, ["report", str(study), "--db", str(db), *args])
    assert result.exit_code != 0 and named in result.output


def test_csv_and_markdown(generated):
    text = report(generated, "--format", "csv").stdout
    table = list(csv.reader(io.StringIO(text)))
    assert len(table) > 10 and all(not cell.startswith(("=", "+", "@")) for row in table for cell in row)
    md = report(generated, "--format", "markdown").stdout
    assert "| channel |" in md and "<b>" not in md.replace("&lt;b&gt;", "")


def _browser():
    """Playwright with Debian's Chromium; skipped when either is missing, except in CI (make test installs both)."""
    import os
    from pathlib import Path

    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing, sync_playwright = "playwright is not installed (make test installs it)", None
    if not Path("/usr/bin/chromium").exists():
        missing = "/usr/bin/chromium is missing (tests/setup-chromium.sh installs the Debian package chromium)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(missing)
        pytest.skip(missing)
    return sync_playwright


def test_the_html_report_renders_offline_with_every_table_and_chart(generated, tmp_path):
    from audit.report import RUBRIC

    sync_playwright = _browser()
    out = tmp_path / "report.html"
    report(generated, "--html", str(out))
    expected_tables = [t["id"] for t in _table_ids(generated)]
    url = out.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            problems, requests = [], []
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(url, wait_until="load")
            assert problems == []
            assert requests == [url]  # the file itself and nothing else: it opens offline
            for table_id in expected_tables:
                assert page.locator(f"table#{table_id} tbody tr").count() >= 1, table_id
            curves = page.locator("#chart-km polyline.km-curve")
            assert sorted(curves.nth(i).get_attribute("data-channel") for i in range(curves.count())) == \
                sorted(rs.CHANNELS)
            assert page.locator("#chart-scatter circle.point").count() > 100
            assert page.locator("#chart-scatter rect.fast-and-good").count() == 1
            assert page.locator("#chart-answered rect.bar").count() == 2 * len(rs.CHANNELS) + len(rs.CHANNELS)
            assert page.locator("#rubric tbody tr").count() == len(RUBRIC)
            assert page.locator("#codebook table.codebook").count() >= 3
            assert page.locator("#method dt").count() >= 5
            # a company called "<b>Shop 3</b> & "co"" is shown as text, never as markup
            assert page.locator("b").count() == 0
            assert '<b>Shop 3</b> & "co"' in page.evaluate("document.body.textContent")
            assert page.locator("svg").evaluate_all("els => els.every(e => e.getBBox().width > 0)")
        finally:
            browser.close()


def _table_ids(generated) -> list[dict]:
    """The tables every format shows (the terminal's), by the id the HTML gives each."""
    from audit.clock import parse_clock
    from audit.figures import Options
    from audit.report import build
    from audit.reportout import tables
    from audit.store import Store
    from audit.study import load_study

    study, db = generated
    built = build(Store(str(db)), load_study(study), parse_clock(f"fixed:{rs.NOW.isoformat()}").now(), Options())
    return [{"id": t.id} for t in tables(built)]


def test_the_json_keeps_its_keys(generated):
    """Scripts read the JSON: its keys are part of the interface (README, "The report")."""
    data = as_json(generated)
    assert list(data) == ["study", "filters", "method", "breakdowns", "comparisons", "top", "fast_and_good",
                          "km_curves", "notes"]
    row = rows(data)[0]
    figure = {"value", "ci_low", "ci_high"}
    for key in ("answered_share", "replied_share", "within_1h_share", "within_24h_share", "km_median_seconds",
                "km_p90_seconds", "quality_all", "quality_answered", "redirect_share", "ack_only_share",
                "helpdesk_share"):
        assert set(row[key]) == figure, key
    for key in ("channel", "group", "companies", "small", "sent", "delivered", "replied", "answered", "within_1h",
                "within_24h", "redirect", "ack_only", "helpdesk", "window_open", "median_answered_seconds",
                "km_median_business_seconds", "km_p90_business_seconds"):
        assert key in row, key
    comparison = data["comparisons"][0]
    assert set(comparison) == {"kind", "scope", "a", "b", "small", "note", "contrasts"}
    assert set(comparison["contrasts"][0]) == {"metric", "difference", "ratio"}
    assert set(data["fast_and_good"][0]) == {"company_id", "name", "segment", "channel", "quality",
                                             "median_response_seconds", "fast_and_good"}
    assert set(next(iter(data["top"].values()))[0]) == {"rank", "company_id", "name", "answered_channels",
                                                        "channels", "quality", "median_response_seconds"}


def test_every_figure_is_documented_in_the_readme():
    from conftest import ROOT

    from audit.figures import COUNTS, METRICS
    from audit.reportout import FIGURES

    documented = {n for names, _, _ in FIGURES for n in names.split(", ")}
    assert set(METRICS) | set(COUNTS) <= documented
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in documented:
        assert f"`{name}`" in readme, name
