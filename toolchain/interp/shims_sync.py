"""std::sync's `Mutex` (toolchain/std/sync.rs) as the machine holds it: a `RefCell`'s
box (shims_cell.py) whose guard unlocks when dropped. Threads run one at a time to
completion (shims_thread.py), so a lock still held when `lock` is called again can
never be released: the real program would wait forever (a deadlock), and the
machine stops it with that answer instead of hanging. (`Arc` shares `Rc`'s shims.)"""

from __future__ import annotations

from .shims_cell import Guard, RefCellBox

# A mutex is poisoned when a thread panics while holding its guard: every later `lock`
# (and `into_inner`) gives `Err(PoisonError)`. Ferrite's `PoisonError` holds no guard
# (its `into_inner` is not modelled), so a poisoned lock is not taken.
_POISONED = [1, []]                 # Err(PoisonError { .. })


class MutexBox(RefCellBox):
    __slots__ = ("poisoned",)

    def __init__(self, value):
        super().__init__(value)
        self.poisoned = False


def mutex_new(m, value):
    return MutexBox(value)


def mutex_lock(m, this):
    box = this.load()
    if box.borrows != 0:
        from .machine import Stop
        raise Stop("deadlock", "")
    if getattr(box, "poisoned", False):
        return list(_POISONED)
    box.borrows = -1
    return [0, Guard(box)]          # Ok(guard)


def rwlock_read(m, this):
    """Another reader joins; a writer of this thread still holding its guard would make
    the real program wait forever."""
    box = this.load()
    if box.borrows < 0:
        from .machine import Stop
        raise Stop("deadlock", "a `RwLock` is read while its write guard is still alive")
    if getattr(box, "poisoned", False):
        return list(_POISONED)
    box.borrows += 1
    return [0, Guard(box)]


def drop_read_guard(m, v, t) -> None:
    v.owner.borrows -= 1        # (a reader's panic does not poison: std's rule)


def mutex_into_inner(m, this):
    if getattr(this, "poisoned", False):
        return list(_POISONED)
    return [0, this.cell[0]]        # Ok(value)


def drop_guard(m, v, t) -> None:
    v.owner.borrows = 0
    if getattr(m, "unwinding", False):      # dropped by a panic's unwinding (drops.py)
        v.owner.poisoned = True


SHIMS = {
    "mutex_new": mutex_new,
    "mutex_lock": mutex_lock,
    "mutex_into_inner": mutex_into_inner,
    "rwlock_read": rwlock_read,
}
GLUE = {"MutexGuard": drop_guard, "RwLockWriteGuard": drop_guard,
        "RwLockReadGuard": drop_read_guard}
