"""rustc's E0308 variants that carry their own wording or help: an assignment where a
`bool` is expected, a function item where its result was meant, a branch whose value
was swallowed by a semicolon."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import BOOL, UNIT, describe


def assign_expected_bool(fcx, e: ast.Expr, k: ast.ExprAssign) -> None:
    """`if x = 5`: rustc's `expr_assign_expected_bool_error`. Both sides are checked
    on their own (no coercion of the right side), and the help appears only when they
    could be compared."""
    d = Diagnostic.error("mismatched types", e.span,
                         f"expected {describe(BOOL)}, found {describe(UNIT)}", code="E0308")
    lt = fcx.check_expr(k.lhs, None)
    rt = fcx.check_expr(k.rhs, None)
    if fcx.infer.unify(lt, rt):
        at = Span(k.eq_span.hi, k.eq_span.hi)
        d.help("you might have meant to compare for equality",
               suggestions=[Suggestion(at, "=", "MaybeIncorrect", "ShowAlways")])
    fcx.diags.append(d)


# -- the parts rustc's `note_type_err` adds to every E0308 ---------------------------

def _is_simple(t) -> bool:
    """rustc's `Ty::is_simple_text`: scalars, `str`, `()`, ADTs, references to those."""
    if t.kind in ("int", "float", "bool", "char", "str", "intvar", "floatvar", "never",
                  "error") or (t.kind == "adt" and not t.args):   # `Pair<i32>` is not simple
        return True
    if t.kind == "ref":
        return _is_simple(t.args[0])
    return t.kind == "tuple" and not t.args


def prefix_string(t) -> str:
    """rustc's `Ty::prefix_string`, the word before a type in `expected X `T``."""
    if t.kind == "tuple":
        return "unit type" if not t.args else "tuple"
    if t.kind == "ref":
        return "mutable reference" if t.mutable else "reference"
    if t.kind == "ptr":
        return "raw pointer"
    if t.kind == "fndef":
        return "fn item"
    if t.kind == "fnptr":
        return "fn pointer"
    if t.kind == "closure":
        return "closure"
    if t.kind == "adt":
        return "struct"   # refined by the caller for enums
    if t.kind == "opaque":
        return "opaque type"
    if t.kind in ("array", "slice"):
        return t.kind
    return "type"


def fn_item_string(name: str, sig) -> str:
    """`fn(i32) -> i32 {name}`, a function item's type as rustc prints it."""
    from ..types import display
    params = ", ".join(display(p) for p in sig.params)
    ret = "" if sig.ret.is_unit else f" -> {display(sig.ret)}"
    return f"fn({params}){ret} {{{name}}}"


def type_string(fcx, t, let_annotation: bool = False) -> str:
    from ..types import display
    if t.kind == "fndef" and t.name in fcx.results.sigs:
        return fn_item_string(t.name, fcx.results.sigs[t.name])
    if t.kind == "tuple" and t.args:
        inner = [type_string(fcx, a) for a in t.args]
        return "(" + ", ".join(inner) + ("," if len(inner) == 1 else "") + ")"
    if t.kind == "adt" and t.name == "Box" and t.args and t.args[0].kind == "dyn" \
            and not let_annotation:
        # A boxed trait object of a signature: rustc writes its default `'static` bound.
        # (One written in a `let`'s type has an inferred lifetime, which it leaves out.)
        return f"Box<({display(t.args[0], full=True)} + 'static)>"
    return display(t, full=True)


def expected_string(fcx, t) -> str:
    """`type_string` of an expected type: while a `let`'s annotated initialiser is checked
    (`fcx.ty_span`), an expected boxed trait object is the annotation's, written without
    `'static`."""
    return type_string(fcx, t, getattr(fcx, "ty_span", None) is not None)


def _noun(fcx, t) -> str:
    if t.kind == "adt":
        return "enum" if fcx.results.adts[t.name].kind == "enum" else "struct"
    return prefix_string(t)


