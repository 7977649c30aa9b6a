"""Revealing opaque return types for the machine (rustc's `Reveal::All` after type
checking): each `impl Trait` type in the built bodies becomes its hidden type
(typeck/opaque.py), instantiated with the type's arguments, so the machine selects
impls, instantiates generic bodies and formats values with the concrete types.
Borrow checking ran before on the opaque types, as in rustc (an opaque type is not
`Copy` unless its bounds say so).
"""

from __future__ import annotations

from ..types import Ty, subst
from .instantiate import map_types


def reveal_bodies(bodies: dict, hidden: dict) -> None:
    """Replace each body of `bodies` (in place of the dict's values) by its revealed copy."""
    if not hidden:
        return
    cache: dict = {}
    busy: set = set()

    def reveal(t: Ty) -> Ty:
        got = cache.get(t)
        if got is not None:
            return got
        if t.kind == "opaque" and t.id in hidden and t.id not in busy:
            busy.add(t.id)     # (a hidden type naming its own opaque type stays so)
            out = reveal(subst(hidden[t.id], tuple(reveal(a) for a in t.args)))
            busy.discard(t.id)
        elif t.args:
            new = tuple(reveal(a) for a in t.args)
            out = t if new == t.args else Ty(t.kind, t.name, new, t.mutable, t.id)
        else:
            out = t
        cache[t] = out
        return out

    for name, body in list(bodies.items()):
        bodies[name] = map_types(body, reveal)
