"""Generic traits and blanket impls in the type checker: trait-refs with arguments
(`Meters: Convert<f64>`, `U: From<T>`), the impls that implement them, and selecting
one.

A trait-ref is a trait and its arguments (`TraitRef`). The impls of a generic trait,
and every blanket impl (`impl<T: Display> ToString for T`, whose self type is a
parameter), are kept per trait in `TraitCx.generic` rather than in the exact table
keyed by (type, trait name), since one type may implement `Convert<f64>` and
`Convert<i32>`. Selecting an impl for a trait-ref matches its self type and its trait
arguments, the impl's parameters matching anything (rustc's impl candidate
assembly); an impl's bounds then become obligations on the matched arguments.

Inside a generic trait, its parameters are `param(i)` before a method's own (like an
impl's): an impl's view of the trait's declarations substitutes them by its trait
arguments, a caller's by the trait-ref's (fresh variables when they are to be
inferred, e.g. from the expected type: `let x: f64 = m.conv();`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..types import ERROR, Ty, display, has_params, subst


@dataclass(frozen=True)
class TraitRef:
    trait: str
    args: tuple = ()

    def show(self, infer=None) -> str:
        if not self.args:
            return self.trait
        args = [infer.resolve(a) if infer is not None else a for a in self.args]
        return f"{self.trait}<" + ", ".join(_shown(a) for a in args) + ">"


def _shown(t: Ty) -> str:
    return "_" if t.kind == "var" else display(t)


def trait_generics(res, trait: str):
    d = res.traits.defs.get(trait)
    g = getattr(d, "generics", None) if d is not None else None
    return g if g is not None and g.names else None


def is_generic_trait(res, trait: str) -> bool:
    return trait_generics(res, trait) is not None


def takes(res, imp, d) -> bool:
    """Whether impl `imp` (of trait def `d`) is selected here: a generic trait's, or a
    blanket impl."""
    if getattr(d, "generics", None) is not None and d.generics.names:
        return True
    bare = imp.ty_text.lstrip("&").removeprefix("mut ")
    return imp.is_generic and bare in imp.generics.names


# -- lowering trait-refs ---------------------------------------------------------------------

def lower_args(res, trait: str, written: list | None, self_ty: Ty) -> tuple:
    """A trait-ref's arguments: those written, then the parameters' defaults (`Rhs =
    Self` becomes the self type)."""
    from .check import _lower_ty
    from .traits import subst_self
    g = trait_generics(res, trait)
    args = [_lower_ty(a, res) for a in written or []]
    if g is None:
        return tuple(args)
    for i in range(len(args), len(g.names)):
        default = g.defaults[i] if i < len(g.defaults) else None
        t = _lower_ty(default, res) if default is not None else ERROR
        args.append(subst_self(subst(t, tuple(args)), self_ty))
    return tuple(args)


def bound_args(fcx_or_res, span: Span, self_ty: Ty, trait: str) -> tuple:
    """The arguments of the bound whose path is at `span` (`T: From<U>`)."""
    res = getattr(fcx_or_res, "res", fcx_or_res)
    written = res.trait_ref_args.get(span)
    return lower_args(res, trait, written, self_ty)


def decl_sig(results, trait: str, name: str, s: Ty, targs: tuple):
    """The declaration of `trait::name` as a caller sees it for `s: trait<targs>`."""
    from .projection import normalize_with
    from .traits import subst_self
    base = results.sigs[f"<Self as {trait}>::{name}"]

    def inst(t: Ty) -> Ty:
        return normalize_with(results, subst_self(subst(t, targs), s))
    return replace(base, params=[inst(p) for p in base.params], ret=inst(base.ret))


# -- collecting impls ------------------------------------------------------------------------

def collect_impl(res, results, cx, imp, d, s: Ty, diags: list) -> None:
    """Register an impl of a generic trait, or a blanket impl, and check its items
    against the trait's declarations (as typeck/traits.py does for the others)."""
    from .traits import ImplInfo, _caller_sig, _compare_sig, _missing
    targs = lower_args(res, imp.trait, imp.trait_args, s)
    if imp.broken_args:
        targs = tuple(ERROR for _ in targs)
    info = ImplInfo(imp, s, {})
    info.trait_args = targs
    from ..std import is_std_span
    std = is_std_span(imp.header)     # (std's impls are coherent and match their traits)
    clash = _overlapping(res, cx, info) if not std else None
    if clash is not None:
        diags.append(clash)
        return
    if not targs and not std and any(o.trait == imp.trait and o is not imp
                                     for o in res.traits.impls):
        # A blanket impl beside other impls of a trait without parameters: which one a
        # type gets depends on the blanket impl's bounds (rustc's coherence reasons
        # about them), which selection here does not weigh yet.
        from ..unsupported import unsupported
        diags.append(unsupported(imp.header, "a blanket impl beside other impls of its trait"))
        return
    if not targs and std and imp.trait not in cx.blanket_beside \
            and any(o.trait == imp.trait and o is not imp for o in res.traits.impls):
        cx.blanket_beside.add(imp.trait)      # (`impl<T: Clone> ToOwned for T`)
    cx.generic.setdefault(imp.trait, []).append(info)
    from . import std_impl_memo
    std_impl_memo.collect_assoc(res, info)
    missing = []
    for ti in (() if std and std_impl_memo.enter_keys(res, results, cx, d, imp, s, info,
                                                     own_sigs=True) else d.items.values()):
        own = imp.items.get(ti.name)
        key = imp.key(ti.name)
        info.keys[ti.name] = key
        if own is not None:
            if ti.kind == "fn":
                errs = _compare_sig(res, results, d, ti, own, s, targs) if not std else []
                if errs:
                    cx.broken.add(key)
                    diags.extend(errs)
                elif key in results.sigs:
                    cx.body_sigs[key] = results.sigs[key]
                    results.sigs[key] = _caller_sig(results, d.name, ti.name, s, info)
        elif ti.has_default:
            if ti.kind == "fn":
                cx.defaults[key] = f"{d.name}::{ti.name}"
                results.sigs[key] = _caller_sig(results, d.name, ti.name, s, info)
        else:
            missing.append(ti)
            if ti.kind == "fn" and ti.item is not None:
                results.sigs[key] = _caller_sig(results, d.name, ti.name, s, info)
            else:
                cx.broken.add(key)
    if missing:
        diags.append(_missing(d, imp, missing, s, results))


