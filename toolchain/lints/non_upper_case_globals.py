"""non_upper_case_globals (rustc_lint::nonstandard_style::NonUpperCaseGlobals, a late
lint): `const` and `static` names with lower-case letters."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from .non_snake_case import to_snake_case

LEVEL_NOTE = ("`#[warn(non_upper_case_globals)]` (part of `#[warn(nonstandard_style)]`) "
              "on by default")


def check_upper_case(sort: str, name: str, span, out) -> None:
    if not any(c.islower() for c in name):
        return
    uc = to_snake_case(name).upper()
    if uc == name:
        d = Diagnostic.warning(f"{sort} `{name}` should have an upper case name", span,
                               "should have an UPPER_CASE name")
    else:
        d = Diagnostic.warning(f"{sort} `{name}` should have an upper case name", span)
        d.help("convert the identifier to upper case",
               suggestions=[Suggestion(span, uc, "MaybeIncorrect", "ShowAlways")])
    out.emit("non_upper_case_globals", d, level_note=LEVEL_NOTE)
