"""The layer contracts (pyproject.toml, [tool.importlinter]) hold on the code, and they are not vacuous: the same
check fails when a lower layer imports a higher one, when two channels import each other, or when two modules of
one folder import each other in a loop."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.studies import ROOT

LINT = Path(sys.executable).with_name("lint-imports")


def _lint(tree: Path) -> subprocess.CompletedProcess:
    # run from the tree itself: its packages come first on the path, before the installed (editable) ones
    return subprocess.run([str(LINT), "--no-cache", "--no-logo", "pyproject.toml"], cwd=tree, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def tree(tmp_path):
    if not LINT.exists():
        pytest.skip("import-linter is not installed (make test installs it with the dev dependencies)")
    for name in ("audit", "probes", "scoring"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def _add_import(tree: Path, module: str, line: str) -> None:
    path = tree / (module.replace(".", "/") + ".py")
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")


def test_the_code_keeps_every_contract(tree):
    proc = _lint(tree)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("KEPT") == 3 and "BROKEN" not in proc.stdout


@pytest.mark.parametrize(("module", "line", "named"), [
    ("scoring.rubric", "import audit.cli.app", "scoring.rubric -> audit.cli.app"),  # the leaf reaching the top
    ("audit.study.model", "from audit.store import database", "audit.study.model -> audit.store.database"),
    ("probes.base", "import audit.collect.run", "probes.base -> audit.collect.run"),  # channels above the runner
    ("audit.schedule.plan", "import audit.store.queries", "audit.schedule.plan -> audit.store.queries"),  # siblings
])
def test_a_lower_layer_importing_a_higher_one_breaks_the_layers(tree, module, line, named):
    _add_import(tree, module, line)
    proc = _lint(tree)
    assert proc.returncode == 1, proc.stdout
    assert "Layers: the CLI on top, reply understanding at the bottom BROKEN" in proc.stdout
    assert named in proc.stdout


def test_a_channel_importing_another_breaks_their_independence(tree):
    _add_import(tree, "probes.vk.channel", "import probes.telegram")
    proc = _lint(tree)
    assert proc.returncode == 1 and "Channels: each channel's package imports no other channel's BROKEN" in proc.stdout


def test_two_modules_of_one_folder_importing_each_other_break_the_cycle_contract(tree):
    _add_import(tree, "audit.report.stats", "import audit.report.figures")  # figures already imports stats
    proc = _lint(tree)
    assert proc.returncode == 1, proc.stdout
    assert "No import cycle between the packages and modules of any folder BROKEN" in proc.stdout


def test_no_module_is_named_after_a_standard_library_module():
    """A module named like the standard library's (calendar, secrets, html, email) forces `import x as pyx`
    aliases on its neighbours and shadows the real one for scripts run from its folder."""
    paths = [path for name in ("audit", "probes", "scoring") for path in (ROOT / name).rglob("*")]
    modules = [p for p in paths if p.suffix == ".py" or p.is_dir() and (p / "__init__.py").exists()]
    clashes = [str(p.relative_to(ROOT)) for p in modules
               if p.stem in sys.stdlib_module_names and not p.name.startswith("__")]
    assert clashes == []
