"""Indexing through a `Deref` impl (`w[1]` with `impl Deref for W { type Target =
Vec<i32>; .. }`): rustc autoderefs the indexed expression until a type with an `Index`
impl, calling `Deref::deref` (or, where the place is written, `DerefMut::deref_mut`)
on the way. The steps are recorded in `results.index_derefs` (index expr id -> [(built-in
derefs before, the call)], the shape of `receiver_derefs`); the index is then typed on
the `&Target` the last call gives (mir/build_deref.py `index_base`)."""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty, ref
from . import deref


def _indexable(t: Ty) -> bool:
    from . import collection_index, slicing
    return slicing.is_indexable(t) or t.kind == "array" or slicing.is_text(t) \
        or collection_index.applies(t)


def through(fcx, e: ast.Expr, base: Ty) -> Ty | None:
    """`&Target` when `base` reaches an indexable std type through `Deref` impls (the
    steps recorded), else None (the built-in path reports E0608)."""
    from .refs import peel_rc
    inner, n = peel_rc(fcx, base)
    steps, srcs = [], []
    for _ in range(deref.MAX_STEPS):
        if inner.kind != "adt" or _indexable(inner):
            break
        got = deref.step(fcx, inner)
        if got is None or not isinstance(got[1], tuple):
            return None
        steps.append((n, got[1]))
        srcs.append(inner)
        inner, n = peel_rc(fcx, fcx.infer.resolve(got[0]))
        if n == 0 and _indexable(inner):
            fcx.results.__dict__.setdefault("index_derefs", {})[e.id] = steps
            fcx.__dict__.setdefault("index_deref_srcs", {})[e.id] = srcs
            deref.note(fcx, fcx.results.index_derefs, e.id)
            return ref(inner)
    return None


def mark_write(fcx, lhs: ast.Expr) -> None:
    """`w[1] = 5`, `w[1] += 1`, `&mut w[1]`: the index goes through `DerefMut::deref_mut`
    (rustc's fix-up of the place's derefs to mutable ones)."""
    inner = lhs
    while isinstance(inner.kind, (ast.ExprParen, ast.ExprField, ast.ExprIndex)):
        if isinstance(inner.kind, ast.ExprIndex) and inner.id in fcx.results.index_derefs:
            break
        inner = inner.kind.expr
    else:
        return
    steps = fcx.results.index_derefs[inner.id]
    srcs = fcx.__dict__.get("index_deref_srcs", {}).get(inner.id, ())
    for i, src in enumerate(srcs):
        got = deref.step(fcx, src, True)
        if got is None:
            from ..unsupported import unsupported
            fcx.diags.append(unsupported(inner.span, "a mutable index through a type "
                                         "without `DerefMut`"))
            return
        steps[i] = (steps[i][0], got[1])
    # (the last step's `&mut Target` is what the index borrows from)
    fcx.__dict__.setdefault("index_deref_mut", set()).add(inner.id)


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall) -> Ty:
    """A `&mut self` method of an element reached through `Deref` (`g[1].push(x)`)."""
    from .methods import method_call as probe
    t = probe(fcx, e, k)
    callee = fcx.results.method_calls.get(e.id)
    if callee is not None and callee.autoref == "&mut":
        mark_write(fcx, k.receiver)
    return t
