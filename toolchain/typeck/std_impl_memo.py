"""What type checking derives from each of std's trait impls, made once per process.

Every check registers all of std's trait impls (typeck/traits.py `collect`): their
self types and associated types lowered, and a key per item of the trait
(`<Range<A> as Iterator>::map`, the impl's own item or a kept default, which MIR
links to the trait's body). std's `Iterator` declares some seventy items and std has
dozens of iterators: redoing all of it was a third of checking a small program
(bench/bench_toolchain.py). Once the resolver replays std (resolve/std_sigs.py), std's
TraitImpls are the same objects in every check and lower to the same types (Ty values
are immutable), so what they give is kept here, by impl; each check copies it into
its own TraitCx and ImplInfos, and the impls' caller signatures are made when first
asked for (typeck/lazy_sigs.py). `FERRITE_CHECK_STD_SIGS=1` makes everything afresh
and compares it with the memo (tests/toolchain/test_std_sigs.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..std import is_std_span
from .std_sig_types import usable


@dataclass
class _Memo:
    imp: object                     # the TraitImpl it was made from
    self_ty: object = None
    assoc: tuple | None = None      # (assoc, fn_bounds, eq_bounds) of projection.collect_assoc
    has_keys: bool = False
    keys: dict = field(default_factory=dict)       # item name -> key
    defaults: dict = field(default_factory=dict)   # key of a kept default -> the trait's body
    lazy: tuple = ()                # keys whose caller signature is made on first use
    own: tuple = ()                 # ... of those, the impl's own methods
    used: tuple | None = None       # (keys, their (trait, item) pairs): lints/dead_traits.py


_MEMOS: dict[int, _Memo] = {}     # the impl item's NodeId -> its memo


def _memo(res, imp) -> _Memo | None:
    """`imp`'s memo if it is one of std's impls and std is replayed; None otherwise. (An
    impl made afresh by each check, resolve/lazy_impls.py, starts a new memo each time.)"""
    if not is_std_span(imp.header) or not usable(res):
        return None
    m = _MEMOS.get(imp.item.id)
    if m is None or m.imp is not imp:
        m = _MEMOS[imp.item.id] = _Memo(imp)
    return m


def _verify(res) -> bool:
    return res.resolver.std_verify


def _differs(what: str, imp) -> AssertionError:
    return AssertionError(f"std impl memo differs ({what} of impl item {imp.item.id})")


def self_ty(res, imp):
    """The impl's self type, lowered."""
    m = _memo(res, imp)
    if m is None or m.self_ty is None or _verify(res):
        from .check import _lower_ty      # (imported where needed: this runs per std impl)
        got = _lower_ty(imp.self_ty, res)
        if m is not None and m.self_ty is not None and got != m.self_ty:
            raise _differs("self type", imp)
        if m is not None:
            m.self_ty = got
        return got
    return m.self_ty


def collect_assoc(res, info) -> None:
    """projection.collect_assoc, from the memo for std's impls."""
    m = _memo(res, info.imp)
    if m is not None and m.assoc is not None and not _verify(res):
        info.assoc.update(m.assoc[0])
        info.fn_bounds.extend(m.assoc[1])
        info.eq_bounds.extend(m.assoc[2])
        return
    from .projection import collect_assoc as collect   # (imported where needed)
    collect(res, info)
    if m is not None:
        got = (dict(info.assoc), list(info.fn_bounds), list(info.eq_bounds))
        if m.assoc is not None and got != m.assoc:
            raise _differs("associated types", info.imp)
        m.assoc = got


def enter_keys(res, results, cx, d, imp, s, info, own_sigs: bool) -> bool:
    """Enter std impl `imp`'s item keys into `info` and `cx`, with its caller signatures
    pending; False when they cannot come from the memo (the caller enters them one by
    one). `own_sigs`: the impl's own methods get caller signatures too (not those of
    std's traits that Python rules stand for, typeck/traits.py)."""
    m = _memo(res, imp)
    if m is None:
        return False
    from .traits import CallerSigs
    if not m.has_keys and not _fill_keys(m, results, d, imp, own_sigs):
        return False
    if _verify(res):
        fresh = _Memo(imp)
        if not _fill_keys(fresh, results, d, imp, own_sigs) or (fresh.keys, fresh.defaults,
                                                                fresh.lazy, fresh.own) \
                != (m.keys, m.defaults, m.lazy, m.own):
            raise _differs("item keys", imp)
    info.keys.update(m.keys)
    cx.defaults.update(m.defaults)
    sigs = results.sigs
    for key in m.own:      # (callers see the trait's declaration, the body its own)
        make = sigs.pending.pop(key, None)
        if make is not None:                   # (std's, made on first use: check.py)
            cx.body_sigs.pending[key] = make
        else:
            cx.body_sigs[key] = dict.pop(sigs, key)
    sigs.pending.update(dict.fromkeys(m.lazy, CallerSigs(d.name, s, info)))
    return True


def _fill_keys(m: _Memo, results, d, imp, own_sigs: bool) -> bool:
    keys, defaults, lazy, own = {}, {}, [], []
    for ti in d.items.values():
        key = imp.key(ti.name)
        mine = imp.items.get(ti.name)
        if mine is None and not ti.has_default:
            return False         # (an item missing: reported the long way)
        keys[ti.name] = key
        if ti.kind != "fn":
            continue
        if mine is None:
            defaults[key] = f"{d.name}::{ti.name}"
            lazy.append(key)
        elif own_sigs and key in results.sigs:
            own.append(key)
            lazy.append(key)
    m.keys, m.defaults, m.lazy, m.own, m.has_keys = keys, defaults, tuple(lazy), tuple(own), True
    return True


def item_keys(res, imp, d) -> tuple:
    """The keys of all of `imp`'s items (of trait `d`), and the (trait, item) pairs they
    name: what lints/dead_traits.py marks live for an impl of a std trait."""
    m = _memo(res, imp)
    if m is not None and m.used is not None and not _verify(res):
        return m.used
    from ..resolve.traits import split_impl_key
    keys = tuple(imp.key(name) for name in d.items)
    got = keys, frozenset(split_impl_key(k) for k in keys)
    if m is not None and m.used is not None and got != m.used:
        raise _differs("live keys", imp)
    if m is not None:
        m.used = got
    return got
