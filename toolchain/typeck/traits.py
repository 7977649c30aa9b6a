"""Traits and trait impls in the type checker (for impls on concrete types).

Collecting (before bodies, as rustc's coherence and wfcheck do): each impl's type is
lowered and the impl registered under (type, trait); its items are compared with the
trait's declarations (E0046, E0050, E0053, E0185/E0186), impls are checked for
overlap (E0119) and the orphan rule (E0117), supertraits must be implemented (E0277).
An impl that keeps a default method or constant gets a key for it too
(`<Point as Shape>::describe`), which MIR links to the trait's one body.

Inside a trait's default methods `Self` is the type parameter `Ty("param", "Self")`,
bounded by the trait and its supertraits; calls through it are keyed
`<Self as Trait>::m` and the machine picks the impl from the frame's `Self`
(interp/machine.py), a dictionary-passing stand-in for monomorphisation.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import is_std_span
from ..syntax import ast
from ..types import ERROR, INT_NAMES, PRIMITIVES, UNIT, Ty, display, has_params, ref
from ..unsupported import unsupported
from .std_tys import FMT_RESULT, FORMATTER, SELF
from . import impl_select
from . import std_impl_memo, trait_args
from .lazy_sigs import LazySigs

# Res kinds of value paths resolved by resolve/traits.py.
PATH_KINDS = ("qualified", "assoc_of", "self_item", "trait_item", "fmt_ok")


@dataclass
class ImplInfo:
    imp: object                    # resolve.traits.TraitImpl
    self_ty: Ty
    keys: dict[str, str]           # item name -> its key (the impl's own, or a default's)
    assoc: dict = field(default_factory=dict)   # associated type name -> its type
    # The impl's `Fn*` bounds: (parameter index, trait, params, output), which decide a
    # parameter named only as an output (`F: FnMut(I::Item) -> B`; impl_fn_bounds.py).
    fn_bounds: list = field(default_factory=list)
    # The impl's `Item = X` bindings on its parameters: (parameter index, trait, name,
    # X lowered), which decide the parameters X names (typeck/impl_eq_bounds.py).
    eq_bounds: list = field(default_factory=list)
    # The trait's arguments (`impl Convert<f64> for M`: (f64,)), in the impl's
    # parameters; () for a trait without parameters (typeck/trait_args.py).
    trait_args: tuple = ()


@dataclass
class TraitCx:
    impls: dict[Ty, dict[str, ImplInfo]] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)   # impl key -> trait body key
    fmt_impls: dict[tuple[str, str], str] = field(default_factory=dict)  # (adt, "" | "?")
    eq_impls: dict[str, str] = field(default_factory=dict)   # adt -> `eq` key
    pord_impls: dict[str, str] = field(default_factory=dict)   # adt -> `partial_cmp` key
    ord_impls: dict[str, str] = field(default_factory=dict)    # adt -> `cmp` key
    # Keys of impl items that are missing or whose signature is wrong: a body calling
    # one is tainted (not lowered to MIR), as rustc's are by such errors.
    broken: set[str] = field(default_factory=set)
    # An impl method's own signature, which its body is checked against; callers see
    # the trait's declaration (`TypeckResults.sigs`), as in rustc.
    body_sigs: LazySigs = field(default_factory=LazySigs)     # (owner: set by `collect`)
    # Impls selected by matching their self type (generic ones, and those for one
    # instantiation of a generic type), by the type's head (typeck/impl_select.py).
    matched: dict[str, list[ImplInfo]] = field(default_factory=dict)
    # Impls of generic traits and blanket impls, by trait, selected by matching their
    # self type and trait arguments (typeck/trait_args.py).
    generic: dict[str, list[ImplInfo]] = field(default_factory=dict)
    # Traits without parameters whose blanket impl stands beside specific impls (std's
    # `ToOwned`): selected by typeck/blanket_select.py.
    blanket_beside: set = field(default_factory=set)
    lazy_std: tuple | None = None     # (res, weakref to results): std's impls entered on demand
    # The methods of traits with pinned parameters as declared (`fn eq(&self, other:
    # &Rhs)`), for the E0046 help that writes `Rhs` as the implementing type.
    declared: dict = field(default_factory=dict)
    # `impl PartialEq<Celsius> for Fahrenheit`, by trait (typeck/cross_cmp.py)
    cross: dict[str, list[ImplInfo]] = field(default_factory=dict)


def body_sig(results, name: str):
    cx = results.traits
    got = cx.body_sigs.get(name) if cx is not None else None
    return got if got is not None else results.sigs[name]


def _caller_sig(results, trait: str, name: str, s: Ty, info=None):
    base = results.sigs[f"<Self as {trait}>::{name}"]
    if info is not None and info.trait_args:     # a generic trait's parameters
        from .generics import instantiate_sig
        base = instantiate_sig(base, info.trait_args)
    from .projection import normalize_with, self_assoc
    if info is not None:     # `Self::Item` of an impl is its own `type Item`
        base = replace(base, params=[self_assoc(p, trait, info) for p in base.params],
                       ret=self_assoc(base.ret, trait, info))
    return replace(base, params=[normalize_with(results, subst_self(p, s)) for p in base.params],
                   ret=normalize_with(results, subst_self(base.ret, s)))


class CallerSigs:
    """The caller signatures of one impl's methods (`_caller_sig`), made on first use:
    a maker of `LazySigs.pending` shared by all of the impl's keys."""
    __slots__ = ("trait", "self_ty", "info")

    def __init__(self, trait: str, self_ty: Ty, info) -> None:
        self.trait, self.self_ty, self.info = trait, self_ty, info

    def __call__(self, results, key: str):
        return _caller_sig(results, self.trait, key[key.rindex(">::") + 3:], self.self_ty,
                           self.info)


def subst_self(t: Ty, s: Ty) -> Ty:
    if t == SELF:
        return s
    if t.args:
        return replace(t, args=tuple(subst_self(a, s) for a in t.args))
    return t


def lower_res(r, res) -> Ty:
    """A type path resolved by resolve/traits.py."""
    from .check import _lower_ty
    if r.kind == "alias":
        return _lower_ty(r.target, res)
    if r.kind == "self_param":
        return SELF
    if r.kind == "proj":
        from .projection import lower
        return lower(res, r.target)
    return FORMATTER if r.target == "Formatter" else FMT_RESULT


def self_ty_of(f: ast.Fn, res) -> Ty | None:
    """The `Self` of a trait's or trait impl's method; None for other functions."""
    owner = res.traits.owners.get(id(f))
    if owner is None:
        return None
    if owner[0] == "trait":
        return SELF
    from .check import _lower_ty
    return _lower_ty(owner[1].self_ty, res)


def bound_traits(res, trait: str) -> list[str]:
    """The trait and its supertraits, transitively, in declaration order."""
    from ..resolve.traits import bound_traits_of
    return bound_traits_of(res.traits, trait)


# -- collecting ----------------------------------------------------------------------------

