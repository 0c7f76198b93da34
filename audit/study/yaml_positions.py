"""YAML loading that remembers where every value came from, so errors can name file, line and column.

We resolve scalars the YAML 1.2 way: `10:00` stays a string (YAML 1.1 reads it as the base-60 number 600) and
`NO` stays a string (YAML 1.1 reads Norway's country code as false).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

Pos = tuple[str, int, int]  # file, line (1-based), column (1-based)

# Bounds on what a study file may hold, so a hostile or broken file is a located error, not a crash or the
# machine's memory: 5,000 nested brackets overflowed the parser's recursion, and nine aliases of nine aliases
# ("billion laughs") expand to 9^9 values.
MAX_DEPTH = 50  # nested mappings and lists
MAX_VALUES = 200_000  # values once aliases are expanded (a study of 10,000 companies has about 100,000)
MAX_TEXT = 20_000  # characters of one value (a script is a few hundred)


def _limit_error(message: str, mark) -> yaml.YAMLError:
    return yaml.composer.ComposerError(None, None, message, mark)


class _Loader(yaml.SafeLoader):
    _depth = 0

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _limit_error(f"nested more than {MAX_DEPTH} levels deep (the limit of a study file)",
                                   self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(None, None, str(exc), node.start_mark) from exc

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:  # 2026-13-45: the field's own check names it, beside every other problem of the file
            return self.construct_scalar(node)

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                first = seen.setdefault(key_node.value, key_node)
                if first is not key_node:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"{key_node.value!r} is written twice (first on line {first.start_mark.line + 1})"
                                    f": YAML would keep only the last; remove one", key_node.start_mark)
        return super().construct_mapping(node, deep)


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
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def load_yaml(text: str, filename: str) -> tuple[Any, dict[tuple, Pos]]:
    """Parse YAML text; return the data and a map from path (tuple of keys / indexes) to position."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    positions: dict[tuple, Pos] = {}
    try:
        if node is not None:
            _walk(node, (), filename, positions, [MAX_VALUES])
    except RecursionError:  # aliases of aliases, each nested to the limit
        raise _limit_error(f"nested too deep once its aliases (*name) are expanded (the limit of a study file is "
                           f"{MAX_DEPTH} levels)", None) from None
    return data, positions


def _walk(node: yaml.Node, path: tuple, filename: str, out: dict[tuple, Pos], budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        raise _limit_error(f"holds more than {MAX_VALUES:,} values once its aliases (*name) are expanded (the limit "
                           f"of a study file)", node.start_mark)
    if isinstance(node, yaml.ScalarNode) and len(node.value) > MAX_TEXT:
        raise _limit_error(f"a value of {len(node.value):,} characters, over the limit of {MAX_TEXT:,}",
                           node.start_mark)
    out.setdefault(path, (filename, node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            sub = path + (key,)
            # Point at the key: "line 12: timezone: ..." reads better than the value's column.
            out[sub] = (filename, key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, sub, filename, out, budget)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), filename, out, budget)


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

