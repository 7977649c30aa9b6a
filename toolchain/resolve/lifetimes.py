"""Lifetime elision in function signatures (rustc_resolve's late lifetime resolution):
a reference in the return type needs exactly one lifetime to borrow from, else E0106.

Every lifetime position of the inputs counts, named or not (`fn f<'a>(x: &'a str, y:
&'a str) -> &str` is two positions, so E0106); a struct's lifetime left out of a path
(`e: Excerpt`) is a hidden position, whose diagnostics Ferrite does not word yet.
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


def lifetime_positions(t: ast.Ty | None, res=None) -> list[tuple[ast.Ty, str]]:
    """Every lifetime position of a type: (the type holding it, "elided" | "named" |
    "hidden"), outermost first. `res` tells structs with lifetime parameters apart."""
    out: list[tuple[ast.Ty, str]] = []
    stack = [t] if t is not None else []
    while stack:
        t = stack.pop(0)
        k = t.kind
        if isinstance(k, ast.TyRef):
            out.append((t, "elided" if k.lifetime is None or k.lifetime.name == "'_" else "named"))
            stack.insert(0, k.ty)
        elif isinstance(k, ast.TyTuple):
            stack[0:0] = list(k.elems)
        elif isinstance(k, (ast.TyParen, ast.TySlice)):
            stack.insert(0, k.ty if isinstance(k, ast.TyParen) else k.elem)
        elif isinstance(k, ast.TyArray):
            stack.insert(0, k.elem)
        elif isinstance(k, ast.TyPath) and res is not None:
            seg = k.path.segments[-1]
            args = seg.args.args if seg.args is not None else []
            n, lts = path_lifetimes(res, t, seg)
            out += [(t, "hidden")] * n
            out += [(t, "elided" if a.name == "'_" else "named") for a in lts]
            stack[0:0] = [a for a in args if isinstance(a, ast.Ty)]
    return out


def check_elision(f: ast.Fn, res=None, lifetimes: list | None = None) -> Diagnostic | None:
    """E0106 for a returned reference with no lifetime to borrow from. `lifetimes`: the
    lifetime parameters in scope."""
    d = _hidden_output(f, res)
    if d is not None:
        return d
    outs = elided_refs(f.sig.ret)
    if not outs:
        return None
    sp = f.sig.self_param
    if sp is not None and sp.kind == "ref":
        return None
    positions = [(p, r, how) for p in f.sig.params for r, how in lifetime_positions(p.ty, res)]
    if sp is not None and lifetimes:     # `self` by value: its type's lifetimes count too
        from ..unsupported import unsupported
        return unsupported(outs[0].span, "an elided lifetime in the result of a method "
                                         "taking `self` by value")
    if len(positions) == 1:
        return None
    if lifetimes or any(how != "elided" for _, _, how in positions):
        from .named_elision import e0106_named
        return e0106_named(f, outs, positions, lifetimes or [])
    inputs = [(p, r) for p in f.sig.params for r in elided_refs(p.ty)]
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


def _hidden_output(f: ast.Fn, res) -> Diagnostic | None:
    """`-> Excerpt` / `-> Excerpt<'_>` with nothing to borrow from: rustc's E0106 in a
    path, which Ferrite does not word yet (refused rather than accepted)."""
    if res is None or f.sig.ret is None:
        return None
    hidden = [t for t, how in lifetime_positions(f.sig.ret, res)
              if how == "hidden" or (how == "elided" and not isinstance(t.kind, ast.TyRef))]
    if not hidden:
        return None
    sp = f.sig.self_param
    if sp is not None and sp.kind == "ref":
        return None
    if sp is None and len([1 for p in f.sig.params for _ in lifetime_positions(p.ty, res)]) == 1:
        return None
    from ..unsupported import unsupported
    return unsupported(hidden[0].span, "an elided lifetime in this result type")


def path_lifetimes(res, t: ast.Ty, seg: ast.PathSegment) -> tuple[int, list]:
    """A path type's lifetime positions: how many it hides (a struct's lifetime
    parameters written without arguments), and the lifetimes it writes."""
    args = seg.args.args if seg.args is not None else []
    lts = [a for a in args if isinstance(a, ast.Lifetime)]
    got = res.types.get(t.id)
    adt = res.adts.get(got.target) if got is not None and got.kind == "adt" else None
    if adt is None or lts:
        return 0, lts
    from ..types import BORROWING_ADTS
    from .prelude import is_std_span
    # std's borrowing iterators and guards keep their one lifetime implicit (in a
    # learner's signature; Ferrite's own std elides through them freely)
    return len(adt.generics.lifetimes) or (
        1 if adt.name in BORROWING_ADTS and not is_std_span(t.span) else 0), lts