def collect(res, results, diags: list[Diagnostic]) -> None:
    tables = res.traits
    cx = TraitCx()
    cx.body_sigs.owner = results.sigs.owner
    results.traits = cx
    # The results are held weakly: they own `cx`, and a cycle would leave every check's
    # objects to the cyclic collector (bench/bench_toolchain.py prints its passes).
    cx.lazy_std = (res, weakref.ref(results))
    if not tables.defs:
        return
    from .check import _collect_sig, _lower_ty
    from . import std_sig_types
    if std_sig_types.usable(res):     # (std's traits' signatures lowered once)
        def collect_sig(item):
            return std_sig_types.sig(item, res, _collect_sig, lambda: None)
    else:
        def collect_sig(item):
            return _collect_sig(item.kind, res)
    for d in tables.defs.values():
        for ti in d.items.values():
            if ti.kind != "fn":
                continue
            if d.pinned is not None:
                declared = collect_sig(ti.item)
                cx.declared[f"<Self as {d.name}>::{ti.name}"] = declared
                sig = _pinned_sig(declared, d)
            else:
                sig = collect_sig(ti.item)
                sig.generics = res.fn_generics.get(ti.item.id)   # a generic method's own
            sig.noun = "method" if ti.has_self else "associated function"
            results.sigs[f"<Self as {d.name}>::{ti.name}"] = sig
    self_tys = {}
    for imp in tables.impls:
        d = tables.defs[imp.trait]
        s = self_tys[id(imp)] = std_impl_memo.self_ty(res, imp)
        if s.is_error:
            continue
        if d.pinned is not None and imp.trait_args is not None:    # `PartialEq<Celsius>`
            from .cross_cmp import collect_impl as collect_cross
            collect_cross(res, results, cx, imp, d, s, diags)
            continue
        if trait_args.takes(res, imp, d):     # a generic trait's, or a blanket impl
            trait_args.collect_impl(res, results, cx, imp, d, s, diags)
            continue
        if d.is_std and s.kind != "adt":
            diags.append(_orphan(imp, s))
            continue
        if impl_select.is_matched(s):
            clash = _overlapping(cx, imp, s)
            if clash is not None:
                diags.append(clash)
                continue
        per = cx.impls.setdefault(s, {})
        if imp.trait in per:
            first = per[imp.trait].imp
            name = d.path or d.name
            e = Diagnostic.error(f"conflicting implementations of trait `{name}` for type "
                                 f"`{display(s)}`", imp.header,
                                 f"conflicting implementation for `{display(s)}`", code="E0119")
            e.secondary(first.header, "first implementation here")
            diags.append(e)
            continue
        if d.is_std and imp.trait in res.adts[s.name].derives:
            # rustc expands the derive after the hand-written impl: that one is first.
            e = Diagnostic.error(f"conflicting implementations of trait `{imp.trait}` for type "
                                 f"`{display(s)}`", res.adts[s.name].derive_spans[imp.trait],
                                 f"conflicting implementation for `{display(s)}`", code="E0119")
            e.secondary(imp.header, "first implementation here")
            diags.append(e)
            continue
        info = ImplInfo(imp, s, {})
        per[imp.trait] = info
        std_impl = is_std_span(imp.header)
        std_impl_memo.collect_assoc(res, info)
        if impl_select.is_matched(s):
            impl_select.register(cx, info)
        missing = []
        for ti in (() if std_impl and std_impl_memo.enter_keys(res, results, cx, d, imp, s, info,
                                                                own_sigs=not d.is_std)
                   else d.items.values()):
            own = imp.items.get(ti.name)
            key = imp.key(ti.name)
            if own is not None:
                info.keys[ti.name] = key
                if ti.kind == "fn":
                    # (std's own impls agree with its traits: comparing them on every
                    # check cost a twentieth of it)
                    errs = _compare_sig(res, results, d, ti, own, s) if not std_impl else ()
                    if errs:
                        cx.broken.add(key)
                        diags.extend(errs)
                    elif not d.is_std and key in results.sigs:
                        cx.body_sigs[key] = results.sigs[key]
                        results.sigs[key] = _caller_sig(results, d.name, ti.name, s, info)
            elif ti.has_default:
                info.keys[ti.name] = key
                if ti.kind == "fn":
                    cx.defaults[key] = f"{d.name}::{ti.name}"
                    # (made when first asked for: typeck/lazy_sigs.py)
                    results.sigs.pending[key] = CallerSigs(d.name, s, info)
            else:
                missing.append(ti)
                info.keys[ti.name] = key
                if ti.kind == "fn" and not d.is_std:
                    # Callers still type check against the declaration (no body is built).
                    results.sigs[key] = _caller_sig(results, d.name, ti.name, s, info)
                else:
                    cx.broken.add(key)
        if missing:
            diags.append(_missing(d, imp, missing, s, results))
        if d.is_std and s.kind == "adt":
            _std_impl(results, cx, d.name, s, info)
    for imp in tables.impls:
        s = self_tys.get(id(imp)) or std_impl_memo.self_ty(res, imp)  # (or entered since)
        info = cx.impls.get(s, {}).get(imp.trait)
        if info is None or info.imp is not imp:
            continue
        for sup, span in tables.defs[imp.trait].supertraits:
            if not has_impl(cx, s, sup) and not _derived(results, s, sup):
                from .error_trait import std_supertrait
                got = std_supertrait(res, s, sup, imp.self_ty.span) if imp.trait == "Error" \
                    and is_std_span(tables.defs[imp.trait].header) else None
                if tables.defs[imp.trait].is_std and got is None:   # `impl Ord` without `Eq`
                    from .user_ord import missing_super
                    got = missing_super(res, s, imp.trait, sup, imp.self_ty.span)
                diags.append(got or _unsatisfied(res, cx, s, sup, imp.self_ty.span,
                                          f"`{imp.trait}`", span, None))
    _check_consts(res, results, cx, diags)
    if "IntoIterator" in tables.defs:          # the learner's impls (into_iter_impls.py)
        from .into_iter_impls import check_impls
        check_impls(res, results, cx, diags)


def _overlapping(cx: TraitCx, imp, s: Ty) -> Diagnostic | None:
    """E0119 for an impl whose self type overlaps an earlier impl's of the same trait."""
    for info in cx.matched.get(impl_select.head(s), ()):
        if info.imp.trait != imp.trait:
            continue
        both = impl_select.overlap(info.self_ty, s)
        if both is None:
            continue
        d = Diagnostic.error(f"conflicting implementations of trait `{imp.trait}` for type "
                             f"`{display(both)}`", imp.header,
                             f"conflicting implementation for `{display(both)}`", code="E0119")
        d.secondary(info.imp.header, "first implementation here")
        return d
    return None


