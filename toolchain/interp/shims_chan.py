"""std::sync::mpsc (toolchain/std/sync/mpsc.rs) as the machine runs it.

A channel is one `Chan`: its queue, the number of live `Sender`s and whether the
`Receiver` lives. A `Sender` or `Receiver` value is the `Chan` itself (dropping one
updates it: drops.py's glue). Threads run one at a time, each to completion at `spawn`
(shims_thread.py), so a `recv` on an empty channel whose sender still lives cannot be
served in this schedule:
- on the main thread every spawned thread has already ended, so no one else can ever
  send: the real program waits forever, and the machine stops it (a deadlock);
- on a spawned thread the sender may be main's, which would send once scheduled: that
  needs a thread switch Ferrite does not make, so the program is refused honestly."""

from __future__ import annotations

from collections import deque

from .refusals import refusal


class Chan:
    __slots__ = ("queue", "senders", "receiver")

    def __init__(self):
        self.queue = deque()
        self.senders = 1
        self.receiver = True


def chan_new(m, *_):
    c = Chan()
    return [c, c]                   # (Sender, Receiver)


def chan_send(m, this, value):
    c = this.load()
    if not c.receiver:
        return [1, [value]]         # Err(SendError(value))
    c.queue.append(value)
    return [0, ()]                  # Ok(())


def chan_sender_clone(m, this):
    c = this.load()
    c.senders += 1
    return c


def _would_block(m):
    from .machine import Stop
    if getattr(m, "thread_depth", 0) == 0:
        raise Stop("deadlock_recv", "")
    raise Stop("unsupported", _refusal)


_refusal = refusal("a thread waiting on a channel for another thread to send "
                   "(threads run one at a time, each to completion at `spawn`)")


def chan_recv(m, this):
    c = this.load()
    if c.queue:
        return [0, c.queue.popleft()]   # Ok(value)
    if c.senders == 0:
        return [1, []]              # Err(RecvError)
    _would_block(m)


def chan_try_recv(m, this):
    c = this.load()
    if c.queue:
        return [0, c.queue.popleft()]
    return [1, [1 if c.senders == 0 else 0]]    # Err(Disconnected) / Err(Empty)


def drop_sender(m, v, t) -> None:
    v.senders -= 1


def drop_receiver(m, v, t) -> None:
    # (std discards the buffered messages when the receiver goes)
    from .drops import drop_value
    from .pointer import Pointer
    v.receiver = False
    while v.queue:
        drop_value(m, Pointer([v.queue.popleft()], 0), t.args[0])


SHIMS = {
    "chan_new": chan_new,
    "chan_send": chan_send,
    "chan_sender_clone": chan_sender_clone,
    "chan_recv": chan_recv,
    "chan_try_recv": chan_try_recv,
}
GLUE = {"Sender": drop_sender, "Receiver": drop_receiver}
