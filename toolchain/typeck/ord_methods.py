"""The comparison traits' methods called as methods on types whose impls are not
written out in Ferrite's std: a learner's struct or enum (derived or by hand) and a
bounded type parameter (`T: Ord`).

- `a.max(b)`, `a.min(b)`, `a.clamp(lo, hi)`: `Ord`'s provided methods;
- `a.cmp(&b)`: `Ord::cmp` (a type whose `cmp` the learner wrote finds it as an impl
  method before this: typeck/traits.py);
- `a.partial_cmp(&b)`: `PartialOrd::partial_cmp`; `a.eq(&b)`: `PartialEq::eq`.

rustc finds them through the trait; here the call goes to std/cmp.rs's `ord_*`
functions with `Self` as their one generic argument, which compare by the type's walk
(interp/shims_ord.py: the learner's `cmp`, `partial_cmp`, `eq` where it meets them).
Called from typeck/methods.py when nothing else has the method (the dispatch is decided
by the receiver's type, not per call site). A receiver that lacks the trait is left to
the caller (rustc's E0599, or Ferrite's unsupported).
"""

from __future__ import annotations

from dataclasses import replace

from ..syntax import ast
from ..types import ERROR, Ty
from ..unsupported import unsupported

# method -> (trait, std function, takes `&self`)
METHODS = {
    "max": ("Ord", "std::cmp::ord_max", False),
    "min": ("Ord", "std::cmp::ord_min", False),
    "clamp": ("Ord", "std::cmp::ord_clamp", False),
    "cmp": ("Ord", "std::cmp::ord_cmp", True),
    "partial_cmp": ("PartialOrd", "std::cmp::ord_partial_cmp", True),
    "eq": ("PartialEq", "std::cmp::ord_eq", True),
}
# A bound implies its supertraits.
_IMPLIED = {"Ord": ("Ord",), "PartialOrd": ("PartialOrd", "Ord"),
            "PartialEq": ("PartialEq", "Eq", "PartialOrd", "Ord")}


def has_trait(fcx, t: Ty, trait: str) -> bool | None:
    """`t: trait` for a learner's type or a parameter; None: not one Ferrite decides here."""
    t = fcx.infer.resolve(t)
    if t.kind == "param":
        from .bounds import has_bound
        return any(has_bound(fcx, t, b) for b in _IMPLIED[trait])
    if t.kind != "adt" or t.args:
        return None
    from ..std import is_std_span
    adt = fcx.res.adts.get(t.name)
    layout = fcx.results.adts.get(t.name)
    if adt is None or layout is None or is_std_span(adt.span):
        return None
    return trait in layout.derives


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, base: Ty, n: int) -> Ty | None:
    name = k.segment.ident.name
    spec = METHODS.get(name)
    if spec is None:
        return None
    trait, key, by_ref = spec
    if has_trait(fcx, base, trait) is not True:
        return None
    from .methods import MethodCallee
    if by_ref:       # `self: &Self`: the receiver's own reference, else one made here
        self_ty = rt.args[0] if n else rt
        callee = MethodCallee(key, 0, None if n else "&")
    else:            # `self: Self` (`&T: Ord` too: `(&a).max(&b)` gives a `&T`)
        self_ty = rt
        callee = MethodCallee(key, 0, None)
    sig = fcx.results.sigs.get(key)
    if sig is None:
        return None
    from .generics import instantiate_sig
    sig = instantiate_sig(sig, (self_ty,))
    if len(k.args) != len(sig.params) - 1:
        fcx.diags.append(unsupported(k.segment.ident.span, f"`{name}` with {len(k.args)} "
                                     "arguments"))
        for arg in k.args:
            fcx.check_expr(arg, ERROR)
        return ERROR
    fcx.results.method_calls[e.id] = callee
    fcx.method_args[e.id] = (self_ty,)
    msig = replace(sig, params=sig.params[1:], param_spans=sig.param_spans[1:], noun="method")
    for i, (arg, pt) in enumerate(zip(k.args, msig.params)):
        mark = len(fcx.diags)
        fcx.check_coerce(arg, pt, fcx._arg_cause(k.segment.ident.span, msig, i))
        if any(d.is_error for d in fcx.diags[mark:]):
            # (rustc's note would point at the trait's method in core: not modelled)
            del fcx.diags[mark:]
            fcx.diags.append(unsupported(arg.span, f"this argument of `{name}`"))
    return sig.ret