def _pinned_sig(sig, d):
    """A method of `PartialEq<Rhs = Self>` as every impl Ferrite accepts sees it: the
    pinned parameters are `Self` (`fn eq(&self, other: &Self) -> bool`)."""
    from .generics import instantiate_sig
    return instantiate_sig(sig, (SELF,) * len(d.pinned.names))


def _std_impl(results, cx: TraitCx, trait: str, s: Ty, info: ImplInfo) -> None:
    """A std trait implemented by hand counts as implemented wherever typeck asks
    whether a type has it (the layout's `derives`); MIR and the machine then call the
    learner's method instead of a derived one (see `fmt_impls`, `eq_impls`)."""
    layout = results.adts[s.name]
    if not impl_select.is_matched(s):   # (a generic impl holds for some arguments only)
        layout.derives = set(layout.derives) | {trait}   # (a copy: resolve's set stays as written)
    if trait in ("Display", "Debug") and "fmt" in info.keys:
        cx.fmt_impls[(s.name, "" if trait == "Display" else "?")] = info.keys["fmt"]
    if trait == "PartialEq" and "eq" in info.keys:
        cx.eq_impls[s.name] = info.keys["eq"]
    if trait == "PartialOrd" and "partial_cmp" in info.keys:
        cx.pord_impls[s.name] = info.keys["partial_cmp"]
    if trait == "Ord" and "cmp" in info.keys:
        cx.ord_impls[s.name] = info.keys["cmp"]


def _orphan(imp, s: Ty) -> Diagnostic:
    prim = s.kind in ("int", "float", "bool", "char", "str")
    what = "primitive types" if prim else "arbitrary types"
    d = Diagnostic.error(f"only traits defined in the current crate can be implemented for {what}",
                         imp.header, code="E0117")
    d.secondary(imp.self_ty.span, f"`{display(s)}` is not defined in the current crate")
    d.note("impl doesn't have any local type before any uncovered type parameters")
    d.note("for more information see https://doc.rust-lang.org/reference/items/"
           "implementations.html#orphan-rules")
    d.note("define and implement a trait or new type instead")
    return d


def _missing(d, imp, missing: list, s: Ty, results=None, targs: tuple = ()) -> Diagnostic:
    names = ", ".join(f"`{ti.name}`" for ti in missing)
    e = Diagnostic.error(f"not all trait items implemented, missing: {names}", imp.header,
                         f"missing {names} in implementation", code="E0046")
    for ti in missing:
        if ti.item is not None:
            k = ti.item.kind
            span = ti.item.span if ti.kind == "fn" else Span(ti.item.span.lo, k.ty.span.hi) \
                if ti.kind == "const" else Span(ti.item.span.lo, k.ident.span.hi)
            e.secondary(span, f"`{ti.name}` from trait")
    for ti in missing:
        from .std_trait_items import is_std_source, missing_help
        text = None
        if results is not None and is_std_source(ti):
            text = missing_help(results, d, ti, s, targs)     # a trait of Ferrite's std source
        if text is not None:
            e.help("implement the missing item: `" + text + "`")
    return e


def _params_span(f: ast.Fn) -> Span | None:
    spans = ([f.sig.self_param.span] if f.sig.self_param else []) + [p.span for p in f.sig.params]
    return Span(spans[0].lo, spans[-1].hi) if spans else None


def _compare_sig(res, results, d, ti, own, s: Ty, targs: tuple = ()) -> list[Diagnostic]:
    """compare_impl_method: the impl's method against the trait's declaration."""
    impl_f: ast.Fn = own.item.kind
    name = ti.name
    decl_f = ti.item.kind
    trait_has_self = decl_f.sig.self_param is not None
    from ..std import is_std_span
    if d.is_std and is_std_span(ti.item.span):
        decl_f = None      # (rustc points into no other crate's source; its help differs)
    impl_has_self = impl_f.sig.self_param is not None
    impl_span = Span(own.item.span.lo, impl_f.sig.span.hi)
    if trait_has_self != impl_has_self:
        in_std = is_std_span(ti.item.span)
        e = _receiver_mismatch(ti, impl_f, impl_span, trait_has_self, None if in_std else decl_f)
        if in_std:    # (rustc writes the declaration it cannot point at)
            key = f"<Self as {d.name}>::{name}"
            sig = results.traits.declared.get(key) or results.sigs[key]
            e.note(f"`{name}` from trait: `{_fn_text(sig)}`")
        return [e]
    return _compare_types(res, results, d, ti, own, s, targs, name, decl_f, impl_f)


def _fn_text(sig) -> str:
    ret = "" if sig.ret.is_unit else " -> " + display(sig.ret, full=True, untrimmed=True)
    return "fn(" + ", ".join(display(p, full=True, untrimmed=True) for p in sig.params) \
        + ")" + ret


def _receiver_mismatch(ti, impl_f, impl_span, trait_has_self, decl_f) -> Diagnostic:
    """E0185/E0186: `self` in only one of the trait's and the impl's method."""
    name = ti.name
    if trait_has_self:
        shown = _self_text(ti.item.kind.sig.self_param)
        e = Diagnostic.error(f"method `{name}` has a `{shown}` declaration in the trait, but "
                             "not in the impl", impl_span, f"expected `{shown}` in impl",
                             code="E0186")
        if decl_f is not None:
            e.secondary(ti.item.span, f"`{shown}` used in trait")
        return e
    shown = _self_text(impl_f.sig.self_param)
    e = Diagnostic.error(f"method `{name}` has a `{shown}` declaration in the impl, but "
                         "not in the trait", impl_span, f"`{shown}` used in impl",
                         code="E0185")
    if decl_f is not None:
        e.secondary(ti.item.span, "trait method declared without `" + shown + "`")
    return e


