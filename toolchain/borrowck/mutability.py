"""E0384: assignments to immutable locals, with rustc's labels and suggestion."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..resolve import Resolutions
from ..source import Span
from ..syntax import ast
from ..syntax.visit import iter_body_nodes


def check_mutability(item: ast.Item, res: Resolutions) -> list[Diagnostic]:
    """E0384/E0594 for one function."""
    diags: list[Diagnostic] = []
    f: ast.Fn = item.kind
    params = {p.pat.id for p in f.sig.params}
    for e in _assignments(f.body):
        lhs = e.kind.lhs
        fields: list[str] = []
        while isinstance(lhs.kind, (ast.ExprParen, ast.ExprField)):
            if isinstance(lhs.kind, ast.ExprField):
                fields.append(lhs.kind.ident.name)
            lhs = lhs.kind.expr
        r = res.values.get(lhs.id)
        if r is None or r.kind != "local":
            continue
        info = res.locals[r.target]
        if info.mutable:
            continue
        if fields:
            path = info.name + "".join("." + name for name in reversed(fields))
            diags.append(_e0594(e.span, path, info.name, info.span))
        else:
            diags.append(_e0384(e.span, info.name, info.span, r.target in params))
    return diags


def _e0384(span: Span, name: str, binding: Span, is_param: bool) -> Diagnostic:
    if is_param:
        d = Diagnostic.error(f"cannot assign to immutable argument `{name}`", span,
                             "cannot assign to immutable argument", code="E0384")
    else:
        d = Diagnostic.error(f"cannot assign twice to immutable variable `{name}`", span,
                             "cannot assign twice to immutable variable", code="E0384")
        d.secondary(binding, f"first assignment to `{name}`")
    at = Span(binding.lo, binding.lo)
    d.help("consider making this binding mutable",
           suggestions=[Suggestion(at, "mut ", "MachineApplicable", "ShowAlways")])
    return d


def _e0594(span: Span, path: str, name: str, binding: Span) -> Diagnostic:
    d = Diagnostic.error(f"cannot assign to `{path}`, as `{name}` is not declared as mutable",
                         span, "cannot assign", code="E0594")
    d.help("consider changing this to be mutable",
           suggestions=[Suggestion(Span(binding.lo, binding.lo), "mut ", "MachineApplicable",
                                   "ShowAlways")])
    return d


def _assignments(node) -> list[ast.Expr]:
    """Every assignment expression under `node`, in source order."""
    return [n for n in iter_body_nodes(node)
            if isinstance(n, ast.Expr) and isinstance(n.kind, (ast.ExprAssign, ast.ExprAssignOp))]
