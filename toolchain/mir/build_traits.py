"""MIR lowering for trait impls (helpers for `build._Builder`): `==` through a
hand-written `PartialEq`, `write!` into a `Formatter`, `?` and `Ok(())` on a
`fmt::Result`, and linking each impl's kept default methods to the trait's body.

A `fmt::Result` value is an enum value like the learner's: `[0, ()]` is `Ok(())`,
`[1, ()]` would be `Err(fmt::Error)`.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import BOOL, UNIT, Ty, int_ty, ref
from . import ir
from .build_refs import derefs

FMT_OK = (0, ())


def hand_impl(b, lhs: ast.Expr, impls: dict):
    """(`lhs`'s type behind its references, how many, the key of that type's method
    written by hand in `impls`), or None."""
    t = b.ty_of(lhs)
    n = 0
    while t.kind == "ref":
        t, n = t.args[0], n + 1
    key = impls.get(t.name) if t.kind == "adt" else None
    return None if key is None else (t, n, key)


def user_eq_into(b, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place) -> bool:
    """`a == b` / `a != b` for a type with `PartialEq` by hand: `PartialEq::eq(&a, &b)`."""
    key = b.tcx.cross_cmp.get(e.id)
    if key is not None:
        cross_eq_into(b, e, k, dest, key)
        return True
    cx = b.tcx.traits
    if cx is None or not cx.eq_impls or k.op not in ("==", "!="):
        return False
    got = hand_impl(b, k.lhs, cx.eq_impls)
    if got is None:
        return False
    t, n, key = got
    eq_call_into(b, e, k, dest, t, n, lambda args, out, nb: ir.Call(key, args, out, nb, e.span))
    return True


def cross_eq_into(b, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place, key: str) -> None:
    """`a == b` through `impl PartialEq<B> for A` (typeck/cross_cmp.py): `eq(&a, &b)`,
    negated for `!=`."""
    args = []
    for side in (k.lhs, k.rhs):
        place = b.as_place(side, read=True)
        tmp = b.temp(ref(b.ty_of(side)), side.span)
        b.push(tmp, ir.Ref(place, False, side.span), side.span)
        args.append(ir.Copy(tmp, side.span))
    out = dest if k.op == "==" else b.temp(BOOL, e.span)
    nb = b.new_block()
    b.terminate(ir.Call(key, args, out, nb, e.span))
    b.cur = nb
    if k.op == "!=":
        b.push(dest, ir.UnaryOp("!", ir.Copy(out), BOOL), e.span)


def cross_assert_into(b, key: str, left, right, tys: tuple, dest: ir.Place, span) -> None:
    """`assert_eq!(a, b)`'s test through `impl PartialEq<B> for A`: `eq(&a, &b)` of the
    operands the macro also prints."""
    from .build_cmp import operand_refs as macro_operand_refs
    args = macro_operand_refs(b, (left, right), tys, span)
    nb = b.new_block()
    b.terminate(ir.Call(key, args, dest, nb, span))
    b.cur = nb


def operand_refs(b, k: ast.ExprBinary, t: Ty, n: int) -> list:
    """`&a` and `&b` of a comparison's operands, `t`s behind `n` references: the
    arguments of the `eq`/`partial_cmp` it calls."""
    args = []
    for side in (k.lhs, k.rhs):
        place = derefs(b.as_place(side, read=True), n)
        tmp = b.temp(ref(t), side.span)
        b.push(tmp, ir.Ref(place, False, side.span), side.span)
        args.append(ir.Copy(tmp, side.span))
    return args


def eq_call_into(b, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place, t: Ty, n: int, call) -> None:
    """`eq(&a, &b)` into `dest` (negated for `!=`), where `a` and `b` are `t` behind `n`
    references; `call(args, out, next_block)` makes the call terminator."""
    args = operand_refs(b, k, t, n)
    out = dest if k.op == "==" else b.temp(BOOL, e.span)
    nb = b.new_block()
    b.terminate(call(args, out, nb))
    b.cur = nb
    if k.op == "!=":
        b.push(dest, ir.UnaryOp("!", ir.Copy(out), BOOL), e.span)


def write_into(b, e: ast.Expr, k: ast.ExprBuiltinMacro, dest: ir.Place) -> None:
    """`write!(f, ..)`: the text is formatted, then appended to the Formatter `*f`
    (reborrowed, as `f.write_fmt(..)` does)."""
    f = k.args[0]
    fty = b.ty_of(f)
    from .build_fmt_write import is_string_dest, write_into as write_string
    if is_string_dest(fty) or e.id in b.tcx.fmt_writers:     # (a learner's `fmt::Write`)
        return write_string(b, e, k, dest)
    place = b.as_place(f, read=True)
    tmp = b.temp(fty, f.span)
    b.push(tmp, ir.Ref(place.deref(), True, f.span), f.span)
    text = b.format(k.fmt, e.span)
    nb = b.new_block()
    b.terminate(ir.Intrinsic("fmt_write", [ir.Copy(tmp, f.span), text], dest, nb, e.span))
    b.cur = nb


def ok_into(b, e: ast.Expr, k: ast.ExprCall, dest: ir.Place) -> None:
    b.push(dest, ir.Aggregate([ir.Const(0, int_ty("isize")), ir.Const((), UNIT)]), e.span)


def try_into(b, e: ast.Expr, k, dest: ir.Place) -> None:
    """`r?` on a `fmt::Result`: an `Err` is returned from the function as it is."""
    place = b.as_place(k.expr, read=True)
    is_ok = b.temp(BOOL, e.span)
    isize = int_ty("isize")
    b.push(is_ok, ir.BinaryOp("==", ir.Copy(place.field(0), e.span), ir.Const(0, isize), isize),
           e.span)
    ok, err = b.new_block(), b.new_block()
    b.terminate(ir.SwitchBool(ir.Copy(is_ok), ok, err))
    b.cur = err
    b.push(ir.Place(0), ir.Use(ir.Move(place, e.span)), e.span)
    b.terminate(ir.Return())
    b.cur = ok
    b.push(dest, ir.Use(ir.Const((), UNIT)), e.span)


def link(program: ir.Program, tcx) -> None:
    """Each impl that keeps a default method runs the trait's one body under its own
    key; the machine formats with the learner's `Display`/`Debug` impls."""
    cx = tcx.traits
    if cx is None:
        return
    for key, body in cx.defaults.items():
        if body in program.bodies:
            program.bodies[key] = program.bodies[body]
    program.trait_fmt = dict(cx.fmt_impls)
    program.ord_impls = dict(cx.ord_impls)
    program.pord_impls = dict(cx.pord_impls)
    program.eq_impls = dict(cx.eq_impls)
    # (the types whose `Hash` the learner wrote: interp/map_keys.py)
    from ..std import is_std_span
    program.hash_impls = {t.name for t, per in cx.impls.items() if t.kind == "adt"
                          and "Hash" in per and not is_std_span(per["Hash"].imp.header)}
    for per in cx.impls.values():
        for info in per.values():
            program.impl_selves[info.imp.ty_text] = info.self_ty
            n = len(info.imp.generics.names) if info.imp.is_generic else 0
            for key in info.keys.values():
                if key in cx.defaults:
                    program.default_params[key] = n
    from ..interp.trait_select import link_generic
    link_generic(program, cx)
    from ..typeck.projection import normalize_with
    program.normalize = lambda t: normalize_with(tcx, t)
    for head, infos in cx.matched.items():
        program.matched_impls[head] = [
            (i.imp.trait, i.self_ty, i.imp.ty_text,
             len(i.imp.generics.names) if i.imp.is_generic else 0) for i in infos]


def std_callees(func: str, res, tcx) -> list[str]:
    """The std bodies a call of a trait method may run, for the driver to build on
    demand: a default method of a std trait (`<Evens as Iterator>::count` runs
    `Iterator::count`); through `Self` (`<Self as Iterator>::next` in a default
    method or an adapter), the trait's default and every std impl's own method."""
    cx = tcx.traits
    got = cx.defaults.get(func) if cx is not None else None
    if got is not None:
        return [got]
    at = func.find(" as ")
    end = func.find(">::")
    if at < 0 or end < 0:
        return []
    key = func[at + 4:end] + func[end + 1:]
    out = [key] if key in res.fns else []
    if func.startswith("<Self as ") and cx is not None:
        trait, name = func[at + 4:end], func[end + 3:]
        infos = [per[trait] for per in cx.impls.values() if trait in per]
        for info in infos + cx.generic.get(trait, []):    # (generic traits' impls too)
            k = info.keys.get(name)
            if k is not None and k in res.fns and k not in out:
                out.append(k)
    return out
