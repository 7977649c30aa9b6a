"""Lowering a path that names a type alias: the alias's type, its parameters replaced
by the path's arguments (rustc expands aliases while lowering types; diagnostics then
name the expanded type). The resolver checked the argument count and refused cycles
(resolve/ty_aliases.py)."""

from __future__ import annotations

from ..syntax import ast
from ..types import subst


def lower(t: ast.Ty, name: str, res):
    from .check import _lower_ty
    body = _lower_ty(res.ty_aliases[name].kind.ty, res)
    seg = t.kind.path.segments[-1]
    if seg.args is None:
        return body
    args = tuple(_lower_ty(a, res) for a in seg.args.args if isinstance(a, ast.Ty))
    return subst(body, args)
