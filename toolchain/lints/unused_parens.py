"""unused_parens (rustc_lint::unused::UnusedParens, an early lint): parentheses around a
`let` value, an assigned value, an `if`/`while` condition, a `match` scrutinee, a `for`
iterator, a `return`/`break` value, a function argument or a block's tail value.

The suggestion replaces each parenthesis with "" or " ". As in rustc's
`emit_unused_delims`: the opening one becomes " " after a keyword (or when the
parenthesis starts right where the value may start) unless a space precedes it; the
closing one becomes " " when the parenthesis touches the following block (`if (c){`)
unless a space follows it. rustc 1.95 also writes " " for every closing parenthesis
when the file begins directly with an item (no comment, attribute or whitespace before
the first token): observed on every program tried (see the report in tests/ui/lints/),
reproduced here as such.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast

_BLOCK_LIKE = (ast.ExprIf, ast.ExprMatch, ast.ExprBlock, ast.ExprWhile, ast.ExprLoop,
               ast.ExprForLoop)


def contexts(node):
    """(value, what, followed_by_block, left_pos, right_pos, is_kw) for each place the
    lint looks at under `node`, as rustc's check_stmt / check_expr do."""
    if isinstance(node, ast.Stmt):
        k = node.kind
        if isinstance(k, ast.StmtLet) and k.init is not None and k.else_ is None:
            yield k.init, "assigned value", False, None, None, False
        elif isinstance(k, ast.StmtExpr) and not k.semi:
            yield k.expr, "block return value", False, None, None, False
        return
    if not isinstance(node, ast.Expr):
        return
    e, k = node, node.kind
    if isinstance(k, ast.ExprIf) and not isinstance(k.cond.kind, ast.ExprLet):
        yield k.cond, "`if` condition", True, e.span.lo + 2, k.then.span.lo, True
    elif isinstance(k, ast.ExprWhile) and not isinstance(k.cond.kind, ast.ExprLet) \
            and k.label is None:
        yield k.cond, "`while` condition", True, e.span.lo + 5, k.body.span.lo, True
    elif isinstance(k, ast.ExprMatch):
        yield k.scrutinee, "`match` scrutinee expression", True, e.span.lo + 5, None, True
    elif isinstance(k, ast.ExprForLoop) and k.label is None:
        yield k.iter, "`for` iterator expression", True, None, k.body.span.lo, True
    elif isinstance(k, ast.ExprReturn) and k.value is not None:
        yield k.value, "`return` value", False, e.span.lo + 6, None, True
    elif isinstance(k, ast.ExprBreak) and k.value is not None:
        yield k.value, "`break` value", False, None, None, True
    elif isinstance(k, (ast.ExprAssign, ast.ExprAssignOp)):
        yield k.rhs, "assigned value", False, None, None, False
    elif isinstance(k, ast.ExprCall):
        for a in k.args:
            yield a, "function argument", False, None, None, False


def _requires_semi(e: ast.Expr) -> bool:
    return not isinstance(e.kind, _BLOCK_LIKE)


def _exterior_struct_lit(e: ast.Expr) -> bool:
    k = e.kind
    if isinstance(k, ast.ExprStruct):
        return True
    if isinstance(k, (ast.ExprAssign, ast.ExprAssignOp, ast.ExprBinary)):
        return _exterior_struct_lit(k.lhs) or _exterior_struct_lit(k.rhs)
    if isinstance(k, (ast.ExprUnary, ast.ExprCast, ast.ExprField, ast.ExprIndex, ast.ExprAwait)):
        return _exterior_struct_lit(k.expr)
    if isinstance(k, ast.ExprMethodCall):
        return _exterior_struct_lit(k.receiver)
    if isinstance(k, ast.ExprParen):
        return False
    return False


def _necessary(inner: ast.Expr, followed_by_block: bool) -> bool:
    if isinstance(inner.kind, ast.ExprAddrOf) and inner.kind.raw:
        return True
    innermost = inner
    while True:
        k = innermost.kind
        if isinstance(k, ast.ExprBinary):
            innermost = k.lhs
        elif isinstance(k, ast.ExprCall):
            innermost = k.func
        elif isinstance(k, ast.ExprCast):
            innermost = k.expr
        elif isinstance(k, ast.ExprIndex):
            innermost = k.expr
        else:
            break
        if not _requires_semi(innermost):
            return True
    if not followed_by_block:
        return False
    k = inner.kind
    if isinstance(k, (ast.ExprReturn, ast.ExprBreak)):
        return True
    if isinstance(k, ast.ExprRange) and k.hi is not None:
        return isinstance(k.hi.kind, ast.ExprBlock)
    x = inner
    while isinstance(x.kind, ast.ExprAddrOf):
        x = x.kind.expr
    return _exterior_struct_lit(x)


def check_unused_parens(node, source, out) -> None:
    for value, what, fbb, left, right, is_kw in contexts(node):
        if not isinstance(value.kind, ast.ExprParen) or value.attrs:
            continue
        if type(value.span) is not Span:
            continue        # rustc does not lint parentheses a macro wrote
        inner = value.kind.expr
        if _necessary(inner, fbb):
            continue
        if what in ("`return` value", "`break` value") and isinstance(inner.kind, ast.ExprAssign):
            continue
        _emit(value, inner, what, left, right, is_kw, source, out)


def _file_starts_with_item(data: bytes) -> bool:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return bool(data) and data[:1] not in (b" ", b"\t", b"\n", b"\r", b"/", b"#")


def _emit(value, inner, what, left, right, is_kw, source, out) -> None:
    data = source.data
    lo = Span(value.span.lo, inner.span.lo)
    hi = Span(inner.span.hi, value.span.hi)
    if hi.lo == hi.hi:
        return
    keep_lo = left is not None and left >= value.span.lo
    keep_hi = right is not None and right <= value.span.hi
    lo_rep = " " if (keep_lo or is_kw) and not data[:lo.lo].endswith(b" ") else ""
    hi_rep = " " if (keep_hi and not data[hi.hi:].startswith(b" ")) \
        or _file_starts_with_item(data) else ""
    d = Diagnostic.warning(f"unnecessary parentheses around {what}")
    d.primary(lo)
    d.primary(hi)
    d.help("remove these parentheses",
           suggestions=[Suggestion(lo, lo_rep, "MachineApplicable"),
                        Suggestion(hi, hi_rep, "MachineApplicable")])
    out.emit("unused_parens", d)
