"""`FromStr` for numbers and `char` (toolchain/std/str_parse.rs), as rustc's
`from_str_radix` and float parser behave: what they accept and which error kind they
give. A result is the machine's `Result` value: `[0, value]` for `Ok`, `[1, error]`
for `Err`, the error a struct whose one field is its kind (an enum value `[index]`).
"""

from __future__ import annotations

import re
import struct

from ..types import int_range

# IntErrorKind's variants, FloatErrorKind's, CharErrorKind's (their order in str_parse.rs).
_EMPTY, _INVALID_DIGIT, _POS_OVERFLOW, _NEG_OVERFLOW = 0, 1, 2, 3
_FLOAT_EMPTY, _FLOAT_INVALID = 0, 1
_CHAR_EMPTY, _CHAR_TOO_MANY = 0, 1


def _err(kind: int) -> list:
    return [1, [[kind]]]


def parse_int(m, s: str, ty):
    """rustc's `from_str_radix(s, 10)`: an optional sign (`-` only for signed types),
    then ASCII digits; overflow is found digit by digit, before a later bad digit."""
    name = ty.args[0].name
    lo, hi = int_range(name)
    if not s:
        return _err(_EMPTY)
    digits, negative = s, False
    if s[0] in "+-" and len(s) > 1:
        negative = s[0] == "-"
        digits = s[1:]
        if negative and lo == 0:
            return _err(_INVALID_DIGIT)      # (`-` is no digit of an unsigned type)
    acc = 0
    for c in digits:
        if not "0" <= c <= "9":
            return _err(_INVALID_DIGIT)
        acc = acc * 10 + (ord(c) - 48) * (-1 if negative else 1)
        if acc > hi:
            return _err(_POS_OVERFLOW)
        if acc < lo:
            return _err(_NEG_OVERFLOW)
    return [0, acc]


_FLOAT = re.compile(r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
                    r"|(?i:inf|infinity|nan))\Z")


def parse_float(m, s: str, ty):
    """rustc's float parsing: decimal or exponent notation, `inf`, `infinity` and `nan`
    in any case, with an optional sign; no spaces or `_`."""
    if not s:
        return [1, [[_FLOAT_EMPTY]]]
    if not _FLOAT.match(s):
        return [1, [[_FLOAT_INVALID]]]
    v = float(s)
    if ty.args[0].name == "f32":
        try:
            v = struct.unpack("<f", struct.pack("<f", v))[0]
        except OverflowError:
            v = float("inf") if v > 0 else float("-inf")
    return [0, v]


def parse_char(m, s: str):
    if not s:
        return [1, [[_CHAR_EMPTY]]]
    if len(s) > 1:
        return [1, [[_CHAR_TOO_MANY]]]
    return [0, s]


SHIMS = {"parse_int": parse_int, "parse_float": parse_float, "parse_char": parse_char}
