"""E0599 for an `Iterator` method called on a collection (`v.map(..)` on a Vec),
in rustc's two wordings:
- the receiver's type is known (`Vec<i32>`, `&[i32]`, `&Vec<i32>`): "`Vec<i32>` is
  not an iterator", with the help to call `.into_iter()` first;
- it still holds an inference variable (`Vec<{integer}>`, `[{integer}; 3]`): "the
  method `map` exists ... but its trait bounds were not satisfied", listing the
  `Iterator` bounds of each autoderef step (what `&mut I: Iterator` needs).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import Ty, display, slice_ty

ITERATOR = "Iterator"


def _known(t: Ty) -> bool:
    if t.kind in ("var", "intvar", "floatvar", "error"):
        return False
    return all(_known(a) for a in t.args)


def _iterator_method(fcx, name: str) -> bool:
    d = fcx.res.traits.defs.get(ITERATOR)
    return d is not None and name in d.items and name != "next" and name != "into_iter"


def report(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, base: Ty, n: int) -> bool:
    """Report the error if it applies (after the arguments are checked); False if not."""
    name = k.segment.ident.name
    if not _iterator_method(fcx, name):
        return False
    is_vec = base.kind == "adt" and base.name == "Vec"
    if not (is_vec or base.kind in ("array", "slice")):
        return False
    at = k.segment.ident.span
    if _known(rt):
        if base.kind == "array" or (base.kind == "slice" and n != 1) or n > 1:
            return False
        shown = display(rt)
        noun = "reference" if rt.kind == "ref" else "struct"
        d = Diagnostic.error(f"no method named `{name}` found for {noun} `{shown}` in the "
                             "current scope", at, f"`{shown}` is not an iterator", code="E0599")
        d.help("call `.into_iter()` first",
               suggestions=[Suggestion(Span(at.lo, at.lo), "into_iter().", "MaybeIncorrect",
                                       "ShowAlways")])
    else:
        if n != 0 or base.kind == "slice":
            return False
        noun = "array" if base.kind == "array" else "struct"
        d = Diagnostic.error(f"the method `{name}` exists for {noun} `{display(base)}`, but its "
                             "trait bounds were not satisfied", at, code="E0599")
        lines = []
        for t in (base, slice_ty(base.args[0])):
            lines.append(f"`{display(t)}: Iterator`\nwhich is required by "
                         f"`&mut {display(t)}: Iterator`")
        d.note("the following trait bounds were not satisfied:\n" + "\n".join(lines))
    for arg in k.args:
        if not isinstance(arg.kind, ast.ExprClosure):   # (rustc says nothing of those)
            fcx.check_expr(arg, None)
    fcx.diags.append(d)
    return True
