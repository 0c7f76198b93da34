"""Reading a persona's mailbox with the standard library's imaplib, in a worker thread: log in, list the folders
and choose the watched ones (probes/mail/folders.py), fetch new messages by UID, and ask the server for its clock.

Catch-up fetches thousands of messages at once; aioimaplib's response parser rescans the response on every line
(quadratic) and overflows the stack on big responses, after which the command hangs (docs/architecture.md,
measured facts, and our measurement: 10,000 messages take ~1.4 s at best with aioimaplib, 0.3 s with imaplib).
aioimaplib is kept for what it does well: waiting in IDLE (probes/mail/watching.py, probes/mail/session.py).
"""

from __future__ import annotations

import imaplib
import logging
import os
import re
import ssl
from datetime import UTC, datetime, timedelta, timezone

from audit.errors import SecretError, WatchError
from probes.base import MAX_STORED_BYTES, Incoming
from probes.mail import Endpoint, ImapEndpoint
from probes.mail.folders import FolderPlan, Listed, parse_list, plan_folders
from probes.mail.utf7 import encode_mailbox

log = logging.getLogger("audit.email")
_UID = re.compile(rb"UID (\d+)")
_IDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def tls_context(endpoint: Endpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(endpoint.ca_file) if endpoint.ca_file else None)
    return ctx  # hostname and certificate checks stay on


def parse_internaldate(value: bytes | str) -> datetime:
    """IMAP date-time, e.g. ' 7-Dec-2026 10:03:12 +0300' (RFC 3501), as an aware UTC datetime."""
    s = value.decode() if isinstance(value, bytes) else value
    d, rest = s.strip().split("-", 1)
    mon, rest = rest.split("-", 1)
    year, hms, zone = rest.split()
    hh, mm, ss = (int(x) for x in hms.split(":"))
    sign = -1 if zone[0] == "-" else 1
    offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
    local = datetime(int(year), _MONTHS[mon.lower()], int(d), hh, mm, ss, tzinfo=timezone(offset))
    return local.astimezone(UTC)


def quote_mailbox(wire: str) -> str:
    """A folder's wire name as an IMAP quoted string (neither imaplib nor aioimaplib quotes a mailbox argument)."""
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'


def plain_response(user: str, password: str) -> bytes:
    """SASL PLAIN's initial response (RFC 4616): UTF-8, so a password in any script travels as it is typed."""
    return f"\0{user}\0{password}".encode()


def login_refused(endpoint: ImapEndpoint, context: str) -> WatchError:
    return WatchError(f"{context}: IMAP login refused for {endpoint.username} at {endpoint.host}",
                      hint=f"check the user name and the secret {endpoint.password_env}")


def no_utf8_login(endpoint: ImapEndpoint, context: str) -> SecretError:
    return SecretError(f"{context}: the user name or the password in {endpoint.password_env} has non-ASCII "
                       f"characters, and the IMAP server {endpoint.host} offers no AUTHENTICATE PLAIN to send them "
                       f"(its LOGIN takes ASCII only)",
                       hint="give the mailbox a password of ASCII letters, digits and signs (or an app password) and "
                            f"put it in {endpoint.password_env}")


