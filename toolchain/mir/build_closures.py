"""Closures in MIR (rustc_mir_build's closure lowering).

A closure expression evaluates its captures, in order (typeck/closures.py decides
them): `&x` / `&mut x` for a capture by reference, the value of `x` (moved or copied)
for a capture by value, into `MakeClosure`. The value is the machine's record of those
captures plus the body to run.

Each closure has its own body, keyed `{closure@<expr id>}` and built with its
function's: local 1 is the closure itself (its captures are fields 0..), then the
parameters. In the body an upvar is the place `_1.i`, behind a deref for a capture by
reference. Calling a value (`f(x)`) passes a reference to the callee for `Fn`/`FnMut`
(`&f`, `&mut f`: rustc's `call`/`call_mut`) and the callee itself for `FnOnce`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..syntax import ast
from ..types import ERROR, UNIT, Ty, ref
from . import build_let, ir


def state(root):
    """The function builder's record of its closures (created on first use)."""
    if "closure_bodies" not in root.__dict__:
        root.closure_bodies, root.capture_uses, root.closure_calls = [], {}, {}
        root.closure_mutated, root.fnonce_calls, root.capture_moves = set(), {}, {}
        root.fn_refs = set()
    return root


def attach(b, body: ir.Body) -> None:
    if "closure_bodies" in b.__dict__:
        body.closure_bodies, body.capture_uses = b.closure_bodies, b.capture_uses
        body.closure_calls, body.closure_mutated = b.closure_calls, b.closure_mutated
        body.capture_moves, body.fnonce_calls = b.capture_moves, b.fnonce_calls
        body.fn_refs = b.fn_refs
        body.escaping_closures = b.__dict__.get("escaping_closures", [])
        body.immutable_closures = b.__dict__.get("immutable_closures", [])


def closure_key(eid: int) -> str:
    return f"{{closure@{eid}}}"


def upvar_place(b, pat_id: int) -> ir.Place:
    """The place of upvar `pat_id` in a closure body: `_1.i` (behind a deref for a
    capture by reference) when the closure captured the whole variable, otherwise a
    `PendingUpvar` that becomes such a place once projected down to what it captured."""
    return _resolve(b.upvars[pat_id], ())


def _resolve(caps: tuple, proj: tuple) -> ir.Place:
    for projs, i, mode in caps:
        if proj[:len(projs)] == projs:
            base = ir.Place(1).field(i)
            if mode != "value":
                base = base.deref()
            return ir.Place(1, base.proj + proj[len(projs):])
        if mode != "value" and projs == proj + (("deref",),):
            # `r` when the closure captured `*r` (a reborrow): the captured reference
            # points where `r` does, so it stands for `r`'s value.
            return ir.Place(1).field(i)
    return PendingUpvar(-1, proj, caps)


@dataclass(frozen=True)
class PendingUpvar(ir.Place):
    """A place above every part of an upvar the closure captured (`p` when it captured
    `p.x`): only its projections are usable. Type checking captured an ancestor of each
    place the body uses, so a body never uses one as it is (`check_resolved`)."""
    caps: tuple = ()

    @property
    def is_local(self) -> bool:
        return False        # (not a local of the body: `let _ = p;` reads nothing)

    def field(self, i: int) -> ir.Place:
        return _resolve(self.caps, self.proj + (("field", i),))

    def index(self, local: int) -> ir.Place:
        return _resolve(self.caps, self.proj + (("index", local),))

    def deref(self) -> ir.Place:
        return _resolve(self.caps, self.proj + (("deref",),))


def check_resolved(body: ir.Body) -> None:
    """A toolchain bug guard: no statement of a closure body may hold a `PendingUpvar`."""
    for blk in body.blocks:
        _no_pending(body, blk.statements)
        _no_pending(body, blk.terminator)


def _no_pending(body: ir.Body, x) -> None:
    # (a module-level function: a recursive closure would be a reference cycle)
    if isinstance(x, PendingUpvar):
        raise AssertionError(f"closure body {body.name} uses an uncaptured place {x}")
    if isinstance(x, (list, tuple)):
        for v in x:
            _no_pending(body, v)
    elif hasattr(x, "__dataclass_fields__") and not isinstance(x, (Ty, ir.Const)):
        for name in x.__dataclass_fields__:
            _no_pending(body, getattr(x, name))


def source_place(b, c) -> ir.Place:
    """The place capture `c` takes in the function (or closure) that creates it."""
    place = var_place(b, c.pat_id, read=True)
    for p in c.projs:
        place = place.field(p[1]) if p[0] == "field" else place.deref()
    return place


def var_place(b, pat_id: int, read: bool) -> ir.Place:
    """The place of variable `pat_id` in builder `b` (an upvar in a closure body)."""
    if pat_id in b.upvars:
        return upvar_place(b, pat_id)
    local = b.var_local[pat_id]
    if read:
        b.var_reads.add(local)
    return ir.Place(local)


