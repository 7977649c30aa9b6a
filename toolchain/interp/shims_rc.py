"""std's `Rc<T>` and `Weak<T>` (toolchain/std/rc.rs) as the machine holds them.

An allocation (`RcBox`) keeps the value in a one-element list with the strong and weak
counts; an `Rc` is a pointer to that value slot that also knows its allocation, so
`*rc` is the ordinary deref projection and `Rc == Rc` compares the values (as
`impl PartialEq for Rc<T>` does). When the last `Rc` is dropped the value is dropped
and the slot emptied: a `Weak` then upgrades to `None`."""

from __future__ import annotations

from .pointer import Pointer


class RcBox:
    __slots__ = ("cell", "strong", "weak")

    def __init__(self, value):
        self.cell = [value]
        self.strong = 1
        self.weak = 0


class RcPointer(Pointer):
    __slots__ = ("rc",)

    def __init__(self, rc: RcBox):
        super().__init__(rc.cell, 0)
        self.rc = rc

    def clone(self) -> "RcPointer":
        """The copy inside a cloned value (a derived `clone` of `Option<Rc<T>>`, a
        `Vec<Rc<T>>`'s): one more owner, as `Rc::clone`."""
        self.rc.strong += 1
        return RcPointer(self.rc)


class WeakPointer:
    """A `Weak<T>`: its allocation (None for `Weak::new()`, which has none)."""
    __slots__ = ("rc",)

    def __init__(self, rc: RcBox | None):
        self.rc = rc

    def clone(self) -> "WeakPointer":
        if self.rc is not None:
            self.rc.weak += 1
        return WeakPointer(self.rc)


def rc_new(m, value):
    return RcPointer(RcBox(value))


def rc_clone(m, this):
    rc = this.load().rc
    rc.strong += 1
    return RcPointer(rc)


def rc_strong_count(m, this):
    return this.load().rc.strong


def rc_weak_count(m, this):
    return this.load().rc.weak


def rc_downgrade(m, this):
    rc = this.load().rc
    rc.weak += 1
    return WeakPointer(rc)


def rc_ptr_eq(m, a, b):
    return a.load().rc is b.load().rc


def rc_try_unwrap(m, this):
    rc = this.rc
    if rc.strong == 1:
        rc.strong = 0
        value = rc.cell[0]
        rc.cell[0] = None
        return [0, value]          # Ok(value)
    return [1, this]               # Err(this)


def rc_deref(m, this):
    return Pointer(this.load().rc.cell, 0)


def weak_new(m):
    return WeakPointer(None)


def weak_upgrade(m, this):
    rc = this.load().rc
    if rc is None or rc.strong == 0:
        return [0]                 # None
    rc.strong += 1
    return [1, RcPointer(rc)]      # Some(rc)


def weak_clone(m, this):
    rc = this.load().rc
    if rc is not None:
        rc.weak += 1
    return WeakPointer(rc)


def weak_strong_count(m, this):
    rc = this.load().rc
    return 0 if rc is None else rc.strong


def weak_weak_count(m, this):
    rc = this.load().rc
    return 0 if rc is None or rc.strong == 0 else rc.weak


def drop_rc(m, v, t) -> None:
    rc = v.rc
    rc.strong -= 1
    if rc.strong == 0:
        from .drops import drop_value
        drop_value(m, Pointer(rc.cell, 0), t.args[0])
        rc.cell[0] = None


def drop_weak(m, v, t) -> None:
    if v.rc is not None:
        v.rc.weak -= 1


SHIMS = {
    "rc_new": rc_new,
    "rc_clone": rc_clone,
    "rc_strong_count": rc_strong_count,
    "rc_weak_count": rc_weak_count,
    "rc_downgrade": rc_downgrade,
    "rc_ptr_eq": rc_ptr_eq,
    "rc_try_unwrap": rc_try_unwrap,
    "rc_deref": rc_deref,
    "weak_new": weak_new,
    "weak_upgrade": weak_upgrade,
    "weak_clone": weak_clone,
    "weak_strong_count": weak_strong_count,
    "weak_weak_count": weak_weak_count,
}
GLUE = {"Rc": drop_rc, "Weak": drop_weak}