def _compare_types(res, results, d, ti, own, s: Ty, targs, name, decl_f, impl_f) -> list:
    """The parameter and return types of an impl's method against the trait's."""
    want = results.sigs[f"<Self as {d.name}>::{name}"]
    if targs and d.pinned is not None:      # (`PartialEq<Celsius>`: as declared, `&Rhs`)
        want = results.traits.declared[f"<Self as {d.name}>::{name}"]
    if targs:       # a generic trait's parameters, as the impl's trait-ref gives them
        from .generics import instantiate_sig
        # (and the method's own, `sum<I>`, as the impl's method numbers them)
        mine = results.sigs.get(own.key)
        g, h = want.generics, getattr(mine, "generics", None)
        if g is not None and h is not None and len(g.names) - len(targs) \
                == len(h.names) - h.parent_count > 0:
            targs = tuple(targs) + tuple(Ty("param", h.names[j], id=j)
                                         for j in range(h.parent_count, len(h.names)))
        want = instantiate_sig(want, targs)
    info = results.traits.impls.get(s, {}).get(d.name)
    if info is not None:     # `Self::Item` of an impl is its own `type Item`
        from .projection import self_assoc
        want = replace(want, params=[self_assoc(p, d.name, info) for p in want.params],
                       ret=self_assoc(want.ret, d.name, info))
    got = results.sigs.get(own.key)
    if got is None:
        return []
    from .projection import normalize_with
    exp_params = [normalize_with(results, subst_self(p, s)) for p in want.params]
    exp_ret = normalize_with(results, subst_self(want.ret, s))
    from .projection import has_proj
    if any(has_proj(t) for t in exp_params + [exp_ret]) and not has_params(s):
        return []      # (the impl lacks the associated type: its E0046 says so)
    from ..std import is_std_span
    if any(has_proj(t) for t in exp_params + [exp_ret]) and is_std_span(impl_f.sig.span):
        return []      # (std's `impl<T> DerefMut for RefMut<T>`: a supertrait's `Target`)
    if len(got.params) != len(exp_params):
        n, m = len(exp_params), len(got.params)
        plural = lambda c: f"{c} parameter" + ("" if c == 1 else "s")
        e = Diagnostic.error(f"method `{name}` has {plural(m)} but the declaration in trait "
                             f"`{name if is_std_span(d.span) else d.name + '::' + name}` has {n}",
                             _params_span(impl_f) or impl_f.ident.span,
                             f"expected {plural(n)}, found {m}", code="E0050")
        if decl_f is not None:
            e.secondary(_params_span(decl_f) or decl_f.ident.span, f"trait requires {plural(n)}")
        return [e]
    for i, (a, b) in enumerate(zip(exp_params, got.params)):
        if a != b and not a.is_error and not b.is_error:
            return [_e0053(d, name, decl_f, impl_f, i, a, b, exp_params, got.params, exp_ret,
                           got.ret, is_ret=False)]
    if exp_ret != got.ret and not exp_ret.is_error and not got.ret.is_error:
        return [_e0053(d, name, decl_f, impl_f, -1, exp_ret, got.ret, exp_params, got.params,
                       exp_ret, got.ret, is_ret=True)]
    return []


def _self_text(sp: ast.SelfParam) -> str:
    if sp.kind == "ref":
        return "&mut self" if sp.mutable else "&self"
    return "self"


def _e0053(d, name, decl_f, impl_f, i, want: Ty, got: Ty, wparams, gparams, wret, gret,
           is_ret: bool) -> Diagnostic:
    def ty_span(f: ast.Fn) -> Span:
        if is_ret:
            return f.sig.ret.span
        if f.sig.self_param is not None:
            return f.sig.self_param.span if i == 0 else f.sig.params[i - 1].ty.span
        return f.sig.params[i].ty.span

    foreign = decl_f is not None and is_std_span(decl_f.sig.span)   # (e0053_foreign.py)
    if foreign or decl_f is None:     # (`decl_f is None`: a prelude trait of std's, too)
        from .e0053_foreign import narrow, sig_texts
        shown_w, shown_g = narrow(want, got)
    else:
        shown_w, shown_g = want, got
    differ = want.kind == "ref" and got.kind == "ref" and want.args == got.args
    label = "types differ in mutability" if differ else \
        f"expected `{display(shown_w)}`, found `{display(shown_g)}`"
    at = ty_span(impl_f) if not is_ret or impl_f.sig.ret is not None else impl_f.ident.span
    e = Diagnostic.error(f"method `{name}` has an incompatible type for trait", at, label,
                         code="E0053")
    if decl_f is not None and (not is_ret or decl_f.sig.ret is not None) and not foreign:
        note = Diagnostic("note", "type in trait")
        note.primary(ty_span(decl_f))
        e.children.append(note)

    def sig_text(params, ret) -> str:
        text = "fn(" + ", ".join(display(p) for p in params) + ")"
        if is_ret:
            return text + ("" if ret.is_unit else f" -> {display(ret)}")
        if ret.kind == "adt" and ret.args:    # (rustc keeps the same type's head: `Option<_>`)
            return text + f" -> {display(Ty(ret.kind, ret.name))}<{', '.join('_' for _ in ret.args)}>"
        return text + ("" if ret.is_unit else " -> _")
    texts = sig_texts(wparams, wret, gparams, gret) if foreign else \
        (sig_text(wparams, wret), sig_text(gparams, gret))
    e.note(f"expected signature `{texts[0]}`\n"
           f"   found signature `{texts[1]}`")
    if decl_f is not None and (not is_ret or (decl_f.sig.ret is not None
                                              and impl_f.sig.ret is not None)):
        from ..syntax.printer import ty_to_string
        what = "output" if is_ret else "self-receiver" if (i == 0 and impl_f.sig.self_param) \
            else "parameter"
        if what == "self-receiver":
            text = _self_text(decl_f.sig.self_param)
        elif foreign:
            text = display(want)      # (the trait's type, written out)
        else:
            text = ty_to_string(decl_f.sig.ret if is_ret else
                                decl_f.sig.params[i - (1 if decl_f.sig.self_param else 0)].ty)
        e.help(f"change the {what} type to match the trait",
               suggestions=[Suggestion(at, text, "MachineApplicable", "ShowAlways")])
    elif decl_f is None and not is_ret and want.kind == "ref" and not want.mutable \
            and want.args[0] == got and (i > 0 or impl_f.sig.self_param is None):
        # (a std trait's `&Self` parameter taken by value: `fn eq(&self, other: Id)`)
        e.help("change the parameter type to match the trait",
               suggestions=[Suggestion(Span(at.lo, at.lo), "&", "MachineApplicable",
                                       "ShowAlways")])
    elif decl_f is None and not is_ret and (shown_w, shown_g) != (want, got) and not differ \
            and (i > 0 or impl_f.sig.self_param is None):
        # (`other: &u8` where `PartialEq<u32>` says `&u32`: the whole type, written out)
        e.help("change the parameter type to match the trait",
               suggestions=[Suggestion(at, display(want), "MachineApplicable", "ShowAlways")])
    return e


def _check_consts(res, results, cx: TraitCx, diags: list[Diagnostic]) -> None:
    """Trait constants: defaults checked once, an impl's own values once each."""
    from .check import FnSig, _FnCtxt, _lower_ty
    tables = res.traits
    for d in tables.defs.values():
        if d.is_std:
            continue
        for ti in d.items.values():
            if ti.kind == "const" and ti.has_default:
                k = ti.item.kind
                ty = _lower_ty(k.ty, res)
                results.consts[f"{d.name}::{ti.name}"] = (ty, k.expr)
                _check_const(res, results, ti.item, ty, diags)
    for per in cx.impls.values():
        for trait, info in per.items():
            d = tables.defs[trait]
            for ti in d.items.values():
                if ti.kind != "const" or ti.name not in info.keys \
                        or info.keys[ti.name] in cx.broken:
                    continue
                own = info.imp.items.get(ti.name)
                if own is None:
                    ty, expr = results.consts[f"{d.name}::{ti.name}"]
                    results.consts[info.keys[ti.name]] = (subst_self(ty, info.self_ty), expr)
                    continue
                k = own.item.kind
                ty = _lower_ty(k.ty, res)
                results.consts[own.key] = (ty, k.expr)
                _check_const(res, results, own.item, ty, diags)


