"""Trait bounds of generic functions in the type checker (resolve/bounds.py collects
them into `GenericsInfo.bounds`).

Inside the function, a bounded parameter `T` has the methods of its bounds and their
supertraits: a call `x.area()` is keyed `<Self as Area>::area` (the trait's
declaration, with `Self` replaced by `T` for the caller) and its `Self` type `T` is
recorded in `TypeckResults.trait_selves`; MIR passes that type on in `ir.Call.self_ty`
and the instance the machine runs has it substituted, so the machine calls the impl
of the concrete type (lazy monomorphisation, design-semantics §5).

At each call of a bounded function, the bounds are obligations on the call's generic
arguments, checked once the caller's body is inferred (E0277 as rustc words it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..types import Ty, display, has_params, is_box
from ..unsupported import unsupported
from . import closures


# -- inside a generic function -------------------------------------------------------------

def param_bounds(fcx, t: Ty) -> list[tuple[str, Span]]:
    """The bounds written on type parameter `t` of the function being checked."""
    if t.kind == "opaque":        # `-> impl Iterator<..>`'s (typeck/opaque.py)
        from .opaque import bounds
        return bounds(fcx, t)
    if t.kind == "proj":          # `where I::Item: Debug` (projection.py)
        from .projection import proj_bounds
        return proj_bounds(fcx, t)
    g = fcx.sig.generics
    if g is None or not (0 <= t.id < len(g.names)) or g.names[t.id] != t.name \
            or t.id >= len(g.bounds):
        return []
    return g.bounds[t.id]


def param_traits(fcx, t: Ty) -> list[str]:
    """The traits `t` is known to implement: its bounds and their supertraits."""
    from .traits import bound_traits
    out: list[str] = []
    for name, _ in param_bounds(fcx, t):
        for tr in bound_traits(fcx.res, name):
            if tr not in out:
                out.append(tr)
    return out


def param_impls(fcx, t: Ty) -> dict[str, dict[str, str]]:
    """trait -> item name -> key, for method probing on a bounded parameter. The std
    traits' methods (`fmt`, `clone`, `eq`) are not called through bounds yet."""
    out = {}
    for tr in param_traits(fcx, t):
        d = fcx.res.traits.defs.get(tr)
        if getattr(d, "generics", None) is not None:
            continue      # a generic trait's methods: typeck/trait_calls.py
        if d is not None and not d.is_std:
            out[tr] = {n: f"<Self as {tr}>::{n}" for n in d.items}
    return out


def has_bound(fcx, t: Ty, trait: str) -> bool:
    return trait in param_traits(fcx, t)


# -- at a call of a bounded function -------------------------------------------------------

@dataclass
class Obligation:
    ty: Ty                  # the generic argument (often an inference variable)
    trait: str
    bound: Span             # the bound's trait path in the callee's generics
    callee: str             # the callee's name as notes show it
    callee_ident: Span
    func: Span              # the call's callee expression
    arg: Span | None        # the one argument whose type holds the parameter
    fn_sig: tuple | None = None      # an `Fn*` bound's (params, ret) (typeck/closures.py)
    call_span: Span | None = None    # the whole call
    eq: tuple | None = None          # `Item = X` of the bound: (assoc name, X) (projection.py)
    check: object = None             # a check of its own (`max`'s: typeck/iter_ord.py)
    targs: tuple | None = None       # a generic trait's arguments (typeck/trait_args.py)
    settled: bool = False            # an `eq` already used to decide types (projection.settle_eqs)
    noun: str = "function"           # what `callee` is ("struct": typeck/adt_bounds.py)


