"""Ctrl-C while the `audit` command is still loading (its imports, and typer building the command, take a moment on
a loaded machine; the random SIGINTs of tests/collect/test_fault_injection.py land there) ends it as a Ctrl-C while
it runs does: exit 130, no traceback. Nothing was done yet, so there is nothing else to say."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest

from tests.helpers.studies import ROOT

CTRL_C = "os.kill(os.getpid(), signal.SIGINT)"
# a finder that presses Ctrl-C when the module is first looked up
AT_IMPORT = """
class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == MODULE:
            sys.meta_path.remove(self)
            CTRL_C
        return None

sys.meta_path.insert(0, CtrlC())
"""
# Ctrl-C as typer turns the app into a click command, before typer's own handling of it
AT_BUILD = """
import typer.main

build = typer.main.get_group

def get_group(*args):
    CTRL_C
    return build(*args)

typer.main.get_group = get_group
"""
MOMENTS = {
    # the first module the package imported (audit/__init__.py, before audit.cli.__main__ can guard anything)
    "importing typing": AT_IMPORT.replace("MODULE", "'typing'"),
    "importing typer": AT_IMPORT.replace("MODULE", "'typer'"),  # the command's own imports
    "building the command": AT_BUILD,
}


@pytest.mark.parametrize("moment", sorted(MOMENTS))
def test_ctrl_c_while_the_command_loads_exits_130_without_a_traceback(moment):
    code = ("import os, runpy, signal, sys\n" + MOMENTS[moment].replace("CTRL_C", CTRL_C)
            + "sys.argv = ['audit', '--help']\nrunpy.run_module('audit.cli', run_name='__main__', alter_sys=True)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "Usage" not in done.stdout, done.stderr


def test_the_audit_command_starts_where_a_ctrl_c_while_loading_is_handled():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["audit"] == "audit.cli.__main__:main"