class SyncMailbox:
    """One logged-in imaplib connection to a persona's mailbox. Folder arguments are wire names (Watched.wire)."""

    def __init__(self, endpoint: ImapEndpoint, password: str, account: str | None = None):
        self.endpoint, self.password = endpoint, password
        self.account = account or endpoint.username or endpoint.host
        self.imap: imaplib.IMAP4 | None = None

    def connect(self) -> None:
        ep = self.endpoint
        port = ep.port or (993 if ep.security == "tls" else 143)
        if ep.security == "tls":
            imap = imaplib.IMAP4_SSL(ep.host, port, ssl_context=tls_context(ep), timeout=ep.timeout)
        else:
            imap = imaplib.IMAP4(ep.host, port, timeout=ep.timeout)
            if ep.security == "starttls":
                imap.starttls(ssl_context=tls_context(ep))
        try:
            self._login(imap)
        except BaseException:
            imap.shutdown()
            raise
        self.imap = imap

    def _login(self, imap: imaplib.IMAP4) -> None:
        """LOGIN when user and password are ASCII (all LOGIN can carry, RFC 3501 §9); else AUTHENTICATE PLAIN."""
        user, ep = self.endpoint.username or "", self.endpoint
        try:
            if f"{user}{self.password}".isascii():
                imap.login(user, self.password)
            elif "AUTH=PLAIN" in imap.capabilities:
                imap.authenticate("PLAIN", lambda _challenge: plain_response(user, self.password))
            else:
                raise no_utf8_login(ep, f"watching {self.account}")
        except imaplib.IMAP4.error as exc:
            raise login_refused(ep, f"watching {self.account} ({exc})") from exc

    def close(self) -> None:
        if self.imap is not None:
            try:
                self.imap.logout()
            except Exception:  # noqa: BLE001 - leaving anyway
                pass
            self.imap = None

    def listed(self) -> list[Listed]:
        typ, data = self.imap.list()
        if typ != "OK":
            raise WatchError(f"watching {self.account}: the server refused to list the folders: {data!r}")
        broken: list[bytes] = []
        listed = parse_list(data, broken)
        if broken:  # the other folders are still watched; a study's folder on such a line is reported missing
            log.warning("watching %s: the server lists folders this watcher cannot read: %r", self.account, broken)
        return listed

    def plan(self) -> FolderPlan:
        """The folders to watch (raises WatchError for a folder the study names that the server lacks)."""
        ep = self.endpoint
        return plan_folders(self.account, ep.folders, ep.spam_folder, self.listed())

    def has_folder(self, name: str) -> bool:
        """A folder named as people read it (the study's sent_folder) can be opened."""
        return self.select(encode_mailbox(name)) is not None

    def server_time(self) -> datetime:
        """The server's clock: the INTERNALDATE it gives a message appended without a date, in a scratch folder
        created for it and deleted afterwards (the persona's own folders are never touched)."""
        folder = f"audit-clock-check-{os.getpid()}-{int(datetime.now(UTC).timestamp())}"
        typ, data = self.imap.create(folder)
        if typ != "OK":
            raise WatchError(f"{self.endpoint.username}: cannot create the scratch folder {folder}: {data!r}")
        try:
            message = b"From: audit <clock@audit.invalid>\r\nSubject: audit clock check\r\n\r\nscratch\r\n"
            typ, data = self.imap.append(folder, None, None, message)
            if typ != "OK":
                raise WatchError(f"{self.endpoint.username}: APPEND to {folder} refused: {data!r}")
            self.imap.select(folder, readonly=True)
            typ, data = self.imap.fetch("1", "(INTERNALDATE)")
            found = _IDATE.search(b" ".join(d for d in data if isinstance(d, bytes))) if typ == "OK" else None
            if found is None:
                raise WatchError(f"{self.endpoint.username}: the server gave no INTERNALDATE: {data!r}")
        finally:
            if self.imap.state == "SELECTED":
                self.imap.close()
            deleted, _ = self.imap.delete(folder)
        if deleted != "OK":
            raise WatchError(f"{self.endpoint.username}: the scratch folder {folder} could not be deleted",
                             hint="delete it in your mail client")
        return parse_internaldate(found.group(1))

    def select(self, wire: str) -> int | None:
        """UIDVALIDITY of the folder, or None when it cannot be opened."""
        typ, _ = self.imap.select(quote_mailbox(wire), readonly=True)
        if typ != "OK":
            return None
        value = self.imap.response("UIDVALIDITY")[1]
        return int(value[0]) if value and value[0] else 0

    def uids_after(self, last: int) -> list[int]:
        typ, data = self.imap.uid("SEARCH", f"UID {last + 1}:*")
        return sorted(u for u in (int(x) for x in b" ".join(d for d in data if d).split()) if u > last)

    def sizes(self, uids: list[int]) -> dict[int, int]:
        """UID -> the message's size in bytes (RFC822.SIZE), so that fetches can be cut to a bounded size."""
        typ, data = self.imap.uid("FETCH", f"{uids[0]}:{uids[-1]}", "(UID RFC822.SIZE)")
        if typ != "OK":
            raise WatchError(f"watching {self.endpoint.username}: FETCH of sizes {uids[0]}:{uids[-1]} failed: "
                             f"{data!r}")
        out = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            uid, size = (_UID.search(line), _SIZE.search(line)) if isinstance(line, bytes) else (None, None)
            if uid and size:
                out[int(uid.group(1))] = int(size.group(1))
        return out

    def fetch(self, uids: list[int], account: str, folder: str, uidvalidity: int) -> list[Incoming]:
        """The messages of the selected folder with their server times; `folder` is its name as people read it, for
        the stored replies. Of a message larger than MAX_STORED_BYTES only that much is fetched (a partial
        BODY.PEEK, RFC 3501), never the whole into memory; its size comes with it."""
        typ, data = self.imap.uid("FETCH", f"{uids[0]}:{uids[-1]}",
                                  f"(UID INTERNALDATE RFC822.SIZE BODY.PEEK[]<0.{MAX_STORED_BYTES}>)")
        if typ != "OK":
            raise WatchError(f"watching {account}: FETCH {uids[0]}:{uids[-1]} in {folder} failed: {data!r}")
        wanted, out = set(uids), []
        for i, item in enumerate(data):
            if not isinstance(item, tuple):
                continue
            # the response's items around the body: before it, and (some servers) after it on the same line
            tail = data[i + 1] if i + 1 < len(data) else None
            head = item[0] + (tail if isinstance(tail, bytes) and tail[:1] in (b")", b" ") else b"")
            uid, idate, size = _UID.search(head), _IDATE.search(head), _SIZE.search(head)
            if uid and idate and int(uid.group(1)) in wanted:
                whole = int(size.group(1)) if size else len(item[1])
                out.append(Incoming(account, folder, uidvalidity, int(uid.group(1)),
                                    parse_internaldate(idate.group(1)), item[1],
                                    size=whole if whole > len(item[1]) else None))
        return out
