"""rustc's errors for trait-refs with arguments (typeck/trait_args.py,
trait_calls.py), worded and labelled as rustc 1.95 does: E0277 for a trait-ref no
impl implements, E0283 for one several impls may implement, and the "required for"
chain of a blanket impl's bound.

rustc's E0277 (`report_similar_impl_candidates`) looks for impls of the trait for the
same self type: one gives "but trait `From<Celsius>` is implemented for it" and
"for that trait implementation, expected `Celsius`, found `Kelvin`"; several are
listed ("the following other types implement trait"); with none, the impls of a
learner's trait are listed, a std trait's (a diagnostic item) never are. std's impls
are listed as rustc prints them (`std_from_lists.py`).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import is_std_span
from ..types import Ty, display
from ..unsupported import unsupported
from .trait_args import TraitRef, trait_generics


def _decl_shown(fcx, trait: str) -> str:
    """The trait as rustc names it with its parameters (`Convert<T>`)."""
    g = trait_generics(fcx.res, trait)
    return trait if g is None else f"{trait}<" + ", ".join(g.names) + ">"


def _local_adt(fcx, s: Ty) -> bool:
    return s.kind == "adt" and s.name in fcx.res.adts and not is_std_span(fcx.res.adts[s.name].header)


def _blanket(info) -> bool:
    return info.self_ty.kind == "param"


def other_impls_help(fcx, d: Diagnostic, trait: str) -> bool:
    """rustc's list of the trait's impls when none is for the self type; False when
    Ferrite does not model the list rustc would print."""
    td = fcx.res.traits.defs[trait]
    if is_std_span(td.span):
        return True        # (rustc never lists the impls of a std diagnostic item)
    infos = [i for i in fcx.results.traits.generic.get(trait, []) if not i.imp.broken_args]
    if any(is_std_span(i.imp.header) for i in infos):
        return False
    if not infos:
        h = Diagnostic("help", "this trait has no implementations, consider adding one")
        h.primary(td.header)
        d.children.append(h)
        return True
    if len(infos) == 1:
        i = infos[0]
        h = Diagnostic("help", f"the trait `{TraitRef(trait, i.trait_args).show()}` is "
                       f"implemented for `{display(i.self_ty)}`")
        h.primary(i.imp.header)
        d.children.append(h)
        return True
    _listed(fcx, d, trait, infos)
    return True


def _listed(fcx, d: Diagnostic, trait: str, infos: list) -> None:
    h = Diagnostic("help", f"the following other types implement trait `{_decl_shown(fcx, trait)}`")
    for i in infos:
        h.primary(i.imp.header, f"`{display(i.self_ty)}` implements "
                  f"`{TraitRef(trait, i.trait_args).show()}`")
    d.children.append(h)


def e0277(fcx, at: Span, s: Ty, tref: TraitRef, call: Span | None = None) -> Diagnostic | None:
    """rustc's E0277 for `s: tref` (None when Ferrite does not model rustc's notes)."""
    from .impl_select import could_match
    shown = tref.show()
    msg = f"the trait bound `{display(s)}: {shown}` is not satisfied"
    local = _local_adt(fcx, s)
    similar = [i for i in fcx.results.traits.generic.get(tref.trait, [])
               if not _blanket(i) and not i.imp.broken_args and could_match(i.self_ty, s, {})]
    std_similar = [i for i in similar if is_std_span(i.imp.header)]
    if local:
        d = Diagnostic.error(msg, at, "unsatisfied trait bound", code="E0277")
    else:
        d = Diagnostic.error(msg, at, f"the trait `{shown}` is not implemented for "
                             f"`{display(s)}`", code="E0277")
    if call is not None:
        d.secondary(call, "required by a bound introduced by this call")
    if std_similar or (not local and similar):
        from .std_from_lists import listed
        lines = listed(tref.trait, s)
        if lines is None or local:
            return None
        d.help(f"the following other types implement trait `{_decl_shown(fcx, tref.trait)}`:\n"
               + "\n".join(f"  {x}" for x in lines[:8 if len(lines) > 9 else len(lines)])
               + (f"\nand {len(lines) - 8} others" if len(lines) > 9 else ""))
        return d
    if not local:
        return d if not similar and other_impls_help(fcx, d, tref.trait) else None
    if len(similar) == 1:
        i = similar[0]
        other = TraitRef(tref.trait, i.trait_args)
        h = Diagnostic("help", f"the trait `{shown}` is not implemented for `{display(s)}`\n"
                       f"but trait `{other.show()}` is implemented for it")
        h.primary(i.imp.header)
        d.children.append(h)
        for want, got in zip(i.trait_args, tref.args):
            if want != got:
                d.help(f"for that trait implementation, expected `{display(want)}`, found "
                       f"`{display(got)}`")
                break
        return d
    h = Diagnostic("help", f"the trait `{shown}` is not implemented for `{display(s)}`")
    h.primary(fcx.res.adts[s.name].header)
    d.children.append(h)
    if similar:
        _listed(fcx, d, tref.trait, similar)
        return d
    return d if other_impls_help(fcx, d, tref.trait) else None


def unimplemented(fcx, p) -> None:
    """E0277: no impl of the trait-ref the call needs."""
    s = fcx.infer.resolve(p.s)
    tref = TraitRef(p.trait, tuple(fcx.infer.resolve(a) for a in p.targs))
    if s.is_error or any(a.is_error for a in tref.args):
        return
    d = e0277(fcx, p.at, s, tref)
    if d is None and not p.fell_back:     # (rustc would show the literal's `{integer}`)
        from .extend_diags import e0277 as extend_e0277
        d = extend_e0277(fcx, p.at, s, tref)
    if d is None:
        fcx.diags.append(unsupported(p.at, f"a missing impl of `{tref.show()}` for "
                                     f"`{display(s)}`"))
        return
    fcx.diags.append(d)


def ambiguous(fcx, p, cands: list) -> None:
    """E0283: several impls may implement the trait-ref; rustc asks for a type."""
    let = next((k for k in fcx.array_lets.values() if k.init is p.e), None)
    from ..syntax import ast
    if let is None or not isinstance(let.pat.kind, ast.PatIdent) or p.func is not None \
            or any(is_std_span(i.imp.header) for i in cands):
        fcx.diags.append(unsupported(p.at, "a call whose trait impl is ambiguous here"))
        return
    s = fcx.infer.resolve(p.s)
    tref = TraitRef(p.trait, tuple(fcx.infer.resolve(a) for a in p.targs))
    d = Diagnostic.error("type annotations needed", let.pat.span, code="E0283")
    d.secondary(p.at, "type must be known at this point")
    note = Diagnostic("note", f"multiple `impl`s satisfying `{display(s)}: {tref.show()}` found")
    for info in cands:
        note.primary(info.imp.header)
    d.children.append(note)
    at = Span(let.pat.span.hi, let.pat.span.hi)
    d.help(f"consider giving `{let.pat.kind.ident.name}` an explicit type",
           suggestions=[Suggestion(at, ": /* Type */", "HasPlaceholders", "ShowAlways")])
    fcx.diags.append(d)


def unmet_impl_bound(fcx, p, b) -> None:
    """E0277 for a bound of the selected impl (`U: From<T>` of the blanket `Into`),
    with rustc's "required for `T` to implement `Into<U>`"."""
    t = fcx.infer.resolve(b.ty)
    tref = TraitRef(b.ref.trait, tuple(fcx.infer.resolve(a) for a in b.ref.args))
    if t.is_error or any(a.is_error for a in tref.args):
        return
    d = e0277(fcx, p.at, t, tref)
    # (a std collection's `Extend` impl whose element bound fails (`K: Hash`): rustc's
    # E0599 "no method named `extend`" on the collection, not modelled)
    if d is None or not is_std_span(b.info.imp.header) or b.impl_ref.trait == "Extend":
        fcx.diags.append(unsupported(p.at, f"`{display(t)}` lacking `{tref.show()}`"))
        return
    impl_ref = TraitRef(b.impl_ref.trait, tuple(fcx.infer.resolve(a) for a in b.impl_ref.args))
    d.note(f"required for `{display(fcx.infer.resolve(b.self_ty))}` to implement "
           f"`{impl_ref.show()}`")
    fcx.diags.append(d)


