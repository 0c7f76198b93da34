"""`audit score`: the keyboard-driven review in the terminal (data and rules in audit.people.review).

    0–4  give this score and go on          n, space, →  skip          p, ←  back
    r    the raw message on / off           m  only replies I have not scored, on / off
    c    next channel filter                a  answers only / every kind (bounces, auto-replies, acks too)
    u    unmatched messages on / off        g  (in unmatched) give this message to a probe by its number
    ?    this help                          q  quit

Keys come from the terminal one at a time (no Enter); when standard input is not a terminal they are read from it
as characters, so a review can be scripted: `printf '3n2q' | audit score study.yaml --rater ann`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass, field

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from audit.cli.common import visible
from audit.clock import Clock
from audit.people import review
from audit.report.durations import human_duration
from audit.store.database import Store
from audit.study.model import Study

HELP = __doc__.split("\n\n")[1]
ARROWS = {"\x1b[C": "n", "\x1b[D": "p", "\x1b[A": "p", "\x1b[B": "n"}
RAW_LIMIT = 20_000  # characters of a raw message shown


class Keys:
    """Single keys from a terminal (cbreak mode), or characters from a pipe. End of input reads as "q"."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdin
        self.tty = self.stream.isatty()

    @contextlib.contextmanager
    def active(self):
        if not self.tty:
            yield self
            return
        import termios
        import tty

        fd = self.stream.fileno()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd)
            yield self
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)

    def _char(self) -> str:
        if self.tty:
            data = os.read(self.stream.fileno(), 1)
            return data.decode("utf-8", "replace") if data else ""
        return self.stream.read(1)

    def key(self) -> str:
        while True:
            ch = self._char()
            if ch == "":
                return "q"
            if ch in "\r\n" and not self.tty:
                continue  # a scripted review may put keys on lines
            if ch == "\x1b" and self.tty:
                seq = ch + self._char() + self._char()
                return ARROWS.get(seq, "")
            return ch

    def line(self) -> str:
        if self.tty:
            import termios

            fd = self.stream.fileno()
            saved = termios.tcgetattr(fd)
            attrs = termios.tcgetattr(fd)
            attrs[3] |= termios.ECHO | termios.ICANON
            termios.tcsetattr(fd, termios.TCSADRAIN, attrs)
            try:
                return self.stream.readline().strip()
            finally:
                termios.tcsetattr(fd, termios.TCSADRAIN, saved)
        out = []
        while (ch := self.stream.read(1)) not in ("", "\n"):
            out.append(ch)
        return "".join(out).strip()


@dataclass
class Session:
    store: Store
    study: Study
    clock: Clock
    console: Console
    keys: Keys
    rater: str
    channel: str | None = None
    kinds: str = "answers"
    mine: bool = False
    unmatched: bool = False
    raw: bool = False
    ids: list[int] = field(default_factory=list)
    pos: int = 0
    scored: int = 0
    assigned: int = 0

    def reload(self, keep: int | None = None) -> None:
        self.ids = review.queue(self.store, self.study, rater=self.rater if self.mine else None,
                                channel=self.channel, kinds=self.kinds, unmatched=self.unmatched)
        self.pos = self.ids.index(keep) if keep in self.ids else min(self.pos, max(len(self.ids) - 1, 0))

    def filters(self) -> str:
        if self.unmatched:
            return "unmatched messages"
        parts = [self.channel or "every channel", "answers" if self.kinds == "answers" else "every kind"]
        if self.mine:
            parts.append(f"not yet scored by {self.rater}")
        return ", ".join(parts)

    def run(self) -> None:
        self.rater = review.check_rater(self.rater)
        self.reload()
        with self.keys.active():
            while True:
                self.show()
                if not self.act(self.keys.key()):
                    return

    # --------------------------------------------------------------------------------------------------------

    def act(self, key: str) -> bool:
        current = self.ids[self.pos] if self.pos < len(self.ids) else None
        if key == "q":
            return False
        if key in "01234" and key and current is not None and not self.unmatched:
            review.record_score(self.store, current, self.rater, int(key), self.clock)
            self.scored += 1
            self.pos = min(self.pos + 1, len(self.ids))
        elif key in ("n", " "):
            self.pos = min(self.pos + 1, len(self.ids))
        elif key == "p":
            self.pos = max(self.pos - 1, 0)
        elif key == "r":
            self.raw = not self.raw
        elif key == "m":
            self.mine = not self.mine
            self.reload(current)
        elif key == "a":
            self.kinds = "all" if self.kinds == "answers" else "answers"
            self.reload(current)
        elif key == "c":
            order = [None, *review.channels(self.store, self.study)]
            self.channel = order[(order.index(self.channel) + 1) % len(order)] if self.channel in order else None
            self.reload(current)
        elif key == "u":
            self.unmatched = not self.unmatched
            self.pos = 0
            self.reload()
        elif key == "g" and self.unmatched and current is not None:
            self.give(current)
        elif key == "?":
            self.console.print(HELP)
        elif key:
            self.console.print(f"key {key!r} does nothing here; ? shows the keys")
        return True

    def give(self, reply_id: int) -> None:
        self.console.print("give this message to probe number (Enter: cancel): ", end="")
        answer = self.keys.line()
        if not answer:
            return
        try:
            review.assign(self.store, self.study, self.clock, reply_id, int(answer))
        except ValueError:
            self.console.print(escape(f"{answer!r} is not a probe number"))
            return
        except review.ReviewError as exc:
            self.console.print(f"[red]{escape(str(exc))}[/red]")
            return
        self.assigned += 1
        self.console.print(f"message {reply_id} is now probe {answer}'s")
        self.reload()

    def show(self) -> None:
        if self.keys.tty:
            self.console.clear()  # one message on the screen at a time; a pipe gets them one after another
        if not self.ids:
            self.console.print(f"nothing to review ({escape(self.filters())}); m, a, c, u change what is shown, "
                               f"q quits")
            return
        if self.pos >= len(self.ids):
            self.console.print(f"end of the list ({len(self.ids)} messages, {escape(self.filters())}); p goes back, "
                               f"q quits")
            return
        it = review.item(self.store, self.ids[self.pos])
        self.console.print(render(it, self.pos, len(self.ids), self.filters(), self.rater,
                                  review.raw_message(self.store, it.reply_id) if self.raw else None))


