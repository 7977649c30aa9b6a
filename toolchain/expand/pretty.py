"""Expression pretty-printing for `assert!`'s message ("assertion failed: a == b").

rustc prints the condition with `pprust::expr_to_string`, which normalises spacing
(`!x&&x` -> `!x && x`, `f(1,2)` -> `f(1, 2)`). This covers the expressions learners
put in assertions; anything else falls back to the source text with whitespace
collapsed, which is what rustc prints for simple code anyway.
"""

from __future__ import annotations

from ..syntax import ast


class _Fallback(Exception):
    pass


def expr_to_string(e: ast.Expr, source) -> str:
    try:
        return _p(e)
    except _Fallback:
        pass
    except RecursionError:
        pass
    if source is None:
        return "..."
    return " ".join(source.snippet(e.span).split())


def _path(path: ast.Path) -> str:
    out = []
    for seg in path.segments:
        s = seg.ident.name
        if seg.args is not None:
            raise _Fallback()
        out.append(s)
    return ("::" if path.global_ else "") + "::".join(out)


def _p(e: ast.Expr) -> str:
    k = e.kind
    if isinstance(k, ast.ExprLit):
        sym, suf = k.lit.symbol, k.lit.suffix or ""
        return sym if sym.endswith(suf) else sym + suf
    if isinstance(k, ast.ExprPath):
        if k.qself is not None:
            raise _Fallback()
        return _path(k.path)
    if isinstance(k, ast.ExprUnary):
        return k.op + _p(k.expr)
    if isinstance(k, ast.ExprBinary):
        return f"{_p(k.lhs)} {k.op} {_p(k.rhs)}"
    if isinstance(k, ast.ExprParen):
        return f"({_p(k.expr)})"
    if isinstance(k, ast.ExprCall):
        return f"{_p(k.func)}({', '.join(_p(a) for a in k.args)})"
    if isinstance(k, ast.ExprMethodCall):
        if k.segment.args is not None:
            raise _Fallback()
        return f"{_p(k.receiver)}.{k.segment.ident.name}({', '.join(_p(a) for a in k.args)})"
    if isinstance(k, ast.ExprField):
        return f"{_p(k.expr)}.{k.ident.name}"
    if isinstance(k, ast.ExprIndex):
        return f"{_p(k.expr)}[{_p(k.index)}]"
    if isinstance(k, ast.ExprAddrOf) and not k.raw:
        return ("&mut " if k.mutable else "&") + _p(k.expr)
    if isinstance(k, ast.ExprTry):
        return _p(k.expr) + "?"
    if isinstance(k, ast.ExprTuple):
        if len(k.elems) == 1:
            return f"({_p(k.elems[0])},)"
        return "(" + ", ".join(_p(x) for x in k.elems) + ")"
    if isinstance(k, ast.ExprArray):
        return "[" + ", ".join(_p(x) for x in k.elems) + "]"
    raise _Fallback()