def decorate_mismatch(fcx, d: Diagnostic, span: Span, exp, fnd, expr: ast.Expr | None) -> None:
    """The label rustc prints for a type error of another kind than `Sorts` (tuple
    sizes), the `expected X / found Y` note for types that are not simple, and the
    call suggestion for a function item whose result was expected."""
    if exp.kind == "tuple" and fnd.kind == "tuple" and len(exp.args) != len(fnd.args) \
            and exp.args and fnd.args:
        n, m = len(exp.args), len(fnd.args)
        d.spans[0].label = (f"expected a tuple with {n} element{'s' if n != 1 else ''}, "
                            f"found one with {m} element{'s' if m != 1 else ''}")
    if fnd.kind == "fndef" and fnd.name in fcx.results.sigs and exp.kind != "fnptr":
        sig = fcx.results.sigs[fnd.name]
        d.secondary(sig.sig_span, f"function `{fnd.name}` defined here")
    for t, word in ((exp, "expected"), (fnd, "found")):
        if t.kind == "opaque" and t.kind != (fnd if t is exp else exp).kind:
            from .opaque import definition
            got = definition(fcx.res, t)       # rustc points at the `impl ..` type
            if got is not None:
                d.secondary(got.span, f"the {word} opaque type")
    if exp.kind == "param":
        from .generics import param_mismatch
        param_mismatch(fcx, d, exp, fnd)
    elif not (_is_simple(exp) and _is_simple(fnd)):
        e_label = f"expected {_noun(fcx, exp)}"
        f_label = f"found {_noun(fcx, fnd)}"
        pad_e = max(len(f_label) - len(e_label), 0)
        pad_f = max(len(e_label) - len(f_label), 0)
        from .type_diff import diff_strings
        from ..types import display

        def whole(t, within):
            if within == "top":
                return expected_string(fcx, t) if t is exp else type_string(fcx, t)
            return type_string(fcx, t) if within == "tuple" else display(t, full=True)
        from .ref_to_self import erase, is_ref_to_self     # (`&Option<T>` for `Option<T>`)
        if is_ref_to_self(exp, fnd):
            exp, fnd = erase(exp), erase(fnd)
        e_text, f_text = diff_strings(exp, fnd, whole)
        from .bytestr_helps import found_text
        f_text = found_text(expr, fnd, f_text)     # `&'static [u8; 3]` of `b"abc"`
        d.note(f"{' ' * pad_e}{e_label} `{e_text}`\n"
               f"{' ' * pad_f}{f_label} `{f_text}`")


def fn_call_help(fcx, d: Diagnostic, exp, fnd, expr: ast.Expr | None) -> None:
    """`use parentheses to call this function` when the function's result would fit."""
    if fnd.kind == "fndef" and fnd.name in fcx.results.sigs and expr is not None:
        sig = fcx.results.sigs[fnd.name]
        if fcx.infer.unify(sig.ret, exp):
            from ..types import display
            args = ", ".join(f"/* {display(p)} */" for p in sig.params)
            d.help("use parentheses to call this function",
                   suggestions=[Suggestion(Span(expr.span.hi, expr.span.hi), f"({args})",
                                           "HasPlaceholders" if args else "MachineApplicable",
                                           "ShowAlways")])


# -- a block's tail that does not fit the block's expected type -----------------------

_STATEMENT_LIKE = (ast.ExprCall, ast.ExprMethodCall, ast.ExprLoop, ast.ExprIf, ast.ExprMatch,
                   ast.ExprBlock, ast.ExprWhile, ast.ExprForLoop)


def _side_effects(fcx, e: ast.Expr) -> bool:
    """rustc's `Expr::can_have_side_effects`, for the subset."""
    k = e.kind
    if isinstance(k, (ast.ExprPath, ast.ExprLit)):
        return False
    if isinstance(k, ast.ExprParen):
        return _side_effects(fcx, k.expr)
    if isinstance(k, (ast.ExprUnary, ast.ExprCast)):
        return _side_effects(fcx, k.expr)
    if isinstance(k, ast.ExprField):
        return _side_effects(fcx, k.expr)
    if isinstance(k, ast.ExprTuple):
        return any(_side_effects(fcx, x) for x in k.elems)
    if isinstance(k, ast.ExprCall):
        r = fcx.res.values.get(k.func.id)
        if r is not None and r.kind in ("ctor", "variant_ctor"):
            return any(_side_effects(fcx, x) for x in k.args)
    return True


