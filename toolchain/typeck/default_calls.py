"""`Default::default()` called through the trait's name: rustc's `Self` is an inference
variable that the expected type decides (`let x: i32 = Default::default();`, a struct
update's base `..Default::default()`). The call is the trait's `<Self as Default>::default`
with its `Self` recorded in `TypeckResults.trait_selves` once the body is inferred, so the
machine picks the impl as it does for `T::default()` (interp/dyn_dispatch.py; std's own
impls come from interp/std_defaults.py). An undecided `Self` is rustc's E0790, a type
without the trait its E0277 with the derive help."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..syntax import ast
from ..types import ERROR, Ty, display
from ..source import Span
from ..unsupported import unsupported

KEY = "<Self as Default>::default"


def is_default_call(fcx, k: ast.ExprCall) -> bool:
    r = fcx.res.values.get(k.func.id)
    return r is not None and r.kind == "trait_item" and r.target == ("Default", "default") \
        and not k.args


def call(fcx, e: ast.Expr, k: ast.ExprCall) -> Ty:
    v = fcx.infer.new_var()
    fcx.record(k.func, _register(fcx, k.func, v, e.span))
    return v


def std_type_path(fcx, e: ast.Expr, base: Ty, name: str) -> Ty | None:
    """`String::default`, `Vec::<i32>::default`, `u8::default`: std's impls of the types
    whose default value the machine makes (collection_bounds._has_default)."""
    from .collection_bounds import _has_default
    if name != "default" or not (_has_default(base) or _derived(fcx, base)):
        return None
    return _register(fcx, e, base, e.span, (base,))


def path_call(fcx, k: ast.ExprCall, ft: Ty) -> Ty:
    """The call of such a path: its value is of the type the path named."""
    if k.args:
        for a in k.args:
            fcx.check_expr(a, None)
        fcx.diags.append(unsupported(k.func.span, "`default` called with arguments"))
        return ERROR
    return ft.args[0]


def _register(fcx, func: ast.Expr, self_ty: Ty, call_span, args: tuple = ()) -> Ty:
    from .bounds import Obligation
    fcx.results.assoc_paths[func.id] = ("fn", KEY)
    span = func.span
    ob = Obligation(self_ty, "Default", span, "default", span, span, None,
                    call_span=call_span, check=_check)
    ob.func_id = func.id    # (the callee path, whose id keys `trait_selves` for MIR)
    fcx.bound_obligations.append(ob)
    # (a path's fndef carries the type it named, which `path_call` gives the call)
    return Ty("fndef", KEY, args)


def _check(fcx, ob) -> None:
    t = fcx.infer.resolve(ob.ty)
    if t.is_error:
        return
    if t.kind in ("intvar", "floatvar"):
        t = fcx.infer.fallback(t)
    if t.kind == "var":
        if not any(d.is_error for d in fcx.diags):
            fcx.diags.append(_e0790(ob))
        return
    if t.kind == "param":
        from .bounds import has_bound
        if not has_bound(fcx, t, "Default"):
            fcx.diags.append(unsupported(ob.call_span, f"`{display(t)}` lacking the bound "
                                         "`Default`"))
            return
    else:
        from .bounds import implements
        got = implements(fcx, t, "Default")
        if got is None and t.kind == "adt" and t.args and _derived(fcx, t):
            from . import derive_default         # (`impl<T: Default> Default for Pair<T>`)
            got = derive_default.args_default(fcx, t)
            d = derive_default.arg_e0277(fcx, ob, t) if got is False else None
            if d is not None:
                fcx.diags.append(d)
                return
            if got is False:
                fcx.diags.append(unsupported(ob.call_span, f"`{display(t)}` lacking `Default`"))
                return
        if got is None:
            fcx.diags.append(unsupported(ob.call_span, f"checking whether `{display(t)}` "
                                         "implements `Default`"))
            return
        if not got:
            fcx.diags.append(_e0277(fcx, ob, t))
            return
    fcx.results.trait_selves[ob.func_id] = t


def _e0790(ob) -> Diagnostic:
    d = Diagnostic.error("cannot call associated function on trait without specifying the "
                         "corresponding `impl` type", ob.call_span,
                         "cannot call associated function of trait", code="E0790")
    f = ob.func
    d.help("use a fully-qualified path to a specific available implementation",
           suggestions=[Suggestion(Span(f.lo, f.lo), "</* self type */ as ", "HasPlaceholders",
                                   "ShowAlways"),
                        Suggestion(Span(f.lo + len("Default"), f.lo + len("Default")), ">",
                                   "HasPlaceholders", "ShowAlways")])
    return d


def _e0277(fcx, ob, t: Ty) -> Diagnostic:
    d = Diagnostic.error(f"the trait bound `{display(t)}: Default` is not satisfied",
                         ob.call_span, f"the trait `Default` is not implemented for "
                         f"`{display(t)}`", code="E0277")
    if t.kind == "adt" and not t.name.startswith("std::") and t.name in fcx.res.adts \
            and not ":" in t.name:
        from .check import _derive_help
        _derive_help(d, fcx.res.adts[t.name], "Default")
    return d


def bound_e0277(fcx, ob, t: Ty) -> bool:
    """E0277 for a `T: Default` bound of a called function (`let m: Meters = make();`):
    rustc points at the whole call when no argument holds `T`, and offers the derive."""
    from .bounds import _note
    if ob.arg is not None and t.kind == "adt" and t.name in fcx.res.adts \
            and not fcx.res.adts[t.name].is_enum:
        return _arg_e0277(fcx, ob, t)
    if ob.arg is not None or ob.call_span is None or t.kind != "adt" \
            or t.name not in fcx.res.adts:
        return False
    d = _e0277(fcx, ob, t)
    d.children.insert(0, _note(fcx, ob))
    fcx.diags.append(d)
    return True


def _arg_e0277(fcx, ob, t: Ty) -> bool:
    """`std::mem::take(&mut token)`: the argument holds `T`, so rustc points at it, the
    call introduced the bound, and the derive help follows the bound's note."""
    from .bounds import _at_call, _note
    from ..std import is_std_span
    if is_std_span(fcx.res.adts[t.name].span):
        return False
    d = _at_call(ob, f"the trait bound `{display(t)}: Default` is not satisfied",
                 f"the trait `Default` is not implemented for `{display(t)}`")
    if is_std_span(ob.callee_ident):     # std's function: rustc's own location
        from ..std import load
        from ..std_locations import item_span
        key, where = load().names.get(ob.callee_ident.lo), item_span(ob.callee_ident)
        if key is None or where is None:
            return False
        d.note(f"required by a bound in `{key}`", where)
    else:
        d.children.append(_note(fcx, ob))
    from .check import _derive_help
    _derive_help(d, fcx.res.adts[t.name], "Default")
    fcx.diags.append(d)
    return True


def _derived(fcx, t: Ty) -> bool:
    """The learner's struct with `#[derive(Default)]` (typeck/derive_default.py)."""
    adt = fcx.res.adts.get(t.name) if t.kind == "adt" else None
    if adt is not None and adt.is_enum:      # (its `#[default]` variant, derive_default.py)
        layout = fcx.results.adts.get(t.name)
        return "Default" in adt.derives and layout is not None \
            and layout.default_discr is not None
    return adt is not None and "Default" in adt.derives
