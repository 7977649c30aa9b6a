"""Methods of the primitive types (`n.abs()`, `i32::pow(x, 2)`, `c.is_alphabetic()`),
found in std's inherent impls (toolchain/std/num.rs, char.rs, bool.rs) and entered
into the tables on first use (resolve/prim_impls.py), and the errors learners meet
there: E0689 on an integer or float literal whose type is still ambiguous, E0599 with
rustc's similar-name help.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..resolve import prim_impls
from ..source import Span
from ..syntax import ast
from ..types import ERROR, FLOAT_NAMES, INT_NAMES, Ty

PRIM_KINDS = ("int", "float", "char", "bool")

# `Ord`'s methods, which every integer has through a trait (so an ambiguous integer
# literal has them too); Ferrite's std declares them in the integers' impls.
ORD_METHODS = ("min", "max", "clamp")
# ... and those that take `&self` and `&Self` and return an ordering (std/cmp.rs).
ORD_BY_REF = ("cmp", "partial_cmp")


def type_name(t: Ty) -> str:
    return t.name if t.kind in ("int", "float") else t.kind


def lookup(fcx, t: Ty, name: str):
    """The std method `name` of primitive type `t` (an AssocItem), with its signature
    collected, or None."""
    return entered(fcx.res, fcx.results, type_name(t), name)


def entered(res, results, ty: str, name: str):
    a = prim_impls.materialise(res, ty, name)
    if a is not None and a.key not in results.sigs:
        from .check import _collect_sig
        from .methods import impl_self_ty
        item = a.item
        sig = results.sigs[a.key] = _collect_sig(item.kind, res)
        sig.generics = res.fn_generics.get(item.id)
        sig.noun = "method" if item.kind.sig.self_param else "associated function"
        sig.self_ty = impl_self_ty(a, res)
        sig.std_key = a.key
    return a


def assoc_path(fcx, e: ast.Expr, target: tuple[str, str]) -> Ty:
    """`i32::abs` as a value: the function item (instantiated when generic)."""
    from ..types import PRIMITIVES
    from .methods import _instantiate
    ty, name = target
    a = entered(fcx.res, fcx.results, ty, name)
    if a is None:
        return ERROR
    fcx.results.assoc_paths[e.id] = ("fn", a.key)
    sig = fcx.results.sigs[a.key]
    if sig.generics is None or not sig.generics.names:
        return Ty("fndef", a.key)
    args = _instantiate(fcx, a, PRIMITIVES[ty], e.kind.path.segments[-1], e)
    return Ty("fndef", a.key, args or ())


def similar_help(fcx, d: Diagnostic, k: ast.ExprMethodCall, base: Ty) -> bool:
    """rustc's "there is a method `abs` with a similar name" on E0599 for a primitive.
    rustc picks among every method the type has (inherent and of any trait), which
    std's docs list (std_method_names.py); False when the one it would name is not
    in Ferrite's std, whose arguments would decide rustc's wording."""
    from ..resolve.suggest import find_best_match_substrings
    from .std_method_names import PRIMITIVE_METHODS
    ty = type_name(base)
    best = find_best_match_substrings(sorted(PRIMITIVE_METHODS.get(ty, ())), k.segment.ident.name)
    if best is None:
        return True
    got = names(ty).get(best)
    if got is None:
        return False
    f = got[1].kind
    if f.sig.self_param is None or len(f.sig.params) != len(k.args):
        return False         # rustc: "..., but with different arguments" and its place
    d.spans[0].label = None   # the help says it instead
    d.help(f"there is a method `{best}` with a similar name",
           suggestions=[Suggestion(k.segment.ident.span, best, "MaybeIncorrect", "ShowAlways")])
    return True


def names(ty: str) -> dict:
    return prim_impls.names(ty)


def has_method(ty: str, name: str) -> bool:
    return name in prim_impls.names(ty)


def numeric_inherent(name: str) -> bool:
    """Does any integer or float type have an inherent method `name` in Ferrite's std?"""
    return any(has_method(t, name) and name not in ORD_METHODS + ORD_BY_REF
               for t in INT_NAMES + FLOAT_NAMES)


def _ord_by_ref(fcx, e, k, rt: Ty, base: Ty, name: str):
    """`n.cmp(&m)` on `{integer}` (`x.partial_cmp(&y)` on `{float}`): `i32`'s (`f64`'s)
    body serves every type the literal may take (it only compares); the receiver is
    borrowed, the argument is `&{integer}`."""
    from ..types import ref
    from .methods import MethodCallee
    from .refs import peel
    a = lookup(fcx, Ty("float", "f64") if base.kind == "floatvar" else Ty("int", "i32"), name)
    if a is None or len(k.args) != 1:
        return None
    # (`b.cmp(a)` on `&{integer}`: through the references, then borrowed)
    fcx.results.method_calls[e.id] = MethodCallee(a.key, peel(rt)[1], "&")
    fcx.check_coerce(k.args[0], ref(base))
    return fcx.results.sigs[a.key].ret


