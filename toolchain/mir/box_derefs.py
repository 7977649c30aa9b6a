"""Marking the derefs of boxes in a built body's places.

A box is dereferenced built in, like a reference, and the machine runs both alike
(a box is a pointer to its own allocation: interp/shims_box.py). The borrow checker
must tell them apart, as rustc's does with `Ty::is_box`: a box owns its content, so
`*b` is part of `b`'s own place (moving out of it moves `b`, writing through it
needs `b` to be `mut`), where `*r` is another place. The builder writes every deref
as `("deref",)`; this pass rewrites those whose pointer is a `Box` to
`("deref", "box")` once the body is built, where the places' types are known.
"""

from __future__ import annotations

import dataclasses

from ..types import Ty, is_box, subst
from . import ir

BOX_DEREF = ("deref", "box")

_MENTIONS: dict = {}


def _mentions_box(t: Ty) -> bool:
    got = _MENTIONS.get(t)
    if got is None:
        got = is_box(t) or any(_mentions_box(a) for a in t.args if isinstance(a, Ty))
        if len(_MENTIONS) < 4096:
            _MENTIONS[t] = got
    return got


def mark(body: ir.Body, adts: dict) -> None:
    """Rewrite the body's box derefs in place (a body without boxes is left as is)."""
    if not any(_mentions_box(d.ty) for d in body.locals):
        return
    fixer = _Fixer(body, adts)
    for blk in body.blocks:
        blk.statements = [fixer.walk(st) for st in blk.statements]
        if blk.terminator is not None:
            blk.terminator = fixer.walk(blk.terminator)
    body.deref_writes = [(fixer.place(p), s) for p, s in body.deref_writes]
    body.discr_reads = {k: [(fixer.place(p), s) for p, s in v]
                        for k, v in body.discr_reads.items()}


class _Fixer:
    def __init__(self, body: ir.Body, adts: dict):
        self.body, self.adts = body, adts

    def place(self, p: ir.Place) -> ir.Place:
        if not any(el[0] == "deref" for el in p.proj):
            return p
        t = self.body.locals[p.local].ty
        out, changed = [], False
        for el in p.proj:
            if el == ("deref",) and t is not None and is_box(t):
                el, changed = BOX_DEREF, True
            t = _project(t, el, self.adts)
            out.append(el)
        return ir.Place(p.local, tuple(out)) if changed else p

    def walk(self, obj):
        if isinstance(obj, ir.Place):
            return self.place(obj)
        if isinstance(obj, list):
            return [self.walk(x) for x in obj]
        if not dataclasses.is_dataclass(obj) or isinstance(obj, (Ty, ir.FormatOptions)):
            return obj
        changes = {}
        for f in dataclasses.fields(obj):
            v = getattr(obj, f.name)
            if isinstance(v, (ir.Place, list)) or (dataclasses.is_dataclass(v)
                                                    and not isinstance(v, Ty)):
                nv = self.walk(v)
                if nv is not v and nv != v:
                    changes[f.name] = nv
        if not changes:
            return obj
        if type(obj).__dataclass_params__.frozen:
            return dataclasses.replace(obj, **changes)
        for k, v in changes.items():
            setattr(obj, k, v)
        return obj


def _project(t: Ty | None, el: tuple, adts: dict) -> Ty | None:
    if t is None:
        return None
    if el[0] == "deref":
        return t.args[0] if (t.kind == "ref" or is_box(t)) else None
    if el[0] == "subslice":
        return t
    if t.kind in ("array", "slice") or (t.kind == "adt" and t.name == "Vec" and el[0] == "index"):
        return t.args[0]
    if el[0] == "index":
        return None
    if t.kind == "tuple":
        return t.args[el[1]] if el[1] < len(t.args) else None
    if t.kind == "closure":
        caps = t.args[2].args if len(t.args) > 2 else ()
        return caps[el[1]] if el[1] < len(caps) else None
    if t.kind == "adt" and t.name in adts:
        adt = adts[t.name]
        if adt.kind != "enum":
            return subst(adt.tys[el[1]], t.args) if el[1] < len(adt.tys) else None
        # An enum's field i (after the discriminant): known when every variant that has
        # it agrees on its type.
        tys = {v.tys[el[1] - 1] for v in adt.variants if 0 < el[1] <= len(v.tys)}
        return subst(tys.pop(), t.args) if len(tys) == 1 else None
    return None
