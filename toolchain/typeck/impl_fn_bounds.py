"""An impl's `Fn*` bounds decide the parameters they name as outputs:
`impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F>` has `B` only
there, and rustc finds it from the closure type `F` is (its `FnOnce::Output`).
Selecting such an impl for a type (impl_select.py) binds `B` from the closure's
return type."""

from __future__ import annotations

from ..types import Ty, subst


def collect(res, info) -> None:
    from .closures import FN_TRAITS, lower_bound_sig
    for i, bounds in enumerate(info.imp.generics.bounds):
        for trait, span in bounds:
            if trait in FN_TRAITS:
                got = lower_bound_sig(res, trait, span)
                if got is not None:
                    info.fn_bounds.append((i, trait, got[1], got[2]))


def unify_outputs(fcx, info, args: tuple) -> None:
    """With inference: each closure argument's signature against its bound's."""
    for i, _, params, ret in info.fn_bounds:
        a = fcx.infer.shallow(args[i])
        if a.kind in ("fndef", "ctor", "variant_ctor", "fnptr"):       # a function item: its signature (typeck/fn_items.py)
            from . import fn_items
            got = fn_items.sig(fcx.results, fcx.infer.resolve(a))
            if got is None:
                continue
            cparams, cret = got
        elif a.kind != "closure":
            continue
        else:
            cparams, cret = list(a.args[0].args), a.args[1]
        if len(cparams) == len(params):
            for x, y in zip(cparams, params):
                fcx.infer.unify(x, subst(y, args))
        fcx.infer.unify(cret, subst(ret, args))


def bind_outputs(info, binds: dict, res=None) -> None:
    """For a concrete type: a parameter that is a bound's bare output takes the closure's
    return type."""
    for i, _, _, ret in info.fn_bounds:
        a = binds.get(i)
        if a is not None and a.kind in ("fndef", "ctor", "variant_ctor", "fnptr"):
            from . import fn_items
            got = fn_items.sig(res, a) if res is not None else None
            if got is not None:
                _bind(ret, got[1], binds)
            continue
        if a is None or a.kind != "closure":
            continue
        _bind(ret, a.args[1], binds)


def _bind(p: Ty, t: Ty, binds: dict) -> None:
    """The parameters of output pattern `p` (`B`, or `Option<B>` for `scan`) from `t`."""
    if p.kind == "param":
        if p.id >= 0 and p.id not in binds:
            binds[p.id] = t
        return
    if p.kind == t.kind and p.name == t.name and len(p.args) == len(t.args):
        for x, y in zip(p.args, t.args):
            _bind(x, y, binds)
