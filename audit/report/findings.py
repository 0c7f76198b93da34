"""The report's findings in words: short sentences made from its figures, each with its interval, the companies
behind it, and the table (and chart) it comes from, in the study's language (Russian or English).

    findings(report) -> list[Finding]        language(study) -> (code, where it came from)

Nothing here computes a figure: every number is read from the Report (audit.report.figures measured it once),
so a sentence cannot disagree with the table it names. Contrasts are told only when their 95% interval excludes
zero, and a summary says how many comparisons were made in all (the intervals are not adjusted for their number).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.report.durations import plural, spoken_duration
from audit.report.figures import Estimate, Figures
from audit.study.model import Study

MAX_CONTRASTS = 12  # contrasts told in words; the tables list every one
TOP_NAMED = 3  # companies named per segment

# sentence templates; {placeholders} are filled by the code below, which owns the grammar (plural() for Russian)
T = {
    "en": {
        "header": "Findings (in English: {source}; set language: ru or en in the study file to choose)",
        "source_study": "set in the study file", "source_scripts": "the language of the scripts' text",
        "interim": "Interim: {why}. These figures will change; shares answered count open windows as not (yet) "
                   "answered.",
        "open": "{n} still inside their reply window", "to_do": "{n} still to send or to do by hand",
        "probes": ("probe", "probes"), "companies": ("company", "companies"),
        "ci": "95% CI", "on": "On {channel}", "all_channels": "Across channels", "in": "Among {segment}",
        "all_segments": "Across segments",
        "never": "{scope}, {never} of {total} {noun} never answered ({share}, {ci} {low}–{high}).",
        "fastest": "The fastest channel is {channel}: half of its probes were answered within {median} ({ci} "
                   "{low} – {high}; Kaplan–Meier, {companies}).",
        "slowest": "The slowest channel is {channel}: half of its probes were answered within {median} ({ci} "
                   "{low} – {high}; {companies}).",
        "slowest_none": "The slowest channel is {channel}: fewer than half of its probes were answered within the "
                        "reply window of {window} ({companies}).",
        "only": "On {channel}, the report's only channel, half of the probes were answered within {median} ({ci} "
                "{low} – {high}; Kaplan–Meier, {companies}).",
        "only_none": "On {channel}, the report's only channel, fewer than half of the probes were answered within the "
                     "reply window of {window} ({companies}).",
        "redirect": "In {share} of the probes ({ci} {low}–{high}) the first answer only redirected to another "
                    "channel ({n} of {sent}).",
        "helpdesk": "{n} of {total} {noun} ({share}, {ci} {low}–{high}) use a helpdesk.",
        "contrasts": "Of {made} comparisons of segments and of channels, {shown} have a 95% interval that excludes "
                     "zero{listed}; each interval holds for its own comparison, not adjusted for their number.",
        "contrasts_none": "Of {made} comparisons of segments and of channels, none has a 95% interval that "
                          "excludes zero: these data show no difference between them.",
        "listed": " (the {n} largest are told here; the comparison tables list every one)",
        "contrast": "{scope}, {a} {verb} than {b}: {va} vs {vb} (difference {diff}, {ci} {low} – {high}; "
                    "{ca} and {cb} {noun}).",
        "contrast_channel": "{scope}, companies {verb} {a} than {b}: {va} vs {vb} (difference {diff}, {ci} {low} – "
                            "{high}; {ca} and {cb} {noun}).",
        "persona": "Wave {a} was written by other personas than wave {b} ({pa} vs {pb}): a difference between the "
                   "waves may be the personas'.",
        "top": "Top of {segment}: {names} (most channels answered, then the score).",
        "empty": "Nothing to tell yet: no probe of this report has been sent.",
        "links": ("table", "chart"),
        "pp": "pp",
        "verbs": {"answered_share": ("answered more often", "answered less often"),
                  "within_24h_share": ("answered within 24 hours more often", "answered within 24 hours less often"),
                  "km_median_seconds": ("answered slower", "answered faster"),
                  "quality_all": ("scored higher", "scored lower"),
                  "redirect_share": ("redirected more often", "redirected less often")},
        "channels": {"email": "e-mail", "form": "the website form", "vk": "VK", "phone": "the phone"},
        # how a channel is said after a verb ("answered by e-mail"); others: "on X"
        "via": {"email": "by e-mail", "form": "through the website form", "vk": "on VK", "phone": "by phone",
                "telegram": "on Telegram", "whatsapp": "on WhatsApp", "chat": "in the website chat"},
    },
    "ru": {
        "header": "Выводы (на русском: {source}; язык задаётся полем language: ru или en в файле исследования)",
        "source_study": "так указано в файле исследования", "source_scripts": "язык текстов сценариев",
        "interim": "Предварительные данные: {why}. Цифры ещё изменятся; пока окно ответа открыто, обращение "
                   "считается неотвеченным.",
        "open": "в окне ответа ещё {n}", "to_do": "не отправлено или ждёт ручной работы: {n}",
        "probes": ("обращение", "обращения", "обращений"), "companies": ("компания", "компании", "компаний"),
        "companies_gen": ("компании", "компаний"),
        "ci": "95% ДИ", "on": "{channel}", "all_channels": "По всем каналам", "in": "В сегменте {segment}",
        "all_segments": "По всем сегментам",
        "never": "{scope} так и не ответили: {never} из {total} ({share}, {ci} {low}–{high}).",
        "fastest": "Быстрее всего отвечают {channel}: на половину обращений ответили за {median} ({ci} "
                   "{low} – {high}; Каплан–Мейер, {companies}).",
        "slowest": "Медленнее всего — {channel}: на половину обращений ответили за {median} ({ci} "
                   "{low} – {high}; {companies}).",
        "slowest_none": "Медленнее всего — {channel}: за окно ответа ({window}) ответили меньше чем на "
                        "половину обращений ({companies}).",
        "only": "Канал в отчёте один: на половину обращений {channel} ответили за {median} ({ci} {low} – {high}; "
                "Каплан–Мейер, {companies}).",
        "only_none": "Канал в отчёте один: за окно ответа ({window}) {channel} ответили меньше чем на половину "
                     "обращений ({companies}).",
        "redirect": "В {share} обращений ({ci} {low}–{high}) первым ответом было лишь перенаправление в другой "
                    "канал ({n} из {sent}).",
        "helpdesk": "Хелпдеск есть у {n} из {total} ({share}, {ci} {low}–{high}).",
        "contrasts": "В {shown} из {made} сравнений сегментов и каналов 95% интервал не включает ноль{listed}; "
                     "каждый интервал верен для своего сравнения, без поправки на их число.",
        "contrasts_none": "Из {made} сравнений сегментов и каналов ни у одного 95% интервал не исключает ноль: "
                          "различий между ними эти данные не показывают.",
        "listed": " (здесь названы {n} самых больших; таблицы сравнений перечисляют все)",
        "contrast": "{scope}: {a} {verb}, чем {b}: {va} против {vb} (разница {diff}, {ci} {low} – {high}; "
                    "{ca} и {cb}).",
        "contrast_channel": "{scope}: {a} {verb}, чем {b}: {va} против {vb} (разница {diff}, {ci} {low} – {high}; "
                            "{ca} и {cb}).",
        "persona": "Волну {a} писали другие персонажи, чем волну {b} ({pa} против {pb}): разница между волнами "
                   "может быть разницей персонажей.",
        "top": "Лучшие в сегменте {segment}: {names} (больше всего каналов с ответом, затем оценка).",
        "empty": "Пока рассказывать не о чем: ни одно обращение этого отчёта ещё не отправлено.",
        "links": ("таблица", "график"),
        "pp": "п.п.",
        "verbs": {"answered_share": ("отвечали чаще", "отвечали реже"),
                  "within_24h_share": ("отвечали в течение суток чаще", "отвечали в течение суток реже"),
                  "km_median_seconds": ("отвечали медленнее", "отвечали быстрее"),
                  "quality_all": ("получили оценки выше", "получили оценки ниже"),
                  "redirect_share": ("перенаправляли чаще", "перенаправляли реже")},
        # how a channel is said after a verb ("отвечали по e-mail"); others: "по каналу X"
        "channels": {"email": "по e-mail", "form": "через форму на сайте", "vk": "во ВКонтакте",
                     "phone": "по телефону", "telegram": "в Telegram", "whatsapp": "в WhatsApp",
                     "chat": "в чате на сайте"},
    },
}


@dataclass
class Finding:
    kind: str  # interim, never_answered, fastest, slowest, redirects, helpdesks, contrasts, contrast, persona, top
    text: str
    table: str | None  # the id of the table it rests on (the HTML's #table-… anchor is `table-` + this)
    chart: str | None = None  # the id of the chart that shows it (chart-…), if any
    figures: dict = field(default_factory=dict)  # the numbers it rests on, as the JSON gives them
    interim: bool = False

    def as_json(self) -> dict:
        return {"kind": self.kind, "text": self.text, "table": self.table, "chart": self.chart,
                "figures": self.figures, "interim": self.interim}


def language(study: Study) -> tuple[str, str]:
    """(ru or en, where it came from): the study file's `language`, else the scripts' text (more Cyrillic letters
    than Latin ones: Russian)."""
    if study.language:
        return study.language, "source_study"
    text = " ".join(f"{s.subject or ''} {s.body}" for s in study.scripts)
    cyrillic = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)
    latin = sum("a" <= ch.lower() <= "z" for ch in text)
    return ("ru" if cyrillic > latin else "en"), "source_scripts"


def header(report) -> str:
    lang, source = language(report.study)
    return T[lang]["header"].format(source=T[lang][source])


def links(report) -> tuple[str, str]:
    """The words of a finding's links to its table and chart, in the findings' language (the HTML's)."""
    return T[language(report.study)[0]]["links"]


def findings(report) -> list[Finding]:
    """The report's findings, in order: interim first when it is, then never answered, speed, redirects and
    helpdesks, the contrasts whose interval excludes zero, persona changes between waves, the top companies."""
    lang = language(report.study)[0]
    w = _Words(lang, report)
    out = w.interim()
    base = report.breakdowns[0] if report.breakdowns else None
    if base is not None:
        channels = [r for r in base.rows if set(r.key) == {"channel"}]
        overall = next((r for r in base.rows if not r.key), None)
        out += [w.never(r, base.by) for r in channels]
        out += w.speed(channels, base.by)
        if overall is not None:
            out += [w.redirects(overall, base.by), w.helpdesks(overall, base.by)]
    out += w.contrasts()
    out += w.personas()
    out += w.top()
    if not any(f.kind != "interim" for f in out):  # said, not an empty list
        out.append(Finding("empty", w.t["empty"], "coverage" if report.coverage is not None else None))
    for f in out:
        f.interim = bool(w.why)
    return out


def _flip(e: Estimate) -> Estimate:
    """1 − a share, its interval turned round (companies answered -> companies that never answered)."""
    def one(v):
        return None if v is None else 1 - v
    return Estimate(one(e.value), one(e.high), one(e.low))


class _Words:
    """The sentences of one report in one language: numbers formatted as that language writes them."""

    def __init__(self, lang: str, report):
        self.lang, self.r, self.t = lang, report, T[lang]
        cover = report.coverage.of({}) if report.coverage is not None else None
        open_ = max((r.counts["window_open"] for b in report.breakdowns[:1] for r in b.rows), default=0)
        self.why = [self.t[k].format(n=plural(n, self.t["probes"])) for k, n in
                    (("open", open_), ("to_do", cover.to_do if cover else 0)) if n]

    def share(self, v: float | None) -> str:
        return "–" if v is None else f"{v:.0%}"

    def pct(self, v: float | None) -> str:
        return "?" if v is None else f"{v * 100:.0f}"

    def number(self, v: float | None) -> str:
        text = "?" if v is None else f"{v:.2f}"
        return text.replace(".", ",") if self.lang == "ru" else text

    def duration(self, v: float | None) -> str:
        return "?" if v is None else spoken_duration(v, self.lang)

    def companies(self, n: int) -> str:
        return plural(n, self.t["companies"])

    def channel(self, name: str) -> str:
        return self.t["channels"].get(name, f"по каналу {name}" if self.lang == "ru" else name)

    def via(self, name: str) -> str:
        """The channel after a verb: Russian's channel names are said so already."""
        return self.t.get("via", self.t["channels"]).get(name, f"по каналу {name}" if self.lang == "ru" else
                                                          f"on {name}")

    def interim(self) -> list[Finding]:
        if not self.why:
            return []
        return [Finding("interim", self.t["interim"].format(why="; ".join(self.why)), "coverage")]

    def never(self, r: Figures, by: str) -> Finding:
        e = _flip(r.estimates["companies_answered_share"])
        never = r.companies - r.counts["companies_answered"]
        text = self.t["never"].format(
            scope=_capital(self.t["on"].format(channel=self.channel(r.key["channel"]))),
            never=self.companies(never) if self.lang == "ru" else never, total=r.companies,
            noun=self.t["companies"][0 if r.companies == 1 else -1], share=self.share(e.value), ci=self.t["ci"],
            low=self.pct(e.low), high=self.pct(e.high) + "%")
        return Finding("never_answered", text, f"responses-{slug(by)}", "chart-answered-by-channel-and-segment",
                       {"channel": r.key["channel"], "companies": r.companies, "never_answered": never,
                        "share": e.as_json()})

    def speed(self, rows: list[Figures], by: str) -> list[Finding]:
        window = self.r.study.reply_window.total_seconds()
        if not rows:
            return []

        def key(r: Figures):
            v = r.estimates["km_median_seconds"].value
            return (v is None, v or 0, r.key["channel"])
        ordered = sorted(rows, key=key)
        out = []
        pairs = (("fastest", ordered[0]), ("slowest", ordered[-1])) if len(rows) > 1 else (("only", rows[0]),)
        for kind, r in pairs:
            e = r.estimates["km_median_seconds"]
            if e.value is None and kind == "fastest":
                continue  # no channel reached its median: the slowest sentence of each says so
            template = f"{'only' if kind == 'only' else 'slowest'}_none" if e.value is None else kind
            after_za = spoken_duration(e.value, "ru-acc") if self.lang == "ru" else self.duration(e.value)
            text = self.t[template].format(channel=self.channel(r.key["channel"]), median=after_za,
                                           ci=self.t["ci"], low=self.duration(e.low), high=self.duration(e.high),
                                           window=self.duration(window), companies=self.companies(r.companies))
            out.append(Finding(kind, text, f"times-{slug(by)}", "chart-response-times-by-channel",
                               {"channel": r.key["channel"], "companies": r.companies,
                                "km_median_seconds": e.as_json()}))
        return out

    def redirects(self, r: Figures, by: str) -> Finding:
        e = r.estimates["redirect_share"]
        text = self.t["redirect"].format(share=self.share(e.value), ci=self.t["ci"], low=self.pct(e.low),
                                         high=self.pct(e.high) + "%", n=r.counts["redirect"], sent=r.counts["sent"])
        return Finding("redirects", text, f"quality-{slug(by)}", "chart-redirects-acks-helpdesks",
                       {"redirect": r.counts["redirect"], "sent": r.counts["sent"], "companies": r.companies,
                        "redirect_share": e.as_json()})

    def helpdesks(self, r: Figures, by: str) -> Finding:
        e, n = r.estimates["companies_helpdesk_share"], r.counts["companies_helpdesk"]
        count = plural(n, self.t["companies_gen"]) if self.lang == "ru" else str(n)
        text = self.t["helpdesk"].format(n=count, total=r.companies,
                                         noun=self.t["companies"][0 if r.companies == 1 else -1],
                                         share=self.share(e.value), ci=self.t["ci"], low=self.pct(e.low),
                                         high=self.pct(e.high) + "%")
        return Finding("helpdesks", text, f"quality-{slug(by)}", "chart-redirects-acks-helpdesks",
                       {"companies_helpdesk": n, "companies": r.companies, "companies_helpdesk_share": e.as_json()})

    def contrasts(self) -> list[Finding]:
        made, clear = 0, []
        for c in self.r.comparisons:
            if c.kind not in ("segment", "channel") or c.small:
                continue
            for x in c.contrasts:
                d = x.difference
                if d.low is None or d.high is None:
                    continue
                made += 1
                if d.low > 0 or d.high < 0:
                    clear.append((c, x))
        if not made:
            return []
        tables = ["comparisons-segment", "comparisons-channel"]
        if not clear:
            return [Finding("contrasts", self.t["contrasts_none"].format(made=made), tables[0],
                            figures={"comparisons": made, "excluding_zero": 0, "tables": tables})]
        # the largest first, in units of their own interval's half-width: comparable across metrics
        clear.sort(key=lambda cx: -abs(cx[1].difference.value) / max((cx[1].difference.high -
                                                                        cx[1].difference.low) / 2, 1e-12))
        told = clear[:MAX_CONTRASTS]
        listed = self.t["listed"].format(n=len(told)) if len(clear) > len(told) else ""
        out = [Finding("contrasts", self.t["contrasts"].format(made=made, shown=len(clear), listed=listed),
                       tables[0], figures={"comparisons": made, "excluding_zero": len(clear), "tables": tables})]
        out += [self.contrast(c, x) for c, x in told]
        return out

    def contrast(self, c, x) -> Finding:
        metric, d = x.metric, x.difference
        if c.kind == "segment":
            ch = c.scope.get("channel", "all")
            scope = self.t["all_channels"] if ch == "all" else _capital(self.t["on"].format(channel=self.channel(ch)))
            a, b = c.a_label, c.b_label
        else:
            seg = c.scope.get("segment", "all")
            scope = self.t["all_segments"] if seg == "all" else self.t["in"].format(segment=seg)
            a, b = self.via(c.a_label), self.via(c.b_label)
        verb = self.t["verbs"][metric][0 if d.value > 0 else 1]
        va, vb = c.a.estimates[metric].value, c.b.estimates[metric].value
        if metric == "km_median_seconds":
            fmt = self.duration
            diff, low, high = (("+" if v >= 0 else "−") + self.duration(abs(v)) for v in (d.value, d.low, d.high))
        elif metric.startswith("quality"):
            fmt = self.number
            diff, low, high = (("+" if v >= 0 else "−") + self.number(abs(v)) for v in (d.value, d.low, d.high))
        else:
            fmt = self.share
            diff, low, high = (f"{v * 100:+.0f}".replace("-", "−") for v in (d.value, d.low, d.high))
            high += " " + self.t["pp"]
            diff += " " + self.t["pp"]
        counts = [self.companies(n) if self.lang == "ru" else str(n) for n in (c.a.companies, c.b.companies)]
        template = "contrast_channel" if c.kind == "channel" else "contrast"
        text = self.t[template].format(scope=scope, a=a, b=b, verb=verb, va=fmt(va), vb=fmt(vb), diff=diff,
                                         ci=self.t["ci"], low=low, high=high, ca=counts[0], cb=counts[1],
                                         noun=self.t["companies"][-1])
        return Finding("contrast", text, f"comparisons-{c.kind}", None,
                       {"kind": c.kind, "scope": c.scope, "a": c.a_label, "b": c.b_label, "metric": metric,
                        "a_value": va, "b_value": vb, "difference": d.as_json(),
                        "companies": [c.a.companies, c.b.companies]})

    def personas(self) -> list[Finding]:
        """Waves written by other personas: the flag audit.report.coverage puts on the wave comparison, in words."""
        out = []
        cover = self.r.coverage
        for c in self.r.comparisons:
            if c.kind != "wave" or cover is None or not any(f.startswith("written by other personas")
                                                           for f in c.flags):
                continue
            pa, pb = (", ".join(sorted(cover.of(k).personas)) for k in (c.a.key, c.b.key))
            out.append(Finding("persona", self.t["persona"].format(a=c.a_label, b=c.b_label, pa=pa, pb=pb),
                               "comparisons-wave", None,
                               {"wave": c.a_label, "before": c.b_label, "personas": pa.split(", "),
                                "personas_before": pb.split(", ")}))
        return out

    def top(self) -> list[Finding]:
        out = []
        for seg, rows in self.r.top.items():
            if not rows:
                continue
            names = ", ".join(f"{r.name} ({r.company_id})" for r in rows[:TOP_NAMED])
            out.append(Finding("top", self.t["top"].format(segment=seg, names=names), f"top-{slug(seg)}", None,
                               {"segment": seg, "companies": [r.company_id for r in rows[:TOP_NAMED]]}))
        return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def slug(text: str) -> str:
    """A table's id part (`responses-<slug of the breakdown>`, `top-<slug of the segment>`)."""
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()) or "x"
