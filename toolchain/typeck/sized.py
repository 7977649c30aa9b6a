"""The implicit `Sized` bound of a generic function's type parameters: at each call,
a parameter not declared `?Sized` (resolve/bounds.py `info.unsized`) must not be
inferred as an unsized type (`str`, a slice, `dyn Trait`): E0277 as rustc words it,
with its help adding `?Sized` where the parameter's bounds are written."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..types import display

UNSIZED_KINDS = ("str", "slice", "dyn")


def register(fcx, e, k, ft, sig) -> None:
    from .bounds import Obligation, _mentions
    g = sig.generics if sig is not None else None
    if g is None or len(ft.args) > len(g.names):
        return
    offset = len(g.names) - len(ft.args)
    for j, arg_ty in enumerate(ft.args):
        i = offset + j
        if i in g.unsized or i >= len(g.spans):
            continue
        holders = [n for n, p in enumerate(sig.params) if _mentions(p, i)]
        arg = k.args[holders[0]].span if len(holders) == 1 and holders[0] < len(k.args) else None
        ob = Obligation(arg_ty, "Sized", g.spans[i], ft.name.split("::")[-1], sig.name_span,
                        k.func.span, arg, call_span=e.span, check=_check)
        ob.targs = None
        ob.fn_sig = (g, i)     # (the callee's generics and the parameter, for the help)
        ob.arg_expr = k.args[holders[0]] if arg is not None else None
        fcx.bound_obligations.append(ob)


def _check(fcx, ob) -> None:
    t = fcx.infer.resolve(ob.ty)
    if t.kind not in UNSIZED_KINDS:
        return
    shown = display(t)
    from .bounds import _at_call
    if not hasattr(fcx, "unsized_args"):
        fcx.unsized_args = set()
    fcx.unsized_args.add(ob.ty)
    d = _at_call(ob, f"the size for values of type `{shown}` cannot be known at compilation "
                 "time", "doesn't have a size known at compile-time")
    d.help(f"the trait `Sized` is not implemented for `{shown}`")
    note = Diagnostic("note", f"required by an implicit `Sized` bound in `{ob.callee}`")
    note.primary(ob.bound, "required by the implicit `Sized` requirement on this type "
                 f"parameter in `{ob.callee}`")
    d.children.append(note)
    _remove_method_call(fcx, d, getattr(ob, "arg_expr", None))
    g, i = ob.fn_sig
    at, text = _relax_at(g, i)
    if at is not None:
        d.help("consider relaxing the implicit `Sized` restriction",
               suggestions=[Suggestion(Span(at, at), text, "MaybeIncorrect", "ShowAlways")])
    fcx.diags.append(d)


def _relax_at(g, i: int):
    """Where rustc inserts `?Sized`: after the parameter's last inline bound, else after
    its `where` clause's last bound, else as `: ?Sized` after its name."""
    decl = g.decl
    name = g.names[i]
    if decl is not None:
        for p in decl.params:
            if p.kind == "type" and p.ident.name == name and p.bounds:
                return p.bounds[-1].span.hi, " + ?Sized"
        for w in decl.where_clause:
            t = w.bounded_ty
            segs = getattr(getattr(t, "kind", None), "path", None)
            if w.lifetime is None and w.bounds and segs is not None \
                    and len(segs.segments) == 1 and segs.segments[0].ident.name == name:
                return w.bounds[-1].span.hi, " + ?Sized"
    return g.spans[i].hi, ": ?Sized"


def _remove_method_call(fcx, d: Diagnostic, arg) -> None:
    """`wrap(name.as_str())`: rustc offers to drop an argument-less method call whose
    receiver's type is sized (its obligation, with the receiver's type, holds)."""
    from ..syntax import ast
    k = getattr(arg, "kind", None)
    if not isinstance(k, ast.ExprMethodCall) or k.args or k.segment.args is not None:
        return
    t = fcx.types.get(k.receiver.id)
    if t is None:
        return
    t = fcx.infer.resolve(t)
    if t.kind in UNSIZED_KINDS or t.is_error or t.kind in ("var", "param"):
        return
    shown = display(t)
    d.help(f"consider removing this method call, as the receiver has type `{shown}` and "
           f"`{shown}: Sized` trivially holds",
           suggestions=[Suggestion(Span(k.receiver.span.hi, arg.span.hi), "",
                                   "MaybeIncorrect", "ShowAlways")])
