"""The machine's side of `Display::fmt(&x, f)` / `x.fmt(f)` (typeck/fmt_forward.py):
`x` is formatted as `{}` / `{:?}` would format it, with the options the Formatter `f`
was made with (the caller's width, fill, precision, `#`)."""

from __future__ import annotations

from .fmt import PLAIN, format_value


def fmt_forward(m, value, fptr, trait: str, ty):
    f = fptr.load()
    f.out.append(format_value(value, ty, trait, getattr(f, "opts", None) or PLAIN, m.fmt_types))
    return [0, ()]     # Ok(())


def formatter_method(m, fptr, *args):
    """`f.write_str(s)`, `f.pad(s)`, `f.width()`, .. (typeck/formatter_methods.py); the
    method's name is the last argument."""
    name = args[-1]
    if type(name) is tuple:     # a builder's method: (name, the values' types)
        return _builder(m, fptr, args[:-1], *name)
    f = fptr.load()
    o = getattr(f, "opts", None) or PLAIN
    if name in ("debug_struct", "debug_tuple", "debug_list"):
        return Builder(f, name, args[0] if args[:-1] else "")
    if name == "write_str":
        f.out.append(args[0])
        return [0, ()]
    if name == "pad":
        from .fmt import _pad
        f.out.append(_pad(args[0], o))
        return [0, ()]
    if name in ("width", "precision"):
        v = getattr(o, name)
        return [0] if v is None else [1, v]
    if name == "fill":
        return o.fill
    if name == "alternate":
        return o.alternate
    if name == "sign_plus":
        return o.sign_plus
    if name == "sign_aware_zero_pad":
        return o.zero_pad
    raise AssertionError(f"Formatter::{name}")


class Builder:
    """core::fmt::builders' DebugStruct / DebugTuple / DebugList: the fields' texts,
    written to the Formatter by `finish`."""

    def __init__(self, f, kind: str, name: str) -> None:
        self.f, self.kind, self.name = f, kind, name
        self.items: list[str] = []


def _builder(m, recv, args, name: str, tys: tuple):
    from .pointer import Pointer
    b = recv
    while isinstance(b, Pointer):
        b = b.load()
    o = getattr(b.f, "opts", None) or PLAIN
    if name == "finish":
        from .fmt import _debug_list, _debug_tuple, _indent
        pretty = o.alternate
        if b.kind == "debug_list":
            text = _debug_list(b.items, pretty)
        elif not b.items:
            text = b.name
        elif b.kind == "debug_tuple":
            text = _debug_tuple(b.items, pretty, b.name)
        elif pretty:
            text = b.name + " {\n" + "".join(_indent(i) + ",\n" for i in b.items) + "}"
        else:
            text = b.name + " { " + ", ".join(b.items) + " }"
        b.f.out.append(text)
        return [0, ()]
    value = format_value(args[-1], tys[-1], "?", o, m.fmt_types)
    b.items.append(f"{args[0]}: {value}" if name == "field" and b.kind == "debug_struct"
                   else value)
    return Pointer([b], 0)


SHIMS = {"fmt_forward": fmt_forward, "formatter_method": formatter_method}
