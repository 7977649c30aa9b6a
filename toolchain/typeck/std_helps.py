"""rustc's E0308 helps that involve std's prelude types (Option, Result)."""

from __future__ import annotations

from ..diagnostics.model import Suggestion
from ..source import Span
from ..syntax import ast
from ..types import Ty


def could_unify(a: Ty, b: Ty) -> bool:
    """Would `a` and `b` unify, inference variables matching anything of their kind?
    (rustc's `may_coerce` probe, without coercions beyond equality.)"""
    if a.kind in ("var", "error") or b.kind in ("var", "error"):
        return True
    if a.kind == "intvar" or b.kind == "intvar":
        other = b if a.kind == "intvar" else a
        return other.kind in ("int", "intvar")
    if a.kind == "floatvar" or b.kind == "floatvar":
        other = b if a.kind == "floatvar" else a
        return other.kind in ("float", "floatvar")
    if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable or len(a.args) != len(b.args):
        return False
    return all(could_unify(x, y) for x, y in zip(a.args, b.args))


def _is_ctor(fcx, e: ast.Expr) -> bool:
    """`Some(x)`, `None`, `Ok(x)`: rustc does not suggest unwrapping a constructor."""
    k = e.kind
    path = k.func if isinstance(k, ast.ExprCall) else e
    r = fcx.res.values.get(path.id) if isinstance(path.kind, ast.ExprPath) else None
    return r is not None and r.kind in ("variant", "variant_ctor", "ctor", "unit_struct")


def unwrap_help(fcx, d, expected: Ty, found: Ty, e: ast.Expr) -> bool:
    """rustc's `suggest_missing_unwrap_expect`: an `Option<T>`/`Result<T, E>` where a
    `T` was expected: `.expect("REASON")`, or `?` in a function returning the same kind."""
    if found.kind != "adt" or found.name not in ("Option", "Result") or not found.args:
        return False
    if _is_ctor(fcx, e) or not could_unify(found.args[0], expected):
        return False
    kind = found.name
    article, variant = ("an", "None") if kind == "Option" else ("a", "Err")
    ret = getattr(fcx.sig, "ret", None)
    from ..types import display
    shown = display(found)
    if ret is not None and ret.kind == "adt" and ret.name == kind:
        msg = (f"use the `?` operator to extract the `{shown}` value, propagating {article} "
               f"`{kind}::{variant}` value to the caller")
        sugg = "?"
    else:
        msg = (f"consider using `{kind}::expect` to unwrap the `{shown}` value, panicking if "
               f"the value is {article} `{kind}::{variant}`")
        sugg = '.expect("REASON")'
    d.help(msg, suggestions=[Suggestion(Span(e.span.hi, e.span.hi), sugg, "HasPlaceholders",
                                        "ShowAlways")])
    return True


_BOX_NOTE = ("for more on the distinction between the stack and the heap, read "
             "https://doc.rust-lang.org/book/ch15-01-box.html, "
             "https://doc.rust-lang.org/rust-by-example/std/box.html, and "
             "https://doc.rust-lang.org/std/boxed/index.html")


def box_new_help(fcx, d, expected: Ty, found: Ty, e: ast.Expr) -> bool:
    """rustc's `suggest_boxing_when_appropriate`: a value where a `Box` of it was
    expected, when `Box::new(value)` would fit (equal types, or an unsizing to a
    trait object the value's type implements)."""
    if expected.kind != "adt" or expected.name != "Box" or not expected.args:
        return False
    if found.kind == "adt" and found.name == "Box" or found.kind in ("var", "error", "never"):
        return False
    inner = expected.args[0]
    if inner.kind == "dyn":
        from .dyn_coerce import implements
        if inner.args or found.kind not in ("adt", "int", "float", "bool", "char") \
                or not implements(fcx, found, inner.name):
            return False
    elif not could_unify(inner, found):
        return False
    d.note(_BOX_NOTE)
    d.help("store this in the heap by calling `Box::new`",
           suggestions=[Suggestion(Span(e.span.lo, e.span.lo), "Box::new(", "MachineApplicable",
                                   "ShowAlways"),
                        Suggestion(Span(e.span.hi, e.span.hi), ")", "MachineApplicable",
                                   "ShowAlways")])
    return True
