"""`Iterator::copied` and `cloned`: rustc's `where Self: Iterator<Item = &'a T>` with
`T: Copy` (or `T: Clone`), which Ferrite's std leaves to this check (std/iter.rs
copies the value behind each item with an intrinsic). Items that are not references,
or whose type Ferrite cannot copy faithfully (a `Clone` that is not a plain copy of
the value: the learner's own impls, `Rc`, cells), are refused honestly: rustc's
E0271/E0277 there carry notes into its library, not modelled yet."""

from __future__ import annotations

from ..types import Ty, display
from ..unsupported import unsupported

_SHARED = ("Rc", "Weak", "RefCell", "Cell", "std::rc::Rc", "std::rc::Weak",
           "std::cell::RefCell", "std::cell::Cell")


def register(fcx, e, k, self_ty: Ty) -> None:
    from .bounds import Obligation
    from .projection import proj
    span = k.segment.ident.span
    name = k.segment.ident.name
    t = self_ty if name == "cycle" else proj("Iterator", "Item", self_ty)
    ob = Obligation(t, "Clone", span, name, span, span, None, call_span=e.span,
                    check=_check_cycle if name == "cycle" else _check)
    fcx.bound_obligations.append(ob)


def _check(fcx, ob) -> None:
    item = fcx.infer.resolve(ob.ty)
    if item.is_error or item.kind in ("var", "proj"):
        return            # (undecided: E0282 elsewhere)
    copy = ob.callee == "copied"
    if item.kind != "ref" or not _plain(fcx, item.args[0], copy):
        fcx.diags.append(unsupported(ob.func, f"`{ob.callee}` over items of type "
                                              f"`{display(item)}`"))


def _plain(fcx, t: Ty, copy: bool) -> bool:
    """Is `t` `Copy` (or, for `cloned`, `Clone` by a plain copy of its value)?"""
    from .std_bounds import has_trait
    if t.kind in ("int", "intvar", "float", "floatvar", "bool", "char"):
        return True
    if t.kind == "ref":
        return not t.mutable
    if t.kind in ("tuple", "array"):
        return all(_plain(fcx, a, copy) for a in t.args)
    if t.kind != "adt" or t.name in _SHARED:
        return False
    if t.name in ("String", "Vec", "Option", "Box") and not copy:
        return all(_plain(fcx, a, copy) for a in t.args)
    layout = fcx.results.adts.get(t.name)
    if layout is None or not has_trait(fcx, t, "Copy" if copy else "Clone"):
        return False
    cx = fcx.results.traits       # (a hand-written `Clone` may do anything)
    own = cx.impls.get(t, {}).get("Clone") if cx is not None else None
    return own is None and all(_plain(fcx, a, copy) for a in t.args) \
        and all(_plain(fcx, f, copy) for f in layout.tys)


# std's iterators whose `Clone` copies their state (and their inner iterators').
_STD_ITERS = {"Range", "RangeInclusive", "RangeFrom", "std::ops::Range", "std::slice::Iter",
              "std::vec::IntoIter", "std::str::Chars", "std::array::IntoIter", "Take", "Skip",
              "StepBy", "Enumerate", "Zip", "Chain", "Rev", "Copied", "Cloned", "Peekable",
              "Cycle"}


def _check_cycle(fcx, ob) -> None:
    """`cycle` restarts from a copy of the iterator: its type must be `Clone`, which
    Ferrite can tell (and copy) for std's iterators over plain items and the learner's
    derived `Clone` types."""
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or t.kind == "var":
        return
    if not _iter_clone(fcx, t):
        fcx.diags.append(unsupported(ob.func, f"`cycle` on `{display(t)}`"))


def _iter_clone(fcx, t: Ty) -> bool:
    if t.kind == "adt" and (t.name in _STD_ITERS or t.name.rsplit("::", 1)[-1] in _STD_ITERS):
        return all(_arg_ok(fcx, a) for a in t.args)
    return _plain(fcx, t, False)


def _arg_ok(fcx, t: Ty) -> bool:
    if t.kind == "adt":
        return _iter_clone(fcx, t)
    if t.kind == "ref":
        return not t.mutable
    return _plain(fcx, t, False)
