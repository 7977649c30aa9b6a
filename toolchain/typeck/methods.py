"""Inherent methods and associated items in the type checker: method calls with
rustc's receiver adjustments, `Type::function` / `Type::CONST` paths, and the errors
learners meet there (E0599, E0615, E0061 on methods).

Method probing follows rustc for inherent impls: the receiver type is dereferenced
step by step (`&&P`, `&P`, `P`); at each step the method matches by value when its
`self` type is that step's type, else through an automatic `&` or `&mut`. The chosen
adjustment is recorded (`MethodCallee`) for MIR lowering.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import SimpleNamespace

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import BORROWING_ADTS, ERROR, PRIMITIVES, UNTRIMMED_ADTS, Ty, display, ref
from ..unsupported import unsupported
from . import option_deref, ord_methods, prim_methods, privacy, refs
from .collection_bounds import ENTRIES, KEY_TRAITS, RUSTC_GENERICS


@dataclass(frozen=True)
class MethodCallee:
    key: str | None            # the method's body ("Point::area"); None for a derived `clone`
    derefs: int                # references the receiver is dereferenced through
    autoref: str | None        # None (by value), "&" or "&mut"


def _owner(f: ast.Fn, res) -> str | None:
    for adt, table in res.assoc.items():
        for a in table.values():
            if a.item.kind is f:
                return adt
    return None


def _owner_item(f: ast.Fn, res):
    for table in res.assoc.values():
        for a in table.values():
            if a.item.kind is f:
                return a
    return None


def self_param_tys(f: ast.Fn, res) -> list[Ty]:
    """The type of a method's `self` parameter, as a list (empty for other functions)."""
    sp = f.sig.self_param
    if sp is None:
        return []
    from .traits import self_ty_of
    st = self_ty_of(f, res)     # a trait's or trait impl's method
    if st is not None:
        return [ref(st, sp.mutable) if sp.kind == "ref" else st]
    a = _owner_item(f, res)
    if a is None:
        return [ERROR]
    t = impl_self_ty(a, res)
    return [ref(t, sp.mutable) if sp.kind == "ref" else t]


def collect_consts(res, results, diags: list) -> None:
    """Associated constants: their types, and their values checked like a body."""
    from .check import FnSig, _FnCtxt, _lower_ty
    for adt, table in res.assoc.items():
        for a in table.values():
            if a.kind != "const":
                continue
            k: ast.Const = a.item.kind
            ty = _lower_ty(k.ty, res)
            results.consts[a.key] = (ty, k.expr)
            if _calls_something(k.expr):
                diags.append(unsupported(k.expr.span, "function calls in constants"))
                continue
            fcx = _FnCtxt(res, results, FnSig([], ty, k.ty.span, k.ident.span, [], a.item.span))
            fcx.check_coerce(k.expr, ty)
            fcx._finish()
            fcx.release()
            diags.extend(fcx.diags)


def _calls_something(e: ast.Expr) -> bool:
    from ..syntax.visit import iter_nodes
    for n in iter_nodes(e):
        if isinstance(n, ast.Expr) and isinstance(n.kind, (ast.ExprMethodCall, ast.ExprCall)):
            if isinstance(n.kind, ast.ExprCall) and isinstance(n.kind.func.kind, ast.ExprPath):
                continue   # tuple struct and variant constructors are fine; fns are refused
            return True
        if isinstance(n, ast.Expr) and isinstance(n.kind, (ast.ExprLoop, ast.ExprWhile,
                                                           ast.ExprForLoop, ast.ExprBlock)):
            return True
    return False


def impl_self_ty(a, res) -> Ty:
    """The self type of the impl that defines `a` (`Pair<T>` with the impl's parameters,
    `Pair<i32>` for a concrete impl)."""
    from .check import _lower_ty
    return _lower_ty(a.self_ty, res) if a.self_ty is not None else Ty("adt", a.adt)


