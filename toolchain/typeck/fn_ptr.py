"""Function pointers: `fn(A, B) -> R`.

The type is `Ty("fnptr", "", (tuple of parameters, return type))`. A function item
(`Ty("fndef")`) or a closure that captures nothing coerces to it at a coercion site
when its signature is the pointer's (rustc's `ReifyFnPointer` / `ClosureFnPointer`
casts). No run-time conversion is needed: the machine calls a function item's
`FnRef` or a capture-less closure's value the same way (interp/closures.py), so the
pointer's value is the item's or the closure's own. A call of a pointer (through any
references: `for f in &fs { f(1) }`) calls what it points at, as `Fn` does.

Whether a coerced closure captures is known only once its captures are analysed:
`check_closures` then reports rustc's E0308 ("closures can only be coerced to `fn`
types if they do not capture any variables")."""

from __future__ import annotations

from ..types import Ty


def is_fn_ptr(t: Ty) -> bool:
    return t.kind == "fnptr" and len(t.args) == 2


def sig(t: Ty):
    return list(t.args[0].args), t.args[1]


def callee(fcx, ft: Ty):
    """("Fn", params, ret, None) of a call of a pointer, through any references."""
    t = fcx.infer.shallow(ft)
    while t.kind == "ref":
        t = fcx.infer.shallow(t.args[0])
    if not is_fn_ptr(t):
        return None
    params, ret = sig(t)
    return "fnptr", params, ret, None     # (called as `Fn`: mir/build_closures.py)


def item_sig(fcx, src: Ty):
    """(params, ret) of a function item's type, instantiated, or None."""
    from . import generics
    s = fcx.results.sigs.get(src.name)
    if s is None:
        return None
    s = generics.instantiate_sig(s, src.args) if src.args else s
    return list(s.params), s.ret


def coerce(fcx, found: Ty, expected: Ty) -> bool | None:
    """None when this is no coercion to a function pointer; otherwise whether it holds
    (a signature that does not unify is the caller's E0308)."""
    x = fcx.infer.shallow(expected)
    if not is_fn_ptr(x):
        return None
    f = fcx.infer.shallow(found)
    if f.kind == "fndef":
        got = item_sig(fcx, f)
    elif f.kind == "closure":
        from .closures import sig_of
        got = sig_of(f)
    else:
        return None
    if got is None:
        return None
    params, ret = sig(x)
    cparams, cret = got
    if len(cparams) != len(params):
        return False        # (E0308, refused by `mismatch_unsupported` below)
    snap = fcx.infer.snapshot() if hasattr(fcx.infer, "snapshot") else None
    ok = all(fcx.infer.unify(a, b) for a, b in zip(cparams, params)) \
        and fcx.infer.unify(cret, ret)
    if not ok:
        if snap is not None:
            fcx.infer.rollback(snap)
        return False
    if f.kind == "closure":
        # (the site's cause, as `check_coerce` left it: "expected due to this")
        fcx.__dict__.setdefault("fn_ptr_closures", []).append((f, x, fcx.coerce_cause))
    return True


def check_closures(fcx) -> None:
    """A closure made a function pointer must capture nothing (known once captures
    are analysed): rustc's E0308 with its note at the first capture."""
    from .closures import infos
    for src, ptr, cause in fcx.__dict__.get("fn_ptr_closures", ()):
        info = next((i for i in infos(fcx) if i.expr.id == src.id), None)
        if info is None or not info.captures:
            continue
        n = len(fcx.diags)
        fcx.fn_ptr_capture_error = True
        try:
            fcx.mismatch(info.expr.span, ptr, fcx.infer.resolve(src), cause)
        finally:
            fcx.fn_ptr_capture_error = False
        if len(fcx.diags) == n + 1 and fcx.diags[-1].code == "E0308":
            c = info.captures[0]
            fcx.diags[-1].note("closures can only be coerced to `fn` types if they do not "
                               "capture any variables", c.use_span)
            fcx.diags[-1].children[-1].spans[0].label = f"`{c.name}` captured here"


def check_bound(fcx, ob, t: Ty) -> None:
    """`fn(A) -> R: Fn*(..)`: the pointer's signature is the bound's (a misfit is rustc's
    E0631 / E0593, not modelled for pointers: refused)."""
    from ..unsupported import unsupported
    want = ob.fn_sig
    if want is None:
        return
    params, ret = sig(t)
    if len(params) != len(want[0]) \
            or not all(fcx.infer.unify(a, b) for a, b in zip(params, want[0])) \
            or not fcx.infer.unify(ret, want[1]):
        fcx.diags.append(unsupported(ob.arg or ob.func, "a `fn` pointer whose signature "
                                                        "differs from its `Fn` bound"))


