"""Operators whose trait is not implemented for the operand types: rustc's E0277,
E0369, E0368 and E0600 with the notes it adds about the missing impl.

- Arithmetic between numbers of different types (`u32 + i32`, `i32 / 2.0`): the
  wording comes from the traits' `rustc_on_unimplemented` attributes; the list of
  other implementations is what rustc's `report_similar_impl_candidates` shows for
  the left type, with the places in std's source that rustc 1.95 prints (recorded).
- Operators on the learner's own types: until traits exist such an operator is always
  an error, and rustc says which impl might be missing, at the type's header, and
  where the operator's trait is defined in std's sources.
"""

from __future__ import annotations

from ..diagnostics.model import CitedPlace, Diagnostic, Suggestion
from ..source import Span
from ..std_locations import LIBRARY, std_span
from ..syntax import ast
from ..types import Ty, display

# The `core::ops` trait behind each operator (binary, and `-`/`!` as unary).
BINARY_TRAITS = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem", "&": "BitAnd",
                 "|": "BitOr", "^": "BitXor", "<<": "Shl", ">>": "Shr"}
UNARY_TRAITS = {"-": "Neg", "!": "Not"}

_STD = f"{LIBRARY}core/src"
_ARITH = f"{_STD}/ops/arith.rs"
_BIT = f"{_STD}/ops/bit.rs"
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
    ("BitAnd", "int"): (174, 8, 187, 0, "bitand_impl"),
    ("BitOr", "int"): (278, 8, 291, 0, "bitor_impl"),
    ("BitXor", "int"): (382, 8, 395, 0, "bitxor_impl"),
}

# For a literal's type (`{integer}`, `{float}`) rustc lists the first eight impls of
# the trait in its order (the `&f128` ... `&f64` ones), then how many others there are.
_ARITH_IMPL_COUNTS = {"Add": 64, "Sub": 64, "Mul": 65, "Div": 70, "Rem": 70}


def _literal_impls_help(d: Diagnostic, trait: str) -> None:
    lines = []
    for f in ("f128", "f16", "f32", "f64"):
        lines += [f"`&{f}` implements `{trait}<{f}>`", f"`&{f}` implements `{trait}`"]
    d.help(f"the following other types implement trait `{trait}<Rhs>`:\n"
           + "".join(f"  {line}\n" for line in lines)
           + f"and {_ARITH_IMPL_COUNTS[trait] - len(lines)} others")


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


def macro_impls_help(d: Diagnostic, trait: str, a) -> None:
    """rustc's list of the impls of an operator trait for a concrete number type `a`:
    they are written by macros in core, so rustc cites the impl inside the macro, the
    macro's invocation and the by-reference impls in `internal_macros.rs`, then notes
    the macro the error originates in."""
    sa = display(a)
    line, col, mline, mcol, macro = _IMPL_SITES[(trait, "int" if a.is_int else "float")]
    ops_file = _ARITH if trait in _ARITH_IMPL_COUNTS else _BIT
    child = Diagnostic("help", f"the following other types implement trait `{trait}<Rhs>`")
    child.external = [
        CitedPlace(ops_file, line, col, f"`{sa}` implements `{trait}`"),
        CitedPlace(ops_file, mline, mcol, "in this macro invocation"),
        CitedPlace(_MACROS, 22, 8, f"`&{sa}` implements `{trait}<{sa}>`"),
        CitedPlace(_MACROS, 33, 8, f"`{sa}` implements `{trait}<&{sa}>`"),
        CitedPlace(_MACROS, 44, 8, f"`&{sa}` implements `{trait}`"),
    ]
    d.children.append(child)
    d.note(f"this error originates in the macro `{macro}` (in Nightly builds, run with "
           "-Z macro-backtrace for more info)")


def other_impls_help(d: Diagnostic, trait: str, a) -> None:
    """rustc's "the following other types implement trait" for the left operand's
    number type `a`: inline for a literal's type or an unsigned division, otherwise
    the impls cited in core's sources."""
    sa = display(a)
    if a.kind in ("intvar", "floatvar"):
        _literal_impls_help(d, trait)
    elif a.is_int and not a.is_signed and trait in ("Div", "Rem"):
        # Unsigned division also takes a `NonZero` divisor: five impls, shown as text.
        impls = sorted([f"`&{sa}` implements `{trait}<{sa}>`", f"`&{sa}` implements `{trait}`",
                        f"`{sa}` implements `{trait}<&{sa}>`",
                        f"`{sa}` implements `{trait}<NonZero<{sa}>>`", f"`{sa}` implements `{trait}`"])
        d.help(f"the following other types implement trait `{trait}<Rhs>`:\n"
               + "\n".join(f"  {i}" for i in impls))
    else:
        macro_impls_help(d, trait, a)


