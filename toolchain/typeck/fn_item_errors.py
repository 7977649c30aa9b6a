"""rustc's errors for a function item whose signature does not fit the `Fn*` bound it
is passed to (`apply(double, 3)` with `F: Fn(i32, i32) -> i32`): E0593 (another
number of arguments) and E0631 (other argument types), with E0631's two helps (wrap
the function in a closure; make its signature borrow, or not, its arguments).

Only a learner's function passed to a learner's bound is reported so: through std's
bounds (`.map(f)`) rustc adds an E0599 at the next method, and std's functions'
signatures are not the learner's to show; both stay refused honestly."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..types import Ty, display
from ..unsupported import unsupported

_PRIMS = ("int", "float", "bool", "char")


def _plural(n: int) -> str:
    return f"{n} argument" + ("" if n == 1 else "s")


def _fn_item(fcx, ob, t: Ty):
    """The learner's function (AST) behind `t` passed to a learner's bound, or None."""
    from ..std import is_std_span
    item = fcx.res.fns.get(t.name)
    sig = fcx.results.sigs.get(t.name)
    if item is None or sig is None or t.args or is_std_span(item.span) \
            or is_std_span(ob.bound) or ob.arg is None:
        return None
    if getattr(item.kind, "sig", None) is None or item.kind.sig.self_param is not None:
        return None
    vis = getattr(item, "vis", None)
    if vis is not None and vis.kind != "inherited":   # (rustc's span starts at `pub`)
        from dataclasses import replace
        sig = replace(sig, sig_span=Span(vis.span.lo, sig.sig_span.hi))
    return item.kind, sig


def arity(fcx, ob, t: Ty, got: int, want: int) -> None:
    fn = _fn_item(fcx, ob, t)
    if fn is None:
        fcx.diags.append(unsupported(ob.arg or ob.func, "a function taking another number of "
                                                        "arguments than its `Fn` bound"))
        return
    _, sig = fn
    d = Diagnostic.error(f"function is expected to take {_plural(want)}, but it takes "
                         f"{_plural(got)}", ob.arg,
                         f"expected function that takes {_plural(want)}", code="E0593")
    d.secondary(sig.sig_span, f"takes {_plural(got)}")
    d.secondary(ob.func, "required by a bound introduced by this call")
    from .bounds import _note
    d.children.append(_note(fcx, ob))
    fcx.diags.append(d)


def ret(fcx, ob, t: Ty, got: Ty, want: Ty) -> None:
    """E0271: the function returns another type than the bound's `-> R`."""
    fn = _fn_item(fcx, ob, t)
    span = _bound_ret_span(fcx, ob.bound) if fn is not None and "::" not in t.name else None
    if span is None or fcx.infer._has_var(got) or fcx.infer._has_var(want):
        fcx.diags.append(unsupported(ob.arg or ob.func, "a function returning another type "
                                                        "than its `Fn` bound's"))
        return
    w, g = display(want), display(got)
    d = Diagnostic.error(f"expected `{t.name}` to return `{w}`, but it returns `{g}`", ob.arg,
                         f"expected `{w}`, found `{g}`", code="E0271")
    d.secondary(ob.func, "required by a bound introduced by this call")
    from .bounds import _note
    from dataclasses import replace
    d.children.append(_note(fcx, replace(ob, bound=span)))
    fcx.diags.append(d)


def _bound_ret_span(fcx, bound: Span) -> Span | None:
    """The `R` of the bound `Fn(..) -> R` (rustc's note points at it)."""
    text = bytes(fcx.res.source.data[bound.lo:bound.hi])
    depth, i = 0, text.find(b"(")
    if i < 0:
        return None
    while i < len(text):
        depth += {40: 1, 41: -1}.get(text[i], 0)
        if depth == 0:
            break
        i += 1
    rest = text[i + 1:]
    j = rest.find(b"->")
    if j < 0 or rest[:j].strip():
        return None
    k = j + 2
    while k < len(rest) and rest[k:k + 1].isspace():
        k += 1
    return Span(bound.lo + i + 1 + k, bound.hi)


def args(fcx, ob, t: Ty, params: list[Ty], want: list[Ty]) -> None:
    """E0631: the argument types differ (`want`: the bound's, resolved before unifying)."""
    fn = _fn_item(fcx, ob, t)
    found = [fcx.infer.resolve(p) for p in params]
    want = [fcx.infer.resolve(p) for p in want]
    helps = _helps(fcx, ob, fn, found, want) if fn is not None else None
    if helps is None:
        fcx.diags.append(unsupported(ob.arg or ob.func, "a function whose argument types differ "
                                                        "from its `Fn` bound's"))
        return
    _, sig = fn
    d = Diagnostic.error("type mismatch in function arguments", ob.arg, "expected due to this",
                         code="E0631")
    d.secondary(sig.sig_span, "found signature defined here")
    d.secondary(ob.func, "required by a bound introduced by this call")
    both = _prims(found) & _prims(want)
    d.note(f"expected function signature `{_shown(want, both, True)}`\n"
           f"   found function signature `{_shown(found, both, False)}`")
    from .bounds import _note
    d.children.append(_note(fcx, ob))
    d.children.extend(helps)
    fcx.diags.append(d)


def _prims(tys) -> set:
    out = set()
    for t in tys:
        if t.kind in _PRIMS:
            out.add(t)
        elif t.kind in ("ref", "tuple"):
            out |= _prims(t.args)
    return out


