"""HTML mail as plain text, with quoted containers (<blockquote>, Gmail's gmail_quote, Mail.ru's mail-quote-collapse,
...) marked with "> " so that `scoring.text.new_text` treats them like `>` quoting."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from scoring.quoterules import rules

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset("p div blockquote li ul ol dl dt dd tr table h1 h2 h3 h4 h5 h6 hr pre section article header footer"
                   " address center form".split())
_SKIP = frozenset({"script", "style", "title", "xml", "template"})
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f]+")  # a run of HTML's white space shows as one space
# what a mail client does not show: preheaders and the like ("display:none", Outlook's "mso-hide:all")
_HIDDEN = re.compile(r"display:none|visibility:hidden|mso-hide:all|max-height:0(?![.\d])|font-size:0(?![.\d])|"
                     r"opacity:0(?![.\d])")


class _HtmlText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rules = rules()
        self.stack: list[tuple[str, bool, bool]] = []  # open elements: (tag, marks a quote, hides its content)
        self.quotes = 0  # how many of them mark a quote
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.cur_depth = 0
        self.skip = 0
        self.pre = 0
        self.hidden = 0  # open elements that hide their content
        self.paragraphs: list[bool] = []  # open <p>s: whether each is set off by a blank line when it ends

    def depth(self) -> int:
        return self.quotes

    def newline(self, force: bool = False) -> None:
        line = "".join(self.cur).strip()
        if line or force:
            prefix = "> " * self.cur_depth
            self.lines.append((prefix + line) if line else prefix.rstrip())
        self.cur = []
        self.cur_depth = self.depth()

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "br":
            self.newline(force=True)
            return
        attrs = {k: (v or "") for k, v in attrs}
        classes = set(attrs.get("class", "").lower().split())
        if tag in _BLOCK:
            self.newline()
        if tag == "p":
            self.paragraphs.append(_spaced(classes, attrs.get("style", "")))
        if tag in _CELL and self.cur:
            self.cur.append(" ")  # table cells side by side: "Moscow +7 495 ...", not "Moscow+7 495"
        if classes & self.rules.sig_classes:
            self.newline()
            self.lines.append("> " * self.depth() + "-- ")
        if tag not in _VOID:
            quote = self._is_quote(tag, attrs, classes)
            hides = bool(_HIDDEN.search(attrs.get("style", "").replace(" ", "").lower())) or "hidden" in attrs
            self.stack.append((tag, quote, hides))
            self.quotes += quote
            self.hidden += hides
            self.pre += tag == "pre"
            self.cur_depth = self.depth() if not self.cur else self.cur_depth

    def _is_quote(self, tag: str, attrs: dict, classes: set) -> bool:
        if classes & self.rules.quote_classes or attrs.get("id", "").lower() in self.rules.quote_ids:
            return True
        if tag != "blockquote":
            return False
        # Gmail's "indent" is a borderless blockquote: a layout, not a quote
        style = attrs.get("style", "").replace(" ", "").lower()
        return attrs.get("type", "").lower() == "cite" or "border:none" not in style

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK:
            self.newline()
        if tag == "p" and self.paragraphs and self.paragraphs.pop() and self.lines and self.lines[-1].strip("> "):
            self.newline(force=True)  # a paragraph's margin, as a blank line: what a signature or a quote block
            # is told apart by in plain text («...right away.» / «Regards,» / «Jacob»)
        if any(t == tag for t, _, _ in self.stack):
            while self.stack:
                top, quote, hides = self.stack.pop()
                self.pre -= top == "pre"
                self.quotes -= quote
                self.hidden -= hides
                if top == tag:
                    break
            if tag in _BLOCK:
                self.cur_depth = self.depth()

    def handle_data(self, data):
        if self.skip or self.hidden:
            return
        if self.cur and self.depth() != self.cur_depth:
            self.newline()
        if not self.cur:
            self.cur_depth = self.depth()
        if self.pre:
            first, *rest = data.split("\n")
            self.cur.append(first)
            for line in rest:
                self.newline(force=True)
                self.cur.append(line)
            return
        self.cur.append(_SPACES.sub(" ", data))


_NO_MARGIN = re.compile(r"margin(-bottom)?:0(px|pt|cm|em)?(0(px|pt|cm|em)?){0,3}(;|$)")  # spaces removed: "0 0 0 0"


def _spaced(classes: set[str], style: str) -> bool:
    """Whether a <p> shows a blank line under it: by default a paragraph has a margin; Word's and Outlook's
    `MsoNormal` lines and a paragraph styled without a bottom margin do not (they are lines, not paragraphs)."""
    style = style.replace(" ", "").lower()
    return "msonormal" not in classes and not _NO_MARGIN.search(style)


def html_to_text(markup: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; keep what was read if it ever gives up
        pass
    parser.newline()
    text = _INVISIBLE.sub("", "\n".join(parser.lines).replace("\xa0", " "))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
