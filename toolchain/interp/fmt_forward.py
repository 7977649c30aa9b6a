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
    f = fptr.load()
    o = getattr(f, "opts", None) or PLAIN
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
    if name == "sign_minus":
        return False       # (`{:-}` is not kept by Ferrite's format options; rarely written)
    if name == "sign_aware_zero_pad":
        return o.zero_pad
    raise AssertionError(f"Formatter::{name}")


SHIMS = {"fmt_forward": fmt_forward, "formatter_method": formatter_method}
