"""The deny-by-default lints `arithmetic_overflow` and `unconditional_panic`
(rustc_mir_transform's KnownPanicsLint): a checked operation whose operands are known
at compile time and that would panic is an error.

rustc runs this while generating code, so `cargo check` (and `check` here) never
reports it; `run` and `test` do. Like rustc, values are propagated through a body in
order: a local assigned once keeps its value everywhere after, a local assigned several
times only inside the block that assigned it.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..mir import ir
from ..types import Ty, int_const_str, int_range

_UNKNOWN = object()


def known_panics(body: ir.Body, out) -> None:
    assigned: dict[int, int] = {}
    for blk in body.blocks:
        for st in blk.statements:
            if st.place.is_local:
                assigned[st.place.local] = assigned.get(st.place.local, 0) + 1
        t = blk.terminator
        if isinstance(t, ir.Call) and t.dest.is_local:
            assigned[t.dest.local] = assigned.get(t.dest.local, 0) + 2   # not a constant
    for i in range(1, body.arg_count + 1):
        assigned[i] = assigned.get(i, 0) + 2                           # arguments are unknown
    for blk in body.blocks:   # a borrowed local may change through the reference
        for st in blk.statements:
            if isinstance(st.rvalue, ir.Ref):
                assigned[st.rvalue.place.local] = assigned.get(st.rvalue.place.local, 0) + 2
    once = {l for l, n in assigned.items() if n == 1}
    known_global: dict[int, object] = {}
    reported: set[int] = set()
    for b in _reverse_postorder(body):
        blk = body.blocks[b]
        local_known: dict[int, object] = {}

        def value(op):
            if isinstance(op, ir.Const):     # (a const parameter's value: the instance's)
                return _UNKNOWN if isinstance(op.value, Ty) else op.value
            if isinstance(op, (ir.Copy, ir.Move)) and op.place.is_local:
                l = op.place.local
                return local_known.get(l, known_global.get(l, _UNKNOWN))
            if isinstance(op, (ir.Copy, ir.Move)) and len(op.place.proj) == 1 \
                    and op.place.proj[0][0] == "field":
                v = local_known.get(op.place.local, known_global.get(op.place.local, _UNKNOWN))
                if isinstance(v, tuple):
                    return v[op.place.proj[0][1]]
            return _UNKNOWN

        for st in blk.statements:
            v = _eval(st.rvalue, value)
            if st.place.is_local:
                (known_global if st.place.local in once else local_known)[st.place.local] = v
        t = blk.terminator
        if isinstance(t, ir.Assert) and t.kind and id(t) not in reported:
            cond = value(t.cond)
            if cond is not _UNKNOWN and bool(cond) != t.expected:
                d = _lint(t, [value(o) for o in t.kind[2]])
                if d is not None:
                    reported.add(id(t))
                    out.emit(d[0], d[1], f"`#[deny({d[0]})]` on by default")


def _eval(rv, value):
    if isinstance(rv, ir.Use):
        return value(rv.op)
    if isinstance(rv, (ir.BinaryOp, ir.CheckedBinaryOp)):
        a, b = value(rv.lhs), value(rv.rhs)
        if a is _UNKNOWN or b is _UNKNOWN or not rv.ty.is_int:
            if isinstance(rv, ir.BinaryOp) and rv.op == "&" and a is not _UNKNOWN and b is not _UNKNOWN:
                return a and b
            return _UNKNOWN
        if isinstance(rv, ir.CheckedBinaryOp):
            r = a + b if rv.op == "+" else a - b if rv.op == "-" else a * b
            lo, hi = int_range(rv.ty.name)
            return (r, not lo <= r <= hi)
        if rv.op in ("==", "!=", "<", "<=", ">", ">="):
            return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b,
                    ">=": a >= b}[rv.op]
        if rv.op in ("&", "|", "^"):
            return a & b if rv.op == "&" else a | b if rv.op == "|" else a ^ b
        if rv.op in ("/", "%") and b != 0:
            q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
            return q if rv.op == "/" else a - b * q
        return _UNKNOWN
    if isinstance(rv, ir.Cast):
        v = value(rv.op)
        if v is _UNKNOWN or not (rv.from_ty.is_int and rv.to_ty.is_int):
            return _UNKNOWN
        from ..interp.numeric import wrap_int
        return wrap_int(v, rv.to_ty.name)
    if isinstance(rv, ir.UnaryOp):
        v = value(rv.operand)
        if v is _UNKNOWN or not rv.ty.is_int:
            return _UNKNOWN
        return -v if rv.op == "-" else _UNKNOWN
    return _UNKNOWN


def _lint(t: ir.Assert, vals: list) -> tuple[str, Diagnostic] | None:
    kind, op, _, ty = t.kind
    if any(v is _UNKNOWN for v in vals):
        return None
    if kind == "bounds":
        return "unconditional_panic", Diagnostic.error(
            "this operation will panic at runtime", t.span,
            f"index out of bounds: the length is {vals[0]} but the index is {vals[1]}")
    if kind == "overflow":
        label = f"attempt to compute `{int_const_str(vals[0], ty)} {op} {int_const_str(vals[1], ty)}`, which would overflow"
        lint, msg = "arithmetic_overflow", "this arithmetic operation will overflow"
        if op in ("/", "%"):
            lint, msg = "unconditional_panic", "this operation will panic at runtime"
    elif kind == "shift":
        way = "left" if op == "<<" else "right"
        label = f"attempt to shift {way} by `{int_const_str(vals[0], ty)}`, which would overflow"
        lint, msg = "arithmetic_overflow", "this arithmetic operation will overflow"
    elif kind == "neg":
        label = f"attempt to negate `{int_const_str(vals[0], ty)}`, which would overflow"
        lint, msg = "arithmetic_overflow", "this arithmetic operation will overflow"
    elif kind == "div_zero":
        label = f"attempt to divide `{int_const_str(vals[0], ty)}` by zero"
        lint, msg = "unconditional_panic", "this operation will panic at runtime"
    else:
        label = (f"attempt to calculate the remainder of `{int_const_str(vals[0], ty)}` with a divisor "
                 "of zero")
        lint, msg = "unconditional_panic", "this operation will panic at runtime"
    return lint, Diagnostic.error(msg, t.span, label)


def _reverse_postorder(body: ir.Body) -> list[int]:
    seen: set[int] = set()
    order: list[int] = []
    stack: list[tuple[int, int]] = [(0, 0)]
    while stack:
        b, i = stack.pop()
        if i == 0:
            if b in seen:
                continue
            seen.add(b)
        succ = ir.successors(body.blocks[b].terminator)
        if i < len(succ):
            stack.append((b, i + 1))
            if succ[i] not in seen:
                stack.append((succ[i], 0))
        else:
            order.append(b)
    return list(reversed(order))
