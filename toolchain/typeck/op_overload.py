"""Operators on the learner's types through std's operator traits (std/ops.rs): `a + b`
is `Add::add(a, b)`, `a += b` is `AddAssign::add_assign(&mut a, b)`, `-a` is
`Neg::neg(a)`, as rustc's `check_overloaded_binop` has them.

On primitive types the operators stay built in (check.py's fast path, as rustc's
built-in binops); here the left operand is one of the learner's structs or enums (or
a reference to one), or a type parameter with the operator's trait as a bound.

Like rustc, the impl is looked up for the left type with the right type open: when
the left type has a single impl of the trait, its `Rhs` is the expectation the right
operand is coerced to (so `v * v` with only `impl Mul<f64> for Vec2` is an E0308 at
the right operand); with several, the right operand's own type selects one. The
result type is the selected impl's `Output`.

What MIR needs is recorded in `TypeckResults.op_calls` (expr id -> `OpCall`): the
callee (the impl's method, or `<Self as Add>::add` through a bound, with
`trait_selves`/`trait_call_args`), whose impl arguments go through `method_args`
like a generic method call's (mir/build_overload.py lowers it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics.model import Diagnostic
from ..std import is_std_span
from ..syntax import ast
from ..types import ERROR, UNIT, Ty, display, subst
from ..unsupported import unsupported
from .op_traits import BINARY_TRAITS, UNARY_TRAITS

# trait -> its method (rustc's lang items' methods)
METHODS = {"Index": "index", "Add": "add", "Sub": "sub", "Mul": "mul", "Div": "div", "Rem": "rem",
           "BitAnd": "bitand", "BitOr": "bitor", "BitXor": "bitxor", "Shl": "shl", "Shr": "shr",
           "Neg": "neg", "Not": "not"}
METHODS.update({f"{t}Assign": f"{m}_assign" for t, m in list(METHODS.items())
                if t not in ("Neg", "Not")})


@dataclass(frozen=True)
class OpCall:
    key: str                     # the callee's body key
    kind: str                    # "binary", "assign", "unary"
    trait: str


# std's types whose operator impls are Rust in Ferrite's std (std/time.rs): checked and
# lowered as the learner's are.
STD_OPERANDS = frozenset({"Duration", "Instant"})


def _local_adt(fcx, t: Ty) -> bool:
    return t.kind == "adt" and t.name in fcx.res.adts \
        and (not is_std_span(fcx.res.adts[t.name].header) or t.name in STD_OPERANDS)


def overloadable(fcx, t: Ty) -> bool:
    """Whether an operator with left operand type `t` goes through its trait here."""
    t = fcx.infer.shallow(t)
    if t.kind == "param":
        return True       # (when it has the operator's trait as a bound: `through_bound`)
    if t.kind == "ref":
        t = fcx.infer.shallow(t.args[0])
    return _local_adt(fcx, t)


def through_bound(fcx, e: ast.Expr, s: Ty, trait: str, rhs: ast.Expr | None) -> Ty | None:
    """An operator on a type parameter bounded by its trait (`T: Add`, `T: Neg`): a call
    of the trait's method with the parameter as `Self`, selected when the generic body is
    instantiated (dyn_dispatch.py); the result is `<T as Add>::Output`, which a binding
    in the bound (`T: Add<Output = T>`) normalises."""
    from .bounds import has_bound
    from .projection import proj
    from .trait_args import param_bound_ref
    if not has_bound(fcx, s, trait):
        return None
    bref = param_bound_ref(fcx, s, trait)
    targs = bref.args if bref is not None else ()
    if rhs is not None:
        fcx.check_coerce(rhs, targs[0] if targs else s)
    key = f"<Self as {trait}>::{METHODS[trait]}"
    fcx.results.op_calls[e.id] = OpCall(key, "unary" if rhs is None else
                                        "assign" if trait.endswith("Assign") else "binary", trait)
    fcx.results.trait_selves[e.id] = s
    if targs:
        fcx.results.trait_call_args[e.id] = targs
    if trait.endswith("Assign"):
        return UNIT
    return proj(trait, "Output", s, targs)     # (`<T as Add<T>>::Output`, as `T::Output` is)


def _trait_ready(fcx, trait: str) -> bool:
    cx = fcx.results.traits
    return cx is not None and trait in fcx.res.traits.defs


def binary(fcx, e: ast.Expr, op: str, op_span, lhs: ast.Expr, rhs: ast.Expr, lt: Ty,
           assign: bool) -> Ty | None:
    """`lhs op rhs` (`op=` when `assign`) with `lhs` already checked as `lt`: the
    result type, or None when the caller's built-in path (and its errors) applies."""
    from .trait_args import candidates, instantiate
    trait = BINARY_TRAITS[op] + ("Assign" if assign else "")
    if not _trait_ready(fcx, trait):
        return None
    cx = fcx.results.traits
    s = fcx.infer.resolve(lt)
    if s.kind == "param":
        return through_bound(fcx, e, s, trait, rhs)
    cands = candidates(cx, trait, s, None, fcx.infer)
    if not cands and s.kind == "ref" and not assign \
            and candidates(cx, trait, fcx.infer.resolve(s.args[0]), None, fcx.infer):
        return _deref_help(fcx, e, op, op_span, lhs, rhs, lt, trait)
    if not cands:
        return None
    if len(cands) == 1:
        rhs_ty = fcx.infer.new_var()
        info = cands[0]
        args = instantiate(fcx, info, s, (rhs_ty,))
        fcx.check_coerce(rhs, rhs_ty)
    else:
        rt = fcx.check_expr(rhs, None)
        chosen = candidates(cx, trait, s, (rt,), fcx.infer)
        if len(chosen) != 1:
            if not chosen:
                fcx.diags.append(_no_impl_for_rhs(fcx, op, op_span, s, fcx.infer.resolve(rt),
                                                  trait, assign))
            else:
                fcx.diags.append(unsupported(e.span, f"choosing among the impls of `{trait}` "
                                             f"for `{display(s)}`"))
            return ERROR
        info = chosen[0]
        args = instantiate(fcx, info, s, (rt,))
    return _commit(fcx, e, info, args, trait, "assign" if assign else "binary")