def _instantiate(fcx, a, base: Ty, seg: ast.PathSegment | None, origin: ast.Expr) -> tuple | None:
    """Generic arguments for calling `a` on (or through) the type `base`: the impl's
    parameters found by matching its self type with `base` (generic-impls' items are
    probed like rustc's: the impl applies if its self type unifies), then the method's
    own (`seg`'s turbofish, or fresh). None when the impl is for another instantiation."""
    from . import generics
    from ..types import subst
    sig = fcx.results.sigs[a.key]
    g = sig.generics
    n_impl = g.parent_count if g is not None else 0
    impl_args = tuple(fcx.infer.new_var() for _ in range(n_impl))
    own_names = g.names[n_impl:] if g is not None else []
    own = generics.explicit_args(fcx, seg, "method" if a.has_self else "associated function",
                                 sig.name_span, own_names, g.spans[n_impl:] if g else [])
    if own is None:
        own = generics.fresh(fcx, own_names, origin, a.key, "method")
    self_ty = subst(impl_self_ty(a, fcx.res), impl_args)
    if self_ty.args and not fcx.infer.unify(self_ty, base):
        return None
    return impl_args + own


def kind_noun(t: Ty, res) -> str:
    """The word rustc puts before a type in E0599: `struct P`, `enum E`, `type i32`."""
    if t.kind == "adt":
        return "enum" if res.adts[t.name].is_enum else "struct"
    if t.kind == "ref":
        return "reference"
    if t.kind == "param":
        return "type parameter"
    return "type"


def assoc_path(fcx, e: ast.Expr, target: tuple[str, str], expected: Ty | None = None) -> Ty:
    """`Type::name`: an associated function (as a function item) or constant."""
    adt, name = target
    if adt not in fcx.res.adts:      # `i32::pow`: std's methods of primitive types
        from .default_calls import std_type_path   # (`u8::default`)
        got = std_type_path(fcx, e, PRIMITIVES[adt], name) if adt in PRIMITIVES else None
        return got if got is not None else prim_methods.assoc_path(fcx, e, target)
    a = fcx.res.assoc.get(adt, {}).get(name)
    if a is not None:
        privacy.private_assoc(fcx, e.kind.path.segments[-1].ident.span, a)
    if a is not None and a.kind == "fn":
        fcx.results.assoc_paths[e.id] = ("fn", a.key)
        sig = fcx.results.sigs[a.key]
        if (sig.generics is None or not sig.generics.names) and a.self_ty is not None \
                and not fcx.res.adts[adt].generics.names:
            return Ty("fndef", a.key)
        from . import generics
        segs = e.kind.path.segments
        base = generics.adt_ty(fcx, e, adt, segs[0])
        args = _instantiate(fcx, a, base, segs[-1], e)
        if args is None:
            fcx.diags.append(unsupported(e.span, "an associated function of an impl for another "
                                                 "instantiation of the type"))
            return ERROR
        return Ty("fndef", a.key, args)
    if a is not None:
        fcx.results.assoc_paths[e.id] = ("const", a.key)
        return fcx.results.consts[a.key][0]
    from . import traits
    base = Ty("adt", adt)
    if fcx.res.adts[adt].generics.names:     # `Wrapper::describe`: an instance of it
        from . import generics
        base = generics.adt_ty(fcx, e, adt, e.kind.path.segments[0])
    got = traits.assoc_item(fcx, e, base, name)   # an item of a trait impl
    if got is not None:
        return got
    from .default_calls import std_type_path     # `String::default` (default_calls.py)
    got = std_type_path(fcx, e, base, name)
    if got is not None:
        return got
    seg = e.kind.path.segments[-1].ident
    from .trait_fn_values import value as trait_fn_value
    got = trait_fn_value(fcx, e, base, name, expected)    # `.map(String::from)`
    if got is not None:
        return got
    from .std_adt_methods import std_type_has
    if std_type_has(fcx, adt, name):
        # (Ferrite's std models part of its types' functions: std_method_names.py)
        fcx.diags.append(unsupported(seg.span, f"`{adt}::{name}`"))
        return ERROR
    noun = "enum" if fcx.res.adts[adt].is_enum else "struct"
    d = Diagnostic.error(f"no function or associated item named `{name}` found for {noun} "
                         f"`{adt}` in the current scope", seg.span,
                         f"function or associated item not found in `{adt}`", code="E0599")
    d.secondary(fcx.res.adts[adt].header,
                f"function or associated item `{name}` not found for this {noun}")
    _similar_assoc(fcx, d, adt, name, seg.span)
    traits.explain_missing(fcx, d, name)
    fcx.diags.append(d)
    return ERROR


