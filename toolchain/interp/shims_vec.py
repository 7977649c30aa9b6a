"""std's `Vec<T>` and slice intrinsics (toolchain/std/vec.rs). A `Vec` is a Python
list of its elements; `&self` / `&mut self` is a Pointer whose `load()` is that list
(or a `SliceView` for a sub-slice: interp/slices.py)."""

from __future__ import annotations

from .slices import SliceView, element_pointer, elements

NONE = [0]          # Option::None, as the machine holds enums: [discriminant, fields..]


def _some(v) -> list:
    return [1, v]


def _panic(message: str):
    from .machine import Panic
    # The span is the caller's: these intrinsics are `#[track_caller]` (machine.py).
    return Panic(message, None)


def vec_new(m, *_):
    return []


def vec_push(m, v, x):
    v.load().append(x)
    return ()


def vec_pop(m, v):
    buf = v.load()
    return _some(buf.pop()) if buf else NONE


def vec_len(m, v):
    return len(v.load())


def vec_clear(m, v, ty=None):
    return vec_truncate(m, v, 0, ty)


def vec_insert(m, v, i, x):
    buf = v.load()
    if i > len(buf):
        raise _panic(f"insertion index (is {i}) should be <= len (is {len(buf)})")
    buf.insert(i, x)
    return ()


def vec_remove(m, v, i):
    buf = v.load()
    if i >= len(buf):
        raise _panic(f"removal index (is {i}) should be < len (is {len(buf)})")
    return buf.pop(i)


def vec_truncate(m, v, n, ty=None):
    buf = v.load()
    tail = buf[n:]
    del buf[n:]
    if tail and ty is not None:      # the removed elements are dropped, in order
        from .drops import drop_value
        from .pointer import Pointer
        drop_value(m, Pointer([tail], 0), ty.args[0])
    return ()


def vec_extend_from_slice(m, v, other):
    from .machine import _deep_copy
    v.load().extend(_deep_copy(x) if type(x) is list else x for x in elements(other.load()))
    return ()


def vec_as_slice(m, v):
    return v


def slice_first(m, s):
    xs = s.load()
    return _some(element_pointer(xs, 0)) if len(xs) else NONE


def slice_last(m, s):
    xs = s.load()
    return _some(element_pointer(xs, len(xs) - 1)) if len(xs) else NONE


def slice_get(m, s, i):
    xs = s.load()
    return _some(element_pointer(xs, i)) if i < len(xs) else NONE


def slice_contains(m, s, x):
    want = x.load()
    return any(e == want for e in elements(s.load()))


def slice_reverse(m, s):
    xs = s.load()
    got = elements(xs)[::-1]
    for i, v in enumerate(got):
        xs[i] = v
    return ()


def slice_swap(m, s, a, b):
    xs = s.load()
    n = len(xs)
    for i in (a, b):
        if i >= n:
            raise _panic(f"index out of bounds: the len is {n} but the index is {i}")
    xs[a], xs[b] = xs[b], xs[a]
    return ()


def slice_to_vec(m, s):
    from .machine import _deep_copy
    return [_deep_copy(x) if type(x) is list else x for x in elements(s.load())]


def vec_from_elem(m, x, n):
    """`vec![x; n]`: `n` clones of `x`."""
    from .machine import _deep_copy
    return [_deep_copy(x) if type(x) is list else x for _ in range(n)]


def slice_join(m, v, sep):
    """`[String]::join` / `[&str]::join`: the machine holds both as their text."""
    return sep.join(_text(x) for x in elements(v.load()))


def slice_concat(m, v, ty):
    """`[S]::concat` of texts, or of nested sequences (typeck/slice_concat.py): a new
    `Vec` of copies of their elements (`T`'s `Clone` is a plain copy)."""
    from .machine import _deep_copy
    elem = ty.args[0].args[0] if ty.kind == "ref" and ty.args[0].args else None
    if elem is not None and (elem.kind == "array" or elem.kind == "adt" and elem.name == "Vec"
                             or elem.kind == "ref" and elem.args[0].kind != "str"):
        out = []
        for x in elements(v.load()):
            seq = elements(x.load()) if hasattr(x, "load") else elements(x)
            out += [_deep_copy(y) if type(y) is list else y for y in seq]
        return out
    return "".join(_text(x) for x in elements(v.load()))


def _text(x):
    return x.load() if hasattr(x, "load") else x


SHIMS = {name: f for name, f in globals().items()
         if name.startswith(("vec_", "slice_")) and callable(f)}


def slice_index_range(m, s, lo, hi):
    from .slices import sub_slice
    n = len(s.load())
    if lo > hi:
        raise _panic(f"slice index starts at {lo} but ends at {hi}")
    if hi > n:
        raise _panic(f"range end index {hi} out of range for slice of length {n}")
    return sub_slice(s, lo, hi)


SHIMS["slice_index_range"] = slice_index_range