def register(fcx, e: ast.Expr, k: ast.ExprCall, ft: Ty) -> None:
    """The bounds of the generic function called by `k`, as obligations."""
    sig = fcx.results.sigs.get(ft.name)
    g = sig.generics if sig is not None else None
    if g is not None and g.names:
        from .sized import register as register_sized
        register_sized(fcx, e, k, ft, sig)
    if g is None or not any(g.bounds) or len(ft.args) > len(g.names):
        return
    offset = len(g.names) - len(ft.args)
    for j, arg_ty in enumerate(ft.args):
        i = offset + j
        if i >= len(g.bounds) or not g.bounds[i]:
            continue
        holders = [n for n, p in enumerate(sig.params) if _mentions(p, i)]
        arg = k.args[holders[0]].span if len(holders) == 1 and holders[0] < len(k.args) else None
        for trait, span in g.bounds[i]:
            ob = Obligation(arg_ty, trait, span, _callee(fcx, ft.name, sig), sig.name_span,
                            k.func.span, arg, call_span=e.span)
            if span in fcx.res.trait_ref_args:     # `T: Convert<U>`: with its arguments
                from .trait_args import callee_bound_args
                ob.targs = callee_bound_args(fcx, span, trait, i, g, ft.args, offset)
            if trait in closures.FN_TRAITS:
                closures.expect_bound(fcx, ob, ft.args)
            fcx.bound_obligations.append(ob)
    if g.assoc_eqs and offset == 0:
        from .projection import register_eqs
        register_eqs(fcx, k, ft, sig, g)
    if g.proj_bounds and offset == 0:
        from .projection import register_proj_bounds
        register_proj_bounds(fcx, e, k, ft, sig, g)


def register_method(fcx, e: ast.Expr, k: ast.ExprMethodCall, key: str, args: tuple) -> None:
    """The bounds of a generic method's own type parameters (`map<U, F: FnOnce(T) -> U>`)
    at a call, as obligations; `args` are the impl's then the method's arguments. (The
    impl's own bounds are the impl's: rustc checks them while probing, E0599.)"""
    sig = fcx.results.sigs.get(key)
    g = sig.generics if sig is not None else None
    if g is None or not any(g.bounds) or len(args) != len(g.names):
        return
    params = sig.params[1:] if sig.params and len(sig.params) == len(k.args) + 1 else sig.params
    own = [(i, b) for i in range(g.parent_count, len(g.names)) if i < len(g.bounds)
           for b in g.bounds[i]] + [(i, (trait, span)) for i, trait, span in g.method_bounds]
    for i, (trait, span) in own:
        holders = [n for n, p in enumerate(params) if _mentions(p, i)]
        arg = k.args[holders[0]].span if len(holders) == 1 and holders[0] < len(k.args) else None
        ob = Obligation(args[i], trait, span, _callee(fcx, key, sig), sig.name_span,
                        k.segment.ident.span, arg, call_span=e.span)
        if trait in closures.FN_TRAITS:
            closures.expect_bound(fcx, ob, args)
        fcx.bound_obligations.append(ob)


def _callee(fcx, key: str, sig) -> str:
    """The callee as rustc's "required by a bound in `..`" names it: an associated
    function of the learner's (non-generic) type by its path, `S::show`."""
    name = key.split("::")[-1]
    owner = key[:-len(name) - 2] if "::" in key else ""
    layout = fcx.results.adts.get(owner)
    if layout is None or layout.generics or name not in fcx.res.assoc.get(owner, {}):
        return name
    from ..std import is_std_span
    return name if is_std_span(sig.name_span) else key


def _mentions(t: Ty, index: int) -> bool:
    if t.kind == "param":
        return t.id == index
    return any(_mentions(a, index) for a in t.args)


