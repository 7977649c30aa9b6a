"""std's `Box<T>` intrinsics (toolchain/std/boxed.rs). A box is a pointer to its own
allocation, a one-element list, so `*b` reads and writes it like a reference's
target; a box of a trait object is a `DynPointer` (interp/pointer.py) that also
carries the concrete type whose impls its methods call."""

from __future__ import annotations

from .pointer import BoxPointer, DynPointer


def box_new(m, x):
    return BoxPointer([x], 0)


def dyn_make(m, ptr, ty):
    """`&T` / `Box<T>` unsized to a trait object (mir/build_deref.py `dyn_into`)."""
    return DynPointer(ptr.container, ptr.key, ty)


def dyn_box_new(m, x, ty):
    """`Box::new(x)` unsized to `Box<dyn Error>` (`?`'s conversion: mir/build_try.py)."""
    return DynPointer([x], 0, ty)


SHIMS = {
    "box_new": box_new,
    "dyn_make": dyn_make,
    "dyn_box_new": dyn_box_new,
}
