"""Projections: the types `<T as Trait>::Item` (design-semantics §2), and their
normalisation.

A projection is `Ty("proj", "Trait::Item", (self type,))`. It is normalised, as
rustc's `normalize` does, as soon as its self type is known:
- a concrete self type: the `type Item = ..` of its impl of the trait (an impl for the
  exact type, or a generic impl matched against it, whose arguments are substituted);
- a type parameter with an equality bound (`I: Iterator<Item = i32>`): that type;
- otherwise (a parameter without one, `Self` in a trait): it stays, a rigid type
  equal only to itself.
Inference asks through `InferTable.normalize` (set per body by `attach`), so a
projection whose self type is an inference variable now is normalised once the
variable is known; an equality with a projection still undecided is deferred, and
checked when the body is finished (`check_deferred`).
"""

from __future__ import annotations

from ..std import is_std_span
from ..types import ERROR, Ty, display, has_params, subst
from ..unsupported import unsupported


def lower(res, target) -> Ty:
    """`Res("proj", (trait, name, self[, trait args]))` as a type."""
    from .check import _lower_ty
    trait, name, s = target[:3]
    st = s if isinstance(s, Ty) else _lower_ty(s, res)
    if st.is_error:
        return st
    targs = _lower_targs(res, trait, target[3] if len(target) > 3 else None, st)
    if any(a.is_error for a in targs):
        return ERROR
    return proj(trait, name, st, targs)


def _lower_targs(res, trait: str, how, st: Ty) -> tuple:
    """The trait's arguments of a projection (resolve/assoc_types.py): the trait's own
    parameters (`Self::X` in the trait), a bound's (`U::Error` for `U: TryFrom<T>`) or
    those written (`<u8 as TryFrom<i32>>::Error`), defaults filled in; () when none
    are known (selection then takes the default `Rhs = Self`: op_overload.py)."""
    if how is None:
        return ()
    kind, got = how
    if kind == "types":
        return got
    from .trait_args import lower_args
    written = res.trait_ref_args.get(got) if kind == "bound" else got
    return lower_args(res, trait, written, st)


def proj(trait: str, name: str, s: Ty, targs: tuple = ()) -> Ty:
    """`<s as trait<targs>>::name`: the trait's arguments follow the self type."""
    return Ty("proj", f"{trait}::{name}", (s,) + tuple(targs))


def parts(t: Ty) -> tuple[str, str, Ty]:
    trait, name = t.name.rsplit("::", 1)
    return trait, name, t.args[0]


def trait_args(t: Ty) -> tuple:
    return t.args[1:]


def show(t: Ty) -> str:
    return display(t)


def has_proj(t: Ty) -> bool:
    return t.kind == "proj" or any(has_proj(a) for a in t.args)


# -- impls' associated types -----------------------------------------------------------------

def collect_assoc(res, info) -> None:
    """An impl's `type Name = ..` items, lowered (ImplInfo.assoc)."""
    from .check import _lower_ty
    for name, it in info.imp.items.items():
        if it.kind == "type":
            info.assoc[name] = _lower_ty(it.item.kind.ty, res)
    if info.imp.is_generic:
        from .impl_fn_bounds import collect
        collect(res, info)
        from .impl_eq_bounds import collect as collect_eqs
        collect_eqs(res, info)


def impl_assoc(results, s: Ty, trait: str, name: str, targs: tuple = ()) -> Ty | None:
    """`<s as trait<targs>>::name` for a concrete `s`, from its impl; None if it has none."""
    cx = results.traits
    if cx is None:
        return None
    if cx.lazy_std is not None:       # std's impls for primitive types, on first use
        from .trait_args import materialise
        materialise(cx, trait, s)
    info = cx.impls.get(s, {}).get(trait)
    args: tuple = ()
    if info is None and targs and trait in cx.generic:
        return select_assoc(results, s, trait, name, targs)
    if info is None and not targs and trait in cx.blanket_beside:
        got = select_assoc(results, s, trait, name, ())    # a blanket impl (`<P as ToOwned>::Owned`)
        if got is not None:
            return got
    if info is None and trait in cx.generic:   # `<Cents as Add>::Output` (op_overload.py)
        from .op_overload import default_rhs_assoc
        got = default_rhs_assoc(results, s, trait, name)
        if got is not None or trait not in cx.blanket_beside:
            return got
    if info is None and cx.matched:
        from . import impl_select
        info = impl_select.candidates(cx, s).get(trait)
        if info is not None:
            args = impl_select.concrete_args(info, s, results) or ()
    if info is None:
        return None
    got = info.assoc.get(name)
    if got is None:
        return None
    return subst(got, args) if args else got