def semicolon_help(fcx, d: Diagnostic, tail: ast.Expr, expected) -> None:
    """`consider using a semicolon here` for a block's tail whose value is not `()`."""
    if not fcx.infer.resolve(expected).is_unit or not isinstance(tail.kind, _STATEMENT_LIKE):
        return
    if not _side_effects(fcx, tail):
        return
    d.help("consider using a semicolon here",
           suggestions=[Suggestion(Span(tail.span.hi, tail.span.hi), ";", "MachineApplicable")])


def default_return(fcx, d: Diagnostic, found, is_main: bool) -> None:
    """A function without a return type whose tail has a value: `main` says why it
    expects `()`, any other function gets `try adding a return type`."""
    from ..types import STR_REF, display
    at = Span(fcx.sig.sig_span.hi, fcx.sig.sig_span.hi)
    if is_main:
        d.secondary(at, "expected `()` because of default return type")
        return
    t = fcx.infer.fallback(found)
    if t.is_error or t.is_never or t.kind in ("fndef", "ctor", "variant_ctor"):
        return
    text = "&'static str" if t == STR_REF else display(t)
    d.help("try adding a return type",
           suggestions=[Suggestion(at, f" -> {text}", "MachineApplicable")])


def block_without_tail(fcx, b: ast.Block, expected, decorate=None) -> None:
    """A block without a tail checked against a type `()` does not fit (rustc's
    `coerce_forced_unit`): the error is at the whole block, with `remove this
    semicolon` when the last statement's value would have fitted."""
    from ..types import describe
    exp = fcx.infer.resolve(expected)
    if exp.is_error:
        return
    d = Diagnostic.error("mismatched types", b.span,
                         f"expected {describe(exp)}, found `()`", code="E0308")
    if decorate is not None:
        decorate(d)
    last = b.stmts[-1] if b.stmts else None
    if last is not None and isinstance(last.kind, ast.StmtExpr) and last.kind.semi:
        t = fcx.types.get(last.kind.expr.id)
        if t is not None and fcx.infer.unify(fcx.infer.resolve(t), exp):
            semi = Span(last.span.hi - 1, last.span.hi)
            d.help("remove this semicolon to return this value", semi,
                   suggestions=[Suggestion(semi, "", "MachineApplicable", "HideCodeInline")])
    fcx.diags.append(d)


def value_of_type(t) -> str | None:
    """rustc's `ty_kind_suggestion`: a placeholder value of a type (recorded)."""
    from ..types import STR_REF
    if t.is_int:
        return "42"
    if t.is_float:
        return "3.14159"
    if t.kind == "bool":
        return "false"
    if t.kind == "char":
        return "'x'"
    if t == STR_REF:
        return '""'
    if t.kind == "tuple" and t.args:
        parts = [value_of_type(a) for a in t.args]
        return None if None in parts else "(" + ", ".join(parts) + ")"
    return None


def bare_return(fcx, e: ast.Expr) -> None:
    """E0069: `return;` in a function whose return type is not `()`."""
    from ..types import display
    ret = fcx.infer.resolve(fcx.sig.ret)
    d = Diagnostic.error("`return;` in a function whose return type is not `()`", e.span,
                         "return type is not `()`", code="E0069")
    if fcx.sig.ret_span is not None:
        d.secondary(fcx.sig.ret_span, f"expected `{display(ret)}` because of this return type")
    value = value_of_type(ret)
    if value is not None:
        d.help("give the `return` a value of the expected type",
               suggestions=[Suggestion(Span(e.span.hi, e.span.hi), f" {value}", "HasPlaceholders",
                                       "ShowAlways")])
    fcx.diags.append(d)