def _deref_help(fcx, e, op: str, op_span, lhs: ast.Expr, rhs: ast.Expr, lt: Ty, trait: str) -> Ty:
    """`&a + b` where `a`'s type has the impl: the built-in path's E0369, with rustc's
    help to dereference the left operand."""
    from ..diagnostics.model import Suggestion
    from ..source import Span
    from .trait_args import candidates
    rt = fcx.check_expr(rhs, None)
    n = len(fcx.diags)
    got = fcx.arith_operands(e, op, op_span, lhs, rhs, lt, rt, False)
    inner = fcx.infer.resolve(lt).args[0]
    if len(fcx.diags) == n + 1 and fcx.diags[-1].code == "E0369" \
            and candidates(fcx.results.traits, trait, inner, (rt,), fcx.infer):
        fcx.diags[-1].help(f"`{op}` can be used on `{display(inner)}` if you dereference the "
                           "left-hand side", suggestions=[Suggestion(
                               Span(lhs.span.lo, lhs.span.lo), "*", "MaybeIncorrect",
                               "ShowAlways")])
    return got


def unary(fcx, e: ast.Expr, op: str, t: Ty) -> Ty | None:
    """`-x` / `!x` with `x: t` one of the learner's types: `Neg::neg(x)` / `Not::not(x)`.
    (`Neg` and `Not` have no parameters: their impls are in the exact table, or matched
    for a generic type, as typeck/traits.py keeps them.)"""
    trait = UNARY_TRAITS[op]
    if not _trait_ready(fcx, trait):
        return None
    s = fcx.infer.resolve(t)
    if s.kind == "param":
        return through_bound(fcx, e, s, trait, None)
    cx = fcx.results.traits
    info = cx.impls.get(s, {}).get(trait)
    args: tuple = ()
    if info is None and cx.matched:
        from . import impl_select
        info = impl_select.candidates(cx, s).get(trait)
        if info is not None:
            args = impl_select.instantiate(fcx, info, s)
    if info is None:
        return None
    return _commit(fcx, e, info, args, trait, "unary")


def _commit(fcx, e: ast.Expr, info, args: tuple, trait: str, kind: str) -> Ty:
    key = info.keys.get(METHODS[trait])
    cx = fcx.results.traits
    if key is None or key in cx.broken:
        fcx.tainted = True
        return ERROR
    fcx.results.op_calls[e.id] = OpCall(key, kind, trait)
    if args:
        fcx.method_args[e.id] = args
        from .trait_args import impl_bounds
        from .trait_calls import Pending, _pending
        targs = getattr(info, "trait_args", ()) or ()
        p = Pending(e, trait, METHODS[trait], info.self_ty, targs, e.span, done=True)
        p.bounds = impl_bounds(fcx, info, args, e.span, subst(info.self_ty, args),
                               tuple(subst(a, args) for a in targs))
        if p.bounds:
            _pending(fcx).append(p)
    if kind == "assign":
        return UNIT
    out = info.assoc.get("Output")
    if out is None:
        return ERROR
    return subst(out, args) if args else out