def _overlapping(res, cx, info) -> Diagnostic | None:
    """E0119 when an earlier impl of the trait covers a common trait-ref."""
    for other in cx.generic.get(info.imp.trait, ()):
        if other.imp.broken_args or info.imp.broken_args:
            continue      # (after its E0107)
        both = _overlap(other, info)
        if both is None:
            continue
        s, targs = both
        shown = TraitRef(info.imp.trait, targs).show()
        from ..std import is_std_span
        if is_std_span(other.imp.header) and not is_std_span(info.imp.header):
            from ..unsupported import unsupported
            return unsupported(info.imp.header, f"an impl overlapping std's impl of `{shown}`")
        d = Diagnostic.error(f"conflicting implementations of trait `{shown}` for type "
                             f"`{display(s)}`", info.imp.header,
                             f"conflicting implementation for `{display(s)}`", code="E0119")
        d.secondary(other.imp.header, "first implementation here")
        return d
    return None


def _overlap(a, b) -> tuple | None:
    """The trait-ref two impls both implement (with `_` for what stays open), if any."""
    from .infer import InferTable
    table = InferTable()
    va = tuple(table.new_var() for _ in range(_n_params(a)))
    vb = tuple(table.new_var() for _ in range(_n_params(b)))
    pairs = [(subst(a.self_ty, va), subst(b.self_ty, vb))]
    pairs += [(subst(x, va), subst(y, vb)) for x, y in zip(a.trait_args, b.trait_args)]
    for x, y in pairs:
        if not table.unify(x, y):
            return None
    s = table.resolve(pairs[0][0])
    return s, tuple(table.resolve(x) for x, _ in pairs[1:])


def _n_params(info) -> int:
    return len(info.imp.generics.names) if info.imp.is_generic else 0


# -- selection -------------------------------------------------------------------------------

def materialise(cx, trait: str | None, s: Ty) -> None:
    """Enter std's deferred impls of `trait` (None: of every trait) for the primitive
    types `s` may be (resolve/lazy_impls.py) before selecting among the impls."""
    lazy = cx.lazy_std if cx is not None else None
    if lazy is None or not lazy[0].traits.lazy:
        return
    while s.kind == "ref":
        s = s.args[0]
    if s.kind in ("int", "float", "bool", "char"):
        names = [s.name or s.kind]
    elif s.kind == "intvar":
        from ..types import INT_NAMES
        names = list(INT_NAMES)
    elif s.kind == "floatvar":
        names = ["f32", "f64"]
    else:
        return
    res, results = lazy[0], lazy[1]()
    from ..resolve.lazy_impls import materialise as resolve_impls
    from .check import _collect_sig, _lower_ty
    traits = [trait] if trait is not None else \
        sorted({t for t, p in res.traits.lazy if p in names})
    for tr in traits:
        for name in names:
            for imp in resolve_impls(res, tr, name):
                for it in imp.items.values():
                    if it.kind == "fn":
                        results.sigs[it.key] = _collect_sig(it.item.kind, res)
                        results.sigs[it.key].generics = res.fn_generics.get(it.item.id)
                d = res.traits.defs[imp.trait]
                if takes(res, imp, d):
                    collect_impl(res, results, cx, imp, d, _lower_ty(imp.self_ty, res), [])
                else:
                    _collect_exact(res, cx, imp, _lower_ty(imp.self_ty, res))


