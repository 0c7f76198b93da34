"""SMTP over implicit TLS and STARTTLS with certificate checks on, against aiosmtpd with a throwaway CA."""

from __future__ import annotations

import ssl
from datetime import timedelta

import pytest

from tests.helpers.pipeline import Pipeline
from tests.helpers.smtp import start_smtp
from tests.helpers.studies import LATE, write_study

trustme = pytest.importorskip("trustme")


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def _server_context(ca) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(ctx)
    return ctx


@pytest.mark.parametrize("mode", ["tls", "starttls"])
def test_sends_over_tls_with_a_trusted_certificate(tmp_path, ca, mode):
    peer = start_smtp(tls_context=_server_context(ca), implicit_tls=mode == "tls", require_starttls=True)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    try:
        study = write_study(tmp_path, smtp_port=peer.port, imap_port=1, smtp_security=mode, smtp_host="localhost",
                            ca_file=str(ca_file))
        pipe = Pipeline(study, tmp_path / "a.db", LATE)
        pipe.run()
    finally:
        peer.stop()
    assert len(peer.messages) == 3
    assert {p.status for p in pipe.probes() if p.attempts} == {"sent"}


@pytest.mark.parametrize("mode", ["tls", "starttls"])
def test_an_untrusted_certificate_is_refused_and_recorded(tmp_path, ca, mode):
    peer = start_smtp(tls_context=_server_context(ca), implicit_tls=mode == "tls", require_starttls=True)
    try:
        # no ca_file: the throwaway CA is not trusted, so the connection must fail and nothing be sent
        study = write_study(tmp_path, smtp_port=peer.port, imap_port=1, smtp_security=mode, smtp_host="localhost")
        pipe = Pipeline(study, tmp_path / "a.db", LATE)
        pipe.run()
    finally:
        peer.stop()
    assert peer.messages == []
    tried = [p for p in pipe.probes() if p.attempts]
    assert tried and all(p.status == "planned" for p in tried)  # a transient failure: retried later
    assert all("CERTIFICATE_VERIFY_FAILED" in p.last_error or "certificate" in p.last_error.lower() for p in tried)
    assert all(p.planned_at > LATE + timedelta(minutes=4) for p in tried)
