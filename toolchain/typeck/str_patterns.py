"""Which form of a `str` method a call takes by its pattern's type (rustc's `P: Pattern`).

std's `find`, `split`, `contains`, .. (std/string.rs) take text or a `char`; a pattern
that is a closure or a function (`char::is_numeric`) goes to the method's `_fn` form,
a `&[char]` (or `&[char; N]`) to its `_chars` form, and the `trim_*_matches` methods,
which have no plain form, take a `char` or text by their `_char` / `_str` forms
(std/str_pattern.rs). The form is found by the method probe under the routed name, so
its signature (`F: FnMut(char) -> bool`) checks the closure as rustc's bound does.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty

# The methods with a routed form, and the forms each has.
_FN = {"find", "rfind", "contains", "starts_with", "ends_with", "strip_prefix",
       "strip_suffix", "trim_start_matches", "trim_end_matches", "trim_matches",
       "replace", "split", "match_indices", "rmatch_indices"}
_TRIM = {"trim_start_matches", "trim_end_matches", "trim_matches"}
ROUTED = _FN | _TRIM

HIDDEN_PREFIX = "ferrite_"


def in_std(k: ast.ExprMethodCall) -> bool:
    """Is the call in std's own source (which calls the hidden forms by name)?"""
    from ..std import STD_BASE
    return k.segment.ident.span.lo >= STD_BASE


def text_base(base: Ty) -> bool:
    """Is the receiver (after the probe's derefs) a `str`, `&str` or `String`?"""
    if base.kind == "ref":
        base = base.args[0]
    return base.kind == "str" or base.kind == "adt" and base.name == "String"


def route(fcx, k: ast.ExprMethodCall) -> tuple[str | None, Ty | None] | None:
    """The routed method name ("": the plain one; None: refused, reported here) and
    the pattern's type if checked here (None: not checked, as a closure the routed
    form checks against its bound). None: the plain method checks the call."""
    name = k.segment.ident.name
    if not k.args:
        return None
    inner = k.args[0]
    while isinstance(inner.kind, ast.ExprParen):
        inner = inner.kind.expr
    if isinstance(inner.kind, ast.ExprClosure):
        return f"{HIDDEN_PREFIX}{name}_fn", None
    if name not in _TRIM and not isinstance(inner.kind, (ast.ExprPath, ast.ExprAddrOf,
                                                         ast.ExprArray)):
        return None         # (literals and the rest: the plain method's own checks)
    raw = fcx.check_expr(k.args[0], None)    # (as recorded: a coercion of it is noted on it)
    t = fcx.infer.resolve(raw)
    from .pattern_errors import not_a_pattern     # (a number or `bool`: rustc's E0277)
    if not_a_pattern(fcx, k, k.args[0], t):
        return None, None
    if t.kind == "array":
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(k.args[0].span, "an array of `char`s as a pattern "
                                                     "(a slice `&[..]` of them is supported)"))
        return None, None
    if t.kind in ("fndef", "closure"):
        return f"{HIDDEN_PREFIX}{name}_fn", raw
    if t.kind == "ref" and t.args[0].kind in ("slice", "array") \
            and fcx.infer.resolve(t.args[0].args[0]).kind == "char":
        return f"{HIDDEN_PREFIX}{name}_chars", raw
    if name in _TRIM and t.kind == "char":
        return f"{HIDDEN_PREFIX}{name}_char", raw
    if name in _TRIM:
        return f"{HIDDEN_PREFIX}{name}_str", raw
    return "", raw     # (checked here: the plain method coerces it)


def closure_errors(fcx, k: ast.ExprMethodCall, mark: int) -> None:
    """A routed pattern's type errors, found against the form's `FnMut(char) -> bool`
    bound, are rustc's E0271 / E0277 "required for .. to implement `Pattern`" there,
    not the plain mismatch of that bound: refused honestly instead."""
    errs = [d for d in fcx.diags[mark:] if d.code is not None]
    if not errs:
        return
    from ..unsupported import unsupported
    del fcx.diags[mark:]
    from .pattern_errors import closure_not_bool     # (a closure returning no `bool`: E0271)
    if len(errs) == 1 and errs[0].code == "E0308" and closure_not_bool(fcx, k, k.args[0]):
        return
    fcx.diags.append(unsupported(k.args[0].span, "a type error in a closure or function "
                                                 "used as a `str` pattern"))
