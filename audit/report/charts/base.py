"""What every chart shares: the palette, the matplotlib style, the Chart record and a new figure."""

from __future__ import annotations

from dataclasses import dataclass

from cycler import cycler

FORMATS = ("svg", "pdf", "png")

# Okabe & Ito (2008), "Color universal design": distinguishable with every common colour-vision deficiency
OKABE_ITO = {"blue": "#0072B2", "vermillion": "#D55E00", "green": "#009E73", "purple": "#CC79A7",
             "orange": "#E69F00", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000"}
SERIES = tuple(OKABE_ITO.values())  # channels, and segments, take these in their order
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
HATCHES = ("", "//", "..", "xx", "\\\\", "--", "++", "oo")
GREY = "#555555"

STYLE = {
    "font.family": "DejaVu Sans", "font.size": 9, "axes.titlesize": 10, "axes.labelsize": 9,
    "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True, "grid.color": "#dddddd",
    "grid.linewidth": 0.6, "legend.frameon": False, "legend.fontsize": 8, "xtick.labelsize": 8,
    "ytick.labelsize": 8, "axes.prop_cycle": cycler(color=SERIES),
    "text.parse_math": False,  # company names are strangers' text: "$5 shop$" is a name, not TeX
    "svg.fonttype": "none",  # text stays text: searchable, editable, and the page's own font in the HTML
    "svg.hashsalt": "audit",  # the same report, the same file
    "axes.axisbelow": True, "pdf.fonttype": 42, "figure.dpi": 100, "savefig.dpi": 200,
}
_METADATA = {"svg": {"Date": None, "Creator": None}, "pdf": {"CreationDate": None, "Creator": None,
                                                             "Producer": None}, "png": {"Software": None}}


@dataclass
class Chart:
    name: str  # stable: the file name's stem, the HTML figure's id (chart-NAME)
    title: str
    caption: str  # what it shows and its n
    figure: object | None = None  # matplotlib.figure.Figure; None: not drawn, and `why_not` says why
    why_not: str | None = None



def figure(width: float, height: float):
    """A new figure (no pyplot: nothing global) with constrained layout."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def not_drawn(title: str, why: str) -> Chart:
    return Chart("", title, "", None, why)


def gid(*parts: object) -> str:
    """An id for an SVG element (tests and readers find bars and curves by it): names may hold spaces or markup,
    an id may not."""
    return "-".join("".join(ch if ch.isalnum() else "_" for ch in str(p)) for p in parts)


def nothing_sent(report) -> str | None:
    """Why no chart can be drawn when the report has no probe: none sent yet, or none the filters keep."""
    if ("all", "all") in report.cells:
        return None
    o = report.options
    return "no probe sent yet" + (" among those the filters keep" if (o.waves or o.channels or o.segments) else "")
