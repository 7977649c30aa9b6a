"""Trait bounds on a struct's or enum's type parameters (`struct Tag<T: Display>(T)`,
`enum Cow<'a, B: ?Sized + ToOwned>`, `where T: Debug`).

The ADTs are collected before the crate's traits are declared (their field types do
not need traits), so their bounds are resolved afterwards, here, into the same
`GenericsInfo.bounds` a function's are. typeck/adt_bounds.py makes them obligations
wherever the type is used, as rustc's well-formedness checks do.
"""

from __future__ import annotations

from . import generics as gen
from .bounds import collect_bounds


def resolve(r, adts: list) -> None:
    """Resolve the bounds of each of `adts` (the crate's, or a block's) in its module."""
    saved = (r.ty_params, r.cur_mod)
    try:
        for adt in adts:
            g = adt.generics.decl
            if g is None or not (any(p.bounds for p in g.params if p.kind == "type")
                                 or g.where_clause):
                continue
            r.ty_params = gen.EMPTY
            if r.mods is not None:
                r.cur_mod = r.mods.mod_of_key.get(adt.name, r.cur_mod)
            collect_bounds(r, g, adt.generics, r.diags)
    finally:
        r.ty_params, r.cur_mod = saved


def has_bounds(adt) -> bool:
    return any(adt.generics.bounds)
