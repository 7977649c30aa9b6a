"""`const` and `static` items: collected with the crate's other items, named in
expressions (Res "const" / "static") and, for constants, in patterns."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..unsupported import unsupported


def collect_const(item: ast.Item, consts: dict, key: str | None = None) -> list[Diagnostic]:
    k = item.kind
    key = key or k.ident.name   # `a::MAX` inside modules
    if isinstance(k, ast.Static) and k.mutable:
        return [unsupported(item.span, "`static mut`")]
    if k.ident.name == "_":
        return [unsupported(item.span, "unnamed constants (`const _`)")]
    if k.expr is None:
        return [unsupported(item.span, "constants without a value")]
    if key in consts:
        return [unsupported(k.ident.span, "two constants or statics with the same name")]
    consts[key] = item
    return []


def const_pattern(p: ast.Pat, ident: ast.Ident, res) -> list[Diagnostic]:
    """An identifier pattern naming a constant matches its value; one naming a static
    is E0530 (a binding may not shadow it)."""
    from .resolver import Res
    item = res.consts[ident.name]
    if isinstance(item.kind, ast.Static):
        d = Diagnostic.error("match bindings cannot shadow statics", ident.span,
                             "cannot be named the same as a static", code="E0530")
        d.secondary(item.span, f"the static `{ident.name}` is defined here")
        res.values[p.id] = Res("err")
        return [d]
    res.values[p.id] = Res("const", ident.name)
    return []
