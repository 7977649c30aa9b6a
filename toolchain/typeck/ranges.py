"""Range expressions as values: `a..b` is a `std::ops::Range<T>`, `a..=b` a
`RangeInclusive<T>` and `a..` a `RangeFrom<T>` (std/ops.rs), both bounds of one
type. A range in a `for` head (`for i in 0..n`) keeps its fast path (check.py), and
one in an index (`&v[1..3]`) is slicing (slicing.py); `..b` and `..` elsewhere are
refused as unsupported."""

from __future__ import annotations

from ..syntax import ast
from ..types import ERROR, Ty
from ..unsupported import unsupported

RANGE = "std::ops::Range"
RANGE_INCLUSIVE = "std::ops::RangeInclusive"
RANGE_FROM = "std::ops::RangeFrom"


RANGE_TO = "std::ops::RangeTo"
RANGE_FULL = "std::ops::RangeFull"


def adt_of(k: ast.ExprRange) -> str | None:
    if k.lo is None:     # (`..=b`, `RangeToInclusive`: not modelled)
        return None if k.inclusive else RANGE_TO if k.hi is not None else RANGE_FULL
    if k.hi is None:
        return None if k.inclusive else RANGE_FROM
    return RANGE_INCLUSIVE if k.inclusive else RANGE


def check(fcx, e: ast.Expr, k: ast.ExprRange, expected: Ty | None) -> Ty:
    name = adt_of(k)
    if name is None or name not in fcx.res.adts:
        fcx.diags.append(unsupported(e.span, "this kind of range as a value"))
        for b in (k.lo, k.hi):
            if b is not None:
                fcx.check_expr(b, None)
        return ERROR
    if name == RANGE_FULL:
        return Ty("adt", name)
    if name == RANGE_TO:
        return Ty("adt", name, (fcx.check_expr(k.hi, None),))
    exp = fcx.infer.shallow(expected) if expected is not None else None
    elem_exp = exp.args[0] if exp is not None and exp.kind == "adt" and exp.name == name \
        else None
    lo = fcx.check_expr(k.lo, elem_exp)
    if elem_exp is not None and not fcx.infer.unify(lo, elem_exp):
        fcx.mismatch(k.lo.span, elem_exp, lo, expr=k.lo)
    if k.hi is not None:
        hi = fcx.check_expr(k.hi, lo)
        if not fcx.infer.unify(lo, hi):
            n = len(fcx.diags)
            fcx.mismatch(k.hi.span, lo, hi, expr=k.hi)
            for d in fcx.diags[n:]:      # (rustc offers no conversion for a range's bound)
                d.children = [c for c in d.children if c.level != "help"]
    return Ty("adt", name, (lo,))


def for_char_range(fcx, e: ast.Expr, k: ast.ExprForLoop, elem: Ty) -> Ty:
    """`for c in 'a'..='e'`: not the integer fast path but the range's `Iterator`
    impl (its bounds are already checked: they are the loop head's)."""
    from ..source import Span
    from ..types import UNIT
    from .check import _Loop
    from .for_iter import item_type
    rng = k.iter
    while isinstance(rng.kind, ast.ExprParen):
        fcx.record(rng, Ty("adt", adt_of(rng.kind.expr.kind) or RANGE, (elem,)))
        rng = rng.kind.expr
    t = fcx.record(rng, Ty("adt", adt_of(rng.kind) or RANGE, (elem,)))
    item = item_type(fcx, e, k, t)
    fcx.check_pat(k.pat, item)
    fcx.loops.append(_Loop("while", None, keyword="for", header=Span(e.span.lo, k.iter.span.hi),
                           target=e.id))
    fcx.check_block(k.body, UNIT)
    fcx.loops.pop()
    return UNIT


# -- ranges of types that do not step (`0.0..1.0`) ------------------------------------------

RANGES = (RANGE, RANGE_INCLUSIVE, RANGE_FROM)
# rustc lists the first eight of the types implementing `Step` (sorted), then a count.
_STEP_TYPES = "i128\ni16\ni32\ni64\ni8\nisize\nu128\nu16\nand 4 others"


def _full(t: Ty) -> str:
    from ..types import display
    return display(t, full=True)


def bounds_error(fcx, k: ast.ExprMethodCall, rt: Ty, unmet: list) -> bool:
    """E0599 for an iterator method of a range whose bounds do not step, as rustc
    words it; False for any other unmet bound."""
    from ..diagnostics.model import Diagnostic
    base = rt
    while base.kind == "ref":
        base = base.args[0]
    if base.kind != "adt" or base.name not in RANGES or rt.kind == "ref" \
            or any(tr != "FerriteStep" for _, tr, _ in unmet):
        return False
    name, shown = k.segment.ident.name, _full(rt)
    elem = fcx.infer.resolve(base.args[0])
    d = Diagnostic.error(f"the method `{name}` exists for struct `{shown}`, but its trait bounds "
                         "were not satisfied", k.segment.ident.span,
                         f"method cannot be called on `{shown}` due to unsatisfied trait bounds",
                         code="E0599")
    d.note("the following trait bounds were not satisfied:\n"
           f"`{_full(elem)}: Step`\nwhich is required by `{shown}: Iterator`\n"
           f"`{shown}: Iterator`\nwhich is required by `&mut {shown}: Iterator`")
    fcx.diags.append(d)
    return True


def not_an_iterator(fcx, at: ast.Expr, t: Ty) -> bool:
    """E0277 for `for x in r` over a range whose bounds do not step; False when `t`
    is not a range."""
    from ..diagnostics.model import Diagnostic
    from ..types import display
    if t.kind != "adt" or t.name not in RANGES:
        return False
    elem = _full(fcx.infer.resolve(t.args[0]))
    short, full = display(t), _full(t)
    d = Diagnostic.error(f"`{full}` is not an iterator", at.span, f"`{short}` is not an iterator",
                         code="E0277")
    d.help(f"the nightly-only, unstable trait `Step` is not implemented for `{elem}`")
    d.note(f"`{short.split('<')[0]}` only implements `Iterator` for select types in the standard "
           "library, particularly integers; to see the full list of types, see the "
           "documentation for the unstable `Step` trait")
    d.help("the following other types implement trait `Step`:\n  "
           + _STEP_TYPES.replace("\n", "\n  ").replace("\n  and", "\nand"))
    d.note(f"required for `{full}` to implement `Iterator`")
    d.note(f"required for `{full}` to implement `IntoIterator`")
    fcx.diags.append(d)
    return True