def _check_const(res, results, item: ast.Item, ty: Ty, diags: list[Diagnostic]) -> None:
    from .check import FnSig, _FnCtxt
    from .methods import _calls_something
    k = item.kind
    if _calls_something(k.expr):
        diags.append(unsupported(k.expr.span, "function calls in constants"))
        return
    fcx = _FnCtxt(res, results, FnSig([], ty, k.ty.span, k.ident.span, [], item.span))
    fcx.check_coerce(k.expr, ty)
    fcx._finish()
    fcx.release()
    diags.extend(fcx.diags)


# -- supertrait obligations ----------------------------------------------------------------

def _unsatisfied(res, cx: TraitCx, s: Ty, sup: str, at: Span, required_by: str, bound: Span,
                 method) -> Diagnostic:
    """E0277 for a supertrait the type does not implement (rustc reports it at the impl
    and again at each call of the subtrait's methods)."""
    e = Diagnostic.error(f"the trait bound `{display(s)}: {sup}` is not satisfied", at,
                         "unsatisfied trait bound", code="E0277")
    h = Diagnostic("help", f"the trait `{sup}` is not implemented for `{display(s)}`")
    if s.kind == "adt":
        h.primary(res.adts[s.name].header)
    e.children.append(h)
    sd = res.traits.defs.get(sup)
    if sd is not None and not sd.is_std and not any(sup in per for per in cx.impls.values()):
        h2 = Diagnostic("help", "this trait has no implementations, consider adding one")
        h2.primary(sd.header)
        e.children.append(h2)
    note = Diagnostic("note", f"required by a bound in {required_by}")
    note.primary(bound, f"required by this bound in {required_by}")
    if method is not None:
        note.secondary(method, "required by a bound in this associated function")
    e.children.append(note)
    return e


def has_impl(cx: TraitCx, s: Ty, trait: str) -> bool:
    """Whether `s` has an impl of `trait` (exact, or selected by matching)."""
    if trait in cx.impls.get(s, {}):
        return True
    return impl_select.head(s) in cx.matched \
        and impl_select.candidates(cx, s).get(trait) is not None


def _derived(results, s: Ty, trait: str) -> bool:
    """A std supertrait (`Error: Debug + Display`) the type derives or implements by
    hand (`_std_impl` keeps both in the layout's `derives`)."""
    layout = results.adts.get(s.name) if s.kind == "adt" else None
    return layout is not None and trait in layout.derives


def _check_supertraits(fcx, s: Ty, trait: str, name: str, at: Span) -> None:
    if s.kind in ("param", "dyn"):
        return
    res, cx = fcx.res, fcx.results.traits
    d = res.traits.defs[trait]
    for sup, span in d.supertraits:
        if not has_impl(cx, s, sup) and not _derived(fcx.results, s, sup):
            ti = d.items.get(name)
            method = ti.item.kind.ident.span if ti is not None and ti.item is not None else None
            fcx.diags.append(_unsatisfied(res, cx, s, sup, at, f"`{trait}::{name}`", span, method))


# -- method calls --------------------------------------------------------------------------

@dataclass
class _Cand:
    trait: str
    key: str
    self_ty: Ty
    autoref: str | None
    derefs: int
    item: object                   # the impl's item (for E0034 notes), or None


def _impls_for(fcx, s: Ty) -> dict[str, dict[str, str]]:
    """trait -> item name -> key, for the traits `s` implements (for `Self` in a
    trait: its bounds, keyed through `Self`)."""
    if s.kind == "param" and s != SELF or s.kind == "opaque" \
            or s.kind == "proj" and _proj_bounded(fcx, s):
        from .bounds import param_impls
        return param_impls(fcx, s)
    if s.kind == "dyn":         # a trait object: its trait's methods (dyn_coerce.py)
        from .dyn_coerce import impls
        return impls(fcx, s)
    if s == SELF:
        trait = fcx.res.traits.owners.get(id(getattr(fcx, "cur_fn", None)))
        if trait is None or trait[0] != "trait":
            return {}
        out = {}
        from .self_bounds import body_traits      # (and the method's `where Self: ..`)
        for t in bound_traits(fcx.res, trait[1].name) + body_traits(fcx):
            d = fcx.res.traits.defs.get(t)
            if d is not None:
                out[t] = {n: f"<Self as {t}>::{n}" for n in d.items}
        return out
    out = _impls_for_all(fcx, s)
    from .trait_scope import NEEDS_IMPORT     # (std's `Write`, `Borrow`: imported or not)
    if fcx.res.modules is not None and fcx.res.modules.active or NEEDS_IMPORT.keys() & out.keys():
        from .trait_scope import in_scope     # only the traits in scope give methods
        out = {t: keys for t, keys in out.items() if in_scope(fcx, t)}
    return out


def _proj_bounded(fcx, s: Ty) -> bool:
    """`<I as Iterator>::Item` with bounds of its own (`where I::Item: Describe`)."""
    from .projection import proj_bounds
    return bool(proj_bounds(fcx, s))


def _impls_for_all(fcx, s: Ty) -> dict[str, dict[str, str]]:
    """trait -> item name -> key, for every impl of concrete `s` (in scope or not)."""
    cx = fcx.results.traits
    trait_args.materialise(cx, None, s)     # std's impls for primitive types, on first use
    out = {t: info.keys for t, info in cx.impls.get(s, {}).items()}
    if cx.matched and impl_select.head(s) in cx.matched:
        for t, info in impl_select.candidates(cx, s).items():
            if info is not None:
                out[t] = info.keys
    return out


def _receiver(self_kind: str | None, s: Ty) -> Ty:
    if self_kind == "ref":
        return ref(s)
    if self_kind == "mut":
        return ref(s, True)
    return s


def _self_kind(fcx, trait: str, name: str) -> str | None:
    """How the trait's method takes `self`: "value", "ref", "mut"; None if it has none."""
    d = fcx.res.traits.defs[trait]
    ti = d.items.get(name)
    if ti is None or ti.kind != "fn" or not ti.has_self:
        return None
    if ti.item is None:
        return "ref"
    sp = ti.item.kind.sig.self_param
    return "value" if sp.kind != "ref" else "mut" if sp.mutable else "ref"