def _similar_assoc(fcx, d: Diagnostic, adt: str, name: str, at: Span) -> None:
    from ..resolve.suggest import find_best_match
    table = fcx.res.assoc.get(adt, {})
    best = find_best_match([n for n, a in table.items() if a.kind == "fn" and not a.has_self],
                           name)
    if best is not None:
        d.help(f"there is an associated function `{best}` with a similar name",
               suggestions=[Suggestion(at, best, "MaybeIncorrect", "ShowAlways")])


def field(fcx, e: ast.Expr, k: ast.ExprField) -> Ty:
    """Field access through any number of references; E0615 for a method named as a field."""
    base = refs.autoderef_base(fcx, e, k)
    if base.kind == "adt":
        layout = fcx.results.adts[base.name]
        name = k.ident.name
        a = fcx.res.assoc.get(base.name, {}).get(name)
        if (layout.kind == "enum" or name not in layout.names) and a is not None \
                and a.kind == "fn" and a.has_self:
            from .field_errors import report     # E0615, with the method's arity
            return report(fcx, e, k, base)
        if layout.kind == "enum" or name not in layout.names:     # (`cow.x`: an enum derefs too)
            from .deref import step
            got = step(fcx, base)
            if got is not None and isinstance(got[1], tuple):
                fcx.diags.append(unsupported(k.ident.span, "field access through a `Deref` impl"))
                return ERROR
    return fcx.field(e, k, base)


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty | None = None) -> Ty:
    # (`rt` given: a probe through a `Deref` impl of the receiver, typeck/deref.py)
    if rt is None:
        rt = fcx.infer.resolve(fcx.check_expr(k.receiver, None))
    name = k.segment.ident.name
    base, n = refs.peel(rt)
    if getattr(fcx, "unmet_chains", None):   # after an adapter's failed bound (unmet_chain.py)
        from .unmet_chain import method_call as unmet_chain
        got = unmet_chain(fcx, e, k)
        if got is not None:
            return got
    if name == "fmt" and len(k.args) == 1 and not (     # (an inherent `fmt` comes first)
            base.kind == "adt" and "fmt" in fcx.res.assoc.get(base.name, {})):
        # `self.0.fmt(f)` in a `fmt` (fmt_forward.py)
        from .fmt_forward import method_call as fmt_forward
        got = fmt_forward(fcx, e, k, rt)
        if got is not None:
            return got
    if base.kind == "std":     # `f.pad(..)`, `f.debug_struct(..)` (formatter_methods.py)
        from .formatter_methods import method_call as formatter_method
        got = formatter_method(fcx, e, k, rt)
        if got is not None:
            return got
    if name == "into_iter":       # the `IntoIterator` impl of arrays, Vecs and slices
        from . import into_iter
        got = into_iter.method_call(fcx, e, k, rt, base, n)
        if got is not None:
            return got
    if name in option_deref.NAMES and base.kind == "adt":   # (`impl<T: Deref> Option<T>`)
        name = option_deref.routed(fcx, k, base, name)
    a = fcx.res.assoc.get(base.name, {}).get(name) if base.kind == "adt" else None
    if base.kind in prim_methods.PRIM_KINDS:      # std's `impl i32 { .. }` (prim_methods.py)
        a = prim_methods.lookup(fcx, base, name)
    elif base.kind in ("intvar", "floatvar"):
        got = prim_methods.ambiguous(fcx, e, k, rt, base)
        if got is not None:
            return got
    if a is None or a.kind != "fn":
        from . import std_probe      # std's deref targets: `[T]` of a Vec, `str` of a String
        got = std_probe.method_call(fcx, e, k, rt, base, n) if a is None else None
        if got is not None:
            return got
        # Inherent methods come first; then the traits implemented for the receiver.
        from . import traits
        got = traits.method_call(fcx, e, k, rt)
        if got is not None:
            return got
        if a is None and name in ord_methods.METHODS:   # `a.max(b)` on a `T: Ord` (..)
            got = ord_methods.method_call(fcx, e, k, rt, base, n)
            if got is not None:
                return got
        if name == "clone" and not k.args and a is None:
            from .rc_errors import clone_holding_rc
            if clone_holding_rc(fcx, e, rt):
                return ERROR
            from .boxes import clone_box
            got = clone_box(fcx, e, rt)
            if got is not None:
                return got
            if n == 0:
                return fcx.clone_call(e, k, rt)
            if fcx.is_clone(base):
                fcx.results.method_calls[e.id] = MethodCallee(None, n, None)
                return base
            fcx.diags.append(unsupported(e.span, "cloning a reference"))
            return ERROR
        if name == "len" and a is None and base.kind == "array":
            # `.len()` of an array: built in until methods come from std's impls.
            from . import arrays
            return arrays.check_len(fcx, e, k, rt)
        from .deref import method_call as through_deref
        got = through_deref(fcx, e, k, base, n)
        if got is not None:
            return got
        from . import not_iterator      # `v.map(..)`: a collection is not an iterator
        if a is None and not_iterator.report(fcx, e, k, rt, base, n):
            return ERROR
        return _no_method(fcx, e, k, rt, base)
    if not a.has_self:
        return _assoc_fn_as_method(fcx, e, k, rt, base, a)
    privacy.private_assoc(fcx, k.segment.ident.span, a)
    sp = a.item.kind.sig.self_param
    # Probe: by value at the step whose type is the method's `self` type, else autoref
    # at the innermost step (the value itself).
    steps = [rt]
    while steps[-1].kind == "ref":
        steps.append(steps[-1].args[0])
    callee = None
    if sp.kind == "value":
        callee = MethodCallee(a.key, n, None)
    else:
        for i, st in enumerate(steps):
            if st.kind == "ref" and st.args[0] == base and st.mutable == sp.mutable \
                    and i == n - 1:
                callee = MethodCallee(a.key, i, None)
                break
        if callee is None:
            callee = MethodCallee(a.key, n, "&mut" if sp.mutable else "&")
    sig = fcx.results.sigs[a.key]
    if (sig.generics is not None and sig.generics.names) or base.args:
        args = _instantiate(fcx, a, base, k.segment, e)
        if args is None:
            return _other_instantiation(fcx, e, k, rt, base, a)
        if args:
            fcx.method_args[e.id] = args
            from .bounds import register_method
            register_method(fcx, e, k, a.key, args)
            from .impl_bounds import note_call
            note_call(fcx, e, a.key, args)   # the impl's bounds, checked at the end
            from .generics import instantiate_sig
            sig = instantiate_sig(sig, args)
    fcx.results.method_calls[e.id] = callee
    if a.key == "Scope::spawn":          # its `F: Send` (thread_spawn.py)
        from .thread_spawn import note_scope_call
        note_scope_call(fcx, e, k, a.key)
    if base.name in KEY_TRAITS or base.name in ENTRIES:   # std::collections (collection_bounds.py)
        from .collection_bounds import method_call as collection_call
        if collection_call(fcx, e, k, base):
            return ERROR
    if a.key in ("Cell::get", "std::cell::Cell::get"):     # (`T: Copy`, std_bounds.py)
        from .std_bounds import check_method
        check_method(fcx, e, k, "Cell::get", fcx.infer.resolve(base))
    if a.key in ("Option::copied", "Option::cloned"):   # (`T: Copy`/`Clone`, std_bounds.py)
        from .std_bounds import check_method
        check_method(fcx, e, k, a.key, fcx.infer.resolve(base))
    if a.key.endswith(" as Drop>::drop"):     # E0040 (typeck/drop_checks.py)
        from .drop_checks import e0040
        e0040(fcx, e, k)
    msig = replace(sig, params=sig.params[1:], param_spans=sig.param_spans[1:], noun="method")
    if len(k.args) != len(msig.params):
        shim = SimpleNamespace(func=SimpleNamespace(span=k.segment.ident.span), args=k.args)
        fcx._arity_error(e, shim, a.key, msig)
        return sig.ret
    from .arg_return_help import method_wrap     # `V` of `Option<V>` decided by an argument
    from .method_expected import check_arg     # (the call's expectation gives `pt`)
    for i, (arg, pt) in enumerate(zip(k.args, msig.params)):
        check_arg(fcx, e, arg, pt, sig.ret,
                  method_wrap(fcx, fcx._arg_cause(k.segment.ident.span, msig, i), e, k, a.key, i))
    return sig.ret


