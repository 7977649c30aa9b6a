"""`dyn Trait` types in the resolver: a trait object of one of the learner's traits
(or a std trait the toolchain declares), recorded as `Res("dyn", trait name)`.
Auto traits after the trait (`dyn Error + Send + Sync`) are kept as a bitmask in
`Resolutions.dyn_autos` (the type's `Ty.id`, typeck/check.py); other extra traits and
lifetimes other than `'static` are refused."""

from __future__ import annotations

from ..syntax import ast
from ..std import is_std_span
from ..unsupported import unsupported
from .dyn_compat import violation


# The auto traits a trait object may carry, as bits of its `Ty.id` (shown in this order,
# as rustc sorts them: `dyn Error + Send + Sync`).
AUTO_BITS = {"Send": 1, "Sync": 2}


def _auto(b) -> int:
    """The bit of an auto-trait bound (`Send`, `std::marker::Sync`), 0 otherwise."""
    segs = b.path.segments
    name = segs[-1].ident.name
    if name not in AUTO_BITS or b.maybe or b.for_lifetimes or segs[-1].args is not None:
        return 0
    if len(segs) > 1 and [s.ident.name for s in segs[:-1]] not in (["std", "marker"],
                                                                    ["core", "marker"]):
        return 0
    return AUTO_BITS[name]


def ty(r, t: ast.Ty) -> bool:
    """True when `t` is a trait object (resolved or refused here)."""
    k = t.kind
    if not isinstance(k, ast.TyTraitObject):
        return False
    from .resolver import Res
    from .traits import _trait_name
    bounds = [b for b in k.bounds if isinstance(b, ast.TraitBound)]
    autos = 0
    if len(bounds) > 1:
        principal = [b for b in bounds if not _auto(b)]
        if len(principal) == 1:
            for b in bounds:
                autos |= _auto(b)
            bounds = principal
    others = [b for b in k.bounds if not isinstance(b, ast.TraitBound)]
    if not k.dyn or len(bounds) != 1 or bounds[0].maybe or bounds[0].for_lifetimes \
            or any(getattr(b, "name", "") != "'static" for b in others):
        r.diags.append(unsupported(t.span, "this kind of trait object"))
        r.res.types[t.id] = Res("err")
        return True
    path = bounds[0].path
    if autos and path.segments[-1].args is not None:    # (`dyn Fn() + Send`: not modelled)
        r.diags.append(unsupported(t.span, "this kind of trait object"))
        r.res.types[t.id] = Res("err")
        return True
    if path.segments[-1].args is not None:
        # `dyn Fn(i32) -> i32`: its signature is kept as a bound's (typeck/dyn_fn.py).
        from .closures import fn_bound
        fn = fn_bound(r, bounds[0])
        if fn is not None:
            r.res.types[t.id] = Res("dyn", fn)
            return True
    name = _trait_name(r, path) if path.segments[-1].args is None else None
    if name is None:
        r.diags.append(unsupported(t.span, "a trait object of this trait"))
        r.res.types[t.id] = Res("err")
        return True
    d = r.res.traits.defs.get(name)
    why = violation(d.decl.kind) if d is not None and d.decl is not None else None
    if d is not None and d.pinned is not None:   # (`Rhs = Self` cannot default in a `dyn`)
        r.diags.append(unsupported(t.span, f"rustc's error E0393 (the type parameter of "
                                           f"`{name}` must be explicitly specified)"))
        r.res.types[t.id] = Res("err")
        return True
    if why is not None:
        r.diags.append(unsupported(t.span, f"rustc's error E0038 (the trait `{name}` is not dyn "
                                           f"compatible because {why})"))
        r.res.types[t.id] = Res("err")
        return True
    r.res.types[t.id] = Res("dyn", name)
    if autos:
        r.res.dyn_autos[t.id] = autos
    if name == "Error" and not is_std_span(t.span):
        r.res.dyn_error = True     # (std's `fmt` impls behind a `Box<dyn Error>`: driver.py)
    return True
