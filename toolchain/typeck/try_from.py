"""`?` on a `Result` whose error type differs from the function's: rustc's desugaring
returns `Err(From::from(e))`, so an impl `AppError: From<ParseError>` converts it
(selected as typeck/trait_args.py selects impls; MIR calls it: mir/build_try.py).
Without one, rustc's E0277 "`?` couldn't convert the error", with its notes.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..types import Ty, display
from .trait_args import TraitRef, candidates


def _concrete(fcx, t: Ty) -> bool:
    return not fcx.infer._has_var(t) and not t.is_error


def convert(fcx, e, err: Ty, target: Ty) -> bool:
    """Whether an impl of `From<err>` for `target` converts the error (its `from` is
    then recorded for MIR in `TypeckResults.try_from`)."""
    cx = fcx.results.traits
    err, target = fcx.infer.resolve(err), fcx.infer.resolve(target)
    from .box_error import convert as box_convert
    if box_convert(fcx, e, err, target):     # std's `From<E: Error>` for `Box<dyn Error>`
        return True
    if cx is None or "From" not in cx.generic or not (_concrete(fcx, err) and _concrete(fcx, target)):
        return False
    cands = candidates(cx, "From", target, (err,), fcx.infer)
    if len(cands) != 1 or cands[0].imp.is_generic:
        return False
    fcx.results.try_from[e.id] = cands[0].keys["from"]
    return True


def _operand_span(x) -> Span:
    """rustc labels a method call operand of `?` from the method's name (`parse()`, not
    `s.trim().parse()`)."""
    if isinstance(x.kind, ast.ExprMethodCall):
        return Span(x.kind.segment.ident.span.lo, x.span.hi)
    return x.span


def report(fcx, e, k, err: Ty, target: Ty, qmark) -> None:
    """rustc's E0277 when no impl converts the error."""
    from .box_error import report as box_report
    if box_report(fcx, e, k, err, target, qmark):
        return
    from ..unsupported import unsupported
    from .trait_diags import e0277, _local_adt
    tref = TraitRef("From", (err,))
    d = Diagnostic.error(f"`?` couldn't convert the error to `{display(target)}`", qmark,
                         f"the trait `From<{display(err)}>` is not implemented for "
                         f"`{display(target)}`", code="E0277")
    if fcx.sig.ret_span is not None:
        d.secondary(fcx.sig.ret_span, f"expected `{display(target)}` because of this")
    d.secondary(_operand_span(k.expr), "this can't be annotated with `?` because it has type "
                             f"`Result<_, {display(err)}>`")
    if _local_adt(fcx, target):
        note = Diagnostic("note", f"`{display(target)}` needs to implement `From<{display(err)}>`")
        note.primary(fcx.res.adts[target.name].header)
        d.children.append(note)
    d.note("the question mark operation (`?`) implicitly performs a conversion on the error "
           "value using the `From` trait")
    cx = fcx.results.traits
    if cx is not None and "From" in cx.generic and _concrete(fcx, target):
        # rustc's helps about the target's other `From` impls, as for any E0277.
        full = e0277(fcx, qmark, target, tref)
        if full is None:
            fcx.diags.append(unsupported(qmark, f"converting a `{display(err)}` error to "
                                         f"`{display(target)}`"))
            return
        if _local_adt(fcx, target):
            full.children = [c for c in full.children
                             if not c.message.startswith(f"the trait `From<{display(err)}>` is "
                                                         f"not implemented for `{display(target)}`")
                             or "\n" in c.message]
        d.children.extend(full.children)
    fcx.diags.append(d)
