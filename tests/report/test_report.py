"""`audit report` on a generated study whose true parameters are known (tests/reportstudy.py): the report recovers
them within its confidence intervals; filters, formats, small groups, the comparisons and the fast-and-good set."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat

import pytest
from typer.testing import CliRunner

from audit.cli.app import app
from tests.helpers import reportstudy as rs

runner = CliRunner()
METRICS = ("answered_share", "within_1h_share", "within_24h_share", "km_median_seconds", "km_p90_seconds",
           "redirect_share", "helpdesk_share", "quality_all", "quality_answered", "companies_answered_share",
           "companies_helpdesk_share")


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
    checks = []
    for row in rows(as_json(generated)):
        if row.get("segment") not in ("shops", "services") or row.get("channel") not in rs.CHANNELS:
            continue
        truth = rs.Truth(row["channel"], row["segment"]).figures()
        checks += [((row["channel"], row["segment"], m), truth[m], row[m]) for m in METRICS]
    assert len(checks) == 2 * len(rs.CHANNELS) * len(METRICS)
    inside, far = rs.coverage(checks)
    # 95% intervals: about one true value in twenty falls outside; none falls far outside
    assert inside >= 0.9 * len(checks), f"only {inside} of {len(checks)} true values inside their 95% intervals"
    assert far == []


def test_comparisons_recover_the_true_differences_within_their_intervals(generated):
    """Shops vs services on each channel, and each pair of channels in each segment: the difference A − B of the
    true values (tests/reportstudy.py) lies within the comparison's interval, as the breakdown figures' do."""
    def true(channel: str, segment: str, metric: str) -> float | None:
        return rs.Truth(channel, segment).figures()[metric]

    checks, kinds = [], {"segment": 0, "channel": 0}
    for c in as_json(generated)["comparisons"]:
        a, b = c["a"]["label"], c["b"]["label"]
        if c["kind"] == "segment" and c["scope"]["channel"] in rs.CHANNELS and (a, b) == ("shops", "services"):
            sides = ((c["scope"]["channel"], a), (c["scope"]["channel"], b))
        elif c["kind"] == "channel" and c["scope"]["segment"] in ("shops", "services"):
            sides = ((a, c["scope"]["segment"]), (b, c["scope"]["segment"]))
        else:
            continue
        for x in c["contrasts"]:
            ta, tb = (true(*side, x["metric"]) for side in sides)
            diff = None if ta is None or tb is None else ta - tb
            checks.append(((c["kind"], *sides, x["metric"]), diff, x["difference"]))
            kinds[c["kind"]] += 1
    # 3 channels × 4 metrics; 2 segments × 3 pairs of channels × 5 metrics
    assert kinds == {"segment": 3 * 4, "channel": 2 * 3 * 5}
    assert any(diff is not None and abs(diff) > 0.2 for _, diff, _ in checks)  # real differences, not only zeros
    inside, far = rs.coverage(checks)
    assert inside >= 0.9 * len(checks), f"only {inside} of {len(checks)} true differences inside their intervals"
    assert far == []


def test_helpdesks_are_found_to_answer_better(generated):
    data = as_json(generated)
    for segment in ("shops", "services"):
        (comparison,) = [c for c in data["comparisons"] if c["kind"] == "helpdesk"
                         and c["scope"] == {"segment": segment}]
        (quality,) = [c for c in comparison["contrasts"] if c["metric"] == "quality_answered"]
        assert quality["difference"]["ci_low"] > 0  # the generated helpdesk companies score higher
        assert comparison["a"]["companies"] + comparison["b"]["companies"] <= 300


def test_the_helpdesk_comparison_says_how_many_companies_never_replied(tmp_path):
    """Only companies that sent any reply are compared (only a reply can show a helpdesk); the comparison's note
    says how many of its scope's companies that leaves out, in JSON, the CSV and the tables."""
    generated = rs.write(tmp_path, shops=40, services=40, platforms=0, silent=frozenset({"c0001", "c0002", "c0050"}))
    with sqlite3.connect(generated[1]) as con:
        never = dict(con.execute(
            "SELECT c.segment, count(*) FROM company c WHERE NOT EXISTS (SELECT 1 FROM reply r JOIN probe p "
            "ON p.id = r.probe_id WHERE p.company_id = c.id AND r.kind IN ('human', 'redirect', 'ack', 'autoreply')) "
            "GROUP BY c.segment"))
    con.close()
    never["all"] = sum(never.values())
    assert never["shops"] >= 2 and never["services"] >= 1
    data = as_json(generated, "--resamples", "100")
    notes = {}
    for segment, total in (("shops", 40), ("services", 40), ("all", 80)):
        (c,) = [c for c in data["comparisons"] if c["kind"] == "helpdesk" and c["scope"] == {"segment": segment}]
        notes[segment] = f"{never[segment]} of {total} companies left out"
        assert notes[segment] in c["note"]
        assert c["a"]["companies"] + c["b"]["companies"] + never[segment] == total
    table = list(csv.reader(io.StringIO(report(generated, "--resamples", "100", "--format", "csv").stdout)))
    assert {n for n in notes.values()} <= {r[13].split(":")[0] for r in table if r[:2] == ["comparison", "helpdesk"]}
    md = report(generated, "--resamples", "100", "--format", "markdown").stdout
    assert all(n in md for n in notes.values())


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
    expected = rs.top_by_the_rule(*generated, 5)
    assert set(data["top"]) == set(expected) == {"shops", "services", "platforms"}
    for segment, listed in data["top"].items():
        got = [(r["rank"], r["company_id"], r["answered_channels"], r["channels"], r["quality"],
                r["median_response_seconds"]) for r in listed]
        assert got == [pytest.approx(e) for e in expected[segment]], segment
    # the top five shops all answered on every channel: the order among them is the score's, then the speed's
    assert {r["answered_channels"] for r in data["top"]["shops"]} == {len(rs.CHANNELS)}


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
    assert len(table) > 10
    metrics = {(r[0], r[5], r[6]) for r in table[1:]}
    for name in ("companies_answered", "companies_helpdesk"):
        assert {("breakdown", name, "count"), ("breakdown", f"{name}_share", "estimate")} <= metrics
    md = report(generated, "--format", "markdown").stdout
    assert "| channel |" in md and "<b>" not in md.replace("&lt;b&gt;", "")
    assert "| companies answered |" in md and "| companies with a helpdesk |" in md


