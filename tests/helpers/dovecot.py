"""Private Dovecot IMAP server for tests and benchmarks.

Self-contained (stdlib only, no pytest import).  Typical use::

    from tests.helpers.dovecot import Dovecot, dovecot_available

    ok, reason = dovecot_available()
    with Dovecot() as dc:
        dc.append("INBOX", raw_bytes, datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
        dc.bulk_append((raw, when) for raw, when in messages)
        imap = dc.connect()          # logged-in imaplib.IMAP4
        ...
        dc.restart()                 # same port + mail dir -> UIDs/UIDVALIDITY persist

The server runs ``dovecot -F -c <conf>`` as a child process in its own process
group, listening on 127.0.0.1:<free port>, plain IMAP (no TLS), any user name
with password ``Dovecot.password`` (any script: LOGIN takes it as UTF-8, so does
AUTHENTICATE PLAIN).  Mailboxes: INBOX, Junk (\\Junk), Sent (\\Sent) by default;
``mailboxes`` gives others, as a provider lays them out: ``{"Junk Email":
"\\Junk", "Спам": None}`` (name as people read it -> special-use flag or none),
each created at the first login; ``separator`` is the hierarchy delimiter;
``auth_mechanisms`` the SASL mechanisms offered; ``sasl_ir=False`` a server that
takes no initial response in AUTHENTICATE (RFC 4959's SASL-IR is not announced);
``rawlog=True`` keeps what each client sent before logging in (``rawlog_in()``).

Written for Dovecot 2.3 (``disable_plaintext_auth`` / ``mail_location``); the
2.4 spellings are used automatically when ``dovecot --version`` says 2.4+.
Needs root (Dovecot drops privileges to the ``dovecot``/``dovenull`` users).
"""

from __future__ import annotations

import atexit
import imaplib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime

__all__ = ["Dovecot", "DovecotError", "dovecot_available", "dovecot_binary", "dovecot_version"]

_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


class DovecotError(RuntimeError):
    pass


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    for path in _CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    return None


def dovecot_version(binary: str | None = None) -> tuple[int, ...]:
    binary = binary or dovecot_binary()
    if not binary:
        return ()
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    m = re.match(r"\s*(\d+)\.(\d+)(?:\.(\d+))?", out)
    return tuple(int(x) for x in m.groups() if x is not None) if m else ()


