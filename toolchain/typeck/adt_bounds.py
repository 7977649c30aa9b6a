"""A struct's or enum's own bounds (`struct Tag<T: Display>(T)`) as obligations, where
rustc's well-formedness checks make them (resolve/adt_bounds.py resolves them).

A type `Tag<X>` is well formed only if `X: Display`. rustc checks it:
- in a body, for each value built (`Tag(x)`: the constructor's call, then the value's
  type; `Tag { .. }` at the one field holding `T`, or at the path; `E::Unit` at the
  path) and for each type written in a `let`;
- for each item's signature (wfcheck, before any body): an impl's self type, then each
  function's parameter and return types, items first and the impls' functions after
  (`hir_module_items` lists them so). A type parameter lacking the bound gets
  "consider restricting type parameter"; a concrete type lacking it the usual E0277.
Each is one `bounds.Obligation` whose note names the type ("required by a bound in
`Tag`") and, when the bound is on another line, "in this struct".
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..types import Ty, display, has_params, subst
from ..unsupported import unsupported
from .bounds import Obligation


def bounded(res, name: str):
    """The learner's (or std's) ADT `name` when it has bounds of its own, else None."""
    adt = res.adts.get(name)
    return adt if adt is not None and any(adt.generics.bounds) else None


def _noun(adt) -> str:
    return "enum" if adt.is_enum else "struct"


def _add(fcx, name: str, args: tuple, at: Span, *, callee: str | None = None,
         ident: Span | None = None, noun: str | None = None, arg: Span | None = None,
         only: int | None = None) -> None:
    adt = bounded(fcx.res, name)
    if adt is None or len(args) != len(adt.generics.names):
        return
    from ..std import is_std_span
    sig = fcx.sig
    if sig is not None and sig.name_span is not None and is_std_span(sig.name_span):
        return     # (std's own bodies: rustc checked them)
    from . import closures
    for i, bs in enumerate(adt.generics.bounds):
        if only is not None and i != only:
            continue
        for trait, span in bs:
            if span in fcx.res.trait_ref_args:
                # (a generic trait's bound on a type's parameter, `T: From<U>`: its
                # arguments are not carried to these obligations yet)
                fcx.bound_obligations.append(_refused(at, f"a bound `{trait}<..>` on a "
                                                         "type's parameter"))
                continue
            ob = Obligation(args[i], trait, span, callee or name, ident or adt.ident_span,
                            at, arg, call_span=at)
            ob.noun = noun or _noun(adt)
            if trait in closures.FN_TRAITS:     # (a closure stored in a field: its signature)
                closures.expect_bound(fcx, ob, args)
            if trait == "ToOwned" and fcx.res.traits.defs[trait].span is not None \
                    and is_std_span(fcx.res.traits.defs[trait].span):
                ob.check = _to_owned
            fcx.bound_obligations.append(ob)


def _to_owned(fcx, ob) -> None:
    """`B: ToOwned` of std's `Cow<B>`: `str` and `[T]` by their impls, a sized type by
    std's blanket impl for every `T: Clone` (typeck/blanket_select.py). Unmet, rustc
    reports E0277 at each of the type's and the constructor's mentions with the
    "required for" chain through the blanket impl, which is not rendered yet."""
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or t.kind == "var" or t.kind in ("str", "slice"):
        return
    from .trait_args import TraitRef, holds
    got = holds(fcx, t, TraitRef("ToOwned"))
    if got is True:
        return
    from .blanket_select import cow_not_clone
    if got is False and cow_not_clone(fcx, ob, t):
        return
    fcx.diags.append(unsupported(ob.func, f"`Cow` of a type that is not `Clone` (`{display(t)}`)"
                                 if got is False else f"`Cow` of `{display(t)}`"))


def _refused(at: Span, what: str) -> Obligation:
    """An obligation that reports `what` as unsupported when checked."""
    ob = Obligation(None, "", at, "", at, at, None)
    ob.check = lambda fcx, _ob: fcx.diags.append(unsupported(at, what))
    return ob


def _mentions(t: Ty, index: int) -> bool:
    if t.kind == "param":
        return t.id == index
    return any(_mentions(a, index) for a in t.args)


# -- values built in a body --------------------------------------------------------------

def ctor_call(fcx, e: ast.Expr, k: ast.ExprCall, ft: Ty) -> None:
    """`Tag(x)` / `Shown::One(x)`: the constructor's bounds at the call (at the one
    argument holding the parameter), then the built value's type at the whole call."""
    if ft.kind == "ctor":
        name, callee, ident, noun = ft.name, None, None, "struct"
    else:
        name, idx = ft.name.rsplit("::", 1)
        v = fcx.res.adts[name].variants[int(idx)] if name in fcx.res.adts else None
        if v is None:
            return
        callee, ident, noun = f"{name}::{v.name}", v.ident_span, "variant"
    adt = bounded(fcx.res, name)
    if adt is None:
        return
    layout_tys = _ctor_field_tys(fcx, ft)
    for i in range(len(adt.generics.names)):
        holders = [n for n, t in enumerate(layout_tys) if _mentions(t, i)]
        arg = k.args[holders[0]].span if len(holders) == 1 and holders[0] < len(k.args) else None
        _add(fcx, name, ft.args, k.func.span, callee=callee, ident=ident,
             noun="tuple " + noun, arg=arg, only=i)
    _add(fcx, name, ft.args, e.span)


