"""Folder names on the wire (modified UTF-7, RFC 3501 §5.1.3), the LIST response as imaplib hands it over, and the
choice of the watched folders. Dovecot runs each provider's layout in tests/collect/test_mailbox_layouts.py."""

from __future__ import annotations

import pytest

from audit.errors import WatchError
from probes.mail.folders import Listed, ListSyntaxError, parse_list, plan_folders
from probes.mail.utf7 import decode_mailbox, encode_mailbox


def stdlib_decode(wire: str) -> str:
    """An independent oracle for names without '&' or '+': modified UTF-7 turned back into UTF-7 (RFC 2152), which
    Python's codec reads."""
    return wire.replace("&", "+").replace(",", "/").encode("ascii").decode("utf-7")


@pytest.mark.parametrize(("name", "wire"), [
    ("INBOX", "INBOX"),
    ("Junk Email", "Junk Email"),
    ("R&D", "R&-D"),
    ("&", "&-"),
    ("&&", "&-&-"),
    ("Спам", "&BCEEPwQwBDw-"),
    ("[Gmail]/Спам", "[Gmail]/&BCEEPwQwBDw-"),
    ("Нежелательная почта", "&BB0ENQQ2BDUEOwQwBEIENQQ7BEwEPQQwBE8- &BD8EPgRHBEIEMA-"),
    ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501's own example
    ("Spam & Спам", "Spam &- &BCEEPwQwBDw-"),
    ("émoji 📬", "&AOk-moji &2D3c7A-"),  # outside the BMP: a UTF-16 surrogate pair
    ("", ""),
])
def test_modified_utf7_both_ways(name, wire):
    assert encode_mailbox(name) == wire
    assert decode_mailbox(wire) == name


@pytest.mark.parametrize("name", ["Спам", "Нежелательная почта", "Входящие", "日本語", "Ärger", "a\tb", "📬 box"])
def test_the_encoding_agrees_with_pythons_utf7(name):
    wire = encode_mailbox(name)
    assert wire.isascii() and all(0x20 <= ord(c) <= 0x7E for c in wire)
    assert stdlib_decode(wire) == name
    assert decode_mailbox(wire) == name


@pytest.mark.parametrize("wire", ["a&b", "&BCEE", "&BC!E-", "&A-"])
def test_what_is_not_modified_utf7_is_refused(wire):
    with pytest.raises(ValueError):
        decode_mailbox(wire)


def test_list_lines_flags_delimiters_quoted_names_and_literals():
    data = [
        b'(\\HasNoChildren \\Junk) "/" "Junk Email"',
        b'(\\HasNoChildren) "/" &BCEEPwQwBDw-',
        b'(\\HasChildren \\Noselect) "/" "[Gmail]"',
        b'(\\HasNoChildren \\Junk) "/" "[Gmail]/&BCEEPwQwBDw-"',
        b'(\\HasNoChildren) "." INBOX.Bulk',
        b'() NIL Shared',
        b'(\\HasNoChildren) "\\\\" "a\\"quoted\\\\name"',
        (b'(\\HasNoChildren) "/" {10}', b'Bulk\r\nMail'),
        b"",
        (b'(\\Marked) "/" {4}', b'Spam'),
        b' ("CHILDINFO" ("SUBSCRIBED"))',
        b'(\\HasNoChildren) "/" inbox',
    ]
    got = parse_list(data)
    assert [(f.name, f.wire, f.delimiter) for f in got] == [
        ("Junk Email", "Junk Email", "/"),
        ("Спам", "&BCEEPwQwBDw-", "/"),
        ("[Gmail]", "[Gmail]", "/"),
        ("[Gmail]/Спам", "[Gmail]/&BCEEPwQwBDw-", "/"),
        ("INBOX.Bulk", "INBOX.Bulk", "."),
        ("Shared", "Shared", None),
        ('a"quoted\\name', 'a"quoted\\name', "\\"),
        ("Bulk\r\nMail", "Bulk\r\nMail", "/"),
        ("Spam", "Spam", "/"),
        ("INBOX", "inbox", "/"),
    ]
    assert got[0].flags == {"\\hasnochildren", "\\junk"}
    assert not got[2].selectable and got[3].selectable
    assert got[3].leaf == "Спам" and got[4].leaf == "Bulk" and got[5].leaf == "Shared"


def test_a_server_that_sends_utf8_names_is_read_too():
    (folder,) = parse_list(['(\\HasNoChildren) "/" "Спам"'.encode()])
    assert folder.name == "Спам" and folder.wire == "&BCEEPwQwBDw-"