def unmet_method_bounds(fcx, e, k, rt: Ty, unmet: list) -> None:
    """E0599: the method exists through a blanket impl whose bounds fail (`p.to_string()`
    without `Display`), worded as rustc words it for a learner's type lacking a std
    formatting trait; other forms are not modelled yet."""
    name = k.segment.ident.name
    (info, (s, bound, _)), = unmet[:1] if len(unmet) == 1 else [(None, (None, None, None))]
    bd = fcx.res.traits.defs.get(bound) if bound is not None else None
    if info is not None and rt == s and _local_adt(fcx, s) and bound == "Clone" \
            and bd is not None and bd.is_std:
        from .blanket_select import unmet_clone      # (`p.to_owned()` without `Clone`)
        return unmet_clone(fcx, k, s, info)
    if info is None or rt != s or not _local_adt(fcx, s) or bd is None \
            or bd.path != "std::fmt::Display":
        fcx.diags.append(unsupported(k.segment.ident.span, f"the method `{name}` of "
                                     f"`{display(rt)}`, whose impl's bounds do not hold"))
        return
    from ..std_locations import std_span
    from .methods import kind_noun
    shown, trait = display(s), info.imp.trait
    d = Diagnostic.error(f"`{shown}` doesn't implement `{bd.path}`", k.segment.ident.span,
                         f"method cannot be called on `{shown}` due to unsatisfied trait bounds",
                         code="E0599")
    d.secondary(fcx.res.adts[s.name].header,
                f"method `{name}` not found for this {kind_noun(s, fcx.res)} because it doesn't "
                f"satisfy `{shown}: {trait}` or `{shown}: {bd.path}`")
    d.note(f"the following trait bounds were not satisfied:\n`{shown}: {bd.path}`\n"
           f"which is required by `{shown}: {trait}`")
    d.note(f"the trait `{bd.path}` must be implemented", std_span("core::fmt::Display"))
    d.help("items from traits can only be used if the trait is implemented and in scope")
    d.note(f"the following trait defines an item `{name}`, perhaps you need to implement it:\n"
           f"candidate #1: `{trait}`")
    fcx.diags.append(d)


