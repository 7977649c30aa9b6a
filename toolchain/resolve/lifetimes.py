"""Lifetime elision in function signatures (rustc_resolve's late lifetime resolution):
a reference in the return type needs exactly one lifetime to borrow from, else E0106.

Named lifetimes need generic parameters, which are not supported yet; `'static` is
accepted wherever it is written.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast


def elided_refs(t: ast.Ty | None) -> list[ast.Ty]:
    """The `&` types without a written lifetime in `t`, outermost first."""
    out: list[ast.Ty] = []
    stack = [t] if t is not None else []
    while stack:
        t = stack.pop(0)
        k = t.kind
        if isinstance(k, ast.TyRef):
            if k.lifetime is None:
                out.append(t)
            stack.insert(0, k.ty)
        elif isinstance(k, ast.TyTuple):
            stack[0:0] = list(k.elems)
        elif isinstance(k, ast.TyParen):
            stack.insert(0, k.ty)
    return out


def check_elision(f: ast.Fn) -> Diagnostic | None:
    """E0106 for a returned reference with no lifetime to borrow from."""
    outs = elided_refs(f.sig.ret)
    if not outs:
        return None
    sp = f.sig.self_param
    if sp is not None and sp.kind == "ref":
        return None
    inputs = [(p, r) for p in f.sig.params for r in elided_refs(p.ty)]
    if len(inputs) == 1:
        return None
    amp = [Span(r.span.lo, r.span.lo + 1) for r in outs]
    d = Diagnostic.error("missing lifetime specifier", amp[0], "expected named lifetime parameter",
                         code="E0106")
    for s in amp[1:]:
        d.primary(s, "expected named lifetime parameter")
    if not inputs:
        d.help("this function's return type contains a borrowed value, but there is no value "
               "for it to be borrowed from")
        d.help("consider using the `'static` lifetime, but this is uncommon unless you're "
               "returning a borrowed value from a `const` or a `static`",
               suggestions=[Suggestion(Span(s.hi, s.hi), "'static ", "MaybeIncorrect", "ShowAlways")
                            for s in amp])
        if len(outs) == 1 and outs[0] is f.sig.ret:
            inner = f.sig.ret.kind.ty
            d.help("instead, you are more likely to want to return an owned value",
                   suggestions=[Suggestion(Span(f.sig.ret.span.lo, inner.span.lo), "",
                                           "MaybeIncorrect", "ShowAlways")])
        return d
    names = []
    for p, _ in inputs:
        if not isinstance(p.pat.kind, ast.PatIdent):
            return _plain(d)
        names.append(f"`{p.pat.kind.ident.name}`")
    # rustc labels each input reference, then asks which one the output borrows from.
    for _, r in inputs:
        d.secondary(r.span, "")
    if len(names) == 2:
        which = f"{names[0]} or {names[1]}"
    else:
        which = ", ".join(names[:-1]) + ", or " + names[-1]
    d.help("this function's return type contains a borrowed value, but the signature does not "
           f"say whether it is borrowed from {which}")
    gen_at = f.generics.span.hi if f.generics.params else f.ident.span.hi
    sugg = [Suggestion(Span(gen_at, gen_at), "<'a>", "MaybeIncorrect", "ShowAlways")]
    for _, r in inputs:
        sugg.append(Suggestion(Span(r.span.lo + 1, r.span.lo + 1), "'a ", "MaybeIncorrect", "ShowAlways"))
    for s in amp:
        sugg.append(Suggestion(Span(s.hi, s.hi), "'a ", "MaybeIncorrect", "ShowAlways"))
    d.help("consider introducing a named lifetime parameter", suggestions=sugg)
    return d


def _plain(d: Diagnostic) -> Diagnostic:
    d.help("this function's return type contains a borrowed value with an elided lifetime, but "
           "the lifetime cannot be derived from the arguments")
    return d
