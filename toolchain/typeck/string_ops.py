"""Operators on `String`: `s + &str` and `s += &str` (`impl Add<&str> for String`,
`AddAssign<&str>`), and `==` between `String`s and `&str`s (`PartialEq` impls of
`String` with `str` and `&str`, both ways). Built in until operators go through std's
trait impls; a right operand `&String` is deref-coerced to `&str` like an argument."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import BOOL, ERROR, STR_REF, Ty, display

STRING = Ty("adt", "String")


def is_string(t: Ty) -> bool:
    return t.kind == "adt" and t.name == "String"


def add(fcx, e: ast.Expr, op: str, lhs_ty: Ty, rhs: ast.Expr, rt: Ty, assign: bool) -> Ty | None:
    """`String + rhs`; None when the left operand is not a `String`."""
    if op != "+" or not is_string(lhs_ty):
        return None
    b = fcx.infer.shallow(rt)
    if b.is_error:
        return ERROR
    if fcx.infer.resolve(b) == STR_REF:
        return UNIT_OR(assign)
    if b.kind == "ref" and not b.mutable and is_string(fcx.infer.shallow(b.args[0])):
        fcx.results.str_derefs.add(ast.unparen(rhs).id)
        return UNIT_OR(assign)
    fcx.mismatch(rhs.span, STR_REF, b, expr=rhs)
    return ERROR


def UNIT_OR(assign: bool) -> Ty:
    return Ty("tuple") if assign else STRING


def compare(fcx, lt: Ty, rt: Ty) -> bool:
    """`String == &str` and the like: True when one of std's impls applies."""
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    texts = (STRING, STR_REF, Ty("str"))
    # `&A == &B` is `A == B` (std's `impl PartialEq<&B> for &A`): `&String == &str`.
    while a.kind == "ref" and b.kind == "ref" and not (a in texts and b in texts):
        a, b = a.args[0], b.args[0]
    return a in texts and b in texts and (is_string(a) or is_string(b)) and a != b


def refuse_cow_compare(fcx, e: ast.Expr, lt: Ty, rt: Ty) -> bool:
    """`cow == "x"`, `a == b` of two `Cow`s: rustc's `PartialEq` impls for `Cow` take
    another type on the right (`&str`, `String`, another `Cow`), which Ferrite's std
    cannot declare yet: typeck/cow_cmp.py follows them as a table; a comparison off it
    is refused rather than a false E0308/E0369 (rustc's E0277 shows `Cow<'_, str>`)."""
    from .cow_cmp import compare
    got = compare(fcx, e.kind.op, lt, rt)    # rustc's impls for `Cow`
    if got is not False:
        return bool(got)
    from .cow_cmp import vec_e0277
    if vec_e0277(fcx, e.kind, lt, rt):       # `vec == cow`: the impl is the other way round
        return True
    from .refs import peel
    heads = [peel(fcx.infer.resolve(t))[0] for t in (lt, rt)]
    if not any(h.kind == "adt" and h.name == "Cow" for h in heads):
        return False
    from ..unsupported import unsupported
    fcx.diags.append(unsupported(e.span, "comparing a `Cow`"))
    return True