def _collect_exact(res, cx, imp, s: Ty) -> None:
    """A std impl of a trait without parameters (`impl FromStr for i32`), entered into
    the exact table as typeck/traits.py's `collect` enters the others (std's impls
    match their traits and have no default methods)."""
    from .traits import ImplInfo
    info = ImplInfo(imp, s, {})
    cx.impls.setdefault(s, {})[imp.trait] = info
    from .projection import collect_assoc
    collect_assoc(res, info)
    for name in res.traits.defs[imp.trait].items:
        info.keys[name] = imp.key(name)


def _fits(p: Ty, t: Ty, binds: dict) -> bool:
    """Whether impl type `p` (its parameters matching anything, consistently) may be
    `t`, where `t`'s inference variables may still become anything of their kind."""
    from .impl_select import could_match
    return could_match(p, t, binds, _compatible)


def _compatible(a: Ty, b: Ty) -> bool:
    """Whether two of the caller's types may be equal once inferred."""
    for x, y in ((a, b), (b, a)):
        if x.kind in ("var", "error"):
            return True
        if x.kind == "intvar":
            return y.kind in ("int", "intvar")
        if x.kind == "floatvar":
            return y.kind in ("float", "floatvar")
    if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable \
            or len(a.args) != len(b.args) or (a.kind == "dyn" and a.id != b.id):
        return False       # (a trait object's id: its auto traits, resolve/dyn_types.py)
    return all(_compatible(x, y) for x, y in zip(a.args, b.args))


def candidates(cx, trait: str, s: Ty, targs: tuple | None, infer) -> list:
    """The impls of `trait` that may implement `s: trait<targs>` (targs None: any)."""
    could_match = _fits
    from .blanket_select import sized_ok
    out = []
    s = infer.resolve(s)
    materialise(cx, trait, s)
    want = tuple(infer.resolve(a) for a in targs) if targs is not None else None
    for info in cx.generic.get(trait, ()):
        binds: dict = {}
        if not could_match(info.self_ty, s, binds) or not sized_ok(info, s):
            continue
        if want is not None and not all(could_match(p, t, binds)
                                        for p, t in zip(info.trait_args, want)):
            continue
        out.append(info)
    return out


def instantiate(fcx, info, s: Ty, targs: tuple) -> tuple:
    """Unify the impl's self type and trait arguments with `s` and `targs` (its
    parameters fresh variables); the impl's arguments."""
    n = _n_params(info)
    args = tuple(fcx.infer.new_var() for _ in range(n))
    fcx.infer.unify(subst(info.self_ty, args), s)
    for p, t in zip(info.trait_args, targs):
        fcx.infer.unify(subst(p, args), t)
    return args


@dataclass
class ImplBound:
    """An impl's bound on its arguments, to hold once the body is inferred."""
    ty: Ty
    ref: TraitRef
    info: object                  # the impl (for rustc's "required for" note)
    at: Span                      # where the error points
    impl_ref: TraitRef            # the trait-ref the impl was selected for
    self_ty: Ty


def impl_bounds(fcx, info, args: tuple, at: Span, s: Ty, targs: tuple) -> list[ImplBound]:
    g = info.imp.generics
    out = []
    if not info.imp.is_generic:
        return out
    for i, bounds in enumerate(g.bounds):
        for trait, span in bounds:
            written = fcx.res.trait_ref_args.get(span)
            own = tuple(subst(t, args) for t in lower_args(fcx.res, trait, written, Ty("param", g.names[i], id=i)))
            out.append(ImplBound(args[i], TraitRef(trait, own), info, at,
                                 TraitRef(info.imp.trait, targs), s))
    return out


