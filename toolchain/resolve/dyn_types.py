"""`dyn Trait` types in the resolver: a trait object of one of the learner's traits
(or a std trait the toolchain declares), recorded as `Res("dyn", trait name)`.
Several traits (`dyn A + Send`) and lifetimes other than `'static` are refused."""

from __future__ import annotations

from ..syntax import ast
from ..std import is_std_span
from ..unsupported import unsupported
from .dyn_compat import violation


def ty(r, t: ast.Ty) -> bool:
    """True when `t` is a trait object (resolved or refused here)."""
    k = t.kind
    if not isinstance(k, ast.TyTraitObject):
        return False
    from .resolver import Res
    from .traits import _trait_name
    bounds = [b for b in k.bounds if isinstance(b, ast.TraitBound)]
    others = [b for b in k.bounds if not isinstance(b, ast.TraitBound)]
    if not k.dyn or len(bounds) != 1 or bounds[0].maybe or bounds[0].for_lifetimes \
            or any(getattr(b, "name", "") != "'static" for b in others):
        r.diags.append(unsupported(t.span, "this kind of trait object"))
        r.res.types[t.id] = Res("err")
        return True
    path = bounds[0].path
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
    if why is not None:
        r.diags.append(unsupported(t.span, f"rustc's error E0038 (the trait `{name}` is not dyn "
                                           f"compatible because {why})"))
        r.res.types[t.id] = Res("err")
        return True
    r.res.types[t.id] = Res("dyn", name)
    if name == "Error" and not is_std_span(t.span):
        r.res.dyn_error = True     # (std's `fmt` impls behind a `Box<dyn Error>`: driver.py)
    return True
