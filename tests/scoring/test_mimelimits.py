"""MIME depth and part limits: a message beyond them is never parsed and never read as anyone's answer; one within
them is read as before. The pre-scan follows the parser's reading of the structure (checked against the parser on
generated messages), and its work stops at the first limit passed (counted, not timed)."""

from __future__ import annotations

import email
import email.policy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import mimelimits
from scoring import understand as understand_module
from scoring.kinds import classify_message
from scoring.mimelimits import DEPTH_LIMIT, PARTS_LIMIT, over_limits
from scoring.text import decode, reply_text
from scoring.understand import UNREADABLE, judge, understand
from tests.helpers import mime

HEAD = b"From: Support <help@shop.example>\r\nTo: anatoly@shopper.example\r\nSubject: Re: q\r\n"


def nested(levels: int, container: str = "multipart", eol: bytes = b"\r\n") -> bytes:
    return HEAD.replace(b"\r\n", eol) + mime.nested(levels, container, eol)


def wide(parts: int) -> bytes:
    return HEAD + mime.wide(parts)


@pytest.mark.parametrize("raw, limit", [(nested(2000), "DEPTH_LIMIT"), (nested(2000, "message"), "DEPTH_LIMIT"),
                                        (nested(2000, eol=b"\r"), "DEPTH_LIMIT"), (wide(5000), "PARTS_LIMIT")],
                         ids=["2000-deep multipart", "2000-deep message/rfc822", "2000-deep, CR line ends",
                              "5000 parts"])
def test_a_message_beyond_a_limit_is_unreadable_and_says_which_limit(raw, limit, monkeypatch):
    def no_parse(*args, **kwargs):
        raise AssertionError("the parser was given a message beyond the limits")

    monkeypatch.setattr(understand_module.email, "message_from_bytes", no_parse)
    u = understand(raw)
    assert u.kind == UNREADABLE and u.text == ""
    assert limit in u.reasons[0] and limit in u.error and "not read" in u.error
    judged = judge(u, [], "Анатолий")
    assert judged.kind == UNREADABLE and not judged.is_answer and judged.score == 0
    assert decode(raw).unreadable and reply_text(raw) == ""
    assert classify_message(raw).reasons[0].startswith("unparsed: beyond the MIME")


@pytest.mark.parametrize("raw", [nested(DEPTH_LIMIT), nested(DEPTH_LIMIT, "message"), nested(DEPTH_LIMIT, eol=b"\n"),
                                 wide(PARTS_LIMIT - 1)],
                         ids=["50-deep multipart", "50-deep message/rfc822", "50-deep, LF", "500 parts"])
def test_a_message_at_the_limits_is_read_as_before(raw):
    assert over_limits(raw) is None
    u = understand(raw)
    assert u.kind == "human"
    if b"message/rfc822" not in raw:  # an attached message is never the body (scoring.mime): no text to find
        assert "Работаем до 20:00" in u.text


def test_one_beyond_each_limit_is_not_read():
    assert "DEPTH_LIMIT" in over_limits(nested(DEPTH_LIMIT + 1))
    assert "DEPTH_LIMIT" in over_limits(nested(DEPTH_LIMIT + 1, "message"))
    assert "PARTS_LIMIT" in over_limits(wide(PARTS_LIMIT))


def test_the_scan_stops_at_the_first_limit_passed(monkeypatch):
    """Bounded work, counted: the pre-scan reads one header block per level or part until a limit is passed, not
    the whole message (2,000 levels, 5,000 parts)."""
    calls = []
    real = mimelimits._content_type
    monkeypatch.setattr(mimelimits, "_content_type", lambda *a: calls.append(1) or real(*a))
    over_limits(nested(2000))
    assert len(calls) == DEPTH_LIMIT + 1
    calls.clear()
    over_limits(wide(5000))
    assert len(calls) == PARTS_LIMIT


