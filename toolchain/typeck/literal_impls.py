"""A trait method whose impls are per integer type, called on a receiver whose type
still holds an integer literal's variable: `(3..10).len()`, where std has
`impl ExactSizeIterator for Range<u8>`, `.. for Range<i32>`, and more.

rustc's probe finds the method through the trait (one of its impls may apply), leaves
the obligation `Range<{integer}>: ExactSizeIterator` pending, and the literal falls back
to `i32` before the obligation is selected: the impl for `Range<i32>` runs. When the
literal is later decided to a type without an impl (`let x: i64 = r.start`), the
obligation fails: rustc's E0277 listing the impls there are, without a "required by"
note (the bound is the method's own trait)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import PRIMITIVES, Ty, display
from ..unsupported import unsupported


def fallback(t: Ty) -> Ty:
    """`t` with its undecided integer literals as `i32`, rustc's fallback."""
    if t.kind == "intvar":
        return PRIMITIVES["i32"]
    if not t.args:
        return t
    args = tuple(fallback(a) for a in t.args)
    return t if args == tuple(t.args) else Ty(t.kind, t.name, args, t.mutable, t.id)


def _has_intvar(t: Ty) -> bool:
    return t.kind == "intvar" or any(_has_intvar(a) for a in t.args)


def method_call(fcx, e, k, rt: Ty) -> Ty | None:
    """The call through the trait, or None (not such a receiver, or no such method)."""
    rt = fcx.infer.resolve(rt)
    if rt.kind not in ("adt", "ref") or not _has_intvar(rt):
        return None
    from . import traits as tr
    from .methods import MethodCallee
    name = k.segment.ident.name
    cands = tr.probe(fcx, fallback(rt), name)
    if len(cands) != 1 or cands[0].self_ty.kind != "adt":
        return None
    c = cands[0]
    from . import trait_method_generics as tmg
    if tmg.own_names(fcx.results.sigs[f"<Self as {c.trait}>::{name}"]):
        return None
    inner = rt
    for _ in range(c.derefs):
        inner = inner.args[0]
    fcx.results.method_calls[e.id] = MethodCallee(c.key, c.derefs, c.autoref)
    from .bounds import Obligation
    span = k.segment.ident.span
    ob = Obligation(inner, c.trait, span, name, span, span, None, call_span=e.span,
                    check=_check)
    ob.call_expr = e
    ob.cand = c
    fcx.bound_obligations.append(ob)
    sig = tr._caller_sig(fcx.results, c.trait, name, inner)
    return tr._check_args(fcx, e, span, k.args, sig, c.key, method=True)


def _check(fcx, ob) -> None:
    """Once the body is inferred: the impl for the receiver's type as decided (with the
    fallback), or rustc's E0277 when there is none."""
    from . import traits as tr
    from .methods import MethodCallee
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or fcx.infer._has_var(fallback(t)):
        return
    t = fallback(t)
    name = ob.call_expr.kind.segment.ident.name
    c = ob.cand
    cands = [x for x in tr.probe(fcx, t, name) if x.trait == c.trait and x.derefs == 0]
    if len(cands) == 1:
        fcx.results.method_calls[ob.call_expr.id] = MethodCallee(cands[0].key, c.derefs,
                                                                  c.autoref)
        return
    impls = [s for s, per in fcx.results.traits.impls.items()
             if ob.trait in per and s.kind == "adt" and s.name == t.name]
    if cands or t.kind != "adt" or t.name != "std::ops::Range" or not impls:
        fcx.diags.append(unsupported(ob.func, f"`{display(t)}` lacking the trait "
                                              f"`{ob.trait}`"))
        return
    shown = display(t, True)
    d = Diagnostic.error(f"the trait bound `{shown}: {ob.trait}` is not satisfied", ob.func,
                         f"the trait `{ob.trait}` is not implemented for `{shown}`",
                         code="E0277")
    d.help(f"the following other types implement trait `{ob.trait}`:\n  "
           + "\n  ".join(sorted(display(s, True) for s in impls)))
    fcx.diags.append(d)


def recheck(fcx, e, k, info, args: tuple) -> None:
    """A generic impl's method selected with its bounds met by a literal's fallback type
    (`(0..10).map(f).len()`: `Range<{integer}>: ExactSizeIterator` as `Range<i32>`):
    checked again once the body is inferred, and refused honestly if the literal was
    decided to a type that does not meet them (rustc's E0277 there is not modelled)."""
    if not any(_has_intvar(fcx.infer.resolve(a)) for a in args):
        return
    from .bounds import Obligation
    span = k.segment.ident.span
    ob = Obligation(Ty("tuple", "", tuple(args)), "", span, k.segment.ident.name, span, span,
                    None, call_span=e.span, check=_recheck)
    ob.impl_info = info
    fcx.bound_obligations.append(ob)


def _recheck(fcx, ob) -> None:
    from .impl_select import unmet_bounds
    args = tuple(fcx.infer.resolve(a) for a in ob.ty.args)
    if any(a.is_error for a in args):
        return
    if unmet_bounds(fcx, ob.impl_info, args):
        fcx.diags.append(unsupported(ob.func, f"`{ob.callee}` on a literal decided to a type "
                                              f"lacking the impl's bounds"))