def _shown(tys: list[Ty], both: set, late: bool) -> str:
    """rustc's signature in the note: the primitive types both signatures hold are `_`;
    the bound's elided references are late-bound regions (`for<'a> fn(&'a T)`)."""
    names: list[str] = []

    def show(t: Ty) -> str:
        if t in both:
            return "_"
        if t.kind == "ref":
            lt = ""
            if late:
                lt = f"'{chr(ord('a') + len(names))} "
                names.append(lt.strip())
            return "&" + lt + ("mut " if t.mutable else "") + show(t.args[0])
        if t.kind == "tuple":
            inner = ", ".join(show(a) for a in t.args)
            return f"({inner},)" if len(t.args) == 1 else f"({inner})"
        if t.kind in _PRIMS or not t.args:
            return display(t)
        return None

    parts = [show(t) for t in tys]
    if any(p is None for p in parts):
        parts = [display(t) for t in tys]   # (not reached for the cases checked here)
    head = f"for<{', '.join(names)}> " if names else ""
    return f"{head}fn({', '.join(parts)}) -> _"


def _helps(fcx, ob, fn, found: list[Ty], want: list[Ty]) -> list[Diagnostic] | None:
    """The helps of E0631, or None when one of their forms is not modelled."""
    ast_fn, sig = fn
    from ..syntax import ast
    if any(fcx.infer._has_var(t) or _adt_args(t) for t in found + want):
        return None
    kinds = []
    for f, w in zip(found, want):
        if f == w:
            kinds.append("same")
        elif f.kind == "ref" and not f.mutable and f.args[0] == w:
            kinds.append("ref")        # the function borrows what the bound passes
        elif w.kind == "ref" and not w.mutable and w.args[0] == f:
            kinds.append("deref")      # the bound passes a reference to what it takes
        else:
            kinds.append("other")
    related = "other" not in kinds
    names = []
    for i, p in enumerate(ast_fn.sig.params):
        pk = p.pat.kind
        simple = isinstance(pk, ast.PatIdent) and pk.sub is None and not pk.by_ref
        names.append(pk.ident.name if related and simple else f"arg{i}")
    calls = []
    for n, k, f in zip(names, kinds, found):
        calls.append(n if k == "same" else f"&{n}" if k == "ref" else f"*{n}" if k == "deref"
                     else f"/* {display(f)} */")
    src = fcx.res.source.data
    closure = "|" + ", ".join(f"{n}: {display(w)}" for n, w in zip(names, want)) + "| "
    arg = ob.arg
    wrap = Diagnostic("help", "consider wrapping the function in a closure", suggestions=[
        Suggestion(Span(arg.lo, arg.lo), closure, "MaybeIncorrect"),
        Suggestion(Span(arg.hi, arg.hi), "(" + ", ".join(calls) + ")", "MaybeIncorrect")])
    out = [wrap]
    moved = [k for k in kinds if k != "same"]
    if related and moved and len(set(moved)) == 1:
        plural = "argument" if len(moved) == 1 else "arguments"
        sugg = []
        for p, k in zip(ast_fn.sig.params, kinds):
            if k == "deref":
                sugg.append(Suggestion(Span(p.ty.span.lo, p.ty.span.lo), "&", "MaybeIncorrect"))
            elif k == "ref":
                if not isinstance(p.ty.kind, ast.TyRef) or p.ty.kind.lifetime is not None:
                    return None
                inner = p.ty.kind.ty.span
                if bytes(src[p.ty.span.lo:inner.lo]) != b"&":
                    return None
                sugg.append(Suggestion(Span(p.ty.span.lo, inner.lo), "", "MaybeIncorrect"))
        what = "borrows its" if moved[0] == "deref" else "does not borrow its"
        out.append(Diagnostic("help", f"consider adjusting the signature so it {what} {plural}",
                              suggestions=sugg))
    elif related and moved:
        return None
    return out


def _adt_args(t: Ty) -> bool:
    """A type with generic arguments (`Vec<i32>`): how rustc's note elides inside it is
    not modelled."""
    if t.kind == "adt" and t.args:
        return True
    return any(_adt_args(a) for a in t.args) if t.kind in ("ref", "tuple") else False


_NOT_CALLABLE = ("int", "intvar", "float", "floatvar", "bool", "char")


def not_callable(fcx, ob, t: Ty) -> bool:
    """E0277 for a value that is no callable at all (a number, a `bool`, a `String`)
    passed for a learner's `F: Fn*(..)` bound."""
    from ..std import is_std_span
    want = ob.fn_sig
    if want is None or ob.arg is None or is_std_span(ob.bound):
        return False
    if t.kind not in _NOT_CALLABLE and not (t.kind == "adt" and t.name == "String"):
        return False
    params = [fcx.infer.resolve(p) for p in want[0]]
    if any(fcx.infer._has_var(p) for p in params):
        return False
    shown = display(t)
    bound = f"{ob.trait}({', '.join(display(p) for p in params)})"
    d = Diagnostic.error(f"expected a `{bound}` closure, found `{shown}`", ob.arg,
                         f"expected an `{bound}` closure, found `{shown}`", code="E0277")
    d.secondary(ob.func, "required by a bound introduced by this call")
    d.help(f"the trait `{bound}` is not implemented for `{shown}`")
    if not params:
        d.note(f"wrap the `{shown}` in a closure with no arguments: `|| {{ /* code */ }}`")
    from .bounds import _note
    d.children.append(_note(fcx, ob))
    fcx.diags.append(d)
    return True
