"""YAML loading that remembers where every value came from, so errors can name file, line and column.

We resolve scalars the YAML 1.2 way: `10:00` stays a string (YAML 1.1 reads it as the base-60 number 600) and
`NO` stays a string (YAML 1.1 reads Norway's country code as false).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

Pos = tuple[str, int, int]  # file, line (1-based), column (1-based)


class _Loader(yaml.SafeLoader):
    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except ValueError as exc:  # e.g. a date such as 2026-13-45: report it where it is written
            raise yaml.constructor.ConstructorError(None, None, str(exc), node.start_mark) from exc


_Loader.yaml_implicit_resolvers = {}
for _tag, _regex, _first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", list("-+0123456789.")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:timestamp", r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", list("0123456789")),
]:
    _Loader.add_implicit_resolver(_tag, re.compile(_regex), _first)


def _decimal_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    return int(loader.construct_scalar(node), 10)  # YAML 1.2: `09` is nine, `010` is ten, never octal


_Loader.add_constructor("tag:yaml.org,2002:int", _decimal_int)


def load_yaml(text: str, filename: str) -> tuple[Any, dict[tuple, Pos]]:
    """Parse YAML text; return the data and a map from path (tuple of keys / indexes) to position."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    positions: dict[tuple, Pos] = {}
    if node is not None:
        _walk(node, (), filename, positions)
    return data, positions


def _walk(node: yaml.Node, path: tuple, filename: str, out: dict[tuple, Pos]) -> None:
    out.setdefault(path, (filename, node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            sub = path + (key,)
            # Point at the key: "line 12: timezone: ..." reads better than the value's column.
            out[sub] = (filename, key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, sub, filename, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), filename, out)


def locate(positions: dict[tuple, Pos], path: tuple, default_file: str) -> Pos | tuple[str, None, None]:
    """The position of `path`, or of its nearest ancestor that has one."""
    for n in range(len(path), -1, -1):
        hit = positions.get(tuple(path[:n]))
        if hit is not None:
            return hit
    return (default_file, None, None)


def yaml_error_position(exc: yaml.YAMLError, filename: str) -> tuple[str, int | None, int | None]:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return (filename, None, None)
    return (filename, mark.line + 1, mark.column + 1)


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")
