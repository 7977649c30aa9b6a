"""Pausing Python's cyclic garbage collector while the toolchain compiles.

Checking a program allocates a few hundred thousand objects that live until the check
ends. The collector's passes over them find almost nothing (api.execute breaks the
session's one back-reference, `driver.Session.close`), yet each check promoted enough
of them to trigger a full (gen-2) pass every few checks: a third of a check's time
(bench/bench_toolchain.py prints the collector's passes). So `api.execute` pauses the
collector; reference counting frees the session's objects when it ends, and the few
cycles some programs leave (recursive inner functions) are young garbage that the
next pass after the pause finds.

The interpreter runs with the collector (`resumed`): a long run may build cycles of
its own (the learner's `Rc` cycles), and its memory must stay bounded by the fuel."""

from __future__ import annotations

import gc
from contextlib import contextmanager

_resume = [False]     # innermost `paused`: was the collector on before it?


@contextmanager
def paused():
    enabled = gc.isenabled()
    outer = _resume[0]
    _resume[0] = enabled or outer
    gc.disable()
    try:
        yield
    finally:
        _resume[0] = outer
        if enabled:
            gc.enable()


@contextmanager
def resumed():
    """Inside `paused`: the collector back on, if it was on before the pause."""
    if not _resume[0] or gc.isenabled():
        yield
        return
    gc.enable()
    try:
        yield
    finally:
        gc.disable()