def lub(fcx, a: Ty, b: Ty, expected: Ty | None = None) -> Ty | None:
    """rustc's least upper bound of two distinct function items: the `fn` pointer of
    their common signature (or the expected pointer each already coerced to)."""
    if expected is not None and is_fn_ptr(fcx.infer.shallow(expected)):
        fa, fb = fcx.infer.shallow(a), fcx.infer.shallow(b)
        if fa.kind in ("fndef", "closure", "fnptr") and fb.kind in ("fndef", "closure", "fnptr"):
            return fcx.infer.shallow(expected)
    fa, fb = fcx.infer.shallow(a), fcx.infer.shallow(b)
    if fa.kind != "fndef" or fb.kind != "fndef":
        return None
    sa, sb = item_sig(fcx, fa), item_sig(fcx, fb)
    if sa is None or sb is None or len(sa[0]) != len(sb[0]):
        return None
    if not all(fcx.infer.unify(x, y) for x, y in zip(sa[0], sb[0])) \
            or not fcx.infer.unify(sa[1], sb[1]):
        return None
    return Ty("fnptr", args=(Ty("tuple", args=tuple(sa[0])), sa[1]))


def coerce_many(fcx, el, elem: Ty, decorate) -> Ty:
    """One more element of an array whose elements so far are the function item
    `elem`: another item makes the element type their `fn` pointer."""
    t = fcx.check_expr(el, None)
    if fcx.coerce(t, elem):
        return elem
    ptr = lub(fcx, elem, t)
    if ptr is not None:
        return ptr
    fcx.mismatch(el.span, elem, t, decorate, expr=el)
    return elem


def arg_hint(fcx, pt: Ty, ret: Ty, expected: Ty) -> None:
    """A generic call expected to return `Option<fn(..)>` (`Some(f)`): the parameter
    whose type is the pointer's place takes the pointer first, so that the function
    item argument coerces to it (rustc's `expected_inputs_for_expected_output`)."""
    sh = fcx.infer.shallow
    p, r, x = sh(pt), sh(ret), sh(expected)
    if p.kind != "var" or r.kind != "adt" or x.kind != "adt" or r.name != x.name \
            or len(r.args) != len(x.args):
        return
    for ra, xa in zip(r.args, x.args):
        if sh(ra) == p and is_fn_ptr(sh(xa)):
            fcx.infer.unify(p, sh(xa))
            return


def mentions(t: Ty) -> bool:
    """A `fn` pointer anywhere in `t` (`Option<fn()>`): formatting it with `{:?}` prints
    an address, refused."""
    return t.kind == "fnptr" or any(isinstance(a, Ty) and mentions(a) for a in t.args)


def mismatch_unsupported(fcx, span, exp: Ty, fnd: Ty) -> bool:
    """A function item of another arity than the expected pointer: rustc's E0308 says
    "incorrect number of function parameters" and shows both return types as `_`
    (not modelled: refused)."""
    if not is_fn_ptr(exp) or fnd.kind != "fndef":
        return False
    got = item_sig(fcx, fnd)
    if got is None or len(got[0]) == len(sig(exp)[0]):
        return False
    from ..unsupported import unsupported
    fcx.diags.append(unsupported(span, "a function of another arity made a `fn` pointer"))
    return True


def cast(fcx, e, t: Ty, target: Ty) -> bool:
    """`inc as fn(i32) -> i32`: rustc tries the coercion first; a function item or
    closure of another signature is refused (rustc's E0605 wording not modelled). The
    value is unchanged at run time (mir: a cast to a non-numeric type passes it on)."""
    if not is_fn_ptr(fcx.infer.shallow(target)) \
            or fcx.infer.shallow(t).kind not in ("fndef", "closure"):
        return False
    from ..unsupported import unsupported
    if fcx.infer.shallow(t).kind == "closure":    # (a capturing one is rustc's E0605)
        fcx.diags.append(unsupported(e.span, "casting a closure to a `fn` pointer"))
        return True
    if not coerce(fcx, t, target):
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(e.span, "casting a function of another signature to a "
                                             "`fn` pointer"))
    return True


def arm_lub(fcx, merged: Ty, t: Ty) -> Ty | None:
    """`match` arms so far of type `merged` and one more of type `t`, when they are
    distinct function items (their pointer) or items after a pointer; else None."""
    m, f = fcx.infer.shallow(merged), fcx.infer.shallow(t)
    if m == f or f.kind != "fndef":
        return None
    if is_fn_ptr(m):
        return m if coerce(fcx, f, m) else None
    return lub(fcx, m, f) if m.kind == "fndef" else None