def holds(fcx, t: Ty, ref: TraitRef) -> bool | None:
    """Whether `t: ref` holds (None: Ferrite cannot tell yet)."""
    t = fcx.infer.resolve(t)
    if t.is_error:
        return True
    if t.kind == "var":
        return None
    if ref.trait in fcx.results.traits.generic:
        if t.kind == "param":
            return _param_has(fcx, t, ref)
        if t.kind in ("intvar", "floatvar"):    # a literal: its fallback type's impls
            t, ref = _fallback(t), TraitRef(ref.trait, tuple(_fallback(fcx.infer.resolve(a))
                                                             for a in ref.args))
        cands = candidates(fcx.results.traits, ref.trait, t, ref.args, fcx.infer)
        if ref.trait in fcx.results.traits.blanket_beside:     # (`str: ToOwned`)
            from .blanket_select import specific_holds
            if specific_holds(fcx, t, ref.trait):
                return True
        if not cands:
            return False
        if len(cands) > 1:
            return None
        info = cands[0]
        from .impl_select import could_match
        binds: dict = {}
        could_match(info.self_ty, t, binds)
        for p, a in zip(info.trait_args, ref.args):
            could_match(p, fcx.infer.resolve(a), binds)
        args = tuple(binds.get(i, Ty("error")) for i in range(_n_params(info)))
        for b in impl_bounds(fcx, info, args, Span(0, 0), t, ref.args):
            got = holds(fcx, b.ty, b.ref)
            if got is not True:
                return got
        return True
    if t.kind == "param":
        from .bounds import has_bound
        return has_bound(fcx, t, ref.trait)
    d = fcx.res.traits.defs.get(ref.trait)
    if t.kind in ("intvar", "floatvar") and d is not None and d.is_std:
        # (std's traits without parameters are implemented alike by every integer and
        # every float type: `{integer}: Clone` of the blanket `ToOwned` holds as `i32`'s)
        t = _fallback(t)
    from .bounds import implements
    if ref.trait in ("Display", "Debug"):
        from .impl_select import has_fmt
        return has_fmt(fcx, t, "" if ref.trait == "Display" else "?")
    got = implements(fcx, t, ref.trait)
    if got is None and ref.trait == "Clone" and d is not None and d.is_std:
        got = fcx.is_clone(t)     # (`Vec<{integer}>: Clone` of the blanket `ToOwned`)
    return got


def _fallback(t: Ty) -> Ty:
    from ..types import PRIMITIVES
    if t.kind in ("intvar", "floatvar"):
        return PRIMITIVES["i32" if t.kind == "intvar" else "f64"]
    return t


def _param_has(fcx, t: Ty, ref: TraitRef) -> bool | None:
    from .bounds import param_bounds
    for trait, span in param_bounds(fcx, t):
        if trait == ref.trait:
            got = bound_args(fcx, span, t, trait)
            return all(fcx.infer.unify(a, b) for a, b in zip(got, ref.args))
    return False


def param_bound_ref(fcx, t: Ty, trait: str) -> TraitRef | None:
    """The bound `t: trait<..>` of the body's own generics, if written."""
    from .bounds import param_bounds
    for tr, span in param_bounds(fcx, t):
        if tr == trait:
            return TraitRef(trait, bound_args(fcx, span, t, trait))
    return None


# -- bounds of called functions ----------------------------------------------------------

def callee_bound_args(fcx, span: Span, trait: str, i: int, g, call_args: tuple,
                      offset: int) -> tuple:
    """A callee's bound `P: trait<..>` on its parameter `i`, for this call's arguments."""
    own = bound_args(fcx, span, Ty("param", g.names[i], id=i), trait)
    full = tuple(Ty("param", n, id=j) for j, n in enumerate(g.names[:offset])) + call_args
    return tuple(subst(a, full) for a in own)


def check_obligation(fcx, ob) -> None:
    """A generic trait's bound at a call (`show(&feet)` with `T: Convert<f64>`)."""
    from .select_infer import improve
    improve(fcx, ob)
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or t.kind == "var":
        return
    tref = TraitRef(ob.trait, tuple(fcx.infer.resolve(a) for a in ob.targs))
    written = t         # (rustc shows a literal as `{integer}` in its E0277)
    if t.kind in ("intvar", "floatvar"):
        from ..types import PRIMITIVES
        fcx.infer.unify(t, PRIMITIVES["i32" if t.kind == "intvar" else "f64"])
        t = fcx.infer.resolve(t)
    got = holds(fcx, t, tref)
    if got is True:
        return
    from .collect_diags import e0277 as collect_e0277
    if got is False and collect_e0277(fcx, ob, t, tref):    # (`collect`, `sum`, `product`)
        return
    from ..unsupported import unsupported
    if got is False and t.kind != "adt":
        from .conv_bound_e0277 import e0277 as conv_e0277
        d = conv_e0277(fcx, ob, written, tref)
        if d is not None:
            fcx.diags.append(d)
            return
    if got is None or t.kind not in ("adt",):
        if got is None:
            fcx.diags.append(unsupported(ob.arg or ob.func, f"checking whether `{display(t)}` "
                                         f"implements `{tref.show()}`"))
        else:
            fcx.diags.append(unsupported(ob.arg or ob.func, f"`{display(t)}` lacking the bound "
                                         f"`{tref.show()}`"))
        return
    from .bounds import _note
    from .trait_diags import e0277
    d = e0277(fcx, ob.arg or ob.func, t, tref, ob.func if ob.arg is not None else None)
    if d is None:
        fcx.diags.append(unsupported(ob.arg or ob.func, f"`{display(t)}` lacking the bound "
                                     f"`{tref.show()}`"))
        return
    d.children.append(_note(fcx, ob))
    fcx.diags.append(d)
