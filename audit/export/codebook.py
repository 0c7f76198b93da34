"""The codebook of the tidy tables (`audit export --tables`): every column's name, type, unit, meaning and allowed
values. The one source the table files, codebook.csv/.md, the README section and the HTML report come from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from probes.base import MAX_STORED_BYTES

TYPES = ("integer", "number", "text", "time", "boolean")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # one of TYPES
    meaning: str
    unit: str = ""
    values: str = ""  # the allowed values, when they are a closed set or a range

    def description(self) -> str:
        parts = [self.meaning]
        if self.unit:
            parts.append(f"unit: {self.unit}")
        if self.values:
            parts.append(f"values: {self.values}")
        return "; ".join(parts)


def _c(name: str, type_: str, meaning: str, unit: str = "", values: str = "") -> Column:
    return Column(name, type_, meaning, unit, values)


# how times and booleans are written is said once, in the codebook's introduction
_UTC = "UTC"
_BOOL = "1, 0"
_KINDS = ("bounce, autoreply, ack, complaint, delivered, redirect, human, own (a copy of our own probe), "
          "unreadable (not read: beyond a MIME limit, or the parser or understanding failed; parse_error says "
          "which; never an answer until a person assigns it)")

PROBES = (
    _c("probe_id", "integer", "the probe's number in the database; key of this table"),
    _c("study", "text", "study id"),
    _c("wave", "text", "wave name (a cron wave's occurrence is name-YYYYMMDD)"),
    _c("company_id", "text", "the company (companies.company_id)"),
    _c("segment", "text", "the company's segment, copied from companies for convenience"),
    _c("channel", "text", "channel of the probe",
       values="email, form, vk, telegram, facebook, instagram, phone, whatsapp, viber, chat"),
    _c("persona", "text", "persona who wrote"),
    _c("contact", "text", "address, page, account or number the probe was sent to"),
    _c("status", "text", "state of the probe", values="planned, sending, sent, failed, task (waiting for a person)"),
    _c("confirmed", "boolean", "0 when a run died after handing the message over (sent at most once)", values=_BOOL),
    _c("planned_at", "time", "planned send time", _UTC),
    _c("sent_at", "time", "send time; empty if not sent", _UTC),
    _c("attempts", "integer", "send attempts", values="0 or more"),
    _c("last_error", "text", "last send error, if any"),
    _c("first_reply_id", "integer", "the first reply of any kind (replies.reply_id); empty if none"),
    _c("first_reply_at", "time", "server receipt time of the first reply of any kind", _UTC),
    _c("first_reply_kind", "text", "kind of the first reply; empty while not yet understood", values=_KINDS),
    _c("answer_reply_id", "integer", "the first answer: a human message, redirects included (replies.reply_id)"),
    _c("answered_at", "time", "server receipt time of the first answer", _UTC),
    _c("response_seconds", "number", "answered_at − sent_at, calendar time", "seconds"),
    _c("business_seconds", "number", "the same in the company's working time (weekends and holidays removed)",
       "seconds"),
    _c("answered", "boolean", "an answer within the reply window: with response_seconds, the event of a survival "
                              "analysis (0: censored at the window's end); empty while the window is open and for "
                              "probes not sent", values=_BOOL),
    _c("score", "number", "the probe's quality: the people's mean score of the first answer when anyone scored it, "
                          "else the automatic score; 0 when no answer came within the reply window; empty while the "
                          "window is open and for probes not sent (docs/method.md §6)", "points", "0 to 4"),
    _c("score_by", "text", "who gave score", values="auto, or people (N) for the mean of N people's scores"),
)

REPLIES = (
    _c("reply_id", "integer", "the message's number in the database; key of this table"),
    _c("probe_id", "integer", "the probe it answers (probes.probe_id); empty for a message that matched nothing"),
    _c("study", "text", "study id"),
    _c("channel", "text", "channel it came by", values="as probes.channel"),
    _c("account", "text", "the persona's account that received it"),
    _c("folder", "text", "mailbox folder it was found in (e-mail), or the channel's own name for it"),
    _c("received_at", "time", "the server's receipt time (IMAP INTERNALDATE, the platform's message date)", _UTC),
    _c("seen_at", "time", "when the watcher read it (audit trail only: never used for timing)", _UTC),
    _c("message_id", "text", "the message's own id (Message-ID header or the platform's id)"),
    _c("from_addr", "text", "sender"),
    _c("subject", "text", "subject"),
    _c("kind", "text", "what the message is; empty while not yet understood", values=_KINDS),
    _c("match_rule", "text", "how it was matched to its probe",
       values="in-reply-to, references, token, domain+subject, peer (a chat: the company's latest probe on the "
              "channel), by hand, own-copy; empty if unmatched"),
    _c("calendar_seconds", "number", "received_at − the probe's sent_at, calendar time", "seconds"),
    _c("business_seconds", "number", "the same in the company's working time", "seconds"),
    _c("is_first_reply", "boolean", "this is its probe's first reply of any kind", values=_BOOL),
    _c("is_answer", "boolean", "this is its probe's first answer (the one that times and scores it)", values=_BOOL),
    _c("text", "text", "the message's own words: quoted question, signature and helpdesk chrome removed (the "
                       "message as received: audit reply STUDY reply_id --raw)"),
    _c("kind_reasons", "text", "why it was given its kind, joined with '; '"),
    _c("failed_address", "text", "bounces: the address that failed"),
    _c("dsn_status", "text", "bounces: RFC 3463 status such as 5.1.1"),
    _c("permanent", "boolean", "bounces: 1 a failure, 0 a delay warning (not yet a failure)", values=_BOOL),
    _c("ticket", "text", "helpdesk ticket number, when the message names one"),
    _c("helpdesk", "text", "helpdesk detected from the message (zendesk, freshdesk, ...)"),
    _c("points_total", "integer", "rubric: points the script's question has", values="0 or more"),
    _c("points_covered", "text", "rubric: ids of the script's points the text answers, joined with '; '"),
    _c("personal", "boolean", "rubric: addresses the persona by name", values=_BOOL),
    _c("next_step", "boolean", "rubric: offers the next step (a link, the order, the contract)", values=_BOOL),
    _c("polite", "boolean", "rubric: polite (a greeting or thanks)", values=_BOOL),
    _c("evidence", "text", "rubric: the words that showed each point or flag, as a JSON object"),
    _c("parse_error", "text", "why the message could not be read fully, if so"),
    _c("understood_at", "time", "when its kind, text and flags were last worked out", _UTC),
    _c("raw_size", "integer", "the message's size as received; empty for one stored before audit recorded sizes",
       "bytes"),
    _c("truncated", "boolean", f"1 when only its first {MAX_STORED_BYTES:,} bytes are stored (headers and the start "
                               f"of the text, which matching and scoring read): the rest was never kept",
       values=_BOOL),
)

SCORES = (
    _c("score_id", "integer", "the score's number in the database; key of this table"),
    _c("probe_id", "integer", "the probe (probes.probe_id)"),
    _c("reply_id", "integer", "the reply scored (replies.reply_id)"),
    _c("rater", "text", "who scored", values="auto (the rubric), or a person's name"),
    _c("automatic", "boolean", "1 for the rubric's score, 0 for a person's", values=_BOOL),
    _c("score", "integer", "quality of the reply (docs/method.md §6)", "points", "0, 1, 2, 3, 4"),
    _c("reasons", "text", "the rubric's reasons, or a person's note, joined with '; '"),
    _c("created_at", "time", "when this rater last gave it", _UTC),
)

COMPANIES = (
    _c("company_id", "text", "company id from the study; key of this table"),
    _c("study", "text", "study id"),
    _c("name", "text", "company name"),
    _c("segment", "text", "segment (shops, services, ...)"),
    _c("timezone", "text", "IANA time zone its working hours are kept in"),
    _c("domain", "text", "mail domain, used to match replies"),
)
ATTRIBUTE = "attr_"  # then one column per company attribute of the study (an extra CSV column, e.g. turnover)

TABLES: dict[str, tuple[Column, ...]] = {"probes": PROBES, "replies": REPLIES, "scores": SCORES,
                                         "companies": COMPANIES}


def _attribute_columns(attributes: Sequence[str]) -> tuple[Column, ...]:
    return tuple(_c(ATTRIBUTE + a, "text", f"the company attribute {a!r} (a column of the study's companies)")
                 for a in attributes)


def columns(attributes: Sequence[str] = ()) -> dict[str, tuple[Column, ...]]:
    """Every table's columns; the companies table gains one attr_<name> column per company attribute."""
    return {**TABLES, "companies": COMPANIES + _attribute_columns(attributes)}


