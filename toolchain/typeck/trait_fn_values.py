"""A generic trait's associated function named through a type and passed as a value
where a closure is expected: `.map(String::from)`, `.map(Vec::from)`.

rustc types the path as `<String as From<?T>>::from` and lets the `Fn*` bound of the
parameter it is passed for decide `?T` (the closure's expected signature); the impl
is then the one `From<&str> for String`. Here the same happens at once: the trait's
declared signature, with fresh trait arguments, is unified with the bound's, and when
exactly one impl of the type fits, the value is that impl's function item (so MIR and
the machine call it as any function item). An impl with bounds, or no single impl,
stays refused by the caller."""

from __future__ import annotations

from ..types import Ty


def value(fcx, e, s: Ty, name: str, expected: Ty | None) -> Ty | None:
    if expected is None:
        return None
    from .closures import _expected_sig
    got = _expected_sig(fcx, expected)
    if got is None:
        return None
    from .trait_calls import _traits_with, _self_kind
    from .trait_args import candidates, instantiate, impl_bounds
    found = [(t, c) for t in _traits_with(fcx, name)
             for c in [candidates(fcx.results.traits, t, s, None, fcx.infer)] if c]
    if len(found) != 1:
        return None
    trait = found[0][0]
    if _self_kind(fcx, trait, name) is not None:
        return None      # (a method taking `self`: not this path)
    targs = _unify_decl(fcx, trait, name, s, got)
    if targs is None:
        return None
    cands = candidates(fcx.results.traits, trait, s, targs, fcx.infer)
    if len(cands) != 1:
        return None
    info = cands[0]
    args = instantiate(fcx, info, s, targs)
    key = info.keys.get(name)
    if key is None or key in fcx.results.traits.broken \
            or impl_bounds(fcx, info, args, e.span, s, targs):
        return None
    fcx.results.assoc_paths[e.id] = ("fn", key)
    return Ty("fndef", key, args)


def trait_item_value(fcx, e, trait: str, name: str, expected: Ty | None) -> Ty | None:
    """`ToString::to_string` passed where a closure is expected: `Self` (and the trait's
    arguments) are decided by the bound's signature (`&i32` for `&self`: `Self = i32`),
    then the one impl that fits is selected, its bounds holding."""
    if expected is None or trait not in fcx.res.traits.defs:
        return None
    from .closures import _expected_sig
    got = _expected_sig(fcx, expected)
    if got is None:
        return None
    from .trait_args import candidates, instantiate, impl_bounds, holds
    if name not in fcx.res.traits.defs[trait].items \
            or fcx.res.traits.defs[trait].items[name].kind != "fn":
        return None
    s = fcx.infer.new_var()
    targs = _unify_decl(fcx, trait, name, s, got)
    if targs is None:
        return None
    s = fcx.infer.resolve(s)
    if _unknown(s):      # (a literal's `{integer}` is known enough: its impls are one)
        return None
    cands = candidates(fcx.results.traits, trait, s, targs, fcx.infer)
    if len(cands) != 1:
        return None
    info = cands[0]
    args = instantiate(fcx, info, s, targs)
    key = info.keys.get(name)
    if key is None or key in fcx.results.traits.broken:
        return None
    if not all(holds(fcx, b.ty, b.ref) is True
               for b in impl_bounds(fcx, info, args, e.span, s, targs)):
        return None
    fcx.results.assoc_paths[e.id] = ("fn", key)
    return Ty("fndef", key, args)


def _unknown(t: Ty) -> bool:
    return t.kind == "var" or any(isinstance(a, Ty) and _unknown(a) for a in t.args)


def _unify_decl(fcx, trait: str, name: str, s: Ty, got) -> tuple | None:
    """The trait's declared signature of `name` for self type `s`, with fresh trait
    arguments, unified with the bound's (`got`: its params and return type); those
    arguments, or None when it does not fit."""
    from .trait_args import decl_sig, trait_generics
    from .trait_calls import own_args
    g = trait_generics(fcx.res, trait)
    targs = tuple(fcx.infer.new_var() for _ in (g.names if g is not None else ()))
    if own_args(fcx, trait, name, len(targs)):
        return None
    sig = decl_sig(fcx.results, trait, name, s, targs)
    _, params, ret = got
    if len(sig.params) != len(params):
        return None
    if not all(fcx.infer.unify(a, b) for a, b in zip(sig.params, params)) \
            or not fcx.infer.unify(sig.ret, ret):
        return None
    return targs
