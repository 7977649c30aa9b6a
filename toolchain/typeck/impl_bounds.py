"""The bounds of a generic impl at each call of its methods (`impl<F: Fn(u64) -> u64>
Cache<F>` called on a `Cache<u32>`): rustc's E0599 "the method exists but its trait
bounds were not satisfied", whose wording is not modelled: a call whose bound does not
hold, or cannot be decided yet, is refused as unsupported, never accepted silently.
Calls of associated functions through a path (`Cache::new(f)`) are bounds.py's.
"""

from __future__ import annotations

from ..types import subst
from ..unsupported import unsupported


def note_call(fcx, e, key: str, args: tuple) -> None:
    g = fcx.results.sigs[key].generics
    if g is not None and any(g.bounds[:g.parent_count]):
        fcx.__dict__.setdefault("impl_bound_calls", []).append((e, key, args))


def check(fcx) -> None:
    """Once the body is inferred (and its closures' kinds known)."""
    for e, key, args in fcx.__dict__.get("impl_bound_calls", ()):
        g = fcx.results.sigs[key].generics
        for i in range(min(g.parent_count, len(args))):
            for trait, span in g.bounds[i]:
                if not _holds(fcx, args, args[i], trait, span):
                    fcx.diags.append(unsupported(e.kind.segment.ident.span,
                                                 f"calling a method whose impl requires `{trait}` "
                                                 "of a type that may not implement it"))
                    return


def _holds(fcx, args: tuple, t, trait: str, span) -> bool:
    from . import bounds, closures
    t = fcx.infer.resolve(t)
    if t.kind in ("intvar", "floatvar"):
        t = fcx.infer.fallback(t)      # (an integer literal's type is `i32` by now)
    if t.is_error or fcx.infer._has_var(t):
        return True      # (undecided: E0282/E0284 says so, generics.report_uninferred)
    if trait not in closures.FN_TRAITS:
        if t.kind == "param":
            return bounds.has_bound(fcx, t, trait)
        return bounds.implements(fcx, t, trait) is True
    want = closures.lower_bound_sig(fcx.res, trait, span)
    if want is None:
        return False
    params, ret = [subst(p, args) for p in want[1]], subst(want[2], args)
    rank = {"Fn": 0, "FnMut": 1, "FnOnce": 2}
    if t.kind == "closure":
        info = next((i for i in closures.infos(fcx) if i.expr.id == t.id), None)
        got = (info.kind, *closures.sig_of(t)) if info is not None else None
    elif t.kind in ("param", "opaque"):
        got = closures.bound_sig(fcx, t)
    else:
        return False
    if got is None or rank[got[0]] > rank[trait] or len(got[1]) != len(params):
        return False
    return all(fcx.infer.unify(a, b) for a, b in zip(got[1], params)) \
        and fcx.infer.unify(got[2], ret)
