"""Malformed and hostile messages: every reader returns a result (or records an error) and never raises, with memory
bounded by the message's size. Time is bounded by pytest-timeout, never asserted."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.collect.ingest import Ingest  # noqa: F401 - the watcher's reader must import cleanly alongside
from audit.study.model import Point
from scoring.headers import header_text, parse_headers
from scoring.kinds import classify_message
from scoring.text import decode, reply_text
from scoring.understand import TEXT_LIMIT, judge, understand

POINTS = [Point(id="opening_time", phrases=["работать до"], patterns=[r"до\s+\d{1,2}"])]

CHARSETS = ["utf-8", "koi8-r", "windows-1251", "x-unknown", "utf-7", "latin-1", "", "utf-16", "base64"]
header_names = st.sampled_from(["From", "Subject", "Content-Type", "Content-Transfer-Encoding", "Auto-Submitted",
                                "In-Reply-To", "References", "X-Failed-Recipients", "Return-Path", "X"])


@st.composite
def messages(draw) -> bytes:
    headers = draw(st.lists(st.tuples(header_names, st.binary(max_size=300)), max_size=12))
    depth = draw(st.integers(0, 40))
    charset = draw(st.sampled_from(CHARSETS))
    body = draw(st.binary(max_size=2000))
    raw = b"".join(name.encode() + b": " + value.replace(b"\n", b" ") + b"\r\n" for name, value in headers)
    for level in range(depth):  # nested multiparts, some with boundaries that never close
        raw += f"Content-Type: multipart/mixed; boundary=\"b{level}\"\r\n\r\n--b{level}\r\n".encode()
    raw += f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: ".encode()
    raw += draw(st.sampled_from([b"base64", b"quoted-printable", b"8bit", b"x-uuencode"])) + b"\r\n\r\n" + body
    if draw(st.booleans()):
        raw += b"".join(f"\r\n--b{level}--".encode() for level in range(depth))
    return raw


def read_everything(raw: bytes) -> None:
    kind = classify_message(raw)
    assert kind.kind in ("bounce", "autoreply", "ack", "complaint", "delivered", "human")
    decoded = decode(raw)
    assert isinstance(decoded.text, str) and (decoded.error is None or isinstance(decoded.error, str))
    assert isinstance(reply_text(raw), str)
    headers = parse_headers(raw)
    assert isinstance(header_text(headers.get("Subject")), str)
    # what the watcher stores: one parse for kind and text, then the rubric
    u = understand(raw)
    judged = judge(u, POINTS, "Анатолий")
    assert judged.kind in ("bounce", "autoreply", "ack", "complaint", "delivered", "human", "redirect", "unreadable")
    assert 0 <= judged.score <= 4 and judged.reasons and len(u.text) <= TEXT_LIMIT


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_generated_malformed_messages_never_raise(raw):
    read_everything(raw)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=5000))
def test_arbitrary_bytes_never_raise(raw):
    read_everything(raw)


HOSTILE = """
import base64, resource, sys
from tests.scoring.test_hostile import read_everything
from scoring.text import reply_text
huge_header = b"Subject: " + b"A" * 2_000_000 + b"\\r\\nX-Long: " + b"b " * 500_000 + b"\\r\\n\\r\\nbody"
deep = b"".join(f"Content-Type: multipart/mixed; boundary=\\"d{i}\\"\\r\\n\\r\\n--d{i}\\r\\n".encode()
                for i in range(2000)) + b"Content-Type: text/plain\\r\\n\\r\\nhello"
big = (b"From: a@b.example\\r\\nSubject: big\\r\\nContent-Type: multipart/mixed; boundary=x\\r\\n\\r\\n--x\\r\\n"
       b"Content-Type: text/plain; charset=utf-8\\r\\n\\r\\n" + "Ответ".encode() + b"\\r\\n--x\\r\\n"
       b"Content-Type: application/octet-stream\\r\\nContent-Transfer-Encoding: base64\\r\\n\\r\\n"
       + base64.encodebytes(b"\\0" * 50 * 1024 * 1024) + b"\\r\\n--x--\\r\\n")
for raw in (huge_header, deep, big):
    read_everything(raw)
assert reply_text(big) == "Ответ", reply_text(big)
from scoring.understand import understand
assert understand(deep).kind == "unreadable", understand(deep)  # never a person's answer
# this process's own peak: VmHWM, not ru_maxrss, which Linux carries over from the parent across fork and exec (a
# pytest process of a gigabyte would be counted as this one's)
peak = next((int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")), None)
print("peak_kb", peak or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "largest", len(big))
"""


def test_huge_headers_deep_nesting_and_a_50_mb_attachment_stay_within_memory():
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).parent
    proc = subprocess.run([sys.executable, "-c", HOSTILE], capture_output=True, text=True, timeout=240,
                          cwd=here.parents[1])  # the repository: `tests` is importable from there
    assert proc.returncode == 0, proc.stderr[-2000:]
    words = proc.stdout.split()
    peak_mb, largest_mb = int(words[1]) / 1024, int(words[3]) / 2**20
    # the messages themselves are kept in memory by the test; the readers may not multiply them without bound
    assert peak_mb < 150 + 12 * largest_mb, (peak_mb, largest_mb)