def select_assoc(results, s: Ty, trait: str, name: str, targs: tuple) -> Ty | None:
    """`<s as trait<targs>>::name` from the one impl whose header unifies with `s` AND
    the trait's arguments (rustc's projection candidate): `<u8 as TryFrom<i32>>::Error`,
    `<P as Add<i32>>::Output`. None while several impls may still match (an argument not
    inferred yet) or none does."""
    from .impl_select import could_match
    from .blanket_select import sized_ok
    found = None
    for info in results.traits.generic.get(trait, ()):
        binds: dict = {}
        if not could_match(info.self_ty, s, binds) or not sized_ok(info, s):
            continue
        if len(info.trait_args) != len(targs) or \
                not all(could_match(p, t, binds) for p, t in zip(info.trait_args, targs)):
            continue
        if found is not None:
            return None
        found = (info, binds)
    if found is None:
        return None
    info, binds = found
    got = info.assoc.get(name)
    if got is None:
        return None
    n = len(info.imp.generics.names) if info.imp.is_generic else 0
    if not n:
        return got
    args = tuple(binds.get(i, Ty("error")) for i in range(n))
    if any(a.is_error for a in args) and has_params(got):
        return None      # (a parameter only the impl's bounds decide: `U::Error` stays)
    return subst(got, args)


def _concrete(t: Ty) -> bool:
    if t.kind in ("var", "intvar", "floatvar", "param", "proj", "error"):
        return False
    if t.kind == "closure":
        return True      # (its captures are decided at the end of the body: not needed here)
    return all(_concrete(a) for a in t.args)


def normalize_with(results, t: Ty, env=None, resolve=None) -> Ty:
    """`t` with each projection normalised where it can be (deeply)."""
    if not t.args:
        return t
    if t.kind != "proj":
        new = tuple(normalize_with(results, a, env, resolve) for a in t.args)
        return t if new == t.args else Ty(t.kind, t.name, new, t.mutable, t.id)
    got = _step(results, t, env, resolve)
    return t if got is None else normalize_with(results, got, env, resolve)


def _step(results, t: Ty, env, resolve) -> Ty | None:
    trait, name, s = parts(t)
    s = normalize_with(results, resolve(s) if resolve is not None else s, env, resolve)
    targs = tuple(normalize_with(results, resolve(a) if resolve is not None else a, env, resolve)
                  for a in trait_args(t))
    if s.kind in ("param", "opaque"):
        return env(s, trait, name) if env is not None else None
    if not _concrete(s) or not all(_concrete(a) for a in targs):
        got = generic_impl_assoc(results, s, trait, name) if _concrete(s) or not targs \
            else None
        if got is not None:
            return got
        if results.traits is not None and trait in results.traits.blanket_beside \
                and s.kind not in ("var", "param", "proj", "error"):
            # (`<{integer} as ToOwned>::Owned`: only the blanket impl may be a sized type's)
            got = select_assoc(results, s, trait, name, ())
            if got is not None:
                return got
        if targs and results.traits is not None and trait in results.traits.generic \
                and s.kind != "var":
            got = select_assoc(results, s, trait, name, targs)
            if got is not None and not _has_infer(got):
                return got
        return None if (s,) + targs == t.args else proj(trait, name, s, targs)
    return impl_assoc(results, s, trait, name, targs)


def _has_infer(t: Ty) -> bool:
    return t.kind in ("var", "intvar", "floatvar") or any(_has_infer(a) for a in t.args)


def generic_impl_assoc(results, s: Ty, trait: str, name: str) -> Ty | None:
    """`<s as trait>::name` for an `s` not fully known yet (`Iter<{integer}>`) whose
    impl is generic over all of its type's arguments (`impl<T> Iterator for Iter<T>`):
    that impl is the one whatever the unknowns become, so rustc selects it now."""
    cx = results.traits
    if cx is not None and trait in cx.generic and s.kind == "adt":    # (op_overload.py)
        from .op_overload import default_rhs_assoc
        got = default_rhs_assoc(results, s, trait, name)
        if got is not None or trait not in cx.blanket_beside:
            return got
    if cx is None or not cx.matched or s.kind != "adt" or not s.args:
        return None
    from . import impl_select
    info = impl_select.candidates(cx, s).get(trait)
    if info is None or not info.imp.is_generic:
        return None
    ps = info.self_ty.args
    if any(p.kind != "param" or p.id < 0 for p in ps) or len({p.id for p in ps}) != len(ps):
        return None
    got = info.assoc.get(name)
    if got is None:
        return None
    args = impl_select.concrete_args(info, s, results)
    if not args or any(a.is_error for a in args):
        return None       # (a parameter nothing decides yet)
    return subst(got, args)


# -- inside a body ------------------------------------------------------------------------------

def attach(fcx) -> None:
    """Let the body's inference table normalise projections."""
    fcx.infer.normalize = lambda t: _in_body(fcx, t)


