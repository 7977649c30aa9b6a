"""Where a panic inside one of Ferrite's std bodies is reported.

rustc reports a panic raised in std code without `#[track_caller]` (an overflow in
`i32::pow` or `i64::abs`, whose checks come from the learner's debug build) at its
place in std's own sources: for the integer methods, the `int_impl!` / `uint_impl!`
invocation of that type in `core/src/num/mod.rs` (std_locations.py's table). The
panic's text says so; its span moves to the learner's call, where the IDE shows it.
"""

from __future__ import annotations

from ..std import is_std_span
from ..std_locations import std_panic_location


def locate(p, frames: list) -> None:
    # The std function that raised it, if rustc's place for it is known (an overflow in
    # `RangeFrom::next` called by `Take::next`); else the outermost std function.
    inner = std_panic_location(frames[-1].body.name)
    i = len(frames) - 1
    std_fn = frames[i].body.name
    while i > 0 and is_std_span(frames[i].body.span):
        std_fn = frames[i].body.name
        call = frames[i - 1].body.blocks[frames[i - 1].block].terminator
        p.span = call.fn_span or call.span
        i -= 1
    p.location = inner or std_panic_location(std_fn)