def closure_into(b, e: ast.Expr, k: ast.ExprClosure, dest: ir.Place) -> None:
    info = b.tcx.closures[e.id]
    key = closure_key(e.id)
    root = state(getattr(b, "closure_root", b))
    ops = []
    for c in info.captures:
        place = source_place(b, c)
        if c.mode == "value":
            op = b.read(place, c.ty, c.path_span)
            if isinstance(op, ir.Move):
                root.capture_moves[c.path_span] = k.decl_span
        else:
            mut = c.mode == "mut"
            tmp = b.temp(ref(c.ty, mut), k.decl_span)
            b.push(tmp, ir.Ref(place, mut, k.decl_span, c.path_span), k.decl_span)
            root.capture_uses[(k.decl_span.lo, k.decl_span.hi, place)] = \
                (c.name, c.path_span, c.use_span)
            op = ir.Move(tmp)
        ops.append(op)
    body = _build_body(b, root, e, k, info, key)
    root.closure_bodies.append(body)
    if info.escapes:    # returned as `impl Fn..` while borrowing locals: E0373
        root.__dict__.setdefault("escaping_closures", []).append((info, e.span))
    if info.immutable_writes:   # E0594/E0596 (borrowck/closure_escape.py)
        root.__dict__.setdefault("immutable_closures", []).append(info)
    if info.kind != "Fn" and info.kind_origin is not None:
        root.__dict__.setdefault("closure_kinds", {})[e.id] = info
    for c in info.captures:
        if c.mode == "value" and c.pat_id in body.__dict__.get("mutated_upvars", ()):
            place = var_place(b, c.pat_id, read=False)
            if type(place) is ir.Place and place.is_local:
                root.closure_mutated.add(place.local)
    b.push(dest, ir.MakeClosure(key, ops, _identity_args(b)), e.span)


def _identity_args(b) -> tuple:
    """The enclosing function's type parameters, as its instances will replace them."""
    sig = b.tcx.sigs.get(getattr(b, "fn_name", b.name))
    g = sig.generics if sig is not None else None
    if g is None or not g.names:
        return ()
    return tuple(Ty("param", n, id=i) for i, n in enumerate(g.names))


def _build_body(parent, root, e: ast.Expr, k: ast.ExprClosure, info, key: str) -> ir.Body:
    from .build import _Builder
    b = _Builder(key, parent.f, e.span, parent.res, parent.tcx)
    b.fn_name = getattr(parent, "fn_name", parent.name)
    b.closure_root = root
    caps: dict[int, tuple] = {}
    for i, c in enumerate(info.captures):
        caps[c.pat_id] = caps.get(c.pat_id, ()) + ((c.projs, i, c.mode),)
    b.upvars = caps
    b.new_local(info.ret, e.span)                               # _0
    b.new_local(parent.ty_of(e), k.decl_span)                   # _1: the closure
    destructured = []
    for p, t in zip(k.params, info.params):
        local_info = b.res.locals.get(p.pat.id)
        if local_info is not None and p.pat.id not in b.tcx.binding_modes:
            local = b.new_local(t, local_info.span, local_info.name, local_info.mutable)
            b.locals[local].pat_span = p.pat.span
            b.locals[local].is_param = True
            b.var_local[p.pat.id] = local
        else:
            local = b.new_local(t, p.span)
            destructured.append((p.pat, local))
    b.cur = b.new_block()
    for pat, local in destructured:
        build_let.bind_irrefutable(b, pat, ir.Place(local), b.locals[local].ty)
    mark = len(b.locals)
    b.expr_into(k.body, ir.Place(0))
    if not isinstance(k.body.kind, ast.ExprBlock):
        _drop_tail_temps(b, mark, k.body.span)
    from .build_drops import params
    params(b, e.span)      # (parameters taken by value are dropped at the closure's end)
    b.terminate(ir.Return())
    for blk in b.blocks:
        if blk.terminator is None:
            blk.terminator = ir.Unreachable()
    body = ir.Body(key, 1 + len(info.params), b.locals, b.blocks, e.span, b.var_reads,
                   b.loop_spans, b.groups, into_iter_moves=b.into_iter_moves)
    body.deref_writes = getattr(b, "deref_writes", [])
    body.method_spans = b.method_spans
    body.receiver_moved_before = b.receiver_moved_before
    body.op_spans = getattr(b, "op_spans", {})
    body.fake_reads = b.fake_reads
    body.scope_ends = getattr(b, "scope_ends", {})
    # Upvars this body writes (by value, so the captured variable needs `mut`).
    body.mutated_upvars = {pid for pid, caps in b.upvars.items() for _, i, mode in caps
                           if mode == "value" and any(_writes_field(blk, i) for blk in b.blocks)}
    body.upvar_names = [(c.name, c.mode != "value") for c in info.captures]
    # Closures nested in this one record their captures on the root (filled by now when
    # borrowck reads it): a conflict between two of them names the captured uses.
    body.capture_uses = root.capture_uses
    check_resolved(body)
    return body