def render_one(it: review.Item) -> Group:
    """One message on its own (`audit reply`): the same view as the review's, without its keys."""
    return render(it, 0, 1, "one message", "", None, keys=False)


def printable_raw(raw: bytes) -> str:
    """A raw message for a terminal: control characters a terminal would act on (escape sequences) shown as
    \\xNN instead; tabs and line ends kept."""
    return visible(raw.decode("utf-8", "replace").replace("\r\n", "\n"))


def render(it: review.Item, pos: int, total: int, filters: str, rater: str, raw: bytes | None,
           keys: bool = True) -> Group:
    head = (f"{pos + 1}/{total} ({filters}) · message {it.reply_id}"
            + (f" · probe {it.probe_id} · {it.company} ({it.segment}) · {it.channel} · wave {it.wave}"
               if it.probe_id else " · unmatched")
            + (f" · after {human_duration(it.seconds)}" if it.seconds is not None else ""))
    kind = f"kind: {it.kind or 'not yet understood'}" + (f" ({', '.join(it.kind_reasons)})" if it.kind_reasons else "")
    parts = [Text(head, style="bold"), Text(kind)]
    if it.question:
        parts.append(Panel(escape(it.question), title="the question", title_align="left"))
    if raw is not None:
        body, title = printable_raw(raw[:RAW_LIMIT * 4])[:RAW_LIMIT], "raw message (r: back to the text)"
    else:
        body, title = it.text or "(no text)", f"from {it.sender}: {it.subject}"
    parts.append(Panel(escape(body), title=escape(title), title_align="left"))
    if it.parse_error:
        parts.append(Text(f"could not be read cleanly: {it.parse_error}", style="red"))
    if it.truncated:
        parts.append(Text(f"stored truncated: the first {it.stored:,} of its {it.raw_size:,} bytes were kept "
                          f"(probes.base.MAX_STORED_BYTES)", style="red"))
    if it.probe_id:
        suggested = "–" if it.auto is None else f"{it.auto}: {'; '.join(it.auto_reasons)}"
        parts.append(Text(f"suggested score {suggested}"))
        if it.evidence:
            parts.append(Text("evidence: " + "; ".join(f"{k} «{v}»" for k, v in sorted(it.evidence.items()))))
        others = ", ".join(f"{k}: {v}" for k, v in sorted(it.scores.items()) if k != rater)
        mine = it.scores.get(rater)
        parts.append(Text(f"your score: {'–' if mine is None else mine}" + (f"; others: {others}" if others else "")))
    if not keys:
        parts.append(Text(f"the raw message: audit reply STUDY {it.reply_id} --raw", style="dim"))
    elif it.probe_id:
        parts.append(Text("0–4 score · n skip · p back · r raw · m mine · a kinds · c channel · u unmatched · "
                          "? help · q quit", style="dim"))
    else:
        parts.append(Text("g give to a probe · n skip · p back · r raw · u back to replies · q quit", style="dim"))
    return Group(*parts)
