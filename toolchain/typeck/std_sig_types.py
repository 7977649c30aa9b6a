"""std's function signatures as types, lowered once per process.

The resolver replays std's resolved signatures when the learner's crate leaves std's
names alone (resolve/std_sigs.py); the types lowered from them are then the same for
every check too, so each std function's parameter, return and `Self` types are kept
here (Ty values are immutable) and every check builds its own FnSig from them.
"""

from __future__ import annotations

from ..source import Span
from ..std import is_std_span

_LOWERED: dict[int, tuple] = {}     # std fn item id -> (params, ret, self_ty)


def usable(res) -> bool:
    r = res.resolver
    return r is not None and getattr(r, "std_sigs_ok", False)


def sig(item, res, collect, self_ty_of, verify: bool = False):
    """`item`'s FnSig: `collect(f, res)` lowers it, `self_ty_of()` gives its impl's self
    type (or None); a std item's are kept for the next checks."""
    got = _LOWERED.get(item.id)
    if got is None or verify or not is_std_span(item.span):
        s = collect(item.kind, res)
        s.self_ty = self_ty_of()
        if got is not None and got != (tuple(s.params), s.ret, s.self_ty):
            raise AssertionError(f"std signature types differ for `{item.ident.name}`")
        if is_std_span(item.span):
            _LOWERED[item.id] = (tuple(s.params), s.ret, s.self_ty)
        return s
    from .check import FnSig
    f = item.kind
    params, ret, self_ty = got
    sp = f.sig.self_param
    return FnSig(list(params), ret, f.sig.ret.span if f.sig.ret is not None else None,
                 f.ident.span,
                 ([_self_span(sp)] if sp else []) + [p.span for p in f.sig.params],
                 f.sig.span, self_ty=self_ty)


def _self_span(sp):
    return Span(sp.span.hi - 4, sp.span.hi)