def _ctor_field_tys(fcx, ft: Ty) -> list[Ty]:
    if ft.kind == "ctor":
        return fcx.results.adts[ft.name].tys
    name, idx = ft.name.rsplit("::", 1)
    return fcx.results.adts[name].variants[int(idx)].tys


def struct_lit(fcx, e: ast.Expr, k: ast.ExprStruct, ty: Ty, field_names: list[str],
               field_tys: list[Ty]) -> None:
    """`Tag { value: x }`: each bound at the one field holding its parameter, or at the
    path when several (or none) do."""
    adt = bounded(fcx.res, ty.name) if ty.kind == "adt" else None
    if adt is None:
        return
    for i in range(len(adt.generics.names)):
        holders = [f for f in k.fields if f.ident.name in field_names
                   and _mentions(field_tys[field_names.index(f.ident.name)], i)]
        at = holders[0].expr.span if len(holders) == 1 else k.path.span
        _add(fcx, ty.name, ty.args, at, only=i)


def unit_path(fcx, e: ast.Expr, ty: Ty, variant: tuple | None) -> None:
    """`Shown::Empty` (or a unit struct): its bounds at the path, named after it."""
    if ty.kind != "adt" or bounded(fcx.res, ty.name) is None:
        return
    if variant is None:
        _add(fcx, ty.name, ty.args, e.span)
        return
    v = fcx.res.adts[variant[0]].variants[variant[1]]
    _add(fcx, ty.name, ty.args, e.span, callee=f"{variant[0]}::{v.name}", ident=v.ident_span,
         noun="unit variant")


def written_ty(fcx, t: ast.Ty | None, lowered: Ty) -> None:
    """A type written in a body (`let x: Shown<W>`, its lowering `lowered`): each
    bounded type in it, at its own path."""
    for node, ty in _bounded_paths(fcx.res, t, lowered):
        _add(fcx, ty.name, ty.args, node.span)


def _bounded_paths(res, t: ast.Ty | None, lowered: Ty):
    """The path types inside `t` naming an ADT with bounds, with their lowered types
    (walking the written and the lowered type together, outermost first)."""
    from ..resolve.generics import type_args
    stack = [(t, lowered)]
    while stack:
        node, ty = stack.pop(0)
        if node is None:
            continue
        k = node.kind
        if isinstance(k, ast.TyPath) and ty.kind == "adt":
            r = res.types.get(node.id)
            if r is not None and r.kind == "adt" and r.target == ty.name:
                if bounded(res, ty.name) is not None:
                    yield node, ty
                written = type_args(k.path.segments[-1]) or []
                if len(written) == len(ty.args):
                    stack.extend(zip(written, ty.args))
        elif isinstance(k, (ast.TyRef, ast.TySlice, ast.TyArray)) and ty.args:
            stack.append((getattr(k, "ty", None) or getattr(k, "elem", None), ty.args[0]))
        elif isinstance(k, ast.TyTuple) and len(k.elems) == len(ty.args):
            stack.extend(zip(k.elems, ty.args))


# -- signatures (rustc's wfcheck) ---------------------------------------------------------

