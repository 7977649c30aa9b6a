"""rustc's help on a mismatched argument of a generic function whose return type is
that argument's own type parameter (`mem::replace(&mut n, "x")`): the argument would
have decided what the call returns, so rustc says which type that would have been
(`the return type of this call is `&'static str` due to the type of the argument
passed`), before its `function defined here` note."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from .arg_errors import _provided


def wrap(fcx, cause, e: ast.Expr, k: ast.ExprCall, ft, i: int, found):
    """`cause` (the argument's mismatch decoration), with the help when it applies."""
    if ft.kind in ("ctor", "variant_ctor"):
        return _ctor_wrap(fcx, cause, e, k, ft, i)
    decl = fcx.results.sigs.get(ft.name) if ft.kind == "fndef" else None
    if decl is None or decl.ret.kind != "param" or i >= len(decl.params) \
            or decl.params[i] != decl.ret:
        return cause
    name = ft.name.rsplit("::", 1)[-1]

    def decorate(d: Diagnostic) -> None:
        cause(d)
        h = Diagnostic("help", f"the return type of this call is "
                       f"`{_provided(fcx.infer, k.args[i], found)}` due to the type of the "
                       "argument passed")
        h.primary(e.span)
        h.secondary(k.args[i].span, f"this argument influences the return type of `{name}`")
        # (before the `defined here` note the cause appended last)
        d.children.insert(max(len(d.children) - 1, 0), h)
    return decorate


def _mentions(t, p) -> bool:
    return t == p or any(_mentions(a, p) for a in (getattr(t, "args", None) or ()))


def method_wrap(fcx, cause, e: ast.Expr, k: ast.ExprMethodCall, key: str, i: int):
    """The same help for argument `i` of a method call (`m.insert(k, "one")` on a
    `HashMap<String, i32>`: `insert` returns `Option<V>`, `V` being that argument's
    declared type), as rustc's `note_wrong_return_ty_due_to_generic_arg`."""
    decl = fcx.results.sigs.get(key)
    if decl is None or i + 1 >= len(decl.params):
        return cause
    p = decl.params[i + 1]
    if p.kind != "param" or not _mentions(decl.ret, p):
        return cause
    return _influence(fcx, cause, e, k.args[i], "the return type of this call is",
                      f"this argument influences the return type of `{k.segment.ident.name}`")


def _ctor_wrap(fcx, cause, e: ast.Expr, k: ast.ExprCall, ft, i: int):
    """A constructor whose field is a bare type parameter (`Some("yes")` where an
    `Option<u32>` is expected): "the type constructed contains `&'static str`"."""
    if ft.kind == "ctor":
        tys = fcx.results.adts[ft.name].tys
    else:
        enum, idx = ft.name.rsplit("::", 1)
        tys = fcx.results.adts[enum].variants[int(idx)].tys
    if not isinstance(k.func.kind, ast.ExprPath) or i >= len(tys) or tys[i].kind != "param":
        return cause
    name = k.func.kind.path.segments[-1].ident.name
    return _influence(fcx, cause, e, k.args[i], "the type constructed contains",
                      f"this argument influences the type of `{name}`")


def _influence(fcx, cause, e: ast.Expr, arg: ast.Expr, head: str, label: str):
    """`cause` followed by rustc's help naming the type `arg` gave the call's result."""
    def decorate(d: Diagnostic) -> None:
        cause(d)
        found = fcx.types.get(arg.id)
        if found is None:
            return
        h = Diagnostic("help", f"{head} `{_provided(fcx.infer, arg, found)}` due to the "
                       "type of the argument passed")
        h.primary(e.span)
        h.secondary(arg.span, label)
        d.children.insert(max(len(d.children) - 1, 0), h)
    return decorate
