"""Where the type of an assigned local came from, for rustc's label on an E0308 in
`x = value` (`annotate_expected_due_to_let_ty`): "expected due to this value" at the
`let`'s initializer, "... this type" at its annotation, "... this parameter type", or
"expected due to the type of this binding" at the pattern (`let mut e;`)."""

from __future__ import annotations

from ..source import Span
from ..syntax import ast
from ..types import Ty


def _ident_pats(p: ast.Pat, out: list) -> None:
    k = p.kind
    if isinstance(k, ast.PatIdent):
        out.append(p)
    for f in getattr(k, "__dataclass_fields__", ()):
        v = getattr(k, f)
        for x in (v if isinstance(v, list) else [v]):
            if isinstance(x, ast.Pat):
                _ident_pats(x, out)
            elif hasattr(x, "pat") and isinstance(x.pat, ast.Pat):   # struct pattern fields
                _ident_pats(x.pat, out)


def record(fcx, pat: ast.Pat, source: Span | None, post: str) -> None:
    """Remember the bindings of `pat`: a bare binding (`let x = ..`, a parameter `x: T`)
    points at `source` with `post`; a binding nested in a pattern at itself."""
    if isinstance(pat.kind, ast.PatIdent) and source is not None:
        fcx.binding_origins[pat.id] = (pat.span, source, post)
        return
    found: list = []
    _ident_pats(pat, found)
    for p in found:
        fcx.binding_origins[p.id] = (p.span, p.span, "")


def _is_sorts(exp: Ty, fnd: Ty) -> bool:
    """rustc labels only a `Sorts` type error: not two tuples or arrays of different
    sizes (those are other `TypeError`s; recorded: two number types are `Sorts`)."""
    if exp.kind == fnd.kind == "tuple":
        if len(exp.args) != len(fnd.args):
            return False
        for a, b in zip(exp.args, fnd.args):
            if a != b:
                return _is_sorts(a, b)
    if exp.kind == fnd.kind == "array" and exp.name != fnd.name:
        return False
    return True


def decorator(fcx, lhs: ast.Expr):
    """The `decorate` callback for the right side of `lhs = ...`, or None."""
    origin = None
    if isinstance(lhs.kind, ast.ExprPath):
        res = fcx.res.values.get(lhs.id)
        if res is not None and res.kind == "local":
            origin = fcx.binding_origins.get(res.target)
    # Any other place (`p.x`, `*r`) is labelled itself, worded as a binding.
    pat_span, primary, post = origin or (lhs.span, lhs.span, "")

    def decorate(d) -> None:
        exp, fnd = fcx.mismatch_types
        if not _is_sorts(exp, fnd):
            return
        src = fcx.res.source
        if primary != pat_span and src is not None \
                and src.line_index(pat_span.hi) != src.line_index(primary.lo):
            d.secondary(pat_span, "expected due to the type of this binding")
            d.secondary(primary, f"expected due to this{post}")
        elif not post:
            d.secondary(primary, "expected due to the type of this binding")
        else:
            d.secondary(primary, f"expected due to this{post}")
    return decorate
