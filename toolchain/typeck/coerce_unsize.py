"""The reference coercions std's collections need at coercion sites:
- unsizing `&[T; N]` to `&[T]`, and the deref coercion `&Vec<T>` to `&[T]` (also
  `&mut`): the same pointer at run time (interp/slices.py), nothing to record;
- the deref coercion `&String` to `&str`: the text is read through the reference,
  so the coerced expression is recorded in `TypeckResults.str_derefs` for MIR
  (mir/build_collections.py).
rustc finds the last two through `Deref` impls; Ferrite knows these two targets.
"""

from __future__ import annotations

from ..types import Ty


def coerce(fcx, found: Ty, expected: Ty) -> bool | None:
    """True/False when one of these coercions decides; None when none applies."""
    sh = fcx.infer.shallow
    f, x = sh(found), sh(expected)
    if f.kind != "ref" or x.kind != "ref" or (x.mutable and not f.mutable):
        return None
    fi, xi = sh(f.args[0]), sh(x.args[0])
    if xi.kind == "slice" and (fi.kind == "array" or (fi.kind == "adt" and fi.name == "Vec")):
        return fcx.infer.unify(fi.args[0], xi.args[0])
    if xi.kind == "str" and fi.kind == "adt" and fi.name == "String":
        e = getattr(fcx, "last_recorded", None)
        if e is None or fcx.types.get(e.id) is not found:
            return None       # not the expression just checked: no coercion to record
        fcx.results.str_derefs.add(e.id)
        return True
    return None