def arith_unimplemented(op: str, op_span: Span, rhs: ast.Expr, a, b) -> Diagnostic:
    """`a op b` for resolved numeric types `a` and `b` that differ."""
    trait = BINARY_TRAITS[op]
    sa, sb = display(a), display(b)
    d = Diagnostic.error(_message(trait, a, b), op_span, f"no implementation for `{sa} {op} {sb}`",
                         code="E0277")
    d.help(f"the trait `{trait}<{sb}>` is not implemented for `{sa}`")
    other_impls_help(d, trait, a)
    if a.is_float and b.kind == "intvar" and isinstance(rhs.kind, ast.ExprLit):
        at = Span(rhs.span.hi, rhs.span.hi)
        d.help("consider using a floating-point literal by writing it with `.0`",
               suggestions=[Suggestion(at, ".0", "MaybeIncorrect", "ShowAlways")])
    return d




def explain_missing_impl(fcx, d: Diagnostic, lhs: Ty, trait: str, rhs: Ty | None = None) -> None:
    """Add rustc's two notes to `d` when `lhs` is one of the learner's types: the impl
    (with its `Rhs` unless it is `Self`) that might be missing, at the type's header,
    and the trait's definition in std."""
    lhs = fcx.infer.resolve(lhs)
    if lhs.kind != "adt" or lhs.name not in fcx.res.adts:
        return
    name = display(lhs)
    path = trait
    if rhs is not None:
        r = display(fcx.infer.resolve(rhs))
        if r != name or "'_" in r:     # (two regions: `Rhs` is not `Self`)
            path = f"{trait}<{r}>"
    if _std_type_note(fcx, d, lhs, name, path):
        return
    note = Diagnostic("note", f"an implementation of `{path}` might be missing for `{name}`")
    note.primary(fcx.res.adts[lhs.name].header, f"must implement `{path}`")
    d.children.append(note)
    d.note(f"the trait `{trait}` must be implemented", std_span(f"core::ops::{trait}"))


def _std_type_note(fcx, d: Diagnostic, lhs: Ty, name: str, path: str) -> bool:
    """A std type (`Option<i32> + 1`): rustc points at the type's definition in its
    library and says the type is another crate's (it cannot get the impl)."""
    from ..std import is_std_span
    from ..std_locations import _ITEMS
    if not is_std_span(fcx.res.adts[lhs.name].header):
        return False
    key = lhs.name.rsplit("::", 1)[-1]
    if key not in _ITEMS:
        return False
    note = Diagnostic("note", f"`{name}` does not implement `{path}`")
    # (rustc's label on the type's place, shown as a note under std's location)
    note.primary(std_span(key), f"`{name}` is defined in another crate")
    d.children.append(note)
    return True


def no_compare_impl(fcx, k, t: Ty, trait: str) -> Diagnostic:
    """E0369 for `==`/`!=` (`trait` "PartialEq") or `<`... ("PartialOrd") on a struct or
    enum without that trait: rustc suggests deriving it (for ordering, both comparison
    traits, even when `PartialEq` is derived)."""
    from .check import _derive_help
    name = display(t)
    d = Diagnostic.error(f"binary operation `{k.op}` cannot be applied to type `{name}`",
                         k.op_span, code="E0369")
    d.secondary(k.lhs.span, name)
    d.secondary(k.rhs.span, name)
    adt = fcx.res.adts[t.name]
    # (a type with regions: each operand has its own, so rustc's `Rhs` is not `Self`)
    regions = "'_" in name
    path = f"{trait}<{name}>" if regions else trait
    note = Diagnostic("note", f"an implementation of `{path}` might be missing for `{name}`")
    note.primary(adt.header, f"must implement `{path}`")
    d.children.append(note)
    _derive_help(d, adt, "PartialEq" if trait == "PartialEq" else "PartialEq, PartialOrd",
                 name if regions and not t.args else None)
    return d


def numeric_lhs(fcx, op: str, message: str, op_span, a: Ty, b: Ty) -> Diagnostic:
    """E0277 for a number on the left of an arithmetic operator whose right operand is
    one of the learner's types: the number's type has the trait, not for this `Rhs`."""
    a = fcx.infer.resolve(a)
    ra, rb = display(a), display(fcx.infer.resolve(b))
    trait = BINARY_TRAITS[op]
    d = Diagnostic.error(message, op_span, f"no implementation for `{ra} {op} {rb}`",
                         code="E0277")
    d.help(f"the trait `{trait}<{rb}>` is not implemented for `{ra}`")
    other_impls_help(d, trait, a)
    return d


# `op=` on numbers: the `*Assign` traits' wording (their `rustc_on_unimplemented`), the
# impl inside the macro and its invocation in arith.rs, and how many impls rustc counts
# beyond the eight it lists for a literal's type.
_ASSIGN_SITES = {"Add": (787, 800, "add_assign_impl", 24), "Sub": (858, 871, "sub_assign_impl", 24),
                 "Mul": (920, 933, "mul_assign_impl", 24), "Div": (982, 994, "div_assign_impl", 30),
                 "Rem": (1047, 1059, "rem_assign_impl", 30)}
