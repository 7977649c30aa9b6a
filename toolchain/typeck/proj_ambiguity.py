"""rustc's E0284 "type annotations needed" for a generic argument nothing decides
when it is the self type of a projection the call's signature needs: `let n =
"5".parse();` (`Result<F, <F as FromStr>::Err>`) says "cannot satisfy `<_ as
FromStr>::Err == _`" where a plain undecided argument would be E0282
(generics.report_uninferred, which calls this first).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import Ty, display
from .projection import parts


def _proj_of(t: Ty, index: int):
    """The projection of `t` whose self type is parameter `index`, if any."""
    if t.kind == "proj" and t.args[0].kind == "param" and t.args[0].id == index:
        return t
    for a in t.args:
        got = _proj_of(a, index)
        if got is not None:
            return got
    return None


def e0284(fcx, v: Ty, name: str, origin, item: str, lets: list) -> bool:
    """Report E0284 for undecided argument `v` (of `item`'s parameter `name`) when
    it is one; False when it is not (the caller reports E0282)."""
    sig = fcx.results.sigs.get(item)
    g = sig.generics if sig is not None else None
    if g is None or name not in g.names or not isinstance(getattr(origin, "kind", None),
                                                          ast.ExprMethodCall):
        return False
    p = _proj_of(sig.ret, g.names.index(name))
    if p is None:
        return False
    infer = fcx.infer
    root = infer.shallow(v)
    trait, _, _ = parts(p)
    at = origin.kind.segment.ident.span
    from .generics import lets_mentioning
    for pat, init, t in lets_mentioning(fcx, lets, root):
        if t.kind == "var":
            d = Diagnostic.error("type annotations needed", pat.span, code="E0284")
            help_, text = f"consider giving `{pat.kind.ident.name}` an explicit type", ": /* Type */"
        else:
            d = Diagnostic.error(f"type annotations needed for `{display(_holes(t, root, None, infer))}`",
                                 pat.span, code="E0284")
            help_ = (f"consider giving `{pat.kind.ident.name}` an explicit type, where the type for "
                     f"type parameter `{name}` is specified")
            text = ": " + display(_holes(t, root, name, infer))
        d.secondary(at, "type must be known at this point")
        d.note(f"cannot satisfy `<_ as {trait.rsplit('::', 1)[-1]}>::{parts(p)[1]} == _`")
        d.help(help_, suggestions=[Suggestion(Span(pat.span.hi, pat.span.hi), text,
                                              "HasPlaceholders", "ShowAlways")])
        fcx.diags.append(d)
        return True
    return False


def _holes(t: Ty, root: Ty, name: str | None, infer) -> Ty:
    """`t` as rustc shows it: the argument as its parameter's name (or `_`), every other
    undecided part (a projection of it too) as `_`."""
    t = infer.shallow(t)
    if t.kind == "var":
        return Ty("param", name if name is not None and t == root else "_")
    if t.kind == "proj":
        return Ty("param", "_")
    if t.args:
        return Ty(t.kind, t.name, tuple(_holes(a, root, name, infer) for a in t.args),
                  t.mutable, t.id)
    return t
