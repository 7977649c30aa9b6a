"""`as` casts between primitive types (rustc_hir_typeck::cast), with rustc's errors."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import Ty, display

_NUMERIC = ("int", "intvar", "float", "floatvar")


def cast_kind(src: Ty, dst: Ty) -> str | None:
    """The kind of a valid cast, or None."""
    if src.is_error or dst.is_error or src == dst:
        return "identity"
    if src.kind in _NUMERIC and dst.kind in ("int", "float"):
        return "numeric"
    if src.kind in ("bool", "char") and dst.kind == "int":
        return "to-int"
    if dst.kind == "char" and (src == Ty("int", "u8")):
        return "u8-char"
    return None


def check_cast(e: ast.Expr, src: Ty, dst: Ty) -> Diagnostic | None:
    if cast_kind(src, dst) is not None:
        return None
    s, t = display(src), display(dst)
    if dst.kind == "char" and src.kind in _NUMERIC:
        d = Diagnostic.error(f"only `u8` can be cast as `char`, not `{s}`", e.span, "invalid cast",
                             code="E0604")
        d.help("consider using `char::from_u32` instead (via a `u32`)", e.span)
        return d
    if dst.kind == "bool" and src.kind in _NUMERIC:
        d = Diagnostic.error(f"cannot cast `{s}` as `bool`", e.span, code="E0054")
        inner = e.kind.expr
        d.help("compare with zero instead",
               suggestions=[Suggestion(Span(inner.span.hi, e.span.hi), " != 0", "MachineApplicable",
                                       "ShowAlways")])
        return d
    d = Diagnostic.error(f"casting `{s}` as `{t}` is invalid", e.span, code="E0606")
    if src.kind == "ref":
        d.help("cast through a raw pointer first")
    return d
