"""`write!(w, ..)` into a `String` or a learner's `fmt::Write` (typeck/fmt_write.py).
Into a `String` the text is formatted, then appended; into a learner's writer
`write_str` is called per literal piece and per argument, as core's `fmt::write`
does, stopping at the first `Err`. The writer is borrowed mutably as
`w.write_fmt(..)` borrows its receiver (autoref of a value, reborrow of a `&mut`)."""

from __future__ import annotations

from ..syntax import ast
from ..types import STR_REF, Ty, int_ty, ref
from . import ir

STRING = Ty("adt", "String")


def is_string_dest(t: Ty) -> bool:
    return t == STRING or t.kind == "ref" and t.args[0] == STRING


def write_into(b, e: ast.Expr, k: ast.ExprBuiltinMacro, dest: ir.Place) -> None:
    key = b.tcx.fmt_writers.get(e.id)
    if key is not None:
        return _user_write(b, e, k, dest, key)
    f = k.args[0]
    place = b.as_place(f, read=True)
    if b.ty_of(f).kind == "ref":
        place = place.deref()
    tmp = b.temp(ref(STRING, True), f.span)
    b.push(tmp, ir.Ref(place, True, f.span), f.span)
    text = b.format(k.fmt, e.span)
    nb = b.new_block()
    b.terminate(ir.Intrinsic("shim", [ir.Copy(tmp, f.span), text], dest, nb, e.span,
                             ("string_write_fmt",)))
    b.cur = nb


def _user_write(b, e: ast.Expr, k: ast.ExprBuiltinMacro, dest: ir.Place, key: str) -> None:
    from .build import _format_arg
    f = k.args[0]
    fty = b.ty_of(f)
    wty = fty.args[0] if fty.kind == "ref" else fty
    place = b.as_place(f, read=True)
    if fty.kind == "ref":
        place = place.deref()
    w = b.temp(ref(wty, True), f.span)
    b.push(w, ir.Ref(place, True, f.span), f.span)
    fa = k.fmt
    ops = [b.borrow_operand(a) for a in fa.args]
    texts: list[ir.Operand] = []
    for spec in fa.specs:       # (each argument's `Display` text, in order)
        t = b.temp(STR_REF, e.span)
        b.push(t, ir.Format(["", ""], [_format_arg(spec, ops, b.ty_of(fa.args[spec.arg]))]),
               e.span)
        texts.append(ir.Copy(t))
    parts: list[ir.Operand] = []
    for i, piece in enumerate(fa.pieces):
        if piece:
            parts.append(ir.Const(piece, STR_REF))
        if i < len(texts):
            parts.append(texts[i])
    isize = int_ty("isize")
    end = b.new_block()
    b.push(dest, ir.Aggregate([ir.Const(0, isize), ir.Const((), Ty("tuple"))]), e.span)   # Ok(())
    for part in parts:
        again = b.temp(ref(wty, True), f.span)
        b.push(again, ir.Ref(w.deref(), True, f.span), f.span)     # (a reborrow per call)
        nb = b.new_block()
        b.terminate(ir.Call(key, [ir.Copy(again, f.span), part], dest, nb, e.span))
        b.cur = nb
        ok = b.temp(Ty("bool"), e.span)
        b.push(ok, ir.BinaryOp("==", ir.Copy(dest.field(0), e.span), ir.Const(0, isize), isize),
               e.span)
        go = b.new_block()
        b.terminate(ir.SwitchBool(ir.Copy(ok), go, end))
        b.cur = go
    b.terminate(ir.Goto(end))
    b.cur = end
