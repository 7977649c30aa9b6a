"""The reference coercions std's collections need at coercion sites:
- unsizing `&[T; N]` to `&[T]`, and the deref coercion `&Vec<T>` to `&[T]` (also
  `&mut`): the same pointer at run time (interp/slices.py), nothing to record;
- the deref coercion `&String` to `&str`: the text is read through the reference,
  so the coerced expression is recorded in `TypeckResults.str_derefs` for MIR
  (mir/build_collections.py).
rustc finds the last two through `Deref` impls; Ferrite knows these two targets.
"""

from __future__ import annotations

from ..types import Ty, is_box


def coerce(fcx, found: Ty, expected: Ty) -> bool | None:
    """True/False when one of these coercions decides; None when none applies."""
    sh = fcx.infer.shallow
    f, x = sh(found), sh(expected)
    if is_box(f) and is_box(x):
        return _box_unsize(fcx, found, sh(f.args[0]), sh(x.args[0]))
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


def derefs_to(fcx, found: Ty, target: Ty) -> bool:
    """Does a `&found` deref-coerce to `&target` (for rustc's "consider borrowing")?"""
    f, t = fcx.infer.shallow(found), fcx.infer.shallow(target)
    if t.kind == "str":
        return f.kind == "adt" and f.name == "String"
    if t.kind == "slice" and (f.kind == "array" or (f.kind == "adt" and f.name == "Vec")):
        return fcx.infer.unify(f.args[0], t.args[0])
    return False


def conversion_help(d, e, expected: Ty, found: Ty) -> bool:
    """`String` expected, `&str` found: rustc's "try using a conversion method"."""
    from ..diagnostics.model import Suggestion
    from ..source import Span
    from ..types import STR_REF
    if expected == Ty("adt", "String") and found == STR_REF:
        at = Span(e.span.hi, e.span.hi)
        d.help("try using a conversion method",
               suggestions=[Suggestion(at, ".to_string()", "MaybeIncorrect", "ShowAlways")])
        return True
    return False


def _box_unsize(fcx, found: Ty, fi: Ty, xi: Ty) -> bool | None:
    """`Box<[T; N]>` to `Box<[T]>` (rustc unsizes it): not modelled, refused honestly
    at the coerced expression rather than called a mismatch."""
    if xi.kind != "slice" or fi.kind != "array":
        return None
    e = getattr(fcx, "last_recorded", None)
    if e is None or fcx.types.get(e.id) is not found or not fcx.infer.unify(fi.args[0],
                                                                           xi.args[0]):
        return None
    from ..unsupported import unsupported
    fcx.diags.append(unsupported(e.span, "unsizing a `Box<[T; N]>` to `Box<[T]>`"))
    return True
