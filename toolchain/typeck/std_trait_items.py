"""rustc's wording for the items of std's traits declared in Ferrite's std source
(toolchain/std/*.rs), whose declarations the learner never sees: the E0046 help
`implement the missing item: ..` (recorded from rustc 1.95)."""

from __future__ import annotations

from ..std import is_std_span
from ..types import Ty, display


def is_std_source(ti) -> bool:
    return ti.item is not None and is_std_span(ti.item.span)


def missing_help(results, d, ti, s: Ty, targs: tuple = ()) -> str | None:
    """The text of the help for a missing item `ti` of std trait `d` in an impl for `s`."""
    if ti.kind == "type":
        return f"type {ti.name} = /* Type */;"
    if ti.kind != "fn":
        return None
    key = f"<Self as {d.name}>::{ti.name}"
    sig = results.traits.declared.get(key) or results.sigs.get(key)
    if sig is None:
        return None
    if d.pinned is not None:     # (`impl PartialEq for Id` is `impl PartialEq<Id> for Id`)
        from .generics import instantiate_sig
        sig = instantiate_sig(sig, targs or (s,) * len(d.pinned.names))
    f = ti.item.kind
    parts = []
    params = list(sig.params)
    if f.sig.self_param is not None:
        sp = f.sig.self_param
        parts.append("self" if sp.kind != "ref" else "&mut self" if sp.mutable else "&self")
        params = params[1:]
    # (rustc writes a std type whose name std shares whole: `std::fmt::Error`)
    shown = lambda t: display(t, full=True, untrimmed=True)
    parts += [f"_: {shown(p)}" for p in params]
    tps = [p for p in f.generics.params if p.kind == "type"]
    names = "<" + ", ".join(p.ident.name for p in tps) + ">" if tps else ""
    text = f"fn {ti.name}{names}(" + ", ".join(parts) + ")"
    if not sig.ret.is_unit:
        text += f" -> {shown(sig.ret)}"
    # (rustc moves a method's own bounds into a `where` clause: `fn hash<H>(..) where H: Hasher`)
    bounded = [p for p in tps if p.bounds]
    if bounded:
        from ..syntax.ast import TraitBound
        preds = []
        for p in bounded:
            bs = ["::".join(seg.ident.name for seg in b.path.segments)
                  for b in p.bounds if isinstance(b, TraitBound)
                  and all(seg.args is None for seg in b.path.segments)]
            if len(bs) != len(p.bounds):
                return None
            preds.append(f"{p.ident.name}: " + " + ".join(bs))
        text += " where " + ", ".join(preds)
    return text + " { todo!() }"
