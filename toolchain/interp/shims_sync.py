"""std::sync's `Mutex` (toolchain/std/sync.rs) as the machine holds it: a `RefCell`'s
box (shims_cell.py) whose guard unlocks when dropped. Threads run one at a time to
completion (shims_thread.py), so a lock still held when `lock` is called again can
never be released: the real program would wait forever (a deadlock), and the
machine stops it with that answer instead of hanging. (`Arc` shares `Rc`'s shims.)"""

from __future__ import annotations

from .shims_cell import Guard, RefCellBox


def mutex_new(m, value):
    return RefCellBox(value)


def mutex_lock(m, this):
    box = this.load()
    if box.borrows != 0:
        from .machine import Stop
        raise Stop("deadlock", "")
    box.borrows = -1
    return [0, Guard(box)]          # Ok(guard)


def mutex_into_inner(m, this):
    return [0, this.cell[0]]        # Ok(value)


def drop_guard(m, v, t) -> None:
    v.owner.borrows = 0


SHIMS = {
    "mutex_new": mutex_new,
    "mutex_lock": mutex_lock,
    "mutex_into_inner": mutex_into_inner,
}
GLUE = {"MutexGuard": drop_guard}
