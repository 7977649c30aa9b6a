"""Lowering the typed AST to MIR (rustc_mir_build, for the current subset)."""

from __future__ import annotations

from dataclasses import dataclass

from ..resolve import Resolutions
from ..source import Span
from ..syntax import ast
from ..typeck import TypeckResults, is_copy
from ..types import BOOL, ERROR, PRIM_CONSTS, UNIT, Ty, is_box, subst
from .build_bitwise import bit_into
from ..typeck.bitwise import BIT_OPS
from ..resolve.pat_bindings import is_let_chain
from . import build_arrays, build_const, build_let, build_refs, build_traits, build_try, ir
from . import build_scopes, build_drops
from . import build_bytestr
from . import match_reads
from . import temporaries
from . import build_closures
from . import build_collections
from . import build_for_iter
from . import box_derefs
from . import build_deref
from . import build_overload
from . import build_cmp
from . import build_ord
from . import build_fmt_forward

# rustc's AssertKind messages for debug-mode arithmetic checks.
OVERFLOW_MSG = {"+": "attempt to add with overflow", "-": "attempt to subtract with overflow",
                "*": "attempt to multiply with overflow"}
DIV_ZERO_MSG = {"/": "attempt to divide by zero",
                "%": "attempt to calculate the remainder with a divisor of zero"}
PANIC_MACROS = ("panic", "unreachable", "todo", "unimplemented")
DIV_OVERFLOW_MSG = {"/": "attempt to divide with overflow",
                    "%": "attempt to calculate the remainder with overflow"}


def build_body(name: str, item: ast.Item, res: Resolutions, tcx: TypeckResults) -> ir.Body:
    """The MIR of one function (which type checked without errors)."""
    return _Builder(name, item.kind, item.span, res, tcx).build()


def _format_arg(s: ast.FormatSpec, ops: list[ir.Operand], ty: Ty) -> ir.FormatArg:
    def count(c) -> tuple[int | None, ir.Operand | None]:
        if isinstance(c, tuple):          # ("arg", index): taken from an argument at run time
            return None, ops[c[1]]
        return c, None

    width, width_op = count(s.width)
    precision, precision_op = count(s.precision)
    opts = ir.FormatOptions(fill=s.fill or " ", align=s.align, sign_plus=s.sign == "+",
                            alternate=s.alternate, zero_pad=s.zero_pad, width=width,
                            precision=precision, debug_hex=s.debug_hex)
    return ir.FormatArg(ops[s.arg], ty, s.trait, opts, width_op, precision_op)


class _GroupScope:
    def __init__(self, builder: "_Builder", group: ir.AssignGroup):
        self.builder, self.group = builder, group

    def __enter__(self) -> None:
        self.builder.open_groups.append(self.group)

    def __exit__(self, *exc) -> None:
        self.builder.open_groups.pop()


@dataclass
class _LoopScope:
    break_dest: ir.Place | None
    break_block: int
    continue_block: int
    target: int = -1            # the loop's or labelled block's expr id (`break 'a` names it)


