"""Calls of the methods of generic traits and of blanket impls (typeck/trait_args.py):
`m.conv()`, `c.into()`, `42.to_string()`, `Fahrenheit::from(c)`, `i64::from(x)`,
`T::from(x)` through a bound.

As in rustc, a call is checked against the trait's declaration, with the trait-ref
`S: Trait<?A..>` its obligation: `?A` are fresh variables, decided by the arguments
or by the expected type (`let f: Fahrenheit = c.into();`). The impl is selected as
soon as one impl alone may apply, else once the body is inferred (`finish`); then
the call's key becomes that impl's item, and the impl's bounds obligations (`U:
From<T>` of the blanket `Into`). None left is rustc's E0277, several its E0283.

A call through a bounded type parameter keeps the trait's key (`<Self as From>::from`)
with the parameter as its `Self` and the bound's arguments as its trait arguments
(`TypeckResults.trait_call_args`); the machine selects the impl once they are
concrete (interp/trait_select.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, INT_NAMES, PRIMITIVES, Ty, display, ref, subst
from ..unsupported import unsupported
from .trait_args import (TraitRef, candidates, decl_sig, holds, impl_bounds, instantiate,
                         param_bound_ref, trait_generics)


@dataclass
class Pending:
    e: ast.Expr                    # the call
    trait: str
    name: str
    s: Ty
    targs: tuple
    at: Span                       # the method's name or the path
    derefs: int = 0
    autoref: str | None = None
    func: ast.Expr | None = None   # a path call's callee
    done: bool = False
    bounds: list = field(default_factory=list)
    own: tuple = ()                # the method's own arguments (`extend<I>`)
    fell_back: bool = False        # a literal's type was settled to `i32`/`f64` below


def _traits_with(fcx, name: str) -> list[str]:
    cx = fcx.results.traits
    if cx is None or not cx.generic:
        return []
    from .trait_scope import NEEDS_IMPORT, in_scope     # (std's `Borrow`: imported or not)
    return [t for t in cx.generic if name in fcx.res.traits.defs[t].items
            and (t not in NEEDS_IMPORT or in_scope(fcx, t))]


def _materialise_prim(fcx, name: str, s: Ty) -> None:
    """std's deferred impls for primitive `s` of the generic traits declaring `name`
    (`impl TryFrom<i32> for u8`), so that a path call `u8::try_from` finds them."""
    cx = fcx.results.traits
    lazy = fcx.res.traits.lazy
    if cx is None or not lazy:
        return
    for trait, d in fcx.res.traits.defs.items():
        if name in d.items and (trait, s.name or s.kind) in lazy \
                and trait_generics(fcx.res, trait) is not None:
            from .trait_args import materialise
            materialise(cx, trait, s)


def _self_kind(fcx, trait: str, name: str) -> str | None:
    from .traits import _self_kind as kind
    return kind(fcx, trait, name)


def _pending(fcx) -> list[Pending]:
    return fcx.__dict__.setdefault("trait_pending", [])


# -- method calls --------------------------------------------------------------------------

def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty) -> Ty | None:
    """A call of a generic trait's or blanket impl's method, or None (none has it)."""
    name = k.segment.ident.name
    traits = _traits_with(fcx, name)
    from . import refs
    base = refs.peel(rt)[0]
    bound = None
    if base.kind == "param":
        bound = next(((t, r) for t in fcx.res.traits.defs
                      if name in fcx.res.traits.defs[t].items
                      for r in [param_bound_ref(fcx, base, t)] if r is not None and r.args), None)
    if not traits and bound is None:
        return None
    steps = [rt]
    while steps[-1].kind == "ref":
        steps.append(steps[-1].args[0])
    unmet: list = []
    for i, st in enumerate(steps):
        for autoref in (None, "&", "&mut"):
            want = st if autoref is None else ref(st, autoref == "&mut")
            found = []
            for trait in traits + ([bound[0]] if bound is not None and bound[0] not in traits
                                   else []):
                kind = _self_kind(fcx, trait, name)
                if kind is None:
                    continue
                if kind == "value":
                    s = want
                elif want.kind == "ref" and want.mutable == (kind == "mut"):
                    s = want.args[0]
                else:
                    continue
                if s.kind == "param":
                    r = param_bound_ref(fcx, s, trait)
                    if r is not None:
                        found.append((trait, s, None, r))
                    if r is not None or trait not in fcx.results.traits.blanket_beside:
                        continue
                    # (`x.to_owned()` with `x: &T`, `T: Clone`: std's blanket impl for `T`)
                cands = candidates(fcx.results.traits, trait, s, None, fcx.infer)
                cands, bad = _probe_bounds(fcx, cands, s)
                unmet += bad
                if cands:
                    found.append((trait, s, cands, None))
            if found:
                if len(found) > 1:
                    fcx.diags.append(unsupported(k.segment.ident.span, "a method that several "
                                                 "traits give this type"))
                    return _skip_args(fcx, k)
                return _call(fcx, e, k, found[0], i, autoref)
    if unmet:
        from .trait_diags import unmet_method_bounds
        unmet_method_bounds(fcx, e, k, rt, unmet)
        return _skip_args(fcx, k)
    return None


def _skip_args(fcx, k) -> Ty:
    for a in k.args:
        fcx.check_expr(a, None)
    return ERROR


def _probe_bounds(fcx, cands: list, s: Ty) -> tuple[list, list]:
    """Candidates whose bounds on the receiver's own type fail are not applicable
    (rustc's probe): kept apart for E0599's "trait bounds were not satisfied"."""
    ok, bad = [], []
    for info in cands:
        if not info.imp.is_generic or info.self_ty.kind != "param":
            ok.append(info)
            continue
        i = info.self_ty.id
        failed = None
        for trait, span in info.imp.generics.bounds[i]:
            if fcx.res.trait_ref_args.get(span):
                continue        # (a generic trait's bound: an obligation after selection)
            if holds(fcx, s, TraitRef(trait)) is False:
                failed = (s, trait, span)
                break
        if failed is None:
            ok.append(info)
        else:
            bad.append((info, failed))
    return ok, bad


def _call(fcx, e, k, found, derefs: int, autoref: str | None) -> Ty:
    from .methods import MethodCallee
    trait, s, cands, bref = found
    name = k.segment.ident.name
    if bref is not None:       # through a bound of the body's own type parameter
        key = f"<Self as {trait}>::{name}"
        sig = decl_sig(fcx.results, trait, name, s, bref.args)
        fcx.results.method_calls[e.id] = MethodCallee(key, derefs, autoref)
        fcx.results.trait_selves[e.id] = s
        fcx.results.trait_call_args[e.id] = bref.args
        return _check_method_args(fcx, e, k, sig, key)
    g = trait_generics(fcx.res, trait)
    targs = tuple(fcx.infer.new_var() for _ in (g.names if g is not None else ()))
    if s.kind in ("intvar", "floatvar") and len(cands) == 1 and cands[0].self_ty.kind != "param":
        fcx.infer.unify(s, cands[0].self_ty)
    own = own_args(fcx, trait, name, len(targs))
    sig = decl_sig(fcx.results, trait, name, s, targs + own)
    p = Pending(e, trait, name, s, targs, k.segment.ident.span, derefs, autoref, own=own)
    _pending(fcx).append(p)
    # A placeholder callee until the impl is selected (MIR never sees it unselected).
    fcx.results.method_calls[e.id] = MethodCallee(f"<Self as {trait}>::{name}", derefs, autoref)
    if len(cands) == 1:
        _commit(fcx, p, cands[0])
    ret = _check_method_args(fcx, e, k, sig, p.trait)
    _own_settle(fcx, e, trait, name, own, p.at, s)
    own_eqs(fcx, trait, name, targs + own)
    if not p.done:
        _try_select(fcx, p)
    return ret


def _check_method_args(fcx, e, k, sig, key: str) -> Ty:
    from .traits import _check_args
    return _check_args(fcx, e, k.segment.ident.span, k.args, sig, key, method=True)


# -- path calls: `Fahrenheit::from(c)`, `T::from(x)` -------------------------------------------

def is_path_call(fcx, k: ast.ExprCall) -> bool:
    r = fcx.res.values.get(k.func.id)
    if r is None or r.kind not in ("assoc", "assoc_of", "param_item"):
        return False
    owner, name = r.target
    if r.kind == "assoc_of" and isinstance(owner, str) and owner in PRIMITIVES:
        _materialise_prim(fcx, name, PRIMITIVES[owner])      # (`u8::try_from`)
    if not _traits_with(fcx, name) and r.kind != "param_item":
        return False
    if r.kind == "assoc" and name in fcx.res.assoc.get(owner, {}):
        return False         # an inherent item comes first
    if r.kind == "assoc":
        return owner in fcx.res.adts     # (its arguments are instantiated by `path_call`)
    return _path_self(fcx, k.func, r) is not None


def _path_self(fcx, func: ast.Expr, r) -> Ty | None:
    owner, name = r.target
    if r.kind == "param_item":
        return owner
    if r.kind == "assoc":
        if owner not in fcx.res.adts:
            return None
        from . import generics
        return generics.adt_ty(fcx, func, owner, func.kind.path.segments[0])
    if isinstance(owner, str):
        return PRIMITIVES.get(owner)
    from .check import _lower_ty
    return _lower_ty(owner, fcx.res)


def path_call(fcx, e: ast.Expr, k: ast.ExprCall) -> Ty:
    r = fcx.res.values[k.func.id]
    name = r.target[1]
    s = _path_self(fcx, k.func, r)
    if s.kind == "param":
        return _param_path_call(fcx, e, k, s, name)
    found = [(t, c) for t in _traits_with(fcx, name)
             for c in [candidates(fcx.results.traits, t, s, None, fcx.infer)] if c]
    if len(found) != 1:
        if not found:
            return _no_item(fcx, e, k, s, name)
        fcx.diags.append(unsupported(k.func.span, "an associated function that several traits "
                                     "give this type"))
        return _skip_args(fcx, k)
    trait, cands = found[0]
    if _self_kind(fcx, trait, name) is not None:
        fcx.diags.append(unsupported(k.func.span, "calling a generic trait's method by its path"))
        return _skip_args(fcx, k)
    g = trait_generics(fcx.res, trait)
    targs = tuple(fcx.infer.new_var() for _ in (g.names if g is not None else ()))
    own = own_args(fcx, trait, name, len(targs))
    sig = replace(decl_sig(fcx.results, trait, name, s, targs + own), called_as="function")
    # rustc's errors point at the path's type (`Fahrenheit` of `Fahrenheit::from`).
    at = k.func.kind.path.segments[0].ident.span if len(k.func.kind.path.segments) == 2 \
        else k.func.span
    p = Pending(e, trait, name, s, targs, at, func=k.func, own=own)
    _pending(fcx).append(p)
    fcx.record(k.func, Ty("fndef", f"<Self as {trait}>::{name}"))
    if len(cands) == 1:
        _commit(fcx, p, cands[0])
    from .traits import _check_args
    ret = _check_args(fcx, e, k.func.span, k.args, sig, name, method=False)
    _own_settle(fcx, e, trait, name, own, at, s)
    own_eqs(fcx, trait, name, targs + own)
    if not p.done:
        _try_select(fcx, p)
    return ret


def by_path(fcx, e: ast.Expr, k: ast.ExprCall, trait: str, name: str, s: Ty) -> bool:
    """`ToString::to_string(&5)`, `Trait::method(&x)` of a blanket impl: the call's
    impl selected as a method call's (now or once the body is inferred); False when no
    impl of a non-generic trait could apply."""
    if trait_generics(fcx.res, trait) is not None:
        return False
    cands = candidates(fcx.results.traits, trait, s, (), fcx.infer)
    if not cands and s.kind not in ("intvar", "floatvar"):
        return False
    own = own_args(fcx, trait, name, 0)
    p = Pending(e, trait, name, s, (), k.func.span, func=k.func, own=own)
    _pending(fcx).append(p)
    fcx.record(k.func, Ty("fndef", f"<Self as {trait}>::{name}"))
    if len(cands) == 1:
        _commit(fcx, p, cands[0])
    return True


def _param_path_call(fcx, e, k, s: Ty, name: str) -> Ty:
    """`T::from(x)` with `T: From<X>` among the body's bounds."""
    for trait in fcx.res.traits.defs:
        if name not in fcx.res.traits.defs[trait].items:
            continue
        bref = param_bound_ref(fcx, s, trait)
        if bref is None:
            continue
        key = f"<Self as {trait}>::{name}"
        # (the method's own parameters, `from_iter<I>`: fresh, passed on to the impl's body)
        own = own_args(fcx, trait, name, len(bref.args))
        sig = replace(decl_sig(fcx.results, trait, name, s, bref.args + own),
                      called_as="function")
        fcx.record(k.func, Ty("fndef", key, own))
        fcx.results.assoc_paths[k.func.id] = ("fn", key)
        fcx.results.trait_selves[k.func.id] = s
        fcx.results.trait_call_args[k.func.id] = bref.args
        from .traits import _check_args
        ret = _check_args(fcx, e, k.func.span, k.args, sig, name, method=False)
        _own_settle(fcx, e, trait, name, own, k.func.span, s)
        own_eqs(fcx, trait, name, bref.args + own)
        return ret
    from .param_item_e0599 import e0599
    if e0599(fcx, k, s, name):          # (`T::default()` with `T` unbounded)
        return _skip_args(fcx, k)
    fcx.diags.append(unsupported(k.func.span, "a path to a trait item through a type "
                                 "parameter without that bound"))
    return _skip_args(fcx, k)


def own_args(fcx, trait: str, name: str, n_trait: int) -> tuple:
    """Fresh variables for the own type parameters of `trait::name` (numbered after the
    trait's `n_trait` parameters), which a caller of a generic trait's method infers."""
    decl = fcx.results.sigs.get(f"<Self as {trait}>::{name}")
    g = decl.generics if decl is not None else None
    if g is None or len(g.names) <= n_trait:
        return ()
    return tuple(fcx.infer.new_var() for _ in g.names[n_trait:])


def _own_settle(fcx, e, trait: str, name: str, own: tuple, at, s: Ty) -> None:
    """Own parameters std cannot bound (`extend<X, I>`'s `I`, the iterator of its
    argument `X`: typeck/extend_args.py)."""
    if trait == "Extend" and name == "extend":
        from . import extend_args
        extend_args.register(fcx, e, own, at, s)


def own_eqs(fcx, trait: str, name: str, args: tuple) -> None:
    """The method's own equality bounds (`I: Iterator<Item = A>` of `extend<I>`), which
    tie the trait's arguments to the argument's items: `s.extend(chars)` picks `A`."""
    decl = fcx.results.sigs.get(f"<Self as {trait}>::{name}")
    g = decl.generics if decl is not None else None
    if g is None or not g.assoc_eqs or len(args) != len(g.names):
        return
    from .check import _lower_ty
    from .projection import proj
    for index, tr, n, ty, _ in g.assoc_eqs:
        fcx.infer.unify(proj(tr, n, args[index]), subst(_lower_ty(ty, fcx.res), args))


def _no_item(fcx, e, k, s: Ty, name: str) -> Ty:
    fcx.diags.append(unsupported(k.func.span, f"the associated function `{name}` of "
                                 f"`{display(s)}`"))
    return _skip_args(fcx, k)


# -- selection -----------------------------------------------------------------------------

def _try_select(fcx, p: Pending) -> bool:
    cands = candidates(fcx.results.traits, p.trait, p.s, p.targs, fcx.infer)
    if len(cands) == 1:
        _commit(fcx, p, cands[0])
        return True
    return False


def _commit(fcx, p: Pending, info) -> None:
    from .methods import MethodCallee
    p.done = True
    args = instantiate(fcx, info, p.s, p.targs)
    key = info.keys.get(p.name)
    cx = fcx.results.traits
    if key in cx.broken:
        fcx.tainted = True
    if key in cx.defaults and info.trait_args:
        fcx.diags.append(unsupported(p.at, "a default method of a generic trait"))
    if p.func is None:
        fcx.results.method_calls[p.e.id] = MethodCallee(key, p.derefs, p.autoref)
        if args or p.own:
            fcx.method_args[p.e.id] = args + p.own
    else:
        fcx.types[p.func.id] = Ty("fndef", key, args + p.own)
        fcx.results.assoc_paths[p.func.id] = ("fn", key)
    p.bounds = impl_bounds(fcx, info, args, p.at, p.s, p.targs)


def finish(fcx) -> None:
    """Select what is still pending once the body is inferred, then check the selected
    impls' bounds (E0277, E0283)."""
    pending = _pending(fcx)
    for p in pending:
        if p.done:
            continue
        if _try_select(fcx, p):
            continue
        # Integer and float literals fall back to `i32` / `f64` first, as in rustc.
        for a in p.targs + (p.s,):
            t = fcx.infer.resolve(a)
            if t.kind in ("intvar", "floatvar"):
                fcx.infer.unify(t, PRIMITIVES["i32" if t.kind == "intvar" else "f64"])
                p.fell_back = True
        if _try_select(fcx, p):
            continue
        from . import trait_diags
        if any(d.is_error for d in fcx.diags) or fcx.res.generic_errors:
            continue     # (rustc's tainted-by-errors: no cascade)
        cands = candidates(fcx.results.traits, p.trait, p.s, p.targs, fcx.infer)
        if cands:
            trait_diags.ambiguous(fcx, p, cands)
        else:
            trait_diags.unimplemented(fcx, p)
    for p in pending:
        for b in p.bounds:
            got = holds(fcx, b.ty, b.ref)
            if got is False:
                from . import trait_diags
                trait_diags.unmet_impl_bound(fcx, p, b)
                break
            if got is None and not any(d.is_error for d in fcx.diags):
                from . import trait_diags
                if trait_diags.undecided_bound(fcx, p, b):
                    break
                # (`let y = x.into();`: rustc's E0283 lists std's impls, not modelled)
                fcx.diags.append(unsupported(p.at, f"a call needing `{display(fcx.infer.resolve(b.ty))}"
                                             f": {TraitRef(b.ref.trait, tuple(fcx.infer.resolve(a) for a in b.ref.args)).show(fcx.infer)}`"
                                             ", which Ferrite cannot decide here"))
                break


def check_fmt_later(fcx, implements_fmt) -> None:
    """`{}` of a value whose type was an undecided projection when formatted
    (`format!("{}", e)` in a closure given a `parse` error before the target type is
    known): checked once the body is inferred. rustc's E0277 there is not modelled: a
    type that does not format is refused honestly, never run."""
    from . import traits
    for arg, spec in fcx.fmt_later:
        t = fcx.infer.resolve(fcx.types.get(arg.id, ERROR))
        if t.is_error or fcx.infer._has_var(t):
            continue        # (still undecided: E0282/E0284 says so)
        if implements_fmt(t, spec.trait, fcx.results.adts) or (
                spec.trait in ("", "?") and traits.implements_fmt(fcx, t, spec.trait, arg.span,
                                                                  spec.span)):
            continue
        fcx.diags.append(unsupported(arg.span, f"formatting a `{display(t)}` decided later"))
