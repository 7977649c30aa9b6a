"""The machine's side of std's `copied`, `cloned` and `cycle` (std/iter.rs): a copy of
the value behind a reference. typeck/iter_clone.py lets them run only on items whose
`Clone` is a plain copy of the value (numbers, `String`s, derived `Clone`), so a deep
copy of the machine's value is what rustc's `Clone::clone` would give."""

from __future__ import annotations


def iter_copy_value(m, p):
    from .machine import _deep_copy
    v = p.load()
    return _deep_copy(v) if type(v) is list else v


def iter_as_pair(m, x):
    return x        # (the same value: typeck unified its type with the pair's)


def iter_equal(m, a, b, ty=None):
    """`*a == *b` for `Vec::dedup` (its `T: PartialEq` is checked by
    typeck/std_bounds.py: the types whose `==` compares values, as `contains`; `ty`:
    `&T`, for a `T` compared through a learner's `eq`, interp/cmp_typed.py)."""
    from . import cmp_typed
    if ty is not None and cmp_typed.holds(m.program, ty):
        return cmp_typed.compare(m, a, b, "==", ty)
    return a.load() == b.load()


def iter_into_iter(m, x, ty):
    """`IntoIterator::into_iter(x)` for `flatten` and `flat_map` (std/iter.rs), by the
    item's type, in the cases typeck/iter_flatten.py allows."""
    from .shims_iter import slice_iter, vec_into_iter
    k = ty.kind
    if k == "array" or k == "adt" and ty.name == "Vec":
        return vec_into_iter(m, x)
    if k == "ref" and ty.args[0].kind == "adt" and ty.args[0].name in ("HashMap", "BTreeMap",
                                                                       "HashSet", "BTreeSet"):
        from .shims_map import map_iter
        return map_iter(m, x)
    if k == "ref" and ty.args[0].kind == "adt" and ty.args[0].name == "Option":
        from .pointer import Pointer
        o = x.load()       # (`&Option<T>`: an `Option<&T>` to its payload, in place)
        return [[1, Pointer(o, 1)] if o[0] == 1 else [0]]
    if k == "ref":
        return slice_iter(m, x)
    if k == "adt" and ty.name == "Option":
        return [x]                                 # option::IntoIter { inner }
    if k == "adt" and ty.name == "Result":
        return [[1, x[1]] if x[0] == 0 else [0]]   # result::IntoIter { inner: x.ok() }
    if k == "adt" and ty.name in ("HashMap", "BTreeMap", "HashSet", "BTreeSet"):
        from .shims_map import map_into_iter
        return map_into_iter(m, x)
    if k == "adt" and ty.name == "VecDeque":
        return vec_into_iter(m, x)
    return x                                       # (an iterator is its own)


SHIMS = {"iter_into_iter": iter_into_iter, "iter_copy_value": iter_copy_value, "iter_as_pair": iter_as_pair,
         "iter_equal": iter_equal}
