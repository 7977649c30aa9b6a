"""std's numeric intrinsics (toolchain/std/num.rs, char.rs): what rustc implements with
compiler intrinsics (wrapping and overflowing arithmetic, bit counts, float maths), as
the machine runs them.

These shims depend on their operand's type (`i8` wraps at 8 bits), which the MIR of
an intrinsic call names: mir/build_intrinsic.py calls them `name:type` (`int_wrapping_add:u8`),
and `typed` makes the shim for that type once.
"""

from __future__ import annotations

import math
import unicodedata
from fractions import Fraction

from ..types import INT_BITS, int_range
from .numeric import to_float, wrap_int

# -- integers ----------------------------------------------------------------------------


def _overflowing(op):
    def make(ty):
        lo, hi = int_range(ty)

        def shim(m, a, b):
            r = op(a, b)
            return [wrap_int(r, ty), not (lo <= r <= hi)]
        return shim
    return make


def _wrapping(op):
    def make(ty):
        def shim(m, a, b):
            return wrap_int(op(a, b), ty)
        return shim
    return make


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def _trunc_rem(a: int, b: int) -> int:
    return a - b * _trunc_div(a, b)


def _bits(fn):
    def make(ty):
        bits = INT_BITS[ty]
        mask = (1 << bits) - 1

        def shim(m, v):
            return fn(v & mask, bits)
        return shim
    return make


def _leading_zeros(u: int, bits: int) -> int:
    return bits - u.bit_length()


def _trailing_zeros(u: int, bits: int) -> int:
    return bits if u == 0 else (u & -u).bit_length() - 1


def _wrapping_abs(ty):
    def shim(m, v):
        return wrap_int(abs(v), ty)
    return shim


# -- floats ------------------------------------------------------------------------------


def _float1(fn):
    """A float function of one argument, rounded to the operand's type."""
    def make(ty):
        def shim(m, x):
            return to_float(fn(x), ty)
        return shim
    return make


def _float2(fn):
    def make(ty):
        def shim(m, x, y):
            return to_float(fn(x, y), ty)
        return shim
    return make


def _sqrt(x: float) -> float:
    if math.isnan(x) or x < 0:
        return math.nan
    return math.sqrt(x)


def _logarithm(log):
    """Rust's `ln`/`log10`/`log2` (IEEE: NaN below zero, -inf at zero, inf at inf) around
    Python's, which raises instead."""
    def f(x: float) -> float:
        if math.isnan(x) or x < 0:
            return math.nan
        if x == 0:
            return -math.inf
        return log(x) if x != math.inf else math.inf
    return f


_ln, _log10, _log2 = _logarithm(math.log), _logarithm(math.log10), _logarithm(math.log2)


def _exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def _trig(fn):
    def f(x: float) -> float:
        if math.isinf(x) or math.isnan(x):
            return math.nan
        return fn(x)
    return f


def _round(x: float) -> float:
    """Rust's `round`: half way cases away from zero (Python's rounds to even)."""
    if math.isinf(x) or math.isnan(x):
        return x
    t = math.trunc(x)
    r = float(t + 1 if x - t >= 0.5 else t - 1 if t - x >= 0.5 else t)
    return math.copysign(r, x)      # -0.4 rounds to -0.0


def _keep_sign(fn):
    def f(x: float) -> float:
        if math.isinf(x) or math.isnan(x):
            return x
        return math.copysign(float(fn(x)), x)
    return f


def _powf(x: float, y: float) -> float:
    try:
        return math.pow(x, y)
    except ValueError:            # a negative base with a fractional exponent
        return math.nan
    except OverflowError:
        neg = x < 0 and float(y).is_integer() and int(y) % 2 == 1
        return -math.inf if neg else math.inf
    except ZeroDivisionError:
        return math.inf


def _powi(ty):
    def shim(m, x, n):
        return to_float(_powf(x, float(n)), ty)
    return shim


def _hypot(x: float, y: float) -> float:
    return math.hypot(x, y)


def _fmin(x: float, y: float) -> float:
    if math.isnan(x):
        return y
    if math.isnan(y):
        return x
    if x == y == 0:               # IEEE minNum leaves ±0 unordered; llvm returns -0.0
        return x if math.copysign(1, x) < 0 else y
    return x if x < y else y


def _fmax(x: float, y: float) -> float:
    if math.isnan(x):
        return y
    if math.isnan(y):
        return x
    if x == y == 0:
        return x if math.copysign(1, x) > 0 else y
    return x if x > y else y


