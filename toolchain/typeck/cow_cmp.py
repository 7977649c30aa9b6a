"""Comparisons of `Cow`s: rustc's `PartialEq`/`PartialOrd` impls for `alloc::borrow::Cow`,
as a table until Ferrite's std can declare `PartialEq<Rhs>` impls (its `PartialEq` is
still the built-in comparison, not a trait of std source).

The impls followed (alloc 1.95):
- `impl PartialEq<Cow<'b, C>> for Cow<'a, B> where B: PartialEq<C>`: two `Cow`s;
- `impl_eq! { Cow<'a, str>, str }`, `{ Cow<'a, str>, &'b str }`, `{ Cow<'a, str>, String }`:
  both ways round;
- `Cow<'_, [T]>` with `Vec<U>`, `&[U]`, `&mut [U]` on the right only (`vec == cow` is
  rustc's E0277);
- `impl PartialOrd for Cow<'a, B>`: `<` and the like only between two `Cow`s of one type.
And std's `impl PartialEq<&B> for &A`: `&a == &b` compares what they point at.

A comparison off this table is refused (rustc's E0277 lists `Cow`'s impls with their
regions, `Cow<'_, str>`, which Ferrite's types do not carry). The machine compares the
values each `Cow` points at, never the variants (interp/cmp_cow.py)."""

from __future__ import annotations

from ..types import Ty

_TEXTS = ("str", "&str", "String")
_SCALARS = ("int", "float", "bool", "char", "intvar", "floatvar")


def is_cow(t: Ty) -> bool:
    return t.kind == "adt" and t.name == "Cow" and len(t.args) == 1


def _std(fcx) -> bool:
    """The program's `Cow` is std's, not a learner's enum of that name."""
    from ..interp.cmp_cow import std_cow
    return std_cow(fcx.results.adts)


def _text(t: Ty) -> str | None:
    if t.kind == "str":
        return "str"
    if t.kind == "ref" and t.args[0].kind == "str":
        return "&str"
    if t.kind == "adt" and t.name == "String":
        return "String"
    return None


def compare(fcx, op: str, lt: Ty, rt: Ty) -> bool | None:
    """True when rustc's impls accept `lt op rt` (a `Cow` on a side), False when one side
    is a `Cow` but the pair is off the table, None when no `Cow` is compared."""
    if not _std(fcx):
        return None
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    while a.kind == "ref" and b.kind == "ref" and not (is_cow(a) or is_cow(b)):
        a, b = fcx.infer.resolve(a.args[0]), fcx.infer.resolve(b.args[0])
    if not (is_cow(a) or is_cow(b)):
        return None
    if not is_cow(a):       # (`str`, `&str`, `String` == `Cow<str>`)
        return op in ("==", "!=") and _text(a) is not None and _cow_of(fcx, b) == "str"
    inner = _cow_of(fcx, a)
    if is_cow(b):
        other = _cow_of(fcx, b)
        if inner == "str" and other == "str":
            return True
        if inner == "slice" and other == "slice":
            return _elems(fcx, op, fcx.infer.resolve(a.args[0]).args[0],
                          fcx.infer.resolve(b.args[0]).args[0])
        return False
    if op not in ("==", "!="):
        return False
    if inner == "str":
        return _text(b) is not None
    if inner == "slice":
        t = fcx.infer.resolve(a.args[0]).args[0]
        if b.kind == "adt" and b.name == "Vec" and len(b.args) == 1:
            return _elems(fcx, op, t, b.args[0])
        if b.kind == "ref" and fcx.infer.resolve(b.args[0]).kind == "slice":
            return _elems(fcx, op, t, fcx.infer.resolve(b.args[0]).args[0])
    return False


def _cow_of(fcx, t: Ty) -> str | None:
    b = fcx.infer.resolve(t.args[0])
    return b.kind if b.kind in ("str", "slice") else None