def test_a_parser_failure_is_unreadable_not_a_persons_answer(monkeypatch):
    def overflow(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(understand_module.email, "message_from_bytes", overflow)
    u = understand(HEAD + b"\r\n" + mime.TEXT)
    assert u.kind == UNREADABLE and "the mail parser failed: RecursionError" in u.error


def test_structure_hidden_where_the_reader_parses_again_is_bounded_too():
    """A multipart without its boundary is split on the first boundary-like line (scoring.mime): a deep structure
    found there is beyond the limits as well. Returned headers (text/rfc822-headers) are read as headers only."""
    deep_inside = nested(2000).split(b"\r\n\r\n", 1)[1]
    repaired = HEAD + b"Content-Type: multipart/mixed\r\n\r\n" + deep_inside
    assert over_limits(repaired) is None  # the message's own structure: one multipart, its boundary missing
    assert decode(repaired).unreadable and "DEPTH_LIMIT" in decode(repaired).error
    assert understand(repaired).kind == UNREADABLE
    returned = (b"From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered Mail\r\n"
                b'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n'
                b"--r\r\nContent-Type: text/plain\r\n\r\nuser unknown\r\n"
                b"--r\r\nContent-Type: text/rfc822-headers\r\n\r\nTo: someone@shop.example\r\n" + deep_inside
                + b"\r\n--r--\r\n")
    assert understand(returned).kind == "bounce"


# ------------------------------------------------------------------------- the pre-scan agrees with the parser

BOUNDARY = st.text("abcXYZ0189'()+_,-./:=?", min_size=1, max_size=12)


@st.composite
def structures(draw, depth: int = 0):
    """(content type, boundary or None, children) trees, every multipart with at least one part."""
    if depth >= 7 or draw(st.integers(0, 3)) == 0:
        return ("text/plain", None, [])
    kind = draw(st.sampled_from(["multipart/mixed", "multipart/alternative", "multipart/digest", "message/rfc822"]))
    if kind == "message/rfc822":
        return (kind, None, [draw(structures(depth + 1))])
    children = draw(st.lists(structures(depth + 1), min_size=1, max_size=4))
    return (kind, draw(BOUNDARY) + f"={depth}-{draw(st.integers(0, 999))}", children)


def render(node, eol: str, case: str, fold: bool, in_digest: bool = False) -> str:
    ctype, boundary, children = node
    name = {"upper": "CONTENT-TYPE", "lower": "content-type"}.get(case, "Content-Type")
    if ctype == "message/rfc822" and in_digest and not fold:
        head = ""  # a digest's part is a message by default
    elif boundary is None:
        head = f"{name}: {ctype}{eol}"
    else:
        head = f'{name}: {ctype};{eol}\tboundary="{boundary}"{eol}' if fold else \
            f'{name}: {ctype}; boundary="{boundary}"{eol}'
    if ctype == "message/rfc822":
        return head + eol + f"Subject: inner{eol}" + render(children[0], eol, case, fold)
    if boundary is None:
        return head + eol + f"text -- not a boundary{eol}"
    inner = "".join(f"--{boundary}{eol}" + render(c, eol, case, fold, ctype == "multipart/digest")
                    for c in children)
    return head + eol + f"preamble{eol}" + inner + f"--{boundary}--{eol}epilogue{eol}"


def parsed_shape(raw: bytes) -> tuple[int, int]:
    """(containers nested, parts) of the message as the email package parses it."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    depth, parts, stack = 0, 0, [(msg, 0)]
    while stack:
        part, level = stack.pop()
        parts += 1
        payload = part.get_payload()
        if isinstance(payload, list) and payload:
            depth = max(depth, level + 1)
            stack.extend((p, level + 1) for p in payload)
    return depth, parts


@settings(max_examples=300, deadline=None)
@given(structures(), st.sampled_from(["\r\n", "\n", "\r"]), st.sampled_from(["upper", "lower", "title"]),
       st.booleans(), st.integers(1, 6), st.integers(2, 12))
def test_the_prescan_reads_the_structure_as_the_parser_does(node, eol, case, fold, depth_limit, parts_limit):
    raw = f"From: a@shop.example{eol}".encode() + render(node, eol, case, fold).encode()
    depth, parts = parsed_shape(raw)
    with pytest.MonkeyPatch.context() as mp:  # small limits, so that both sides of each are reached
        mp.setattr(mimelimits, "DEPTH_LIMIT", depth_limit)
        mp.setattr(mimelimits, "PARTS_LIMIT", parts_limit)
        why = over_limits(raw)
    assert (why is not None) == (depth > depth_limit or parts > parts_limit), (depth, parts, why, raw)


@settings(max_examples=300, deadline=None)
@given(structures(), st.sampled_from(["\r\n", "\n", "\r"]), st.sampled_from(["upper", "lower", "title"]),
       st.booleans(), st.integers(1, 6), st.integers(2, 12))
def test_the_count_that_spares_the_scan_never_lets_through_what_the_scan_stops(node, eol, case, fold, depth_limit,
                                                                              parts_limit):
    raw = f"From: a@shop.example{eol}".encode() + render(node, eol, case, fold).encode()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mimelimits, "DEPTH_LIMIT", depth_limit)
        mp.setattr(mimelimits, "PARTS_LIMIT", parts_limit)
        if mimelimits._within_at_most(raw, raw.lower()):
            assert mimelimits._Scan(raw).run() is None, raw
