"""A comparison that needs `PartialEq` of a type deep inside the compared one: `==` on a
`Vec<Token>`, an `Option<Token>`, a tuple or array holding a `Token`, or such a value
passed for `T: PartialEq`, where `Token` (the learner's) has no `PartialEq`.

std's impls for these (`impl<T: PartialEq> PartialEq for Vec<T>`, the tuples', arrays',
references', a derive's) hold only when the parts' do, so rustc blames the part:
- the operator: E0369 on the whole type, with a note at each part lacking the trait
  ("an implementation of `PartialEq` might be missing for `Token`") and a derive help;
- a bound: E0277 "can't compare `Token` with `Token`", with "required for `Vec<Token>`
  to implement `PartialEq`".
`missing` collects those parts; it answers None when something else is in the way (a
type parameter, a std type Ferrite's std does not compare): the caller refuses that."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display


def missing(fcx, t: Ty, trait: str = "PartialEq") -> list[Ty] | None:
    """The learner's types inside `t` lacking `trait` (in rustc's order, each once); None
    when `t` needs something Ferrite cannot vouch for."""
    out: list[Ty] = []
    return out if _walk(fcx, t, trait, out) else None


def _walk(fcx, t: Ty, trait: str, out: list) -> bool:
    from ..std import is_std_span
    from .check import _comparable
    t = fcx.infer.resolve(t)
    if t.is_error or _comparable(t) or t.kind == "str":
        return True
    if t.kind in ("tuple", "array", "slice", "ref"):
        return all([_walk(fcx, a, trait, out) for a in t.args])
    if t.kind != "adt" or t.name == "String":
        return t.kind == "adt"
    info = fcx.results.adts.get(t.name)
    adt = fcx.res.adts.get(t.name)
    if info is None or adt is None:
        return False
    cx = fcx.results.traits
    if cx is not None and t.name in (cx.eq_impls if trait == "PartialEq" else cx.pord_impls):
        return not t.args        # (a generic hand-written impl's own bounds: not followed)
    if trait in info.derives:
        return all([_walk(fcx, a, trait, out) for a in t.args])
    if is_std_span(adt.span) or "'" in display(t):
        return False             # (std's own impls are not all in Ferrite's std yet)
    if t not in out:
        out.append(t)
    return True


def e0369(fcx, k, t: Ty, leaves: list[Ty]) -> Diagnostic | None:
    """rustc's E0369 for `==`/`!=` on `t` whose parts `leaves` lack `PartialEq`."""
    from .check import _derive_help
    if not leaves or any(leaf.args for leaf in leaves):
        return None
    # (rustc names each operand's own type, references and boxes included: `&Vec<Token>`)
    lt, rt = (fcx.infer.resolve(fcx.types.get(x.id, t)) for x in (k.lhs, k.rhs))
    name = display(lt)
    d = Diagnostic.error(f"binary operation `{k.op}` cannot be applied to type `{name}`",
                         k.op_span, code="E0369")
    d.secondary(k.lhs.span, name)
    d.secondary(k.rhs.span, display(rt))
    if len(leaves) == 1:
        note = Diagnostic("note", f"an implementation of `PartialEq` might be missing for "
                                  f"`{display(leaves[0])}`")
    else:
        note = Diagnostic("note", "the following types would have to `impl` their required "
                                  "traits for this operation to be valid")
    for leaf in leaves:
        note.primary(fcx.res.adts[leaf.name].header, "must implement `PartialEq`")
    d.children.append(note)
    for leaf in leaves:
        _derive_help(d, fcx.res.adts[leaf.name], "PartialEq")
    return d


def compare(fcx, k, t: Ty) -> bool:
    """`==`/`!=` on `t`, a std aggregate or a derived type: True when handled here (an
    E0369 for a part lacking `PartialEq`)."""
    if k.op not in ("==", "!="):
        return False
    leaves = missing(fcx, t)
    if not leaves:
        return False
    d = e0369(fcx, k, t, leaves)
    if d is None:
        return False
    fcx.diags.append(d)
    return True


def bound_e0277(fcx, ob, t: Ty) -> bool:
    """`same((1, Token(1)), ..)` for `T: PartialEq`: rustc's E0277 at the part lacking it,
    "required for" the whole; False for the forms not recorded (several parts, a part
    more than one level down)."""
    if ob.trait != "PartialEq" or t.kind not in ("tuple", "array", "ref", "adt"):
        return False
    leaves = missing(fcx, t)
    if leaves is None or len(leaves) != 1 or leaves[0].args or leaves[0] == t:
        return False
    leaf = leaves[0]
    if leaf not in [fcx.infer.resolve(a) for a in t.args]:
        return False             # (deeper: rustc hides "redundant requirements")
    from .bounds import _at_call, _note
    from .check import _derive_help
    shown = display(leaf)
    d = _at_call(ob, f"can't compare `{shown}` with `{shown}`",
                 f"no implementation for `{shown} == {shown}`")
    d.help(f"the trait `PartialEq` is not implemented for `{shown}`")
    d.note(f"required for `{display(fcx.infer.resolve(t))}` to implement `PartialEq`")
    d.children.append(_note(fcx, ob))
    _derive_help(d, fcx.res.adts[leaf.name], "PartialEq")
    fcx.diags.append(d)
    return True
