"""std's `Cell<T>` and `RefCell<T>` (toolchain/std/cell.rs) as the machine holds them.

A `Cell<T>` is the struct of its one field `value` (std/cell.rs): `get` copies it
out and `set` writes it through the `&Cell<T>`. A `RefCell<T>` is a `RefCellBox`: such
a one-field list that also keeps the borrow state (the number of `Ref`s, or -1 while
a `RefMut` lives); being a list subclass, it is never copied as an aggregate. Its guards are pointers to the value that also know the box, so dropping one
releases its borrow (interp/drops.py); a conflicting borrow panics with std's
message at the caller (`#[track_caller]`)."""

from __future__ import annotations

from .pointer import Pointer


class RefCellBox(list):
    __slots__ = ("borrows",)

    def __init__(self, value):
        super().__init__((value,))
        self.borrows = 0

    @property
    def cell(self):
        return self


class Guard(Pointer):
    """A `Ref` or `RefMut`: a pointer to the RefCell's value."""
    __slots__ = ("owner",)

    def __init__(self, owner: RefCellBox):
        super().__init__(owner.cell, 0)
        self.owner = owner


def _copy(v):
    if type(v) is list:
        from .machine import _deep_copy
        return _deep_copy(v)
    return v


def _panic(message: str):
    from .machine import Panic
    return Panic(message, None)     # (the caller's place: `#[track_caller]`)


def cell_new(m, value):
    return [value]


def cell_get(m, this):
    return _copy(this.load()[0])


def cell_replace(m, this, val):
    cell = this.load()
    old = cell[0]
    cell[0] = val
    return old


def cell_into_inner(m, this):
    return this[0]


def refcell_new(m, value):
    return RefCellBox(value)


def refcell_borrow(m, this):
    rc = this.load()
    if rc.borrows < 0:
        raise _panic("RefCell already mutably borrowed")
    rc.borrows += 1
    return Guard(rc)


def refcell_borrow_mut(m, this):
    rc = this.load()
    if rc.borrows != 0:
        raise _panic("RefCell already borrowed")
    rc.borrows = -1
    return Guard(rc)


def refcell_try_borrow(m, this):
    rc = this.load()
    if rc.borrows < 0:
        return [1, []]             # Err(BorrowError)
    rc.borrows += 1
    return [0, Guard(rc)]


def refcell_try_borrow_mut(m, this):
    rc = this.load()
    if rc.borrows != 0:
        return [1, []]             # Err(BorrowMutError)
    rc.borrows = -1
    return [0, Guard(rc)]


def refcell_replace(m, this, t):
    rc = this.load()
    if rc.borrows != 0:
        raise _panic("RefCell already borrowed")
    old = rc.cell[0]
    rc.cell[0] = t
    return old


def refcell_into_inner(m, this):
    return this.cell[0]


def guard_deref(m, this):
    return Pointer(this.load().owner.cell, 0)


def drop_ref(m, v, t) -> None:
    v.owner.borrows -= 1


def drop_ref_mut(m, v, t) -> None:
    v.owner.borrows = 0


def drop_refcell(m, v, t) -> None:
    from .drops import drop_value
    drop_value(m, Pointer(v.cell, 0), t.args[0])


SHIMS = {
    "cell_new": cell_new,
    "cell_get": cell_get,
    "cell_replace": cell_replace,
    "cell_into_inner": cell_into_inner,
    "refcell_new": refcell_new,
    "refcell_borrow": refcell_borrow,
    "refcell_borrow_mut": refcell_borrow_mut,
    "refcell_try_borrow": refcell_try_borrow,
    "refcell_try_borrow_mut": refcell_try_borrow_mut,
    "refcell_replace": refcell_replace,
    "refcell_into_inner": refcell_into_inner,
    "guard_deref": guard_deref,
}
GLUE = {"Ref": drop_ref, "RefMut": drop_ref_mut, "RefCell": drop_refcell}
