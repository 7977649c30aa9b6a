"""E0277 for arithmetic between numbers of different types (`u32 + i32`, `i32 / 2.0`):
the operator's trait (`Add<Rhs>`, ...) is not implemented for the pair. The wording
comes from the traits' `rustc_on_unimplemented` attributes; the list of other
implementations is what rustc's `report_similar_impl_candidates` shows for the left
type, with the places in std's source that rustc 1.95 prints (recorded)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, ExternalSpan, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import display

_TRAITS = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem"}

_STD = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src"
_ARITH = f"{_STD}/ops/arith.rs"
_MACROS = f"{_STD}/internal_macros.rs"

# (the impl's line:col inside its macro, the macro invocation's line:col, the macro)
_IMPL_SITES = {
    ("Add", "int"): (99, 8, 114, 0, "add_impl"),
    ("Add", "float"): (99, 8, 114, 0, "add_impl"),
    ("Sub", "int"): (212, 8, 227, 0, "sub_impl"),
    ("Sub", "float"): (212, 8, 227, 0, "sub_impl"),
    ("Mul", "int"): (346, 8, 361, 0, "mul_impl"),
    ("Mul", "float"): (346, 8, 361, 0, "mul_impl"),
    ("Div", "int"): (490, 8, 507, 1, "div_impl_integer"),
    ("Div", "float"): (513, 8, 526, 0, "div_impl_float"),
    ("Rem", "int"): (599, 8, 616, 1, "rem_impl_integer"),
    ("Rem", "float"): (637, 8, 650, 0, "rem_impl_float"),
}

# For a literal's type (`{integer}`, `{float}`) rustc lists the first eight impls of
# the trait in its order, then how many others there are.
_OTHERS = {"Add": 56, "Sub": 56, "Mul": 57, "Div": 62, "Rem": 62}


def _message(trait: str, a, b) -> str:
    sa, sb = display(a), display(b)
    if trait == "Add":
        if a.kind == "intvar" and b.kind == "floatvar":
            return "cannot add a float to an integer"
        if a.kind == "floatvar" and b.kind == "intvar":
            return "cannot add an integer to a float"
        return f"cannot add `{sb}` to `{sa}`"
    if trait == "Sub":
        return f"cannot subtract `{sb}` from `{sa}`"
    if trait == "Mul":
        return f"cannot multiply `{sa}` by `{sb}`"
    if trait == "Div":
        return f"cannot divide `{sa}` by `{sb}`"
    return f"cannot calculate the remainder of `{sa}` divided by `{sb}`"


def arith_unimplemented(op: str, op_span: Span, rhs: ast.Expr, a, b) -> Diagnostic:
    """`a op b` for resolved numeric types `a` and `b` that differ."""
    trait = _TRAITS[op]
    sa, sb = display(a), display(b)
    d = Diagnostic.error(_message(trait, a, b), op_span, f"no implementation for `{sa} {op} {sb}`",
                         code="E0277")
    d.help(f"the trait `{trait}<{sb}>` is not implemented for `{sa}`")
    head = f"the following other types implement trait `{trait}<Rhs>`"
    if a.kind in ("intvar", "floatvar"):
        impls = []
        for f in ("f128", "f16", "f32", "f64"):
            impls += [f"`&{f}` implements `{trait}<{f}>`", f"`&{f}` implements `{trait}`"]
        d.help(head + ":\n" + "".join(f"  {i}\n" for i in impls) + f"and {_OTHERS[trait]} others")
    elif a.is_int and not a.is_signed and trait in ("Div", "Rem"):
        # Unsigned division also takes a `NonZero` divisor: five impls, shown as text.
        impls = sorted([f"`&{sa}` implements `{trait}<{sa}>`", f"`&{sa}` implements `{trait}`",
                        f"`{sa}` implements `{trait}<&{sa}>`",
                        f"`{sa}` implements `{trait}<NonZero<{sa}>>`", f"`{sa}` implements `{trait}`"])
        d.help(head + ":\n" + "\n".join(f"  {i}" for i in impls))
    else:
        line, col, mline, mcol, macro = _IMPL_SITES[(trait, "int" if a.is_int else "float")]
        child = Diagnostic("help", head)
        child.external = [
            ExternalSpan(_ARITH, line, col, f"`{sa}` implements `{trait}`"),
            ExternalSpan(_ARITH, mline, mcol, "in this macro invocation"),
            ExternalSpan(_MACROS, 22, 8, f"`&{sa}` implements `{trait}<{sa}>`"),
            ExternalSpan(_MACROS, 33, 8, f"`{sa}` implements `{trait}<&{sa}>`"),
            ExternalSpan(_MACROS, 44, 8, f"`&{sa}` implements `{trait}`"),
        ]
        d.children.append(child)
        d.note(f"this error originates in the macro `{macro}` (in Nightly builds, run with "
               "-Z macro-backtrace for more info)")
    if a.is_float and b.kind == "intvar" and isinstance(rhs.kind, ast.ExprLit):
        at = Span(rhs.span.hi, rhs.span.hi)
        d.help("consider using a floating-point literal by writing it with `.0`",
               suggestions=[Suggestion(at, ".0", "MaybeIncorrect", "ShowAlways")])
    return d
