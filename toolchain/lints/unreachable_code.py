"""unreachable_code, as rustc's type checker reports it (FnCtxt::warn_if_unreachable).

rustc tracks, while it checks a body, whether the code checked so far always diverges
(`Diverges`: Maybe < Always(span) < WarnedAlways; `|` is max, `&` is min, spans
ordered by position). The first statement or expression checked while it is Always gets
the warning, then it is WarnedAlways. This replays that walk over the AST, taking
divergence from the type checker's results (an expression of type `!`).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..syntax.visit import child_nodes

_MAYBE = (0, 0, 0)
_WARNED = (2, 0, 0)
_MACROS = (ast.ExprBuiltinMacro, ast.ExprFormatArgs, ast.ExprMacCall)


def _always(span: Span):
    return (1, span.lo, span.hi)


def unreachable_in_fn(fn: ast.Fn, tcx) -> list[Diagnostic]:
    w = _Walk(tcx)
    w.block(fn.body)
    return w.diags


class _Walk:
    def __init__(self, tcx):
        self.types = tcx.expr_types
        self.div = _MAYBE
        self.diags: list[Diagnostic] = []

    def warn(self, span: Span, kind: str) -> None:
        if self.div[0] != 1:
            return
        orig = Span(self.div[1], self.div[2])
        self.div = _WARNED
        d = Diagnostic.warning(f"unreachable {kind}", span, f"unreachable {kind}")
        d.secondary(orig, "any code following this expression is unreachable")
        self.diags.append(d)

    def never(self, e: ast.Expr) -> bool:
        t = self.types.get(e.id)
        return t is not None and t.kind == "never"

    # -- blocks and statements -----------------------------------------------------
    def block(self, b: ast.Block) -> None:
        stmts = b.stmts
        tail = None
        if stmts and isinstance(stmts[-1].kind, ast.StmtExpr) and not stmts[-1].kind.semi:
            stmts, tail = stmts[:-1], stmts[-1].kind.expr
        for s in stmts:
            self.stmt(s)
        if tail is not None:
            self.expr(tail)

    def stmt(self, s: ast.Stmt) -> None:
        k = s.kind
        if isinstance(k, (ast.StmtItem, ast.StmtEmpty)):
            return
        span = s.span
        if isinstance(k, ast.StmtExpr) and isinstance(k.expr.kind, _MACROS):
            span = k.expr.span   # a macro statement's span stops before its `;`
        self.warn(span, "statement")
        old, self.div = self.div, _MAYBE
        if isinstance(k, ast.StmtLet):
            if k.init is not None:
                self.expr(k.init)
            if k.else_ is not None:
                # rustc restores the divergence after a let-else's (diverging) block.
                before = self.div
                self.block(k.else_)
                self.div = before
        elif isinstance(k, ast.StmtExpr):
            self.expr(k.expr)
        self.div = max(self.div, old)

    # -- expressions -----------------------------------------------------------------
    def expr(self, e: ast.Expr) -> None:
        k = e.kind
        if isinstance(k, ast.ExprParen):   # no parentheses in HIR
            self.expr(k.expr)
            return
        self.warn(e.span, "expression")
        old, self.div = self.div, _MAYBE
        self.kind(e, k)
        # Non-block expressions whose operands diverged.
        if not isinstance(k, (ast.ExprBlock, ast.ExprIf, ast.ExprLoop, ast.ExprMatch,
                              ast.ExprWhile, ast.ExprForLoop, ast.ExprLet) + _MACROS):
            if isinstance(k, ast.ExprCall):
                self.warn(k.func.span, "call")
            else:
                self.warn(e.span, "expression")
        if self.never(e):
            self.div = max(self.div, _always(e.span))
        self.div = max(self.div, old)

    def kind(self, e: ast.Expr, k) -> None:
        if isinstance(k, ast.ExprBlock):
            self.block(k.block)
            # A labelled block that is broken out of ends normally after its body diverged.
            if k.label is not None and _breaks_out(k.block, k.label, unlabelled=False):
                self.div = _MAYBE
        elif isinstance(k, ast.ExprIf):
            self.expr(k.cond)
            cond = self.div
            self.div = _MAYBE
            self.block(k.then)
            then = self.div
            self.div = _MAYBE
            if k.else_ is not None:
                self.expr(k.else_)
                self.div = max(cond, min(then, self.div))
            else:
                self.div = cond
        elif isinstance(k, ast.ExprWhile):
            self.expr(k.cond)
            self.div = _MAYBE
            self.block(k.body)
            self.div = _MAYBE       # the loop can end (its `else { break }`)
        elif isinstance(k, ast.ExprLoop):
            self.block(k.body)
            if _breaks_out(k.body, k.label):
                self.div = _MAYBE
        elif isinstance(k, ast.ExprForLoop):
            self.expr(k.iter)
            it = self.div
            self.div = _MAYBE
            self.block(k.body)
            self.div = it
        elif isinstance(k, ast.ExprMatch):
            self.expr(k.scrutinee)
            scrut = self.div
            arms = _WARNED
            for arm in k.arms:
                self.div = _MAYBE
                if arm.guard is not None:
                    self.expr(arm.guard)
                self.expr(arm.body)
                arms = min(arms, self.div)
            self.div = max(scrut, arms) if k.arms else scrut
        elif isinstance(k, ast.ExprBinary) and k.op in ("&&", "||"):
            self.expr(k.lhs)
            lhs = self.div
            self.expr(k.rhs)
            self.div = lhs
        elif isinstance(k, ast.ExprLet):
            self.expr(k.expr)
        elif isinstance(k, ast.ExprClosure):
            # Its body is checked on its own; creating the closure never diverges.
            self.div = _MAYBE
            self.expr(k.body)
            self.div = _MAYBE
        else:
            for sub in _operands(k):
                self.expr(sub)


def _operands(k) -> list[ast.Expr]:
    """The operand expressions of `k`, in evaluation order."""
    if isinstance(k, ast.ExprBuiltinMacro):
        out = list(k.args)
        if k.fmt is not None:
            out += list(k.fmt.args)
        return out
    if isinstance(k, ast.ExprFormatArgs):
        return list(k.args)
    if isinstance(k, ast.ExprAssign):
        return [k.rhs, k.lhs]
    if isinstance(k, ast.ExprAssignOp):
        return [k.rhs, k.lhs]
    out = []
    for f in k.__dataclass_fields__:
        v = getattr(k, f)
        if isinstance(v, ast.Expr):
            out.append(v)
        elif isinstance(v, list):
            out.extend(x for x in v if isinstance(x, ast.Expr))
            out.extend(x.expr for x in v if isinstance(x, ast.ExprField_))
    return out


def _breaks_out(body: ast.Block, label, unlabelled: bool = True) -> bool:
    """Whether a `break` in `body` leaves the loop that owns it."""
    from ..syntax.visit import iter_nodes
    stack = [(body, 0)]
    # A small walk that tracks loop nesting: unlabelled breaks inside nested loops
    # belong to those loops.
    def walk(node, depth):
        if isinstance(node, ast.Expr):
            k = node.kind
            if isinstance(k, ast.ExprBreak):
                if k.label is None and depth == 0 and unlabelled:
                    return True
                if k.label is not None and label is not None and k.label.name == label.name:
                    return True
            if isinstance(k, (ast.ExprLoop, ast.ExprWhile, ast.ExprForLoop)):
                depth += 1
        for child in child_nodes(node):
            if walk(child, depth):
                return True
        return False
    del stack, iter_nodes
    return walk(body, 0)


