"""Type parameters a struct or enum never uses (E0392) are bivariant: rustc relates
nothing through them, so `Id<String>` and `Id<?T>` agree without deciding `?T`, which
is then reported as E0282 where the value was built (`Id { raw: 3 }`)."""

from __future__ import annotations


def attach(fcx) -> None:
    unused = fcx.results.unused_params
    if not unused:
        return
    out = {}
    for adt, names in unused.items():
        layout = fcx.results.adts.get(adt)
        if layout is not None:
            out[adt] = {i for i, n in enumerate(layout.generics) if n in names}
    fcx.infer.bivariant = out


def struct_turbofish_help(fcx, d, origin, item: str) -> None:
    """rustc's "consider specifying the generic argument" on an E0282 at a struct
    literal or a variant (`Id { raw: 3 }` -> `Id::<T> { raw: 3 }`, `Unit::<T>::Meter`):
    each argument as inferred, an undecided one by its parameter's name."""
    from ..diagnostics.model import Suggestion
    from ..source import Span
    from ..syntax import ast
    from ..types import display
    k = getattr(origin, "kind", None)
    if item not in fcx.res.adts:
        return
    if isinstance(k, ast.ExprCall):
        k = getattr(k.func, "kind", None)
    if not isinstance(k, (ast.ExprStruct, ast.ExprPath)) or k.qself is not None \
            or not 1 <= len(k.path.segments) <= 2 \
            or any(s.args is not None for s in k.path.segments):
        return
    args = []
    for v, name, o, it, *_ in fcx.generic_vars:
        if o is origin and it == item:
            t = fcx.infer.resolve(v)
            args.append(name if fcx.infer._has_var(t) else display(t))
    if not args:
        return
    # After the type's segment: `Id::<T> { .. }`, `Unit::<T>::Meter`.
    at = k.path.segments[0].ident.span.hi
    text = f"::<{', '.join(args)}>"
    d.help("consider specifying the generic argument" if len(args) == 1
           else "consider specifying the generic arguments",
           suggestions=[Suggestion(Span(at, at), text, "HasPlaceholders", "ShowAlways")])


def origin_span(fcx, origin, item: str):
    """Where rustc's E0282 points for the arguments of a use: the path of a tuple
    struct's or variant's constructor call (`Slot::Full` of `Slot::Full(3)`), else the
    whole expression."""
    from ..syntax import ast
    k = origin.kind
    if item in fcx.res.adts and isinstance(k, ast.ExprCall) \
            and isinstance(k.func.kind, ast.ExprPath):
        return k.func.span
    return origin.span
