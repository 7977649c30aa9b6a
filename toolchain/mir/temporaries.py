"""Where borrowed temporaries die, for the borrow checker's E0716.

A value expression that is borrowed (`&make()`, or the receiver of a `&self` method
called on `make()`) lives in a temporary, which rustc drops at the end of the
enclosing statement, so a borrow of it kept past the `;` is "temporary value dropped
while borrowed". Two rules keep such a temporary alive instead, and are followed
here: lifetime extension (`let r = &make();`, also through struct, tuple and array
literals, casts, block tails and `if` branches of the initialiser) and constant
promotion (`&5`, `&Point { x: 1, y: 2 }`: a constant expression lives forever).

The builder records each dying temporary as a scope end at its statement's `;`
(`Body.scope_ends`, like a named local's, see build_scopes.py) and describes it in
`Body.temp_borrows` for the error's labels and help. The machine ignores both.
"""

from __future__ import annotations

from ..source import Span
from ..syntax import ast
from . import build_scopes, ir


def enter_stmt(b, s: ast.Stmt) -> None:
    frames = b.__dict__.setdefault("temp_frames", [])
    frames.append([])
    k = s.kind
    if isinstance(k, ast.StmtLet) and k.init is not None:
        _extended(k.init, b.__dict__.setdefault("extended_borrows", set()), b.res)


def exit_stmt(b, s: ast.Stmt) -> None:
    temps = b.temp_frames.pop()
    if not temps:
        return
    k = s.kind
    if isinstance(k, ast.StmtExpr) and not k.semi:
        return   # a tail expression's temporaries live to the block's end
    semi = Span(s.span.hi - 1, s.span.hi)
    top = any(s is t for t in _top_stmts(b))
    for local in temps:
        b.temp_borrows[local] = (b.temp_borrows[local], semi, s.span if top else None)
    build_scopes._record(b, [(local, semi) for local in temps])


def borrowed(b, place: ir.Place, mark: int, e: ast.Expr, borrow_id: int | None) -> None:
    """`place` was just borrowed; `mark` is the number of locals before `e` was lowered
    (a local at or past it is the temporary holding `e`'s value)."""
    frames = getattr(b, "temp_frames", None)
    # (`&make().field` borrows part of the temporary: it dies all the same.)
    if not frames or place.local < mark or b.locals[place.local].name \
            or any(el[0] != "field" for el in place.proj):
        return
    if borrow_id is not None and borrow_id in getattr(b, "extended_borrows", ()):
        return
    if promotable(e, b.res):
        return
    if place.local not in frames[-1]:
        frames[-1].append(place.local)
        b.__dict__.setdefault("temp_borrows", {})[place.local] = b.locals[place.local].span


def _top_stmts(b) -> list:
    """The statements of the function's body block (not its tail expression)."""
    stmts = b.f.body.stmts
    return [s for s in stmts if not (isinstance(s.kind, ast.StmtExpr) and not s.kind.semi
                                     and s is stmts[-1])]


def _extended(e: ast.Expr | None, out: set, res) -> None:
    """The borrows in extending positions of a `let` initialiser (rustc's
    `record_rvalue_scope_if_borrow_expr`)."""
    if e is None:
        return
    k = e.kind
    if isinstance(k, ast.ExprAddrOf):
        out.add(e.id)
        _extended(k.expr, out, res)
    elif isinstance(k, ast.ExprParen):
        _extended(k.expr, out, res)
    elif isinstance(k, ast.ExprStruct):
        for f in k.fields:
            _extended(f.expr, out, res)
    elif isinstance(k, (ast.ExprTuple, ast.ExprArray)):
        for x in k.elems:
            _extended(x, out, res)
    elif isinstance(k, ast.ExprCast):
        _extended(k.expr, out, res)
    elif isinstance(k, ast.ExprBlock):
        _extended(_tail(k.block), out, res)
    elif isinstance(k, ast.ExprIf):
        _extended(_tail(k.then), out, res)
        _extended(k.else_, out, res)
    elif isinstance(k, ast.ExprCall) and getattr(res.values.get(k.func.id), "kind", None) \
            in ("ctor", "variant_ctor"):
        # `Some(&x)`, `Wrap(&x)`: tuple struct and variant constructors extend too.
        for x in k.args:
            _extended(x, out, res)


def _tail(block: ast.Block) -> ast.Expr | None:
    if block.stmts and isinstance(block.stmts[-1].kind, ast.StmtExpr) and not block.stmts[-1].kind.semi:
        return block.stmts[-1].kind.expr
    return None


_PROMOTABLE_OPS = {"+", "-", "*", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=",
                   "&&", "||"}


def promotable(e: ast.Expr, res) -> bool:
    """Is `e` a constant expression rustc promotes to a `'static` value when borrowed?"""
    k = e.kind
    if isinstance(k, ast.ExprLit):
        return True
    if isinstance(k, ast.ExprParen):
        return promotable(k.expr, res)
    if isinstance(k, ast.ExprUnary):
        return k.op in ("-", "!") and promotable(k.expr, res)
    if isinstance(k, ast.ExprBinary):
        if k.op in ("/", "%"):
            # Only with a divisor known not to be zero (or -1).
            return isinstance(k.rhs.kind, ast.ExprLit) and promotable(k.lhs, res) \
                and getattr(k.rhs.kind.lit, "value", 0) not in (0, None)
        return k.op in _PROMOTABLE_OPS and promotable(k.lhs, res) and promotable(k.rhs, res)
    if isinstance(k, (ast.ExprTuple, ast.ExprArray)):
        return all(promotable(x, res) for x in k.elems)
    if isinstance(k, ast.ExprStruct):
        return k.base is None and all(promotable(f.expr, res) for f in k.fields)
    if isinstance(k, ast.ExprCast):
        return promotable(k.expr, res)
    if isinstance(k, ast.ExprPath):
        r = res.values.get(e.id)
        return r is not None and r.kind in ("const", "variant", "unit_struct", "prim_const")
    if isinstance(k, ast.ExprCall):
        r = res.values.get(k.func.id)
        return r is not None and r.kind in ("variant_ctor", "ctor") \
            and all(promotable(x, res) for x in k.args)
    return False
