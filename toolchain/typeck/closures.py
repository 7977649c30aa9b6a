"""Closures in the type checker (rustc_hir_typeck's `closure.rs` and `upvar.rs`).

A closure expression gets the type `Ty("closure", name, (params tuple, ret, upvars),
id=expr id)`: `name` is rustc's display `{closure@file:l:c: l:c}` (its `|..|` span),
and `upvars` is an inference variable that capture analysis sets, once the whole
enclosing body is inferred, to the tuple of what the closure holds (`&T`, `&mut T` or
`T` per captured variable, as rustc's `tupled_upvars_ty`). So `is_copy`, the borrow
checker's "does this hold a reference" and the machine's layout follow from the type.

The signature comes from the annotations, else from an expected `Fn*` bound (the
callee's `F: Fn(i32) -> i32`, registered by `expect`), else from fresh variables that
the body and the first calls decide (E0282 when nothing does).

Capture analysis (`finish`) walks each closure body like rustc's ExprUseVisitor: each
use of an upvar's place (`p.x`, `*r`) is a move, a mutation or a read, and
capture_places.py turns those uses into Rust 2021's precise captures: places captured
by value (`move`, or a moving use), by `&mut` or by `&`; moving a captured value out
makes the closure `FnOnce`, mutating one `FnMut`.

The `Fn`, `FnMut` and `FnOnce` traits are built in here (`FN_TRAITS`): when std becomes
Rust source they are its lang items `fn`, `fn_mut` and `fn_once`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, Ty, display, ref
from ..unsupported import unsupported
from . import capture_places, closure_returns
from .closure_returns import collect_opaques, opaque_ty  # noqa: F401 (check.py's)

FN_TRAITS = ("Fn", "FnMut", "FnOnce")
_RANK = {"Fn": 0, "FnMut": 1, "FnOnce": 2}


@dataclass
class Capture:
    pat_id: int
    name: str
    mode: str                  # "ref" | "mut" | "value"
    use_span: Span             # the first use that decided the mode
    ty: Ty = ERROR             # the captured place's type
    # The captured place below the variable (typeck/capture_places.py): projections,
    # the types after each, and the use of the place the borrow checker's labels name.
    projs: tuple = ()
    tys: tuple = ()
    path_span: Span | None = None


@dataclass
class ClosureInfo:
    expr: ast.Expr
    node: ast.ExprClosure
    params: list[Ty]
    ret: Ty
    upvars: Ty
    kind: str = "Fn"
    kind_origin: tuple | None = None     # (span, variable name) of what made it FnMut/FnOnce
    captures: list[Capture] = field(default_factory=list)
    arity_error: bool = False  # another number of parameters than its bound's (E0593)
    returned: bool = False     # the value a function returns as its `impl Fn..` type
    escapes: bool = False      # ... and borrows its locals: E0373 (closure_returns.py)
    static_call: object = None  # or the `thread::spawn(..)` requiring it `'static` (thread_spawn.py)
    # Mutations of captured places not declared `mut`: (span, "assign" | "borrow",
    # captured place, binding span), the borrow checker's E0594/E0596.
    immutable_writes: list = field(default_factory=list)

    @property
    def ty(self) -> Ty:
        return closure_ty(self.expr.id, self.name, self.params, self.ret, self.upvars)

    name: str = ""


def closure_ty(eid: int, name: str, params: list[Ty], ret: Ty, upvars: Ty) -> Ty:
    return Ty("closure", name, (Ty("tuple", args=tuple(params)), ret, upvars), id=eid)


def sig_of(t: Ty) -> tuple[list[Ty], Ty]:
    return list(t.args[0].args), t.args[1]


def display_name(fcx, k: ast.ExprClosure) -> str:
    src = fcx.res.source
    if src is None:
        return "{closure}"
    lo, hi = k.decl_span.lo, k.decl_span.hi
    l1, c1 = src.line_col(lo)
    l2, c2 = src.line_col(hi)
    return f"{{closure@{src.name}:{l1}:{c1}: {l2}:{c2}}}"


def infos(fcx) -> list[ClosureInfo]:
    return fcx.__dict__.setdefault("closure_infos", [])


# -- expectations from `Fn*` bounds ---------------------------------------------------------

def expect(fcx, var: Ty, trait: str, params: list[Ty], ret: Ty, call: Span | None = None
           ) -> None:
    """A generic argument bounded by `trait(params) -> ret`: a closure checked against it
    takes that signature (rustc's `deduce_closure_signature`). `call`: the call whose
    callee has the bound (E0593 points at it)."""
    fcx.__dict__.setdefault("closure_expect", []).append((var, trait, params, ret, call))


def _expected_sig(fcx, expected: Ty | None):
    if expected is None:
        return None
    x = fcx.infer.shallow(expected)
    if x.kind == "var":
        for var, trait, params, ret, call in reversed(fcx.__dict__.get("closure_expect", ())):
            if fcx.infer.shallow(var) == x:
                fcx.closure_expect_call = call
                return trait, params, ret
        return None
    if x.kind in ("param", "opaque"):
        return bound_sig(fcx, x)
    if x.kind == "dyn" and x.args:      # `Box::new(|x| ..)` as a `Box<dyn Fn(i32)>`
        from .dyn_fn import sig
        return sig(x)
    return None


def bound_sig(fcx, t: Ty):
    """(trait, params, ret) of the `Fn*` bound of type parameter (or opaque type) `t`."""
    if t.kind == "opaque":
        got = fcx.results.opaque_sigs.get(t.name)
        if got is None or not t.args:
            return got
        # (the opaque type of a generic function, for its caller's arguments)
        from ..types import subst
        return (got[0], [subst(p, t.args) for p in got[1]], subst(got[2], t.args)) + tuple(got[3:])
    from .bounds import param_bounds
    for name, span in param_bounds(fcx, t):
        if name in FN_TRAITS:
            return lower_bound_sig(fcx.res, name, span)
    return None


def lower_bound_sig(res, trait: str, span: Span):
    from .check import _lower_ty
    got = res.fn_bound_sigs.get(span)
    if got is None:
        return None
    inputs, output = got
    return trait, [_lower_ty(t, res) for t in inputs], _lower_ty(output, res)


# -- the closure expression -----------------------------------------------------------------

def check_closure(fcx, e: ast.Expr, k: ast.ExprClosure, expected: Ty | None) -> Ty:
    from .check import FnSig, _lower_ty
    if getattr(fcx, "cur_fn", None) is None:
        # A constant's initialiser (rustc's E0015 when it is called): not modelled.
        fcx.diags.append(unsupported(e.span, "closures in constants"))
        return ERROR
    fcx.closure_expect_call = None
    exp = _expected_sig(fcx, expected)
    if expected is not None and expected.is_error:
        # The argument of a call Ferrite refused (typeck/methods.py `_no_method`): its
        # parameters take the error type, so that nothing in the body follows from it.
        exp = ("FnMut", [ERROR] * len(k.params), ERROR)
    arity_error = False
    if exp is not None and len(exp[1]) != len(k.params):
        call = fcx.closure_expect_call
        if call is None:
            fcx.diags.append(unsupported(k.decl_span, "a closure taking another number of "
                                                      "arguments than expected"))
        else:
            _e0593(fcx, call, k, len(exp[1]))
        exp, arity_error = None, True
    params = []
    for i, p in enumerate(k.params):
        if p.ty is not None:
            from .holes import fill         # (`|x: _|`, `|v: Vec<_>|`)
            params.append(fill(fcx, _lower_ty(p.ty, fcx.res)))
        elif exp is not None:
            params.append(exp[1][i])
        else:
            params.append(fcx.infer.new_var())
    if k.ret is not None:
        from .holes import fill
        ret = fill(fcx, _lower_ty(k.ret, fcx.res))
    elif exp is not None:
        ret = exp[2]
    else:
        ret = fcx.infer.new_var()
    info = ClosureInfo(e, k, params, ret, fcx.infer.new_var(), name=display_name(fcx, k))
    info.returned = closure_returns.returned_directly(fcx, expected)
    # The body is checked with the closure's own return type and no enclosing loop.
    saved = (fcx.sig, fcx.loops, fcx.loop_cause, fcx.coerce_cause)
    sig = FnSig(params, ret, k.ret.span if k.ret is not None else None, k.decl_span,
                [p.span for p in k.params], k.decl_span, noun="closure",
                generics=fcx.sig.generics, self_ty=fcx.sig.self_ty)
    fcx.sig, fcx.loops, fcx.loop_cause, fcx.coerce_cause = sig, [], None, None
    try:
        for p, t in zip(k.params, params):
            fcx.check_pat(p.pat, t)
        if k.ret is not None:
            fcx.check_coerce(k.body, ret, fcx._return_cause)
        else:
            t = fcx.check_expr(k.body, ret)
            if not fcx.coerce(t, ret):
                fcx.mismatch(k.body.span, ret, t, expr=k.body)
    finally:
        fcx.sig, fcx.loops, fcx.loop_cause, fcx.coerce_cause = saved
    info.arity_error = arity_error
    infos(fcx).append(info)
    return info.ty


def _e0593(fcx, call: Span, k: ast.ExprClosure, want: int) -> None:
    """The closure's arity differs from its `Fn*` bound's (rustc's
    `report_arg_count_mismatch`)."""
    n = len(k.params)
    plural = lambda c: f"{c} argument" + ("" if c == 1 else "s")
    d = Diagnostic.error(f"closure is expected to take {plural(want)}, but it takes "
                         f"{plural(n)}", call, f"expected closure that takes {plural(want)}",
                         code="E0593")
    d.secondary(k.decl_span, f"takes {plural(n)}")
    fcx.diags.append(d)


# -- calls ----------------------------------------------------------------------------------

def callee_sig(fcx, ft: Ty, span: Span | None = None):
    """(kind, params, ret, closure info or None) of a callable value's type."""
    if ft.kind == "closure":
        params, ret = sig_of(ft)
        info = next((i for i in infos(fcx) if i.expr.id == ft.id), None)
        return "closure", params, ret, info
    if ft.kind in ("param", "opaque"):
        got = bound_sig(fcx, ft)
        if got is not None:
            return got[0], got[1], got[2], None
    if ft.kind == "ref":      # `f(x)` with `f: &F` or a `&mut` closure: autoderef the callee
        inner = fcx.infer.shallow(ft.args[0])
        while inner.kind == "ref":
            inner = fcx.infer.shallow(inner.args[0])
        if inner.kind in ("closure", "param", "opaque"):
            got = callee_sig(fcx, inner, span)
            if got is not None:
                return got
    if ft.kind in ("fnptr", "ref"):    # `fn(i32) -> i32`, also behind `&` (fn_ptr.py)
        from . import fn_ptr
        got = fn_ptr.callee(fcx, ft)
        if got is not None:
            return got
    if ft.kind in ("ref", "adt"):      # a pointer to a `dyn Fn..` (dyn_fn.py)
        from . import dyn_fn
        return dyn_fn.callee(fcx, ft, span)
    return None


def check_call(fcx, e: ast.Expr, k: ast.ExprCall, ft: Ty) -> Ty:
    got = callee_sig(fcx, ft, e.span)
    if got is None:
        return e0618(fcx, e, k, ft)
    kind, params, ret, info = got
    if len(k.args) != len(params):
        _e0057(fcx, e, k, params, info, kind == "fnptr")
        return ret
    found, bad = [], []
    for i, (a, pt) in enumerate(zip(k.args, params)):
        t = fcx.check_expr(a, pt)
        found.append(t)
        if not fcx.coerce(t, pt):
            bad.append(i)
    for i in bad[:1] if len(bad) == 1 else []:
        fcx.mismatch(k.args[i].span, params[i], found[i], _arg_cause(k, info, i), expr=k.args[i])
    if len(bad) > 1:
        fcx.diags.append(unsupported(e.span, "several mismatched arguments in a closure call"))
    return ret


def _arg_cause(k: ast.ExprCall, info: ClosureInfo | None, i: int):
    def decorate(d: Diagnostic) -> None:
        d.secondary(k.func.span, "arguments to this function are incorrect")
        if info is not None and i < len(info.node.params):
            note = Diagnostic("note", "closure parameter defined here")
            note.primary(info.node.params[i].span)
            d.children.append(note)
    return decorate


def _e0057(fcx, e: ast.Expr, k: ast.ExprCall, params: list[Ty], info, fn_ptr=False) -> None:
    from ..syntax.printer import expr_to_string
    n, m = len(params), len(k.args)
    plural = lambda c, w: f"{c} {w}" + ("" if c == 1 else "s")
    d = Diagnostic.error(f"this function takes {plural(n, 'argument')} but "
                         f"{plural(m, 'argument')} {'was' if m == 1 else 'were'} supplied",
                         k.func.span, code="E0061" if fn_ptr else "E0057")
    arg_types = [fcx.infer.resolve(fcx.check_expr(a, None)) for a in k.args]
    args_span = Span(k.func.span.hi, e.span.hi)
    if m > n and all(fcx.infer.unify(t, p) for t, p in zip(arg_types, params)):
        for i in range(n, m):
            num = f" #{i + 1}" if n > 0 else ""
            d.secondary(k.args[i].span, f"unexpected argument{num} of type "
                                        f"`{display(arg_types[i])}`")
        fix = "(" + ", ".join(expr_to_string(a) for a in k.args[:n]) + ")"
        help_ = ("remove the extra argument" + ("s" if m - n > 1 else ""), fix, "MachineApplicable")
    elif m < n and n - m == 1:
        missing = fcx.infer.resolve(params[m])
        d.secondary(args_span, f"argument #{m + 1} of type `{display(missing)}` is missing")
        fix = "(" + ", ".join([expr_to_string(a) for a in k.args] +
                              [f"/* {display(missing)} */"]) + ")"
        help_ = ("provide the argument", fix, "HasPlaceholders")
    else:
        fcx.diags.append(unsupported(e.span, "this wrong number of arguments to a closure"))
        return
    if info is not None:
        note = Diagnostic("note", "closure defined here")
        note.primary(info.node.decl_span)
        d.children.append(note)
    elif not fn_ptr and not _boxed_fn_note(fcx, d, k):
        # (a `fn` pointer's call has no definition to point at)
        fcx.diags.append(unsupported(e.span, "a wrong number of arguments to a bounded callable"))
        return
    d.help(help_[0], suggestions=[Suggestion(args_span, help_[1], help_[2], "ShowAlways")])
    fcx.diags.append(d)


def _boxed_fn_note(fcx, d: Diagnostic, k: ast.ExprCall) -> bool:
    """A `Box<dyn Fn..>` called: rustc's note points at std's `Fn` impl for `Box<F>`."""
    t = fcx.types.get(k.func.id)
    t = fcx.infer.resolve(t) if t is not None else None
    if t is None or t.kind != "adt" or t.name != "Box" or not t.args:
        return False
    from .dyn_fn import is_dyn_fn
    obj = fcx.infer.resolve(t.args[0])
    if not is_dyn_fn(obj):
        return False
    from ..std_locations import std_span
    note = Diagnostic("note", "implementation defined here")
    note.primary(std_span(f"impl {obj.name} for Box"))
    d.children.append(note)
    return True


def e0618(fcx, e: ast.Expr, k: ast.ExprCall, ft: Ty) -> Ty:
    """Calling a value that is not a function."""
    t = fcx.infer.resolve(ft)
    if t.kind not in ("int", "intvar", "float", "floatvar", "bool", "char", "tuple", "array",
                      "ref", "adt") or not isinstance(k.func.kind, ast.ExprPath):
        fcx.diags.append(unsupported(k.func.span, f"calling a value of type `{display(t)}`"))
    else:
        from ..resolve import Res
        d = Diagnostic.error(f"expected function, found `{display(t)}`", k.func.span,
                             code="E0618")
        r = fcx.res.values.get(k.func.id, Res("err"))
        info = fcx.res.locals.get(r.target) if r.kind == "local" else None
        if info is not None:
            d.secondary(info.span, f"`{info.name}` has type `{display(t)}`")
        # rustc labels the callee and the whole call.
        d.spans[0].label = ""
        d.secondary(e.span, "call expression requires function")
        fcx.diags.append(d)
    for a in k.args:
        fcx.check_expr(a, None)
    return ERROR


# -- after the body: captures, kinds, E0282 ----------------------------------------------

def finish(fcx) -> None:
    for e, t in fcx.__dict__.get("deferred_ops", ()):
        t = fcx.infer.shallow(t)
        if t.kind not in ("int", "intvar", "float", "floatvar", "var", "error"):
            fcx.diags.append(unsupported(e.span, f"an operator on `{display(fcx.infer.resolve(t))}` "
                                                 "decided after the operation"))
    for info in infos(fcx):
        _analyse(fcx, info)
    closure_returns.finish(fcx, infos(fcx))
    if "spawn_calls" in fcx.__dict__:
        from . import thread_spawn
        thread_spawn.check(fcx, infos(fcx))
    if "fn_ptr_closures" in fcx.__dict__:     # a closure made a `fn` pointer (fn_ptr.py)
        from . import fn_ptr
        fn_ptr.check_closures(fcx)
    if "dyn_fn_kinds" in fcx.__dict__:
        from . import dyn_fn
        dyn_fn.check_kinds(fcx)
    if not any(d.is_error for d in fcx.diags):
        for info in infos(fcx):
            for p, t in zip(info.node.params, info.params):
                if _has_var(fcx.infer.resolve(t)):
                    _e0282_param(fcx, p)
                    return


def record(fcx) -> None:
    """Each closure's facts for MIR and the borrow checker, with final types."""
    out = fcx.results.closures
    for info in infos(fcx):
        info.params = [fcx.infer.fallback(t) for t in info.params]
        info.ret = fcx.infer.fallback(info.ret)
        info.upvars = fcx.infer.fallback(info.upvars)
        for c in info.captures:
            c.ty = fcx.infer.fallback(c.ty)
            c.tys = tuple(fcx.infer.fallback(t) for t in c.tys)
        out[info.expr.id] = info


def _chain_base(e: ast.Expr) -> ast.Expr:
    """The expression a chain of fields, indices and derefs starts from."""
    k = e.kind
    while isinstance(k, (ast.ExprParen, ast.ExprField, ast.ExprIndex)) or \
            (isinstance(k, ast.ExprUnary) and k.op == "*"):
        e = k.expr
        k = e.kind
    return e


def _has_var(t: Ty) -> bool:
    return t.kind == "var" or any(_has_var(a) for a in t.args)


def _e0282_param(fcx, p: ast.ClosureParam) -> None:
    d = Diagnostic.error("type annotations needed", p.pat.span, code="E0282")
    at = Span(p.pat.span.hi, p.pat.span.hi)
    d.help("consider giving this closure parameter an explicit type",
           suggestions=[Suggestion(at, ": /* Type */", "HasPlaceholders", "ShowAlways")])
    fcx.diags.append(d)


def _drop_cut(fcx, u) -> int | None:
    """Where a by-value capture of `u` stops: before its first field of a type with a
    `Drop` impl, when the captured place is not `Copy`."""
    from .drop_checks import drop_adts
    drops = drop_adts(fcx.results)
    if not drops or fcx.is_copy(fcx.infer.resolve(u.tys[-1])):
        return None
    for j, p in enumerate(u.projs):
        t = fcx.infer.resolve(u.tys[j])
        if p[0] == "field" and t.kind == "adt" and t.name in drops:
            return j
    return None


def _analyse(fcx, info: ClosureInfo) -> None:
    upvars = fcx.res.closure_upvars.get(info.expr.id, [])
    if not upvars:
        fcx.infer.unify(info.upvars, Ty("tuple"))
        return
    uses = _Uses(fcx, set(upvars))
    uses.expr(info.node.body, "consume")
    found, kind, origin = capture_places.min_captures(uses.uses, info.node.move,
                                                      lambda u: _drop_cut(fcx, u))
    adts = fcx.results.adts
    names = {pid: (fcx.res.locals[pid].name if pid in fcx.res.locals else "_") for pid in upvars}
    caps = []
    for u in found:
        if u.kind == "uniq":
            # rustc's unique immutable borrow (a `&mut` reached through a captured place
            # that is not itself mutable): not modelled.
            fcx.diags.append(unsupported(u.kind_span, "a closure's unique borrow of data behind "
                                                      "a captured `&mut` reference"))
        mode = {"read": "ref", "mut": "mut", "uniq": "mut", "move": "value"}[u.kind]
        caps.append(Capture(u.pat_id, capture_places.place_name(names[u.pat_id], u.projs, u.tys,
                                                                adts),
                            mode, u.kind_span, u.tys[-1], u.projs, u.tys, u.path_span))
    used = {u.pat_id for u in found}
    for pid in upvars:
        if pid not in used:
            # Mentioned only where no use is seen (`let _ = x`, an expression the walk
            # does not know): the whole variable, as before precise captures.
            ty = fcx.infer.resolve(fcx.local_types.get(pid, ERROR))
            caps.append(Capture(pid, names[pid], "value" if info.node.move else "ref",
                                info.node.decl_span, ty, (), (ty,), info.node.decl_span))
    info.captures, info.kind = caps, kind
    info.kind_origin = None if origin is None else (
        origin.path_span, capture_places.place_name(names[origin.pat_id], origin.projs,
                                                    origin.tys, adts))
    seen = set()
    for u in uses.uses:
        local = fcx.res.locals.get(u.pat_id)
        if u.kind in ("mut", "uniq") and local is not None and u.pat_id not in seen and \
                not capture_places.capture_mutable(local.mutable, u.tys, u.projs):
            seen.add(u.pat_id)
            cap = next((c for c in caps if c.pat_id == u.pat_id and c.projs == u.projs), None)
            if cap is not None and u.site is not None and not info.node.move and \
                    not any(p[0] == "deref" for p in u.projs):
                # rustc's E0594/E0596 in the closure's body, reported by the borrow
                # checker (borrowck/closure_escape.py).
                info.immutable_writes.append((u.site[0], u.site[1], cap.name, local.span))
                continue
            fcx.diags.append(unsupported(u.kind_span, "mutating a captured variable that is not "
                                                      "declared `mut`, or data behind it"))
    tys = tuple(ref(c.ty) if c.mode == "ref" else ref(c.ty, True) if c.mode == "mut" else c.ty
                for c in caps)
    fcx.infer.unify(info.upvars, Ty("tuple", args=tys))


class _Uses:
    """Each use of an upvar's place in a closure body, in order (capture_places.PlaceUse)."""

    def __init__(self, fcx, upvars: set[int]):
        self.fcx, self.upvars = fcx, upvars
        self.uses: list[capture_places.PlaceUse] = []

    def ty(self, e: ast.Expr) -> Ty:
        return self.fcx.infer.resolve(self.fcx.types.get(e.id, ERROR))

    def copy(self, e: ast.Expr) -> bool:
        return self.fcx.is_copy(self.ty(e))

    def expr_place(self, e: ast.Expr):
        """(upvar pat id, projections, types) of a place expression rooted at an upvar,
        cut where a projection is not understood; None for any other expression."""
        k = e.kind
        if isinstance(k, ast.ExprParen):
            return self.expr_place(k.expr)
        if isinstance(k, ast.ExprPath):
            r = self.fcx.res.values.get(e.id)
            if r is None or r.kind != "local" or r.target not in self.upvars:
                return None
            return r.target, (), (self.ty(e),), True
        if isinstance(k, (ast.ExprField, ast.ExprIndex)) or \
                (isinstance(k, ast.ExprUnary) and k.op == "*"):
            base = self.expr_place(k.expr)
            if base is None or not base[3]:
                return base
            pid, projs, tys, _ = base
            n = 1 if isinstance(k, ast.ExprUnary) else \
                self.fcx.results.field_derefs.get(e.id, 0)
            for _ in range(n):
                t = self.fcx.infer.resolve(tys[-1])
                if t.kind != "ref":
                    return pid, projs, tys, False
                projs, tys = projs + (("deref",),), tys + (t.args[0],)
            if isinstance(k, ast.ExprIndex):
                return pid, projs + (("index",),), tys + (self.ty(e),), True
            if isinstance(k, ast.ExprField):
                t = self.fcx.infer.resolve(tys[-1])
                name = k.ident.name
                if t.kind == "adt" and t.name in self.fcx.results.adts and \
                        name in self.fcx.results.adts[t.name].names:
                    i = self.fcx.results.adts[t.name].names.index(name)
                elif t.kind == "tuple" and name.isdigit():
                    i = int(name)
                else:
                    return pid, projs, tys, False
                return pid, projs + (("field", i),), tys + (self.ty(e),), True
            return pid, projs, tys, True
        return None

    def add(self, pid: int, projs: tuple, tys: tuple, kind: str, span: Span) -> None:
        self.uses.append(capture_places.PlaceUse(pid, projs, tys, kind, span, span))

    def place(self, e: ast.Expr, mode: str, derefs: int = 0, site=None) -> None:
        """A place expression used as `mode` ("consume", "read", "mut", "move"), after
        `derefs` implicit derefs (a method's receiver). `site`: (span, "assign" or
        "borrow") of the mutation, for E0594/E0596."""
        got = self.expr_place(e)
        self.index_operands(e)
        if got is None:
            base = _chain_base(e)
            if not isinstance(base.kind, ast.ExprPath):
                self.expr(base, "consume")
            return
        pid, projs, tys, _ = got
        for _ in range(derefs):
            t = self.fcx.infer.resolve(tys[-1])
            if t.kind != "ref":
                break
            projs, tys = projs + (("deref",),), tys + (t.args[0],)
        t = self.fcx.infer.resolve(tys[-1])
        if mode == "consume" and ast.unparen(e).id in self.fcx.results.reborrows \
                and t.kind == "ref":
            # An implicit reborrow `&mut *r` (rustc's Deref + Borrow adjustments).
            projs, tys, mode = projs + (("deref",),), tys + (t.args[0],), "mut"
        elif mode == "consume":
            mode = "read" if self.fcx.is_copy(t) else "move"
        self.add(pid, projs, tys, mode, e.span)
        self.uses[-1].site = site

    def index_operands(self, e: ast.Expr) -> None:
        k = e.kind
        while isinstance(k, (ast.ExprParen, ast.ExprField, ast.ExprIndex, ast.ExprUnary)):
            if isinstance(k, ast.ExprUnary) and k.op != "*":
                return
            if isinstance(k, ast.ExprIndex):
                self.expr(k.index, "consume")
            k = k.expr.kind

    def expr(self, e: ast.Expr | None, mode: str = "consume") -> None:
        if e is None:
            return
        k = e.kind
        fcx = self.fcx
        if isinstance(k, (ast.ExprPath, ast.ExprField, ast.ExprIndex, ast.ExprParen)) or \
                (isinstance(k, ast.ExprUnary) and k.op == "*"):
            self.place(e, mode)
        elif isinstance(k, ast.ExprAddrOf):
            self.place(k.expr, "mut" if k.mutable else "read", site=(e.span, "borrow"))
        elif isinstance(k, ast.ExprAssign):
            self.place(k.lhs, "mut", site=(e.span, "assign"))
            self.expr(k.rhs)
        elif isinstance(k, ast.ExprAssignOp):
            self.place(k.lhs, "mut", site=(e.span, "assign"))
            self.expr(k.rhs)
        elif isinstance(k, ast.ExprMethodCall):
            callee = fcx.results.method_calls.get(e.id)
            derefs = callee.derefs if callee is not None else 0
            if callee is None or callee.autoref == "&":
                rmode = "read"
            elif callee.autoref == "&mut":
                rmode = "mut"
            elif callee.derefs:
                rmode = "read"
            elif self.ty(k.receiver).kind == "ref":
                # A reference receiver passed on is reborrowed (`&*r`, `&mut *r`).
                rmode = "mut" if self.ty(k.receiver).mutable else "read"
                derefs = 1
            else:
                rmode = "consume"
            self.place(k.receiver, rmode, derefs, site=(k.receiver.span, "borrow"))
            for a in k.args:
                self.expr(a)
        elif isinstance(k, ast.ExprCall):
            ft = fcx.infer.resolve(fcx.types.get(k.func.id, ERROR))
            got = callee_sig(fcx, ft) if ft.kind in ("closure", "param", "opaque") else None
            if got is not None:
                ck = got[3].kind if got[3] is not None else got[0]
                self.place(k.func, "read" if ck == "Fn" else "mut" if ck == "FnMut" else "consume")
            else:
                self.expr(k.func, "read")
            for a in k.args:
                self.expr(a)
        elif isinstance(k, ast.ExprBinary):
            cmp = k.op in ("==", "!=", "<", "<=", ">", ">=")
            self.expr(k.lhs, "read" if cmp else "consume")
            self.expr(k.rhs, "read" if cmp else "consume")
        elif isinstance(k, (ast.ExprUnary, ast.ExprCast)):
            self.expr(k.expr)
        elif isinstance(k, ast.ExprBlock):
            self.block(k.block, mode)
        elif isinstance(k, ast.ExprIf):
            self.cond(k.cond)
            self.block(k.then, mode)
            self.expr(k.else_, mode)
        elif isinstance(k, ast.ExprWhile):
            self.cond(k.cond)
            self.block(k.body, "consume")
        elif isinstance(k, ast.ExprLoop):
            self.block(k.body, "consume")
        elif isinstance(k, ast.ExprForLoop):
            self.expr(k.iter)
            self.block(k.body, "consume")
        elif isinstance(k, ast.ExprMatch):
            self.place(k.scrutinee, "consume" if any(self.moves(a.pat) for a in k.arms)
                       else "read")
            for arm in k.arms:
                self.expr(arm.guard)
                self.expr(arm.body, mode)
        elif isinstance(k, (ast.ExprReturn, ast.ExprBreak)):
            self.expr(k.value)
        elif isinstance(k, (ast.ExprTuple, ast.ExprArray)):
            for el in k.elems:
                self.expr(el)
        elif isinstance(k, ast.ExprRepeat):
            self.expr(k.elem)
        elif isinstance(k, ast.ExprStruct):
            for f in k.fields:
                self.expr(f.expr)
            if k.base is not None:
                self.place(k.base, "read")
        elif isinstance(k, ast.ExprBuiltinMacro):
            name = k.name.removeprefix("debug_")
            for a in k.args:
                self.expr(a, "consume" if name == "assert" else "read")
            if k.fmt is not None:
                for a in k.fmt.args:
                    self.place(a, "read")
        elif isinstance(k, ast.ExprFormatArgs):
            for a in k.args:
                self.place(a, "read")
        elif isinstance(k, ast.ExprClosure):
            info = next((i for i in infos(fcx) if i.expr.id == e.id), None)
            for c in info.captures if info is not None else []:
                if c.pat_id in self.upvars:
                    m = {"ref": "read", "mut": "mut"}.get(c.mode)
                    if m is None:
                        m = "read" if fcx.is_copy(c.ty) else "move"
                    self.add(c.pat_id, c.projs, c.tys, m, c.path_span)
        elif isinstance(k, ast.ExprTry):
            self.expr(k.expr)
        elif isinstance(k, ast.ExprLet):
            self.place(k.expr, "consume" if self.moves(k.pat) else "read")

    def note(self, e: ast.Expr, mode: str) -> None:
        self.place(e, mode)

    def cond(self, e: ast.Expr) -> None:
        self.expr(e)

    def block(self, b: ast.Block, mode: str) -> None:
        for i, s in enumerate(b.stmts):
            k = s.kind
            last = i == len(b.stmts) - 1
            if isinstance(k, ast.StmtLet):
                if k.init is not None and not isinstance(k.pat.kind, ast.PatWild):
                    if isinstance(k.pat.kind, ast.PatIdent) and k.pat.id not in \
                            self.fcx.results.binding_modes:
                        self.expr(k.init)
                    else:
                        self.place(k.init, "consume" if self.moves(k.pat) else "read")
                if k.else_ is not None:
                    self.block(k.else_, "consume")
            elif isinstance(k, ast.StmtExpr):
                self.expr(k.expr, mode if last and not k.semi else "consume")

    def moves(self, p: ast.Pat) -> bool:
        """Does the pattern bind some non-`Copy` part by value?"""
        k = p.kind
        if isinstance(k, ast.PatIdent) and p.id not in self.fcx.res.values:
            if p.id in self.fcx.results.binding_modes:
                return False
            return not self.fcx.is_copy(self.fcx.local_types.get(p.id, ERROR)) or \
                (k.sub is not None and self.moves(k.sub))
        subs = []
        for name in ("elems", "alts"):
            subs += getattr(k, name, None) or []
        subs += [f.pat for f in getattr(k, "fields", None) or []]
        inner = getattr(k, "pat", None)
        if isinstance(inner, ast.Pat):
            subs.append(inner)
        return any(self.moves(s) for s in subs)


# -- `Fn*` bounds at calls -----------------------------------------------------------------

def check_fn_bound(fcx, ob) -> None:
    """The obligation `ob.ty: Fn*(params) -> ret` once the caller is inferred."""
    t = fcx.infer.resolve(ob.ty)
    if t.is_error:
        return
    want = ob.fn_sig
    if t.kind == "closure":
        info = next((i for i in infos(fcx) if i.expr.id == t.id), None)
        if info is None or info.arity_error:     # (E0593 said it)
            return
        if _RANK[info.kind] > _RANK[ob.trait]:
            _e0525(fcx, ob, info)
            return
        if want is not None:
            params, ret = sig_of(t)
            if len(params) == len(want[0]) and not all(
                    fcx.infer.unify(a, b) for a, b in zip(params, want[0])):
                _e0631(fcx, ob, info, params, want[0])
            elif not fcx.infer.unify(ret, want[1]):
                fcx.diags.append(unsupported(ob.arg or ob.func, "a closure returning another "
                                             "type than its bound's"))
        return
    if t.kind in ("fndef", "ctor", "variant_ctor"):   # a function item (typeck/fn_items.py)
        from . import fn_items
        fn_items.check_bound(fcx, ob, t)
        return
    if t.kind == "fnptr":      # `fn(i32) -> i32` implements all three (fn_ptr.py)
        from . import fn_ptr
        fn_ptr.check_bound(fcx, ob, t)
        return
    if t.kind in ("param", "opaque"):
        got = bound_sig(fcx, t)
        if got is None or _RANK[got[0]] > _RANK[ob.trait]:
            fcx.diags.append(unsupported(ob.arg or ob.func, f"`{display(t)}` lacking the bound "
                                         f"`{ob.trait}`"))
        elif want is not None and not (all(fcx.infer.unify(a, b) for a, b in zip(got[1], want[0]))
                                       and fcx.infer.unify(got[2], want[1])):
            fcx.diags.append(unsupported(ob.arg or ob.func, "a callable whose signature differs "
                                         "from its `Fn` bound"))
        return
    if t.kind == "ref" and fcx.infer.resolve(t.args[0]).kind in ("closure", "fndef", "param",
                                                                   "opaque", "ref", "fnptr") \
            and not (t.mutable and ob.trait == "Fn"):   # (`&mut F: Fn` never holds: E0277)
        # std's `impl<F: Fn> Fn for &F` and `impl<F: FnMut> FnMut for &mut F`: the
        # reference is callable as the callee behind it, which must be `Fn` (`FnMut`).
        inner = replace(ob, ty=t.args[0], trait="FnMut" if t.mutable else "Fn")
        check_fn_bound(fcx, inner)
        return
    from .fn_item_errors import not_callable
    if not_callable(fcx, ob, t):        # `apply(5, 3)`: rustc's E0277
        return
    fcx.diags.append(unsupported(ob.arg or ob.func, f"`{display(t)}` where a closure is expected"))


def coerce_opaque(fcx, found: Ty, expected: Ty) -> bool:
    return closure_returns.coerce(fcx, found, expected)


def field_not_method(fcx, d: Diagnostic, e: ast.Expr, k: ast.ExprMethodCall, base: Ty) -> bool:
    """E0599 on `self.f(x)` where `f` is a field holding a callable: rustc says so and
    suggests `(self.f)(x)`."""
    if base.kind != "adt" or base.name not in fcx.results.adts:
        return False
    layout = fcx.results.adts[base.name]
    name = k.segment.ident.name
    if layout.kind == "enum" or name not in layout.names:
        return False
    from ..types import subst
    t = fcx.infer.resolve(subst(layout.tys[layout.names.index(name)], base.args))
    if t.kind == "closure":
        what = "closure"
    elif t.kind == "fnptr":
        what = "function pointer"
    elif t.kind in ("param", "opaque") and bound_sig(fcx, t) is not None:
        what = "type parameter" if t.kind == "param" else None
    else:
        what = None
    if what is None:
        return False
    d.spans[0].label = "field, not a method"
    recv = k.receiver.span
    d.help(f"to call the {what} stored in `{name}`, surround the field access with parentheses",
           suggestions=[Suggestion(Span(recv.lo, recv.lo), "(", "MachineApplicable", "ShowAlways"),
                        Suggestion(Span(k.segment.ident.span.hi, k.segment.ident.span.hi), ")",
                                   "MachineApplicable", "ShowAlways")])
    return True


def _e0525(fcx, ob, info: ClosureInfo) -> None:
    d = Diagnostic.error(f"expected a closure that implements the `{ob.trait}` trait, but this "
                         f"closure only implements `{info.kind}`", info.node.decl_span,
                         f"this closure implements `{info.kind}`, not `{ob.trait}`", code="E0525")
    if info.kind_origin is not None:
        span, name = info.kind_origin
        why = "moves the variable" if info.kind == "FnOnce" else "mutates the variable"
        tail = " out of its environment" if info.kind == "FnOnce" else ""
        d.secondary(span, f"closure is `{info.kind}` because it {why} `{name}`{tail}")
    d.secondary(ob.arg or ob.func, f"the requirement to implement `{ob.trait}` derives from here")
    d.secondary(ob.func, "required by a bound introduced by this call")
    from .bounds import _note
    d.children.append(_note(fcx, ob))
    fcx.diags.append(d)


def _e0631(fcx, ob, info: ClosureInfo, found: list[Ty], want: list[Ty]) -> None:
    call = ob.call_span or ob.func
    d = Diagnostic.error("type mismatch in closure arguments", call, "expected due to this",
                         code="E0631")
    d.secondary(info.node.decl_span, "found signature defined here")
    show = lambda ts: "fn(" + ", ".join(display(fcx.infer.resolve(t)) for t in ts) + ") -> _"
    d.note(f"expected closure signature `{show(want)}`\n"
           f"   found closure signature `{show(found)}`")
    from .bounds import _note
    d.children.append(_note(fcx, ob))
    fcx.diags.append(d)


def expect_bound(fcx, ob, args: tuple) -> None:
    """The callee's `F: Fn*(..) -> R` bound for this call: the argument's expected
    signature (with the call's generic arguments) and the obligation's."""
    from ..types import subst
    got = lower_bound_sig(fcx.res, ob.trait, ob.bound)
    if got is None:
        return
    params = [subst(t, args) for t in got[1]]
    ret = subst(got[2], args)
    ob.fn_sig = (params, ret)
    expect(fcx, ob.ty, ob.trait, params, ret, ob.call_span)


def unknown_operands(fcx, a: Ty, b: Ty, e: ast.Expr) -> tuple[Ty, Ty]:
    """Operands of an arithmetic operator whose types are not known yet (closure
    parameters before the calls decide them). rustc defers the `Add` obligation; with
    the built-in impls of numbers it ends up as the other operand's type, taken here.
    When both are unknown, the result is their common type, which must turn out to be
    a number (checked by `finish`)."""
    if fcx.sig.noun != "closure":
        return a, b           # (outside closures, the operator's usual error follows)
    if a.kind == "var" and b.kind not in ("int", "intvar", "float", "floatvar", "var"):
        return a, b
    if b.kind == "var" and a.kind not in ("int", "intvar", "float", "floatvar", "var"):
        return a, b
    fcx.infer.unify(a, b)
    a = fcx.infer.shallow(a)
    if a.kind == "var":
        fcx.__dict__.setdefault("deferred_ops", []).append((e, a))
    return a, fcx.infer.shallow(b)


def _closure_like(t: Ty) -> bool:
    return t.kind == "closure" or is_fn_opaque(t) or any(_closure_like(a) for a in t.args)


def is_fn_opaque(t: Ty) -> bool:
    """`impl Fn(i32) -> i32` (a returned closure), not another `impl Trait` (opaque.py)."""
    return t.kind == "opaque" and t.name.startswith(("impl Fn(", "impl FnMut(", "impl FnOnce("))


def mismatch_unsupported(fcx, span: Span, exp: Ty, fnd: Ty) -> bool:
    """A type mismatch involving a closure: rustc coerces closures to `fn` pointers and
    words these errors its own way (the expected closure, "no two closures have the
    same type"); not modelled yet."""
    from .fn_ptr import mismatch_unsupported as fn_ptr_unsupported
    if fn_ptr_unsupported(fcx, span, exp, fnd):
        return True
    if not (_closure_like(exp) or _closure_like(fnd)):
        return False
    if getattr(fcx, "fn_ptr_capture_error", False):   # (worded by typeck/fn_ptr.py)
        return False
    fcx.diags.append(unsupported(span, "this use of a closure's type"))
    return True


def fmt_unsupported(fcx, t: Ty, span: Span) -> bool:
    """Formatting a closure or function: rustc's E0277 suggests calling it (not modelled)."""
    from .fn_ptr import mentions
    if mentions(t):      # (`{:?}` prints its address, which Ferrite has not)
        fcx.diags.append(unsupported(span, "formatting a `fn` pointer"))
        return True
    if t.kind not in ("closure", "fndef", "opaque"):
        return False
    fcx.diags.append(unsupported(span, "formatting a closure or a function"))
    return True