def check_obligations(fcx) -> None:
    """Each obligation once the body is inferred: E0277 for a type lacking the trait."""
    for ob in fcx.bound_obligations:
        if ob.check is not None:
            ob.check(fcx, ob)
            continue
        if ob.ty in getattr(fcx, "unsized_args", ()):
            continue            # (rustc reports the missing `Sized` alone: typeck/sized.py)
        if ob.eq is not None:
            from .projection import check_eq
            check_eq(fcx, ob)
            continue
        if ob.targs is not None:
            from .trait_args import check_obligation
            check_obligation(fcx, ob)
            continue
        if ob.trait in closures.FN_TRAITS:
            closures.check_fn_bound(fcx, ob)
            continue
        t = fcx.infer.resolve(ob.ty)
        if t.is_error or t.kind == "var" or t.kind == "proj" and fcx.infer._has_var(t):
            continue            # (an undecided argument is E0282's, reported elsewhere)
        if t.kind in ("intvar", "floatvar"):
            from .cmp_bounds import float_literal
            if not float_literal(fcx, ob, t):
                _literal(fcx, ob, t)
            continue
        if t.kind == "opaque" and not has_bound(fcx, t, ob.trait):
            fcx.diags.append(unsupported(ob.arg or ob.func, f"`{display(t)}` lacking the bound "
                                         f"`{ob.trait}`"))
            continue
        if t.kind == "opaque":
            continue
        if has_params(t) and t.kind != "param":
            fcx.diags.append(unsupported(ob.arg or ob.func, "a bound on a type built from type "
                                         "parameters"))
            continue
        if t.kind == "param":
            if t.name == "Self" and t.id < 0:
                fcx.diags.append(unsupported(ob.arg or ob.func, "passing `Self` to a bounded "
                                             "generic function"))
            elif not has_bound(fcx, t, ob.trait):
                _e0277_param(fcx, ob, t)
            continue
        got = implements(fcx, t, ob.trait)
        if got is None:
            fcx.diags.append(unsupported(ob.arg or ob.func, f"checking whether `{display(t)}` "
                                         f"implements `{ob.trait}`"))
        elif not got:
            n = len(fcx.diags)
            _e0277(fcx, ob, t)
            _report_at_call(fcx, ob, n)


def _report_at_call(fcx, ob: Obligation, n: int) -> None:
    """rustc reports a call's unmet bound on a type known at the call right after the
    call's arguments (check_argument_types selects its obligations there), so before
    the errors the body's later expressions raise: the new diagnostics move before the
    first error the walk raised past the call."""
    walk_end = getattr(fcx, "walk_end", None)
    if walk_end is None or len(fcx.diags) == n:
        return
    at = (ob.call_span or ob.func).hi
    for i in range(min(walk_end, n)):
        d = fcx.diags[i]
        if d.spans and d.spans[0].span is not None and getattr(d.spans[0].span, "lo", -1) > at:
            new = fcx.diags[n:]
            del fcx.diags[n:]
            fcx.diags[i:i] = new
            fcx.walk_end = walk_end + len(new)
            return


