"""Structural AST comparison for the printer round-trip test: two trees are equal
when they have the same node types and field values, ignoring spans (`span`,
`*_span`), NodeIds (`id`), the crate's id generator and token spacing (`joint`)."""

from __future__ import annotations

import dataclasses

_IGNORED = {"span", "id", "id_gen", "joint"}


def _ignored(name: str) -> bool:
    return name in _IGNORED or name.endswith("_span")


def ast_diff(a, b, path: str = "crate") -> str | None:
    """None when `a` and `b` are structurally equal, else where they first differ."""
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} != {type(b).__name__}"
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            if _ignored(f.name):
                continue
            d = ast_diff(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
            if d is not None:
                return d
        return None
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return f"{path}: {len(a)} elements != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = ast_diff(x, y, f"{path}[{i}]")
            if d is not None:
                return d
        return None
    if isinstance(a, float) and a != a and b != b:   # NaN
        return None
    if a != b:
        return f"{path}: {a!r} != {b!r}"
    return None
