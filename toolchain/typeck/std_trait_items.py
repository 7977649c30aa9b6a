"""rustc's wording for the items of std's traits declared in Ferrite's std source
(toolchain/std/*.rs), whose declarations the learner never sees: the E0046 help
`implement the missing item: ..` (recorded from rustc 1.95)."""

from __future__ import annotations

from ..std import is_std_span
from ..types import display


def is_std_source(ti) -> bool:
    return ti.item is not None and is_std_span(ti.item.span)


def missing_help(results, trait: str, ti) -> str | None:
    """The text of the help for a missing item `ti` of std trait `trait`."""
    if ti.kind == "type":
        return f"type {ti.name} = /* Type */;"
    if ti.kind != "fn":
        return None
    sig = results.sigs.get(f"<Self as {trait}>::{ti.name}")
    if sig is None:
        return None
    f = ti.item.kind
    parts = []
    params = list(sig.params)
    if f.sig.self_param is not None:
        sp = f.sig.self_param
        parts.append("self" if sp.kind != "ref" else "&mut self" if sp.mutable else "&self")
        params = params[1:]
    parts += [f"_: {display(p)}" for p in params]
    text = f"fn {ti.name}(" + ", ".join(parts) + ")"
    if not sig.ret.is_unit:
        text += f" -> {display(sig.ret)}"
    return text + " { todo!() }"
