"""A trait method's `where Self: ...` clause (resolve/self_bounds.py) in the type
checker: inside the default body `Self` has the bounds' methods (`self.len()`,
`self.next_back()` in `Iterator::rposition`), and at each call the receiver's type must
implement them: rustc's E0277, one per unmet bound, in the clause's order."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std_locations import has_item, std_span
from ..types import Ty, display
from ..unsupported import unsupported


def body_traits(fcx) -> list[str]:
    """The traits of the checked method's `where Self:` bounds, with their supertraits."""
    g = getattr(fcx.sig, "generics", None)
    if g is None or not g.self_bounds:
        return []
    from .traits import bound_traits
    out: list[str] = []
    for name, _ in g.self_bounds:
        if name == "Sized":
            continue
        for t in bound_traits(fcx.res, name):
            if t not in out:
                out.append(t)
    return out


def register(fcx, e, k, trait: str, name: str, self_ty: Ty) -> None:
    """At a call `recv.name(..)` of `trait`'s method: its `where Self:` bounds, as
    obligations on the receiver's type (checked once the body is inferred)."""
    sig = fcx.results.sigs.get(f"<Self as {trait}>::{name}")
    g = getattr(sig, "generics", None)
    if g is None or not g.self_bounds:
        return
    from .bounds import Obligation
    span = k.segment.ident.span
    for bound, bspan in g.self_bounds:
        ob = Obligation(self_ty, bound, bspan, name, sig.name_span, span, None,
                        call_span=e.span, check=_check)
        ob.call_expr, ob.owner, ob.method = e, trait, name
        fcx.bound_obligations.append(ob)


# rustc 1.95's first impls of `ExactSizeIterator` (its "following other types" help).
_EXACT_SIZE_IMPLS = ("&mut I", "Args", "ArgsOs", "ArrayChunks<I, N>", "ArrayWindows<'_, T, N>",
                     "Box<I, A>", "Chunks<'_, T>", "ChunksExact<'_, T>")
_EXACT_SIZE_MORE = 127
# std's iterators that rustc 1.95 does not make `ExactSizeIterator` (or
# `DoubleEndedIterator`) whatever their arguments: the E0277 Ferrite can state for
# them. Another std type Ferrite's std finds lacking the trait is refused honestly
# (its impls may be missing from Ferrite's std: `hash_map::Values` is exact-size).
_NOT_IMPLEMENTED = {
    "ExactSizeIterator": frozenset({
        "Filter", "FilterMap", "TakeWhile", "SkipWhile", "MapWhile", "Scan", "FlatMap",
        "Flatten", "Chain", "std::str::Chars", "std::str::CharIndices", "std::str::Split",
        "std::str::SplitWhitespace", "std::str::Lines"}),
    "DoubleEndedIterator": frozenset({"TakeWhile", "SkipWhile", "MapWhile", "Scan"}),
}


def _check(fcx, ob) -> None:
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or t.kind in ("var", "proj"):
        return            # (undecided: E0282 elsewhere)
    if ob.trait == "Sized":
        if t.kind in ("dyn", "str", "slice"):
            fcx.diags.append(unsupported(ob.func, f"`{ob.callee}` on the unsized `{display(t)}`"))
        return
    from .bounds import implements, has_bound
    if t.kind in ("param", "opaque"):
        if not has_bound(fcx, t, ob.trait):
            fcx.diags.append(unsupported(ob.func, f"`{display(t)}` lacking the bound "
                                                  f"`{ob.trait}`"))
        return
    from .literal_impls import fallback
    got = implements(fcx, fallback(t), ob.trait)
    if got:
        return
    if got is False and _learner_e0277(fcx, ob, t):
        return
    if got is None or ob.trait not in _NOT_IMPLEMENTED or ob.owner != "Iterator" \
            or not has_item(f"core::iter::Iterator::{ob.callee}") or not _stated(fcx, t, ob.trait):
        fcx.diags.append(unsupported(ob.func, f"checking whether `{display(t)}` implements "
                                              f"`{ob.trait}`"))
        return
    if len(display(t, True)) + len(ob.trait) > _LONG:
        # (rustc writes a long type to a file and prints it shortened: not modelled)
        fcx.diags.append(unsupported(ob.func, f"an unmet `{ob.trait}` bound on a type this long"))
        return
    fcx.diags.append(_e0277(fcx, ob, t))


