"""A formatting trait missing on one of the learner's own types.

For a struct or enum of the program, rustc turns "the trait `Display` is not
implemented for `Point`" into a help pointing at the type's header (for `Display` and
the radix traits, whose label then says "unsatisfied trait bound"); `Debug` keeps its
span-less help, with the derive suggestion instead.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, SpanLabel

_RADIX = ("x", "X", "o", "b")


def point_at_type(d: Diagnostic, trait: str, adt) -> None:
    """Adjust `d` (built by check._fmt_unimplemented for `adt`'s type) to rustc's form."""
    if trait == "":
        for c in d.children:
            if c.level == "help" and c.message.startswith("the trait `std::fmt::Display`"):
                c.spans = [SpanLabel(adt.header, None, True)]
                return
    elif trait in _RADIX and d.spans:
        not_implemented = d.spans[0].label
        d.spans[0].label = "unsatisfied trait bound"
        help_ = Diagnostic("help", not_implemented or "")
        help_.primary(adt.header)
        d.children.insert(0, help_)