def probe(fcx, rt: Ty, name: str) -> list[_Cand]:
    """rustc's method probe over trait impls: at each autoderef step, by value, then
    `&`, then `&mut`; the candidates of the first step and mode that has any."""
    steps = [rt]
    while steps[-1].kind == "ref" or (steps[-1].kind == "adt" and steps[-1].name == "Box"
                                      and steps[-1].args):   # (a box derefs built in)
        steps.append(steps[-1].args[0])
    for i, st in enumerate(steps):
        selves = [st] + ([st.args[0]] if st.kind == "ref" else [])
        if st.kind == "intvar":
            selves = [PRIMITIVES[n] for n in INT_NAMES]
        elif st.kind == "floatvar":
            selves = [PRIMITIVES["f32"], PRIMITIVES["f64"]]
        for autoref in (None, "&", "&mut"):
            want = st if autoref is None else ref(st, autoref == "&mut")
            found = []
            for s in selves:
                for trait, keys in _impls_for(fcx, s).items():
                    if name not in keys:
                        continue
                    kind = _self_kind(fcx, trait, name)
                    if kind is None:
                        continue
                    recv = _receiver(kind if kind != "value" else None, s)
                    if st.kind in ("intvar", "floatvar"):
                        ok = (recv == s and autoref is None) or (recv.kind == "ref" and
                                                                 recv.args[0] == s and
                                                                 autoref == ("&mut" if recv.mutable else "&"))
                    else:
                        ok = recv == want
                    if ok:
                        found.append(_Cand(trait, keys[name], s, autoref, i, None))
            if found:
                return found
    return []


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty) -> Ty | None:
    """A method call resolved to a trait method, or None (no trait has it)."""
    from .methods import MethodCallee
    name = k.segment.ident.name
    if not fcx.res.traits.defs or name not in fcx.res.traits.item_names:
        return None
    cands = probe(fcx, rt, name)
    if not cands:     # `(3..10).len()`: impls per integer type (typeck/literal_impls.py)
        from . import literal_impls
        got = literal_impls.method_call(fcx, e, k, rt)
        if got is not None:
            return got
    if not cands:     # generic traits and blanket impls (typeck/trait_calls.py)
        from . import trait_calls
        return trait_calls.method_call(fcx, e, k, rt)
    if len({c.trait for c in cands}) > 1:
        _ambiguous(fcx, e, k, cands)
        for a in k.args:
            fcx.check_expr(a, None)
        return ERROR
    if len(cands) > 1:
        fcx.diags.append(unsupported(k.segment.ident.span,
                                     "a method of several impls for an integer literal"))
        return ERROR
    c = cands[0]
    inner = rt
    for _ in range(c.derefs):
        inner = inner.args[0]
    if inner.kind in ("intvar", "floatvar"):
        # The literal's type is the impl's (`5.double()` with one integer impl).
        fcx.infer.unify(inner, c.self_ty)
    fcx.results.method_calls[e.id] = MethodCallee(c.key, c.derefs, c.autoref)
    if c.key.endswith(" as Drop>::drop"):     # E0040 (typeck/drop_checks.py)
        from .drop_checks import e0040
        e0040(fcx, e, k)
    if c.key in fcx.results.traits.broken:
        fcx.tainted = True
        for a in k.args:
            fcx.check_expr(a, None)
        return ERROR
    _check_supertraits(fcx, c.self_ty, c.trait, name, k.segment.ident.span)
    from .self_bounds import register as register_self_bounds     # `where Self: ..`
    register_self_bounds(fcx, e, k, c.trait, name, c.self_ty)
    if c.trait == "Iterator" and name in ("max", "min"):     # `Self::Item: Ord`
        from .iter_ord import register
        register(fcx, e, k, c.self_ty)
    if c.trait == "Iterator" and name in ("copied", "cloned", "cycle"):   # `T: Copy`, `Clone`
        from .iter_clone import register as register_clone
        register_clone(fcx, e, k, c.self_ty)
    sig = fcx.results.sigs[c.key]
    if impl_select.head(c.self_ty) in fcx.results.traits.matched:
        sig = _matched_sig(fcx, e, k, rt, c, sig)
        if sig is None:
            return ERROR
    if (c.self_ty.kind == "param" and c.self_ty != SELF) or c.self_ty.kind in ("dyn", "opaque") \
            or c.self_ty.kind == "proj" and _proj_bounded(fcx, c.self_ty):
        # Through a bound (typeck/bounds.py): the declaration, `Self` being the parameter.
        sig = _caller_sig(fcx.results, c.trait, name, c.self_ty)
        fcx.results.trait_selves[e.id] = c.self_ty
    from . import trait_method_generics as tmg
    if tmg.own_names(fcx.results.sigs[f"<Self as {c.trait}>::{name}"]):
        sig, own = tmg.instantiate(fcx, e, k, c.trait, name, c.self_ty)
        fcx.method_args[e.id] = fcx.method_args.get(e.id, ()) + own
        if c.trait == "Iterator" and name in ("unzip", "partition"):  # (typeck/iter_pairs.py)
            from . import iter_pairs
            iter_pairs.register_extend_targets(fcx, e, k, c.self_ty)
            if name == "unzip":                            # `Self: Iterator<Item = (A, B)>`
                iter_pairs.register(fcx, e, k, c.self_ty)
        if c.trait == "Iterator" and name in ("flatten", "flat_map"):   # `Item: IntoIterator`
            from . import iter_flatten     # (`flat_map`'s `U`: once its closure is checked)
            got = _check_args(fcx, e, k.segment.ident.span, k.args, sig, c.key, method=True)
            iter_flatten.register(fcx, e, k, c.self_ty)
            return got
    return _check_args(fcx, e, k.segment.ident.span, k.args, sig, c.key, method=True)


def _matched_sig(fcx, e, k, rt: Ty, c: _Cand, sig):
    """The signature of a method of an impl selected by matching, with the impl's
    arguments for this receiver (passed on to MIR as the call's generic arguments);
    None after E0599 when the impl's bounds do not hold."""
    from .generics import instantiate_sig
    info = impl_select.candidates(fcx.results.traits, c.self_ty).get(c.trait)
    if info is None or not info.imp.is_generic:
        return sig
    args = impl_select.instantiate(fcx, info, c.self_ty)
    unmet = impl_select.unmet_bounds(fcx, info, args)
    if unmet is None:
        fcx.diags.append(unsupported(k.segment.ident.span, "a method of a generic impl whose "
                                     "bounds cannot be checked here"))
        return None
    if unmet:
        for a in k.args:
            fcx.check_expr(a, None)
        impl_select.method_bounds_error(fcx, e, k, fcx.infer.resolve(rt), info, unmet)
        return None
    fcx.method_args[e.id] = args
    from .literal_impls import recheck      # (bounds met by a literal's fallback type)
    recheck(fcx, e, k, info, args)
    return instantiate_sig(sig, args)


def _check_args(fcx, e, callee_span: Span, args: list, sig, key: str, method: bool) -> Ty:
    msig = replace(sig, params=sig.params[1:], param_spans=sig.param_spans[1:],
                   noun="method") if method else sig
    if len(args) != len(msig.params):
        shim = SimpleNamespace(func=SimpleNamespace(span=callee_span), args=args)
        fcx._arity_error(e, shim, key, msig)
        return sig.ret
    for i, (arg, pt) in enumerate(zip(args, msig.params)):
        fcx.check_coerce(arg, pt, fcx._arg_cause(callee_span, msig, i))
    return sig.ret


