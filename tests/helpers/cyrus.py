"""Private Cyrus IMAP server for tests: the second IMAP implementation the mailbox layouts are checked against.

Used as tests/helpers/dovecot.py's Dovecot is (same keyword arguments: user, password, mailboxes, separator,
auth_mechanisms; same start/stop/restart/connect/append; not sasl_ir=False nor rawlog)::

    with Cyrus(mailboxes={"Junk Email": "\\\\Junk"}) as server:
        server.append('"Junk Email"', raw, when)

Debian's cyrus-imapd conflicts with dovecot-imapd, so Cyrus is not installed: tests/setup-cyrus.sh unpacks its
packages under AUDIT_CYRUS_DIR (default /var/tmp/audit-cyrus)/root, and each server here runs that tree's
``master`` with a configuration, data directory and loopback port of its own. Cyrus refuses to run as root: as
root it runs as ``nobody``, else as ourselves. Any password logs in (``sasl_pwcheck_method: alwaystrue``): these
servers test mailbox layouts, not passwords. Folders are made at the first start with CREATE, their special-use
flag with RFC 6154's ``USE`` (Cyrus has no configured mailboxes as Dovecot has).

Cyrus logs only to syslog, which a test machine may lack: a server that does not start is diagnosed with
``strace -f`` on the command in :meth:`Cyrus.command`. Its master gives up root for ``nobody``, which clears the
parent-death signal Dovecot's servers get: a test run killed with SIGKILL (atexit not run) leaves its Cyrus
servers running, each with its data directory under the temporary folder (audit-cyrus-*).
"""

from __future__ import annotations

import base64
import os
import pwd

from tests.helpers.dovecot import Dovecot, DovecotError

__all__ = ["CYRUS_DIR", "Cyrus", "LayoutUnsupported", "cyrus_available"]

CYRUS_DIR = os.environ.get("AUDIT_CYRUS_DIR", "/var/tmp/audit-cyrus")
_BIN = os.path.join(CYRUS_DIR, "root", "usr", "lib", "cyrus", "bin")
_SUBDIRS = ("db", "proc", "socket", "log", "msg", "ptclient", "quota", "sieve", "user", "lock", "sync")


class LayoutUnsupported(DovecotError):
    """A mailbox layout this server cannot be given (a test skips with this reason)."""


def cyrus_available() -> tuple[bool, str]:
    """(True, "") if a private Cyrus can be started here, else (False, reason)."""
    if not os.access(os.path.join(_BIN, "master"), os.X_OK) or not os.path.isfile(_libpath_file()):
        return False, f"Cyrus IMAP is not unpacked in {CYRUS_DIR} (run `sh tests/setup-cyrus.sh` or `make cyrus`)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("nobody")
        except KeyError:
            return False, "Cyrus refuses to run as root and there is no user 'nobody' to run it as"
    return True, ""


def _libpath_file() -> str:
    return os.path.join(CYRUS_DIR, "libpath")


