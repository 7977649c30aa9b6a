"""Constructors used as values (`.map(Some)`, `.map(Meters)`): a function item whose
body, made here, builds the struct or variant from its arguments. The key names the
constructor (`ctor:Meters`, `ctor:Option::1` with the variant's index); a generic
type's constructor is instantiated by the machine like any generic body."""

from __future__ import annotations

from ..source import Span
from ..types import Ty, int_ty
from . import ir

PREFIX = "ctor:"


def value(b, e) -> ir.Operand:
    """The constructor at path `e` as a value (typeck/fn_items.py typed it)."""
    from .build_closures import state
    t = b.ty_of(e)
    key = PREFIX + t.name
    state(getattr(b, "closure_root", b)).fn_refs.add(key)
    return ir.Const(ir.FnRef(key, t.args), t)


def body(key: str, adts) -> ir.Body | None:
    name = key[len(PREFIX):]
    index = None
    if name not in adts:
        name, i = name.rsplit("::", 1)
        index = int(i)
    layout = adts.get(name)
    if layout is None:
        return None
    params = tuple(Ty("param", n, id=i) for i, n in enumerate(layout.generics))
    tys = layout.tys if index is None else layout.variants[index].tys
    span = Span(0, 0)
    locals_ = [ir.LocalDecl(Ty("adt", name, params), None, True, span)]
    locals_ += [ir.LocalDecl(t, None, False, span, is_param=True) for t in tys]
    ops = [ir.Move(ir.Place(i + 1), span) for i in range(len(tys))]
    if index is not None:
        ops = [ir.Const(layout.variants[index].discr, int_ty("isize"))] + ops
    build = ir.BasicBlock([ir.Assign(ir.Place(0), ir.Aggregate(ops), span)], ir.Return())
    return ir.Body(key, len(tys), locals_, [build], span)
