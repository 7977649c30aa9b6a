"""The machine's impl selection for generic traits and blanket impls (the runtime side
of typeck/trait_args.py): a call through a bound (`<Self as From>::from` with `Self` =
`U` and trait arguments `(T,)`, both concrete once the generic body is instantiated)
runs the impl whose self type and trait arguments match, instantiated with what its
parameters matched. Coherence (typeck's E0119) makes the first match the only one.
"""

from __future__ import annotations

from ..types import Ty
from ..typeck.blanket_select import sized_ok
from .dyn_dispatch import _match


def link_generic(program, cx) -> None:
    """Each impl of a generic trait or blanket impl, for `select_generic`."""
    for trait, infos in cx.generic.items():
        program.generic_impls[trait] = [
            (i.self_ty, i.trait_args, i.keys,
             len(i.imp.generics.names) if i.imp.is_generic else 0) for i in infos]
        if trait in cx.blanket_beside:     # (`ToOwned`: `str` and `[T]` by their own impls)
            program.generic_impls[trait] = [(p, a, k, n, i) for (p, a, k, n), i
                                            in zip(program.generic_impls[trait], infos)]


def select_generic(program, trait: str, t: Ty, targs: tuple, name: str) -> tuple[str, tuple] | None:
    """(the key of `name` in the impl of `trait<targs>` for `t`, the impl's arguments);
    None when a specific impl beside a blanket one is `t`'s."""
    cache = (trait, t, targs, name)
    got = program.selected.get(cache)
    if got is not None:
        return got
    for pattern, pargs, keys, n, *info in program.generic_impls[trait]:
        binds: dict = {}
        if info and not sized_ok(info[0], t):
            continue       # (a blanket impl's `Sized` parameter is never `str`: typeck's too)
        if _match(pattern, t, binds) and len(pargs) == len(targs) \
                and all(_match(p, a, binds) for p, a in zip(pargs, targs)):
            got = (keys[name], tuple(binds.get(i, Ty("error")) for i in range(n)))
            break
    else:
        if info:
            return None    # (a specific impl beside the blanket one: dyn_dispatch.select)
        raise RuntimeError(f"no impl of `{trait}` for `{t}` in the machine")
    program.selected[cache] = got
    return got


def concrete_args(program, targs: tuple, frame_self: Ty | None) -> tuple:
    """A call's trait arguments made concrete: inside a default method they may name
    the frame's `Self` and its projections (`B: FromIterator<Self::Item>` of
    `Iterator::collect`), normalised here as monomorphisation would."""
    from ..typeck.projection import has_proj
    if not any(has_proj(a) or _has_self(a) for a in targs):
        return targs
    from ..typeck.traits import subst_self
    if frame_self is not None:
        targs = tuple(subst_self(a, frame_self) for a in targs)
    return tuple(program.normalize(a) for a in targs) if program.normalize else targs


def _has_self(t: Ty) -> bool:
    return (t.kind == "param" and t.id < 0) or any(_has_self(a) for a in t.args)
