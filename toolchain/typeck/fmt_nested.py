"""`{:?}` of an array or tuple whose elements lack `Debug`.

rustc reports the innermost type without `Debug` (the struct or enum), then explains
how the formatted value needed it: the impls of `Debug` for the outermost container's
shape, and the chain of "required for `[Pixel; 2]` to implement `Debug`" notes, with
the middle of a longer chain folded into "N redundant requirements hidden".
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..std_locations import other_impls_help
from ..types import Ty, display

# rustc's list for a tuple (its first eight impls in its sort order, then a count).
_TUPLE_IMPLS = ["()", "(A, Z, Y, X, W, V, U, T)", "(B, A, Z, Y, X, W, V, U, T)",
                "(C, B, A, Z, Y, X, W, V, U, T)", "(D, C, B, A, Z, Y, X, W, V, U, T)",
                "(E, D, C, B, A, Z, Y, X, W, V, U, T)", "(T,)", "(U, T)"]


def _missing_leaf(t: Ty, has_debug) -> list[Ty] | None:
    """The containers from `t` down to the first element type without `Debug`
    (`[t, ..., leaf]`), or None when every element has it."""
    if t.kind == "array":
        inner = _missing_leaf(t.args[0], has_debug)
        return None if inner is None else [t] + inner
    if t.kind == "tuple":
        for a in t.args:
            inner = _missing_leaf(a, has_debug)
            if inner is not None:
                return [t] + inner
        return None
    return None if has_debug(t) else [t]


def debug_of_container(t: Ty, arg_span: Span, spec_span: Span | None, has_debug
                       ) -> tuple[Diagnostic, Ty] | None:
    """E0277 for `{:?}` of a container `t` (array or tuple) of a type without Debug;
    returns it with that element type (for the derive help), or None if `t` is not
    such a container."""
    chain = _missing_leaf(t, has_debug)
    if chain is None or len(chain) < 2 or chain[-1].kind != "adt":
        return None
    leaf = display(chain[-1])
    d = Diagnostic.error(f"`{leaf}` doesn't implement `Debug`", arg_span,
                         f"`{leaf}` cannot be formatted using `{{:?}}` because it doesn't "
                         "implement `Debug`", code="E0277")
    d.help(f"the trait `Debug` is not implemented for `{leaf}`")
    d.note(f"add `#[derive(Debug)]` to `{leaf}` or manually `impl Debug for {leaf}`")
    if t.kind == "array":
        d.children.append(other_impls_help("Debug", [("impl Debug for [T]", "`[T]`"),
                                                     ("impl Debug for [T; N]", "`[T; N]`")]))
    else:
        d.help("the following other types implement trait `Debug`:\n"
               + "".join(f"  {i}\n" for i in _TUPLE_IMPLS) + "and 5 others")
    containers = chain[:-1]
    d.note(f"required for `{display(containers[-1])}` to implement `Debug`")
    if len(containers) > 1:
        hidden = len(containers) - 1
        d.note(f"{hidden} redundant requirement{'s' if hidden > 1 else ''} hidden")
        d.note(f"required for `{display(containers[0])}` to implement `Debug`")
    if spec_span is not None:
        d.secondary(spec_span, "required by this formatting parameter")
    return d, chain[-1]


def through_bounds(fcx, t: Ty) -> bool:
    """`{:?}` of a container of type parameters (`[T; N]`, `Vec<T>`, `(T, u8)`, a
    derived `Wrapper<T>`) in a body where `T: Debug`: Debug holds through the
    containers' impls (`impl<T: Debug, const N: usize> Debug for [T; N]`, derives)
    when every leaf has it, concretely or by a bound."""
    from .check import _implements_fmt
    from .traits import implements_fmt
    adts = fcx.results.adts
    seen_param = False

    def ok(t: Ty) -> bool:
        nonlocal seen_param
        t = fcx.infer.resolve(t)
        if t.kind in ("param", "opaque", "proj"):
            seen_param = True
            from .bounds import has_bound
            return has_bound(fcx, t, "Debug")
        if t.kind in ("array", "slice", "ref"):
            return ok(t.args[0])
        if t.kind == "tuple":
            return all(ok(a) for a in t.args)
        if t.kind == "adt" and t.args and t.name in adts and "Debug" in adts[t.name].derives:
            return all(ok(a) for a in t.args)
        return _implements_fmt(t, "?", adts)

    return ok(t) and seen_param
