"""Rust's numeric semantics on Python numbers: IEEE f32 rounding, float operators
that never raise, and `as` casts (wrapping, saturating, truncating)."""

from __future__ import annotations

import math
import struct

from ..types import INT_BITS, Ty, int_range


F32_MAX = struct.unpack("<f", struct.pack("<I", 0x7F7FFFFF))[0]
_F32_OVERFLOW = 2.0 ** 128 - 2.0 ** 103   # MAX + half an ulp: from here on, rounding gives infinity


def to_float(v: float, name: str) -> float:
    """`v` rounded to the float type `name` (f32 values are kept as exact doubles)."""
    if name == "f32" and math.isfinite(v):
        if abs(v) > F32_MAX:   # struct refuses these; IEEE rounds them to MAX or infinity
            return math.copysign(math.inf if abs(v) >= _F32_OVERFLOW else F32_MAX, v)
        return struct.unpack("<f", struct.pack("<f", v))[0]
    return v


def float_binary(op: str, a: float, b: float, name: str) -> float:
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    elif op == "/":
        if b == 0.0:
            if a == 0.0 or math.isnan(a):
                r = math.nan
            else:
                r = math.copysign(math.inf, a) * math.copysign(1.0, b)
        else:
            r = a / b
    else:  # "%": fmod, the result takes the dividend's sign
        if b == 0.0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
            r = math.nan
        elif math.isinf(b):
            r = a
        else:
            r = math.fmod(a, b)
    return to_float(r, name)


def wrap_int(v: int, name: str) -> int:
    lo, _ = int_range(name)
    return (v - lo) % (1 << INT_BITS[name]) + lo


def cast(v, src: Ty, dst: Ty):
    """`v as dst` for a value of type `src`."""
    if dst.kind == "int":
        if src.kind == "float":
            if math.isnan(v):
                return 0
            lo, hi = int_range(dst.name)
            if math.isinf(v):
                return hi if v > 0 else lo
            return max(lo, min(hi, math.trunc(v)))   # saturating since Rust 1.45
        if src.kind == "bool":
            return 1 if v else 0
        if src.kind == "char":
            return wrap_int(ord(v), dst.name)
        return wrap_int(v, dst.name)
    if dst.kind == "float":
        return to_float(float(v), dst.name)
    if dst.kind == "char":
        return chr(v)
    return v
