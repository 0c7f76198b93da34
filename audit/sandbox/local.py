"""A researcher's own study in the sandbox: its real endpoints replaced by the sandbox's local ones.

A real study names real servers (the persona's SMTP and IMAP at the mail provider, VK's API, the companies' form
pages on their sites). The sandbox must never reach them, and must not need the real secrets: every endpoint that
is not on this machine is replaced, in memory only, by a loopback one the sandbox serves, and the secrets the
personas name by the sandbox's own. The study file is not touched; the replacements are said at the start.
"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from audit.sandbox.peers import VK_TOKEN_ENV
from audit.study.model import Study

LOOPBACK = ("127.0.0.1", "localhost", "::1")
PASSWORD_ENV = "SANDBOX_PASSWORD"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _local(host: str | None) -> bool:
    return (host or "") in LOOPBACK


def local_endpoints(study: Study) -> tuple[Study, list[str]]:
    """The study with every non-loopback endpoint replaced by a local one; and what was replaced, in words.
    All personas share one local mail server and one VK API (the sandbox runs one of each)."""
    notes: list[str] = []
    smtp_port = imap_port = vk_port = None
    personas = []
    for p in study.personas:
        update: dict = {}
        if p.email is not None and not (_local(p.email.smtp.host) and _local(p.email.imap.host)):
            smtp_port, imap_port = smtp_port or _free_port(), imap_port or _free_port()
            local = {"host": "127.0.0.1", "security": "plain", "ca_file": None, "password_env": PASSWORD_ENV}
            update["email"] = p.email.model_copy(update={
                "smtp": p.email.smtp.model_copy(update={**local, "port": smtp_port}),
                "imap": p.email.imap.model_copy(update={**local, "port": imap_port})})
            notes.append(f"persona {p.id}: mail servers {p.email.smtp.host} and {p.email.imap.host} replaced by "
                         f"the sandbox's 127.0.0.1:{smtp_port} (SMTP) and :{imap_port} (IMAP)")
        vk = getattr(p, "vk", None)
        if vk is not None and not _local(urlsplit(vk.api_url).hostname):
            vk_port = vk_port or _free_port()
            update["vk"] = vk.model_copy(update={"api_url": f"http://127.0.0.1:{vk_port}/method/",
                                                 "token_env": VK_TOKEN_ENV})
            notes.append(f"persona {p.id}: VK API {vk.api_url} replaced by the sandbox's 127.0.0.1:{vk_port}")
        telegram = getattr(p, "telegram", None)
        if telegram is not None:
            update["telegram"] = telegram.model_copy(update={"api_hash_env": PASSWORD_ENV})
        personas.append(p.model_copy(update=update) if update else p)
    companies, form_port, moved = [], None, 0
    for c in study.companies:
        form = c.contacts.form
        if form and not _local(urlsplit(str(form)).hostname):
            form_port = form_port or _free_port()
            path = urlsplit(str(form)).path or "/"
            c = c.model_copy(update={"contacts": c.contacts.model_copy(
                update={"form": f"http://127.0.0.1:{form_port}/{c.id}{path}"})})
            moved += 1
        companies.append(c)
    if moved:
        notes.append(f"{moved} companies' feedback forms served by the sandbox at 127.0.0.1:{form_port}")
    if not notes:
        return study, []
    out = study.model_copy(update={"personas": personas, "companies": companies})
    out._source, out._files, out._by_id = study.source, study.files, None  # the id index points at the new ones
    return out, notes
