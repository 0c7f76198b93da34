"""The benchmark scripts (bench/*.py) as modules, for the tests that run them at a small size."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from tests.helpers.studies import ROOT


def load_bench(name: str) -> ModuleType:
    """bench/<name>.py, imported under the name bench_<name> (it is a script, not a package's module)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