def _std_may_have(fcx, rt: Ty, base: Ty, name: str) -> bool:
    """Whether std gives the receiver a method `name` (from the std docs' tables): then
    an E0599 would be a false error."""
    from .std_method_names import PRIMITIVE_METHODS, TRAIT_METHODS
    if name in TRAIT_METHODS:
        return True
    kinds = []
    if rt.kind == "ref":
        kinds.append("reference")
    if base.kind in ("int", "float"):
        kinds.append(base.name)
    elif base.kind in ("intvar", "floatvar"):
        kinds += ["i32", "f64", "u64", "i64", "u8"] if base.kind == "intvar" else ["f64", "f32"]
    elif base.kind == "tuple":
        kinds.append("unit" if not base.args else "tuple")
    elif base.kind == "array":
        kinds += ["array", "slice"]          # arrays unsize to slices in method probing
    elif base.kind in ("bool", "char", "str"):
        kinds.append(base.kind)
    elif base.kind == "param":
        return False     # a method of a std trait is refused above; `Self` in a trait: its bounds' methods only
    elif base.kind == "dyn" and base.name == "Error":
        from .box_error import dyn_error_may_have    # std's `dyn Error` (and `Box`'s) methods
        return dyn_error_may_have(fcx, rt, name)
    elif base.kind == "adt":
        from .std_adt_methods import may_have
        return may_have(fcx, base, name) or any(name in PRIMITIVE_METHODS.get(k, ()) for k in kinds)
    elif base.kind == "dyn" and not base.args and base.name in fcx.res.traits.defs \
            and not fcx.res.traits.defs[base.name].is_std:
        # The learner's trait object has its trait's methods only (found before this);
        # what is left is a box's or a reference's own.
        from .std_adt_methods import may_have
        return (rt.kind == "adt" and may_have(fcx, rt, name)) \
            or any(name in PRIMITIVE_METHODS.get(k, ()) for k in kinds)
    elif base.kind != "adt":
        return True                          # a type whose methods we cannot list
    return any(name in PRIMITIVE_METHODS.get(k, ()) for k in kinds)


