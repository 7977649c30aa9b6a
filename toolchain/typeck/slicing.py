"""Indexing a `Vec` or a slice (`v[i]`, through references too), and slicing any of
them or an array with a range (`&v[1..3]`, `&a[..]`): rustc's `Index<usize>` and
`Index<Range*<usize>>` impls, built in until indexing goes through the traits. The
derefs of the base are recorded like a field access's (`field_derefs`)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import ERROR, STR, Ty, display, int_ty, slice_ty

USIZE = int_ty("usize")


def is_indexable(t: Ty) -> bool:
    return t.kind == "slice" or (t.kind == "adt" and t.name == "Vec")


def is_text(t: Ty) -> bool:
    """`str` and `String`, sliced by byte ranges (`&s[1..3]`)."""
    return t.kind == "str" or (t.kind == "adt" and t.name == "String")


def range_of(e: ast.Expr):
    while isinstance(e.kind, ast.ExprParen):
        e = e.kind.expr
    return e.kind if isinstance(e.kind, ast.ExprRange) else None


def check_index(fcx, e: ast.Expr, k: ast.ExprIndex, base: Ty, inner: Ty, n: int) -> Ty:
    if n:
        fcx.results.field_derefs[e.id] = n
    rng = range_of(k.index)
    if rng is not None:
        for bound in (rng.lo, rng.hi):
            if bound is not None:
                fcx.check_coerce(bound, USIZE)
        fcx.record(k.index, Ty("tuple"))   # (the range is never a value of its own)
        if is_text(inner):
            return STR
        if inner.kind not in ("array", "slice", "adt"):
            fcx.diags.append(Diagnostic.error(
                f"cannot index into a value of type `{display(base)}`",
                ast_span(k, e), code="E0608"))
            return ERROR
        return slice_ty(inner.args[0])
    it = fcx.check_expr(k.index, None)
    si = fcx.infer.shallow(it)
    if si.is_error or fcx.infer.unify(si, USIZE):
        return inner.args[0]
    from .arrays import _not_usize_index
    fcx.diags.append(_not_usize_index(inner, fcx.infer.resolve(si), k.index.span))
    return ERROR


def ast_span(k: ast.ExprIndex, e: ast.Expr):
    from ..source import Span
    return Span(k.expr.span.hi, e.span.hi)


def refuse_unsized(fcx, p: ast.Pat, t: Ty) -> None:
    """A binding of type `[T]` or `str` (`let b = a[1..];`): rustc's E0277 ("the size
    for values of type .. cannot be known"), refused honestly until it is recorded."""
    t = fcx.infer.shallow(t)
    if t.kind in ("slice", "str"):
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(p.span, f"a binding of the unsized type "
                                             f"`{display(fcx.infer.resolve(t))}`"))
        fcx.local_types[p.id] = ERROR
