"""The inherent methods of `core::fmt::Formatter` a `fmt` calls on its `f`:
`f.write_str(s)` and `f.pad(s)` (which honours the caller's width, fill, precision),
and the option getters `f.width()`, `f.precision()`, `f.fill()`, `f.alternate()`,
`f.sign_plus()`, `f.sign_aware_zero_pad()` (not `sign_minus`: Ferrite's format
options do not keep `{:-}`). Recorded in
`results.fmt_forwards` as ("f", name); the machine runs them on its Formatter
(interp/fmt_forward.py)."""

from __future__ import annotations

from ..syntax import ast
from ..types import BOOL, CHAR, ERROR, STR_REF, Ty, display, int_ty, ref
from ..unsupported import unsupported
from .std_tys import FMT_RESULT, FORMATTER

_OPT_USIZE = Ty("adt", "Option", (int_ty("usize"),))

# name -> (parameter types, return type)
METHODS = {
    "write_str": ((STR_REF,), FMT_RESULT),
    "pad": ((STR_REF,), FMT_RESULT),
    "width": ((), _OPT_USIZE),
    "precision": ((), _OPT_USIZE),
    "fill": ((), CHAR),
    "alternate": ((), BOOL),
    "sign_plus": ((), BOOL),
    "sign_aware_zero_pad": ((), BOOL),
}


DEBUG_STRUCT = Ty("std", "DebugStruct<'_, '_>")
DEBUG_TUPLE = Ty("std", "DebugTuple<'_, '_>")
DEBUG_LIST = Ty("std", "DebugList<'_, '_>")
METHODS.update({
    "debug_struct": ((STR_REF,), DEBUG_STRUCT),
    "debug_tuple": ((STR_REF,), DEBUG_TUPLE),
    "debug_list": ((), DEBUG_LIST),
})
# core::fmt::builders: builder -> name -> (parameters, return type); `None` stands for
# `&dyn Debug` (any type with `Debug`).
BUILDERS = {
    DEBUG_STRUCT: {"field": ((STR_REF, None), ref(DEBUG_STRUCT, True)), "finish": ((), FMT_RESULT)},
    DEBUG_TUPLE: {"field": ((None,), ref(DEBUG_TUPLE, True)), "finish": ((), FMT_RESULT)},
    DEBUG_LIST: {"entry": ((None,), ref(DEBUG_LIST, True)), "finish": ((), FMT_RESULT)},
}


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty) -> Ty | None:
    """A call on `f: &mut Formatter` or on one of its builders, or None (not one of
    these methods)."""
    name = k.segment.ident.name
    base = rt.args[0] if rt.kind == "ref" else rt
    if base in BUILDERS:
        return _builder_call(fcx, e, k, rt, base, name)
    if base != FORMATTER:
        return None
    sig = METHODS.get(name)
    if sig is None:
        return None
    if not (rt.kind == "ref" and rt.mutable and rt.args[0] == FORMATTER):
        fcx.diags.append(unsupported(k.segment.ident.span,
                                     f"`Formatter::{name}` on a receiver that is not `&mut Formatter`"))
        return ERROR
    params, ret = sig
    if len(k.args) != len(params):
        fcx.diags.append(unsupported(e.span, f"`Formatter::{name}` with {len(k.args)} arguments"))
        for a in k.args:
            fcx.check_expr(a, None)
        return ERROR
    for a, p in zip(k.args, params):
        fcx.check_coerce(a, p, _arg_cause(k, name))
    fcx.results.fmt_forwards[e.id] = ("f", name)
    return ret


def _arg_cause(k: ast.ExprMethodCall, name: str):
    """rustc's labels on a mismatched argument: the method, and where std defines it."""
    def decorate(d) -> None:
        from ..diagnostics.model import Diagnostic
        from ..std_locations import std_span
        d.secondary(k.segment.ident.span, "arguments to this method are incorrect")
        note = Diagnostic("note", "method defined here")
        d.children.append(note)
        note.primary(std_span(f"core::fmt::Formatter::{name}"))
    return decorate


def _builder_call(fcx, e, k, rt: Ty, base: Ty, name: str) -> Ty:
    """`.field("x", &self.x)`, `.entry(&v)`, `.finish()` on a `debug_struct` (..) builder:
    the value is formatted with `{:?}` as the Formatter's options say (the machine,
    interp/fmt_forward.py)."""
    sig = BUILDERS[base].get(name)
    if sig is None or rt.kind == "ref" and not rt.mutable or len(k.args) != len(sig[0]):
        fcx.diags.append(unsupported(k.segment.ident.span, f"this use of `{display(base)}`"))
        for a in k.args:
            fcx.check_expr(a, None)
        return ERROR
    from .fmt_forward import _checked
    tys = []
    for a, p in zip(k.args, sig[0]):
        if p is not None:
            fcx.check_coerce(a, p)
            continue
        t = fcx.infer.resolve(fcx.check_expr(a, None))
        if t.references_error:
            return ERROR
        if t.kind != "ref":
            fcx.diags.append(unsupported(a.span, "a builder's value that is not a reference"))
            return ERROR
        if _checked(fcx, e, k.segment.ident.span, a.span, t, "Debug") is ERROR:
            return ERROR
        tys.append(t)
    fcx.results.fmt_forwards[e.id] = ("f", (name, tuple(tys)))
    return sig[1]
