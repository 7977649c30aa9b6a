"""The arguments a C-variadic function (`fn printf(f: *const u8, ...)` in an `extern`
block) takes past its declared parameters: any type, checked on its own, except those C
promotes (rustc's E0617 from `check_argument_types`: small integers and `bool` become
`c_int`/`c_uint`, `f32` becomes `c_double`) and function items, which have no size."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..syntax import ast
from ..types import Ty, display

_PROMOTED = {"f32": "c_double", "bool": "c_int", "i8": "c_int", "i16": "c_int",
             "u8": "c_uint", "u16": "c_uint"}


def check_extra(fcx, args: list[ast.Expr]) -> None:
    for a in args:
        t = fcx.infer.resolve(fcx.check_expr(a, None))
        name = t.name if t.kind in ("int", "float") else t.kind
        if name in _PROMOTED:
            d = Diagnostic.error(f"can't pass `{display(t)}` to variadic function", a.span,
                                 code="E0617")
            d.help(f"cast the value to `{_PROMOTED[name]}`",
                   suggestions=[Suggestion(a.span.shrink_to_hi(), f" as {_PROMOTED[name]}",
                                           "MachineApplicable", "ShowAlways")])
            fcx.diags.append(d)
        elif t.kind == "fndef":
            d = Diagnostic.error("can't pass a function item to a variadic function", a.span,
                                 code="E0617")
            d.help("a function item is zero-sized and needs to be cast into a function pointer "
                   "to be used in FFI")
            d.note("for more information on function items, visit "
                   "https://doc.rust-lang.org/reference/types/function-item.html")
            sig = fcx.results.sigs[t.name]
            ptr = display(Ty("fnptr", args=(Ty("tuple", args=tuple(sig.params)), sig.ret)))
            d.help("use a function pointer instead",
                   suggestions=[Suggestion(a.span.shrink_to_hi(), f" as {ptr}",
                                           "MachineApplicable", "ShowAlways")])
            fcx.diags.append(d)