def implements(fcx, t: Ty, trait: str) -> bool | None:
    """Whether concrete `t` implements `trait` (None when Ferrite cannot tell yet)."""
    if t.kind == "opaque":        # `-> impl Iterator`: its bounds (typeck/opaque.py)
        return has_bound(fcx, t, trait)
    if t.kind == "dyn":           # `dyn Shape`: its trait and their supertraits
        from .traits import bound_traits
        return trait in bound_traits(fcx.res, t.name)
    d = fcx.res.traits.defs.get(trait)
    if d is None:
        return None
    cx = fcx.results.traits
    if cx is not None and trait in cx.generic:    # blanket impls (typeck/trait_args.py)
        from .trait_args import TraitRef, holds
        return holds(fcx, t, TraitRef(trait))
    if trait == "Hash" and _std_declared(d):
        # (std/hash.rs declares `Hash` for the primitives and `String` only; references,
        # tuples, `Vec`s and derived types are decided like a map's key is)
        if cx is not None and trait in cx.impls.get(t, {}):
            return True          # the learner's `impl Hash for Id`
        from .collection_bounds import _decided
        return _decided(fcx, t, "Hash")
    from . import impl_select
    got = impl_select.implements(fcx, t, trait)   # generic and instantiated impls
    if got is not None:
        return got
    if not d.is_std:
        if t.kind in ("intvar", "floatvar"):    # a literal: its fallback type's impl
            from ..types import PRIMITIVES
            t = PRIMITIVES["i32" if t.kind == "intvar" else "f64"]
        from .trait_args import materialise    # (std's impls for primitive types)
        materialise(cx, trait, t)
        return trait in fcx.results.traits.impls.get(t, {})
    from . import refs
    if trait == "Copy":
        return fcx.is_copy(t)
    if trait == "Eq":
        return _is_eq(fcx, t)
    if trait in ("PartialOrd", "Ord") or trait == "PartialEq" and t.kind in ("ref", "tuple",
                                                                             "array", "slice"):
        from .cmp_bounds import implements as cmp_implements
        return cmp_implements(fcx, t, trait)
    if trait in ("Display", "Debug"):
        t = refs.peel(t)[0]      # `&T` formats as `T`
        while t.kind == "ref" or is_box(t):   # (peel keeps `&str`; `Box<T>` formats as `T`)
            t = t.args[0]
        if t.kind == "dyn":      # `Box<dyn Error>`: its trait's supertraits
            from .traits import bound_traits
            return trait in bound_traits(fcx.res, t.name)
    if trait == "Default" and (t.kind == "tuple" or t.kind == "adt"
                               and (t.args or t.name == "String")):
        from .collection_bounds import _has_default    # std's collections (`partition`)
        if _has_default(t):
            return True
    if t == Ty("adt", "String") and trait in ("Display", "Debug", "PartialEq", "Clone",
                                              "Default"):
        return True          # (std's impls for `String`)
    from .cow_cmp import implements as cow_implements    # (rustc's impls for `Cow`)
    if t.kind == "adt" and t.name == "Cow" and cow_implements(fcx, t, trait) is not None:
        return True
    if trait == "PartialEq" and t.kind == "adt" and t.args:
        from .cmp_missing import missing   # (`Vec<Token>`: std's impl needs `Token: PartialEq`)
        if missing(fcx, t):
            return False
    if t.kind == "adt":
        # (a hand-written std impl is in `derives` too: typeck/traits.py `_std_impl`)
        return None if t.args else trait in fcx.results.adts[t.name].derives
    if t.kind in ("int", "float", "bool", "char"):
        return True
    if t.kind == "str" and trait in ("Display", "Debug", "PartialEq"):
        return True
    return None


def _std_declared(d) -> bool:
    from ..std import is_std_span
    return d.span is not None and is_std_span(d.span)


def _is_eq(fcx, t: Ty) -> bool:
    """`Eq`: total equality, so not floats; derived for the learner's types (the same
    types as the machine's total order: derive_cmp.ordered)."""
    from .derive_cmp import ordered
    if t.kind in ("intvar", "floatvar"):
        return t.kind == "intvar"
    return ordered(fcx.results, t, "Eq")


def _literal(fcx, ob: Obligation, t: Ty) -> None:
    """An integer or float literal: rustc takes the one impl's type when there is exactly
    one, and the fallback type (`i32`, `f64`) when it has an impl."""
    from ..types import INT_NAMES, PRIMITIVES
    names = INT_NAMES if t.kind == "intvar" else ("f32", "f64")
    cands = [PRIMITIVES[n] for n in names if implements(fcx, PRIMITIVES[n], ob.trait)]
    fallback = PRIMITIVES["i32" if t.kind == "intvar" else "f64"]
    if len(cands) == 1:
        fcx.infer.unify(t, cands[0])
    elif fallback not in cands:
        fcx.diags.append(unsupported(ob.arg or ob.func, f"a literal whose type must implement "
                                     f"`{ob.trait}`"))


def _note(fcx, ob: Obligation) -> Diagnostic:
    note = Diagnostic("note", f"required by a bound in `{ob.callee}`")
    src = fcx.res.source
    if src is not None and src.line_col(ob.callee_ident.lo)[0] != src.line_col(ob.bound.lo)[0]:
        note.secondary(ob.callee_ident, f"required by a bound in this {ob.noun}")
    note.primary(ob.bound, f"required by this bound in `{ob.callee}`")
    return note


