"""Raw pointers (`*const T`, `*mut T`: `Ty("ptr", args=(T,), mutable)`), as far as
Ferrite has them: as types, in the signatures of an `extern` block's functions and of
the learner's, passed and copied as values. What makes one (`&x as *const i32`, the
coercion of a reference, `&raw const x`) and what reads through one (`*p`) are refused
here, honestly, rather than answered with errors rustc would not give."""

from __future__ import annotations

from ..types import Ty
from ..unsupported import unsupported


def refuse_deref(fcx, span) -> None:
    fcx.diags.append(unsupported(span, "dereferencing raw pointers"))


def mismatch_unsupported(fcx, span, exp: Ty, fnd: Ty) -> bool:
    """A reference where a raw pointer is expected (`let p: *const i32 = &x;`), or a
    `*mut` where a `*const` is: rustc coerces them; Ferrite refuses."""
    if exp.kind == "ptr" and fnd.kind in ("ref", "ptr"):
        fcx.diags.append(unsupported(span, "converting references to raw pointers"))
        return True
    return False


def cast_unsupported(e, src: Ty, dst: Ty):
    """A cast from or to a raw pointer (`&x as *const i32`, `p as usize`): refused."""
    if src.kind == "ptr" or dst.kind == "ptr":
        return unsupported(e.span, "casts to or from raw pointers")
    return None


def mentions(t: Ty) -> bool:
    return t.kind == "ptr" or any(isinstance(a, Ty) and mentions(a) for a in t.args)


def fmt_unsupported(fcx, t: Ty, span) -> bool:
    """`{:?}` of a raw pointer prints its address, which differs from run to run and
    from rustc's: refused (and `{:p}` is refused with every pointer format)."""
    if mentions(t):
        fcx.diags.append(unsupported(span, "formatting raw pointers"))
        return True
    return False


_DERIVES = ("Debug", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash")


def check_derives(res, diags: list) -> None:
    """`#[derive(Debug, PartialEq, ..)]` on a type with a raw pointer field would
    print, compare or hash the address: refused at the derive (Clone and Copy copy it,
    which Ferrite does)."""
    from ..std import is_std_span
    from ..syntax import ast
    from ..syntax.visit import iter_nodes
    for adt in res.adts.values():
        if is_std_span(adt.span):
            continue
        fields = adt.fields + [f for v in adt.variants for f in v.fields]
        if not any(isinstance(n, ast.TyPtr) for f in fields for n in iter_nodes(f.ty)):
            continue
        for name in _DERIVES:
            if name in adt.derives:
                diags.append(unsupported(adt.derive_spans.get(name, adt.span),
                                         f"`#[derive({name})]` on a type with raw pointer fields"))
