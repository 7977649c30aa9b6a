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
from ..types import ERROR, Ty, describe, display
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
        fcx.infer.unify(target, ERROR if _ref_items_of_non_copy(fcx, t, it, span, at, s)
                        or _collection_item_mismatch(fcx, t, it, span, at, s) else it)
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


# std's collections with an `Extend` of their elements and one of references to them
# (the number of type parameters the element is made of: a map's `(K, V)`).
_ELEMENT_ARITY = {"HashMap": 2, "BTreeMap": 2, "HashSet": 1, "BTreeSet": 1, "VecDeque": 1}


def _collection_item_mismatch(fcx, t: Ty, it: Ty, span, at, s: Ty | None) -> bool:
    """`m.extend(x)` on a map, a set or a `VecDeque` whose items are not its elements:
    when an element type is not `Copy`, the impl taking references (`K: Copy, V: Copy`)
    does not apply, so rustc selects the by-value one and reports E0271 on the item
    (True, reported). With `Copy` elements both impls remain and rustc's error is E0277
    listing them, left to the caller's honest refusal."""
    from .bounds import implements
    from .mismatch_helps import decorate_mismatch
    from .projection import proj
    s = fcx.infer.resolve(s) if s is not None else None
    n = _ELEMENT_ARITY.get(s.name) if s is not None and s.kind == "adt" else None
    if n is None or len(s.args) < n:
        return False
    elems = tuple(fcx.infer.resolve(a) for a in s.args[:n])
    want = Ty("tuple", args=elems) if n == 2 else elems[0]
    item = fcx.infer.resolve(proj("Iterator", "Item", it))
    if item.kind in ("var", "proj") or _compatible(fcx, want, item) \
            or all(implements(fcx, e, "Copy") is not False for e in elems):
        return False
    if n == 2 and item.kind == "tuple" and len(item.args) == 2:
        # (rustc equates the pair's matching halves before it reports the other)
        for w, g in zip(elems, item.args):
            if _compatible(fcx, w, g):
                fcx.infer.unify(w, g)
        item = fcx.infer.resolve(item)
        t = fcx.infer.resolve(t)
    shown = display(want)
    d = Diagnostic.error(f"type mismatch resolving `<{display(t)} as IntoIterator>::Item == "
                         f"{shown}`", at, f"expected {describe(want)}, found {describe(item)}",
                         code="E0271")
    d.secondary(span, "required by a bound introduced by this call")
    if n == 2 and item.kind == "tuple" and len(item.args) == 2:
        # (rustc's note shows the halves that agree as `_`)
        e, f = (", ".join("_" if w == g else display(x) for w, g, x in zip(elems, item.args, side))
                for side in (elems, item.args))
        d.note(f"expected tuple `({e})`\n   found tuple `({f})`")
    else:
        decorate_mismatch(fcx, d, at, want, item, None)
    d.children.append(_bound_note())
    fcx.diags.append(d)
    fcx.tainted = True
    return True


def _compatible(fcx, a: Ty, b: Ty) -> bool:
    """Whether `a` and `b` could be made equal (without binding anything)."""
    a, b = fcx.infer.resolve(a), fcx.infer.resolve(b)
    if a == b or a.is_error or b.is_error or "var" in (a.kind, b.kind) \
            or "param" in (a.kind, b.kind) or "proj" in (a.kind, b.kind):
        return True
    for x, y in ((a, b), (b, a)):
        if x.kind == "intvar":
            return y.kind in ("int", "intvar")
        if x.kind == "floatvar":
            return y.kind in ("float", "floatvar")
    if a.kind != b.kind or a.name != b.name or len(a.args) != len(b.args) \
            or getattr(a, "mutable", None) != getattr(b, "mutable", None):
        return False
    return all(_compatible(fcx, x, y) for x, y in zip(a.args, b.args))
