"""`impl PartialEq<Celsius> for Fahrenheit`: equality between two different types.

`PartialEq`'s `Rhs` is pinned to `Self` for every other impl (resolve/traits.py
`TraitDef.pinned`), so these impls are kept apart from the (type, trait) table:
registered here by trait, their `eq` checked against the declaration with `Rhs` the
written type, and selected for `a == b` / `a != b` when `a`'s type is the impl's and
`b`'s fits its `Rhs` (`results.cross_cmp`: the comparison's id -> the `eq` key, which
MIR calls: mir/build_traits.cross_eq_into). A learner's type with such an impl
compared with a type none of them takes is refused as unsupported (rustc's E0277 lists
the impls: not modelled).

What is not modelled yet is refused at the impl: a generic impl, a self type other
than the learner's struct or enum, `Rhs` the self type itself, and `PartialOrd<Rhs>`.
"""

from __future__ import annotations

from ..syntax import ast
from ..types import Ty, display
from ..unsupported import unsupported


def collect_impl(res, results, cx, imp, d, s: Ty, diags: list) -> None:
    """Register `imp` (`impl PartialEq<R> for S`) and check its items."""
    from .check import _lower_ty
    from .traits import ImplInfo, _compare_sig, _missing
    rhs = [_lower_ty(a, res) for a in imp.trait_args]
    if imp.broken_args or len(rhs) != 1 or rhs[0].is_error:
        return
    why = None
    if d.name != "PartialEq":
        why = f"`{d.name}` with a `Rhs` other than `Self`"
    elif imp.is_generic or s.kind != "adt" or s.args or not _learners(res, s):
        why = "`PartialEq<Rhs>` impls for this type"
    elif rhs[0] == s:
        why = "`PartialEq<Self>` written out"
    elif any(o.self_ty == s and o.trait_args == tuple(rhs) for o in cx.cross.get(d.name, ())):
        why = "two impls of one trait-ref"
    if why is not None:
        diags.append(unsupported(imp.trait_span, why))
        return
    info = ImplInfo(imp, s, {})
    info.trait_args = tuple(rhs)
    missing = []
    for ti in d.items.values():
        own = imp.items.get(ti.name)
        key = imp.key(ti.name)
        info.keys[ti.name] = key
        if own is None:
            missing.append(ti)
            continue
        errs = _compare_sig(res, results, d, ti, own, s, info.trait_args)
        if errs:
            cx.broken.add(key)
            diags.extend(errs)
    if missing:
        diags.append(_missing(d, imp, missing, s, results, info.trait_args))
        return
    cx.cross.setdefault(d.name, []).append(info)


def _learners(res, s: Ty) -> bool:
    from ..std import is_std_span
    adt = res.adts.get(s.name)
    return adt is not None and not is_std_span(adt.span)


def compare(fcx, e: ast.Expr, k, op: str, lt: Ty, rt: Ty) -> bool:
    """`a == b` (or `assert_eq!(a, b)`) where `a`'s type has `PartialEq<R>` impls and
    `b` is not of `a`'s type: True when handled (selected, or refused)."""
    cx = fcx.results.traits
    if cx is None or not cx.cross or op not in ("==", "!="):
        return False
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    infos = [i for i in cx.cross.get("PartialEq", ()) if i.self_ty == a]
    if not infos or b == a:
        return False
    fits = [i for i in infos if _fits(i.trait_args[0], b)]
    if not fits and len(infos) == 1 and a.name not in cx.eq_impls \
            and "PartialEq" not in fcx.results.adts[a.name].derives:
        # (rustc's only candidate decides the right operand's type: `m == 4u8`)
        rhs = k.rhs if isinstance(k, ast.ExprBinary) else k.args[1]
        fcx.mismatch(rhs.span, infos[0].trait_args[0], rt, expr=rhs)
        return True
    if len(fits) != 1 or fits[0].keys["eq"] in cx.broken:
        if len(fits) == 1:
            return True      # (its `eq` has an error of its own, reported at the impl)
        fcx.diags.append(unsupported(e.span, f"comparing `{display(a)}` with this type"))
        return True
    fcx.infer.unify(rt, fits[0].trait_args[0])
    fcx.results.cross_cmp[e.id] = fits[0].keys["eq"]
    return True


def _fits(want: Ty, got: Ty) -> bool:
    """Whether `got` (resolved, perhaps a literal's variable) can be `want`."""
    if got.kind == "intvar":
        return want.kind == "int"
    if got.kind == "floatvar":
        return want.kind == "float"
    return want == got
