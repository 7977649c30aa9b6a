"""`#[derive(PartialOrd)]` and `#[derive(Ord)]` on the learner's types.

A derived ordering compares fields in declaration order (an enum's variants first, by
discriminant), which is the machine's structural comparison of ADT values (lists
`[discriminant, fields...]`, interp/machine.py `_binary`), as a derived `PartialEq`
is its structural equality. That comparison is total, so it is used only for types
whose fields are totally ordered: a float reachable from a field (whose `partial_cmp`
may be `None`) is refused as unsupported where the comparison is made.

Checked here, when the items are collected: the derive's supertrait bounds
(`Ord: Eq + PartialOrd`, `PartialOrd: PartialEq`), with rustc's E0277 texts, and each
field's type implementing the derived trait (a field type Ferrite cannot vouch for is
refused as unsupported).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import is_std_span
from ..std_locations import std_span
from ..types import Ty
from ..unsupported import unsupported

# (derive, a trait it requires)
_SUPERS = (("Ord", "Eq"), ("Ord", "PartialOrd"), ("PartialOrd", "PartialEq"))


def check_items(res, results, diags: list) -> None:
    for name, adt in res.adts.items():
        if is_std_span(adt.header) or not ({"PartialOrd", "Ord"} & adt.derives):
            continue
        layout = results.adts.get(name)
        # (a hand-written `impl PartialEq` meets the derive's supertrait too: traits.py
        # enters it in the layout's `derives`)
        have = adt.derives | (layout.derives if layout is not None else set())
        for derive, needs in _SUPERS:
            if derive in adt.derives and needs not in have:
                diags.append(_missing_super(adt, derive, needs))
                break
        else:
            for derive in ("PartialOrd", "Ord"):
                if derive in adt.derives and layout is not None:
                    bad = next((t for t in _field_tys(layout) if not ordered(results, t, derive)),
                               None)
                    if bad is not None:
                        at = adt.derive_spans.get(derive, adt.header)
                        diags.append(unsupported(at, f"`#[derive({derive})]` on a type with a "
                                                 f"field of type `{_show(bad)}`"))
                        break


def _show(t: Ty) -> str:
    from ..types import display
    return display(t)


def _field_tys(layout) -> list[Ty]:
    out = list(layout.tys)
    for v in layout.variants:
        out += list(getattr(v, "tys", []) or [])
    return out


def ordered(results, t: Ty, trait: str = "Ord") -> bool:
    """Whether `t`'s values are totally ordered by the machine's structural comparison
    and `t` implements `trait` (derived, or built in)."""
    if t.kind in ("int", "intvar", "bool", "char", "str", "never"):
        return True
    if t.kind == "float":
        return False         # (`partial_cmp` may be `None`: not the machine's comparison)
    if t.kind in ("tuple", "array", "slice"):
        return all(ordered(results, a, trait) for a in t.args)
    if t.kind == "ref":
        return ordered(results, t.args[0], trait)
    if t.kind == "adt" and t.name in ("String",):
        return True
    if t.kind == "adt" and t.name in ("Vec", "Option", "Box", "Result") and t.args:
        return all(ordered(results, a, trait) for a in t.args)   # (variants in rustc's order)
    if t.kind == "adt":
        layout = results.adts.get(t.name)
        if layout is None or trait not in layout.derives or t.args or layout.generics:
            return False
        return True   # (a learner's `cmp` inside: the machine's typed walk, interp/cmp_typed.py)
    return False


def _missing_super(adt, derive: str, needs: str) -> Diagnostic:
    at = adt.ident_span or adt.header
    if needs == "PartialEq":
        d = Diagnostic.error(f"can't compare `{adt.name}` with `{adt.name}`", at,
                             f"no implementation for `{adt.name} == {adt.name}`", code="E0277")
    else:
        d = Diagnostic.error(f"the trait bound `{adt.name}: {needs}` is not satisfied", at,
                             f"the trait `{needs}` is not implemented for `{adt.name}`",
                             code="E0277")
    derive_at = adt.derive_spans.get(derive)
    if derive_at is not None:
        d.secondary(derive_at, "in this derive macro expansion")
    if needs == "PartialEq":
        d.help(f"the trait `PartialEq` is not implemented for `{adt.name}`")
    d.note(f"required by a bound in `{derive}`", std_span(f"core::cmp::{derive}"))
    at0 = Span(adt.span.lo, adt.span.lo)
    d.help(f"consider annotating `{adt.name}` with `#[derive({needs})]`",
           suggestions=[Suggestion(at0, f"#[derive({needs})]\n", "MaybeIncorrect", "ShowAlways")])
    return d