HOSTILE = ('=HYPERLINK("http://evil.example/","x")', "+7 495 123-45-67", "-1+1", "@SUM(A1:A9)", "\tTab Ltd",
           "\rCR Ltd")


def test_company_names_that_spreadsheets_would_run_are_neutralised_in_the_csv(generated, tmp_path):
    """Company names are strangers' text too: a name starting with =, +, -, @, a tab or a carriage return reaches
    the report's CSV (the top lists' labels) with the export's leading quote. The study's loader strips cells, so
    the names are written into a copy of the database, as another tool filling the store might."""
    study, db = generated
    copy = tmp_path / "hostile.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as con:
        source.backup(con)  # not a file copy: the store's write-ahead log may hold the latest pages
        ids = [r[0] for r in con.execute("SELECT DISTINCT company_id FROM probe WHERE response_seconds <= ? "
                                         "ORDER BY company_id LIMIT ?", (rs.WINDOW, len(HOSTILE)))]
        con.executemany("UPDATE company SET name = ? WHERE id = ?", zip(HOSTILE, ids, strict=True))
    source.close()
    con.close()
    text = report((study, copy), "--format", "csv", "--top", "1000").stdout  # every company with an answer
    table = list(csv.reader(io.StringIO(text, newline="")))
    labels: dict[str, set[str]] = {}
    for row in table[1:]:
        for cid in ids:
            if row[4].endswith(f" ({cid})"):
                labels.setdefault(cid, set()).add(row[4])
    assert labels == {cid: {f"'{name} ({cid})"} for cid, name in zip(ids, HOSTILE, strict=True)}
    for cell in (cell for row in table for cell in row):
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        if cell.startswith("-"):
            float(cell)  # only a number may start with a minus


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
    from audit.report.build import RUBRIC

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
            # every chart, drawn by matplotlib and inlined as SVG, before the first table
            from audit.report.charts import CHARTS

            for name in CHARTS:
                assert page.locator(f"figure#chart-{name} svg").count() == 1, name
            assert page.evaluate("document.querySelector('#charts').compareDocumentPosition("
                                 "document.querySelector('table')) & Node.DOCUMENT_POSITION_FOLLOWING")
            ids = page.locator("[id]").evaluate_all("els => els.map(e => e.id)")
            assert len(ids) == len(set(ids))  # several matplotlib SVGs on one page share no id
            km = "#chart-response-times-by-channel"
            assert sorted(page.locator(f"{km} g[id^='chart-response-times-by-channel-km-']").evaluate_all(
                "els => els.map(e => e.id.split('-km-')[1])")) == sorted(rs.CHANNELS)
            assert page.locator(f"{km} svg text").filter(has_text="1 min").count() == 1  # seconds to days
            assert page.locator(f"{km} svg text").filter(has_text="at risk").count() == 1
            scatter = "#chart-quality-vs-speed"
            assert page.locator(f"{scatter} g[id^='chart-quality-vs-speed-points-'] path").count() > 50
            assert page.locator(f"{scatter} [id='chart-quality-vs-speed-fast-and-good']").count() == 1
            assert page.locator("#chart-answered-by-channel-and-segment [id*='-bar-']").count() == \
                2 * len(rs.CHANNELS) + len(rs.CHANNELS)
            assert page.locator("#rubric tbody tr").count() == len(RUBRIC)
            assert page.locator("#codebook table.codebook").count() >= 3
            assert page.locator("#method p").count() >= 8  # the method in prose, the stamp last
            assert "Reproducibility stamp: audit " in page.locator("#method p").last.inner_text()
            assert page.locator("#findings li.finding").count() >= 5
            links = page.locator("#findings a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
            assert any(h.startswith("#chart-") for h in links)
            for href in links:  # every finding's table and chart is on the page
                assert page.locator(f"[id='{href[1:]}']").count() == 1, href
            # a company called "<b>Shop 3</b> & "co"" is never markup (tests/report/test_charts.py shows such a
            # name on a chart as text)
            assert page.locator("b").count() == 0
            assert page.locator("svg").evaluate_all("els => els.every(e => e.getBBox().width > 0)")
        finally:
            browser.close()


def _table_ids(generated) -> list[dict]:
    """The tables every format shows (the terminal's), by the id the HTML gives each."""
    from audit.clock import parse_clock
    from audit.report.build import build
    from audit.report.figures import Options
    from audit.report.render import tables
    from audit.store.database import Store
    from audit.study.load import load_study

    study, db = generated
    built = build(Store(str(db)), load_study(study), parse_clock(f"fixed:{rs.NOW.isoformat()}").now(), Options())
    return [{"id": t.id} for t in tables(built)]


def test_the_answered_chart_shows_the_breakdown_asked_for(generated, tmp_path):
    """Without a segment breakdown (`--by turnover`) the answered-share chart shows the first one asked for."""
    from audit.report.charts.base import gid

    out = tmp_path / "turnover.html"
    report(generated, "--by", "turnover", "--html", str(out))
    chart = out.read_text(encoding="utf-8").split('id="chart-answered-by-channel-and-segment"', 1)[1]
    chart = chart.split("</figure>", 1)[0]
    cells = [r for r in rows(as_json(generated, "--by", "turnover"), "turnover")
             if "all" not in (r["channel"], r["group"]) and r["answered_share"]["value"] is not None]
    assert len(cells) == len(rs.CHANNELS) * 3  # 1-5M, 5-20M and (none): the companies without a turnover
    assert chart.count("-bar-") == len(cells)
    assert all(gid("bar", r["channel"], r["group"]) in chart for r in cells)
    assert "by channel and turnover" in chart


def test_a_failing_report_fails_the_benchmark(tmp_path, monkeypatch):
    """bench/report.py exits non-zero when `audit report` fails: a time for a report that never finished must not
    be printed as a result. The CLI runs are faked: the report's process fails, the exports' succeed."""
    import subprocess
    import sys
    from types import SimpleNamespace

    from tests.helpers.bench import load_bench

    bench = load_bench("report")
    db = tmp_path / "bench.db"
    db.write_bytes(b"x")

    def run(cmd, **_):
        failed = cmd[3] == "report"  # [python, -c, code, command, ...]
        return subprocess.CompletedProcess(cmd, 1 if failed else 0, "",
                                           "RuntimeError: report broke" if failed else "maxrss_kb 1024")

    monkeypatch.setattr(bench, "generate", lambda base, n: (tmp_path / "s.yaml", db, {"probe": n, "reply": 0,
                                                                                      "score": 0}))
    monkeypatch.setattr(bench, "startup_cost", lambda study, cwd: 0.0)
    monkeypatch.setattr(bench, "sqlite3_floor", lambda db, out: None)
    monkeypatch.setattr(bench, "subprocess", SimpleNamespace(run=run))
    monkeypatch.setattr(sys, "argv", ["report.py", "--probes", "100"])
    with pytest.raises(SystemExit) as exited:
        bench.main()
    assert exited.value.code not in (0, None) and "report broke" in str(exited.value.code)


def test_the_json_keeps_its_keys(generated):
    """Scripts read the JSON: its keys are part of the interface (README, "The report")."""
    data = as_json(generated)
    assert list(data) == ["study", "stamp", "findings_header", "findings", "filters", "method", "breakdowns",
                          "comparisons", "top", "fast_and_good", "km_curves", "method_text", "notes", "standing",
                          "final", "coverage"]
    assert set(data["findings"][0]) == {"kind", "text", "table", "chart", "figures", "interim"}
    assert set(data["stamp"]) == {"text", "tool", "study", "version", "data", "seed", "resamples"}
    row = rows(data)[0]
    figure = {"value", "ci_low", "ci_high"}
    for key in ("answered_share", "answered_share_without_unconfirmed", "replied_share", "within_1h_share",
                "within_24h_share", "km_median_seconds",
                "km_p90_seconds", "quality_all", "quality_answered", "redirect_share", "ack_only_share",
                "helpdesk_share", "companies_answered_share", "companies_helpdesk_share"):
        assert set(row[key]) == figure, key
    for key in ("channel", "group", "companies", "small", "sent", "delivered", "replied", "answered", "within_1h",
                "within_24h", "redirect", "ack_only", "helpdesk", "window_open", "unconfirmed", "unconfirmed_no_reply",
                "median_answered_seconds",
                "km_median_business_seconds", "km_p90_business_seconds", "companies_answered",
                "companies_helpdesk"):
        assert key in row, key
    comparison = data["comparisons"][0]
    assert set(comparison) == {"kind", "scope", "a", "b", "small", "note", "flags", "final", "contrasts"}
    assert set(comparison["contrasts"][0]) == {"metric", "difference", "ratio"}
    assert set(data["fast_and_good"][0]) == {"company_id", "name", "segment", "channel", "quality",
                                             "median_response_seconds", "fast_and_good"}
    assert set(next(iter(data["top"].values()))[0]) == {"rank", "company_id", "name", "answered_channels",
                                                        "channels", "quality", "median_response_seconds"}


def test_every_figure_is_documented_in_the_readme():
    from audit.report.figures import COUNTS, METRICS
    from audit.report.render import FIGURES
    from tests.helpers.studies import ROOT

    documented = {n for names, _, _ in FIGURES for n in names.split(", ")}
    assert set(METRICS) | set(COUNTS) <= documented
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in documented:
        assert f"`{name}`" in readme, name


def test_the_html_report_goes_only_to_a_new_or_regular_file(generated, tmp_path):
    """Renaming over a device replaced /dev/full by a file, and a missing folder was a traceback: refused plainly."""
    study, db = generated
    target = tmp_path / "elsewhere.html"
    target.write_text("keep me")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    cases = {tmp_path / "no-such-folder" / "r.html": "does not exist", link: "symbolic link",
             tmp_path: "not a regular file", fifo: "not a regular file"}
    for path, words in cases.items():
        result = runner.invoke(app, ["report", str(study), "--db", str(db), "--html", str(path)])
        assert result.exit_code == 1 and words in result.output, (path, result.output)
    assert target.read_text() == "keep me" and link.is_symlink() and stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not list(tmp_path.glob("*.part"))
    report(generated, "--html", str(target))  # an existing regular file is replaced
    assert "<html" in target.read_text()
