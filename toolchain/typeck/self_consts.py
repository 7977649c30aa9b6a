"""`Self::CONST` in a trait's default method (and `T::CONST` in a generic fn, `T: Trait`): the constant of whichever impl the
method runs for. Typed by the trait's declaration of the constant; lowered as a call
of the per-impl constant (`<Self as Shape>::SIDES`, mir/build_self_consts.py) that the
machine dispatches on the frame's `Self`, as it does `Self`'s methods (rustc
monomorphises the default method instead: the same value)."""

from __future__ import annotations

from ..types import ERROR, Ty, has_params


def const_type(fcx, e, trait: str, name: str, self_ty: Ty) -> Ty | None:
    """The declared type of trait constant `name` reached through `Self`, recorded for
    MIR; None when Ferrite cannot type it (the caller refuses it as unsupported)."""
    from .check import _lower_ty
    d = fcx.res.traits.defs.get(trait)
    ti = d.items.get(name) if d is not None else None
    if ti is None or ti.item is None or d.is_std:
        return None
    ty = _lower_ty(ti.item.kind.ty, fcx.res)
    if ty.is_error or has_params(ty):     # (a constant typed by `Self`: not modelled)
        return None if not ty.is_error else ERROR
    # (`self_ty`: `Self`, or a bounded `T` that a generic fn's instance makes concrete)
    fcx.results.assoc_paths[e.id] = ("self_const", f"<Self as {trait}>::{name}", self_ty)
    return ty


def param_path(fcx, e, r) -> Ty:
    """`T::CONST` (resolve's `param_item`, not called): the constant of the one trait
    among `T`'s bounds that declares it; otherwise refused as unsupported."""
    from ..unsupported import unsupported
    from .bounds import param_traits
    s, name = r.target
    defs = fcx.res.traits.defs
    found = [t for t in param_traits(fcx, s)
             if t in defs and name in defs[t].items and defs[t].items[name].kind == "const"]
    got = const_type(fcx, e, found[0], name, s) if len(found) == 1 else None
    if got is None:
        fcx.diags.append(unsupported(e.span, "paths to trait items through a type parameter"))
        return ERROR
    return got