# Past about this many characters (the type and the trait) rustc shortens the type and
# adds its "full name ... written to" notes (observed: 93 printed whole, 94 shortened).
_LONG = 90


def _learner_e0277(fcx, ob, t: Ty) -> bool:
    """The learner's trait's `where Self: Named` unmet by the learner's type: rustc's
    E0277 with the bound's own place (`Greet::hello`); False for other forms."""
    from ..std import is_std_span
    from .bounds import _note, impls_help
    d = fcx.res.traits.defs.get(ob.trait)
    owner = fcx.res.traits.defs.get(ob.owner)
    adt = fcx.res.adts.get(t.name) if t.kind == "adt" and not t.args else None
    if d is None or owner is None or adt is None or is_std_span(adt.span) \
            or d.span is None or is_std_span(d.span) or is_std_span(owner.span):
        return False
    e = Diagnostic.error(f"the trait bound `{display(t)}: {ob.trait}` is not satisfied",
                         ob.func, "unsatisfied trait bound", code="E0277")
    h = Diagnostic("help", f"the trait `{ob.trait}` is not implemented for `{display(t)}`")
    h.primary(adt.header)
    e.children.append(h)
    if not impls_help(fcx, ob.trait, e):
        return False
    ob.callee, ob.noun = f"{ob.owner}::{ob.method}", "associated function"
    e.children.append(_note(fcx, ob))
    fcx.diags.append(e)
    return True


def _stated(fcx, t: Ty, trait: str) -> bool:
    """Is `t`'s lack of `trait` one Ferrite knows as rustc does: the learner's type
    (its impls are all in the crate), or one of std's listed above?"""
    from ..std import is_std_span
    if t.kind != "adt":
        return False
    adt = fcx.res.adts.get(t.name)
    if adt is not None and not is_std_span(adt.span):
        return True
    return t.name in _NOT_IMPLEMENTED[trait]


def _e0277(fcx, ob, t: Ty) -> Diagnostic:
    """rustc's wording: for the learner's type, the bound is "unsatisfied" and a help
    points at the type; for std's, the label names the trait."""
    from ..std import is_std_span
    shown = display(t, True)       # (rustc keeps the paths of std names it repeats)
    adt = fcx.res.adts.get(t.name) if t.kind == "adt" else None
    learner = adt is not None and not is_std_span(adt.span)
    not_impl = f"the trait `{ob.trait}` is not implemented for `{shown}`"
    d = Diagnostic.error(f"the trait bound `{shown}: {ob.trait}` is not satisfied", ob.func,
                         "unsatisfied trait bound" if learner else not_impl, code="E0277")
    if learner:
        h = Diagnostic("help", not_impl)
        h.primary(adt.header)
        d.children.append(h)
    if ob.trait == "ExactSizeIterator":
        d.help(f"the following other types implement trait `{ob.trait}`:\n  "
               + "\n  ".join(_EXACT_SIZE_IMPLS) + f"\nand {_EXACT_SIZE_MORE} others")
    note = Diagnostic("note", f"required by a bound in `{ob.callee}`")
    note.primary(std_span(f"core::iter::Iterator::{ob.callee}"))
    d.children.append(note)
    _remove_call(fcx, d, ob, t)
    return d


def _remove_call(fcx, d: Diagnostic, ob, t: Ty) -> None:
    """`v.iter().filter(..).rposition(..)`: rustc offers to drop the adapter whose
    receiver's type meets the bound."""
    from ..diagnostics.model import Suggestion
    from ..source import Span
    from ..syntax import ast
    from .bounds import implements
    recv = ob.call_expr.kind.receiver
    k = recv.kind
    if not isinstance(k, ast.ExprMethodCall):
        return
    inner = fcx.types.get(k.receiver.id)
    if inner is None:
        return
    inner = fcx.infer.resolve(inner)
    if inner.is_error or inner.kind in ("var", "param", "proj", "ref") \
            or not implements(fcx, inner, ob.trait):
        return
    shown = display(inner, True)
    d.help(f"consider removing this method call, as the receiver has type `{shown}` and "
           f"`{shown}: {ob.trait}` trivially holds",
           suggestions=[Suggestion(Span(k.receiver.span.hi, recv.span.hi), "",
                                   "MaybeIncorrect", "ShowAlways")])