def codebook(attributes: Sequence[str] = ()) -> dict[str, list[tuple[str, str, str]]]:
    """table -> [(column, type, description)] for every column the tables export has (for the HTML report)."""
    return {t: [(c.name, c.type, c.description()) for c in cols] for t, cols in columns(attributes).items()}


def codebook_markdown(attributes: Sequence[str] = (), tables: dict[str, tuple[Column, ...]] | None = None) -> str:
    """The codebook as Markdown tables, one per table (codebook.md, and the README's section); `tables`: the
    columns actually written, when a replication package dropped some (audit.publish)."""
    out = []
    for table, cols in (tables or columns(attributes)).items():
        out += [f"`{table}`", "", "| column | type | unit | meaning | values |", "| --- | --- | --- | --- | --- |"]
        out += [f"| `{c.name}` | {c.type} | {c.unit} | {c.meaning} | {c.values} |".replace("  ", " ") for c in cols]
        out.append("")
    if not attributes:
        out.append(f"`companies` also has one `{ATTRIBUTE}<name>` column (text) per company attribute of the study.")
    return "\n".join(out).rstrip() + "\n"


INTRO = """Written by `audit export --tables`. One row per probe (probes), per collected message (replies),
per score given (scores) and per company (companies); join them by their ids. Empty: unknown or not applicable.
Times are UTC: in CSV ISO 8601 to the second with Z (2025-01-17T09:21:11Z), in Parquet timestamps with time zone
UTC to the microsecond. Booleans are 1 and 0 in CSV, true and false in Parquet. Numbers are written as numbers.
In CSV, a text cell that begins with = + - @ ' a tab or a carriage return has one more ' in front, so that no
spreadsheet runs it as a formula: drop one leading ' from a text cell to get the text back.
"""
