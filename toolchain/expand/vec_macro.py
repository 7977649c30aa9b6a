"""`vec![a, b, c]`, `vec![x; n]`, `vec![]`: rustc's expansion is
`<[_]>::into_vec(box [a, b, c])` (and `vec::from_elem(x, n)`); Ferrite's is an
`ExprBuiltinMacro("vec", [array])` whose single argument is the array expression
(`ExprArray` or `ExprRepeat`, spanning the macro's arguments), so type errors in the
elements are reported where rustc reports them (typeck/vec_macro.py)."""

from __future__ import annotations

from ..syntax import ast
from . import macro_args


def expand_vec(p, mac: ast.MacCall, ids, diags: list):
    span = mac.span
    try:
        if p.tok.kind == "eof":
            arr = ast.ExprArray([])
        else:
            first = macro_args.parse_expr(p, diags)
            if p.eat(";"):
                arr = ast.ExprRepeat(first, macro_args.parse_expr(p, diags))
            else:
                elems = [first]
                while p.eat(","):
                    if p.tok.kind == "eof":
                        break
                    elems.append(macro_args.parse_expr(p, diags))
                arr = ast.ExprArray(elems)
        if p.tok.kind != "eof":
            from ..diagnostics import Diagnostic
            diags.append(Diagnostic.error("no rules expected this token in macro call",
                                          p.tok.span))
            return None
    except macro_args.MacroParseError:
        return None
    return ast.ExprBuiltinMacro("vec", [ast.Expr(arr, span, ids.next())], None)
