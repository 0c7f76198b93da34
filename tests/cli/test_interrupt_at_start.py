"""Ctrl-C while the `audit` command is still loading (its imports take a moment on a loaded machine, and a random
SIGINT of tests/collect/test_fault_injection.py lands there) ends it as a Ctrl-C while it runs does: exit 130,
no traceback. Nothing was done yet, so there is nothing else to say."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest

from tests.helpers.studies import ROOT

# Ctrl-C exactly as the command imports a module: a finder that signals the process when it is looked up
INTERRUPTED_WHILE_LOADING = """
import os, runpy, signal, sys

class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == {module!r}:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, CtrlC())
sys.argv = ["audit", "--help"]
runpy.run_module("audit.cli", run_name="__main__", alter_sys=True)
"""


# typing: the first module the package imported (audit/__init__.py, before audit.cli.__main__ can guard anything);
# typer: the command's own
@pytest.mark.parametrize("module", ["typing", "typer"])
def test_ctrl_c_while_the_command_loads_exits_130_without_a_traceback(module):
    code = INTERRUPTED_WHILE_LOADING.replace("{module!r}", repr(module))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "Usage" not in done.stdout, done.stderr


def test_the_audit_command_starts_where_a_ctrl_c_while_loading_is_handled():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["audit"] == "audit.cli.__main__:main"
