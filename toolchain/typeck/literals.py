"""rustc's `overflowing_literals` lint (deny by default) on integer literals, once their
types are known: the TypeLimits lint of rustc_lint, with its span (the negation for a
negative literal), its note and its `consider using the type` help for signed types."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..types import Ty, int_range

# rustc's `get_type_suggestion`: the types tried, in order, for a value that does not
# fit a signed type (unsigned ones only when the literal is not negative).
_SIGNED_FITS = {
    "i8": (["u8"], ["i16", "i32", "i64", "i128"]),
    "i16": (["u16"], ["i32", "i64", "i128"]),
    "i32": (["u32"], ["i64", "i128"]),
    "i64": (["u64"], ["i128"]),
    "isize": (["u64"], ["i128"]),
    "i128": (["u128"], []),
}


def _suggested_type(t: str, value: int) -> str | None:
    negative = value < 0
    magnitude = -value if negative else value
    utypes, itypes = _SIGNED_FITS.get(t, ([], []))
    for u in utypes:
        if not negative and magnitude <= int_range(u)[1]:
            return u
    for i in itypes:
        if magnitude <= int_range(i)[1] + (1 if negative else 0):
            return i
    return None


def overflowing_literal(t: Ty, value: int, span: Span, text: str) -> Diagnostic | None:
    """The lint for a literal of type `t` whose (possibly negated) value is `value`;
    `text` is the literal as written (with its `-`). Its level and level note come from
    the session's lint context (lints/levels.py)."""
    lo, hi = int_range(t.name)
    if lo <= value <= hi:
        return None
    d = Diagnostic.error(f"literal out of range for `{t.name}`", span)
    d.note(f"the literal `{text}` does not fit into the type `{t.name}` "
           f"whose range is `{lo}..={hi}`")
    if t.is_signed:
        fit = _suggested_type(t.name, value)
        if fit is not None:
            d.help(f"consider using the type `{fit}` instead")
    return d
