"""`write!`/`writeln!` into a `String`: rustc expands them to `dest.write_fmt(args)`,
a method of `std::fmt::Write` (which `String` implements), so the trait must be in
scope (`use std::fmt::Write;`), else E0599 "cannot write into `String`" with rustc's
import help. The destination is autoref'd (`s`) or reborrowed (`&mut String`) like a
method receiver; MIR appends the formatted text (mir/build_fmt_write.py).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..types import ERROR, Ty, display
from ..unsupported import unsupported
from .std_tys import FMT_RESULT

STRING = Ty("adt", "String")


def write_in_scope(fcx) -> bool:
    """`use std::fmt::Write;` (or `core::fmt::Write`, or `use std::fmt::{self, Write}`)."""
    return "std::fmt::Write" in fcx.res.traits.uses.values()


def check_dest(fcx, e, k, t: Ty) -> Ty | None:
    """The type of `write!(dest, ..)` when `dest` is a `String` or a learner's writer
    (or `&mut` one); None for other destinations (the caller's)."""
    inner = t.args[0] if t.kind == "ref" and t.mutable else t
    if inner.kind == "adt" and inner != STRING:
        return _user_writer(fcx, e, k, inner)
    if t != STRING and t != Ty("ref", args=(STRING,), mutable=True):
        if t.kind == "ref" and t.args[0] == STRING or t.kind == "ref" and t.args[0].kind == "ref" \
                and t.args[0].args[0] == STRING:
            fcx.diags.append(unsupported(k.args[0].span, f"`{k.name}!` into a `{display(t)}`"))
            return ERROR
        return None
    if not write_in_scope(fcx):
        fcx.diags.append(_e0599(fcx, k, t))
        return ERROR
    return FMT_RESULT


def _e0599(fcx, k, t: Ty) -> Diagnostic:
    from ..std_locations import std_span
    span = k.args[0].span
    d = Diagnostic.error(f"cannot write into `{display(t)}`", span, None, code="E0599")
    if t.kind != "ref":    # (rustc leaves the label out for a reference receiver)
        d.secondary(std_span("core::fmt::Write::write_fmt"),
                    f"the method is available for `{display(t)}` here")
    d.note("must implement `io::Write`, `fmt::Write`, or have a `write_fmt` method", span)
    d.help("items from traits can only be used if the trait is in scope")
    at = _use_at(fcx)
    if at is not None:
        d.help("trait `Write` which provides `write_fmt` is implemented but not in scope; "
               "perhaps you want to import it",
               suggestions=[Suggestion(Span(at, at), "use std::fmt::Write;\n",
                                       "MaybeIncorrect", "ShowAlways")])
    return d


def _use_at(fcx) -> int | None:
    """rustc's `UsePlacementFinder`: before the module's first `use`, else its first
    item (with its attributes)."""
    from ..std import is_std_span
    from ..syntax import ast
    tree = fcx.res.modules
    if tree is None:
        return None
    m = getattr(fcx, "module", None) or tree.root
    items = [i for i in (getattr(m, "items", None) or []) if not is_std_span(i.span)]
    if not items:
        return None
    uses = [i for i in items if isinstance(i.kind, ast.Use)]
    first = (uses or items)[0]
    return min([first.span.lo] + [a.span.lo for a in first.attrs])


def _user_writer(fcx, e, k, t: Ty) -> Ty | None:
    """`write!` into a learner's `impl fmt::Write`: `write_fmt` calls `write_str` once per
    literal piece and once per `{}` of a `&str`/`String`; the other arguments' `Display`
    (integers write a sign with `write_char`, padding writes fill characters one by
    one) would call it in ways the machine does not follow, so they are refused."""
    from .traits import _impls_for_all
    key = _impls_for_all(fcx, t).get("Write", {}).get("write_str")
    if key is None or not write_in_scope(fcx):
        return None
    for spec in k.fmt.specs:
        at = fcx.infer.resolve(fcx.types.get(k.fmt.args[spec.arg].id, ERROR))
        while at.kind == "ref":
            at = at.args[0]
        plain = spec.trait == "" and spec.fill is None and spec.align is None \
            and spec.sign is None and not spec.alternate and not spec.zero_pad \
            and spec.width is None and spec.precision is None
        if not plain or at not in (STRING, Ty("str")):
            fcx.diags.append(unsupported(spec.span or k.args[0].span,
                                         "formatting this argument into a learner's `fmt::Write`"))
            return ERROR
    fcx.results.fmt_writers[e.id] = key
    return FMT_RESULT
