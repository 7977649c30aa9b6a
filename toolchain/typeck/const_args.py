"""Const generic arguments nothing decided: rustc's E0284 ("type annotations needed",
`let c = make();` for `fn make<const N: usize>() -> [i32; N]`), which points at the
const parameter's declaration (resolve/const_params.py)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, Ty, display


def _declaration(fcx, item: str, name: str) -> Span | None:
    """The declaration `const N: usize` of `item`'s (a function's or a struct's)
    const parameter `name`, or None when `name` is a type parameter."""
    if item in fcx.res.adts:
        g = fcx.res.adts[item].generics
    else:
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
    from .generics import _param_names, _with_holes
    infer = fcx.infer
    root = infer.shallow(v)
    short = item.split("::")[-1]
    is_adt = item in fcx.results.adts
    from .generics import lets_mentioning
    for pat, init, t in lets_mentioning(fcx, lets, root):
        d = Diagnostic.error(f"type annotations needed for `{display(_with_holes(t, {}, infer))}`",
                             pat.span, code="E0284")
        d.secondary(_labelled(init, origin, is_adt).span, "type must be known at this point")
        _note(d, decl, short)
        text = f"[_; {name}]" if t.kind == "array" \
            else display(_with_holes(t, _param_names(fcx, root), infer))
        d.help(f"consider giving `{pat.kind.ident.name}` an explicit type, where the value of "
               f"const parameter `{name}` is specified",
               suggestions=[Suggestion(Span(pat.span.hi, pat.span.hi), f": {text}",
                                       "HasPlaceholders", "ShowAlways")])
        fcx.diags.append(d)
        twin = _impl_twin(fcx, origin, item, name, pat, init)
        if twin is not None:
            fcx.diags.append(twin)
        return True
    if isinstance(origin.kind, ast.ExprCall):
        origin = origin.kind.func
    d = Diagnostic.error("type annotations needed", origin.span,
                         f"cannot infer the value of the const parameter `{name}` declared on "
                         f"the {'struct' if is_adt else 'function'} `{short}`", code="E0284")
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


def _impl_twin(fcx, origin: ast.Expr, item: str, name: str, pat: ast.Pat,
               init: ast.Expr) -> Diagnostic | None:
    """`let r = Ring::new();`: rustc reports the impl's own const parameter too (the
    associated function's `impl<const N: usize> Ring<N>`), as a second E0284."""
    callee = origin.kind.func if isinstance(origin.kind, ast.ExprCall) else origin
    if not (isinstance(callee.kind, ast.ExprPath) and len(callee.kind.path.segments) == 2):
        return None
    fn = callee.kind.path.segments[1].ident.name
    a = fcx.res.assoc.get(item, {}).get(fn)
    g = fcx.res.adts[item].generics
    if a is None or a.kind != "fn" or a.self_ty is None or not isinstance(a.self_ty.kind, ast.TyPath) \
            or a.generics.decl is None:
        return None
    seg = a.self_ty.kind.path.segments[-1]
    args = [x for x in (seg.args.args if seg.args is not None else []) if not isinstance(x, ast.Lifetime)]
    i = g.index(name)
    if len(g.names) != 1:       # (the help's text is known for one parameter)
        return None
    if i is None or i >= len(args) or not isinstance(args[i], ast.Ty) \
            or not isinstance(args[i].kind, ast.TyPath):
        return None
    own = args[i].kind.path.segments[0].ident.name
    decl = next((p for p in a.generics.decl.params if p.kind == "const" and p.ident.name == own), None)
    if decl is None:
        return None
    shown = f"{item.split('::')[-1]}::<{', '.join(a.generics.names)}>::{fn}"
    t = fcx.infer.resolve(fcx.local_types.get(pat.id, ERROR))
    from .generics import _with_holes
    d = Diagnostic.error(f"type annotations needed for `{display(_with_holes(t, {}, fcx.infer))}`",
                         pat.span, code="E0284")
    d.secondary(_call_of(init, callee).span, "type must be known at this point")
    n = Diagnostic("note", f"required by a const generic parameter in `{shown}`")
    n.primary(decl.span, f"required by this const generic parameter in `{shown}`")
    n.secondary(a.item.kind.ident.span, "required by a bound in this associated function")
    d.children.append(n)
    text = display(_with_holes(t, {}, fcx.infer)).replace("_", own)
    d.help(f"consider giving `{pat.kind.ident.name}` an explicit type, where the value of "
           f"const parameter `{own}` is specified",
           suggestions=[Suggestion(Span(pat.span.hi, pat.span.hi), f": {text}",
                                   "HasPlaceholders", "ShowAlways")])
    return d


def _labelled(init: ast.Expr, origin: ast.Expr, is_adt: bool):
    """What rustc labels "type must be known at this point": a function's call, or the
    struct's segment of a path (`Ring` of `Ring::new()`)."""
    if is_adt and isinstance(origin.kind, ast.ExprCall):
        origin = origin.kind.func
    if is_adt and isinstance(origin.kind, ast.ExprPath):
        return origin.kind.path.segments[0].ident
    return _call_of(init, origin)


def _call_of(init: ast.Expr, origin: ast.Expr) -> ast.Expr:
    """The call whose callee is `origin` (rustc labels the whole call)."""
    from ..syntax.visit import iter_nodes
    for n in iter_nodes(init):
        if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprCall) and n.kind.func is origin:
            return n
    return origin


def lower_arg(a, res, lower_ty) -> Ty:
    """A generic argument of a type path: a type, or a const argument (`3`, `SIZE`,
    or `W` of an enclosing `impl<const W: usize>`) as a `Ty("const", ..)`/param."""
    from ..resolve.generics import const_literal
    if not isinstance(a, ast.Ty):
        lit = const_literal(a)
        return Ty("const", lit) if lit is not None else ERROR
    r = res.types.get(a.id)
    if r is not None and r.kind == "const_item":
        from ..resolve.array_lens import const_value
        v = const_value(r.target, res)
        return Ty("const", str(v)) if v is not None and v >= 0 else ERROR
    return lower_ty(a, res)


def first_const_difference(exp: Ty, fnd: Ty) -> tuple[Ty, Ty] | None:
    """Where two types of one shape first differ, when that is a const argument
    (`Stack<4>` against `Stack<3>`): rustc's ConstMismatch labels just those."""
    if exp.kind == fnd.kind == "const":
        return (exp, fnd) if exp.name != fnd.name else None
    if exp.kind != fnd.kind or exp.name != fnd.name or len(exp.args) != len(fnd.args) \
            or exp.mutable != fnd.mutable:
        return None
    for a, b in zip(exp.args, fnd.args):
        if a != b:
            return first_const_difference(a, b)
    return None
