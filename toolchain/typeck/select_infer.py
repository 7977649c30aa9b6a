"""Inference from a generic trait's obligation, as rustc's `select_where_possible`:
when exactly one impl may implement `S: Trait<A..>`, selecting it unifies `S` and the
arguments with the impl's (its parameters fresh), and its own bounds of generic traits
are selected the same way. So `collect::<Result<Vec<_>, _>>()` over `Result<i32,
ParseIntError>` items decides both `_` (the `Result` impl, then `Vec<T>`'s), and
`let v: Vec<_> = chars.collect();` decides `char`. An obligation whose self type is
still unknown is ambiguous: it waits (E0282/E0283 if nothing decides it).
"""

from __future__ import annotations

from ..source import Span
from ..types import Ty


def watch(fcx, ob) -> None:
    """Try `ob` now, and again after each later `let` (`improve_all`)."""
    fcx.__dict__.setdefault("improvable", []).append(ob)
    improve(fcx, ob)


def improve_all(fcx) -> None:
    for ob in fcx.__dict__.get("improvable", ()):
        improve(fcx, ob)


def improve(fcx, ob) -> None:
    if ob.targs is not None:
        _select(fcx, ob.ty, ob.trait, ob.targs, 0)


def _select(fcx, t: Ty, trait: str, targs: tuple, depth: int) -> None:
    from .trait_args import candidates, impl_bounds, instantiate
    cx = fcx.results.traits
    if cx is None or depth > 4 or trait not in cx.generic:
        return
    s = fcx.infer.shallow(t)
    if s.kind in ("var", "intvar", "floatvar", "error") or s.kind == "param":
        return
    if trait == "Extend" and s.kind == "adt" and s.name == "Vec" and targs \
            and fcx.infer.shallow(targs[0]).kind == "ref":
        return   # (rustc's `Vec<T>` has `Extend<&T>` too, for `T: Copy`: two candidates)
    cands = candidates(cx, trait, s, targs, fcx.infer)
    if len(cands) != 1:
        return
    info = cands[0]
    args = instantiate(fcx, info, s, targs)
    for b in impl_bounds(fcx, info, args, Span(0, 0), s, targs):
        if b.ref.args:
            _select(fcx, b.ty, b.ref.trait, b.ref.args, depth + 1)
