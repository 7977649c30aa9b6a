"""A trait method's `where Self: ...` clause (`fn rposition<P>(&mut self, p: P) where
Self: Sized + ExactSizeIterator + DoubleEndedIterator`): the traits the receiver's type
must implement for the method to be called. Inside the default body `Self` has their
methods (typeck/traits.py `_impls_for`); at each call they are obligations on the
receiver's type (typeck/self_bounds.py). `Sized` is kept too: every type Ferrite calls
such a method on is sized except a trait object, which the call check refuses."""

from __future__ import annotations

from ..syntax import ast


def is_self(r, t: ast.Ty | None) -> bool:
    """Is `t` the bare path `Self` inside a trait (not an impl's `Self` alias)?"""
    if t is None or not isinstance(t.kind, ast.TyPath) or t.kind.qself is not None:
        return False
    segs = t.kind.path.segments
    return (len(segs) == 1 and segs[0].args is None and segs[0].ident.name == "Self"
            and r.trait_self is not None and r.trait_self[0] == "self_param")


def collect(r, w, info, diags: list) -> bool:
    """Keep `w`'s bounds in `info.self_bounds` when it bounds `Self`; False otherwise."""
    if not is_self(r, w.bounded_ty):
        return False
    from .bounds import _add
    if any(not isinstance(b, ast.TraitBound) or b.maybe or b.for_lifetimes
           or b.path.segments[-1].args is not None for b in w.bounds):
        return False      # (`Self: Into<i32>`, `Self: ?Sized`, `Self: 'a`: refused)
    got: list = []
    mine: list = []
    for b in w.bounds:
        if b.path.segments[-1].ident.name == "Sized" and len(b.path.segments) == 1:
            got.append(("Sized", b.path.span))
        else:
            _add(r, [b], got, mine)
    defs = r.res.traits.defs
    if mine or any(n != "Sized" and (n not in defs or defs[n].is_std
                                     or defs[n].generics is not None) for n, _ in got):
        # The traits the type checker models in Python (`Clone`, `Debug`, `Copy`) and
        # generic ones are not yet seen through `Self` in a body: refused as before.
        return False
    info.self_bounds += [g for g in got if g not in info.self_bounds]
    return True
