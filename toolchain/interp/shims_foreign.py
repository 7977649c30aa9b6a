"""Calls to the functions of a learner's `extern` block (`printf`, `abs`): the program
type-checks and runs up to the call, which is refused there. A browser has no C library
to link, and a model of libc's functions would answer for a platform the learner does
not run on."""

from __future__ import annotations


def foreign_call(m, *args):
    from .machine import Stop
    from .refusals import refusal
    name = args[-1]     # (the shim's extra: mir/build_intrinsic.py `foreign`)
    raise Stop("unsupported", refusal(f"calling `{name}` or other functions of `extern` blocks",
                                      callee_frames=1))


SHIMS = {"foreign_call": foreign_call}
