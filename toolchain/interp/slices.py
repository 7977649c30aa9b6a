"""Slices as the machine holds them.

A `Vec<T>` is a Python list of its elements, and an array is one too; a reference to
either (`&v`, `&arr`) is a `Pointer` to the place holding that list, and its `load()`
is the list. That pointer is already a `&[T]` of the whole: unsizing and the
`&Vec<T>` to `&[T]` deref need no work at run time.

A sub-slice (`&v[1..3]`) is a `Pointer` to a one-element container holding a
`SliceView`: a window on the elements of the underlying list, which reads and writes
go through, so `&mut v[1..3]` mutates `v` as in Rust.
"""

from __future__ import annotations

from .pointer import Pointer


class SliceView:
    __slots__ = ("base", "lo", "hi")

    def __init__(self, base, lo: int, hi: int):
        # A window on a window is a window on the underlying list.
        if isinstance(base, SliceView):
            base, lo, hi = base.base, base.lo + lo, base.lo + hi
        self.base, self.lo, self.hi = base, lo, hi

    def __len__(self) -> int:
        return self.hi - self.lo

    def __getitem__(self, i: int):
        # (a negative index counts from the end: a slice pattern's `[.., last]`)
        return self.base[(self.lo if i >= 0 else self.hi) + i]

    def __setitem__(self, i: int, value) -> None:
        self.base[(self.lo if i >= 0 else self.hi) + i] = value

    def __iter__(self):
        return iter(self.base[self.lo:self.hi])

    def items(self) -> list:
        return self.base[self.lo:self.hi]

    def __eq__(self, other):
        return list(self) == list(other)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __repr__(self) -> str:
        return f"SliceView({self.items()!r})"


def elements(value) -> list:
    """The elements of a slice value (a list or a window on one), as a list."""
    return value.items() if isinstance(value, SliceView) else value


def element_pointer(value, i: int) -> Pointer:
    """A pointer to element `i` of a slice value (into the underlying list)."""
    if isinstance(value, SliceView):
        return Pointer(value.base, value.lo + i)
    return Pointer(value, i)


def sub_slice(ptr, lo: int, hi: int) -> Pointer:
    """`&s[lo..hi]` of the slice `ptr` points to (bounds already checked)."""
    return Pointer([SliceView(ptr.load(), lo, hi)], 0)
