"""Walking the AST generically: every node below a root, in source order.

Later phases use this to find the nodes they care about (assignments, matches, lets)
without each writing its own traversal. It descends through dataclass fields and
lists, never into token trees, and keeps its own stack (deep programs do not hit
Python's recursion limit).
"""

from __future__ import annotations

import dataclasses
from typing import Iterator

from . import ast

# type -> the names of its fields when it is a node the walks enter, else None.
# Asking `dataclasses` on every node cost more than the walks' own work (a quarter of a
# check's time went to `is_dataclass`/`fields`); a node's fields are its class's.
_FIELDS: dict[type, tuple[str, ...] | None] = {}
# Values that are never nodes: the walks skip them without a lookup.
LEAVES = (str, int, bool, float, type(None))
_UNSEEN = object()


# Field annotations of values that are never nodes (ast.py's own: `span: Span`,
# `id: NodeId`, `name: str`). Leaving those fields out of the walks saves a lookup and
# a push per field: the walks over the learner's bodies were a fifth of a check.
LEAF_FIELD_TYPES = frozenset({"bool", "int", "NodeId", "str", "str | None", "Span",
                              "Span | None"})


def walked_fields(t: type) -> tuple[str, ...]:
    """The fields of dataclass `t` that may hold nodes."""
    return tuple(f.name for f in dataclasses.fields(t) if f.type not in LEAF_FIELD_TYPES)


def field_names(t: type) -> tuple[str, ...] | None:
    """The fields of a node type the walks enter (None: not a node, or a token tree)."""
    names = _FIELDS.get(t, _UNSEEN)
    if names is _UNSEEN:
        names = (walked_fields(t)
                 if dataclasses.is_dataclass(t) and not issubclass(t, (ast.Token, ast.Delimited))
                 else None)
        _FIELDS[t] = names
    return names


def _walk(root, skip_items: bool) -> Iterator[object]:
    stack = [root]
    pop, push = stack.pop, stack.extend
    fields = _FIELDS
    while stack:
        n = pop()
        t = type(n)
        if t is list:
            push(reversed(n))
            continue
        if t in LEAVES:
            continue
        names = fields.get(t, _UNSEEN)
        if names is _UNSEEN:
            if isinstance(n, list):
                push(reversed(n))
                continue
            names = field_names(t)
        if names is None or (skip_items and t is ast.StmtItem):
            continue
        yield n
        push(reversed([getattr(n, f) for f in names]))


def is_node(v) -> bool:
    """A syntax node the walks enter (a dataclass that is not a token tree)."""
    t = type(v)
    names = _FIELDS.get(t, _UNSEEN)
    if names is _UNSEEN:
        names = field_names(t)
    return names is not None


def child_nodes(node) -> list:
    """The nodes directly under `node`: its fields, and the elements of its list
    fields."""
    names = field_names(type(node))
    if names is None:
        return []
    out = []
    for f in names:
        v = getattr(node, f)
        for x in (v if isinstance(v, list) else (v,)):
            if type(x) not in LEAVES and is_node(x):
                out.append(x)
    return out


def iter_nodes(root) -> Iterator[object]:
    """Every dataclass node under `root` (included), in preorder / source order."""
    return _walk(root, False)


def iter_body_nodes(root) -> Iterator[object]:
    """Like `iter_nodes`, but items declared inside (a `fn` in a block, ...) are
    skipped: they are bodies of their own."""
    return _walk(root, True)