def _no_method(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, base: Ty) -> Ty:
    if base.kind in ("param", "opaque"):
        from .bounds import has_bound      # `D: Deref`: not found on its target either
        if has_bound(fcx, base, "Deref"):  # (typeck/param_deref.py; rustc's E0599 not modelled)
            fcx.diags.append(unsupported(k.segment.ident.span, "methods reached through a "
                                         "`Deref` bound"))
            for arg in k.args:
                fcx.check_expr(arg, ERROR)
            return ERROR
    if not rt.is_error and rt.kind != "var" and _std_may_have(fcx, rt, base, k.segment.ident.name):
        # rustc would find this method in std, which Ferrite does not model yet (said
        # before the arguments are checked: errors in them would only follow from it).
        fcx.diags.append(unsupported(k.segment.ident.span,
                                     f"the method `{k.segment.ident.name}` of `{display(rt)}`"))
        for arg in k.args:
            fcx.check_expr(arg, ERROR)  # (nothing follows from it)
        return ERROR
    for arg in k.args:
        # (rustc checks them against its error signature: a closure's parameters are
        # errors, not unknowns, so no E0282 follows from them)
        fcx.check_expr(arg, ERROR if isinstance(arg.kind, ast.ExprClosure) else None)
    if rt.is_error:
        return ERROR
    if rt.kind == "var":
        # (rustc's `structurally_resolve_type` stays silent once the body has errors)
        from .collect_diags import unknown_receiver
        if not any(d.is_error for d in fcx.diags) and not unknown_receiver(fcx, rt):
            fcx.diags.append(Diagnostic.error("type annotations needed", k.receiver.span,
                                              code="E0282"))
        return ERROR
    name = k.segment.ident.name
    from .std_confusables import std_may_have
    if _std_may_have(fcx, rt, base, name) or std_may_have(fcx, base, name):
        # rustc would find this method in std, which Ferrite does not model yet.
        fcx.diags.append(unsupported(k.segment.ident.span,
                                     f"the method `{name}` of `{display(rt)}`"))
        return ERROR
    shown = display(rt, True)      # (rustc keeps the paths of std names it repeats)
    d = Diagnostic.error(f"no method named `{name}` found for {kind_noun(rt, fcx.res)} "
                         f"`{_generic_shown(fcx, rt, name)}` in the current scope",
                         k.segment.ident.span,
                         f"method not found in `{shown}`", code="E0599")
    if rt.kind == "adt":
        noun = kind_noun(rt, fcx.res)
        d.secondary(fcx.res.adts[rt.name].header, f"method `{name}` not found for this {noun}")
    if rt.kind == "param":
        from .generics import param_span
        sp = param_span(fcx, rt)
        if sp is not None:
            d.secondary(sp, f"method `{name}` not found for this type parameter")
    from .std_confusables import confusable_help
    meant = confusable_help(fcx, d, base, name, k.segment.ident.span)
    if meant is not None:
        from .std_confusables import similar_std_name
        similar = similar_std_name(base, name)
        if similar is not None and similar != meant:
            # rustc adds a similar-name help pointing into its library's sources.
            fcx.diags.append(unsupported(k.segment.ident.span, f"the method `{name}` of `{shown}`"))
            return ERROR
        if similar is not None:
            d.spans[0].label = None   # (rustc drops it when a similar name exists)
    elif base.kind in ("adt", "dyn"):
        from ..resolve.suggest import find_best_match_substrings
        if base.kind == "dyn":     # a trait object's methods: its trait's and supertraits'
            from .dyn_coerce import impls
            cands = [m for per in impls(fcx, base).values() for m in per]
        else:
            table = fcx.res.assoc.get(base.name, {})
            cands = [m for m, a in table.items() if a.kind == "fn" and a.has_self]
            from .trait_method_names import implemented_method_names
            cands += [m for m in implemented_method_names(fcx, base) if m not in cands]
        best = find_best_match_substrings(cands, name)
        if best is not None:
            d.spans[0].label = None   # the help says it instead
            d.help(f"there is a method `{best}` with a similar name",
                   suggestions=[Suggestion(k.segment.ident.span, best, "MaybeIncorrect",
                                           "ShowAlways")])
    if base.kind in prim_methods.PRIM_KINDS and not prim_methods.similar_help(fcx, d, k, base):
        fcx.diags.append(unsupported(k.segment.ident.span, f"the method `{name}` of `{shown}`"))
        return ERROR
    from .traits import explain_missing
    from .closures import field_not_method
    if not field_not_method(fcx, d, e, k, base):
        explain_missing(fcx, d, name, rt)
    fcx.diags.append(d)
    return ERROR


