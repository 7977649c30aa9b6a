"""Selecting the trait impl of a type when impls are generic or written for one
instantiation of a generic type (`impl<T: Display> Show for Wrapper<T>`,
`impl Area for Pair<i32>` beside `impl Area for Pair<f64>`).

Such impls are kept by the head of their self type (the ADT's name, behind any
references) and found by matching their self type, whose type parameters match
anything, against the type asked about (rustc's impl candidate assembly with the
impl's parameters as fresh variables). An impl's bounds are then obligations on the
matched arguments: unmet, they give rustc's E0599 "the method exists but its trait
bounds were not satisfied" at a method call and E0277's "required for `W<X>` to
implement `Tr`" note elsewhere. Impls for plain types keep their exact-type table
(typeck/traits.py `TraitCx.impls`): the fast path is unchanged.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..types import Ty, display, has_params, subst


def head(t: Ty) -> str | None:
    """The key generic and instantiated impls are kept under (None: none can match)."""
    pre = ""
    while t.kind == "ref":
        pre += "&mut " if t.mutable else "&"
        t = t.args[0]
    if t.kind == "slice":      # (std's `impl<T: Clone> ToOwned for [T]`)
        return pre + "[]"
    return pre + t.name if t.kind == "adt" and t.args else None


def is_matched(s: Ty) -> bool:
    """Whether an impl for `s` is selected by matching rather than by its exact type."""
    return head(s) is not None


def register(cx, info) -> None:
    cx.matched.setdefault(head(info.self_ty), []).append(info)


def could_match(p: Ty, t: Ty, binds: dict, again=None) -> bool:
    """Whether impl self type `p` may be `t` (inference variables match what they could
    become); `binds` collects each impl parameter's type. `again(prev, t)` decides a
    parameter met a second time (default: the two types could match)."""
    if p.kind == "param" and p.id >= 0:
        prev = binds.get(p.id)
        if prev is None:
            binds[p.id] = t
            return True
        if again is not None:
            return again(prev, t)
        return could_match(prev, t, {}) if not has_params(prev) else prev == t
    if t.kind in ("var", "error") or p.kind == "error":
        return True
    if t.kind == "intvar":
        return p.kind == "int"
    if t.kind == "floatvar":
        return p.kind == "float"
    if p.kind == t.kind == "array" and (len(p.args) > 1 or len(t.args) > 1):
        from ..types import array_length        # `[T; N]` (resolve/const_params.py)
        return could_match(p.args[0], t.args[0], binds, again) \
            and could_match(array_length(p), array_length(t), binds, again)
    if p.kind != t.kind or p.name != t.name or p.mutable != t.mutable \
            or len(p.args) != len(t.args) or (p.kind == "dyn" and p.id != t.id):
        return False       # (a trait object's id: its auto traits, resolve/dyn_types.py)
    return all(could_match(a, b, binds, again) for a, b in zip(p.args, t.args))


def overlap(a: Ty, b: Ty) -> Ty | None:
    """The types two impls' self types both cover (rustc's coherence overlap check),
    with `_` where either leaves a parameter; None when they are disjoint."""
    if a.kind == "param" and a.id >= 0:
        return b if not (b.kind == "param" and b.id >= 0) else Ty("param", "_")
    if b.kind == "param" and b.id >= 0:
        return a
    if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable \
            or len(a.args) != len(b.args):
        return None
    args = []
    for x, y in zip(a.args, b.args):
        got = overlap(x, y)
        if got is None:
            return None
        args.append(got)
    return Ty(a.kind, a.name, tuple(args), a.mutable, a.id)


def candidates(cx, t: Ty) -> dict:
    """trait -> the ImplInfo that may be `t`'s impl of it (None when several may)."""
    out: dict = {}
    for info in cx.matched.get(head(t), ()):
        if could_match(info.self_ty, t, {}):
            tr = info.imp.trait
            out[tr] = None if tr in out else info
    return out


def instantiate(fcx, info, t: Ty) -> tuple:
    """The impl's arguments for `t` (fresh variables unified with what `t` gives)."""
    n = len(info.imp.generics.names) if info.imp.is_generic else 0
    args = tuple(fcx.infer.new_var() for _ in range(n))
    fcx.infer.unify(subst(info.self_ty, args), t)
    if info.fn_bounds:
        from .impl_fn_bounds import unify_outputs
        unify_outputs(fcx, info, args)
    if info.eq_bounds:
        from .impl_eq_bounds import unify_eqs
        unify_eqs(fcx, info, args)
    return args


def concrete_args(info, t: Ty, results=None) -> tuple | None:
    """The impl's arguments for a concrete `t`, or None when it is not an instance."""
    binds: dict = {}
    if not could_match(info.self_ty, t, binds):
        return None
    n = len(info.imp.generics.names) if info.imp.is_generic else 0
    if info.fn_bounds:
        from .impl_fn_bounds import bind_outputs
        bind_outputs(info, binds, results)
    if info.eq_bounds and results is not None:
        from .impl_eq_bounds import bind_eqs
        bind_eqs(results, info, binds)
    return tuple(binds.get(i, Ty("error")) for i in range(n))


