"""Tuple structs' and tuple variants' constructors used as values (`.map(Some)`,
`apply(Meters, 2.0)`): resolved as in a call (`Res("ctor")` / `Res("variant_ctor")`),
the use remembered as a value so the type checker lets it flow only where a closure
is expected (typeck/fn_items.py; elsewhere it is refused honestly)."""

from __future__ import annotations


def value(r, e, kind: str, target) -> None:
    from .resolver import Res
    r.res.values[e.id] = Res(kind, target)
    r.res.__dict__.setdefault("ctor_values", set()).add(e.id)


def is_value(res, e) -> bool:
    return e.id in res.__dict__.get("ctor_values", ())
