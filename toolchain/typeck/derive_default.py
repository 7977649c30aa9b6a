"""`#[derive(Default)]` on the learner's structs: every field's type must implement
`Default` (rustc's E0277 at the field, "in this derive macro expansion"). The machine
makes the value field by field (interp/std_defaults.py), so a field is accepted only
when its default is one the machine makes itself: std's types
(collection_bounds._has_default) and the learner's types that derive `Default` too.
A field whose type has a hand-written impl (whose body would have to run), a generic
struct, and enums (whose `#[default]` variant is not modelled) are refused as unsupported.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..std import is_std_span
from ..types import Ty, display
from ..unsupported import unsupported


def check_items(res, results, diags: list) -> None:
    for name, adt in res.adts.items():
        if "Default" not in adt.derives or is_std_span(adt.header):
            continue
        at = adt.derive_spans.get("Default", adt.header)
        layout = results.adts.get(name)
        if layout is None or adt.is_enum or adt.generics.names:
            diags.append(unsupported(at, "`#[derive(Default)]` on an enum or a generic type"))
            continue
        for f, t in zip(adt.fields, layout.tys):
            got = _field_default(res, results, t)
            if got is None:
                diags.append(unsupported(at, f"`#[derive(Default)]` on a type with a field of "
                                         f"type `{display(t)}`"))
                break
            if not got:
                diags.append(_e0277(res, f, t, at))


def _field_default(res, results, t: Ty) -> bool | None:
    """True: the machine makes its default; False: `t` lacks `Default`; None: unknown."""
    from .collection_bounds import _has_default
    if _has_default(t):
        return True
    if t.kind == "adt" and t.name in res.adts and not t.args:
        own = res.adts[t.name]
        if "Default" in own.derives:
            return True
        layout = results.adts.get(t.name)
        if layout is not None and "Default" not in layout.derives \
                and "Default" not in results.traits.impls.get(t, {}):
            return False     # (a hand-written impl: its body would have to run, None)
    return None


def _e0277(res, f, t: Ty, derive_at) -> Diagnostic:
    d = Diagnostic.error(f"the trait bound `{display(t)}: Default` is not satisfied", f.span,
                         f"the trait `Default` is not implemented for `{display(t)}`",
                         code="E0277")
    d.secondary(derive_at, "in this derive macro expansion")
    from .check import _derive_help
    _derive_help(d, res.adts[t.name], "Default")
    return d