def _no_impl_for_rhs(fcx, op: str, op_span, s: Ty, rt: Ty, trait: str, assign: bool) -> Diagnostic:
    """E0277: the left type implements the operator's trait, not for this right type."""
    from .op_traits import _assign_message, _message
    base = BINARY_TRAITS[op]
    ss, sr = display(s), display(rt)
    msg = _assign_message(base, ss, sr) if assign else _message(base, s, rt) \
        if base in ("Add", "Sub", "Mul", "Div", "Rem") else f"no implementation for `{ss} {op} {sr}`"
    d = Diagnostic.error(msg, op_span, f"no implementation for `{ss} {op}{'=' if assign else ''} {sr}`",
                         code="E0277")
    # rustc points at the learner's type, then at each impl it has of the trait.
    help_ = Diagnostic("help", f"the trait `{trait}<{sr}>` is not implemented for `{ss}`")
    if _local_adt(fcx, s):
        help_.primary(fcx.res.adts[s.name].header)
    d.children.append(help_)
    impls = [i for i in fcx.results.traits.generic.get(trait, ()) if i.self_ty == s]
    if impls:
        other = Diagnostic("help", f"the following other types implement trait `{trait}<Rhs>`")
        for i in impls:
            shown = f"`{display(i.self_ty)}` implements `{trait}<{display(i.trait_args[0])}>`" \
                if i.trait_args and i.trait_args[0] != i.self_ty \
                else f"`{display(i.self_ty)}` implements `{trait}`"
            other.primary(i.imp.header, shown)
        d.children.append(other)
    return d


def default_rhs_assoc(results, s: Ty, trait: str, name: str) -> Ty | None:
    """`<s as Add>::Output` (a projection without the trait's arguments, as a bound
    `T: Add` or a trait's `Self::Output` writes it): the impl of `trait<s>` for `s` (the
    default `Rhs = Self`), when exactly one matches."""
    cx = results.traits
    if trait not in METHODS:
        return None     # (other generic traits' projections need their arguments)
    from .impl_select import could_match
    found = None
    for info in cx.generic.get(trait, ()):
        binds: dict = {}
        if not could_match(info.self_ty, s, binds):
            continue
        if info.trait_args and not could_match(info.trait_args[0], s, binds):
            continue
        if found is not None:
            return None
        found = (info, binds)
    if found is None:
        return None
    info, binds = found
    got = info.assoc.get(name)
    if got is None:
        return None
    n = len(info.imp.generics.names) if info.imp.is_generic else 0
    return subst(got, tuple(binds.get(i, Ty("error")) for i in range(n))) if n else got


def index(fcx, e: ast.Expr, k: ast.ExprIndex, base: Ty) -> Ty | None:
    """`g[i]` with `g` one of the learner's types (through one reference too, rustc's
    autoderef of the base): `*Index::index(&g, i)`, of the impl's `Output` type. None
    when the type has no `Index` impl (the built-in path reports E0608)."""
    from .trait_args import candidates, instantiate
    if not _trait_ready(fcx, "Index"):
        return None
    s, n = fcx.infer.resolve(base), 0
    if s.kind == "ref":
        s, n = fcx.infer.resolve(s.args[0]), 1
    if not _local_adt(fcx, s):
        return None
    cx = fcx.results.traits
    cands = candidates(cx, "Index", s, None, fcx.infer)
    if not cands:
        return None
    if len(cands) == 1:
        idx = fcx.infer.new_var()
        args = instantiate(fcx, cands[0], s, (idx,))
        fcx.check_coerce(k.index, idx)
        info = cands[0]
    else:
        it = fcx.check_expr(k.index, None)
        chosen = candidates(cx, "Index", s, (it,), fcx.infer)
        if len(chosen) != 1:
            fcx.diags.append(unsupported(e.span, f"choosing among the impls of `Index` for "
                                         f"`{display(s)}`"))
            return ERROR
        info = chosen[0]
        args = instantiate(fcx, info, s, (it,))
    if n:
        fcx.results.field_derefs[e.id] = n
    return _commit(fcx, e, info, args, "Index", "index")


def written_index(fcx, lhs: ast.Expr) -> bool:
    """An assignment to `g[i]` (or a field of it) through `Index`: that needs `IndexMut`,
    which Ferrite's std does not have yet; refused honestly. True when refused."""
    while isinstance(lhs.kind, (ast.ExprParen, ast.ExprField)):
        lhs = lhs.kind.expr
    if isinstance(lhs.kind, ast.ExprIndex) and lhs.id in fcx.results.op_calls:
        fcx.diags.append(unsupported(lhs.span, "writing through `Index` (`IndexMut`)"))
        return True
    return False
