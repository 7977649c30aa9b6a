"""The methods a type has through the std-source traits it implements (`Iterator`'s
adapters), which rustc's E0599 "there is a method `map` with a similar name" help
considers beside the type's inherent methods."""

from __future__ import annotations

from ..std import is_std_span


def implemented_method_names(fcx, t) -> list[str]:
    from .traits import _impls_for_all
    out: list[str] = []
    for trait in _impls_for_all(fcx, t):
        d = fcx.res.traits.defs.get(trait)
        if d is None or d.span is None or not is_std_span(d.span):
            continue
        out += [n for n, ti in d.items.items() if ti.kind == "fn" and ti.has_self]
    return out
