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
    if t.kind != "fndef":
        return None
    s = results.sigs.get(t.name)
    if s is None:
        return None
    g = s.generics
    if t.args and (g is None or len(g.names) != len(t.args)):
        return None
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
