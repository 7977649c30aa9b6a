"""Mutability and moves through references, over MIR (rustc_borrowck's
`report_mutability_error` and `report_cannot_move_from_borrowed_content`):

- E0596: `&mut` of a variable not declared `mut`, or of a place behind a `&` reference
  (including the automatic `&mut` of a method receiver);
- E0594: assigning to a place behind a `&` reference;
- E0507: moving a non-`Copy` value out of a reference.

Loans and the references that outlive their data are `loans.py`'s.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..mir import ir
from ..source import Span
from ..syntax import ast
from ..types import display
from .places import describe, place_tys


def _last_deref(place: ir.Place) -> int | None:
    idx = None
    for i, elem in enumerate(place.proj):
        if elem == ("deref",):       # (a box's deref is its own place: box_derefs.py)
            idx = i
    return idx


def check_refs(body: ir.Body, ctx) -> list[Diagnostic]:
    adts = ctx.tcx.adts
    diags: list[Diagnostic] = []
    for place, span in getattr(body, "deref_writes", []):
        d = _behind_shared(body, place, span, adts, ctx, "assign")
        if d is not None:
            diags.append(d)
    for blk in body.blocks:
        for st in blk.statements:
            rv = st.rvalue
            if isinstance(rv, ir.Ref) and rv.mutable:
                if _last_deref(rv.place) is not None:
                    d = _behind_shared(body, rv.place, rv.span, adts, ctx, "borrow")
                else:
                    d = _not_mut(body, rv.place, rv.span, adts)
                if d is not None:
                    diags.append(d)
            for op in _operands(rv):
                d = _move_out(body, op, adts, ctx)
                if d is not None:
                    diags.append(d)
        t = blk.terminator
        for op in getattr(t, "args", []) if isinstance(t, ir.Call) else []:
            d = _move_out(body, op, adts, ctx)
            if d is not None:
                diags.append(d)
    from .drop_pattern_moves import group     # (E0509s of one pattern: one error)
    return group(body, diags)


def _operands(rv) -> list:
    if isinstance(rv, ir.Use):
        return [rv.op]
    if isinstance(rv, (ir.Aggregate, ir.MakeClosure)):
        return list(rv.ops)
    return []


def _behind_shared(body, place: ir.Place, span: Span, adts, ctx, what: str) -> Diagnostic | None:
    j = _last_deref(place)
    if j is None:        # through boxes only: the box's own binding must be `mut`
        return _not_mut(body, place, span, adts, what)
    tys = place_tys(body, place, adts)
    ptr_ty = tys[j]
    from ..typeck.rc_errors import is_rc, rc_error
    if is_rc(ptr_ty):     # through an `Rc`'s auto-deref (`rc.field = v`)
        return rc_error(ptr_ty, span, what)
    from .guard_derefs import guard_place, guard_span, is_guard
    if is_guard(ptr_ty):      # `*DerefMut::deref_mut(&mut guard)` (guard_derefs.py)
        guard = guard_place(place, j)
        at = guard_span(body, guard, span)
        if _last_deref(guard) is not None:
            return _behind_shared(body, guard, at, adts, ctx, "borrow")
        return _not_mut(body, guard, at, adts)
    if ptr_ty is None or ptr_ty.kind != "ref" or ptr_ty.mutable:
        return None
    desc = describe(body, place, adts)
    ptr = ir.Place(place.local, place.proj[:j])
    ptr_desc = describe(body, ptr, adts)
    if desc is None or ptr_desc is None:
        return None
    if what == "assign":
        d = Diagnostic.error(f"cannot assign to `{desc}`, which is behind a `&` reference", span,
                             f"`{ptr_desc}` is a `&` reference, so it cannot be written to",
                             code="E0594")
    else:
        d = Diagnostic.error(f"cannot borrow `{desc}` as mutable, as it is behind a `&` reference",
                             span, f"`{ptr_desc}` is a `&` reference, so it cannot be borrowed "
                             "as mutable", code="E0596")
    at = _ref_type_span(body, ptr, ctx)
    if at is not None:
        d.help("consider changing this to be a mutable reference",
               suggestions=[Suggestion(Span(at.lo + 1, at.lo + 1), "mut ", "MachineApplicable",
                                       "ShowAlways")])
    return d


def _ref_type_span(body, ptr: ir.Place, ctx) -> Span | None:
    """Where the `&` of a parameter's reference type is written (`&self`, `r: &T`)."""
    if ptr.proj or not body.locals[ptr.local].is_param:
        return None
    item = ctx.res.fns.get(body.name)
    if item is None:
        return None
    sig = item.kind.sig
    params = list(sig.params)
    i = ptr.local - 1
    if sig.self_param is not None:
        if i == 0:
            return sig.self_param.span if sig.self_param.kind == "ref" else None
        i -= 1
    if 0 <= i < len(params) and isinstance(params[i].ty.kind, ast.TyRef):
        return params[i].ty.span
    return None


