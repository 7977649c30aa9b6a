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


def iter_nodes(root) -> Iterator[object]:
    """Every dataclass node under `root` (included), in preorder / source order."""
    stack = [root]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(reversed(n))
        elif dataclasses.is_dataclass(n) and not isinstance(n, (ast.Token, ast.Delimited)):
            yield n
            stack.extend(reversed([getattr(n, f.name) for f in dataclasses.fields(n)]))


def iter_body_nodes(root) -> Iterator[object]:
    """Like `iter_nodes`, but items declared inside (a `fn` in a block, ...) are
    skipped: they are bodies of their own."""
    stack = [root]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(reversed(n))
        elif isinstance(n, ast.StmtItem):
            continue
        elif dataclasses.is_dataclass(n) and not isinstance(n, (ast.Token, ast.Delimited)):
            yield n
            stack.extend(reversed([getattr(n, f.name) for f in dataclasses.fields(n)]))