# Unsigned `DivAssign`/`RemAssign` also take a `NonZero` divisor: the impl's line in
# nonzero.rs and, per type, the line of the macro invocation that made it.
_NONZERO_IMPL = {"Div": 1499, "Rem": 1527}
_NONZERO_INVOCATION = {"u8": 2422, "u16": 2434, "u32": 2446, "u64": 2458, "u128": 2470,
                       "usize": 2509}


def _assign_message(trait: str, sa: str, sb: str) -> str:
    if trait == "Add":
        return f"cannot add-assign `{sb}` to `{sa}`"
    if trait == "Sub":
        return f"cannot subtract-assign `{sb}` from `{sa}`"
    if trait == "Mul":
        return f"cannot multiply-assign `{sa}` by `{sb}`"
    if trait == "Div":
        return f"cannot divide-assign `{sa}` by `{sb}`"
    return f"cannot calculate and assign the remainder of `{sa}` divided by `{sb}`"


def assign_unimplemented(op: str, op_span: Span, a: Ty, b: Ty) -> Diagnostic:
    """E0277 for `a op= b` where the number type `a` has no `*Assign<b>` impl."""
    trait = BINARY_TRAITS[op]
    name = trait + "Assign"
    sa, sb = display(a), display(b)
    d = Diagnostic.error(_assign_message(trait, sa, sb), op_span,
                         f"no implementation for `{sa} {op}= {sb}`", code="E0277")
    d.help(f"the trait `{name}<{sb}>` is not implemented for `{sa}`")
    line, mline, macro, others = _ASSIGN_SITES[trait]
    if a.kind in ("intvar", "floatvar"):
        lines = []
        for f in ("f128", "f16", "f32", "f64"):
            lines += [f"`{f}` implements `{name}<&{f}>`", f"`{f}` implements `{name}`"]
        d.help(f"the following other types implement trait `{name}<Rhs>`:\n"
               + "".join(f"  {x}\n" for x in lines) + f"and {others} others")
        return d
    child = Diagnostic("help", f"the following other types implement trait `{name}<Rhs>`")
    child.external = [CitedPlace(_ARITH, line, 8, f"`{sa}` implements `{name}`"),
                      CitedPlace(_ARITH, mline, 0, "in this macro invocation")]
    if a.is_int and not a.is_signed and trait in _NONZERO_IMPL:
        nonzero = f"{_STD}/num/nonzero.rs"
        child.external += [
            CitedPlace(nonzero, _NONZERO_IMPL[trait], 8, f"`{sa}` implements `{name}<NonZero<{sa}>>`"),
            CitedPlace(nonzero, _NONZERO_INVOCATION[a.name], 1, "in this macro invocation")]
    child.external.append(CitedPlace(_MACROS, 61, 8, f"`{sa}` implements `{name}<&{sa}>`"))
    d.children.append(child)
    d.note(f"this error originates in the macro `{macro}` (in Nightly builds, run with "
           "-Z macro-backtrace for more info)")
    return d


def compare_unimplemented(op: str, op_span: Span, a: Ty, b: Ty) -> Diagnostic:
    """E0277 for comparing a number literal's type (`{integer}`, `{float}`) with another
    type: rustc cannot pick the `PartialEq`/`PartialOrd` impl and lists the candidates."""
    sa, sb = display(a), display(b)
    trait = "PartialEq" if op in ("==", "!=") else "PartialOrd"
    if trait == "PartialEq":
        label = f"no implementation for `{sa} == {sb}`"
    else:
        label = f"no implementation for `{sa} < {sb}` and `{sa} > {sb}`"   # for all four
    d = Diagnostic.error(f"can't compare `{sa}` with `{sb}`", op_span, label, code="E0277")
    d.help(f"the trait `{trait}<{sb}>` is not implemented for `{sa}`")
    types = ["f128", "f16", "f32", "f64", "i128", "i16", "i32", "i64"]
    d.help(f"the following other types implement trait `{trait}<Rhs>`:\n"
           + "".join(f"  {t}\n" for t in types) + "and 8 others")
    return d


def str_concat_help(d: Diagnostic, op_span: Span, lhs: ast.Expr, a: Ty, b: Ty) -> bool:
    """`"a" + b` with two string slices: rustc explains that `+` needs an owned `String`
    on the left (`check_str_addition`). True when it applies."""
    from ..types import STR_REF
    inner = b.args[0] if b.kind == "ref" and not b.mutable else None
    if a != STR_REF or not (b == STR_REF or inner == STR_REF):
        return False
    d.secondary(op_span, "`+` cannot be used to concatenate two `&str` strings")
    d.note("string concatenation requires an owned `String` on the left")
    d.help("create an owned `String` from a string reference",
           suggestions=[Suggestion(Span(lhs.span.hi, lhs.span.hi), ".to_owned()",
                                   "MachineApplicable", "ShowAlways")])
    return True