# -- the impl's bounds -----------------------------------------------------------------------

def unmet_bounds(fcx, info, args: tuple) -> list[tuple[Ty, str, Span]] | None:
    """The impl's bounds its arguments do not meet: (argument, trait, bound span); None
    when Ferrite cannot tell."""
    if not info.imp.is_generic:
        return []
    from .bounds import has_bound, implements
    out = []
    for i, bounds in enumerate(info.imp.generics.bounds):
        a = fcx.infer.resolve(args[i]) if i < len(args) else Ty("error")
        for trait, span in bounds:
            if a.is_error:
                continue
            if a.kind in ("intvar", "floatvar"):
                # A literal: its fallback type decides unless another impl would
                # (rustc picks the one impl's type; not modelled when it is not the fallback).
                from ..types import PRIMITIVES
                a = PRIMITIVES["i32" if a.kind == "intvar" else "f64"]
            elif a.kind == "adt" and a.args:     # `Range<{integer}>`: the same fallback
                from .literal_impls import fallback    # (re-checked: literal_impls.recheck)
                a = fallback(a)
            if a.kind == "var":
                return None
            from .closures import FN_TRAITS
            if trait in FN_TRAITS:
                # (a closure's kind and signature are checked where it was passed, and
                # its signature against the bound by impl_fn_bounds.py)
                if a.kind == "closure":
                    continue
                from . import fn_items      # (a fn item's signature too: impl_fn_bounds.py)
                if fn_items.is_fn_item(fcx.results, a):
                    continue
                return None
            if a.kind == "param":
                ok = has_bound(fcx, a, trait)
            elif trait in ("Display", "Debug") and fcx.res.traits.defs[trait].is_std:
                ok = has_fmt(fcx, a, "" if trait == "Display" else "?")
            else:
                ok = implements(fcx, a, trait)
            if ok is None:
                return None
            if not ok:
                out.append((a, trait, span))
    return out


def has_fmt(fcx, t: Ty, code: str) -> bool | None:
    """Whether `{}` (code "") or `{:?}` ("?") formats `t`."""
    from .check import _implements_fmt
    from . import refs
    if _implements_fmt(t, code, fcx.results.adts):
        return True
    t = refs.peel(t)[0]
    name = "Display" if code == "" else "Debug"
    if t.kind == "dyn":     # its trait's supertraits (`Error: Debug + Display`)
        from .traits import bound_traits
        return name in bound_traits(fcx.res, t.name)
    if t.kind in ("param", "opaque"):   # `&T` with `T: Display` (`x.to_string()` in generic code)
        from .bounds import has_bound
        return has_bound(fcx, t, name)
    if t.kind != "adt":
        return False if t.kind != "var" else None
    if head(t) in fcx.results.traits.matched:
        return implements(fcx, t, name)
    return (t.name, code) in fcx.results.traits.fmt_impls


def implements(fcx, t: Ty, trait: str) -> bool | None:
    """Whether `t` (concrete) has an impl of `trait` selected by matching, its bounds
    met; None when no such impl may apply (the caller's exact table decides)."""
    info = candidates(fcx.results.traits, t).get(trait, False)
    if info is False:
        return None
    if info is None:
        return None
    args = concrete_args(info, t)
    if args is None:
        return None
    unmet = unmet_bounds(fcx, info, args)
    return None if unmet is None else not unmet


def shown_trait(fcx, trait: str) -> str:
    d = fcx.res.traits.defs[trait]
    return d.path or d.name


def required_for(fcx, info, t: Ty, unmet: tuple) -> Diagnostic:
    """rustc's note "required for `W<X>` to implement `Tr`" at the impl's header."""
    imp = info.imp
    note = Diagnostic("note", f"required for `{display(t)}` to implement `{shown_trait(fcx, imp.trait)}`")
    note.primary(imp.trait_span)
    note.primary(imp.self_ty.span)
    note.secondary(unmet[2], "unsatisfied trait bound introduced here")
    return note


