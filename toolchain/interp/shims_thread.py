"""std::thread (toolchain/std/thread.rs) as the machine runs it.

A spawned thread runs its closure to completion inside `spawn`, on a frame stack of
its own (a nested run of the machine): that is one valid schedule of the real
program. A panic in it ends that thread only: std's hook reports it as
`thread '<unnamed>'` and `join` returns `Err`. An operation that would have to wait
for another thread in this schedule is refused (shims_sync.py), never hung on."""

from __future__ import annotations


class JoinHandle:
    __slots__ = ("result",)

    def __init__(self, result):
        self.result = result       # Ok(value) / Err(payload), as a Result value


def call_value(m, fv, args: tuple = ()):
    """Call a closure or function value on a fresh frame stack; return its result.
    `spawn` owns its closure: it is dropped when the thread ends."""
    from .closures import frame
    fr = frame(m, fv, list(args), consumes=True)
    m._run([fr])
    return fr.locals[0]


def thread_spawn(m, f):
    from .machine import Panic
    from .run import panic_report
    m.threads_spawned = tid = getattr(m, "threads_spawned", 1) + 1
    m.thread_depth = getattr(m, "thread_depth", 0) + 1    # (on a spawned thread: shims_chan.py)
    try:
        return JoinHandle([0, call_value(m, f)])          # Ok(value)
    except Panic as p:
        m.write("stderr", panic_report(m, "<unnamed>", tid, p))
        return JoinHandle([1, ()])                        # Err(payload)
    finally:
        m.thread_depth -= 1


def thread_join(m, h):
    return h.result


def thread_is_finished(m, h):
    return True


class Scope:
    """A `thread::Scope`: the handles of its threads, to see at its end whether one
    panicked that nobody joined (std's `a_thread_panicked`)."""
    __slots__ = ("handles",)

    def __init__(self):
        self.handles: list[JoinHandle] = []


def thread_scope(m, f):
    """`thread::scope(f)`: every thread spawned on the scope has run to completion at its
    `spawn`, so the scope's end has nothing to wait for; a thread that panicked and was
    not joined makes the scope panic at its caller's place (`#[track_caller]`), after
    `f` returned."""
    from .machine import Panic
    from .pointer import Pointer
    span, sc = m.shim_span, Scope()
    result = call_value(m, f, (Pointer([sc], 0),))
    if any(h.result is not None and h.result[0] == 1 for h in sc.handles):
        raise Panic("a scoped thread panicked", span)
    return result


def thread_scope_spawn(m, this, f):
    h = thread_spawn(m, f)
    this.load().handles.append(h)
    return h


def thread_scoped_join(m, h):
    """Joining takes the thread's result: its panic is the joiner's to handle now."""
    r, h.result = h.result, None
    return r


SHIMS = {
    "thread_scope": thread_scope,
    "thread_scope_spawn": thread_scope_spawn,
    "thread_scoped_join": thread_scoped_join,
    "thread_spawn": thread_spawn,
    "thread_join": thread_join,
    "thread_is_finished": thread_is_finished,
}