def dovecot_available() -> tuple[bool, str]:
    """(True, "") if a private Dovecot can be started here, else (False, reason)."""
    binary = dovecot_binary()
    if not binary:
        return False, "dovecot binary not found (apt-get install dovecot-imapd)"
    if os.geteuid() != 0:
        return False, "private Dovecot needs root (it drops privileges to dovecot/dovenull)"
    for user in ("dovecot", "dovenull"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            return False, f"system user {user!r} missing"
    if not dovecot_version(binary):
        return False, f"cannot determine version of {binary}"
    return True, ""


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM the dovecot master if the forking thread dies,
    so a killed test run (SIGKILL/SIGTERM, atexit not run) does not leak a server."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _imap_date(when: datetime) -> str:
    """INTERNALDATE string; naive datetimes are taken as UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return imaplib.Time2Internaldate(when)  # '"dd-Mon-yyyy hh:mm:ss +zzzz"'


class Dovecot:
    host = "127.0.0.1"

    def __init__(self, user: str = "shopper", password: str = "secret", base_dir: str | None = None,
                 die_with_parent: bool = True, mailboxes: dict[str, str | None] | None = None,
                 separator: str = "/", auth_mechanisms: str = "plain login", sasl_ir: bool = True,
                 rawlog: bool = False):
        # die_with_parent: PR_SET_PDEATHSIG is tied to the *thread* calling start();
        # pass False when starting from a short-lived worker thread.
        self.die_with_parent = die_with_parent
        self.user = user
        self.password = password
        self.mailboxes = {"Junk": "\\Junk", "Sent": "\\Sent"} if mailboxes is None else dict(mailboxes)
        self.separator = separator
        self.auth_mechanisms = auth_mechanisms  # without plain, Dovecot refuses LOGIN too (LOGINDISABLED)
        self.sasl_ir, self.rawlog = sasl_ir, rawlog
        self.port: int | None = None
        self._own_base = base_dir is None
        self.base = base_dir or tempfile.mkdtemp(prefix=f"audit-{self.kind}-")
        self.maildir_root = os.path.join(self.base, "mail")
        self.conf_path = os.path.join(self.base, "dovecot.conf")
        self.log_path = os.path.join(self.base, "dovecot.log")
        self.binary = dovecot_binary()
        self.version = dovecot_version(self.binary)
        self._proc: subprocess.Popen | None = None
        atexit.register(self._atexit)

    # ------------------------------------------------------------------ config
    def _write_config(self) -> None:
        pw = pwd.getpwnam("dovecot")
        os.chmod(self.base, 0o755)  # login/auth processes (dovenull/dovecot) must traverse it
        for sub in ("mail", "home", "state"):
            path = os.path.join(self.base, sub)
            os.makedirs(path, exist_ok=True)
            if sub != "state":
                os.chown(path, pw.pw_uid, pw.pw_gid)
        b = self.base
        v24 = self.version >= (2, 4)
        lines = [
            "dovecot_config_version = 2.4.0" if v24 else "",
            "dovecot_storage_version = 2.4.0" if v24 else "",
            "protocols = imap",
            "listen = 127.0.0.1",
            f"base_dir = {b}/run",
            f"state_dir = {b}/state",
            f"log_path = {b}/dovecot.log",
            f"info_log_path = {b}/dovecot.log",
            "ssl = no",
            "auth_allow_cleartext = yes" if v24 else "disable_plaintext_auth = no",
            f"auth_mechanisms = {self.auth_mechanisms}",
            "default_login_user = dovenull",
            "default_internal_user = dovecot",
            "first_valid_uid = 1",
            "mail_fsync = never",
        ]
        if not self.sasl_ir:  # Dovecot's own list, before and after login, less SASL-IR
            lines.append("imap_capability = IMAP4rev1 LITERAL+ ID ENABLE IDLE SPECIAL-USE MULTIAPPEND UIDPLUS")
        self._login_service = ""
        if self.rawlog:  # written by imap-login, which runs as dovenull
            rawlog = os.path.join(b, "rawlog")
            os.makedirs(rawlog, exist_ok=True)
            os.chown(rawlog, pwd.getpwnam("dovenull").pw_uid, pwd.getpwnam("dovenull").pw_gid)
            self._login_service = f"  executable = imap-login -R {rawlog}\n  chroot =\n"  # the path as it is
        if v24:
            lines += [
                "mail_driver = maildir",
                f"mail_path = {b}/mail/%{{user}}",
                "passdb static {\n  password = " + self.password + "\n}",
                f"userdb static {{\n  fields {{\n    uid = dovecot\n    gid = dovecot\n"
                f"    home = {b}/home/%{{user}}\n  }}\n}}",
            ]
        else:
            lines += [
                f"mail_location = maildir:{b}/mail/%u",
                f"passdb {{\n  driver = static\n  args = password={self.password}\n}}",
                f"userdb {{\n  driver = static\n  args = uid=dovecot gid=dovecot home={b}/home/%u\n}}",
            ]
        boxes = "".join(f'  mailbox "{name}" {{\n' + (f"    special_use = {use}\n" if use else "")
                        + "    auto = create\n  }\n" for name, use in self.mailboxes.items())
        lines += [
            f"namespace inbox {{\n  inbox = yes\n  separator = {self.separator}\n{boxes}}}",
            "service imap-login {\n" + self._login_service + "  inet_listener imap {\n    address = 127.0.0.1\n"
            f"    port = {self.port}\n  }}\n  inet_listener imaps {{\n    port = 0\n  }}\n}}",
        ]
        with open(self.conf_path, "w") as fh:
            fh.write("\n".join(x for x in lines if x) + "\n")

    # --------------------------------------------------------------- lifecycle
    # what differs for another server implementation (tests/helpers/cyrus.py): its name, whether it can run here,
    # its command line and environment; the configuration (_write_config) too
    kind = "dovecot"

    def available(self) -> tuple[bool, str]:
        return dovecot_available()

    def command(self) -> list[str]:
        return [self.binary, "-F", "-c", self.conf_path]

    def environment(self) -> dict[str, str] | None:
        return None  # the caller's

    def start(self, timeout: float = 10.0) -> Dovecot:
        if self._proc is not None:
            return self
        ok, reason = self.available()
        if not ok:
            raise DovecotError(reason)
        if self.port is None:
            self.port = _free_port()
        self._write_config()
        log = open(self.log_path, "ab")
        try:
            self._proc = subprocess.Popen(
                self.command(), env=self.environment(),
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group -> killpg in stop()
                preexec_fn=_die_with_parent if self.die_with_parent else None,
            )
        finally:
            log.close()
        deadline = time.monotonic() + timeout
        last_err: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                rc = self._proc.returncode
                self._proc = None
                raise DovecotError(f"{self.kind} exited with {rc}\n{self.log_tail()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as s:
                    greeting = s.recv(1024)
                    if greeting.startswith(b"* OK"):
                        return self
                    last_err = DovecotError(f"unexpected greeting {greeting!r}")
            except OSError as e:
                last_err = e
            time.sleep(0.05)
        self.stop()
        raise DovecotError(f"{self.kind} not ready on {self.host}:{self.port} after {timeout}s "
                           f"({last_err})\n{self.log_tail()}")

    def _group_pids(self, pgid: int) -> list[int]:
        pids = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[2]) == pgid:  # state, ppid, pgrp
                pids.append(int(entry))
        return pids

    def stop(self, timeout: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        pgid = proc.pid
        # SIGTERM to the whole group: ~0.1 s.  (TERM to the master alone takes ~1.1 s
        # and leaves imap processes of still-open client connections running.)
        # imap processes exit cleanly on TERM; maildir + dovecot-uidlist persist.
        try:
            os.killpg(pgid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
        # Anything left over: TERM again, then KILL.
        for sig, grace in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 2.0)):
            if not self._group_pids(pgid):
                break
            try:
                os.killpg(pgid, sig)
            except (ProcessLookupError, PermissionError):
                break
            deadline = time.monotonic() + grace
            while self._group_pids(pgid) and time.monotonic() < deadline:
                time.sleep(0.02)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            pass

    def restart(self) -> Dovecot:
        self.stop()
        return self.start()

    def cleanup(self) -> None:
        self.stop()
        if self._own_base:
            shutil.rmtree(self.base, ignore_errors=True)

    def _atexit(self) -> None:
        try:
            self.cleanup()
        except Exception:
            pass

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.cleanup()

    def log_tail(self, n: int = 30) -> str:
        try:
            with open(self.log_path, errors="replace") as fh:
                return "".join(fh.readlines()[-n:])
        except OSError:
            return "(no dovecot log)"

    def rawlog_in(self) -> bytes:
        """What clients sent before they were logged in, every connection's (needs rawlog=True)."""
        folder = os.path.join(self.base, "rawlog")
        return b"".join(open(os.path.join(folder, name), "rb").read()
                        for name in sorted(os.listdir(folder)) if name.endswith(".in"))

    # ------------------------------------------------------------------ client
    def connect(self, timeout: float = 30.0) -> imaplib.IMAP4:
        imap = imaplib.IMAP4(self.host, self.port, timeout=timeout)
        if (self.user + self.password).isascii():
            imap.login(self.user, self.password)
        else:  # imaplib's LOGIN takes ASCII only
            imap.authenticate("PLAIN", lambda _: f"\0{self.user}\0{self.password}".encode())
        return imap

    def append(self, mailbox: str, raw: bytes, internaldate: datetime, flags: str = "") -> None:
        """APPEND one message with the given INTERNALDATE (naive = UTC)."""
        imap = self.connect()
        try:
            typ, data = imap.append(mailbox, flags or None, _imap_date(internaldate), raw)
            if typ != "OK":
                raise DovecotError(f"APPEND failed: {data!r}")
        finally:
            imap.logout()

    def bulk_append(self, messages: Iterable[tuple[bytes, datetime]], mailbox: str = "INBOX",
                    batch: int = 500) -> int:
        """APPEND many (raw, internaldate) messages over one connection.

        Uses MULTIAPPEND + LITERAL+ (both advertised by Dovecot): each batch is one
        command streamed without waiting for continuations; ~10k msgs/s.
        UIDs are assigned in iteration order.  Returns the number appended.
        """
        imap = self.connect()
        count = 0
        try:
            typ, data = imap.capability()  # post-login list (adds MULTIAPPEND)
            caps = data[0].decode().upper().split()
            if "MULTIAPPEND" not in caps or "LITERAL+" not in caps:
                raise DovecotError(f"server lacks MULTIAPPEND/LITERAL+: {caps}")
            mbox = imap._quote(mailbox).encode()
            it = iter(messages)
            n = 0
            while True:
                parts: list[bytes] = []
                for raw, when in it:
                    raw = imaplib.MapCRLF.sub(imaplib.CRLF, raw)  # as imaplib.append does
                    parts.append(b" () " + _imap_date(when).encode() + b" {%d+}\r\n" % len(raw) + raw)
                    if len(parts) >= batch:
                        break
                if not parts:
                    break
                n += 1
                tag = b"BA%d" % n
                imap.send(tag + b" APPEND " + mbox + b"".join(parts) + b"\r\n")
                while True:
                    line = imap.readline()
                    if not line:
                        raise DovecotError("connection closed during bulk append")
                    if line.startswith(tag + b" "):
                        if not line.startswith(tag + b" OK"):
                            raise DovecotError(f"bulk APPEND failed: {line!r}")
                        break
                count += len(parts)
        finally:
            try:
                imap.logout()
            except Exception:
                pass
        return count