def _e0277(fcx, ob: Obligation, t: Ty) -> None:
    from .impl_select import nested_e0277
    if nested_e0277(fcx, ob, t, _note(fcx, ob)):
        return
    from .error_trait import bound_e0277
    if bound_e0277(fcx, ob, t):
        return
    d = fcx.res.traits.defs[ob.trait]
    shown = d.path or d.name
    if ob.trait == "Copy" and _copy_e0277(fcx, ob, t):
        return
    from .cmp_bounds import e0277 as cmp_e0277
    if cmp_e0277(fcx, ob, t):
        return
    if ob.trait == "Default":
        from .default_calls import bound_e0277 as default_e0277
        if default_e0277(fcx, ob, t):
            return
    if ob.trait == "Debug" and d.is_std and _debug_e0277(fcx, ob, t):
        return
    from .std_fn_bounds import e0277 as std_fn_e0277    # (`repeat(x)`: `T: Clone`)
    if d.is_std and std_fn_e0277(fcx, ob, t):
        return
    if d.is_std and ob.trait != "Display":
        # (rustc adds derive helps and words each std trait its own way: not recorded yet)
        fcx.diags.append(unsupported(ob.arg or ob.func, f"`{display(t)}` lacking the bound "
                                     f"`{ob.trait}`"))
        return
    msg = f"`{display(t)}` doesn't implement `{shown}`" if d.is_std else \
        f"the trait bound `{display(t)}: {ob.trait}` is not satisfied"
    e = _at_call(ob, msg, "unsatisfied trait bound")
    h = Diagnostic("help", f"the trait `{shown}` is not implemented for `{display(t)}`")
    if t.kind == "adt":
        h.primary(fcx.res.adts[t.name].header)
    e.children.append(h)
    if not d.is_std and not impls_help(fcx, ob.trait, e):
        fcx.diags.append(unsupported(ob.arg or ob.func, "a bound that several other types "
                                     "implement"))
        return
    e.children.append(_note(fcx, ob))
    fcx.diags.append(e)


def _debug_e0277(fcx, ob: Obligation, t: Ty) -> bool:
    """`Debug` unmet by the learner's struct or enum: rustc's wording, its note and the
    derive help; False for the forms not recorded yet."""
    from ..std import is_std_span
    adt = fcx.res.adts.get(t.name) if t.kind == "adt" and not t.args else None
    if adt is None or is_std_span(adt.span):
        return False
    e = _at_call(ob, f"`{t.name}` doesn't implement `Debug`",
                 f"the trait `Debug` is not implemented for `{t.name}`")
    e.note(f"add `#[derive(Debug)]` to `{t.name}` or manually `impl Debug for {t.name}`")
    e.children.append(_note(fcx, ob))
    from .check import _derive_help
    _derive_help(e, adt, "Debug")
    fcx.diags.append(e)
    return True


def impls_help(fcx, trait: str, e: Diagnostic) -> bool:
    """rustc's help under an unmet bound on the learner's trait: the one type that
    implements it, or that none does (False: several do, a list not recorded yet)."""
    d = fcx.res.traits.defs[trait]
    impls = [(ty, per[trait].imp) for ty, per in fcx.results.traits.impls.items() if trait in per]
    if not impls:
        h = Diagnostic("help", "this trait has no implementations, consider adding one")
        h.primary(d.header)
    elif len(impls) == 1:
        h = Diagnostic("help", f"the trait `{trait}` is implemented for `{display(impls[0][0])}`")
        h.primary(impls[0][1].header)
    else:
        return False
    e.children.append(h)
    return True