def _generic_shown(fcx, rt: Ty, name: str) -> str:
    """rustc names a generic struct by its parameters (`Pair<T>`) in E0599's message
    when no inherent impl of it has the method and the receiver is not a reference."""
    from .std_probe import deref_target
    lts = [lp.name for lp in fcx.res.adts[rt.name].generics.lifetimes] \
        if rt.kind == "adt" and rt.name in fcx.res.adts else []
    if rt.kind == "adt" and (rt.args or rt.name in BORROWING_ADTS or lts) \
            and deref_target(rt) is None \
            and rt.name != "Box" and name not in fcx.res.assoc.get(rt.name, {}):
        # (a type that derefs to another, as `Vec<T>` to `[T]`, shows its arguments:
        # rustc's generic form needs an autoderef without steps)
        g = lts + list(fcx.res.adts[rt.name].generics.names)
        if rt.name in RUSTC_GENERICS:       # (std's hasher and allocator parameters)
            g = list(RUSTC_GENERICS[rt.name])
        if rt.name in BORROWING_ADTS:
            g.insert(0, "'a")       # (std declares these with a lifetime)
        name = rt.name if rt.name in UNTRIMMED_ADTS else rt.name.rsplit("::", 1)[-1]
        return name + "<" + ", ".join(g) + ">"
    return display(rt, True)


