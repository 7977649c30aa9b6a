"""`"abc" == x` where `x` is not text: rustc's E0277 (not a type mismatch), since `&str`
has many `PartialEq<Rhs>` impls and none takes `x`'s type. A reference on the right goes
through std's `impl PartialEq<&B> for &A`, so rustc blames `str == B` and adds
"required for `&str` to implement `PartialEq<&B>`". The impls rustc lists are std's
(the first eight by name, then a count)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display

_STR_IMPLS = """`&str` implements `PartialEq<ByteStr>`
`&str` implements `PartialEq<ByteString>`
`&str` implements `PartialEq<Cow<'_, str>>`
`&str` implements `PartialEq<OsString>`
`&str` implements `PartialEq<String>`
`str` implements `PartialEq<ByteStr>`
`str` implements `PartialEq<ByteString>`
`str` implements `PartialEq<Cow<'_, str>>`
and 6 others"""

# right operands whose comparison with text no std impl takes (others, `OsString`,
# `Cow`, a reference to a reference, are not decided here)
_KINDS = ("int", "intvar", "float", "floatvar", "char", "bool", "array", "slice", "tuple")


def _foreign(t: Ty) -> bool:
    if t.kind == "ref":        # (`&&5`: `str == &{integer}`)
        return _foreign(t.args[0])
    return t.kind in _KINDS or t.kind == "adt" and t.name == "Vec"


def compare(fcx, k, lt: Ty, rt: Ty) -> bool:
    """E0277 for `&str == x` with `x` (or what it references) not text; True when
    reported."""
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    if k.op not in ("==", "!=") or a.kind != "ref" or a.args[0].kind != "str":
        return False
    lhs, rhs, note = a, b, None
    if b.kind == "ref":
        lhs, rhs = a.args[0], b.args[0]
        note = f"required for `{display(a)}` to implement `PartialEq<{display(b)}>`"
    if not _foreign(rhs) or any(x.is_error for x in (lhs, rhs)):
        return False
    sl, sr = display(lhs), display(rhs)
    d = Diagnostic.error(f"can't compare `{sl}` with `{sr}`", k.op_span,
                         f"no implementation for `{sl} == {sr}`", code="E0277")   # (`!=` too)
    d.help(f"the trait `PartialEq<{sr}>` is not implemented for `{sl}`")
    d.help("the following other types implement trait `PartialEq<Rhs>`:\n  "
           + _STR_IMPLS.replace("\n", "\n  ").replace("\n  and", "\nand"))
    if note is not None:
        d.note(note)
    fcx.diags.append(d)
    return True