class _Builder:
    def __init__(self, name: str, f: ast.Fn, span: Span, res: Resolutions, tcx: TypeckResults):
        self.name = name
        self.f = f
        self.span = span
        self.res = res
        self.tcx = tcx
        self.locals: list[ir.LocalDecl] = []
        self.blocks: list[ir.BasicBlock] = []
        self.cur = 0
        self.var_local: dict[int, int] = {}   # binding pat id -> local
        self.loops: list[_LoopScope] = []
        self.var_reads: set[int] = set()
        self.loop_spans: list[tuple[Span, Span]] = []
        self.groups: list[ir.AssignGroup] = []
        self.into_iter_moves: set[Span] = set()   # see ir.Body.into_iter_moves
        self.open_groups: list[ir.AssignGroup] = []   # assignments being lowered, innermost last
        self.or_selectors: dict[int, ir.Place] = {}   # or-pattern id -> which alternative matched
        self.method_spans: dict[int, Span] = {}
        self.receiver_moved_before: set[int] = set()
        self.op_spans: dict[int, tuple] = {}    # block ending in an operator's call
        self.fake_reads: dict[tuple[int, int], set[int]] = {}   # a let's initialiser (liveness only)
        self.upvars: dict[int, tuple] = {}   # in a closure body: pat id -> (field, mode)

    # -- scaffolding ------------------------------------------------------------------
    def new_local(self, ty: Ty, span: Span, name: str | None = None, mutable: bool = False) -> int:
        self.locals.append(ir.LocalDecl(ty, name, mutable, span))
        return len(self.locals) - 1

    def temp(self, ty: Ty, span: Span) -> ir.Place:
        return ir.Place(self.new_local(ty, span))

    def new_block(self) -> int:
        self.blocks.append(ir.BasicBlock())
        return len(self.blocks) - 1

    def push(self, place: ir.Place, rv: ir.Rvalue, span: Span) -> None:
        self._note_write(place)
        self.blocks[self.cur].statements.append(ir.Assign(place, rv, span))

    def terminate(self, t: ir.Terminator) -> None:
        if isinstance(t, ir.Call):
            self._note_write(t.dest)
        self.blocks[self.cur].terminator = t

    def _note_write(self, place: ir.Place) -> None:
        """Attribute a write of a whole user variable to the assignment being lowered."""
        if self.open_groups and place.is_local and self.open_groups[-1].local == place.local:
            self.open_groups[-1].locations.append((self.cur, len(self.blocks[self.cur].statements)))

    def assigning(self, local: int, span: Span, kind: str) -> "_GroupScope":
        g = ir.AssignGroup(local, span, kind)
        self.groups.append(g)
        return _GroupScope(self, g)

    def goto_new(self) -> int:
        """End the current block with a goto to a fresh block, and continue there."""
        nb = self.new_block()
        self.terminate(ir.Goto(nb))
        self.cur = nb
        return nb

    def diverged(self) -> None:
        """After a diverging expression, code continues in an unreachable block."""
        self.cur = self.new_block()

    def ty_of(self, e: ast.Expr) -> Ty:
        return self.tcx.expr_types.get(e.id, ERROR)

    # -- entry ------------------------------------------------------------------------
    def build(self) -> ir.Body:
        sig = self.tcx.sigs[self.name]
        self.new_local(sig.ret, self.span)                  # _0: the return place
        destructured = []
        params = sig.params
        sp = self.f.sig.self_param
        if sp is not None:   # a method's `self`: argument 1
            info = self.res.locals[sp.id]
            self.var_local[sp.id] = self.new_local(params[0], info.span, "self", info.mutable)
            self.locals[-1].is_param = True
            params = params[1:]
        for p, t in zip(self.f.sig.params, params):
            info = self.res.locals.get(p.pat.id)
            local = self.new_local(t, p.span, info.name if info else None,
                                   info.mutable if info else False)
            if info is not None:
                self.locals[local].pat_span = p.pat.span
                self.locals[local].is_param = True
                self.var_local[p.pat.id] = local
            else:
                destructured.append((p.pat, local))
        self.cur = self.new_block()
        for pat, local in destructured:
            build_let.bind_irrefutable(self, pat, ir.Place(local), self.locals[local].ty)
        assert self.f.body is not None
        self.block_into(self.f.body, ir.Place(0))
        build_drops.params(self, self.span)
        self.terminate(ir.Return())
        for b in self.blocks:
            if b.terminator is None:
                b.terminator = ir.Unreachable()
        body = ir.Body(self.name, len(sig.params), self.locals, self.blocks, self.span,
                       self.var_reads, self.loop_spans, self.groups,
                       into_iter_moves=self.into_iter_moves)
        body.deref_writes = getattr(self, "deref_writes", [])
        body.method_spans = self.method_spans
        body.receiver_moved_before = self.receiver_moved_before
        body.op_spans = self.op_spans
        body.fake_reads = self.fake_reads
        body.discr_reads = getattr(self, "discr_reads", {})
        body.temp_borrows = getattr(self, "temp_borrows", {})
        body.scope_ends = getattr(self, "scope_ends", {})
        body.smart_derefs = getattr(self, "smart_derefs", {})
        box_derefs.mark(body, self.tcx.adts)
        build_closures.attach(self, body)
        return body

    # -- blocks and statements -------------------------------------------------------
    def block_into(self, b: ast.Block, dest: ir.Place) -> None:
        scope = build_scopes.open_scope(self, b.span)
        stmts = b.stmts
        tail = None
        if stmts and isinstance(stmts[-1].kind, ast.StmtExpr) and not stmts[-1].kind.semi:
            tail = stmts[-1].kind.expr
            stmts = stmts[:-1]
        for s in stmts:
            self.stmt(s)
        build_drops.enter_tail(self)     # (the tail's temporaries drop before the locals)
        if tail is not None:
            self.expr_into(tail, dest)
        else:
            self.push(dest, ir.Use(ir.Const((), UNIT)), b.span)
        build_scopes.close_scope(self, scope)
        build_drops.exit_tail(self)

    def stmt(self, s: ast.Stmt) -> None:
        temporaries.enter_stmt(self, s)   # borrowed temporaries die at the statement's end
        build_drops.enter_stmt(self)
        self._stmt(s)
        temporaries.exit_stmt(self, s)
        build_drops.exit_stmt(self, s)

    def _stmt(self, s: ast.Stmt) -> None:
        k = s.kind
        if isinstance(k, ast.StmtLet) and k.init is None:   # `let x;` (resolve allows a name only)
            t = self.tcx.local_types.get(k.pat.id, ERROR)
            pk = k.pat.kind
            local = self.new_local(t, pk.ident.span, pk.ident.name, pk.mutable)
            decl = self.locals[local]
            decl.pat_span, decl.deferred = k.pat.span, True
            decl.ty_span = k.ty.span if k.ty is not None else None
            self.push(ir.Place(local), ir.Uninit(), s.span)
            self.var_local[k.pat.id] = local
        elif isinstance(k, ast.StmtLet):
            t = self.tcx.local_types.get(k.pat.id, ERROR)
            pk = k.pat.kind
            if isinstance(pk, ast.PatIdent) and k.pat.id not in self.tcx.binding_modes:
                local = self.new_local(t, pk.ident.span, pk.ident.name, pk.mutable)
                self.locals[local].pat_span = k.pat.span
                with self.assigning(local, k.init.span, "init"):
                    self.expr_into(k.init, ir.Place(local))
                self.var_local[k.pat.id] = local   # visible only after the initialiser
            elif k.else_ is not None:
                build_let.let_else(self, k)
            else:  # a destructuring pattern, or `_`: binds parts of the place, no move of it
                place = self.as_place(k.init, read=True)
                if place.is_local:    # (HIR liveness reads the initialiser, whatever binds)
                    at = (self.cur, len(self.blocks[self.cur].statements))
                    self.fake_reads.setdefault(at, set()).add(place.local)
                build_let.bind_irrefutable(self, k.pat, place, self.ty_of(k.init))
        elif isinstance(k, ast.StmtExpr):
            self.expr_into(k.expr, self.temp(self.ty_of(k.expr), k.expr.span))

    def bind_pattern(self, pat: ast.Pat, place: ir.Place, peeled: bool = False) -> None:
        """Bind the variables of an irrefutable pattern to parts of `place`."""
        k = pat.kind
        if isinstance(k, ast.PatIdent) and pat.id in self.res.values:
            pass   # a constant: tested, binds nothing
        elif not peeled and build_refs.bind_hook(self, pat, place):
            return
        elif isinstance(k, ast.PatIdent):
            t = self.tcx.local_types.get(pat.id, ERROR)
            local, _ = build_let.binding_local(self, pat, k, t)
            self.push(ir.Place(local), ir.Use(self.read(place, t, pat.span)), pat.span)
            self.var_local[pat.id] = local
            if k.sub is not None:
                self.bind_pattern(k.sub, place)
        elif isinstance(k, ast.PatParen):
            self.bind_pattern(k.pat, place)
        elif isinstance(k, ast.PatOr):
            build_let.bind_or(self, pat, k, place)
        elif isinstance(k, ast.PatSlice):
            build_arrays.bind_slice_pattern(self, pat, place)
        elif isinstance(k, ast.PatTuple):
            subs = [el for el in k.elems if not isinstance(el.kind, ast.PatRest)]
            for el, i in zip(subs, self.tcx.pat_tuple_fields[pat.id]):
                self.bind_pattern(el, place.field(i))
        elif isinstance(k, (ast.PatTupleStruct, ast.PatStruct)):
            offset = 1 if self.res.values[pat.id].kind == "variant" else 0
            subs = [f.pat for f in k.fields] if isinstance(k, ast.PatStruct) else \
                [el for el in k.elems if not isinstance(el.kind, ast.PatRest)]
            for el, i in zip(subs, self.tcx.pat_tuple_fields[pat.id]):
                self.bind_pattern(el, place.field(i + offset))

    # -- expressions ------------------------------------------------------------------
    def as_place(self, e: ast.Expr, read: bool) -> ir.Place:
        """The place `e` denotes, evaluating it into a temporary when it is a value."""
        k = e.kind
        if isinstance(k, ast.ExprParen):
            return self.as_place(k.expr, read)
        if isinstance(k, ast.ExprPath):
            r = self.res.values.get(e.id)
            if r is not None and r.kind == "local" and r.target in self.upvars:
                return build_closures.upvar_place(self, r.target)
            if r is not None and r.kind == "local":
                local = self.var_local[r.target]
                if read:
                    self.var_reads.add(local)
                return ir.Place(local)
        if isinstance(k, ast.ExprField):
            base = build_refs.derefs(self.as_place(k.expr, read or e.id in self.tcx.field_derefs),
                                     self.tcx.field_derefs.get(e.id, 0))
            return base.field(self.field_index(k.expr, k.ident.name))
        if isinstance(k, ast.ExprIndex):
            return build_arrays.index_place(self, e, read)
        if isinstance(k, ast.ExprUnary) and k.op == "*":
            return build_refs.deref_place(self, k, e)
        tmp = self.temp(self.ty_of(e), e.span)
        self.expr_into(e, tmp)
        return tmp

    def discr(self, target: tuple[str, int]) -> ir.Const:
        """The discriminant of variant `target` = (enum, index), stored first in its value."""
        from ..types import int_ty
        return ir.Const(self.tcx.adts[target[0]].variants[target[1]].discr, int_ty("isize"))

    def field_index(self, base: ast.Expr, name: str) -> int:
        t = self.ty_of(base)
        while t.kind == "ref" or is_box(t) or (t.kind == "adt" and t.name in ("Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard")):
            t = t.args[0]     # (auto-deref through references, boxes, `Rc`s, `Ref`s)
        if t.kind == "adt":
            return self.tcx.adts[t.name].names.index(name)
        return int(name)

    def is_copy(self, t: Ty) -> bool:
        # (a closure's body: its function's parameters and bounds)
        sig = self.tcx.sigs.get(getattr(self, "fn_name", self.name))
        g = sig.generics if sig is not None else None
        return is_copy(t, self.tcx.adts, g.copy_params() if g is not None else frozenset())

    def read(self, place: ir.Place, ty: Ty, span: Span) -> ir.Operand:
        """Use the value at `place`: a copy for `Copy` types, otherwise a move."""
        return ir.Copy(place, span) if self.is_copy(ty) else build_drops.read(self, place, ty, span)

    def borrow_operand(self, e: ast.Expr) -> ir.Operand:
        """The value of `e` read through a reference: a place is not moved out of."""
        k = e.kind
        while isinstance(k, ast.ExprParen):
            e = k.expr
            k = e.kind
        if isinstance(k, (ast.ExprField, ast.ExprIndex)) or (isinstance(k, ast.ExprPath) and
                                            self.res.values.get(e.id, None) is not None and
                                            self.res.values[e.id].kind == "local"):
            return ir.Copy(self.as_place(e, read=True), e.span)
        if isinstance(k, ast.ExprLit):
            return self.operand(e)
        # A value (`Coin::Dime`, a call) lives in a temporary that is read, not moved:
        # `assert_eq!` uses each operand twice, through references in rustc.
        tmp = self.temp(self.ty_of(e), e.span)
        self.expr_into(e, tmp)
        return ir.Copy(tmp, e.span)

    def operand(self, e: ast.Expr) -> ir.Operand:
        """Evaluate `e` and give an operand for its value."""
        if e.id in self.tcx.str_derefs and e.id != build_collections.skip(self):
            return build_collections.str_deref_operand(self, e)
        if e.id in self.tcx.deref_coercions and build_deref.applies(self, e):
            return build_deref.coerce_operand(self, e)
        if e.id in self.tcx.dyn_coercions and build_deref.dyn_applies(self, e):
            return build_deref.dyn_operand(self, e)
        k = e.kind
        if isinstance(k, ast.ExprLit) and k.lit.kind == "bytestr":
            return build_bytestr.operand(self, e)
        if isinstance(k, ast.ExprLit):
            return self.const(k.lit.value, self.ty_of(e))
        reborrow = build_refs.reborrow_operand(self, e)
        if reborrow is not None:
            return reborrow
        if isinstance(k, ast.ExprUnary) and k.op == "*":
            return self.read(self.as_place(e, read=True), self.ty_of(e), e.span)
        if isinstance(k, (ast.ExprPath, ast.ExprField)):
            r = self.res.values.get(e.id) if isinstance(k, ast.ExprPath) else None
            if isinstance(k, ast.ExprField) or (r is not None and r.kind == "local"):
                return self.read(self.as_place(e, read=True), self.ty_of(e), e.span)
            if r is not None and r.kind == "prim_const":
                return self.const(PRIM_CONSTS[r.target][0], self.ty_of(e))
            if r is not None and r.kind == "const_param":   # `N`: set by the instance
                return ir.Const(Ty("param", r.target[0], id=r.target[1]), self.ty_of(e))
            if r is not None and r.kind == "fn":
                return build_closures.fn_value(self, e)
            if (r is None or r.kind in ("assoc", "trait_item")) and self.ty_of(e).kind == "fndef":   # `i32::abs`, `ToString::to_string`
                return build_closures.fn_value(self, e)
            if r is not None and r.kind in ("ctor", "variant_ctor"):   # `.map(Some)`
                from . import build_ctor_fns
                return build_ctor_fns.value(self, e)
            if r is not None and r.kind in ("const", "static"):
                return build_const.const_operand(self, r.target, self.ty_of(e), e.span)
            if r is not None and r.kind == "unit_struct":
                tmp = self.temp(self.ty_of(e), e.span)
                self.push(tmp, ir.Aggregate([]), e.span)
                return ir.Move(tmp, e.span, build_drops.builder_needs(self, self.ty_of(e)))
            if r is not None and r.kind == "variant":
                tmp = self.temp(self.ty_of(e), e.span)
                self.push(tmp, ir.Aggregate([self.discr(r.target)]), e.span)
                return ir.Move(tmp, e.span, build_drops.builder_needs(self, self.ty_of(e)))
        if isinstance(k, ast.ExprParen):
            return self.operand(k.expr)
        tmp = self.temp(self.ty_of(e), e.span)
        self.expr_into(e, tmp)
        if build_drops.builder_needs(self, self.ty_of(e)):   # (moved on: not dropped here)
            return ir.Move(tmp, None, True)
        return ir.Copy(tmp)

    @staticmethod
    def const(value, ty: Ty) -> ir.Const:
        if ty.is_float:
            from ..interp.numeric import to_float
            return ir.Const(to_float(float(value), ty.name), ty)
        if ty.is_int and isinstance(value, int):
            # An out-of-range literal (`#[allow(overflowing_literals)]`) wraps, as in rustc.
            from ..interp.numeric import wrap_int
            value = wrap_int(value, ty.name)
        return ir.Const(value, ty)

    def expr_into(self, e: ast.Expr, dest: ir.Place) -> None:
        k = e.kind
        span = e.span
        if e.id in self.tcx.str_derefs and e.id != build_collections.skip(self):
            build_collections.str_deref_into(self, e, dest)
        elif e.id in self.tcx.deref_coercions and build_deref.applies(self, e):
            build_deref.coerce_into(self, e, dest)
        elif e.id in self.tcx.dyn_coercions and build_deref.dyn_applies(self, e):
            build_deref.dyn_into(self, e, dest)
        elif isinstance(k, ast.ExprPath) and build_refs.const_into(self, e, dest):
            pass
        elif isinstance(k, (ast.ExprLit, ast.ExprPath, ast.ExprField)) \
                or (isinstance(k, ast.ExprUnary) and k.op == "*"):
            self.push(dest, ir.Use(self.operand(e)), span)
        elif isinstance(k, ast.ExprAddrOf):
            build_refs.addr_of_into(self, e, k, dest)
        elif isinstance(k, ast.ExprTuple) and k.elems:
            ops = [self.operand(el) for el in k.elems]
            self.push(dest, ir.Aggregate(ops), span)
        elif isinstance(k, ast.ExprStruct):
            self.struct_into(e, k, dest)
        elif isinstance(k, ast.ExprMethodCall) and k.segment.ident.name == "len" \
                and e.id not in self.tcx.method_calls:
            build_arrays.len_into(self, e, k, dest)
        elif isinstance(k, (ast.ExprArray, ast.ExprRepeat, ast.ExprIndex)):
            build_arrays.array_into(self, e, k, dest)
        elif e.id in self.tcx.op_calls:     # an operator of the learner's type (build_overload.py)
            build_overload.into(self, e, k, dest)
        elif isinstance(k, (ast.ExprAssign, ast.ExprAssignOp)) and build_arrays.is_index_place(k.lhs):
            build_arrays.assign_index_into(self, e, k, dest)
        elif isinstance(k, ast.ExprMethodCall) and e.id in self.tcx.fmt_forwards:
            build_fmt_forward.method_into(self, e, k, dest)
        elif isinstance(k, ast.ExprMethodCall):
            build_refs.method_call_into(self, e, k, dest)
        elif isinstance(k, ast.ExprRange):     # `a..b` as a value: its struct's fields
            ops = [self.operand(x) for x in (k.lo, k.hi) if x is not None]
            if k.inclusive:
                ops.append(ir.Const(False, BOOL))     # `RangeInclusive`'s `exhausted`
            self.push(dest, ir.Aggregate(ops), span)
        elif isinstance(k, ast.ExprParen):
            self.expr_into(k.expr, dest)
        elif isinstance(k, ast.ExprUnary):
            self.unary_into(e, k, dest)
        elif isinstance(k, ast.ExprBinary):
            self.binary_into(e, k, dest)
        elif isinstance(k, ast.ExprAssign):
            place = self.place_of(k.lhs)
            build_refs.note_deref_write(self, place, span)
            if build_drops.rustc_needs_drop(self, self.ty_of(k.lhs)):
                span = k.lhs.span       # (rustc's drop-and-store is at the place)
            # A write through a reference is not an assignment of the variable holding it.
            with self.assigning(place.local if not build_refs.has_deref(place) else -1, span,
                                "assign"):
                if build_drops.assign_old(self, place, self.ty_of(k.lhs), span):
                    build_drops.assign_into(self, k.rhs, place, self.ty_of(k.lhs), span)
                else:
                    self.expr_into(k.rhs, place)
            self.push(dest, ir.Use(ir.Const((), UNIT)), span)
        elif isinstance(k, ast.ExprAssignOp):
            place = self.place_of(k.lhs)
            rhs, _ = build_refs.arith_operand(self, self.operand(k.rhs), self.ty_of(k.rhs))
            build_refs.note_deref_write(self, place, span)
            # The read of the variable itself is not a "use" for the unused lints.
            with self.assigning(place.local if not build_refs.has_deref(place) else -1, span,
                                "assign"):
                # (The read's span is the whole `x op= v`, where rustc reports E0381.)
                if k.op in BIT_OPS:
                    bit_into(self, k.op, ir.Copy(place, span), rhs, self.ty_of(k.lhs),
                             self.ty_of(k.rhs), place, span)
                else:
                    self.arith_into(k.op, ir.Copy(place, span), rhs, self.ty_of(k.lhs), place,
                                    span)
            self.push(dest, ir.Use(ir.Const((), UNIT)), span)
        elif isinstance(k, ast.ExprClosure):
            build_closures.closure_into(self, e, k, dest)
        elif isinstance(k, ast.ExprCall) and build_closures.is_value_call(self, k):
            build_closures.call_into(self, e, k, dest)
        elif isinstance(k, ast.ExprCall) and self.res.values[k.func.id].kind == "ctor":
            self.push(dest, ir.Aggregate([self.operand(a) for a in k.args]), span)
        elif isinstance(k, ast.ExprCall) and self.res.values[k.func.id].kind == "variant_ctor":
            target = self.res.values[k.func.id].target
            self.push(dest, ir.Aggregate([self.discr(target)] + [self.operand(a) for a in k.args]),
                      span)
        elif isinstance(k, ast.ExprCall) and e.id in self.tcx.trait_path_methods:
            build_refs.method_call_into(self, e, self.tcx.trait_path_methods[e.id], dest)
        elif isinstance(k, ast.ExprCall) and e.id in self.tcx.fmt_forwards:
            build_fmt_forward.call_into(self, e, k.args[0], k.args[1], dest)
        elif isinstance(k, ast.ExprCall) and self.res.values[k.func.id].kind == "fmt_ok":
            build_traits.ok_into(self, e, k, dest)
        elif isinstance(k, ast.ExprTry) and self.tcx.try_kinds.get(e.id, "fmt") != "fmt":
            build_try.try_into(self, e, k, dest, self.tcx.try_kinds[e.id])
        elif isinstance(k, ast.ExprTry):
            build_traits.try_into(self, e, k, dest)
        elif isinstance(k, ast.ExprCall):
            args = [self.operand(a) for a in k.args]
            r = self.res.values[k.func.id]
            nb = self.new_block()
            self.terminate(ir.Call(build_refs.assoc_key(self, k.func) or r.target, args, dest, nb,
                                   span, self.ty_of(k.func).args, k.func.span,
                                   self.tcx.trait_selves.get(k.func.id),
                                   trait_args=self.tcx.trait_call_args.get(k.func.id, ())))
            self.cur = nb
        elif isinstance(k, ast.ExprBlock) and k.label is not None:
            # A labelled block: `break 'a v` writes `v` to the block's destination and
            # jumps past it, like a `loop`'s break (it has no `continue`).
            exit_bb = self.new_block()
            self.loops.append(_LoopScope(dest, exit_bb, -1, e.id))
            self.block_into(k.block, dest)
            self.terminate(ir.Goto(exit_bb))
            self.loops.pop()
            self.cur = exit_bb
        elif isinstance(k, ast.ExprBlock):
            self.block_into(k.block, dest)
        elif isinstance(k, ast.ExprIf):
            self.if_into(k, dest)
        elif isinstance(k, ast.ExprWhile):
            self.loop_spans.append((Span(span.lo, k.cond.span.hi), span))
            self.while_into(k, dest, e.id)
        elif isinstance(k, ast.ExprLoop):
            self.loop_spans.append((Span(span.lo, span.lo + len("loop")), span))
            self.loop_into(k, dest, e.id)
        elif isinstance(k, ast.ExprForLoop):
            self.loop_spans.append((Span(span.lo, k.iter.span.hi), span))
            self.for_range_into(k, dest, e.id, e)
        elif isinstance(k, ast.ExprMatch):
            self.match_into(k, dest)
        elif isinstance(k, ast.ExprBreak):
            scope = self.scope_of(e, k.label)
            if k.value is not None and scope.break_dest is not None:
                self.expr_into(k.value, scope.break_dest)
            elif scope.break_dest is not None:
                self.push(scope.break_dest, ir.Use(ir.Const((), UNIT)), span)
            build_scopes.exit_scopes(self, scope)
            self.terminate(ir.Goto(scope.break_block))
            self.diverged()
        elif isinstance(k, ast.ExprContinue):
            build_scopes.exit_scopes(self, self.scope_of(e, k.label))
            self.terminate(ir.Goto(self.scope_of(e, k.label).continue_block))
            self.diverged()
        elif isinstance(k, ast.ExprReturn):
            if k.value is not None:
                self.expr_into(k.value, ir.Place(0))
            else:
                self.push(ir.Place(0), ir.Use(ir.Const((), UNIT)), span)
            build_drops.before_return(self, span)
            self.terminate(ir.Return())
            self.diverged()
        elif isinstance(k, ast.ExprBuiltinMacro):
            self.macro_into(e, k, dest)
        elif isinstance(k, ast.ExprTuple) and not k.elems:
            self.push(dest, ir.Use(ir.Const((), UNIT)), span)
        elif isinstance(k, ast.ExprCast) and k.expr.id in self.tcx.dyn_coercions:
            self.expr_into(k.expr, dest)    # `x as Box<dyn Trait>`: the unsizing is the cast
        elif isinstance(k, ast.ExprCast):
            src = self.ty_of(k.expr)
            if src.kind == "adt":   # a fieldless enum: its discriminant
                from ..types import int_ty
                place = self.as_place(k.expr, read=True)
                self.push(dest, ir.Cast(ir.Copy(place.field(0), k.expr.span), int_ty("isize"),
                                        self.ty_of(e)), span)
            else:
                op = self.operand(k.expr)
                self.push(dest, ir.Cast(op, src, self.ty_of(e)), span)
        else:  # typeck and resolve let nothing else through
            raise AssertionError(f"MIR lowering reached unexpected {type(k).__name__}")

    def scope_of(self, e: ast.Expr, label) -> _LoopScope:
        """The loop (or labelled block) a `break`/`continue` leaves; type checking
        proved it exists."""
        if label is None:
            return self.loops[-1]
        target = self.res.labels[e.id]
        return next(s for s in reversed(self.loops) if s.target == target)

    def place_of(self, e: ast.Expr) -> ir.Place:
        """The place an assignment writes (not a read of the variable)."""
        return self.as_place(e, read=False)

    def unary_into(self, e: ast.Expr, k: ast.ExprUnary, dest: ir.Place) -> None:
        ty = self.ty_of(e)
        if k.op == "-" and isinstance(k.expr.kind, ast.ExprLit):
            # A negative literal is a constant, never an overflowing negation.
            self.push(dest, ir.Use(self.const(-k.expr.kind.lit.value, ty)), e.span)
            return
        op, _ = build_refs.arith_operand(self, self.operand(k.expr), self.ty_of(k.expr))
        if k.op == "-" and ty.is_signed:
            from ..types import int_range
            lo, _ = int_range(ty.name)
            is_min = self.temp(BOOL, e.span)
            self.push(is_min, ir.BinaryOp("==", op, ir.Const(lo, ty), ty), e.span)
            nb = self.new_block()
            self.terminate(ir.Assert(ir.Copy(is_min), False, "attempt to negate with overflow",
                                     nb, e.span, ("neg", "-", (op,), ty)))
            self.cur = nb
        self.push(dest, ir.UnaryOp(k.op, op, ty), e.span)

    def binary_into(self, e: ast.Expr, k: ast.ExprBinary, dest: ir.Place) -> None:
        op = k.op
        if op in ("&&", "||"):
            # Short-circuit: evaluate rhs only when needed.
            self.expr_into(k.lhs, dest)
            rhs_bb, join = self.new_block(), self.new_block()
            if op == "&&":
                self.terminate(ir.SwitchBool(ir.Copy(dest), rhs_bb, join))
            else:
                self.terminate(ir.SwitchBool(ir.Copy(dest), join, rhs_bb))
            self.cur = rhs_bb
            self.expr_into(k.rhs, dest)
            self.terminate(ir.Goto(join))
            self.cur = join
            return
        if build_ord.user_ord_into(self, e, k, dest):   # `<` (..) with `PartialOrd` by hand
            return
        if build_traits.user_eq_into(self, e, k, dest):   # `PartialEq` by hand
            return
        if build_cmp.param_cmp_into(self, e, k, dest):   # `a == b` on a `T`: its `eq`
            return
        # Comparisons take their operands by reference (`PartialEq::eq(&a, &b)`): a
        # `String` or `Vec` compared is not moved.
        cmp = op in ("==", "!=", "<", "<=", ">", ">=")
        lhs = build_collections.compare_operand(self, k.lhs) if cmp else self.operand(k.lhs)
        rhs = build_collections.compare_operand(self, k.rhs) if cmp else self.operand(k.rhs)
        if e.id in self.tcx.cmp_rhs_derefs:     # `&u8 < &&u8` (typeck/cmp_deref.py)
            rhs = build_refs.deref_operand(self, rhs, self.ty_of(k.rhs),
                                           self.tcx.cmp_rhs_derefs[e.id], k.rhs.span)
        ty = self.ty_of(k.lhs)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            if build_cmp.cow_into(self, op, lhs, rhs, ty, self.ty_of(k.rhs), dest, e.span):
                return      # `cow == "x"`: what each side derefs to
            if build_cmp.typed_into(self, op, lhs, rhs, ty, dest, e.span):   # a learner's impl inside
                return
            self.push(dest, ir.BinaryOp(op, lhs, rhs, ty), e.span)
            return
        lhs, ty = build_refs.arith_operand(self, lhs, ty)
        rhs, _ = build_refs.arith_operand(self, rhs, self.ty_of(k.rhs))
        if op in BIT_OPS:
            bit_into(self, op, lhs, rhs, ty, self.ty_of(k.rhs), dest, e.span)
            return
        self.arith_into(op, lhs, rhs, ty, dest, e.span)

    def arith_into(self, op: str, lhs: ir.Operand, rhs: ir.Operand, ty: Ty, dest: ir.Place,
                   span: Span) -> None:
        """`dest = lhs op rhs` with rustc's debug-build checks."""
        if ty.is_float or ty.kind == "adt":   # IEEE 754: no panics, inf and NaN instead
            # (an adt: `String + &str`, the text concatenated: typeck/string_ops.py)
            self.push(dest, ir.BinaryOp(op, lhs, rhs, ty), span)
            return
        if op in OVERFLOW_MSG:
            pair = self.temp(Ty("tuple", args=(ty, BOOL)), span)
            self.push(pair, ir.CheckedBinaryOp(op, lhs, rhs, ty), span)
            nb = self.new_block()
            self.terminate(ir.Assert(ir.Copy(pair.field(1)), False, OVERFLOW_MSG[op],
                                     nb, span, ("overflow", op, (lhs, rhs), ty)))
            self.cur = nb
            self.push(dest, ir.Use(ir.Copy(pair.field(0))), span)
            return
        # `/` and `%`: divisor zero, then (signed) MIN / -1.
        is_zero = self.temp(BOOL, span)
        self.push(is_zero, ir.BinaryOp("==", rhs, ir.Const(0, ty), ty), span)
        nb = self.new_block()
        self.terminate(ir.Assert(ir.Copy(is_zero), False, DIV_ZERO_MSG[op], nb, span,
                                 ("div_zero" if op == "/" else "rem_zero", op, (lhs,), ty)))
        self.cur = nb
        if ty.is_signed:
            from ..types import int_range
            lo, _ = int_range(ty.name)
            is_m1 = self.temp(BOOL, span)
            self.push(is_m1, ir.BinaryOp("==", rhs, ir.Const(-1, ty), ty), span)
            is_min = self.temp(BOOL, span)
            self.push(is_min, ir.BinaryOp("==", lhs, ir.Const(lo, ty), ty), span)
            both = self.temp(BOOL, span)
            self.push(both, ir.BinaryOp("&", ir.Copy(is_m1), ir.Copy(is_min), BOOL), span)
            nb = self.new_block()
            self.terminate(ir.Assert(ir.Copy(both), False, DIV_OVERFLOW_MSG[op], nb, span,
                                     ("overflow", op, (lhs, rhs), ty)))
            self.cur = nb
        self.push(dest, ir.BinaryOp(op, lhs, rhs, ty), span)

    def if_into(self, k: ast.ExprIf, dest: ir.Place) -> None:
        if is_let_chain(k.cond):
            build_let.if_let_into(self, k, dest)
            return
        cond = build_drops.cond_operand(self, k.cond)
        then_bb, else_bb, join = self.new_block(), self.new_block(), self.new_block()
        self.terminate(ir.SwitchBool(cond, then_bb, else_bb))
        self.cur = then_bb
        self.block_into(k.then, dest)
        self.terminate(ir.Goto(join))
        self.cur = else_bb
        if k.else_ is not None:
            self.expr_into(k.else_, dest)
        else:
            self.push(dest, ir.Use(ir.Const((), UNIT)), k.then.span)
        self.terminate(ir.Goto(join))
        self.cur = join

    def while_into(self, k: ast.ExprWhile, dest: ir.Place, target: int = -1) -> None:
        if is_let_chain(k.cond):
            build_let.while_let_into(self, k, dest, target)
            return
        head = self.goto_new()
        early_exit = None
        if k.label is not None:
            # The label is in scope in the condition: `break 'a` there leaves the loop.
            early_exit = self.new_block()
            self.loops.append(_LoopScope(None, early_exit, head, target))
        cond = build_drops.cond_operand(self, k.cond)
        if early_exit is not None:
            self.loops.pop()
        body_bb, exit_bb = self.new_block(), early_exit if early_exit is not None else self.new_block()
        self.terminate(ir.SwitchBool(cond, body_bb, exit_bb))
        self.loops.append(_LoopScope(None, exit_bb, head, target))
        self.cur = body_bb
        self.block_into(k.body, self.temp(UNIT, k.body.span))
        self.terminate(ir.Goto(head))
        self.loops.pop()
        self.cur = exit_bb
        self.push(dest, ir.Use(ir.Const((), UNIT)), k.body.span)

    def struct_into(self, e: ast.Expr, k: ast.ExprStruct, dest: ir.Place) -> None:
        r = self.res.values[e.id]
        if r.kind == "variant":
            v = self.tcx.adts[r.target[0]].variants[r.target[1]]
            values = {f.ident.name: self.operand(f.expr) for f in k.fields}
            self.push(dest, ir.Aggregate([self.discr(r.target)] + [values[n] for n in v.names]),
                      e.span)
            return
        adt = self.tcx.adts[self.ty_of(e).name]
        given = {f.ident.name: f.expr for f in k.fields}
        # Field initialisers run in the order they are written; the value is laid out
        # in declaration order.
        values: dict[str, ir.Operand] = {}
        for f in k.fields:
            values[f.ident.name] = self.operand(f.expr)
        ops = []
        if k.base is not None:
            base = self.as_place(k.base, read=True)
            for i, name in enumerate(adt.names):
                ops.append(values[name] if name in given else
                           self.read(base.field(i), subst(adt.tys[i], self.ty_of(e).args),
                                     k.base.span))
        else:
            ops = [values[name] for name in adt.names]
        self.push(dest, ir.Aggregate(ops), e.span)

    def match_into(self, k: ast.ExprMatch, dest: ir.Place) -> None:
        """Arms are tried in order: each arm's tests jump to the next arm on failure.
        The match checker proved exhaustiveness, so falling off the end is unreachable."""
        scrut = self.as_place(k.scrutinee, read=True)
        ty = self.ty_of(k.scrutinee)
        join = self.new_block()
        for arm in k.arms:
            next_arm = self.new_block()
            with match_reads.scrutinee(self, k.scrutinee.span):
                self.test_pattern(arm.pat, scrut, ty, next_arm)
            mark = len(self.locals)
            self.bind_pattern(arm.pat, scrut)
            if arm.guard is not None:
                cond = self.operand(arm.guard)
                ok = self.new_block()
                self.terminate(ir.SwitchBool(cond, ok, next_arm))
                self.cur = ok
            self.expr_into(arm.body, dest)
            build_drops.bindings_end(self, mark, arm.body.span)    # (the arm's bindings)
            self.terminate(ir.Goto(join))
            self.cur = next_arm
        self.terminate(ir.Unreachable())
        self.cur = join

    def test_pattern(self, pat: ast.Pat, place: ir.Place, ty: Ty, fail: int,
                     peeled: bool = False) -> None:
        """Emit the tests of a refutable pattern: continue in the current block chain
        when `place` matches, jump to `fail` otherwise."""
        k = pat.kind
        if not peeled and build_refs.test_hook(self, pat, place, ty, fail):
            return
        if isinstance(k, ast.PatParen):
            self.test_pattern(k.pat, place, ty, fail)
        elif isinstance(k, ast.PatIdent) and pat.id in self.res.values:
            r = self.res.values[pat.id]
            value = build_const.const_operand(self, r.target, ty, pat.span)
            self.test(ir.BinaryOp("==", ir.Copy(place), value, ty), pat.span, fail)
        elif isinstance(k, ast.PatIdent):
            if k.sub is not None:
                self.test_pattern(k.sub, place, ty, fail)
        elif isinstance(k, ast.PatLit):
            self.test(ir.BinaryOp("==", ir.Copy(place), self.operand(k.expr), ty), pat.span, fail)
        elif isinstance(k, ast.PatRange):
            if k.lo is not None:
                self.test(ir.BinaryOp("<=", self.operand(k.lo), ir.Copy(place), ty), pat.span, fail)
            if k.hi is not None:
                op = "<=" if k.inclusive else "<"
                self.test(ir.BinaryOp(op, ir.Copy(place), self.operand(k.hi), ty), pat.span, fail)
        elif isinstance(k, ast.PatTuple):
            subs = [el for el in k.elems if not isinstance(el.kind, ast.PatRest)]
            for el, i in zip(subs, self.tcx.pat_tuple_fields[pat.id]):
                self.test_pattern(el, place.field(i), ty.args[i], fail)
        elif isinstance(k, ast.PatSlice):
            build_arrays.test_slice_pattern(self, pat, place, ty, fail)
        elif isinstance(k, (ast.PatTupleStruct, ast.PatStruct, ast.PatPath)):
            tys, offset = self.adt_pattern_fields(pat, ty, place, fail)
            subs = [f.pat for f in k.fields] if isinstance(k, ast.PatStruct) else \
                [el for el in getattr(k, "elems", []) if not isinstance(el.kind, ast.PatRest)]
            for el, i in zip(subs, self.tcx.pat_tuple_fields.get(pat.id, [])):
                self.test_pattern(el, place.field(i + offset), tys[i], fail)
        elif isinstance(k, ast.PatOr):
            build_let.test_or(self, pat, k, place, ty, fail)

    def adt_pattern_fields(self, pat: ast.Pat, ty: Ty, place: ir.Place, fail: int | None
                           ) -> tuple[list[Ty], int]:
        """Field types of the struct or variant a pattern names, and where its fields start
        in the value (after the discriminant for an enum). Tests the variant if `fail`."""
        r = self.res.values[pat.id]
        while ty.kind == "ref":   # (the field types come from the struct or enum's arguments)
            ty = ty.args[0]
        if r.kind == "variant":
            v = self.tcx.adts[r.target[0]].variants[r.target[1]]
            if fail is not None:
                from ..types import int_ty
                match_reads.discr_read(self, place, pat.span)
                self.test(ir.BinaryOp("==", ir.Copy(place.field(0)), self.discr(r.target),
                                      int_ty("isize")), pat.span, fail)
            return [subst(t, ty.args) for t in v.tys], 1
        return [subst(t, ty.args) for t in self.tcx.adts[ty.name].tys], 0

    def test(self, rv: ir.Rvalue, span: Span, fail: int) -> None:
        cond = self.temp(BOOL, span)
        self.push(cond, rv, span)
        ok = self.new_block()
        self.terminate(ir.SwitchBool(ir.Copy(cond), ok, fail))
        self.cur = ok

    def for_range_into(self, k: ast.ExprForLoop, dest: ir.Place, target: int = -1,
                       e: ast.Expr | None = None) -> None:
        """`for pat in lo..hi` / `lo..=hi` with `Range`/`RangeInclusive::next`'s semantics:
        empty when lo > hi, and an inclusive range ending at the type's MAX does not
        overflow (it remembers it is exhausted)."""
        it = self.ty_of(k.iter)
        if it.kind == "array" or (it.kind == "ref" and it.args[0].kind == "array"):
            return build_arrays.for_array_into(self, k, dest, target)
        if build_collections.is_dynamic(it.args[0] if it.kind == "ref" else it):
            return build_arrays.for_array_into(self, k, dest, target)   # a `Vec` or a slice
        if e is not None and build_for_iter.is_iter_loop(self, e):
            return build_for_iter.for_iter_into(self, e, k, dest, target)
        rng = k.iter
        while isinstance(rng.kind, ast.ExprParen):
            rng = rng.kind.expr
        ty = self.ty_of(rng.kind.lo)
        span = rng.span
        cur = self.temp(ty, span)
        end = self.temp(ty, span)
        self.expr_into(rng.kind.lo, cur)
        self.expr_into(rng.kind.hi, end)
        inclusive = rng.kind.inclusive
        done = self.temp(BOOL, span)
        if inclusive:
            self.push(done, ir.Use(ir.Const(False, BOOL)), span)
        head = self.goto_new()
        exit_bb, body_bb = self.new_block(), self.new_block()
        has = self.temp(BOOL, span)
        if inclusive:
            check_bb = self.new_block()
            self.terminate(ir.SwitchBool(ir.Copy(done), exit_bb, check_bb))
            self.cur = check_bb
            self.push(has, ir.BinaryOp("<=", ir.Copy(cur), ir.Copy(end), ty), span)
        else:
            self.push(has, ir.BinaryOp("<", ir.Copy(cur), ir.Copy(end), ty), span)
        self.terminate(ir.SwitchBool(ir.Copy(has), body_bb, exit_bb))
        self.cur = body_bb
        item = self.temp(ty, k.pat.span)
        self.push(item, ir.Use(ir.Copy(cur)), span)
        # Advance: cur < end here (exclusive) or is checked (inclusive), so +1 cannot overflow.
        if inclusive:
            more, step_bb, last_bb, go = self.temp(BOOL, span), self.new_block(), self.new_block(), self.new_block()
            self.push(more, ir.BinaryOp("<", ir.Copy(cur), ir.Copy(end), ty), span)
            self.terminate(ir.SwitchBool(ir.Copy(more), step_bb, last_bb))
            self.cur = step_bb
            self.push(cur, ir.BinaryOp("+", ir.Copy(cur), ir.Const(1, ty), ty), span)
            self.terminate(ir.Goto(go))
            self.cur = last_bb
            self.push(done, ir.Use(ir.Const(True, BOOL)), span)
            self.terminate(ir.Goto(go))
            self.cur = go
        else:
            self.push(cur, ir.BinaryOp("+", ir.Copy(cur), ir.Const(1, ty), ty), span)
        self.for_body(k, item, head, exit_bb, target, dest)

    def for_body(self, k: ast.ExprForLoop, item: ir.Place, head: int, exit_bb: int,
                 target: int, dest: ir.Place) -> None:
        """The rest of every `for` loop once `item` holds the next element: bind the
        pattern, run the body (in a loop scope that `break`/`continue`, labelled ones
        too, find by `target`), go back to `head`; the loop's value is `()`."""
        self.loops.append(_LoopScope(None, exit_bb, head, target))
        self.loops[-1].drop_mark = mark = len(self.locals)   # (each round's bindings drop)
        self.bind_loop_pattern(k.pat, item)
        self.block_into(k.body, self.temp(UNIT, k.body.span))
        build_drops.bindings_end(self, mark, k.body.span)
        build_drops.forget(self, mark)
        self.terminate(ir.Goto(head))
        self.loops.pop()
        self.cur = exit_bb
        self.push(dest, ir.Use(ir.Const((), UNIT)), k.body.span)

    def bind_loop_pattern(self, pat: ast.Pat, place: ir.Place) -> None:
        if isinstance(pat.kind, ast.PatIdent):
            t = self.tcx.local_types.get(pat.id, ERROR)
            local = self.new_local(t, pat.kind.ident.span, pat.kind.ident.name, pat.kind.mutable)
            self.locals[local].pat_span = pat.span
            with self.assigning(local, pat.span, "init"):
                op = ir.Copy(place) if not build_drops.builder_needs(self, t) \
                    else ir.Move(place, None, True)
                self.push(ir.Place(local), ir.Use(op), pat.span)
            self.var_local[pat.id] = local
        else:
            build_let.bind_irrefutable(self, pat, place, self.locals[place.local].ty)

    def loop_into(self, k: ast.ExprLoop, dest: ir.Place, target: int = -1) -> None:
        head = self.goto_new()
        exit_bb = self.new_block()
        self.loops.append(_LoopScope(dest, exit_bb, head, target))
        self.block_into(k.body, self.temp(UNIT, k.body.span))
        self.terminate(ir.Goto(head))
        self.loops.pop()
        self.cur = exit_bb

    # -- built-in macros ----------------------------------------------------------------
    def format(self, f: ast.ExprFormatArgs, span: Span) -> ir.Operand:
        # Each argument evaluated once, in order; formatting borrows them (no move).
        ops = [self.borrow_operand(a) for a in f.args]
        args = [_format_arg(s, ops, self.ty_of(f.args[s.arg])) for s in f.specs]
        from ..types import STR_REF
        text = self.temp(STR_REF, span)
        self.push(text, ir.Format(list(f.pieces), args), span)
        return ir.Copy(text)

    def intrinsic(self, name: str, args: list[ir.Operand], span: Span, returns: bool,
                  extra: tuple = ()) -> None:
        if returns:
            nb = self.new_block()
            self.terminate(ir.Intrinsic(name, args, None, nb, span, extra))
            self.cur = nb
        else:
            self.terminate(ir.Intrinsic(name, args, None, None, span, extra))
            self.diverged()

    def macro_into(self, e: ast.Expr, k: ast.ExprBuiltinMacro, dest: ir.Place) -> None:
        name = k.name.removeprefix("debug_")
        span = e.span
        if name in ("print", "println", "eprint", "eprintln"):
            text = self.format(k.fmt, span) if k.fmt is not None else ir.Const("", UNIT)
            # Expansion already put the `ln` variants' newline into the text.
            stream = "eprint" if name.startswith("e") else "print"
            self.intrinsic(stream, [text], span, True)
            self.push(dest, ir.Use(ir.Const((), UNIT)), span)
        elif name == "assert":
            cond = self.operand(k.args[0])
            ok, fail = self.new_block(), self.new_block()
            self.terminate(ir.SwitchBool(cond, ok, fail))
            self.cur = fail
            # Expansion gives the whole message: the custom one, or "assertion failed: COND".
            self.intrinsic("panic", [self.format(k.fmt, span)], span, False)
            self.cur = ok
            self.push(dest, ir.Use(ir.Const((), UNIT)), span)
        elif name in ("assert_eq", "assert_ne"):
            left, right = self.borrow_operand(k.args[0]), self.borrow_operand(k.args[1])
            ty = self.ty_of(k.args[0])
            eq = self.temp(BOOL, span)
            rty = self.ty_of(k.args[1])     # (`assert_eq!(cow, "x")`: rustc's impls for `Cow`)
            if e.id in self.tcx.cross_cmp:     # (`impl PartialEq<u32> for M`)
                build_traits.cross_assert_into(self, self.tcx.cross_cmp[e.id], left, right,
                                               (ty, rty), eq, span)
                if name == "assert_ne":
                    self.push(eq, ir.UnaryOp("!", ir.Copy(eq), BOOL), span)
            elif not build_cmp.assert_eq_call(self, ty, left, right, eq, span, rty):
                self.push(eq, ir.BinaryOp("==" if name == "assert_eq" else "!=", left, right, ty),
                          span)
            elif name == "assert_ne":   # (`eq` was called: the macro tests its negation)
                self.push(eq, ir.UnaryOp("!", ir.Copy(eq), BOOL), span)
            ok, fail = self.new_block(), self.new_block()
            self.terminate(ir.SwitchBool(ir.Copy(eq), ok, fail))
            self.cur = fail
            args = [left, right]
            if k.fmt is not None:
                args.append(self.format(k.fmt, span))
            self.intrinsic("assert_failed", args, span, False,
                           ("==" if name == "assert_eq" else "!=", ty, rty))
            self.cur = ok
            self.push(dest, ir.Use(ir.Const((), UNIT)), span)
        elif name in ("write", "writeln"):
            build_traits.write_into(self, e, k, dest)
        elif name in ("vec", "format"):
            build_collections.macro_into(self, e, k, dest)
        elif name in PANIC_MACROS:
            # Expansion gives the whole message, prefix included ("explicit panic", ...).
            self.intrinsic("panic", [self.format(k.fmt, span)], span, False)
        else:
            raise AssertionError(f"MIR lowering reached unexpected macro {k.name}!")