# std methods Ferrite's std has for one instantiation where rustc's impl is wider
# (`Option::as_deref`: `impl<T: Deref> Option<T>`, in Ferrite `Option<String>`'s only):
# another instantiation is refused as unsupported, not an E0599 rustc may not give.
_WIDER_IN_RUSTC = {("Option", "as_deref")}


def _other_instantiation(fcx, e, k, rt: Ty, base: Ty, a) -> Ty:
    """E0599 for a method of an impl for another instantiation (`impl Pair<i32>`
    called on a `Pair<f64>`): rustc lists the instantiations that have it."""
    for arg in k.args:
        fcx.check_expr(arg, None)
    name = k.segment.ident.name
    shown = display(fcx.infer.resolve(rt))
    self_ty = impl_self_ty(a, fcx.res)
    if base.name == "Option" and base.args and self_ty.args and self_ty.args[0].kind == "ref" \
            and fcx.infer.resolve(base.args[0]).kind == "ref":
        # (std's `impl<T> Option<&mut T>`, not in Ferrite's std: an inherent method
        # name has one impl per type there)
        fcx.diags.append(unsupported(k.segment.ident.span, f"the method `{name}` of `{shown}`"))
        return ERROR
    if (base.name, name) in _WIDER_IN_RUSTC:
        fcx.diags.append(unsupported(k.segment.ident.span, f"the method `{name}` of `{shown}`"))
        return ERROR
    noun = kind_noun(base, fcx.res)
    d = Diagnostic.error(f"no method named `{name}` found for {kind_noun(rt, fcx.res)} `{shown}` "
                         "in the current scope", k.segment.ident.span,
                         f"method not found in `{shown}`", code="E0599")
    d.secondary(fcx.res.adts[base.name].header, f"method `{name}` not found for this {noun}")
    d.note("the method was found for\n- `" + display(impl_self_ty(a, fcx.res)) + "`")
    fcx.diags.append(d)
    return ERROR


def _assoc_fn_as_method(fcx, e, k, rt: Ty, base: Ty, a) -> Ty:
    from ..syntax.printer import expr_to_string
    for arg in k.args:
        fcx.check_expr(arg, None)
    name = k.segment.ident.name
    noun = kind_noun(base, fcx.res)
    d = Diagnostic.error(f"no method named `{name}` found for {kind_noun(rt, fcx.res)} "
                         f"`{display(rt)}` in the current scope", k.segment.ident.span,
                         "this is an associated function, not a method", code="E0599")
    if rt.kind == "adt":
        d.secondary(fcx.res.adts[rt.name].header, f"method `{name}` not found for this {noun}")
    d.note("found the following associated functions; to be used as methods, functions must "
           "have a `self` parameter")
    note = Diagnostic("note", f"the candidate is defined in an impl for the type `{base.name}`")
    f = a.item.kind
    note.primary(Span(a.item.span.lo, f.sig.span.hi))
    d.children.append(note)
    text = f"{base.name}::{name}(" + ", ".join(expr_to_string(x) for x in k.args) + ")"
    d.help("use associated function syntax instead",
           suggestions=[Suggestion(e.span, text, "MaybeIncorrect", "ShowAlways")])
    fcx.diags.append(d)
    return ERROR
