"""`a < b` with `a: &u8` and `b: &&u8`: rustc accepts it for the ordering operators.

rustc checks the right operand by coercion to `?R` of `&u8: PartialOrd<?R>`; `&A`'s only
`PartialOrd` impl is `PartialOrd<&B>` and `u8`'s only one is `PartialOrd<u8>`, so `?R` is
`&u8` before the coercion, which auto-derefs `&&u8` to it. `==` is not so: `&A` has
`PartialEq<&B>` and `PartialEq<&mut B>`, `?R` stays open and the operand's own type
fails (E0277 "can't compare `u8` with `&u8`"). A right operand with fewer references
than the left one is never coerced (E0308).

Ferrite accepts the extra references for types whose `PartialOrd` impl is only with
themselves (primitives, `str`, `String`, the learner's non-generic types) and records
how many the right operand is dereferenced through (`TypeckResults.cmp_rhs_derefs`,
read by MIR lowering: mir/build.py)."""

from __future__ import annotations

from ..types import Ty

_ORD = ("<", ">", "<=", ">=")
_PRIMS = ("int", "float", "bool", "char", "str")   # (not `{float}`: its impls are many)


def _depth(t: Ty) -> tuple[Ty, int]:
    n = 0
    while t.kind == "ref":
        t, n = t.args[0], n + 1
    return t, n


def accept(fcx, e, op: str, lt: Ty, rt: Ty) -> bool:
    if op not in _ORD:
        return False
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    inner, n = _depth(a)
    _, m = _depth(b)
    if n == 0 or m <= n:
        return False
    if not (inner.kind in _PRIMS or inner.kind == "adt" and not inner.args):
        return False
    for _ in range(m - n):
        b = b.args[0]
    if not fcx.infer.unify(a, b):
        return False
    fcx.results.cmp_rhs_derefs[e.id] = m - n
    return True
