"""`Iterator::flatten` and `flat_map`: rustc's `Self::Item: IntoIterator` (and the
closure's `U: IntoIterator`), which Ferrite's std cannot state (std's own
`IntoIterator` impls are modelled in Python: typeck/into_iter.py), so std/iter.rs
gives the adapters the items' iterator as a type parameter and this check settles it
from the items' type, once known:

- `Vec<T>` -> `vec::IntoIter<T>`, `[T; N]` -> `array::IntoIter<T, N>`;
- `&Vec<T>`, `&[T]`, `&[T; N]` -> `slice::Iter<T>` (`&mut`: `IterMut<T>`);
- `Option<T>` -> `option::IntoIter<T>`, `Result<T, E>` -> `result::IntoIter<T>`;
- an iterator -> itself (std's `impl<I: Iterator> IntoIterator for I`).

The machine converts each item with the same cases (interp/shims_adapters.py). Other
items are not iterable: rustc's E0277 with its notes (`i32` items), or an honest
"unsupported" for types Ferrite cannot tell (the learner's `IntoIterator` impls)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, array_len, display
from ..unsupported import unsupported

# (where rustc's `flatten` and `flat_map` declare their `IntoIterator` bounds)
_BOUND_SPANS = {"flatten": "core::iter::Iterator::flatten",
                "flat_map": "core::iter::Iterator::flat_map"}


def register(fcx, e, k, self_ty: Ty) -> None:
    from .bounds import Obligation
    from .projection import proj
    own = fcx.method_args.get(e.id, ())
    name = k.segment.ident.name
    if name == "flatten" and len(own) >= 1:
        item, target = proj("Iterator", "Item", self_ty), own[-1]
    elif name == "flat_map" and len(own) >= 3:
        item, target = own[-3], own[-1]          # (`flat_map<U, F, J>`)
    else:
        return
    span = k.segment.ident.span
    if _settle(fcx, item, target, span, name, e_id=e.id, self_ty=self_ty):
        return
    ob = Obligation(item, "Sized", span, name, span, span, None, call_span=e.span,
                    check=lambda fcx, ob: _settle(fcx, ob.ty, target, span, name, last=True))
    fcx.bound_obligations.insert(0, ob)


_COLLECTION_INTO_ITER = {
    "HashMap": "std::collections::hash_map::IntoIter",
    "BTreeMap": "std::collections::btree_map::IntoIter",
    "HashSet": "std::collections::hash_set::IntoIter",
    "BTreeSet": "std::collections::btree_set::IntoIter",
    "VecDeque": "std::collections::vec_deque::IntoIter",
}


def into_iter_type(fcx, t: Ty) -> Ty | None:
    """The `IntoIter` type of std's `IntoIterator` for `t`; None when `t` is not one
    of the cases above."""
    if t.kind == "adt":
        if t.name == "Vec":
            return Ty("adt", "std::vec::IntoIter", (t.args[0],))
        if t.name == "Option":
            return Ty("adt", "std::option::IntoIter", (t.args[0],))
        if t.name == "Result":
            return Ty("adt", "std::result::IntoIter", (t.args[0],))
        if t.name in _COLLECTION_INTO_ITER:     # (a map's items are its `(K, V)` pairs)
            return Ty("adt", _COLLECTION_INTO_ITER[t.name], t.args)
    if t.kind == "array":
        return Ty("adt", "std::array::IntoIter", (t.args[0], Ty("std", str(array_len(t)))))
    if t.kind == "ref":
        inner = fcx.infer.resolve(t.args[0])
        if inner.kind in ("array", "slice") or inner.kind == "adt" and inner.name == "Vec":
            name = "std::slice::IterMut" if t.mutable else "std::slice::Iter"
            return Ty("adt", name, (inner.args[0],))
        if inner.kind == "adt" and inner.name == "Option" and inner.args:
            # (`&Option<T>`: rustc's `option::Iter<T>`, its one `&T`; modelled as the
            # `option::IntoIter` of an `Option<&T>`, interp/shims_adapters.py)
            from ..types import ref
            return Ty("adt", "std::option::IntoIter", (ref(inner.args[0], t.mutable),))
        if inner.kind == "adt" and inner.name in _COLLECTION_INTO_ITER:   # (`&map`: `iter()`)
            name = _COLLECTION_INTO_ITER[inner.name].replace("IntoIter", "IterMut" if t.mutable
                                                             else "Iter")
            if t.mutable and inner.name in ("HashSet", "BTreeSet"):
                return None       # (a set has no `iter_mut`)
            return Ty("adt", name, inner.args)
        return None
    if t.kind == "adt" and _is_iterator(fcx, t):
        return t
    return None


def _is_iterator(fcx, t: Ty) -> bool:
    from . import traits
    return any(c.trait == "Iterator" and c.derefs == 0 for c in traits.probe(fcx, t, "next"))


def _settle(fcx, item: Ty, target: Ty, span, name: str, last: bool = False,
            e_id: int | None = None, self_ty: Ty | None = None) -> bool:
    t = fcx.infer.resolve(item)
    if t.is_error:
        return True
    if t.kind in ("var", "proj"):
        if last:
            fcx.diags.append(unsupported(span, f"`{name}` over items of an unknown type"))
        return last
    it = into_iter_type(fcx, t)
    if it is not None:
        fcx.infer.unify(target, it)
        return True
    inner = fcx.infer.resolve(t.args[0]) if t.kind == "ref" else t   # (`&i32` too)
    if inner.kind in ("int", "intvar", "float", "floatvar", "bool", "char"):
        _not_iterator(fcx, t, span, name)
        if name == "flatten" and e_id is not None and self_ty is not None:
            _unmet_flatten(fcx, e_id, t, self_ty)
    else:
        fcx.diags.append(unsupported(span, f"`{name}` over items of type `{display(t)}`"))
    return True


def _not_iterator(fcx, t: Ty, span, name: str) -> None:
    """rustc's E0277 for items that are numbers (`i32` is not an iterator), or
    references to them (without the note on ranges)."""
    from ..std_locations import std_span
    shown = display(t)
    d = Diagnostic.error(f"`{shown}` is not an iterator", span, f"`{shown}` is not an iterator",
                         code="E0277")
    d.help(f"the trait `Iterator` is not implemented for `{shown}`")
    if t.kind in ("int", "intvar"):
        d.note("if you want to iterate between `start` until a value `end`, use the exclusive "
               "range syntax `start..end` or the inclusive range syntax `start..=end`")
    d.note(f"required for `{shown}` to implement `IntoIterator`")
    note = Diagnostic("note", f"required by a bound in `{name}`")
    note.primary(std_span(_BOUND_SPANS[name]))
    d.children.append(note)
    fcx.diags.append(d)
    fcx.tainted = True


def _unmet_flatten(fcx, e_id: int, t: Ty, self_ty: Ty) -> None:
    """What rustc lists on the method after a `flatten` whose items are not iterable:
    `Flatten`'s `Iterator` impl needs `I::Item: IntoIterator` and its two projections."""
    from .unmet_chain import Unmet, record
    shown, it = display(t), display(fcx.infer.resolve(self_ty), full=True)
    record(fcx, e_id, Unmet(f"Flatten<{it}>", "struct",
                            [f"<{shown} as IntoIterator>::IntoIter = _",
                             f"<{shown} as IntoIterator>::Item = _",
                             f"{shown}: IntoIterator"]))