def mutf7(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501 §5.1.3), written here rather than taken from the code under
    test: printable ASCII stands for itself ("&" as "&-"), other runs are UTF-16 in base64 with "," for "/"."""
    out, run = [], []

    def flush() -> None:
        if run:
            data = "".join(run).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode().rstrip("=").replace("/", ",") + "-")
            run.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)


class Cyrus(Dovecot):
    kind = "cyrus"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.rawlog:
            raise DovecotError("rawlog is Dovecot's (imap-login -R); Cyrus keeps no log of what clients send")
        if not self.sasl_ir:  # measured: suppress_capabilities: SASL-IR leaves it in the greeting and CAPABILITY
            raise DovecotError("Cyrus 3.6 always offers SASL-IR: a server without it is Dovecot's (sasl_ir=False)")
        self.binary = os.path.join(_BIN, "master")
        self.version = ()
        self.conf_path = os.path.join(self.base, "imapd.conf")
        self.services_path = os.path.join(self.base, "cyrus.conf")
        self.run_as = "nobody" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        self._made = False

    def available(self) -> tuple[bool, str]:
        return cyrus_available()

    def command(self) -> list[str]:
        return [self.binary, "-D", "-C", self.conf_path, "-M", self.services_path,
                "-p", os.path.join(self.base, "run", "master.pid")]

    def environment(self) -> dict[str, str]:
        with open(_libpath_file()) as fh:
            libpath = fh.read().strip()
        return {**os.environ, "LD_LIBRARY_PATH": libpath}

    def _write_config(self) -> None:
        b = self.base
        os.chmod(b, 0o755)
        for sub in ("spool", "run", *(os.path.join("conf", d) for d in _SUBDIRS)):
            os.makedirs(os.path.join(b, sub), exist_ok=True)
        mechanisms = " ".join(m.upper() for m in self.auth_mechanisms.split())
        # "/" as the separator is unixhierarchysep; with "." (Courier's and old Cyrus's) folders live under INBOX.
        # altnamespace lists the user's folders beside INBOX, as providers do.
        lines = [
            f"configdirectory: {b}/conf",
            f"partition-default: {b}/spool",
            f"idlesocket: {b}/run/idle",
            f"lmtpsocket: {b}/run/lmtp",
            f"notifysocket: {b}/run/notify",
            "servername: localhost",
            f"cyrus_user: {self.run_as}",
            "syslog_prefix: audit-cyrus",
            "allowplaintext: yes",
            "sasl_pwcheck_method: alwaystrue",
            f"sasl_mech_list: {mechanisms}",
            "autocreate_quota: 0",  # the user's INBOX is made at the first login
            f"unixhierarchysep: {'yes' if self.separator == '/' else 'no'}",
            "altnamespace: yes",
            "virtdomains: userid",  # user names with a domain (anatoly@shopper.example), as providers have
            "imapidlepoll: 1",  # no idled runs here: IDLE polls the mailbox, every minute by default
        ]
        with open(self.conf_path, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        ctl, imapd = os.path.join(_BIN, "ctl_cyrusdb"), os.path.join(_BIN, "imapd")
        with open(self.services_path, "w") as fh:
            fh.write(f'START {{\n  recover cmd="{ctl} -r -C {self.conf_path}"\n}}\n'
                     f'SERVICES {{\n  imap cmd="{imapd} -C {self.conf_path}" listen="127.0.0.1:{self.port}" '
                     f'prefork=0\n}}\nEVENTS {{\n}}\nDAEMON {{\n}}\n')
        owner = pwd.getpwnam(self.run_as)
        for root, dirs, files in os.walk(b):
            for name in (*dirs, *files):
                os.chown(os.path.join(root, name), owner.pw_uid, owner.pw_gid)

    def start(self, timeout: float = 10.0) -> Cyrus:
        super().start(timeout)
        if not self._made:  # the layout, once: a restart keeps the data directory
            self._make_mailboxes()
            self._made = True
        return self

    def _make_mailboxes(self) -> None:
        nested = [name for name, use in self.mailboxes.items() if use and self.separator in name]
        if nested:
            raise LayoutUnsupported(f"Cyrus 3.6 gives special-use flags to top-level folders only (CREATE with USE "
                                    f"answers 'SPECIAL-USE flag conflict'): {nested} cannot be laid out")
        imap = self.connect()
        try:
            for name, use in self.mailboxes.items():
                wire = '"' + mutf7(name) + '"'
                typ, data = imap._simple_command("CREATE", wire + (f" (USE ({use}))" if use else ""))
                if typ != "OK":
                    raise DovecotError(f"cyrus: CREATE {wire} ({use}) refused: {data!r}")
        finally:
            imap.logout()

    def log_tail(self, n: int = 30) -> str:
        return "(Cyrus logs to syslog only: run its command under strace -f to see why it stops)"