def _elems(fcx, op: str, t: Ty, u: Ty) -> bool:
    """`T: PartialEq<U>` (`PartialOrd`) of a `Cow<[T]>`'s elements, for the element
    types whose comparison the machine knows: scalars, text, a learner's type with a
    derived or hand-written impl (the elements compare through `interp/cmp_typed.py`)."""
    if not fcx.infer.unify(t, u):
        return False
    t = fcx.infer.resolve(t)
    if t.kind in _SCALARS or _text(t) is not None:
        return True
    if t.kind != "adt":
        return False
    info = fcx.results.adts.get(t.name)
    if info is None or t.args:
        return False
    trait = "PartialEq" if op in ("==", "!=") else "PartialOrd"
    if trait in info.derives:
        return True
    from .user_ord import own
    if trait == "PartialOrd":
        return bool(own(fcx.results, t))
    cx = getattr(fcx.results, "traits", None)
    return cx is not None and t.name in cx.eq_impls


def assert_operands(fcx, e, lt: Ty, rt: Ty) -> bool:
    """`assert_eq!(cow, "x")`: True when a `Cow` is compared (accepted by rustc's impls,
    or refused honestly off them)."""
    got = compare(fcx, "==", lt, rt)
    if got is None:
        return False
    if not got:
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(e.span, "comparing a `Cow`"))
    return True


def implements(fcx, t: Ty, trait: str) -> bool | None:
    """`Cow<B>: trait` for the comparison traits (rustc: when `B` has it): `Cow<str>`
    has all four; `Cow<[T]>` `PartialEq`/`PartialOrd` as its elements do (`Eq`/`Ord` of
    those: not decided). None when not one of these."""
    if not is_cow(t) or trait not in ("PartialEq", "Eq", "PartialOrd", "Ord") or not _std(fcx):
        return None
    inner = _cow_of(fcx, t)
    if inner == "str":
        return True
    if inner == "slice" and trait in ("PartialEq", "PartialOrd"):
        e = fcx.infer.resolve(t.args[0]).args[0]
        return True if _elems(fcx, "==" if trait == "PartialEq" else "<", e, e) else None
    return None


def vec_e0277(fcx, k, lt: Ty, rt: Ty) -> bool:
    """`vec == cow` with a `Cow<[T]>` of the vector's elements: std has the impl only the
    other way round (`Cow<[T]> == Vec<U>`), so rustc's E0277, without the list of other
    impls it gives for other pairs (those are not recorded: refused). Only for a `vec![..]`
    on the left: for a variable, rustc adds a note and helps to swap or dereference the
    operands (not recorded)."""
    from ..diagnostics.model import Diagnostic
    from ..types import display
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    from ..syntax import ast
    lhs = k.lhs
    if not (isinstance(lhs.kind, ast.ExprBuiltinMacro) and lhs.kind.name == "vec"):
        return False
    if k.op not in ("==", "!=") or not _std(fcx) or not is_cow(b) or _cow_of(fcx, b) != "slice" \
            or not (a.kind == "adt" and a.name == "Vec" and len(a.args) == 1):
        return False
    elem, mine = fcx.infer.resolve(b.args[0]).args[0], fcx.infer.resolve(a.args[0])
    # (no impl is selected, so a literal's element stays `{integer}` in rustc's text)
    if not (mine == elem or mine.kind == "intvar" and elem.is_int
            or mine.kind == "floatvar" and elem.is_float):
        return False
    sa, sb = display(fcx.infer.resolve(a)), display(fcx.infer.resolve(b))
    d = Diagnostic.error(f"can't compare `{sa}` with `{sb}`", k.op_span,
                         f"no implementation for `{sa} {k.op} {sb}`", code="E0277")
    d.help(f"the trait `PartialEq<{sb}>` is not implemented for `{sa}`")
    fcx.diags.append(d)
    return True


def ord_items(fcx, t: Ty) -> bool:
    """`t` (through references) is a `Cow<str>`: `Ord` for `sort`, `max`, `min`."""
    while t.kind == "ref":
        t = fcx.infer.resolve(t.args[0])
    return bool(implements(fcx, t, "Ord"))