def check_signatures(res, results) -> list[Diagnostic]:
    """The bounds of each ADT named in the learner's impl headers and signatures, before
    any body is checked: items in source order, then the impls' functions."""
    from ..std import is_std_span
    # (std's bounded `Cow<B>` needs no pass of its own: the resolver takes only `str` and
    # `[T]` as its argument, which meet `B: ToOwned`; so a check whose crate declares no
    # bounded type skips the walk)
    if not any(adt is not None and not is_std_span(adt.span)
               for adt in (bounded(res, n) for n in res.adts)):
        return []
    found: list[tuple[int, int, list[Diagnostic]]] = []
    headers: dict[int, tuple] = {}       # impl item id -> (self type, generics)
    for per in res.assoc.values():
        for a in per.values():
            if a.self_ty is not None and not is_std_span(a.item.span):
                headers.setdefault(a.impl_index, (a.self_ty, a.generics, a.impl_header))
    for imp in res.traits.impls:
        if is_std_span(imp.item.span):
            continue
        got = _check_tys(res, results, imp.generics, [(imp.self_ty, imp.self_ty.span)])
        found.append((0, imp.header.lo, got))
        if got:
            # rustc compares each method with the trait's first, and that comparison
            # needs the impl's self type well formed: one error per method, at its
            # signature, before any of wfcheck's.
            from .check import _lower_ty
            self_ty = _lower_ty(imp.self_ty, res)
            for it in imp.items.values():
                if it.kind == "fn":
                    found.append((-1, it.item.span.lo, _check_lowered(
                        res, results, imp.generics, self_ty, it.item.kind.sig.span)))
    for self_ty, g, header in headers.values():
        found.append((0, header.lo, _check_tys(res, results, g, [(self_ty, self_ty.span)])))
    for name, item in res.fns.items():
        if is_std_span(item.span) or name not in results.sigs:
            continue
        from .traits import body_sig
        sig = body_sig(results, name)     # (a trait impl's own, not its callers')
        k = item.kind
        tys = [(p.ty, None) for p in k.sig.params]
        if k.sig.ret is not None:
            tys.append((k.sig.ret, None))
        sp = k.sig.self_param
        self_ty = sig.self_ty
        owner = res.traits.owners.get(id(k))
        if self_ty is None and owner is not None and owner[0] == "impl":
            from .check import _lower_ty
            self_ty = _lower_ty(owner[1].self_ty, res)
        phase = 1 if self_ty is not None or owner is not None else 0
        got = []
        if sp is not None and sp.kind != "explicit" and self_ty is not None:
            # (at the `self` of `&self`: the binding, whose type is `Self`)
            at = Span(sp.span.hi - 4, sp.span.hi)
            got += _check_lowered(res, results, sig.generics, self_ty, at)
        got += _check_tys(res, results, sig.generics, tys)
        found.append((phase, item.span.lo, got))
    found.sort(key=lambda f: (f[0], f[1]))
    return [d for _, _, ds in found for d in ds]


def _fcx(res, results, g):
    from .check import FnSig, _FnCtxt
    from ..types import UNIT
    sig = FnSig([], UNIT, None, Span(0, 0), [], Span(0, 0))
    sig.generics = g
    return _FnCtxt(res, results, sig)


def _check_tys(res, results, g, tys: list) -> list[Diagnostic]:
    from .check import _lower_ty
    fcx = None
    for t, _ in tys:
        for node, ty in _bounded_paths(res, t, _lower_ty(t, res)):
            fcx = fcx or _fcx(res, results, g)
            _add(fcx, ty.name, ty.args, node.span)
    return _report(fcx)


def _check_lowered(res, results, g, ty: Ty, at: Span) -> list[Diagnostic]:
    """A type with no written form of its own (a method's `self`)."""
    if ty.kind != "adt" or bounded(res, ty.name) is None:
        return []
    fcx = _fcx(res, results, g)
    _add(fcx, ty.name, ty.args, at)
    return _report(fcx)


def _report(fcx) -> list[Diagnostic]:
    if fcx is None:
        return []
    for ob in fcx.bound_obligations:
        if ob.check is None and ob.ty is not None and ob.ty.kind == "param" \
                and ob.fn_sig is None:
            ob.check = _param_e0277
    from .bounds import check_obligations
    check_obligations(fcx)
    return fcx.diags


# rustc's `on_unimplemented` wording of std traits on a type parameter: (message,
# label); the others say "the trait bound `T: X` is not satisfied".
def _wording(trait: str, shown: str, t: str) -> tuple[str, str]:
    if trait in ("Display", "Debug"):
        return f"`{t}` doesn't implement `{shown}`", f"the trait `{shown}` is not implemented for `{t}`"
    if trait == "PartialOrd":
        return f"can't compare `{t}` with `{t}`", f"no implementation for `{t} < {t}` and `{t} > {t}`"
    if trait == "PartialEq":
        return f"can't compare `{t}` with `{t}`", f"no implementation for `{t} == {t}`"
    return (f"the trait bound `{t}: {trait}` is not satisfied",
            f"the trait `{shown}` is not implemented for `{t}`")


def _param_e0277(fcx, ob) -> None:
    """`fn show<T>(w: Tag<T>)`: `T` lacks the bound `Tag` puts on its parameter."""
    from .bounds import _note, has_bound
    from .generics import restrict_help
    t = fcx.infer.resolve(ob.ty)
    if t.kind != "param" or has_bound(fcx, t, ob.trait):
        return
    d = fcx.res.traits.defs[ob.trait]
    # (rustc's label spells `std::fmt::Display` in full, the other traits by name)
    shown = d.path if ob.trait == "Display" and d.is_std and d.path else d.name
    msg, label = _wording(ob.trait, shown, t.name)
    e = Diagnostic.error(msg, ob.func, label, code="E0277")
    e.children.append(_note(fcx, ob))
    if not restrict_help(fcx, e, t, ob.trait, d.path or d.name):
        fcx.diags.append(unsupported(ob.func, f"`{t.name}` lacking the bound `{ob.trait}`"))
        return
    fcx.diags.append(e)
