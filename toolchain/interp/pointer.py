"""References as the machine holds them: a pointer to a place.

A place lives in a container (a frame's list of locals, or the list of an aggregate
value) at a key (the local's or field's index), so a pointer is that pair. Writes
through it (`*r = v`) store into the container, and every reader of the place sees
them, as in Rust. The design carries over to boxes and slices later: a heap allocation
is one more kind of container.

Comparison of pointers compares the values they point to: that is `PartialEq` /
`PartialOrd` for `&T`, which also makes tuples of references compare correctly.
"""

from __future__ import annotations


class Pointer:
    __slots__ = ("container", "key")

    def __init__(self, container: list, key: int):
        self.container = container
        self.key = key

    def load(self):
        return self.container[self.key]

    def store(self, value) -> None:
        self.container[self.key] = value

    def __eq__(self, other):
        return self.load() == (other.load() if isinstance(other, Pointer) else other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self.load() < other.load()

    def __le__(self, other):
        return self.load() <= other.load()

    def __gt__(self, other):
        return self.load() > other.load()

    def __ge__(self, other):
        return self.load() >= other.load()

    __hash__ = None

    def __repr__(self) -> str:
        return f"Pointer({self.key}: {self.load()!r})"


class BoxPointer(Pointer):
    """A box: the only pointer to its own allocation (a one-element list), so a copy of
    the box (`clone`, or a copy of a value holding one) copies the allocation."""
    __slots__ = ()

    def clone(self) -> "BoxPointer":
        v = self.container[self.key]
        if type(v) is list:
            from .machine import _deep_copy
            v = _deep_copy(v)
        elif type(v) is BoxPointer:
            v = v.clone()
        return BoxPointer([v], 0)


class DynPointer(Pointer):
    """A trait object's fat pointer (`&dyn Trait`, `Box<dyn Trait>`): the pointer and
    the concrete type of what it points to, whose impls its methods run (rustc's
    vtable; interp/dyn_dispatch.py)."""
    __slots__ = ("ty",)

    def __init__(self, container: list, key: int, ty):
        super().__init__(container, key)
        self.ty = ty


def place_pointer(locals_: list, place) -> Pointer:
    """A pointer to `place` (a mir.ir.Place) in a frame's `locals_`."""
    container, key = locals_, place.local
    ptr = None
    last = len(place.proj) - 1
    for i, elem in enumerate(place.proj):
        if elem[0] == "field":
            container, key = container[key], elem[1]
            ptr = None
        elif elem[0] == "index":          # an array element: the index is a local
            container, key = container[key], locals_[elem[1]]
            ptr = None
        elif elem[0] == "subslice":       # `rest @ ..`: a window on the elements
            from .slices import SliceView
            whole = container[key]
            container, key = [SliceView(whole, elem[1], len(whole) - elem[2])], 0
            ptr = None
        else:
            ptr = container[key]
            if type(ptr) is str:    # a `&str` is the text itself: `*s` is that text
                if i == last:       # and `&*s` is the text again, like every other
                    return ptr      # `&str` (a comparison meets both)
                container, key = [ptr], 0
            else:
                container, key = ptr.container, ptr.key
    if type(ptr) is DynPointer:     # `&*obj`: a reborrow of a trait object stays one
        return DynPointer(container, key, ptr.ty)
    return Pointer(container, key)
