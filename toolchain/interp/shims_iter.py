"""std's iterators over slices, ranges and strings (toolchain/std/slice.rs, ...), as
the machine runs them: `next` of each is a shim, so `for x in v.iter()` costs one
call per element and no interpreted body.

A slice iterator is `[pointer to the slice, front, back]`: it yields pointers to the
elements in `front..back` (from the front for `next`, the back for `next_back`)."""

from __future__ import annotations

from .numeric import int_range
from .slices import element_pointer

NONE = [0]          # Option::None, as the machine holds enums: [discriminant, fields..]


def slice_iter(m, s):
    return [s, 0, len(s.load())]


def slice_iter_next(m, it):
    st = it.load()
    i = st[1]
    if i >= st[2]:
        return NONE
    st[1] = i + 1
    return [1, element_pointer(st[0].load(), i)]


def slice_iter_next_back(m, it):
    st = it.load()
    if st[1] >= st[2]:
        return NONE
    st[2] -= 1
    return [1, element_pointer(st[0].load(), st[2])]


def iter_state_len(m, it):
    """`ExactSizeIterator::len` of an iterator held as `[.., front, back]` (slices'
    and `vec::IntoIter`/`array::IntoIter`)."""
    st = it.load()
    return st[2] - st[1]


def range_len(m, r):
    st = r.load()
    return st[1] - st[0] if st[0] < st[1] else 0


SHIMS = {name: f for name, f in globals().items()
         if name.startswith(("slice_iter", "range_", "str_iter", "iter_state")) and callable(f)}


# -- by value: `[elements, front, back]` (vec::IntoIter, array::IntoIter) ------------------

def vec_into_iter(m, v):
    return [v, 0, len(v)]


def vec_into_iter_next(m, it):
    st = it.load()
    i = st[1]
    if i >= st[2]:
        return NONE
    st[1] = i + 1
    return [1, st[0][i]]


def vec_into_iter_next_back(m, it):
    st = it.load()
    if st[1] >= st[2]:
        return NONE
    st[2] -= 1
    return [1, st[0][st[2]]]


SHIMS.update({name: f for name, f in list(globals().items())
              if name.startswith("vec_into_iter") and callable(f)})


# -- ranges: `[start, end]`, `[start, end, exhausted]`, `[start]` (std/ops.rs) -------------
# Integers are Python ints and `char`s one-character strings; a `char` range skips
# the surrogates, as `Step for char` does.

def _forward(v):
    if type(v) is str:
        c = ord(v) + 1
        return chr(0xE000 if c == 0xD800 else c)
    return v + 1


def _backward(v):
    if type(v) is str:
        c = ord(v) - 1
        return chr(0xD7FF if c == 0xDFFF else c)
    return v - 1


def range_next(m, r):
    st = r.load()
    a = st[0]
    if a < st[1]:
        st[0] = _forward(a)
        return [1, a]
    return NONE


def range_next_back(m, r):
    st = r.load()
    if st[0] < st[1]:
        st[1] = _backward(st[1])
        return [1, st[1]]
    return NONE


def range_inclusive_next(m, r):
    st = r.load()
    a, b = st[0], st[1]
    if st[2] or a > b:
        return NONE
    if a < b:
        st[0] = _forward(a)
    else:
        st[2] = True
    return [1, a]


def range_inclusive_next_back(m, r):
    st = r.load()
    a, b = st[0], st[1]
    if st[2] or a > b:
        return NONE
    if a < b:
        st[1] = _backward(b)
    else:
        st[2] = True
    return [1, b]


def range_from_next(m, r, ret):
    st = r.load()
    a = st[0]
    b = _forward(a)
    elem = ret.args[0]      # (`Option<A>`: the shim is typed, mir/build_intrinsic.py)
    if elem.kind == "int" and b > int_range(elem.name)[1]:
        # `Step::forward` in a debug build: rustc's overflow check, in its std.
        from .machine import Panic
        raise Panic("attempt to add with overflow", m.shim_span)
    st[0] = b
    return [1, a]


def range_contains(m, r, x):
    st = r.load()
    return st[0] <= x.load() < st[1]


def range_is_empty(m, r):
    st = r.load()
    return not st[0] < st[1]


def range_inclusive_contains(m, r, x):
    st = r.load()
    return st[0] <= x.load() <= st[1] and not st[2]


def range_inclusive_is_empty(m, r):
    st = r.load()
    return st[2] or not st[0] <= st[1]


def range_start(m, r):
    from .pointer import Pointer
    return Pointer(r.load(), 0)


def range_end(m, r):
    from .pointer import Pointer
    return Pointer(r.load(), 1)


SHIMS.update({name: f for name, f in list(globals().items())
              if name.startswith("range_") and callable(f)})


# -- `str`'s iterators (std/str.rs): the pieces, made at once ------------------------------

def _pieces(xs: list) -> list:
    return [xs, 0, len(xs)]


def str_iter_chars(m, s):
    return _pieces(list(s))


def str_iter_char_indices(m, s):
    out, i = [], 0
    for c in s:
        out.append([i, c])
        i += len(c.encode("utf-8"))
    return _pieces(out)


def str_iter_bytes(m, s):
    return _pieces(list(s.encode("utf-8")))


def str_iter_split_whitespace(m, s):
    return _pieces(s.split())


def str_iter_lines(m, s):
    parts = s.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return _pieces([p[:-1] if p.endswith("\r") else p for p in parts])


def str_iter_split(m, s, pat):
    if pat == "":
        return _pieces([""] + list(s) + [""])
    return _pieces(s.split(pat))


SHIMS.update({name: f for name, f in list(globals().items())
              if name.startswith("str_iter_") and callable(f)})
