"""std::thread (toolchain/std/thread.rs) as the machine runs it.

A spawned thread runs its closure to completion inside `spawn`, on a frame stack of
its own (a nested run of the machine): that is one valid schedule of the real
program. A panic in it ends that thread only: std's hook reports it as
`thread '<unnamed>'` and `join` returns `Err`. An operation that would have to wait
for another thread in this schedule is refused (shims_sync.py), never hung on."""

from __future__ import annotations

from .pointer import Pointer


class JoinHandle:
    __slots__ = ("result",)

    def __init__(self, result):
        self.result = result       # Ok(value) / Err(payload), as a Result value


def call_value(m, fv, args: tuple = ()):
    """Call a closure or function value on a fresh frame stack; return its result."""
    from .machine import Frame
    while isinstance(fv, Pointer):
        fv = fv.load()
    if type(fv) is list:
        key, gargs = fv[-1]
        first = 2
    else:
        key, gargs = fv.name, fv.generic_args
        first = 1
    body = m.program.bodies[key] if not gargs else m.instance(key, gargs)
    locals_ = [None] * len(body.locals)
    if first == 2:
        locals_[1] = fv
    for i, a in enumerate(args):
        locals_[i + first] = a
    fr = Frame(body, locals_)
    if first == 2:      # `spawn` owns its closure: dropped when the thread ends
        from .closures import consumed
        consumed(fr)
    m._run([fr])
    return locals_[0]


def thread_spawn(m, f):
    from .machine import Panic
    from .run import panic_report
    m.threads_spawned = tid = getattr(m, "threads_spawned", 1) + 1
    try:
        return JoinHandle([0, call_value(m, f)])          # Ok(value)
    except Panic as p:
        m.write("stderr", panic_report(m, "<unnamed>", tid, p))
        return JoinHandle([1, ()])                        # Err(payload)


def thread_join(m, h):
    return h.result


def thread_is_finished(m, h):
    return True


SHIMS = {
    "thread_spawn": thread_spawn,
    "thread_join": thread_join,
    "thread_is_finished": thread_is_finished,
}
