"""E0508: moving a non-Copy element out of an array by indexing.

rustc allows moving out of an array only at constant indices (array patterns, which
MIR lowers to `field` projections here); a run-time index (`a[i]`) cannot be tracked
by move paths, so its move is an error at the indexing expression.
"""

from __future__ import annotations

from .clone_note import clone_note

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from ..types import Ty, display


def moves_out_of_index(op) -> bool:
    return isinstance(op, ir.Move) and any(el[0] == "index" for el in op.place.proj)


def e0508(body: ir.Body, op: ir.Move, ctx) -> Diagnostic:
    """The error for the first index projection of the moved place."""
    ty = body.locals[op.place.local].ty
    name = body.locals[op.place.local].name or "value"
    path = name
    array_ty = ty
    for el in op.place.proj:
        if el[0] == "index":
            array_ty = ty
            ty = ty.args[0]
            path += "[_]"
        elif el[0] == "field":
            path, ty = _field(ctx, path, ty, el[1])
    span = op.span
    indexed = _indexed_ty(body, op)
    if indexed is not None and indexed.kind == "adt" and indexed.name == "Vec":
        return _e0507_vec(indexed, span, ctx)
    d = Diagnostic.error(f"cannot move out of type `{display(array_ty)}`, a non-copy array",
                         code="E0508")
    d.primary(span, "cannot move out of here")
    d.primary(span, f"move occurs because `{path}` has type `{display(ty)}`, which does not "
                    "implement the `Copy` trait")
    clone_note(d, ctx, ty, span)
    d.help("consider borrowing here",
           suggestions=[Suggestion(Span(span.lo, span.lo), "&", "MaybeIncorrect", "ShowAlways")])
    return d


def _field(ctx, path: str, ty: Ty, i: int) -> tuple[str, Ty]:
    if ty.kind == "tuple":
        return f"{path}.{i}", ty.args[i]
    if ty.kind == "array":
        return f"{path}[{i}]", ty.args[0]
    if ty.kind == "adt":
        layout = ctx.tcx.adts[ty.name]
        if layout.kind != "enum" and i < len(layout.tys):
            from ..types import subst
            return f"{path}.{layout.names[i]}", subst(layout.tys[i], ty.args)
    return path, ty


def clonable(ty: Ty, ctx) -> bool:
    """Is `[T; N]` (or a plain type) Clone? Arrays are Clone when their elements are."""
    while ty.kind == "array":
        ty = ty.args[0]
    if ty.kind == "opaque":
        return False       # (`impl Trait` is `Clone` only when a bound says so)
    return ty.kind != "adt" or ctx.is_clone(ty)


def _indexed_ty(body: ir.Body, op: ir.Move) -> Ty | None:
    """The type the first index projection of the moved place indexes into."""
    ty = body.locals[op.place.local].ty
    for el in op.place.proj:
        if el[0] == "index":
            return ty
        if el[0] == "deref" and ty.kind == "ref":
            ty = ty.args[0]
        elif el[0] == "field":
            ty = _field(None, "", ty, el[1])[1] if ty.kind != "adt" else ty
    return None


def _e0507_vec(vec: Ty, span: Span, ctx) -> Diagnostic:
    """Moving out of `v[i]` of a `Vec` (`Index::index` gives a reference): E0507."""
    elem = vec.args[0]
    d = Diagnostic.error(f"cannot move out of index of `{display(vec)}`", code="E0507")
    d.primary(span, f"move occurs because value has type `{display(elem)}`, which does not "
                    "implement the `Copy` trait")
    d.help("consider borrowing here",
           suggestions=[Suggestion(Span(span.lo, span.lo), "&", "MaybeIncorrect", "ShowAlways")])
    if clonable(elem, ctx):
        d.help("consider cloning the value if the performance cost is acceptable",
               suggestions=[Suggestion(Span(span.hi, span.hi), ".clone()", "MachineApplicable",
                                       "ShowAlways")])
    else:
        clone_note(d, ctx, elem, span)
    return d
