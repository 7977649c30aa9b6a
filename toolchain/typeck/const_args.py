"""Const generic arguments nothing decided: rustc's E0284 ("type annotations needed",
`let c = make();` for `fn make<const N: usize>() -> [i32; N]`), which points at the
const parameter's declaration (resolve/const_params.py)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, Ty, display


def _declaration(fcx, item: str, name: str) -> Span | None:
    sig = fcx.results.sigs.get(item)
    g = sig.generics if sig is not None else None
    if g is None:
        return None
    i = g.index(name)
    if i is None or i not in g.consts or g.decl is None:
        return None
    return next((p.span for p in g.decl.params if p.ident.name == name and p.kind == "const"), None)


def e0284(fcx, v: Ty, name: str, origin, item: str, lets: list) -> bool:
    """E0284 when `v` is the argument of a const parameter; True when reported."""
    decl = _declaration(fcx, item, name)
    if decl is None or origin is None:
        return False
    infer = fcx.infer
    root = infer.shallow(v)
    short = item.split("::")[-1]
    for pat, init in lets:
        if not isinstance(pat.kind, ast.PatIdent):
            continue
        t = infer.resolve(fcx.local_types.get(pat.id, ERROR))
        if not (t.kind == "array" and len(t.args) > 1 and infer.shallow(t.args[1]) == root):
            continue
        d = Diagnostic.error(f"type annotations needed for `[{display(t.args[0])}; _]`", pat.span,
                             code="E0284")
        call = _call_of(init, origin)
        d.secondary(call.span, "type must be known at this point")
        _note(d, decl, short)
        d.help(f"consider giving `{pat.kind.ident.name}` an explicit type, where the value of "
               f"const parameter `{name}` is specified",
               suggestions=[Suggestion(Span(pat.span.hi, pat.span.hi), f": [_; {name}]",
                                       "HasPlaceholders", "ShowAlways")])
        fcx.diags.append(d)
        return True
    if isinstance(origin.kind, ast.ExprCall):
        origin = origin.kind.func
    d = Diagnostic.error("type annotations needed", origin.span,
                         f"cannot infer the value of the const parameter `{name}` declared on "
                         f"the function `{short}`", code="E0284")
    _note(d, decl, short)
    d.help("consider specifying the generic argument",
           suggestions=[Suggestion(Span(origin.span.hi, origin.span.hi), f"::<{name}>",
                                   "HasPlaceholders", "ShowAlways")])
    fcx.diags.append(d)
    return True


def _note(d: Diagnostic, decl: Span, item: str) -> None:
    n = Diagnostic("note", f"required by a const generic parameter in `{item}`")
    n.primary(decl, f"required by this const generic parameter in `{item}`")
    d.children.append(n)


def _call_of(init: ast.Expr, origin: ast.Expr) -> ast.Expr:
    """The call whose callee is `origin` (rustc labels the whole call)."""
    from ..syntax.visit import iter_nodes
    for n in iter_nodes(init):
        if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprCall) and n.kind.func is origin:
            return n
    return origin