def _writes_field(blk: ir.BasicBlock, i: int) -> bool:
    target = ir.Place(1).field(i)
    for st in blk.statements:
        p = st.place
        if p.local == 1 and p.proj[:1] == target.proj:
            return True
        rv = st.rvalue
        if isinstance(rv, ir.Ref) and rv.mutable and rv.place.local == 1 \
                and rv.place.proj[:1] == target.proj:
            return True
    return False


# -- calls of values ------------------------------------------------------------------------

def is_value_call(b, k: ast.ExprCall) -> bool:
    r = b.res.values.get(k.func.id)
    return r is None or r.kind == "local" \
        or r.kind in ("const", "static") and b.ty_of(k.func).kind == "fnptr"   # `const F: fn()`


def call_into(b, e: ast.Expr, k: ast.ExprCall, dest: ir.Place) -> None:
    ft = b.ty_of(k.func)
    if ft.kind == "fndef":
        # A function item held in a variable: its body is known statically (the
        # variable is read all the same).
        b.push(b.temp(ft, k.func.span), ir.Use(b.operand(k.func)), k.func.span)
        args = [b.operand(a) for a in k.args]
        nb = b.new_block()
        b.terminate(ir.Call(ft.name, args, dest, nb, e.span, ft.args, k.func.span))
        b.cur = nb
        return
    kind = _call_kind(b, ft)
    from . import build_dyn_fn
    if build_dyn_fn.applies(ft):         # a pointer to a `dyn Fn..`
        build_dyn_fn.call_into(b, e, k, ft, dest)
        return
    place, ft = _callee_place(b, k, ft)
    kind = _call_kind(b, ft)
    if kind == "FnOnce":
        callee = b.read(place, ft, k.func.span)
        if ft.kind == "closure" and ft.id in b.tcx.closures:
            root = state(getattr(b, "closure_root", b))
            root.fnonce_calls[(k.func.span.lo, k.func.span.hi)] = (e.span, b.tcx.closures[ft.id])
    else:
        mut = kind == "FnMut"
        tmp = b.temp(ref(ft, mut), k.func.span)
        b.push(tmp, ir.Ref(place, mut, k.func.span, k.func.span), k.func.span)
        callee = ir.Move(tmp)
        if mut and ft.kind == "closure":
            info = b.tcx.closures.get(ft.id)
            root = state(getattr(b, "closure_root", b))
            if info is not None and info.kind_origin is not None:
                root.closure_calls[(k.func.span.lo, k.func.span.hi)] = info
    args = [b.operand(a) for a in k.args]
    nb = b.new_block()
    b.terminate(ir.Call("", args, dest, nb, e.span, (), k.func.span, callee=callee))
    b.cur = nb


def _callee_place(b, k: ast.ExprCall, ft: Ty) -> tuple:
    """The called value's place and type: through references to a closure or a bounded
    `F` (`f(x)` with `f: &F`, typeck/closures.py `callee_sig`), the value behind them."""
    place = b.as_place(k.func, read=True)
    inner, n = ft, 0
    while inner.kind == "ref":
        inner, n = inner.args[0], n + 1
    if n and inner.kind in ("closure", "param", "opaque"):
        from .build_refs import derefs
        return derefs(place, n), inner
    return place, ft


def _call_kind(b, ft: Ty) -> str:
    if ft.kind == "closure":
        info = b.tcx.closures.get(ft.id)
        return info.kind if info is not None else "Fn"
    from ..typeck.closures import FN_TRAITS
    g = b.tcx.sigs.get(getattr(b, "fn_name", b.name))
    g = g.generics if g is not None else None
    if ft.kind == "param" and g is not None and 0 <= ft.id < len(g.bounds):
        for name, _ in g.bounds[ft.id]:
            if name in FN_TRAITS:
                return name
    if ft.kind == "opaque":
        got = b.tcx.opaque_sigs.get(ft.name)
        if got is not None:
            return got[0]
    return "Fn"


def fn_value(b, e: ast.Expr) -> ir.Operand:
    """A function item used as a value."""
    t = b.ty_of(e)
    state(getattr(b, "closure_root", b)).fn_refs.add(t.name)
    return ir.Const(ir.FnRef(t.name, t.args), t)


_ = (ERROR, UNIT)


def _drop_tail_temps(b, mark: int, span) -> None:
    """`|| d.read().unwrap().len()`: the temporaries of a closure body that is not a
    block drop when the body ends (a block body drops them at its closing brace)."""
    from ..source import Span
    from .build_drops import drop_locals, builder_needs
    dropped = b.__dict__.setdefault("_dropped", set())
    temps = [i for i in range(len(b.locals) - 1, mark - 1, -1)
             if b.locals[i].name is None and i not in dropped
             and builder_needs(b, b.locals[i].ty)]
    dropped.update(temps)
    drop_locals(b, temps, Span(span.hi - 1, span.hi))