@pytest.mark.parametrize("line", [b'\\Junk "/" Spam', b'(\\Junk) "/" "Spam', b'(\\Junk) "/" {9}\r\nSpam'])
def test_a_broken_list_line_is_a_syntax_error_or_set_aside(line):
    with pytest.raises(ListSyntaxError):
        parse_list([line])
    broken: list[bytes] = []
    assert [f.name for f in parse_list([b'() "/" INBOX', line, b'(\\Junk) "/" Junk'], broken)] == ["INBOX", "Junk"]
    assert broken == [line]


def folders(*specs: str) -> list[Listed]:
    """'Name' or 'Name \\Flag', as people read the name."""
    out = []
    for spec in specs:
        name, _, flag = spec.partition(" \\")
        out.append(Listed(name, encode_mailbox(name), frozenset({"\\" + flag.lower()} if flag else ()), "/"))
    return out


@pytest.mark.parametrize(("server", "spam"), [
    (["INBOX", "Junk Email \\Junk", "Sent Items \\Sent"], ["Junk Email (\\Junk flag)"]),
    (["INBOX", "Bulk Mail"], ["Bulk Mail (spam name)"]),
    (["INBOX", "Спам", "Отправленные"], ["Спам (spam name)"]),
    (["INBOX", "Нежелательная почта"], ["Нежелательная почта (spam name)"]),
    (["INBOX", "[Gmail]/Spam \\Junk", "[Gmail]/All Mail \\All"], ["[Gmail]/Spam (\\Junk flag)"]),
    (["INBOX", "[Gmail]/Спам"], ["[Gmail]/Спам (spam name)"]),
    (["INBOX", "JUNK E-MAIL"], ["JUNK E-MAIL (spam name)"]),
    (["INBOX", "Junk \\Junk", "Spam"], ["Junk (\\Junk flag)", "Spam (spam name)"]),
    (["INBOX", "Spam \\Junk"], ["Spam (\\Junk flag)"]),
])
def test_the_spam_folder_by_flag_else_by_name(server, spam):
    plan = plan_folders("a@x", ["INBOX"], None, folders(*server))
    assert plan.describe() == ", ".join(["INBOX (study)"] + spam)
    assert plan.warning is None


def test_no_spam_folder_is_a_warning_naming_the_folders_seen():
    plan = plan_folders("a@x", ["INBOX"], None, folders("INBOX", "Archive", "Spamalot"))
    assert plan.describe() == "INBOX (study)"
    assert "a@x" in plan.warning and "no spam folder" in plan.warning
    assert "INBOX, Archive, Spamalot" in plan.warning and "imap.spam_folder" in plan.warning


def test_a_folder_the_study_names_is_checked_against_the_server():
    server = folders("INBOX", "Спам", "Junk \\Junk")
    plan = plan_folders("a@x", ["inbox"], "Спам", server)
    assert [(w.name, w.wire, w.why) for w in plan.folders] == [
        ("INBOX", "INBOX", "study"), ("Спам", "&BCEEPwQwBDw-", "study spam_folder")]
    assert plan_folders("a@x", ["INBOX"], "&BCEEPwQwBDw-", server).folders[1].name == "Спам"
    with pytest.raises(WatchError) as missing:
        plan_folders("a@x", ["INBOX"], "Spam", server)
    assert "a@x" in missing.value.message and "'Spam'" in missing.value.message
    assert "INBOX, Спам, Junk" in missing.value.message and "imap.spam_folder" in missing.value.hint
    with pytest.raises(WatchError, match="imap.folders"):
        plan_folders("a@x", ["INBOX", "Archive"], None, server)


def test_a_command_pending_on_a_connection_the_server_dropped_ends_at_once_not_at_its_timeout():
    """aioimaplib waits out a pending command's timeout on a lost connection; guarded() ends it when the transport
    closes (a server restarting during LOGIN held the watcher 30-90 s)."""
    import asyncio
    from types import SimpleNamespace

    from probes.mail.session import guarded

    class Transport:
        closing = False

        def is_closing(self) -> bool:
            return self.closing

    async def scenario() -> str:
        imap = SimpleNamespace(protocol=SimpleNamespace(transport=None))  # not connected yet: no transport
        never = asyncio.get_running_loop().create_future()  # the answer that never comes
        pending = asyncio.ensure_future(guarded(imap, never, timeout=3600))
        await asyncio.sleep(0.6)
        assert not pending.done()  # no transport yet is "connecting", not "closed"
        imap.protocol.transport = Transport()
        await asyncio.sleep(0.6)
        assert not pending.done()
        imap.protocol.transport.closing = True  # the server went away
        try:
            await asyncio.wait_for(pending, timeout=60)  # a bound for a broken build, not a timing expectation
        except ConnectionError as exc:
            return str(exc)
        return "no error"

    assert "closed the connection" in asyncio.run(scenario())
