"""`Clone::clone(&x)`, `PartialEq::eq(&a, &b)`, `Ord::cmp(&a, &b)`,
`PartialOrd::partial_cmp(&a, &b)`, `Ord::max(a, b)`: a method of one of the prelude
traits whose std impls typeck decides itself (`TraitDef.is_std`), called by the
trait's path.

rustc calls the trait's method with `Self` the first argument's type behind the
method's receiver (`&Self` or `Self`); once that `Self` is known to implement the
trait, the call is the method call `first.method(rest..)` whose receiver is taken as it
is (method probing's by-value step picks exactly that impl). So it is checked, and
lowered, as that method call (`results.trait_path_methods`: call id -> the method call
node; mir/build.py lowers it with build_refs.method_call_into).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import ERROR, Ty, display
from ..unsupported import unsupported

# (trait, method) -> whether the receiver is `&self` (else `self`), as std source
# declares them (std/fmt.rs, std/clone.rs, std/default.rs, std/cmp.rs).
METHODS = {
    ("Clone", "clone"): True,
    ("PartialEq", "eq"): True,
    ("PartialOrd", "partial_cmp"): True,
    ("Ord", "cmp"): True,
}

# std's generic types that are `Clone` when their arguments are.
_CLONE_IF_ARGS = frozenset({"Vec", "VecDeque", "Option", "Result", "Box", "HashMap",
                            "HashSet", "BTreeMap", "BTreeSet"})


def call(fcx, e: ast.Expr, k: ast.ExprCall, trait: str, name: str) -> Ty | None:
    """The call's type, or None (not one of these methods: the caller refuses it)."""
    by_ref = METHODS.get((trait, name))
    if by_ref is None or not k.args or not isinstance(k.func.kind, ast.ExprPath):
        return None
    seg = k.func.kind.path.segments[-1]
    if seg.args is not None:
        return None
    t = fcx.infer.resolve(fcx.check_expr(k.args[0], None))
    if t.references_error:
        for a in k.args[1:]:
            fcx.check_expr(a, None)
        return ERROR
    s = t
    if by_ref:
        s = t.args[0] if t.kind == "ref" and not t.mutable else None
    ok = None if s is None else _implements(fcx, s, trait)
    if ok is False and s.kind == "adt" and not _is_std_adt(fcx, s) and not s.args:
        _e0277(fcx, k, s, trait)
        for a in k.args[1:]:
            fcx.check_expr(a, None)
        return ERROR
    if not ok:
        fcx.diags.append(unsupported(e.span, f"`{trait}::{name}` called by its path on "
                                     + ("this argument" if s is None else f"`{display(s)}`")))
        for a in k.args[1:]:
            fcx.check_expr(a, None)
        return ERROR
    mk = ast.ExprMethodCall(k.args[0], seg, list(k.args[1:]))
    from .methods import method_call
    got = method_call(fcx, ast.Expr(mk, e.span, e.id), mk, t)
    fcx.results.trait_path_methods[e.id] = mk
    return got


def _implements(fcx, s: Ty, trait: str) -> bool | None:
    if s.kind in ("var", "param", "opaque", "proj", "dyn"):
        return None
    if s.kind == "floatvar":
        return trait != "Ord"
    if s.kind == "intvar":
        return True
    if s.kind == "ref" and not s.args[0].kind == "str" and trait == "Clone":
        return not s.mutable
    if trait == "Clone" and s.kind in ("tuple", "array") \
            or trait == "Clone" and s.kind == "adt" and s.name in _CLONE_IF_ARGS and s.args:
        got = [_implements(fcx, a, trait) for a in s.args]
        return None if None in got else all(got)
    from .bounds import implements
    return implements(fcx, s, trait)


def _is_std_adt(fcx, s: Ty) -> bool:
    from ..std import is_std_span
    adt = fcx.res.adts.get(s.name)
    return adt is None or is_std_span(adt.span)


def _e0277(fcx, k: ast.ExprCall, s: Ty, trait: str) -> None:
    """rustc's E0277 for the learner's type lacking the trait (each worded as rustc
    words it: the comparison traits have their own `on_unimplemented` messages)."""
    from .check import _derive_help
    shown = display(s)
    adt = fcx.res.adts[s.name]
    if trait == "PartialOrd" and _implements(fcx, s, "PartialEq"):
        # (`PartialOrd<Rhs>: PartialEq<Rhs>`: the type's one `PartialEq` impl decides `Rhs`)
        d = Diagnostic.error(f"can't compare `{shown}` with `{shown}`", k.args[0].span,
                             f"no implementation for `{shown} < {shown}` and "
                             f"`{shown} > {shown}`", code="E0277")
        d.secondary(k.func.span, "required by a bound introduced by this call")
        d.help(f"the trait `PartialOrd` is not implemented for `{shown}`")
        _derive_help(d, adt, "PartialOrd")
    elif trait in ("PartialEq", "PartialOrd"):
        ops = "==" if trait == "PartialEq" else f"< _` and `{shown} >"
        d = Diagnostic.error(f"can't compare `{shown}` with `_`", k.args[0].span,
                             f"no implementation for `{shown} {ops} _`", code="E0277")
        d.secondary(k.func.span, "required by a bound introduced by this call")
        d.help(f"the trait `{trait}<_>` is not implemented for `{shown}`", adt.header)
    elif trait == "Ord":
        d = Diagnostic.error(f"the trait bound `{shown}: Ord` is not satisfied", k.func.span,
                             f"the trait `Ord` is not implemented for `{shown}`", code="E0277")
        _derive_help(d, adt, "Ord")
    else:
        d = Diagnostic.error(f"the trait bound `{shown}: {trait}` is not satisfied",
                             k.args[0].span, f"the trait `{trait}` is not implemented for "
                             f"`{shown}`", code="E0277")
        d.secondary(k.func.span, "required by a bound introduced by this call")
        _derive_help(d, adt, trait)
    fcx.diags.append(d)
