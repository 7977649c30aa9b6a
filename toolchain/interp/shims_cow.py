"""`alloc::borrow::Cow` (std/borrow.rs): what the machine does that Rust source cannot
say in Ferrite's std yet (rustc's `deref` borrows the owned value through its
`Borrow<B>` impl, a bound on `ToOwned::Owned` Ferrite's std does not declare)."""

from __future__ import annotations

from .pointer import Pointer


def cow_deref(m, p):
    """`&*cow`: the borrowed reference, or a reference into the owned value (a `&str`
    is the string itself; a `&[T]` points at the vector)."""
    v = p.load()
    if v[0] == 0:           # Borrowed(&B)
        return v[1]
    owned = v[1]
    return owned if isinstance(owned, str) else Pointer(v, 1)


from .cmp_cow import compare as _cmp_cow     # noqa: E402  (`cow == "x"`: interp/cmp_cow.py)

SHIMS = {"cow_deref": cow_deref, "cmp_cow": _cmp_cow}