def ambiguous(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, base: Ty):
    """A method called on `{integer}` / `{float}`: `Ord`'s methods resolve (an integer
    has them whatever its type); a numeric type's inherent method is rustc's E0689
    (the type must be known to find the impl). None: not decided here."""
    name = k.segment.ident.name
    if base.kind == "intvar" and name in ORD_BY_REF \
            or base.kind == "floatvar" and name == "partial_cmp":
        return _ord_by_ref(fcx, e, k, rt, base, name)
    if base.kind == "intvar" and name in ORD_METHODS and rt is base:
        # The bodies only compare: `i32`'s serve every integer type the literal may take.
        a = lookup(fcx, Ty("int", "i32"), name)
        from .methods import MethodCallee
        fcx.results.method_calls[e.id] = MethodCallee(a.key, 0, None)
        n = len(fcx.results.sigs[a.key].params) - 1
        if len(k.args) != n:
            return None      # the arity error as for `i32` (rustc names `{integer}` there)
        for arg in k.args:
            fcx.check_coerce(arg, rt)
        return rt
    if not numeric_inherent(name) and not _unimported_trait_method(fcx, name):
        return None
    for arg in k.args:
        fcx.check_expr(arg, None)
    float = base.kind == "floatvar"
    shown = "{float}" if float else "{integer}"
    d = Diagnostic.error(f"can't call method `{name}` on ambiguous numeric type `{shown}`",
                         k.segment.ident.span, code="E0689")
    concrete = "f32" if float else "i32"
    lit = _literal(k.receiver)
    if lit is not None:
        d.help(f"you must specify a concrete type for this numeric value, like `{concrete}`",
               suggestions=[Suggestion(lit.span, f"{lit.symbol}_{concrete}", "MaybeIncorrect",
                                       "ShowAlways")])
    else:
        got = _binding(fcx, k.receiver)
        msg = f"you must specify a type for this binding, like `{concrete}`"
        if got is not None and got[1]:
            at = Span(got[0].hi, got[0].hi)
            d.help(msg, suggestions=[Suggestion(at, f": {concrete}", "MaybeIncorrect",
                                                "ShowAlways")])
        elif got is not None:
            d.secondary(got[0], msg)     # not a `let x`: rustc only points at the binding
    fcx.diags.append(d)
    return ERROR


# Methods of std traits outside the prelude that every type has (blanket impls), by
# their trait's path: not imported, rustc's probe finds nothing on `{integer}`, and as
# some trait declares the name, it reports E0689 (`report_failed_method_call_on_numerical_infer_var`).
_BLANKET_UNIMPORTED = {"borrow": "std::borrow::Borrow", "borrow_mut": "std::borrow::BorrowMut"}


def _unimported_trait_method(fcx, name: str) -> bool:
    path = _BLANKET_UNIMPORTED.get(name)
    if path is None or any(name in d.items for d in fcx.res.traits.defs.values()
                           if not d.is_std and d.name not in ("Borrow", "BorrowMut")):
        return False
    uses = fcx.res.traits.uses.values()
    return path not in uses and "std::borrow::*" not in uses


def _literal(e: ast.Expr):
    while isinstance(e.kind, ast.ExprParen):
        e = e.kind.expr
    if isinstance(e.kind, ast.ExprLit) and e.kind.lit.kind in ("int", "float") \
            and e.kind.lit.suffix is None:
        return e.kind.lit
    return None


def _binding(fcx, e: ast.Expr):
    """The identifier of the local `e` names, and whether it is a whole `let x = ..`
    pattern without a type (where rustc offers `x: i32`)."""
    if not isinstance(e.kind, ast.ExprPath):
        return None
    r = fcx.res.values.get(e.id)
    if r is None or r.kind != "local":
        return None
    info = fcx.res.locals.get(r.target)
    if info is None:
        return None
    whole_let = False
    f = getattr(fcx, "cur_fn", None)
    if f is not None and f.body is not None:
        from ..syntax.visit import iter_body_nodes
        for n in iter_body_nodes(f.body):
            if isinstance(n, ast.Stmt) and isinstance(n.kind, ast.StmtLet) \
                    and n.kind.pat.id == r.target and n.kind.ty is None:
                whole_let = True
                break
    return info.span, whole_let
