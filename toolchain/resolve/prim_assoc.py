"""Type-relative paths on primitive types (`i32::MAXIMUM`) that name no associated item.

rustc resolves `i32::X` in type checking and reports E0599 when `X` is not an
associated item of `i32`. Ferrite knows only some of std's items, so it reports E0599
only for names it can be sure of: constant-like (UPPER_CASE) names that are no real
constant of the type and are too far from every real item for rustc's "similar name"
help (whose std locations are not reproduced). Every other unknown path stays
"unsupported".
"""

from __future__ import annotations

from ..types import FLOAT_NAMES, INT_NAMES
from .suggest import find_best_match

_INT_CONSTS = ["MIN", "MAX", "BITS"]
_FLOAT_CONSTS = ["RADIX", "MANTISSA_DIGITS", "DIGITS", "EPSILON", "MIN", "MIN_POSITIVE", "MAX",
                 "MIN_EXP", "MAX_EXP", "MIN_10_EXP", "MAX_10_EXP", "NAN", "INFINITY",
                 "NEG_INFINITY"]
_CHAR_CONSTS = ["MIN", "MAX", "REPLACEMENT_CHARACTER", "UNICODE_VERSION"]
# Inherent and trait methods whose names differ from a constant-like name only by case
# (rustc would suggest them), and the constants of std's `SizedTypeProperties`, which
# rustc offers to import.
_METHODS = {"max", "min", "abs", "pow", "clamp", "signum", "sqrt", "exp", "ln", "log",
            "floor", "ceil", "round", "trunc", "sin", "cos", "tan", "from", "into",
            "default", "clone", "cmp", "eq", "ne", "lt", "le", "gt", "ge", "hash", "fmt",
            "add", "sub", "mul", "div", "rem", "neg", "not", "sum", "product", "parse",
            "to_string", "recip", "powi", "powf", "hypot", "midpoint", "ilog", "ilog2",
            "ilog10", "isqrt", "is_nan"}
_SIZED_PROPERTIES = {"SIZE", "ALIGN", "IS_ZST", "LAYOUT", "MAX_SLICE_LEN"}


def _consts(ty: str) -> list[str] | None:
    if ty in INT_NAMES:
        return _INT_CONSTS
    if ty in FLOAT_NAMES:
        return _FLOAT_CONSTS
    if ty == "char":
        return _CHAR_CONSTS
    if ty == "bool":
        return []
    return None


def surely_missing(ty: str, name: str) -> bool:
    """Whether rustc reports a plain E0599 (no help) for the value path `ty::name`."""
    consts = _consts(ty)
    if consts is None or name in consts or name in _SIZED_PROPERTIES:
        return False
    if not name.isupper() or not all(c.isalnum() or c == "_" for c in name):
        return False
    if name.lower() in _METHODS:
        return False
    return find_best_match(consts, name) is None
