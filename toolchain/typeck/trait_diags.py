"""rustc's errors for trait-refs with arguments (typeck/trait_args.py,
trait_calls.py), worded and labelled as rustc 1.95 does: E0277 for a trait-ref no
impl implements (with the "other types implement" helps), E0283 for one several
impls may implement, and the "required for" chain of a blanket impl's bound.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..types import Ty, display
from ..unsupported import unsupported
from .trait_args import TraitRef, trait_generics


def _decl_shown(fcx, trait: str) -> str:
    """The trait as rustc names it with its parameters (`Convert<T>`)."""
    g = trait_generics(fcx.res, trait)
    return trait if g is None else f"{trait}<" + ", ".join(g.names) + ">"


def _path(fcx, trait: str) -> str:
    d = fcx.res.traits.defs[trait]
    return d.path or d.name


def _not_implemented_help(fcx, d: Diagnostic, s: Ty, shown: str) -> None:
    h = Diagnostic("help", f"the trait `{shown}` is not implemented for `{display(s)}`")
    if s.kind == "adt" and s.name in fcx.res.adts:
        h.primary(fcx.res.adts[s.name].header)
    d.children.append(h)


def other_impls_help(fcx, d: Diagnostic, trait: str) -> bool:
    """rustc's list of the trait's impls (the learner's); False when Ferrite does not
    model the list rustc would print (std's impls)."""
    from ..std import is_std_span
    infos = fcx.results.traits.generic.get(trait, [])
    if any(is_std_span(i.imp.header) for i in infos):
        return False
    if not infos:
        td = fcx.res.traits.defs[trait]
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
    h = Diagnostic("help", f"the following other types implement trait `{_decl_shown(fcx, trait)}`")
    for i in infos:
        h.primary(i.imp.header, f"`{display(i.self_ty)}` implements "
                  f"`{TraitRef(trait, i.trait_args).show()}`")
    d.children.append(h)
    return True


def unimplemented(fcx, p) -> None:
    """E0277: no impl of the trait-ref the call needs."""
    s = fcx.infer.resolve(p.s)
    tref = TraitRef(p.trait, tuple(fcx.infer.resolve(a) for a in p.targs))
    if s.is_error or any(a.is_error for a in tref.args):
        return
    shown = tref.show()
    if p.func is not None or s.kind != "adt":
        fcx.diags.append(unsupported(p.at, f"a missing impl of `{shown}` for `{display(s)}`"))
        return
    d = Diagnostic.error(f"the trait bound `{display(s)}: {shown}` is not satisfied", p.at,
                         "unsatisfied trait bound", code="E0277")
    _not_implemented_help(fcx, d, s, shown)
    if not other_impls_help(fcx, d, p.trait):
        fcx.diags.append(unsupported(p.at, f"a missing impl of `{shown}` for `{display(s)}`"))
        return
    fcx.diags.append(d)


def ambiguous(fcx, p, cands: list) -> None:
    """E0283: several impls may implement the trait-ref; rustc asks for a type."""
    let = next((k for k in fcx.array_lets.values() if k.init is p.e), None)
    from ..syntax import ast
    if let is None or not isinstance(let.pat.kind, ast.PatIdent) or p.func is not None:
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
    """E0277 for a bound of the selected impl (`U: From<T>` of the blanket `Into`)."""
    t = fcx.infer.resolve(b.ty)
    args = tuple(fcx.infer.resolve(a) for a in b.ref.args)
    shown = TraitRef(b.ref.trait, args).show()
    fcx.diags.append(unsupported(p.at, f"`{display(t)}` lacking `{shown}`"))


def unmet_method_bounds(fcx, e, k, rt: Ty, unmet: list) -> None:
    """E0599: the method exists through a blanket impl whose bounds fail."""
    fcx.diags.append(unsupported(k.segment.ident.span,
                                 f"the method `{k.segment.ident.name}` of `{display(rt)}`, "
                                 "whose impl's bounds do not hold"))