def method_bounds_error(fcx, e, k, rt: Ty, info, unmet: list) -> None:
    """E0599: the method exists for the type, but the impl's bounds do not hold."""
    from .ranges import bounds_error
    if bounds_error(fcx, k, rt, unmet):     # a range of floats: rustc's own wording
        return
    name = k.segment.ident.name
    shown = display(rt)
    base = rt
    while base.kind == "ref":
        base = base.args[0]
    tr = shown_trait(fcx, info.imp.trait)
    d = Diagnostic.error(f"the method `{name}` exists for {_noun(fcx, rt)} `{shown}`, but its "
                         "trait bounds were not satisfied", k.segment.ident.span,
                         f"method cannot be called on `{shown}` due to unsatisfied trait bounds",
                         code="E0599")
    if base.kind == "adt":
        d.secondary(fcx.res.adts[base.name].header,
                    f"method `{name}` not found for this {_noun(fcx, base)} because it doesn't "
                    f"satisfy `{display(base)}: {tr}`")
    for a, trait, _ in unmet:
        if a.kind == "adt":
            d.secondary(fcx.res.adts[a.name].header,
                        f"doesn't satisfy `{display(a)}: {shown_trait(fcx, trait)}`")
    for a, trait, span in unmet:
        note = Diagnostic("note", f"trait bound `{display(a)}: {shown_trait(fcx, trait)}` was "
                          "not satisfied")
        note.primary(span, "unsatisfied trait bound introduced here")
        note.secondary(info.imp.trait_span, "")
        note.secondary(info.imp.self_ty.span, "")
        d.children.append(note)
    from .unmet_chain import impl_bounds    # (std's adapters: `Repeat<T>` needs `T: Clone`)
    if impl_bounds(fcx, e, k, rt, info, unmet):
        return
    for _, trait, _ in unmet:
        if trait == info.imp.trait:
            continue     # (rustc's note that the method's trait defines it says enough)
        td = fcx.res.traits.defs[trait]
        if td.is_std:
            from ..unsupported import unsupported
            fcx.diags.append(unsupported(k.segment.ident.span, "calling a method whose impl "
                                         "needs a std trait its type argument lacks"))
            return
        note = Diagnostic("note", f"the trait `{td.name}` must be implemented")
        note.primary(td.header)
        d.children.append(note)
    from .traits import explain_missing
    explain_missing(fcx, d, name)
    fcx.diags.append(d)


def _noun(fcx, t: Ty) -> str:
    from .methods import kind_noun
    return kind_noun(t, fcx.res)


# -- E0277 through an impl's unmet bound ------------------------------------------------------

def _unmet_of(fcx, t: Ty, trait: str):
    """(impl, its first unmet bound) when `t` has a matched impl of `trait` whose bounds
    fail; None otherwise (or when Ferrite cannot tell)."""
    info = candidates(fcx.results.traits, t).get(trait)
    if info is None:
        return None
    args = concrete_args(info, t)
    unmet = unmet_bounds(fcx, info, args) if args is not None else None
    return (info, unmet[0]) if unmet else None


def _implemented_for(fcx, info, d: Diagnostic) -> None:
    h = Diagnostic("help", f"the trait `{shown_trait(fcx, info.imp.trait)}` is implemented for "
                   f"`{display(info.self_ty)}`")
    h.primary(info.imp.header)
    d.children.append(h)


def fmt_impl(fcx, t: Ty, trait: str, arg_span: Span, spec_span: Span | None) -> bool | None:
    """`{}`/`{:?}` of a type whose `Display`/`Debug` impl is generic or instantiated:
    True when it holds, True after reporting E0277 when the impl's bound fails, None when
    no such impl may apply."""
    name = "Display" if trait == "" else "Debug"
    cx = fcx.results.traits
    if head(t) not in cx.matched:
        return None
    got = candidates(cx, t).get(name, False)
    if got is False or got is None:
        return None
    args = concrete_args(got, t)
    unmet = unmet_bounds(fcx, got, args) if args is not None else None
    if unmet is None:
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(arg_span, f"formatting a `{display(t)}` here"))
        return True
    if not unmet:
        return True
    inner, bound_trait, _ = unmet[0]
    if inner.kind != "adt" or bound_trait != name or trait != "":
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(arg_span, f"formatting a `{display(t)}` whose impl's "
                                     "bounds do not hold"))
        return True
    from .check import _fmt_unimplemented
    from .fmt_local_types import point_at_type
    d = _fmt_unimplemented(inner, trait, arg_span, spec_span)
    point_at_type(d, trait, fcx.res.adts[inner.name])
    _implemented_for(fcx, got, d)
    d.children.append(required_for(fcx, got, t, unmet[0]))
    fcx.diags.append(d)
    return True


def nested_e0277(fcx, ob, t: Ty, note_of_call: Diagnostic) -> bool:
    """E0277 at a call of a bounded function whose argument's impl needs a bound its
    type argument lacks: rustc blames the type argument and notes the chain."""
    got = _unmet_of(fcx, t, ob.trait)
    if got is None:
        return False
    info, (inner, trait, _) = got
    td = fcx.res.traits.defs[trait]
    if inner.kind != "adt" or (td.is_std and trait != "Display"):
        return False
    msg = f"`{display(inner)}` doesn't implement `{td.path}`" if td.is_std else \
        f"the trait bound `{display(inner)}: {trait}` is not satisfied"
    from .bounds import _at_call
    d = _at_call(ob, msg, "unsatisfied trait bound")
    h = Diagnostic("help", f"the trait `{shown_trait(fcx, trait)}` is not implemented for "
                   f"`{display(inner)}`")
    h.primary(fcx.res.adts[inner.name].header)
    d.children.append(h)
    _implemented_for(fcx, info, d)
    d.children.append(required_for(fcx, info, t, got[1]))
    d.children.append(note_of_call)
    fcx.diags.append(d)
    return True
