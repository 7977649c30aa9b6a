"""Trait bounds on a function's type parameters: `<T: Area + Named>` and
`where T: Area`, resolved to the traits resolve/traits.py declares (the learner's, and
the std traits it models). typeck/bounds.py uses them to find methods on `T` and to
check each call's arguments against them (E0277).

What is not modelled yet is refused at its span: lifetime bounds, `?Sized`,
higher-ranked bounds, traits with generic arguments, and `where` clauses on anything
but one of the item's own parameters.
"""

from __future__ import annotations

from ..syntax import ast
from ..unsupported import unsupported
from .closures import fn_bound


def collect_bounds(r, g: ast.Generics, info, diags: list) -> None:
    """Fill `info.bounds` (parallel to `info.names`) from `g`'s params and where clause."""
    # The parameters are in scope in the bounds' own types (`F: Fn(T) -> T`).
    saved, r.ty_params = r.ty_params, r.ty_params.child(info)
    try:
        _collect_bounds(r, g, info, diags)
    finally:
        r.ty_params = saved


def _collect_bounds(r, g: ast.Generics, info, diags: list) -> None:
    for p in g.params:
        if p.kind != "type" or not p.bounds:
            continue
        i = info.index(p.ident.name)
        if i is not None:
            _add(r, p.bounds, info.bounds[i], diags, i, info)
    for w in g.where_clause:
        if w.lifetime is not None and not w.for_lifetimes:
            continue     # `'a: 'b`, a lifetime parameter's (resolve/lifetime_params.py)
        plain = w.lifetime is None and not w.for_lifetimes
        i = _own_param(w.bounded_ty, info) if plain else None
        parent = r.ty_params.parent_count
        j = _own_param(w.bounded_ty, r.ty_params) if plain and i is None else None
        if i is None and j is not None and j < parent:
            # A method's bound on its impl's parameter (`where E: Debug`).
            got: list = []
            _add(r, w.bounds, got, diags)
            info.method_bounds += [(j, trait, span) for trait, span in got]
            continue
        if i is None and plain and _proj_bound(r, w, info, diags):
            continue     # `I::Item: Debug`
        if i is None and plain:
            from .self_bounds import collect as self_bound
            if self_bound(r, w, info, diags):
                continue     # a trait method's `Self: ExactSizeIterator`
        if i is None:
            diags.append(unsupported(w.span, "this kind of `where` clause"))
            continue
        _add(r, w.bounds, info.bounds[i], diags, i, info)


def _own_param(t: ast.Ty | None, info) -> int | None:
    if t is None or not isinstance(t.kind, ast.TyPath) or t.kind.qself is not None:
        return None
    segs = t.kind.path.segments
    if len(segs) != 1 or segs[0].args is not None:
        return None
    return info.index(segs[0].ident.name)


def _add(r, bounds: list, out: list, diags: list, index: int | None = None,
         info=None) -> None:
    from .traits import _trait_name
    for b in bounds:
        if isinstance(b, ast.Lifetime) and index is not None:
            # `T: 'a`: a requirement on the callers' types that borrowck's call model
            # (every argument of type `T` flowing into a result naming `T`) already keeps.
            continue
        if _maybe_sized(b) and index is not None:
            # `T: ?Sized` lifts the implicit `Sized` bound that typeck/sized.py checks
            # at calls (`&T` with `T = dyn Trait`/`str` is a fat pointer).
            if info is not None:
                info.unsized.add(index)
            continue
        if not isinstance(b, ast.TraitBound) or b.maybe or b.for_lifetimes:
            diags.append(unsupported(b.span, "this kind of bound"))
            continue
        name = fn_bound(r, b) if b.path.segments[-1].args is not None else None
        if name is None and b.path.segments[-1].args is not None and info is not None:
            from .assoc_types import constraint_bound    # `I: Iterator<Item = i32>`
            name = constraint_bound(r, b, index, info, diags)
            if name == "":
                continue
        if name is None:      # a generic trait's (`T: From<U>`): resolve/trait_generics.py
            from .trait_generics import bound
            name = bound(r, b, out, diags)
            if name == "":
                continue
        if name is None and b.path.segments[-1].args is not None:
            diags.append(unsupported(b.span, "bounds on traits with generic arguments"))
            continue
        name = name or _trait_name(r, b.path)
        if name is None:
            diags.append(unsupported(b.span, "a bound on this trait"))
            continue
        if name not in [n for n, _ in out]:
            out.append((name, b.path.span))


def _maybe_sized(b) -> bool:
    if not isinstance(b, ast.TraitBound) or not b.maybe or b.for_lifetimes:
        return False
    segs = b.path.segments
    return segs[-1].ident.name == "Sized" and segs[-1].args is None and (
        len(segs) == 1 or [s.ident.name for s in segs] in (["std", "marker", "Sized"],
                                                           ["core", "marker", "Sized"]))


def _proj_bound(r, w, info, diags: list) -> bool:
    """`where I::Item: Debug`: bounds on an associated type of one of the item's own
    parameters, kept in `info.proj_bounds`; False for other forms."""
    from .assoc_types import _trait_with_type
    t = w.bounded_ty
    if t is None or not isinstance(t.kind, ast.TyPath) or t.kind.qself is not None:
        return False
    segs = t.kind.path.segments
    if len(segs) != 2 or any(s.args is not None for s in segs):
        return False
    i = info.index(segs[0].ident.name)
    if i is None:
        return False
    tr = _trait_with_type(r, [b for b, _ in info.bounds[i]], segs[1].ident.name)
    if tr is None:
        return False
    got: list = []
    _add(r, w.bounds, got, diags)
    info.proj_bounds += [(i, tr, segs[1].ident.name, trait, span) for trait, span in got]
    return True
