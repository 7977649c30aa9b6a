"""std's iterators over slices, ranges and strings (toolchain/std/slice.rs, ...), as
the machine runs them: `next` of each is a shim, so `for x in v.iter()` costs one
call per element and no interpreted body.

A slice iterator is `[pointer to the slice, front, back]`: it yields pointers to the
elements in `front..back` (from the front for `next`, the back for `next_back`)."""

from __future__ import annotations

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


SHIMS = {name: f for name, f in globals().items()
         if name.startswith(("slice_iter", "range_", "str_iter")) and callable(f)}
