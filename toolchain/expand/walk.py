"""A generic, iterative walk over the AST dataclasses.

It follows dataclass fields, so it keeps working as the AST grows new node types,
and it uses an explicit stack, so deeply nested programs cannot hit Python's
recursion limit. Token trees (macro arguments, attribute arguments) are not
entered: they are not syntax yet.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterator

from ..source import Span
from ..syntax import ast
from ..syntax.visit import walked_fields

# Leaves and token-level data the walk never enters.
_OPAQUE = (Span, ast.Token, ast.Delimited, ast.Attribute, ast.Lit, ast.Ident, ast.MacCall)

_field_cache: dict[type, tuple[str, ...]] = {}


def node_fields(obj) -> tuple[str, ...]:
    t = type(obj)
    names = _field_cache.get(t)
    if names is None:
        names = walked_fields(t) if dataclasses.is_dataclass(obj) else ()
        _field_cache[t] = names
    return names


_node_types: dict[type, bool] = {}


def is_node(v) -> bool:
    # Cached per type: asking `dataclasses` for every value was most of the walk's time.
    t = type(v)
    yes = _node_types.get(t)
    if yes is None:
        yes = _node_types[t] = dataclasses.is_dataclass(t) and not issubclass(t, _OPAQUE)
    return yes


def children(node) -> Iterator[tuple[str, object]]:
    """(field name, value) of every field holding a node or a list of nodes."""
    for name in node_fields(node):
        v = getattr(node, name, None)
        if isinstance(v, list):
            yield name, v
        elif is_node(v):
            yield name, v


def walk(root, enter: Callable[[object, object], object | None], ctx=None,
         filter_list: Callable[[object, str, list, object], None] | None = None) -> None:
    """Pre-order walk from `root`. `enter(node, ctx)` is called on every node before
    its children and returns the context for the children (or None to skip them).
    `filter_list(owner, field, lst, ctx)` may edit a list field in place before its
    elements are visited (used to strip `#[cfg]`'d elements)."""
    stack: list[tuple[object, object]] = [(root, ctx)]
    while stack:
        node, c = stack.pop()
        sub = enter(node, c)
        if sub is None:
            continue
        pending: list[tuple[object, object]] = []
        for name, v in children(node):
            if isinstance(v, list):
                if filter_list is not None:
                    filter_list(node, name, v, sub)
                for el in v:
                    if is_node(el):
                        pending.append((el, sub))
                    elif isinstance(el, (list, tuple)):
                        for x in el:
                            if is_node(x):
                                pending.append((x, sub))
            else:
                pending.append((v, sub))
        stack.extend(reversed(pending))