def _ambiguous(fcx, e: ast.Expr, k: ast.ExprMethodCall, cands: list[_Cand]) -> None:
    from ..syntax.printer import expr_to_string
    name = k.segment.ident.name
    d = Diagnostic.error("multiple applicable items in scope", k.segment.ident.span,
                         f"multiple `{name}` found", code="E0034")
    for i, c in enumerate(cands, 1):
        info = fcx.results.traits.impls.get(c.self_ty, {}).get(c.trait)
        own = info.imp.items.get(name) if info is not None else None
        note = Diagnostic("note", f"candidate #{i} is defined in an impl of the trait "
                          f"`{c.trait}` for the type `{display(c.self_ty)}`")
        if own is not None:
            note.primary(Span(own.item.span.lo, own.item.kind.sig.span.hi))
        d.children.append(note)
    recv = expr_to_string(k.receiver)
    for i, c in enumerate(cands, 1):
        pre = {"&": "&", "&mut": "&mut "}.get(c.autoref, "")
        text = f"{c.trait}::{name}(" + ", ".join([pre + recv] + [expr_to_string(a) for a in k.args]) + ")"
        d.help(f"disambiguate the method for candidate #{i}",
               suggestions=[Suggestion(e.span, text, "MaybeIncorrect", "ShowAlways")])
    fcx.diags.append(d)


def explain_missing(fcx, d: Diagnostic, name: str, rt: Ty | None = None) -> None:
    """rustc's help on an E0599 for a name that some trait declares."""
    defs = [t for t in fcx.res.traits.defs.values() if not t.is_std and name in t.items]
    if rt is not None and not _local_type(fcx, rt):
        # (rustc offers only the impls the orphan rule allows: a std trait of std's
        # source, `ExactSizeIterator`, is no help for `Filter<..>`)
        from ..std import is_std_span
        defs = [t for t in defs if t.span is None or not is_std_span(t.span)]
    if not defs:
        return
    from .bounds import restrict_to_trait
    if rt is not None and len(defs) == 1 and restrict_to_trait(fcx, d, rt, defs[0].name, name):
        return
    from .trait_scope import not_in_scope
    if rt is not None and not_in_scope(fcx, d, name, rt):
        return
    d.help("items from traits can only be used if the trait is implemented and in scope")
    from ..std import is_std_span
    if len(defs) == 1 and (defs[0].span is None or not is_std_span(defs[0].span)):
        note = Diagnostic("note", f"`{defs[0].name}` defines an item `{name}`, perhaps you need "
                          "to implement it")
        note.primary(defs[0].header)
        d.children.append(note)
    elif len(defs) == 1:      # (rustc points at a local trait only: std's is listed)
        d.note(f"the following trait defines an item `{name}`, perhaps you need to implement "
               f"it:\ncandidate #1: `{defs[0].name}`")
    else:
        d.note(f"the following traits define an item `{name}`, perhaps you need to implement "
               "one of them:\n" + "\n".join(f"candidate #{i}: `{t.name}`"
                                              for i, t in enumerate(defs, 1)))


def _local_type(fcx, t: Ty) -> bool:
    """Whether a std trait could be implemented for `t` (behind references) or bound
    on it: one of the learner's ADTs, or a type parameter."""
    while t.kind == "ref":
        t = t.args[0]
    if t.kind != "adt":
        return t.kind in ("param", "opaque", "proj")
    from ..std import is_std_span
    layout = fcx.res.adts.get(t.name)
    return layout is not None and not is_std_span(layout.span)


# -- paths ---------------------------------------------------------------------------------

def assoc_item(fcx, e: ast.Expr, s: Ty, name: str) -> Ty | None:
    """`Type::item` for an item of a trait `s` implements; None if no trait has one."""
    found = [(t, keys[name]) for t, keys in _impls_for(fcx, s).items() if name in keys]
    if not found:
        return None
    if len(found) > 1:
        fcx.diags.append(unsupported(e.span, "an associated item that several traits define"))
        return ERROR
    return _item_type(fcx, e, found[0][0], found[0][1], name, s)


def _item_type(fcx, e: ast.Expr, trait: str, key: str, name: str, s: Ty) -> Ty:
    ti = fcx.res.traits.defs[trait].items[name]
    if s.kind == "param" and s != SELF and ti.kind == "const":    # `T::CONST`
        from .self_consts import const_type
        got = const_type(fcx, e, trait, name, s)
        if got is not None:
            return got
    if s.kind == "param" and s != SELF or s.kind == "opaque":
        fcx.diags.append(unsupported(e.span, "paths to trait items through a type parameter"))
        return ERROR
    if key in fcx.results.traits.broken:
        fcx.tainted = True
        return ERROR
    if ti.kind == "fn":
        fcx.results.assoc_paths[e.id] = ("fn", key)
        args = _matched_args(fcx, e.span, s, trait)
        return ERROR if args is None else Ty("fndef", key, args)
    if s == SELF:
        from .self_consts import const_type
        got = const_type(fcx, e, trait, name, s)
        if got is not None:
            return got
        fcx.diags.append(unsupported(e.span, "associated constants through `Self` in a "
                                     "trait's default methods"))
        return ERROR
    fcx.results.assoc_paths[e.id] = ("const", key)
    return fcx.results.consts[key][0]


def path_type(fcx, e: ast.Expr, r, expected: Ty | None = None) -> Ty:
    from .check import _lower_ty
    if r.kind == "qualified":
        ty, trait, name = r.target
        s = _lower_ty(ty, fcx.res)
        if s.is_error:
            return ERROR
        keys = _impls_for(fcx, s).get(trait)
        if keys is None:
            fcx.diags.append(Diagnostic.error(f"the trait bound `{display(s)}: {trait}` is not "
                                              "satisfied", ty.span,
                                              f"the trait `{trait}` is not implemented for "
                                              f"`{display(s)}`", code="E0277"))
            return ERROR
        if name not in keys:
            fcx.diags.append(unsupported(e.span, "this path to a trait item"))
            return ERROR
        return _item_type(fcx, e, trait, keys[name], name, s)
    if r.kind == "assoc_of":
        base, name = r.target
        s = PRIMITIVES[base] if isinstance(base, str) else _lower_ty(base, fcx.res)
        got = assoc_item(fcx, e, s, name)
        if got is None:      # `u8::default` (typeck/default_calls.py)
            from .default_calls import std_type_path
            got = std_type_path(fcx, e, s, name)
        if got is not None:
            return got
        seg = e.kind.path.segments[-1].ident
        from .std_method_names import PRIMITIVE_METHODS
        if isinstance(base, str) and name in PRIMITIVE_METHODS.get(base, ()):
            # (`u8::default()`: rustc's std has it, Ferrite's does not yet)
            fcx.diags.append(unsupported(seg.span, f"`{base}::{name}`"))
            return ERROR
        d = Diagnostic.error(f"no function or associated item named `{name}` found for type "
                             f"`{display(s)}` in the current scope", seg.span,
                             f"function or associated item not found in `{display(s)}`",
                             code="E0599")
        explain_missing(fcx, d, name)
        fcx.diags.append(d)
        return ERROR
    if r.kind == "self_item":
        trait, name = r.target
        got = assoc_item(fcx, e, SELF, name)
        if got is None:
            fcx.diags.append(unsupported(e.span, "this path through `Self`"))
            return ERROR
        return got
    if r.kind == "trait_item":       # `.map(ToString::to_string)` (trait_fn_values.py)
        from .trait_fn_values import trait_item_value
        got = trait_item_value(fcx, e, r.target[0], r.target[1], expected)
        if got is not None:
            return got
    fcx.diags.append(unsupported(e.span, "a trait's item used as a value"))
    return ERROR