def _in_body(fcx, t: Ty) -> Ty | None:
    got = _step(fcx.results, t, lambda s, tr, n: param_eq(fcx, s, tr, n), fcx.infer.resolve)
    return got


def param_eq(fcx, s: Ty, trait: str, name: str) -> Ty | None:
    """The type an equality bound of the body's generics gives `<s as trait>::name`."""
    if s.kind == "opaque":        # `-> impl Iterator<Item = u32>` (typeck/opaque.py)
        from .opaque import eq
        return eq(fcx, s, trait, name)
    g = getattr(fcx.sig, "generics", None)
    if s.kind == "param" and trait in fcx.results.traits.blanket_beside:
        from .blanket_select import param_assoc      # (`<T as ToOwned>::Owned` with `T: Clone`)
        got = param_assoc(fcx, s, trait, name)
        if got is not None:
            return got
    if g is None or not getattr(g, "assoc_eqs", None):
        return None
    from .check import _lower_ty
    for index, tr, n, ty, _ in g.assoc_eqs:
        if index == s.id and tr == trait and n == name and 0 <= index < len(g.names) \
                and g.names[index] == s.name:
            return _lower_ty(ty, fcx.res)
    return None


def check_deferred(fcx) -> None:
    """Equalities with projections that were undecided when unified: each must hold now."""
    pending = fcx.infer.pending
    fcx.infer.pending = []
    for a, b in pending:
        a2, b2 = fcx.infer.resolve(a), fcx.infer.resolve(b)
        if a2.kind == "proj" and not _concrete_self(a2) or b2.kind == "proj" and not _concrete_self(b2):
            continue     # (still undecided: an E0282 elsewhere, or a rigid projection)
        if not fcx.infer.unify(a2, b2):
            fcx.diags.append(unsupported(fcx.sig.name_span, f"an associated type that must be both "
                                         f"`{display(a2)}` and `{display(b2)}`"))


def _concrete_self(t: Ty) -> bool:
    return all(_concrete(a) for a in t.args)     # (its self type and trait arguments)


# -- equality bounds at a call: `fn f<S: Source<Item = u32>>` ----------------------------------

def register_eqs(fcx, k, ft: Ty, sig, g) -> None:
    """Each `Name = X` of the callee's bounds, as an obligation on the call's arguments."""
    from .bounds import Obligation, _mentions
    from .check import _lower_ty
    for index, trait, name, ty, span in g.assoc_eqs:
        if index >= len(ft.args):
            continue
        holders = [n for n, p in enumerate(sig.params) if _mentions(p, index)]
        arg = k.args[holders[0]].span if len(holders) == 1 and holders[0] < len(k.args) else None
        want = subst(_lower_ty(ty, fcx.res), ft.args)
        fcx.bound_obligations.append(
            Obligation(ft.args[index], trait, span, ft.name.split("::")[-1], sig.name_span,
                       k.func.span, arg, eq=(name, want)))


def check_eq(fcx, ob) -> None:
    """E0271 when the argument's associated type is not the bound's."""
    from ..diagnostics.model import Diagnostic
    from .bounds import _at_call, _note
    name, want = ob.eq
    s = fcx.infer.resolve(ob.ty)
    if not _concrete(s) and s.kind != "param":
        return             # (undecided: reported elsewhere)
    p = proj(ob.trait, name, s)
    got = fcx.infer.resolve(p)
    if got.kind == "proj" and s.kind != "param" and not got.is_error:
        return             # (no impl: the trait bound's own E0277)
    if fcx.infer.unify(got, want):
        return
    want = fcx.infer.resolve(want)
    got = fcx.infer.resolve(got)
    msg = label = f"type mismatch resolving `{show(p)} == {display(want)}`"
    info = fcx.results.traits.impls.get(s, {}).get(ob.trait) if fcx.results.traits else None
    own = info.imp.items.get(name) if info is not None else None
    if own is not None and is_std_span(own.item.span):
        own = None       # (rustc's note points at the learner's impls only)
    iterator = ob.trait == "Iterator" and name == "Item"
    if iterator:      # rustc words `Iterator<Item = X>` mismatches its own way
        msg = f"expected `{display(s)}` to be an iterator that yields `{display(want)}`, " \
              f"but it yields `{display(got)}`"
        if own is None:
            label = f"expected `{display(want)}`, found `{display(got)}`"
    e = _at_call(ob, msg, label)
    e.code = "E0271"
    if own is not None:
        note = Diagnostic("note", f"expected this to be `{display(want)}`")
        note.primary(own.item.kind.ty.span)
        e.children.append(note)
        from .mismatch_helps import _is_simple, _noun, type_string
        if not (_is_simple(want) and _is_simple(got)):   # (rustc's `note_type_err`)
            el, fl = f"expected {_noun(fcx, want)}", f"found {_noun(fcx, got)}"
            e.note(f"{' ' * max(len(fl) - len(el), 0)}{el} `{type_string(fcx, want)}`\n"
                   f"{' ' * max(len(el) - len(fl), 0)}{fl} `{type_string(fcx, got)}`")
    elif s.kind != "param" and not (iterator and _concrete(got)):
        fcx.diags.append(unsupported(ob.arg or ob.func, f"this associated type mismatch"))
        return
    e.children.append(_note(fcx, ob))
    fcx.diags.append(e)


