"""Returning closures: `fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }`.

The return type is an opaque type, `Ty("opaque", "impl Fn(i32) -> i32", id=its type
node)`: distinct per function (rustc's "distinct uses of `impl Trait`"), callable
through its bound's signature (`TypeckResults.opaque_sigs[name]`), and not `Copy`.
Inside the function the closure the body returns is its hidden type: the closure is
checked against the bound's signature (typeck/closures.py's expectations) and coerced
to the opaque type here. Once captures are known (`finish`), a returned closure that
borrows the function's locals is rustc's E0373, which the borrow checker reports
(borrowck/closure_escape.py) as rustc does.

Not modelled, refused as unsupported: functions taking references (the hidden closure
may borrow from them: lifetimes), a bound mentioning type parameters, a closure kind
weaker than the bound (rustc's E0594/E0596 against `Fn`), and a borrowing closure
returned through a variable (rustc's E0597 per captured variable).
"""

from __future__ import annotations

from ..syntax import ast
from ..types import ERROR, Ty
from ..unsupported import unsupported

_RANK = {"Fn": 0, "FnMut": 1, "FnOnce": 2}


def opaque_ty(t: ast.Ty, res) -> Ty:
    target = res.types[t.id].target
    return Ty("opaque", target[0], tuple(Ty("param", n, id=i) for i, n in enumerate(target[3])),
              id=t.id)


def collect_opaques(res, results, diags: list) -> None:
    """The `Fn*` signature of each `-> impl Fn..` return type, by its name."""
    from .closures import lower_bound_sig
    from ..borrowck.places import has_ref
    for name, sig in results.sigs.items():
        t = sig.ret
        if t.kind != "opaque" or res.types[t.id].kind != "opaque":
            continue     # (not an `impl Fn..`: typeck/opaque.py)
        item = res.fns[name].kind
        shown, trait, span = res.types[t.id].target[:3]
        got = lower_bound_sig(res, trait, span)
        if got is None:
            continue
        if any(has_ref(p) for p in sig.params):
            diags.append(unsupported(item.sig.ret.span, "an `impl Fn` return type in a function "
                                                        "taking references"))
        elif results.opaque_sigs.get(shown, got) != got:
            # (two functions' `impl Fn(A) -> B` of the same text but with the parameters
            # in other places: the types are keyed by their text)
            diags.append(unsupported(item.sig.ret.span, "this `impl Fn` return type beside "
                                                        "another of the same text"))
            got = (got[0], [ERROR] * len(got[1]), ERROR) + tuple(got[3:])
        results.opaque_sigs.setdefault(shown, got)


def coerce(fcx, found: Ty, expected: Ty) -> bool:
    """A value returned as the function's opaque type: its hidden type, one closure."""
    x = fcx.infer.shallow(expected)
    if x.kind != "opaque" or fcx.sig.ret != x:
        return False
    f = fcx.infer.shallow(found)
    if f == x:
        return True
    if f.kind != "closure":
        return False
    hidden = fcx.__dict__.setdefault("opaque_hidden", f)
    return hidden.id == f.id


def returned_directly(fcx, expected: Ty | None) -> bool:
    """Is a closure checked against the function's opaque return type (written as the
    value returned, not reached through a variable)?"""
    if expected is None:
        return False
    x = fcx.infer.shallow(expected)
    return x.kind == "opaque" and fcx.sig.ret == x


def finish(fcx, infos) -> None:
    """Once captures are known: the returned closure against the opaque type's bound."""
    hidden = fcx.__dict__.get("opaque_hidden")
    if hidden is None:
        return
    info = next((i for i in infos if i.expr.id == hidden.id), None)
    got = fcx.results.opaque_sigs.get(fcx.sig.ret.name)
    if info is None or got is None:
        return
    if _RANK[info.kind] > _RANK[got[0]]:
        fcx.diags.append(unsupported(info.node.decl_span, f"returning an `{info.kind}` closure "
                                                          f"as `impl {got[0]}`"))
        return
    borrows = [c for c in info.captures if c.mode != "value"]
    if not borrows or info.node.move:
        return
    if getattr(info, "returned", False):
        info.escapes = True       # E0373, reported by the borrow checker
    else:
        fcx.diags.append(unsupported(info.node.decl_span, "returning a closure that borrows "
                                                          "local variables through a variable"))