def _copy_e0277(fcx, ob: Obligation, t: Ty) -> bool:
    """`T: Copy` unmet by a struct or enum (rustc: "the trait bound `P: Copy` is not
    satisfied", and for the learner's type whose fields are all `Copy`, the derive help);
    False for the forms not recorded yet."""
    if t.kind != "adt":
        return False
    from ..std import is_std_span
    adt = fcx.res.adts.get(t.name)
    if adt is None:
        return False
    learner = not is_std_span(adt.span)
    if learner:
        layout = fcx.results.adts[t.name]
        if t.args:
            return False
        fields = list(layout.tys) + [f for v in layout.variants for f in v.tys]
        if not all(fcx.is_copy(f) for f in fields):
            # (cannot be derived: rustc points at the type instead of offering it)
            e = _at_call(ob, f"the trait bound `{display(t)}: Copy` is not satisfied",
                         "unsatisfied trait bound")
            h = Diagnostic("help", f"the trait `Copy` is not implemented for `{display(t)}`")
            h.primary(adt.header)
            e.children += [h, _note(fcx, ob)]
            fcx.diags.append(e)
            return True
    e = _at_call(ob, f"the trait bound `{display(t)}: Copy` is not satisfied",
                 f"the trait `Copy` is not implemented for `{display(t)}`")
    e.children.append(_note(fcx, ob))
    if learner:
        from .check import _derive_help
        _derive_help(e, adt, "Copy")
    fcx.diags.append(e)
    return True


def _e0277_param(fcx, ob: Obligation, t: Ty) -> None:
    from .generics import restrict_help
    d = fcx.res.traits.defs[ob.trait]
    shown = d.path or d.name
    e = _at_call(ob, f"the trait bound `{t.name}: {ob.trait}` is not satisfied",
                 f"the trait `{shown}` is not implemented for `{t.name}`")
    e.children.append(_note(fcx, ob))
    if param_bounds(fcx, t) or not restrict_help(fcx, e, t, ob.trait, shown):
        # rustc extends an existing bound list (`T: A + B`): not modelled yet.
        fcx.diags.append(unsupported(ob.arg or ob.func, f"`{t.name}` lacking the bound "
                                     f"`{ob.trait}`"))
        return
    fcx.diags.append(e)


def _at_call(ob: Obligation, msg: str, label: str) -> Diagnostic:
    if ob.arg is not None:
        e = Diagnostic.error(msg, ob.arg, label, code="E0277")
        e.secondary(ob.func, "required by a bound introduced by this call")
    else:
        e = Diagnostic.error(msg, ob.func, label, code="E0277")
    return e


# -- E0599 on a parameter: "perhaps you need to restrict type parameter `T`" ---------------

def restrict_to_trait(fcx, d: Diagnostic, rt: Ty, trait: str, name: str) -> bool:
    """rustc's helps on an E0599 for a method of `trait` called on a type parameter
    (or a reference to one) that lacks the bound; False when not modelled."""
    from ..diagnostics.model import Suggestion
    from . import refs
    from .generics import bound_insertion
    t = refs.peel(rt)[0]
    got = bound_insertion(fcx, t)
    if got is None:
        return False
    at, sep = got
    td = fcx.res.traits.defs.get(trait)
    gen = getattr(td, "generics", None)
    names = list(getattr(gen, "names", None) or []) if gen is not None else []
    # (rustc writes a generic trait's parameters as placeholders: `AsRef</* T */>`)
    text = sep + trait + ("<" + ", ".join(f"/* {n} */" for n in names) + ">" if names else "")
    if td is not None and trait == "Iterator" and rt.kind == "param":
        item = td.items.get(name)
        if item is not None and item.has_default:
            # std's `impl<I: Iterator> Iterator for &mut I` is a candidate whose bound
            # fails for a provided method (a required one, as `next`, is just not found)
            d.spans[0].label = f"method cannot be called on `{t.name}` due to unsatisfied trait bounds"
    d.help("items from traits can only be used if the type parameter is bounded by the trait")
    d.help(f"the following trait defines an item `{name}`, perhaps you need "
           f"to restrict type parameter `{t.name}` with it:",
           suggestions=[Suggestion(Span(at, at), text, "MaybeIncorrect", "ShowAlways")])
    return True