def _mul_add(ty):
    def shim(m, a, b, c):
        if any(math.isinf(v) or math.isnan(v) for v in (a, b, c)):
            return to_float(a * b + c, ty)
        exact = Fraction(a) * Fraction(b) + Fraction(c)
        if exact == 0:
            # the sign of an exact zero sum, as IEEE fma gives it
            return to_float(a * b + c, ty)
        if ty == "f32":
            return to_float(float(exact), ty)   # f64 rounding first: fine for f32 inputs
        try:
            return float(exact)
        except OverflowError:
            return math.copysign(math.inf, exact)
    return shim


MAKERS = {
    "int_wrapping_add": _wrapping(lambda a, b: a + b),
    "int_wrapping_sub": _wrapping(lambda a, b: a - b),
    "int_wrapping_mul": _wrapping(lambda a, b: a * b),
    "int_overflowing_add": _overflowing(lambda a, b: a + b),
    "int_overflowing_sub": _overflowing(lambda a, b: a - b),
    "int_overflowing_mul": _overflowing(lambda a, b: a * b),
    "int_overflowing_div": _overflowing(_trunc_div),
    "int_overflowing_rem": _overflowing(_trunc_rem),
    "int_count_ones": _bits(lambda u, bits: u.bit_count()),
    "int_count_zeros": _bits(lambda u, bits: bits - u.bit_count()),
    "int_leading_zeros": _bits(_leading_zeros),
    "int_trailing_zeros": _bits(_trailing_zeros),
    "int_wrapping_abs": _wrapping_abs,
    "float_sqrt": _float1(_sqrt),
    "float_floor": _float1(_keep_sign(math.floor)),
    "float_ceil": _float1(_keep_sign(math.ceil)),
    "float_trunc": _float1(_keep_sign(math.trunc)),
    "float_round": _float1(_round),
    "float_exp": _float1(_exp),
    "float_ln": _float1(_ln),
    "float_log10": _float1(_log10),
    "float_log2": _float1(_log2),
    "float_sin": _float1(_trig(math.sin)),
    "float_cos": _float1(_trig(math.cos)),
    "float_tan": _float1(_trig(math.tan)),
    "float_powf": _float2(_powf),
    "float_powi": _powi,
    "float_hypot": _float2(_hypot),
    "float_min": _float2(_fmin),
    "float_max": _float2(_fmax),
    "float_mul_add": _mul_add,
    "float_abs": _float1(math.fabs),
    "float_is_sign_negative": lambda ty: lambda m, x: math.copysign(1.0, x) < 0,
    "float_signum": _float1(lambda x: x if math.isnan(x) else math.copysign(1.0, x)),
    "float_copysign": _float2(math.copysign),
    "float_atan2": _float2(math.atan2),
    "float_to_degrees": lambda ty: _scale(ty, 180.0 / math.pi, 57.2957795130823208767981548141051703),
    "float_to_radians": lambda ty: _scale(ty, math.pi / 180.0, to_float(to_float(math.pi, "f32") / 180.0, "f32")),
}


def _scale(ty: str, f64_factor: float, f32_factor: float):
    """`to_degrees` / `to_radians`: one multiplication by the constant rustc folds."""
    factor = f64_factor if ty == "f64" else to_float(f32_factor, "f32")

    def shim(m, x):
        return to_float(x * factor, ty)
    return shim

# -- char (shims without a type: `char_*` names) --------------------------------------------

_WHITE_SPACE = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") \
    | {chr(c) for c in range(0x2000, 0x200B)}


def _char_pred(fn):
    return lambda m, c: fn(c)


def _from_u32(m, i):
    if i > 0x10FFFF or 0xD800 <= i <= 0xDFFF:
        return [0]
    return [1, chr(i)]


CHAR_SHIMS = {
    "char_is_alphabetic": _char_pred(lambda c: c.isalpha() or unicodedata.category(c) == "Nl"),
    "char_is_numeric": _char_pred(lambda c: unicodedata.category(c) in ("Nd", "Nl", "No")),
    "char_is_whitespace": _char_pred(lambda c: c in _WHITE_SPACE),
    "char_is_uppercase": _char_pred(lambda c: c.isupper()),
    "char_is_lowercase": _char_pred(lambda c: c.islower()),
    "char_is_control": _char_pred(lambda c: unicodedata.category(c) == "Cc"),
    "char_from_u32": _from_u32,
}

_made: dict[str, object] = dict(CHAR_SHIMS)


def typed(name: str):
    """The shim `int_wrapping_add:u8`, made on first use (None: no such shim)."""
    shim = _made.get(name)
    if shim is None:
        base, _, ty = name.partition(":")
        maker = MAKERS.get(base)
        if maker is None:
            return None
        shim = _made[name] = maker(ty)
    return shim
