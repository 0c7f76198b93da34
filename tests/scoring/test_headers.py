"""scoring.headers: encoded headers read exactly as the email package's make_header reads them, by the shortcut too."""

from __future__ import annotations

from email.charset import Charset
from email.header import make_header

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.headers import _PLAIN_CHARSETS, _joined, header_text

TEXTS = st.sampled_from(["", " ", "Re:", "Re: ", "a b", " x", "x ", "(", ")", "\\", "Иван", "é", "\t", "\xa0", "[#1]"])
CHUNK = st.one_of(
    st.tuples(TEXTS, st.none()),
    st.tuples(st.one_of(st.binary(max_size=4), TEXTS.map(lambda t: t.encode("utf-8"))),
              st.sampled_from(sorted(_PLAIN_CHARSETS))),
)


def test_the_plain_charsets_are_read_and_written_by_their_own_codec():
    for name in _PLAIN_CHARSETS:
        charset = Charset(name)
        assert str(charset) == charset.input_codec == charset.output_codec == name


@settings(max_examples=2000, deadline=None)
@given(st.lists(CHUNK, min_size=1, max_size=5))
def test_joining_decoded_chunks_is_what_make_header_makes(chunks):
    joined = _joined(chunks)
    if joined is not None:  # None: left to make_header itself (bytes not in their charset)
        assert joined == str(make_header(chunks))


@pytest.mark.parametrize("value, text", [
    ("=?utf-8?B?0JjQstCw0L0=?= <a@b.c>", "Иван <a@b.c>"),
    ("Re: =?UTF-8?B?0KLQtdGB0YI=?=\r\n =?UTF-8?B?INC00LA=?=", "Re: Тест да"),
    ("=?koi8-r?Q?=F4=C5=D3=D4?= (x)", "Тест (x)"),
    ("=?windows-1251?B?mA==?=", "\ufffd"),  # a byte windows-1251 lacks: make_header refuses, the reader falls back
])
def test_encoded_headers(value, text):
    assert header_text(value) == text