def is_trait_call(fcx, k: ast.ExprCall) -> bool:
    r = fcx.res.values.get(k.func.id)
    return r is not None and r.kind in ("trait_item", "fmt_ok")


def call(fcx, e: ast.Expr, k: ast.ExprCall) -> Ty:
    """`Trait::method(recv, ..)` (the impl is found from the receiver's type), and
    `Ok(())` ending a `fmt` method."""
    r = fcx.res.values[k.func.id]
    if r.kind == "fmt_ok":
        if len(k.args) != 1:
            fcx.diags.append(unsupported(e.span, "this use of `Ok`"))
            return ERROR
        fcx.check_coerce(k.args[0], UNIT)
        return FMT_RESULT
    trait, name = r.target
    kind = _self_kind(fcx, trait, name)
    d = fcx.res.traits.defs[trait]
    if d.is_std and name == "fmt" and trait in ("Display", "Debug"):
        from .fmt_forward import call as fmt_forward
        return fmt_forward(fcx, e, k, trait)
    if d.is_std and name in d.items:     # `Clone::clone(&x)` (std_trait_paths.py)
        from .std_trait_paths import call as std_trait_path
        got = std_trait_path(fcx, e, k, trait, name)
        if got is not None:
            return got
    if name not in d.items or kind is None or not k.args or d.is_std:
        fcx.diags.append(unsupported(e.span, "calling a trait's function without a receiver "
                                     "through the trait's name"))
        for a in k.args:
            fcx.check_expr(a, None)
        return ERROR
    # As rustc: the arguments are checked against the declaration with `Self` a fresh
    # variable (`expected `&_``); the receiver's type then picks the impl.
    v = fcx.infer.new_var()
    sig = _caller_sig(fcx.results, trait, name, v)
    sig = replace(sig, called_as="function")
    before = len(fcx.diags)
    ret = _check_args(fcx, e, k.func.span, k.args, sig, name, method=False)
    s = fcx.infer.resolve(v)
    if s.kind == "var" or s.is_error or len(fcx.diags) > before:
        if s.kind == "var" and not any(x.is_error for x in fcx.diags):
            fcx.diags.append(unsupported(e.span, "a trait call whose `Self` is not known"))
        return ERROR
    if s.kind == "param" and s != SELF or s.kind == "opaque":
        fcx.diags.append(unsupported(e.span, "calling a trait's method by its path on a type "
                                     "parameter"))
        return ERROR
    keys = _impls_for(fcx, s).get(trait) if s.kind not in ("intvar", "floatvar") else None
    if keys is None:
        # A literal's type (`ToString::to_string(&5)`) or a blanket impl (`impl<T:
        # Display> ToString for T`): selected as the method calls of those are.
        from .trait_calls import by_path
        if by_path(fcx, e, k, trait, name, s):
            return ret
        if s.kind in ("intvar", "floatvar"):
            fcx.diags.append(unsupported(e.span, "a trait's function called by its path on a "
                                         "number whose type is not decided yet"))
            return ERROR
        fcx.diags.append(Diagnostic.error(f"the trait bound `{display(s)}: {trait}` is not "
                                          "satisfied", k.args[0].span,
                                          f"the trait `{trait}` is not implemented for "
                                          f"`{display(s)}`", code="E0277"))
        return ERROR
    key = keys[name]
    if key in fcx.results.traits.broken:
        fcx.tainted = True
        return ERROR
    fcx.results.assoc_paths[k.func.id] = ("fn", key)
    args = _matched_args(fcx, k.func.span, s, trait)
    if args is None:
        return ERROR
    fcx.record(k.func, Ty("fndef", key, args))
    return ret


def _matched_args(fcx, span: Span, s: Ty, trait: str) -> tuple | None:
    """A path to a generic impl's function: the impl's arguments for `s` (the call
    instantiates the body with them); () for other impls; None (reported) when the
    impl's bounds do not hold."""
    cx = fcx.results.traits
    if impl_select.head(s) not in cx.matched:
        return ()
    info = impl_select.candidates(cx, s).get(trait)
    if info is None or not info.imp.is_generic:
        return ()
    args = impl_select.instantiate(fcx, info, s)
    unmet = impl_select.unmet_bounds(fcx, info, args)
    if unmet is None or unmet:
        fcx.diags.append(unsupported(span, "a path to a generic impl's function whose bounds "
                                     "do not hold or cannot be checked here"))
        return None
    return args


# -- formatting ----------------------------------------------------------------------------

def implements_fmt(fcx, t: Ty, trait: str, span: Span, spec_span: Span | None = None) -> bool:
    """Whether `{}` prints `t` through the learner's impl. `Self` in a default method
    (bounded by `Display`) is refused: the machine formats concrete types only."""
    from . import refs
    t = refs.peel(t)[0]
    if t == SELF:
        fcx.diags.append(unsupported(span, "formatting `Self` in a trait's default method"))
        return True
    if t.kind in ("param", "opaque", "proj"):
        from .bounds import has_bound
        return has_bound(fcx, t, "Display" if trait == "" else "Debug")
    if t.kind == "dyn":     # its trait's supertraits (`Error: Debug + Display`)
        return ("Display" if trait == "" else "Debug") in bound_traits(fcx.res, t.name)
    if t.kind == "adt" and t.args:
        got = impl_select.fmt_impl(fcx, t, trait, span, spec_span)
        if got is not None:
            return got
    return t.kind == "adt" and (t.name, trait) in fcx.results.traits.fmt_impls


def check_write(fcx, e: ast.Expr, k: ast.ExprBuiltinMacro) -> Ty:
    """`write!(f, ..)` into the `&mut Formatter` of a `fmt` method."""
    t = fcx.infer.resolve(fcx.check_expr(k.args[0], None))
    if k.fmt is not None:
        fcx.format_args(k.fmt)
    if t.is_error:
        return ERROR
    if t != ref(FORMATTER, True):
        from .fmt_write import check_dest     # (a `String`)
        got = check_dest(fcx, e, k, t)
        if got is not None:
            return got
        fcx.diags.append(unsupported(k.args[0].span, f"`{k.name}!` into a `{display(t)}`"))
        return ERROR
    return FMT_RESULT
