"""`Extend::extend`'s argument: rustc's `I: IntoIterator<Item = A>`, which Ferrite's std
cannot state (std/collect.rs), so its `extend<X, I>` takes the argument as `X` and this
check settles `I`, the argument's iterator, from `X` once known, with std's
`IntoIterator` cases of typeck/iter_flatten.py (`Vec<T>`, `&Vec<T>`, arrays, slices,
`Option`, an iterator itself). The body converts with `std::iter::into_iter_of`, which the
machine does by the same cases.

rustc's errors: a number is not an iterator (E0277); references to a `Vec<T>` whose `T`
is not `Copy` leave only `Extend<T>`, whose item mismatches (E0271). Other arguments
are refused honestly."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import ERROR, Ty, display
from ..unsupported import unsupported


def register(fcx, e, own: tuple, span, s: Ty | None = None) -> None:
    from .bounds import Obligation
    if len(own) < 2:
        return
    arg, target = own[-2], own[-1]           # (`extend<X, I>`)
    args = getattr(e.kind, "args", ())
    at = args[-1].span if args else span     # (the argument: `v.extend(x)`, `Vec::extend(&mut v, x)`)
    if _settle(fcx, arg, target, span, at, s):
        return
    ob = Obligation(arg, "Sized", span, "extend", span, span, None, call_span=e.span,
                    check=lambda fcx, ob: _settle(fcx, ob.ty, target, span, at, s, last=True))
    fcx.bound_obligations.insert(0, ob)      # (before `I: Iterator<Item = A>`, which needs `I`)


def _settle(fcx, arg: Ty, target: Ty, span, at, s: Ty | None, last: bool = False) -> bool:
    from .iter_flatten import into_iter_type
    t = fcx.infer.resolve(arg)
    if t.is_error:
        return True
    if t.kind in ("var", "proj"):
        if last:
            fcx.diags.append(unsupported(span, "`extend` from an argument of an unknown type"))
        return last
    it = into_iter_type(fcx, t)
    if it is not None:
        # (after E0271, `I` is an error: no impl is selected, nor its bounds reported)
        fcx.infer.unify(target, ERROR if _ref_items_of_non_copy(fcx, t, it, span, at, s) else it)
        return True
    if t.kind in ("int", "intvar", "float", "floatvar", "bool", "char"):
        _not_iterator(fcx, t, span, at)
    else:
        fcx.diags.append(unsupported(span, f"`extend` from an argument of type `{display(t)}`"))
    fcx.infer.unify(target, ERROR)
    fcx.tainted = True
    return True


def _bound_note() -> Diagnostic:
    from ..std_locations import std_span
    note = Diagnostic("note", "required by a bound in `extend`")
    note.primary(std_span("core::iter::Extend::extend"))
    return note


def _not_iterator(fcx, t: Ty, span, at) -> None:
    shown = display(t)
    d = Diagnostic.error(f"`{shown}` is not an iterator", at, f"`{shown}` is not an iterator",
                         code="E0277")
    d.secondary(span, "required by a bound introduced by this call")
    d.help(f"the trait `Iterator` is not implemented for `{shown}`")
    if t.kind in ("int", "intvar"):
        d.note("if you want to iterate between `start` until a value `end`, use the exclusive "
               "range syntax `start..end` or the inclusive range syntax `start..=end`")
    d.note(f"required for `{shown}` to implement `IntoIterator`")
    d.children.append(_bound_note())
    fcx.diags.append(d)


def _ref_items_of_non_copy(fcx, t: Ty, it: Ty, span, at, s: Ty | None) -> bool:
    """`v.extend(&w)` with `v: Vec<T>`, `T` not `Copy`: rustc's E0271 (True, reported)."""
    from .bounds import implements
    from .projection import proj
    s = fcx.infer.resolve(s) if s is not None else None
    if s is None or s.kind != "adt" or s.name != "Vec" or not s.args:
        return False
    elem = fcx.infer.resolve(s.args[0])
    item = fcx.infer.resolve(proj("Iterator", "Item", it))
    if item.kind != "ref" or elem.kind in ("var", "intvar", "floatvar") \
            or implements(fcx, elem, "Copy") is not False:
        return False
    shown_elem = display(elem)
    d = Diagnostic.error(f"type mismatch resolving `<{display(t)} as IntoIterator>::Item == "
                         f"{shown_elem}`", at,
                         f"expected `{shown_elem}`, found `{display(item)}`", code="E0271")
    d.secondary(span, "required by a bound introduced by this call")
    d.children.append(_bound_note())
    fcx.diags.append(d)
    fcx.tainted = True
    return True
