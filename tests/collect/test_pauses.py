"""A persona's channel paused (a refused login, FloodWait, a captcha) by two runs at once: each run's pause is one
statement that keeps the later end, so the second run neither fails on the key the first one just inserted nor
shortens the pause the first one set. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from tests.helpers.pipeline import Pipeline
from tests.helpers.studies import LATE, write_study


@pytest.mark.parametrize("ours, theirs", [(2, 1), (1, 2)], ids=["ours-later", "theirs-later"])
def test_two_runs_pausing_the_same_account_at_once_keep_the_later_end(tmp_path, db, ours, theirs):
    study = write_study(tmp_path, smtp_port=1, imap_port=1)
    us, other = Pipeline(study, db, LATE), Pipeline(study, db, LATE)  # two runs: two stores, two connections
    ours_until, theirs_until = LATE + timedelta(hours=ours), LATE + timedelta(hours=theirs)
    cut_in = []

    @event.listens_for(us.store.engine, "before_cursor_execute")
    def other_run_first(conn, cursor, statement, *args):
        # our run has decided to write its pause (after reading that there was none, for a read-then-write):
        # the other run writes its own pause and commits right then
        if not cut_in and statement.lstrip().upper().startswith(("INSERT", "UPDATE")) and "meta" in statement:
            cut_in.append(statement)
            other.runner.pause("email", "anatoly", theirs_until)

    us.runner.pause("email", "anatoly", ours_until)
    assert cut_in, "our run wrote no pause"
    later = max(ours_until, theirs_until)
    assert us.runner.paused_until("email", "anatoly") == later
    assert other.runner.paused_until("email", "anatoly") == later
