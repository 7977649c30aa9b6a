"""Monomorphisation: a generic function's MIR with concrete types for its type
parameters, made lazily by the machine on the first call with given arguments
(design-semantics §5). The body is built once, generically; an instance substitutes
the types the machine reads (operators' and formatting's types, local types) and the
generic arguments of the calls it makes, so that a generic function calling another
passes its own instantiation on.
"""

from __future__ import annotations

import dataclasses

from ..types import Ty, subst
from . import ir

_IR_TYPES = tuple(c for c in vars(ir).values()
                  if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == ir.__name__)


def instantiate(body: ir.Body, args: tuple, normalize=None) -> ir.Body:
    """A new body: `body` with each `param(i)` replaced by `args[i]` (never mutated), and
    the projections that names normalised (`normalize`, when given)."""
    if normalize is not None:
        return map_types(body, lambda t: normalize(subst(t, args)))
    return map_types(body, lambda t: subst(t, args))


def _const_value(t: Ty) -> object:
    """The value of a const generic argument as the machine holds it."""
    if t.name in ("true", "false"):
        return t.name == "true"
    if t.name.startswith("'"):
        return t.name[1:-1]
    return int(t.name)


def map_types(body: ir.Body, f) -> ir.Body:
    """A new body: `body` with each type `t` it holds replaced by `f(t)` (never mutated)."""
    def walk(x):
        if type(x) is Ty:
            return f(x)
        if type(x) is ir.Const and type(x.value) is Ty:
            # A const parameter's value (`N`, mir/build.py): its argument `Ty("const", "3")`.
            v = f(x.value)
            return ir.Const(_const_value(v), x.ty) if v.kind == "const" else x
        if type(x) is ir.Repeat and type(x.count) is Ty:     # `[v; N]`
            v = f(x.count)
            return ir.Repeat(walk(x.op), _const_value(v)) if v.kind == "const" else x
        if type(x) in (list, tuple):
            return type(x)(walk(v) for v in x)
        if isinstance(x, _IR_TYPES) and not isinstance(x, ir.Body):
            changes = {}
            for fld in dataclasses.fields(x):
                v = getattr(x, fld.name)
                w = walk(v)
                if w is not v:
                    changes[fld.name] = w
            return dataclasses.replace(x, **changes) if changes else x
        return x
    return dataclasses.replace(body, locals=walk(body.locals), blocks=walk(body.blocks))
