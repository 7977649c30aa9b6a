"""`Display::fmt(&self.0, f)` / `fmt::Debug::fmt(&self.name, f)` (and `self.0.fmt(f)`
in a `Display`/`Debug` impl): a `fmt` that forwards to another value's impl with the
caller's `Formatter`, so the caller's width, fill and precision apply to it (unlike
`write!(f, "{}", self.0)`). The call is recorded in `results.fmt_forwards` (call id ->
(trait's placeholder: "" or "?", the argument's type)); MIR makes it the machine's
`fmt_forward` shim (mir/build_fmt_forward.py), which formats the value as `{}`/`{:?}`
would with the Formatter's options.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import ERROR, Ty, display, ref
from ..unsupported import unsupported
from .std_tys import FMT_RESULT, FORMATTER

FMT_TRAITS = {"Display": "", "Debug": "?"}
_PATHS = {"Display": "std::fmt::Display", "Debug": "Debug"}


def call(fcx, e: ast.Expr, k: ast.ExprCall, trait: str) -> Ty:
    """`Trait::fmt(value_ref, f)` for `trait` Display or Debug."""
    if len(k.args) != 2:
        fcx.diags.append(unsupported(e.span, f"`{trait}::fmt` with {len(k.args)} arguments"))
        for a in k.args:
            fcx.check_expr(a, None)
        return ERROR
    t = fcx.infer.resolve(fcx.check_expr(k.args[0], None))
    fcx.check_coerce(k.args[1], ref(FORMATTER, True))
    if t.references_error:
        return FMT_RESULT
    if t.kind != "ref":
        fcx.diags.append(unsupported(k.args[0].span, f"`{trait}::fmt` of a value that is not "
                                     "a reference"))
        return ERROR
    return _checked(fcx, e, k.func.span, k.args[0].span, t, trait)


def _checked(fcx, e, func_span, arg_span, t: Ty, trait: str) -> Ty:
    from .check import _implements_fmt
    from . import traits
    inner = t.args[0]
    p = FMT_TRAITS[trait]
    if inner.kind in ("var", "intvar", "floatvar"):
        fcx.diags.append(unsupported(arg_span, f"`{trait}::fmt` of a value whose type is not "
                                     "known yet"))
        return ERROR
    if not (_implements_fmt(inner, p, fcx.results.adts)
            or traits.implements_fmt(fcx, inner, p, arg_span)):
        if inner.kind in ("param", "opaque", "proj", "dyn") or p == "?":
            fcx.diags.append(unsupported(arg_span, f"`{trait}::fmt` of a type without `{trait}`"))
            return ERROR
        msg = f"the trait `{_PATHS[trait]}` is not implemented for `{display(inner)}`"
        from ..std import is_std_span
        adt = fcx.res.adts.get(inner.name) if inner.kind == "adt" else None
        user = adt is not None and not is_std_span(adt.span)
        d = Diagnostic.error(f"`{display(inner)}` doesn't implement `{_PATHS[trait]}`", arg_span,
                             "unsatisfied trait bound" if user else msg, code="E0277")
        d.secondary(func_span, "required by a bound introduced by this call")
        if user:     # rustc points at the learner's type
            d.help(msg, adt.header)
        fcx.diags.append(d)
        return ERROR
    fcx.results.fmt_forwards[e.id] = (p, t)
    return FMT_RESULT


def impl_trait(fcx) -> str | None:
    """"Display" / "Debug" when the body checked is the `fmt` of an impl of it (rustc
    puts an impl's own trait in scope in its items: `self.0.fmt(f)` needs no `use`)."""
    f = getattr(fcx, "cur_fn", None)
    if f is None:
        return None
    for imp in fcx.res.traits.impls:
        if imp.trait in FMT_TRAITS:
            it = imp.items.get("fmt")
            if it is not None and it.item.kind is f:
                return imp.trait
    return None


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty) -> Ty | None:
    """`x.fmt(f)` in a `Display`/`Debug` impl's `fmt`, or None (not this case)."""
    trait = impl_trait(fcx)
    if trait is None:
        return None
    other = "std::fmt::Debug" if trait == "Display" else "std::fmt::Display"
    if other in fcx.res.traits.uses.values() or rt.kind in ("var", "intvar", "floatvar") \
            or rt.references_error:
        return None      # (both traits in scope: rustc's E0034, not modelled)
    if rt.kind == "ref" and rt.mutable:
        return None
    fcx.check_coerce(k.args[0], ref(FORMATTER, True))
    got = _checked(fcx, e, k.segment.ident.span, k.receiver.span,
                   rt if rt.kind == "ref" else ref(rt), trait)
    return got