def self_assoc(t: Ty, trait: str, info) -> Ty:
    """`t` (a trait's declaration) with `<Self as trait>::X` replaced by the impl's own
    `type X` (rustc normalises them so inside and for the impl's callers)."""
    if not t.args:
        return t
    if t.kind == "proj" and t.args[0].kind == "param" and t.args[0].name == "Self" \
            and t.args[0].id < 0:
        tr, name, _ = parts(t)
        got = info.assoc.get(name) if tr == trait else None
        if got is not None:
            return got
    new = tuple(self_assoc(a, trait, info) for a in t.args)
    return t if new == t.args else Ty(t.kind, t.name, new, t.mutable, t.id)


def settle_eqs(fcx) -> None:
    """Between a call's arguments, as rustc selects obligations where it can: an
    equality bound whose self type is now known decides the types it names (`T` of
    `I: Iterator<Item = T>` from the first argument, before `first: T` is checked). A
    mismatch is left for `check_eq` (E0271)."""
    for ob in fcx.bound_obligations:
        if ob.eq is None or ob.settled:
            continue
        s = fcx.infer.resolve(ob.ty)
        if s.kind in ("var", "error"):
            continue
        got = fcx.infer.resolve(proj(ob.trait, ob.eq[0], s))
        if got.kind == "proj" or got.is_error:
            continue
        ob.settled = True
        fcx.infer.unify(got, ob.eq[1])     # (no change when it fails: E0271 later)


# -- bounds on projections: `where I::Item: Debug` ----------------------------------------------

def proj_bounds(fcx, t: Ty) -> list:
    """The bounds the body's generics put on projection `t` (`<I as Iterator>::Item`)."""
    g = getattr(fcx.sig, "generics", None)
    if g is None or not getattr(g, "proj_bounds", None):
        return []
    trait, name, s = parts(t)
    if s.kind != "param" or not (0 <= s.id < len(g.names)) or g.names[s.id] != s.name:
        return []
    return [(bt, span) for i, tr, n, bt, span in g.proj_bounds
            if i == s.id and tr == trait and n == name]


def register_proj_bounds(fcx, e, k, ft: Ty, sig, g) -> None:
    """Each `I::Item: Trait` of the callee, as an obligation on the call's arguments."""
    from .bounds import Obligation, _mentions
    for index, trait, name, bt, span in g.proj_bounds:
        if index >= len(ft.args):
            continue
        holders = [n for n, p in enumerate(sig.params) if _mentions(p, index)]
        arg = k.args[holders[0]].span if len(holders) == 1 and holders[0] < len(k.args) else None
        fcx.bound_obligations.append(
            Obligation(proj(trait, name, ft.args[index]), bt, span, ft.name.split("::")[-1],
                       sig.name_span, k.func.span, arg, call_span=e.span, check=_check_proj))


def _check_proj(fcx, ob) -> None:
    """rustc's E0277 for an unmet `I::Item: Trait` carries notes of its own (derive
    helps): refused when the bound does not hold, silent when it does."""
    from .bounds import has_bound, implements
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or fcx.infer._has_var(t) and t.kind != "intvar":
        return
    if t.kind == "intvar":
        t = Ty("int", "i32")
    if t.kind in ("param", "proj", "opaque"):
        ok = has_bound(fcx, t, ob.trait)
    elif ob.trait in ("Display", "Debug"):
        from .check import _implements_fmt
        from .traits import implements_fmt
        code = "" if ob.trait == "Display" else "?"
        ok = _implements_fmt(t, code, fcx.results.adts) or implements_fmt(fcx, t, code, ob.func)
    else:
        ok = implements(fcx, t, ob.trait)
    if not ok:
        fcx.diags.append(unsupported(ob.arg or ob.func, f"`{display(t)}` lacking the bound "
                                     f"`{ob.trait}` of an associated type"))


def instance_normalizer(results):
    """For the machine: an instance's type with its projections normalised, now that
    their self types are concrete (a generic body formats an `I::Item`)."""
    def normalize(t: Ty) -> Ty:
        return normalize_with(results, t) if has_proj(t) else t
    return normalize
