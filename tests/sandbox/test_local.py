"""A researcher's own study, with its real servers and form pages, runs in the sandbox: every endpoint off this
machine is replaced in memory by a local one, the study file is untouched, and nothing can reach the real ones."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest
from rich.console import Console

from audit.errors import AuditError
from audit.sandbox.demo import serve
from audit.sandbox.local import PASSWORD_ENV, local_endpoints
from audit.study.load import load_study
from tests.helpers.studies import ROOT

EXAMPLE = ROOT / "studies" / "example.yaml"


def test_every_real_endpoint_is_replaced_by_a_local_one_and_the_file_is_untouched():
    before = EXAMPLE.read_bytes()
    study = load_study(EXAMPLE)
    local, notes = local_endpoints(study)
    hosts = []
    for p in local.personas:
        if p.email:
            hosts += [p.email.smtp.host, p.email.imap.host]
            assert p.email.smtp.password_env == p.email.imap.password_env == PASSWORD_ENV  # no real secret needed
            assert p.email.smtp.security == "plain" and p.email.smtp.ca_file is None
        if p.vk:
            hosts.append(urlsplit(p.vk.api_url).hostname)
    forms = [c.contacts.form for c in local.companies if c.contacts.form]
    hosts += [urlsplit(f).hostname for f in forms]
    assert hosts and set(hosts) == {"127.0.0.1"}
    assert all(local.company(c.id).contacts.form == c.contacts.form for c in local.companies)  # index rebuilt
    assert any("smtp.example.org" in n for n in notes) and any("feedback forms" in n for n in notes)
    assert local.source == study.source and local.files == study.files
    assert study.personas[0].email.smtp.host == "smtp.example.org"  # the loaded study itself is unchanged
    assert EXAMPLE.read_bytes() == before
    demo = load_study(ROOT / "studies" / "demo.yaml")
    assert local_endpoints(demo) == (demo, [])  # already local: kept as written


def test_the_sandbox_for_other_processes_refuses_a_study_with_real_servers():
    with pytest.raises(AuditError, match="names servers that are not on this machine"):
        asyncio.run(serve(EXAMPLE, 3600, Console(quiet=True)))