def undecided_bound(fcx, p, b) -> bool:
    """rustc's E0283 for a blanket impl's bound whose self type nothing decides, where
    rustc names that bound (`let x = 5i32.try_into().unwrap();`: "cannot satisfy `_:
    TryFrom<i32>`", required for `TryInto<_>`), at the `let` whose type it is. Only
    `TryFrom`'s is recorded (for `into()` rustc lists std's impls instead): False for
    the others."""
    from ..syntax import ast
    t = fcx.infer.resolve(b.ty)
    if b.ref.trait != "TryFrom" or t.kind != "var" or not is_std_span(b.info.imp.header):
        return False
    let = next((k for k in fcx.array_lets.values() if isinstance(k.pat.kind, ast.PatIdent)
                and k.ty is None and fcx.infer.resolve(fcx.local_types.get(k.pat.id, t)) == t),
               None)
    if let is None:
        return False
    tref = TraitRef(b.ref.trait, tuple(fcx.infer.resolve(a) for a in b.ref.args))
    impl_ref = TraitRef(b.impl_ref.trait, tuple(fcx.infer.resolve(a) for a in b.impl_ref.args))
    d = Diagnostic.error("type annotations needed", let.pat.span, code="E0283")
    d.secondary(p.at, "type must be known at this point")
    d.note(f"cannot satisfy `_: {tref.show(fcx.infer)}`")
    d.note(f"required for `{display(fcx.infer.resolve(b.self_ty))}` to implement "
           f"`{impl_ref.show(fcx.infer)}`")
    at = Span(let.pat.span.hi, let.pat.span.hi)
    d.help(f"consider giving `{let.pat.kind.ident.name}` an explicit type",
           suggestions=[Suggestion(at, ": /* Type */", "HasPlaceholders", "ShowAlways")])
    fcx.diags.append(d)
    return True
