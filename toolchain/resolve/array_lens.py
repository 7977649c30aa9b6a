"""Array lengths written as constant expressions (`[u8; CELLS]`, `[0; WIDTH + 1]`).

rustc evaluates an array length as an anonymous constant: a local variable there is
E0435, and the value is computed at compile time. The type checker needs the number
to build `[T; N]`, long before Ferrite's const evaluation (interp/const_eval.py) runs
on MIR, so lengths are folded here, after the whole crate is resolved (a constant may
be declared after its use): integer literals, constants, arithmetic, shifts and casts.
Anything else (a `const fn` call, an associated constant) is refused as unsupported
where it is written. Whether the length has type `usize` is typeck's question
(typeck/array_lens.py).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..syntax.visit import iter_nodes
from ..unsupported import unsupported
from .arrays import literal_len

_MAX_LEN = 1 << 32      # (a length beyond this is refused rather than allocated)


class _Refused(Exception):
    def __init__(self, span: Span, what: str) -> None:
        self.span, self.what = span, what


def resolve(r, e: ast.Expr, in_type: bool) -> None:
    """Resolve a length expression; a local variable in it is rustc's E0435."""
    if literal_len(e) is not None:
        return
    k = e.kind
    if isinstance(k, ast.ExprLit) and k.lit.kind == "int":    # `[0; 3i32]`
        r.diags.append(unsupported(e.span, "array lengths written as literals of a type other "
                                   "than `usize`"))
        return
    r.expr(e)
    bare = ast.unparen(e)
    got = r.res.values.get(bare.id) if isinstance(bare.kind, ast.ExprPath) else None
    if got is not None and got.kind == "const_param":     # `[T; N]` (resolve/const_params.py)
        r.res.param_lens[e.id] = got.target
        return
    for n in iter_nodes(e):
        if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprPath):
            res = r.res.values.get(n.id)
            if res is not None and res.kind == "local":
                r.diags.append(_e0435(r, n, res.target))
                return
            if res is not None and res.kind == "const_param":
                r.diags.append(_generic_operation(n, res.target[0]))
                return
    r.res.len_exprs.append((e, in_type))


def _generic_operation(e: ast.Expr, name: str) -> Diagnostic:
    d = Diagnostic.error("generic parameters may not be used in const operations", e.span,
                         f"cannot perform const operation using `{name}`")
    d.help(f"const parameters may only be used as standalone arguments here, i.e. `{name}`")
    return d


def _e0435(r, e: ast.Expr, local: int) -> Diagnostic:
    d = Diagnostic.error("attempt to use a non-constant value in a constant", e.span, code="E0435")
    f = r.cur_fn
    if f is not None and any(p.pat.id == local for p in f.sig.params):
        d.secondary(r.res.locals[local].span, "this would need to be a `const`")
        return d
    d.spans[0].label = "non-constant value"
    let = r.let_stmts.get(local)
    if let is not None:
        s, k = let
        ident = r.res.locals[local].span
        parts = [Suggestion(Span(s.span.lo, ident.lo), "const ", "MaybeIncorrect", "ShowAlways")]
        if k.ty is None:
            parts.append(Suggestion(Span(ident.hi, ident.hi), ": /* Type */", "MaybeIncorrect",
                                    "ShowAlways"))
        d.help("consider using `const` instead of `let`", suggestions=parts)
    return d


def evaluate_all(res) -> list[Diagnostic]:
    """Fold every length into `res.array_lens` (expr id -> value)."""
    diags: list[Diagnostic] = []
    memo: dict[str, int] = {}
    for e, _ in res.len_exprs:
        try:
            n = _eval(e, res, memo, set())
        except _Refused as x:
            diags.append(unsupported(x.span, x.what))
            continue
        if not 0 <= n <= _MAX_LEN:
            diags.append(unsupported(e.span, "array lengths that are negative or this large"))
            continue
        res.array_lens[e.id] = n
    return diags


def const_value(name: str, res) -> int | None:
    """The value of crate constant `name` as an array length folds it, or None."""
    item = res.consts.get(name)
    if item is None or item.kind.expr is None:
        return None
    try:
        return _eval(item.kind.expr, res, {}, {name})
    except _Refused:
        return None


_BINOPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
    "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
}
_INT_BITS = {"u8": 8, "u16": 16, "u32": 32, "u64": 64, "u128": 128, "usize": 64,
             "i8": 8, "i16": 16, "i32": 32, "i64": 64, "i128": 128, "isize": 64}


def _eval(e: ast.Expr, res, memo: dict, busy: set) -> int:
    k = e.kind
    if isinstance(k, ast.ExprParen):
        return _eval(k.expr, res, memo, busy)
    if isinstance(k, ast.ExprLit) and k.lit.kind == "int":
        return k.lit.value
    if isinstance(k, ast.ExprPath):
        r = res.values.get(e.id)
        if r is not None and r.kind == "assoc" \
                and getattr(res.assoc.get(r.target[0], {}).get(r.target[1]), "kind", "") == "const":
            name, item = "::".join(r.target), res.assoc[r.target[0]][r.target[1]].item
        elif r is not None and r.kind == "const":     # (`Buffer::SIZE`, an inherent constant)
            name, item = r.target, res.consts.get(r.target)
        else:
            raise _Refused(e.span, "array lengths naming anything but a constant")
        if name not in memo:
            if item is None or item.kind.expr is None or name in busy:
                raise _Refused(e.span, "this constant as an array length")
            busy.add(name)
            memo[name] = _eval(item.kind.expr, res, memo, busy)
            busy.discard(name)
        return memo[name]
    if isinstance(k, ast.ExprBinary) and k.op in _BINOPS:
        return _BINOPS[k.op](_eval(k.lhs, res, memo, busy), _eval(k.rhs, res, memo, busy))
    if isinstance(k, ast.ExprBinary) and k.op in ("/", "%"):
        a, b = _eval(k.lhs, res, memo, busy), _eval(k.rhs, res, memo, busy)
        if b == 0:
            raise _Refused(e.span, "array lengths whose evaluation fails")
        q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)     # (truncating, as Rust)
        return q if k.op == "/" else a - q * b
    if isinstance(k, ast.ExprUnary) and k.op == "-":
        return -_eval(k.expr, res, memo, busy)
    if isinstance(k, ast.ExprCast) and isinstance(k.ty.kind, ast.TyPath) \
            and len(k.ty.kind.path.segments) == 1 \
            and k.ty.kind.path.segments[0].ident.name in _INT_BITS:
        name = k.ty.kind.path.segments[0].ident.name
        v = _eval(k.expr, res, memo, busy) & ((1 << _INT_BITS[name]) - 1)
        if name.startswith("i") and v >> (_INT_BITS[name] - 1):
            v -= 1 << _INT_BITS[name]
        return v
    raise _Refused(e.span, "this kind of expression as an array length")
