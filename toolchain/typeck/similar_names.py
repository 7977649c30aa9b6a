"""rustc's notes on a mismatch between the learner's type and std's type of the same
name (`enum Ordering` against `a.cmp(&b)`): "`Ordering` and `std::cmp::Ordering` have
similar names, but are actually distinct types", then where each is defined.

std's type is written by its path in such a crate (types.shadowed_std), so the
mismatch's label reads "expected `std::cmp::Ordering`, found `Ordering`"; the notes
follow from that label, once the body's diagnostics are complete.
"""

from __future__ import annotations

import re

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..std_locations import _ITEMS, std_span
from ..types import shadowed_std

_LABEL = re.compile(r"expected `([\w:]+)`, found `([\w:]+)`")


def note(diags: list, adts: dict) -> None:
    for d in diags:
        if d.code != "E0308" or not d.spans or any(c.message.endswith("distinct types")
                                                   for c in d.children):
            continue
        m = _LABEL.fullmatch(d.spans[0].label or "")
        if m is None:
            continue
        expected, found = m.groups()
        std = next((t for t in (expected, found) if t.startswith("std::") and shadowed_std(t)),
                   None)
        own = found if std == expected else expected
        if std is None or std.rsplit("::", 1)[-1] != own.rsplit("::", 1)[-1] or own not in adts:
            continue
        key = "core" + std[3:]
        header = getattr(adts[own], "header", None)
        if key not in _ITEMS or header is None:
            continue
        d.note(f"`{found}` and `{expected}` have similar names, but are actually distinct types")
        for t in (found, expected):     # (rustc's order)
            if t == std:
                d.children.append(Diagnostic("note", f"`{std}` is defined in crate `core`")
                                  .primary(std_span(key)))
            else:
                d.children.append(Diagnostic("note", f"`{own}` is defined in the current crate")
                                  .primary(Span(header.lo, header.hi)))
