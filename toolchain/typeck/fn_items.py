"""Function items passed where a closure is expected.

rustc gives each function (a learner's, std's, an associated function, a tuple
struct's or variant's constructor) a zero-sized item type implementing `Fn`, `FnMut`
and `FnOnce` with its signature. Ferrite's item type is `Ty("fndef", key, args)`: its
signature is `results.sigs[key]` instantiated with `args` (a generic function's
arguments are inference variables that the bound's signature decides, as
`.map(String::from)` or `.or_insert_with(Vec::new)` need)."""

from __future__ import annotations

from ..types import Ty


def sig(results, t: Ty):
    """(params, ret) of the fn item type `t`, or None when it is not one Ferrite knows."""
    if t.kind in ("ctor", "variant_ctor"):
        return _ctor_sig(results, t)
    if t.kind == "fnptr":       # `fn(i32) -> i32`: its signature is its type (fn_ptr.py)
        return list(t.args[0].args), t.args[1]
    if t.kind != "fndef":
        return None
    s = results.sigs.get(t.name)
    if s is None:
        return None
    g = s.generics
    if t.args and (g is None or len(g.names) != len(t.args)) \
            and not (g is None and t.name.startswith("<")):
        return None     # (an impl's item, `<T as ToString>::to_string`: the impl's arguments)
    if not t.args and g is not None and g.names:
        return None     # (a generic function named without its arguments)
    from .generics import instantiate_sig
    s = instantiate_sig(s, t.args)
    return list(s.params), s.ret


def is_fn_item(results, t: Ty) -> bool:
    return sig(results, t) is not None


def check_bound(fcx, ob, t: Ty) -> None:
    """The obligation `t: Fn*(params) -> ret` of a fn item `t` (closures.check_fn_bound):
    its signature unifies with the bound's, else rustc's E0593 / E0631 (fn_item_errors.py)."""
    from ..unsupported import unsupported
    got = sig(fcx.results, t)
    want = ob.fn_sig
    if got is None or want is None:
        if got is None:
            fcx.diags.append(unsupported(ob.arg or ob.func, "this function where a closure "
                                                            "is expected"))
        return
    params, ret = got
    from . import fn_item_errors
    if len(params) != len(want[0]):
        fn_item_errors.arity(fcx, ob, t, len(params), len(want[0]))
        return
    snap = [fcx.infer.resolve(p) for p in want[0]]
    if not all(fcx.infer.unify(a, b) for a, b in zip(params, want[0])):
        fn_item_errors.args(fcx, ob, t, params, snap)
        return
    want_ret = fcx.infer.resolve(want[1])
    if not fcx.infer.unify(ret, want[1]):
        fn_item_errors.ret(fcx, ob, t, fcx.infer.resolve(ret), want_ret)


def ctor_value(fcx, e, r, expected):
    """A tuple struct's or variant's constructor used as a value: its item type where a
    generic argument (a closure's place) expects it; elsewhere (a `let`, a `fn` pointer,
    formatting) rustc's wording is not modelled, so it is refused."""
    from . import generics
    from ..types import ERROR
    from ..unsupported import unsupported
    if expected is None or fcx.infer.shallow(expected).kind != "var":
        fcx.diags.append(unsupported(e.span, "a constructor used as a value here"))
        return ERROR
    path = e.kind.path
    if r.kind == "ctor":
        return Ty("ctor", r.target, generics.adt_args(fcx, e, r.target, path.segments[0]))
    return Ty("variant_ctor", f"{r.target[0]}::{r.target[1]}",
              generics.adt_args(fcx, e, r.target[0], generics.type_seg(path)))


def _ctor_sig(results, t: Ty):
    """(params, ret) of a constructor's item type: its fields, and its type."""
    from ..types import subst
    if t.kind == "ctor":
        layout = results.adts.get(t.name)
        if layout is None:
            return None
        tys = layout.tys
        adt = t.name
    else:
        adt, index = t.name.rsplit("::", 1)     # (`Option::1`: the variant's index)
        layout = results.adts.get(adt)
        if layout is None or not index.isdigit() or int(index) >= len(layout.variants):
            return None
        v = layout.variants[int(index)]
        tys = v.tys
    params = [subst(p, t.args) for p in tys] if t.args else list(tys)
    return params, Ty("adt", adt, t.args)


def eager_output(fcx, t: Ty, expected) -> Ty:
    """A function item passed for a parameter bounded by `Fn*(..) -> R` with `R` still
    unknown (`.or_insert_with(Vec::new)` on a map whose value type comes later): `R`
    is the item's return type at once, as rustc's closure-signature deduction makes it,
    so that a method called on the result is known (`.push(w)`). Its parameters are
    checked with the bound later (check_bound)."""
    if expected is None or t.kind != "fndef":
        return t
    x = fcx.infer.shallow(expected)
    if x.kind != "var":
        return t
    from .closures import _expected_sig
    want = _expected_sig(fcx, x)
    got = sig(fcx.results, t)
    if want is None or got is None or len(got[0]) != len(want[1]):
        return t
    if fcx.infer.shallow(want[2]).kind == "var":
        fcx.infer.unify(want[2], got[1])
    return t