def _not_mut(body, place: ir.Place, span: Span, adts, what: str = "borrow") -> Diagnostic | None:
    decl = body.locals[place.local]
    if decl.name is None or decl.mutable:
        return None
    if body.capture_uses and (span.lo, span.hi, place) in body.capture_uses:
        return None   # a closure's capture: rustc reports the use in the closure (E0594/E0596)
    desc = describe(body, place, adts)
    if desc is None:
        return None
    if what == "assign":     # `*b = v` through a box (E0384 is for the binding itself)
        d = Diagnostic.error(f"cannot assign to `{desc}`, as `{decl.name}` is not declared as "
                             "mutable", span, "cannot assign", code="E0594")
        d.help("consider changing this to be mutable",
               suggestions=[Suggestion(Span(decl.span.lo, decl.span.lo), "mut ",
                                       "MachineApplicable", "ShowAlways")])
        return d
    if place.proj:
        msg = f"cannot borrow `{desc}` as mutable, as `{decl.name}` is not declared as mutable"
    else:
        msg = f"cannot borrow `{desc}` as mutable, as it is not declared as mutable"
    d = Diagnostic.error(msg, span, "cannot borrow as mutable", code="E0596")
    from .captures import fnmut_call_label
    fnmut_call_label(body, d, span)
    d.help("consider changing this to be mutable",
           suggestions=[Suggestion(Span(decl.span.lo, decl.span.lo), "mut ", "MachineApplicable",
                                   "ShowAlways")])
    return d


def _move_out(body, op, adts, ctx) -> Diagnostic | None:
    if not isinstance(op, ir.Move):
        return None
    j = _last_deref(op.place)
    if j is None:
        from .drop_moves import move_out_of_drop      # E0509
        return move_out_of_drop(body, op, ctx)
    tys = place_tys(body, op.place, adts)
    from .smart_moves import smart_move       # out of an `Rc` or a `RefCell`'s guard
    d = smart_move(body, op, j, tys, ctx)
    if d is not None:
        return d
    ptr_ty, ty = tys[j], tys[-1]
    desc = describe(body, op.place, adts)
    if ptr_ty is None or ty is None or desc is None or op.span is None:
        return None
    kind = "mutable" if ptr_ty.mutable else "shared"
    d = Diagnostic.error(f"cannot move out of `{desc}` which is behind a {kind} reference",
                         op.span, f"move occurs because `{desc}` has type `{display(ty)}`, which "
                         "does not implement the `Copy` trait", code="E0507")
    if ty.kind == "adt" and not ctx.is_clone(ty):
        note = Diagnostic("note", f"if `{ty.name}` implemented `Clone`, you could clone the value")
        note.primary(ctx.adt_header(ty.name), "consider implementing `Clone` for this type")
        note.secondary(op.span, "you could clone this value")
        d.children.append(note)
    return d
