"""Opaque return types (`-> impl Iterator<Item = u32>`, resolve/opaque.py) in the type
checker.

The type is `Ty("opaque", "impl Iterator<Item = u32>", args = the function's generic
arguments, id = the `impl ..` type's node)`: each function's is its own type, equal
only to itself (typeck/infer.py), and a caller's instance carries the call's generic
arguments (`subst` reaches them), as rustc's `Alias(Opaque, def_id, args)` does.

- Callers see the bounds only: methods of the bounds' traits (probed as for a bounded
  type parameter, typeck/bounds.py's `param_bounds`), the bounds as satisfied
  obligations, and `<impl Iterator<Item = u32> as Iterator>::Item` normalised to `u32`
  by the constraint (typeck/projection.py).
- Inside the defining function the return type is an inference variable (rustc's
  `replace_opaque_types_with_inference_vars`): every `return` and the tail decide it.
  At the end of the body it is the hidden type, which must satisfy the bounds; it is
  recorded in `TypeckResults.opaque_hidden` (in terms of the function's parameters)
  for the machine (mir/reveal_opaque.py), never shown to callers.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import ERROR, Ty, subst
from ..unsupported import unsupported


def lower(t, res) -> Ty:
    r = res.types.get(t.id)
    if r is None or r.kind != "opaque_ret":
        return ERROR
    d = r.target
    return Ty("opaque", d.shown, tuple(Ty("param", n, id=i) for i, n in enumerate(d.params)),
              id=t.id)


def definition(res, t: Ty):
    """The OpaqueDef of a bounded opaque type (None for `impl Fn..`'s and others)."""
    if t.kind != "opaque":
        return None
    r = res.types.get(t.id)
    return r.target if r is not None and r.kind == "opaque_ret" else None


def bounds(fcx, t: Ty) -> list:
    d = definition(fcx.res, t)
    return list(d.bounds) if d is not None else []


def eq(fcx_or_res, t: Ty, trait: str, name: str) -> Ty | None:
    """`<t as trait>::name` from the opaque type's constraints (`Item = u32`)."""
    from .check import _lower_ty
    from .traits import bound_traits
    res = getattr(fcx_or_res, "res", fcx_or_res)
    d = definition(res, t)
    if d is None:
        return None
    for tr, n, ty, _ in d.eqs:
        if n == name and (tr == trait or trait in bound_traits(res, tr)):
            return subst(_lower_ty(ty, res), t.args)
    return None


# -- the defining body ------------------------------------------------------------------------

def open_body(fcx) -> None:
    """Inside its own function, the opaque return type is an inference variable."""
    ret = fcx.sig.ret
    d = definition(fcx.res, ret)
    if d is None or any(a != Ty("param", n, id=i) for i, (a, n) in
                        enumerate(zip(ret.args, d.params))):
        return
    var = fcx.infer.new_var()
    fcx.opaque_ret_var = (ret, var)
    fcx.sig = replace(fcx.sig, ret=var)


def finish(fcx) -> None:
    """The hidden type: its bounds hold (their constraints decide what is still open),
    then it is recorded for the machine."""
    ret, var = fcx.opaque_ret_var
    d = definition(fcx.res, ret)
    hidden = fcx.infer.resolve(var)
    at = d.span
    if hidden.kind in ("var", "never") or hidden.is_error:
        if not hidden.is_error and not any(x.is_error for x in fcx.diags):
            fcx.diags.append(unsupported(at, "an `impl Trait` return type whose hidden type "
                                             "is not decided by the body"))
        return
    for trait, _ in d.bounds:
        if not has_impl_of(fcx, hidden, trait):
            if not _e0277(fcx, d, hidden, trait):
                fcx.diags.append(unsupported(at, f"returning `{_shown(hidden)}` as `{d.shown}` "
                                                 f"(a bound it may lack)"))
            return
    from .projection import proj
    for trait, name, ty, _ in d.eqs:
        from .check import _lower_ty
        want = _lower_ty(ty, fcx.res)
        got = fcx.infer.resolve(proj(trait, name, hidden))
        if got.kind == "proj" or not fcx.infer.unify(got, want):
            if got.kind == "proj" or not _e0271(fcx, d, hidden, trait, name, got, want):
                fcx.diags.append(unsupported(at, f"returning `{_shown(hidden)}` as `{d.shown}` "
                                                 f"(its `{name}` differs)"))
            return
    fcx.results.opaque_hidden[ret.id] = fcx.infer.fallback(hidden)


def _shown(t: Ty) -> str:
    from ..types import display
    return display(t)


def has_impl_of(fcx, t: Ty, trait: str) -> bool:
    """Does the hidden type `t` satisfy the bound `trait`? (False when Ferrite cannot tell.)"""
    from .bounds import has_bound, implements
    if t.kind in ("param", "opaque"):
        return has_bound(fcx, t, trait)
    if t.kind == "intvar":
        t = Ty("int", "i32")
    elif t.kind == "floatvar":
        t = Ty("float", "f64")
    return bool(implements(fcx, t, trait))


def settle(fcx, found: Ty) -> Ty:
    """Before a value is returned: once a `return` decided the hidden type, its bounds'
    constraints apply to it (rustc registers them then): `1..4` returned as `impl
    Iterator<Item = u32>` is a `Range<u32>`. A recursive call's result (the function's
    own opaque type) stands for the hidden type. Gives the type to coerce."""
    from .check import _lower_ty
    from .projection import proj
    ret, var = fcx.opaque_ret_var
    if fcx.infer.shallow(found) == ret:
        found = var
    hidden = fcx.infer.shallow(var)
    if hidden.kind == "var":
        fcx.opaque_site = getattr(fcx, "last_recorded", None)   # (it may decide it now)
        return found
    for trait, name, ty, _ in definition(fcx.res, ret).eqs:
        got = fcx.infer.resolve(proj(trait, name, hidden))
        if got.kind != "proj":
            fcx.infer.unify(got, _lower_ty(ty, fcx.res))
    return found


def return_cause(fcx, d) -> bool:
    """rustc's "expected `X` because of return type" for a hidden type: the type in full,
    at the last `Item = ..` constraint's type (the whole `impl ..` without one)."""
    from ..types import display
    ret, var = fcx.opaque_ret_var
    od = definition(fcx.res, ret)
    hidden = fcx.infer.resolve(var)
    if hidden.kind == "var":
        return False
    at = od.eqs[-1][2].span if od.eqs else od.span
    d.secondary(at, f"expected `{display(hidden, full=True)}` because of return type")
    return True


def _site(fcx, d, e, hidden: Ty) -> bool:
    """rustc's "return type was inferred to be `X` here", at the value that decided it."""
    from ..types import display
    site = getattr(fcx, "opaque_site", None)
    if site is None:
        return False
    e.secondary(site.span, f"return type was inferred to be `{display(hidden, full=True)}` here")
    return True


def _has_closure(t: Ty) -> bool:
    return t.kind == "closure" or any(_has_closure(a) for a in t.args)


def _e0271(fcx, d, hidden: Ty, trait: str, name: str, got: Ty, want: Ty) -> bool:
    """`-> impl Iterator<Item = u32>` returning an iterator of other items."""
    from ..diagnostics.model import Diagnostic
    from ..types import describe, display
    if trait != "Iterator" or name != "Item" or _has_closure(hidden):
        return False      # (rustc words a closure's output its own way: not modelled)
    got, want = fcx.infer.resolve(got), fcx.infer.resolve(want)
    e = Diagnostic.error(f"expected `{display(hidden)}` to be an iterator that yields "
                         f"`{display(want)}`, but it yields `{display(got)}`", d.span,
                         f"expected {describe(want)}, found {describe(got)}", code="E0271")
    if not _site(fcx, d, e, hidden):
        return False
    fcx.diags.append(e)
    return True


def _e0277(fcx, d, hidden: Ty, trait: str) -> bool:
    """`-> impl Display` returning one of the learner's types without the impl."""
    from ..diagnostics.model import Diagnostic
    from ..types import display
    td = fcx.res.traits.defs.get(trait)
    if trait != "Display" or td is None or hidden.kind != "adt" or hidden.args \
            or hidden.name not in fcx.res.adts:
        return False
    shown = display(hidden)
    e = Diagnostic.error(f"`{shown}` doesn't implement `{td.path or trait}`", d.span,
                         "unsatisfied trait bound", code="E0277")
    if not _site(fcx, d, e, hidden):
        return False
    h = Diagnostic("help", f"the trait `{td.path or trait}` is not implemented for `{shown}`")
    h.primary(fcx.res.adts[hidden.name].header)
    e.children.append(h)
    fcx.diags.append(e)
    return True
