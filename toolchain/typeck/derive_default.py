"""`#[derive(Default)]` on the learner's structs and enums: every field's type must
implement `Default` (rustc's E0277 at the field, "in this derive macro expansion"). The
machine makes the value field by field (interp/std_defaults.py), so a field is accepted only
when its default is one the machine makes itself: std's types
(collection_bounds._has_default) and the learner's types that derive `Default` too.
A field whose type has a hand-written impl (whose body would have to run) is refused as
unsupported. A generic struct's derive bounds each type parameter by `Default`, as rustc's
(`impl<T: Default> Default for Pair<T>`): `args_default` checks them at each use. An enum's default is its unit variant marked
`#[default]` (rustc's E0665 when none is); a `#[default]` variant with fields is refused.
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
        if layout is not None and adt.is_enum and not adt.generics.names:
            _enum(res, adt, layout, at, diags)
            continue
        if layout is None or adt.is_enum:
            diags.append(unsupported(at, "`#[derive(Default)]` on a generic enum"))
            continue
        for f, t in zip(adt.fields, layout.tys):
            # (a type parameter: the derive bounds it by `Default`, checked at each use)
            got = True if t.kind == "param" else _field_default(res, results, t)
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


def _enum(res, adt, layout, at, diags: list) -> None:
    """The `#[default]` variant: its discriminant on the layout for the machine."""
    marked = [i for i, v in enumerate(adt.variants) if v.is_default]
    if not marked:
        diags.append(_e0665(adt, at))
        return
    v = adt.variants[marked[0]]
    if len(marked) > 1 or v.kind != "unit" or v.fields:
        diags.append(unsupported(at, "`#[derive(Default)]` on an enum whose `#[default]` "
                                 "variant is not one unit variant"))
        return
    layout.default_discr = layout.variants[marked[0]].discr


def _e0665(adt, at) -> Diagnostic:
    """rustc's E0665: no variant is marked; it offers each unit variant."""
    from ..diagnostics.model import Suggestion
    from ..source import Span
    d = Diagnostic.error("`#[derive(Default)]` on enum with no `#[default]`", at, None,
                         code="E0665")
    d.secondary(adt.span, "this enum needs a unit variant marked with `#[default]`")
    for v in adt.variants:
        if v.kind == "unit":
            d.help("make this unit variant default by placing `#[default]` on it",
                   suggestions=[Suggestion(Span(v.span.lo, v.span.lo), "#[default] ",
                                           "MaybeIncorrect", "ShowAlways")])
    return d


def args_default(fcx, t: Ty) -> bool | None:
    """`Pair<A>: Default` for a derived generic struct: every argument `Default` (None:
    unknown). After rustc's E0277 for the first that is not (True: reported)."""
    from .bounds import implements
    adt = fcx.res.adts[t.name]
    for i, a in enumerate(t.args):
        a = fcx.infer.resolve(a)
        if a.kind in ("intvar", "floatvar"):
            continue
        got = implements(fcx, a, "Default") if a.kind != "adt" or not a.args \
            or not _derived_generic(fcx, a) else args_default(fcx, a)
        if got is None:
            return None
        if not got:
            return False
    return True


def _derived_generic(fcx, t: Ty) -> bool:
    adt = fcx.res.adts.get(t.name)
    return adt is not None and not adt.is_enum and "Default" in adt.derives \
        and bool(adt.generics.names) and not is_std_span(adt.header)


def arg_e0277(fcx, ob, t: Ty) -> Diagnostic | None:
    """rustc's E0277 for `Pair::<NoDefault>::default()`: at the type's name in the path,
    with the derive's implied bound (None: not this case)."""
    from ..source import Span
    from .bounds import implements
    adt = fcx.res.adts[t.name]
    bad = [(i, a) for i, a in enumerate(fcx.infer.resolve(x) for x in t.args)
           if a.kind not in ("intvar", "floatvar") and implements(fcx, a, "Default") is False]
    src = fcx.res.source
    f = ob.func
    name = t.name
    if not bad or src is None or src.text[f.lo:f.lo + len(name)] != name \
            or not src.text[f.lo + len(name):].startswith("::"):
        return None
    i, a = bad[0]
    shown = display(a)
    derive_at = adt.derive_spans.get("Default", adt.header)
    d = Diagnostic.error(f"the trait bound `{shown}: Default` is not satisfied",
                         Span(f.lo, f.lo + len(name)),
                         f"the trait `Default` is not implemented for `{shown}`", code="E0277")
    h = Diagnostic("help", f"the trait `Default` is implemented for "
                   f"`{name}<{', '.join(adt.generics.names)}>`")
    h.primary(derive_at)
    d.children.append(h)
    note = Diagnostic("note", f"required for `{display(t)}` to implement `Default`")
    note.primary(adt.ident_span)
    note.secondary(derive_at, "in this derive macro expansion")
    note.secondary(adt.generics.spans[i], "type parameter would need to implement `Default`")
    d.children.append(note)
    d.help("consider manually implementing `Default` to avoid undesired bounds")
    if a.kind == "adt" and not a.args and a.name in fcx.res.adts \
            and not is_std_span(fcx.res.adts[a.name].header):
        from .check import _derive_help
        _derive_help(d, fcx.res.adts[a.name], "Default")
    return d
