"""std::time (toolchain/std/time.rs) and `thread::sleep` as the machine runs them.

The clock is the host's monotonic clock plus the time the program has slept: `sleep`
never really waits (tests and the browser stay fast), yet `Instant`s see at least the
time that passed in the program, as in the real one. `Duration`'s Debug follows
core::time's `fmt_decimal`: the largest unit with a non-zero integer part (s, ms, µs,
ns), the fraction without trailing zeros (or rounded to the precision), then padded to
the width (left-aligned by default)."""

from __future__ import annotations

import time


def time_now(m):
    return time.monotonic_ns() + getattr(m, "slept_ns", 0)


def thread_sleep(m, dur):
    secs, nanos = dur
    m.slept_ns = getattr(m, "slept_ns", 0) + secs * 1_000_000_000 + nanos
    return ()


def debug_duration(value, o) -> str:
    """`{:?}` of a `Duration` (its fields: secs, nanos), with the caller's options."""
    secs, nanos = value
    prefix = "+" if getattr(o, "sign_plus", False) else ""
    if secs > 0:
        text = _decimal(secs, nanos, 100_000_000, "s", o)
    elif nanos >= 1_000_000:
        text = _decimal(nanos // 1_000_000, nanos % 1_000_000, 100_000, "ms", o)
    elif nanos >= 1_000:
        text = _decimal(nanos // 1_000, nanos % 1_000, 100, "µs", o)
    else:
        text = _decimal(nanos, 0, 1, "ns", o)
    text = prefix + text
    width = getattr(o, "width", None)
    if width is not None and len(text) < width:
        from .fmt import _padding
        text = _padding(text, o, "<")
    return text


def _decimal(integer: int, frac: int, divisor: int, suffix: str, o) -> str:
    precision = getattr(o, "precision", None)
    digits = []
    end = min(precision, 9) if precision is not None else 9
    while frac > 0 and len(digits) < end:
        digits.append(frac // divisor)
        frac %= divisor
        divisor //= 10
    if frac > 0 and frac >= divisor * 5:        # round half up, carrying
        i, carry = len(digits), True
        while carry and i > 0:
            i -= 1
            if digits[i] < 9:
                digits[i] += 1
                carry = False
            else:
                digits[i] = 0
        if carry:
            integer += 1
    shown = "".join(map(str, digits))
    if precision is not None:
        shown = shown.ljust(precision, "0")
    return f"{integer}.{shown}{suffix}" if shown else f"{integer}{suffix}"


SHIMS = {
    "time_now": time_now,
    "thread_sleep": thread_sleep,
}
