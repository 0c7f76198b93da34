"""Study files written per test, and the moments the tests run at."""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
# Monday 2025-12-08 12:00 in Moscow. In the past on purpose: Dovecot replaces an APPEND date in the future
# with its own clock, and the tests set INTERNALDATEs.
MONDAY_NOON_MSK = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)
# 16:30 in Moscow, 14:30 in Kaliningrad, 17:30 in Samara: Moscow and Kaliningrad companies are due, Samara's not
LATE = MONDAY_NOON_MSK + timedelta(hours=4, minutes=30)


COMPANIES = [
    # id, segment, time zone, e-mail
    ("shop-msk", "shops", "Europe/Moscow", "info@shop-msk.example"),
    ("shop-kgd", "shops", "Europe/Kaliningrad", "zakaz@shop-kgd.example"),
    ("svc-msk", "services", "Europe/Moscow", "sales@svc-msk.example"),
    ("svc-sam", "services", "Europe/Samara", "hello@svc-sam.example"),
]


def write_study(tmp_path: Path, *, smtp_port: int, imap_port: int, companies=COMPANIES, extra: str = "",
                smtp_security: str = "plain", smtp_host: str = "127.0.0.1", ca_file: str | None = None,
                rate: int = 60, imap_extra: str = "poll_seconds: 0.5") -> Path:
    rows = "\n".join(f"  - {{id: {cid}, name: {cid}, segment: {seg}, timezone: {tz}, contacts: {{email: {mail}}}}}"
                     for cid, seg, tz, mail in companies)
    ca = f", ca_file: {ca_file}" if ca_file else ""
    text = textwrap.dedent(f"""\
        id: itest
        title: Integration test study
        timezone: Europe/Moscow
        rate_limits: {{email: {rate}}}
        waves:
          - {{name: w1, start: 2025-12-08}}
        personas:
          - id: anatoly
            name: Анатолий
            email:
              address: anatoly@shopper.example
              smtp: {{host: {smtp_host}, port: {smtp_port}, security: {smtp_security}, username: anatoly,
                      password_env: TEST_SMTP_PASSWORD{ca}}}
              imap: {{host: 127.0.0.1, port: {imap_port}, security: plain, username: anatoly@shopper.example,
                      password_env: TEST_IMAP_PASSWORD, {imap_extra}}}
        scripts:
          - {{segment: shops, channels: [email], subject: "Самовывоз сегодня",
             body: "До скольки работает пункт самовывоза?"}}
          - {{segment: services, channels: [email], subject: "Тарифы и договор", body: "Какие у вас тарифы?"}}
        """) + extra + "companies:\n" + rows + "\n"
    path = tmp_path / "study.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def shops_by_email_and_phone(folder: Path, *, study_id: str, title: str, companies: int,
                             waves: dict[str, tuple[date, str | None]], personas: dict[str, str]):
    """A study of `companies` shops asked one question by e-mail and by phone, with no server behind it, and its
    database (folder/a.db) holding the study and its waves but no probe: each test adds the probes of its case
    through the models. `waves`: name -> (start, persona or None); `personas`: id -> name. Returns (the study
    file, the study, the store)."""
    from audit.store.database import Store
    from audit.study.load import load_study

    wave_rows = "\n".join(f"  - {{name: {name}, start: {start.isoformat()}" + (f", persona: {who}}}" if who else "}")
                          for name, (start, who) in waves.items())
    persona_rows = "\n".join(
        f"  - id: {pid}\n    name: {name}\n"
        f"    email: {{address: {pid[0]}@shopper.example, smtp: {{host: 127.0.0.1, port: 1, security: plain}},\n"
        f"            imap: {{host: 127.0.0.1, port: 1, security: plain, username: {pid[0]}, password_env: X}}}}"
        for pid, name in personas.items())
    company_rows = "\n".join(f"  - {{id: s{i:02}, name: Shop {i}, segment: shops, contacts: {{email: "
                             f"info@s{i:02}.example, phone: '+7 900 000-00-{i:02}'}}}}" for i in range(companies))
    path = folder / "study.yaml"
    path.write_text(f"id: {study_id}\ntitle: {title}\nwaves:\n{wave_rows}\npersonas:\n{persona_rows}\nscripts:\n"
                    '  - {channels: [email, phone], subject: "Вопрос", body: "До скольки вы работаете?"}\n'
                    f"companies:\n{company_rows}\n", encoding="utf-8")
    study = load_study(path)
    store = Store(str(folder / "a.db"))
    store.sync_study(study, {name: start for name, (start, _) in waves.items()})
    return path, study, store


# A bookshop study in English, for the sandbox: its answers must talk about books, in English
BOOK_SCRIPTS = """\
scripts:
  - segment: bookshops
    channels: [email, telegram]
    subject: "Ordering a book"
    body: |
      Hello,
      Do you have "The Master and Margarita" in stock, how much does it cost and how soon can you ship it?

      {{ persona.name }}
    points:
      - {id: stock, phrases: [in stock, available]}
      - {id: price, patterns: ['\\$\\s?\\d+(\\.\\d{2})?', '\\d+\\s*(dollars|USD)']}
      - {id: shipping, patterns: ['(ship|deliver)\\w*\\s+(with)?in\\s+\\d+\\s+(business\\s+)?days?']}
"""
BOOKSHOPS = [(f"books-{i}", "bookshops", "Europe/London", f"orders@books-{i}.example", f"@books{i}_help")
             for i in range(1, 7)]


def write_sandbox_study(tmp_path: Path, *, waves: str, scripts: str = BOOK_SCRIPTS, companies=BOOKSHOPS,
                        persona: str = "Anna Smith", reply_window: str = "2d") -> Path:
    """A study the sandbox can run: the persona's mailbox on the sandbox's SMTP and IMAP servers (free ports), a
    Telegram account, `waves` and `scripts` as YAML blocks, companies as (id, segment, zone, e-mail, Telegram)."""
    from tests.helpers.smtp import free_port

    rows = "\n".join(f"  - {{id: {cid}, name: {cid}, segment: {seg}, timezone: {tz}, "
                     f"contacts: {{email: {mail}, telegram: '{tg}'}}}}" for cid, seg, tz, mail, tg in companies)
    text = textwrap.dedent(f"""\
        id: pilot
        title: A researcher's own pilot
        timezone: Europe/London
        holidays: GB
        reply_window: {reply_window}
        rate_limits: {{email: 20, telegram: 10}}
        personas:
          - id: anna
            name: {persona}
            email:
              address: anna@shopper.example
              smtp: {{host: 127.0.0.1, port: {free_port()}, security: plain, username: anna,
                      password_env: SANDBOX_PASSWORD}}
              imap: {{host: 127.0.0.1, port: {free_port()}, security: plain, username: anna@shopper.example,
                      password_env: SANDBOX_PASSWORD, poll_seconds: 1}}
            telegram: {{api_id: 1, api_hash_env: SANDBOX_PASSWORD}}
        """) + waves + scripts + "companies:\n" + rows + "\n"
    path = tmp_path / "pilot.yaml"
    path.write_text(text, encoding="utf-8")
    return path
