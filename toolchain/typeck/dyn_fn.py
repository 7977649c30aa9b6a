"""Closures as trait objects: `dyn Fn(A..) -> R` (and `FnMut`, `FnOnce`).

The type is `Ty("dyn", trait, (tuple of parameters, return type))`, seen behind a
pointer: `Box<dyn Fn(i32) -> i32>`, `&dyn Fn(i32) -> i32`, `&mut dyn FnMut()`. A
closure, a function item or a type bounded by an `Fn*` trait unsizes to it at a
coercion site (dyn_coerce.py) when its signature is the object's; the coercion is
recorded as for the learner's traits, so the machine's fat pointer carries the
closure's type (its captures' drops). A call of such a pointer calls the closure
it points at (mir/build_closures.py), taking it by reference for `Fn`/`FnMut` and by
value (moving the box) for `FnOnce`. Checked once closure kinds and captures are known
(`check_kinds`), refused as unsupported: a closure whose kind is weaker than the
object's (an `FnMut` closure made a `dyn Fn`: rustc's E0594/E0525), and a boxed closure
that borrows locals (the object's `'static` default lifetime: E0373/E0597).
"""

from __future__ import annotations

from ..types import Ty, is_box

FN_TRAITS = ("Fn", "FnMut", "FnOnce")
_RANK = {"Fn": 0, "FnMut": 1, "FnOnce": 2}


def lower(k, res) -> Ty:
    from .closures import lower_bound_sig
    from ..types import ERROR
    b = k.bounds[0]
    got = lower_bound_sig(res, b.path.segments[-1].ident.name, b.path.span)
    if got is None:
        return ERROR
    trait, params, ret = got
    return Ty("dyn", trait, (Ty("tuple", args=tuple(params)), ret))


def is_dyn_fn(t: Ty) -> bool:
    return t.kind == "dyn" and t.name in FN_TRAITS and len(t.args) == 2


def sig(t: Ty):
    """(trait, params, ret) of a `dyn Fn..` type."""
    return t.name, list(t.args[0].args), t.args[1]


def callee(fcx, ft: Ty, span=None):
    """The signature of a call of a pointer to a `dyn Fn..` (through any references and
    boxes: `&Box<dyn Fn(i32)>` is callable), or None."""
    t = fcx.infer.shallow(ft)
    seen = False
    while t.kind == "ref" or is_box(t):
        t, seen = fcx.infer.shallow(t.args[0]), True
    if seen and is_dyn_fn(t):
        trait, params, ret = sig(t)
        if trait == "FnOnce" and not is_box(fcx.infer.shallow(ft)):
            # (rustc's E0507 through a reference, E0161 for a bare object: not modelled)
            from ..types import ERROR
            fcx.diags.append(_unsupported_once(span, ft))
            return "FnOnce", [ERROR] * len(params), ret, None
        return trait, params, ret, None
    return None


def _unsupported_once(span, ft: Ty):
    from ..unsupported import unsupported
    from ..types import display
    return unsupported(span, f"calling a `dyn FnOnce` through `{display(ft)}`")


def coerce(fcx, e, src: Ty, obj: Ty, boxed: bool = False) -> bool:
    """Unsize `src` (a closure, fn item, or `Fn*`-bounded type) to `obj`. A source of
    another signature or no `Fn*` impl is rustc's E0631 / E0277 (not modelled yet:
    refused as unsupported, in place of a mismatch)."""
    if not _matches(fcx, src, obj):
        from ..unsupported import unsupported
        from ..types import display
        fcx.diags.append(unsupported(e.span, f"making `{display(fcx.infer.resolve(src))}` a "
                                             f"`{display(obj)}` (rustc's E0631 or E0277)"))
        return True
    if src.kind == "closure":
        fcx.__dict__.setdefault("dyn_fn_kinds", []).append((src, obj.name, e, boxed))
    fcx.results.dyn_coercions[e.id] = src
    from .deref import note
    note(fcx, fcx.results.dyn_coercions, e.id)
    return True


def _matches(fcx, src: Ty, obj: Ty) -> bool:
    from .closures import bound_sig, sig_of
    trait, params, ret = sig(obj)
    if src.kind == "closure":
        cparams, cret = sig_of(src)
        kind = None
    elif src.kind == "fndef":
        from . import generics
        s = fcx.results.sigs.get(src.name)
        if s is None:
            return False
        s = generics.instantiate_sig(s, src.args) if src.args else s
        cparams, cret, kind = list(s.params), s.ret, "Fn"
    elif src.kind == "fnptr":            # `fn(i32) -> i32` (fn_ptr.py)
        cparams, cret, kind = list(src.args[0].args), src.args[1], "Fn"
    elif src.kind in ("param", "opaque"):
        got = bound_sig(fcx, src)
        if got is None:
            return False
        kind, cparams, cret = got
    else:
        return False
    if len(cparams) != len(params):
        return False
    if not all(fcx.infer.unify(x, y) for x, y in zip(cparams, params)):
        return False
    if not fcx.infer.unify(cret, ret):
        return False
    return kind is None or _RANK[kind] <= _RANK[trait]


def arg_hint(fcx, a, pt: Ty, ret: Ty, expected: Ty):
    """The expectation of a closure argument of `Box::new` (any `fn(T) -> Box<T>`) whose
    call is expected to be a `Box<dyn Fn..>`: the object, whose signature the closure
    takes (rustc's `expected_inputs_for_expected_output`)."""
    from ..syntax import ast
    if not isinstance(a.kind, ast.ExprClosure) or a.kind.ret is not None \
            or any(p.ty is not None for p in a.kind.params):
        return None     # (a written signature is its own: a misfit is E0631, not E0308)
    sh = fcx.infer.shallow
    x, r = sh(expected), sh(ret)
    if not (is_box(x) and is_box(r)) or sh(r.args[0]) != sh(pt) or sh(pt).kind != "var":
        return None
    obj = sh(x.args[0])
    return obj if is_dyn_fn(obj) else None


def check_kinds(fcx) -> None:
    """E0525: a closure made a `dyn Fn` / `dyn FnMut` that only implements a later
    trait (its kind is known once its body's captures are analysed)."""
    from ..unsupported import unsupported
    for src, trait, e, boxed in fcx.__dict__.get("dyn_fn_kinds", ()):
        from .closures import infos
        info = next((i for i in infos(fcx) if i.expr.id == src.id), None)
        if info is None:
            continue
        if boxed and any(c.mode != "value" for c in info.captures):
            # A `Box<dyn Fn..>` is `'static` in signatures and fields: returned or
            # stored there, a borrowing closure is rustc's E0373 / E0597; the object
            # lifetime is not modelled, so no borrowing closure is boxed.
            fcx.diags.append(unsupported(info.node.decl_span, "boxing a closure that borrows "
                                                              "local variables as a trait object"))
            continue
        if _RANK[info.kind] <= _RANK[trait]:
            continue
        fcx.diags.append(unsupported(info.node.decl_span, f"a `{info.kind}` closure made "
                                                          f"a `dyn {trait}` (rustc's E0525)"))

