"""rustc's E0277 for a `str` method's pattern whose type is no `Pattern` (`s.find(5)`).

rustc's `str` methods take `P: Pattern`, implemented for `char`, text (`&str`,
`&String`, `&&str`), `char` slices and arrays, and by the blanket
`impl<F: FnMut(char) -> bool> Pattern for F`. A number or a `bool` matches none of
the specific impls, so rustc names the blanket impl's bound in its label ("the trait
`FnMut(char)` is not implemented for `{integer}`"), lists the other impls, and points
at the method's `P: Pattern` bound in its std source. (Ferrite's std still routes the
pattern's forms by type, typeck/str_patterns.py; this reports the types that fit none.)
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, ExternalSpan
from ..std_locations import LIBRARY, file_rank
from ..types import Ty, display

# Each method's `P: Pattern` bound in rustc 1.95's source: (its path as rustc names it,
# file under library/, rustc's JSON coordinates).
_BOUNDS = {
    "find": ("core::str::<impl str>::find", "core/src/str/mod.rs", 1481, 5, 1481, 60, 51525, 51580),
    "rfind": ("core::str::<impl str>::rfind", "core/src/str/mod.rs", 1527, 5, 1529, 54, 52854, 52974),
    "contains": ("core::str::<impl str>::contains", "core/src/str/mod.rs", 1367, 5, 1367, 55, 47941, 47991),
    "starts_with": ("core::str::<impl str>::starts_with", "core/src/str/mod.rs", 1405, 5, 1405, 58, 49257, 49310),
    "ends_with": ("core::str::<impl str>::ends_with", "core/src/str/mod.rs", 1430, 5, 1432, 54, 50001, 50116),
    "split": ("core::str::<impl str>::split", "core/src/str/mod.rs", 1655, 5, 1655, 60, 57179, 57234),
    "rsplit": ("core::str::<impl str>::rsplit", "core/src/str/mod.rs", 1751, 5, 1753, 54, 60672, 60793),
    "replace": ("str::<impl str>::replace", "alloc/src/str.rs", 268, 5, 268, 67, 9599, 9661),
    "trim_matches": ("core::str::<impl str>::trim_matches", "core/src/str/mod.rs", 2362, 5, 2364, 58, 82505, 82627),
    "trim_start_matches": ("core::str::<impl str>::trim_start_matches", "core/src/str/mod.rs", 2409, 5, 2409, 65, 84306, 84366),
    "trim_end_matches": ("core::str::<impl str>::trim_end_matches", "core/src/str/mod.rs", 2627, 5, 2629, 54, 93065, 93187),
    "strip_prefix": ("core::str::<impl str>::strip_prefix", "core/src/str/mod.rs", 2443, 5, 2443, 70, 85703, 85768),
    "strip_suffix": ("core::str::<impl str>::strip_suffix", "core/src/str/mod.rs", 2471, 5, 2473, 54, 86851, 86980),
    "split_once": ("core::str::<impl str>::split_once", "core/src/str/mod.rs", 1970, 5, 1970, 85, 68452, 68532),
    "matches": ("core::str::<impl str>::matches", "core/src/str/mod.rs", 2029, 5, 2029, 64, 70856, 70915),
}

# The other `Pattern` impls, as rustc's help lists them.
_OTHERS = ("&'b String", "&'b [char; N]", "&'b [char]", "&'b str", "&'c &'b str", "[char; N]",
           "char")

_NOT_PATTERNS = ("int", "float", "intvar", "floatvar", "bool")


def not_a_pattern(fcx, k, arg, t: Ty) -> bool:
    """E0277 when pattern `arg` of `k` has type `t` that is no `Pattern` (a number or
    a `bool`); False when `t` may be one (or the method's bound is not recorded)."""
    bound = _BOUNDS.get(k.segment.ident.name)
    t = fcx.infer.resolve(t)
    if bound is None or t.kind not in _NOT_PATTERNS:
        return False
    shown = display(t)
    d = Diagnostic.error(f"the trait bound `{shown}: Pattern` is not satisfied", arg.span,
                         f"the trait `FnMut(char)` is not implemented for `{shown}`",
                         code="E0277")
    d.secondary(k.segment.ident.span, "required by a bound introduced by this call")
    d.help("the following other types implement trait `Pattern`:\n"
           + "\n".join(f"  {o}" for o in _OTHERS))
    d.note(f"required for `{shown}` to implement `Pattern`")
    _bound_note(d, bound)
    fcx.diags.append(d)
    return True


def closure_not_bool(fcx, k, arg) -> bool:
    """E0271 for a closure pattern whose body is not a `bool` (`s.find(|c: char| c as
    u32)`): rustc's blanket `impl<F: FnMut(char) -> bool> Pattern for F` is the one a
    closure may use, and its `Output = bool` fails. Only a closure written in place
    with an expression body and no written return type; False for the others."""
    from ..syntax import ast
    from .closures import display_name
    inner = arg
    while isinstance(inner.kind, ast.ExprParen):
        inner = inner.kind.expr
    c = inner.kind
    bound = _BOUNDS.get(k.segment.ident.name)
    if bound is None or not isinstance(c, ast.ExprClosure) or c.ret is not None \
            or isinstance(c.body.kind, ast.ExprBlock):
        return False
    got = fcx.infer.resolve(fcx.types.get(c.body.id, Ty("error")))
    if got.kind in ("var", "error", "bool"):
        return False
    full = display_name(fcx, c)
    short = full[:full.rindex(": ")] + "}" if ": " in full else full
    shown = display(got)
    d = Diagnostic.error(f"expected `{short}` to return `bool`, but it returns `{shown}`",
                         c.body.span, f"expected `bool`, found `{shown}`", code="E0271")
    d.secondary(k.segment.ident.span, "required by a bound introduced by this call")
    d.secondary(c.decl_span, "this closure")
    d.note(f"required for `{full}` to implement `Pattern`")
    _bound_note(d, bound)
    fcx.diags.append(d)
    return True


def _bound_note(d: Diagnostic, bound: tuple) -> None:
    """"required by a bound in `str::find`", at the method's place in core's source."""
    path, file, *at = bound
    note = Diagnostic("note", f"required by a bound in `{path}`")
    note.primary(ExternalSpan(LIBRARY + file, *at, file_rank(LIBRARY + file)))
    d.children.append(note)
