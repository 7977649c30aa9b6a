"""Type checking `const` and `static` items: their declared types (pass 1, so bodies
can use them), their initialisers (pass 2, each like a small body whose value is
coerced to the declared type), and their uses in expressions and patterns."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..syntax.visit import iter_nodes
from ..types import ERROR, Ty, describe, display
from ..unsupported import unsupported


def _kind_word(item: ast.Item) -> str:
    return "static" if isinstance(item.kind, ast.Static) else "const"


def collect_const_types(res, results, lower_ty, new_fcx) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    for name, item in res.consts.items():
        k = item.kind
        if k.ty is not None:
            results.const_tys[name] = lower_ty(k.ty, res)
            continue
        # The parser reported the missing type (rustc's "missing type for `const` item").
        results.const_tys[name] = ERROR
        results.bodies_with_errors.add(name)
    return diags


def check_const_bodies(res, results, new_fcx) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    for name, item in res.consts.items():
        k = item.kind
        if k.ty is None:
            continue
        ty = results.const_tys[name]
        fcx = new_fcx(ty, item)
        fcx.check_coerce(k.expr, ty)
        fcx._finish()
        fcx.release()
        fcx.diags.extend(_non_const_calls(k.expr, res, _kind_word(item)))
        diags.extend(fcx.diags)
        if any(d.is_error for d in fcx.diags):
            results.bodies_with_errors.add(name)
    return diags


def _non_const_calls(expr: ast.Expr, res, word: str) -> list[Diagnostic]:
    """E0015: there are no `const fn`s yet, so every function call is refused."""
    out = []
    where = "constants" if word == "const" else "statics"
    for n in iter_nodes(expr):
        if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprCall):
            r = res.values.get(n.kind.func.id)
            if r is not None and r.kind == "fn":
                d = Diagnostic.error(f"cannot call non-const function `{r.target}` in {where}",
                                     n.span, code="E0015")
                fn = res.fns[r.target]
                note = Diagnostic("note", f"function `{r.target}` is not const")
                note.primary(fn.kind.sig.span)
                d.children.append(note)
                d.note(f"calls in {where} are limited to constant functions, tuple structs and "
                       "tuple variants")
                out.append(d)
    return out


def path_type(fcx, e: ast.Expr, r) -> Ty:
    ty = fcx.results.const_tys.get(r.target, ERROR)
    if r.kind == "static" and not fcx.is_copy(ty):
        # Reading a non-Copy static by value is a move out of it (E0507) in rustc;
        # statics have no addresses in Ferrite's machine yet.
        fcx.diags.append(unsupported(e.span, "reading a `static` whose type is not `Copy`"))
        return ERROR
    return ty


def check_const_pat(fcx, p: ast.Pat, r, expected: Ty) -> None:
    """An identifier pattern naming a constant: it must have the scrutinee's type."""
    ty = fcx.results.const_tys.get(r.target, ERROR)
    if ty.kind not in ("int", "char", "bool", "error"):
        fcx.diags.append(unsupported(p.span, f"constants of type `{display(ty)}` in patterns"))
        return
    if fcx.infer.unify(ty, expected):
        return
    exp, fnd = fcx.infer.resolve(expected), fcx.infer.resolve(ty)
    if exp.is_error or fnd.is_error:
        return
    name = r.target
    d = Diagnostic.error("mismatched types", p.span, f"expected {describe(exp)}, found {describe(fnd)}",
                         code="E0308")
    item = fcx.res.consts[name]
    d.secondary(const_header(item), "constant defined here")
    if fcx.origin is not None:
        d.secondary(fcx.origin[0], f"this expression has type `{display(fcx.infer.resolve(fcx.origin[1]))}`")
    d.primary(p.span, f"`{name}` is interpreted as a constant, not a new binding")
    d.help("introduce a new binding instead",
           suggestions=[Suggestion(p.span, f"other_{name.lower()}", "MaybeIncorrect")])
    fcx.diags.append(d)


def const_header(item: ast.Item) -> Span:
    """`const NAME: T`, as rustc points at a constant in notes."""
    k = item.kind
    return Span(item.span.lo, k.ty.span.hi if k.ty is not None else k.ident.span.hi)
