"""rustc's errors for `as` casts it refuses (rustc_hir_typeck::cast `do_check` and
`report_cast_error`).

rustc sorts both sides into cast kinds (`CastTy`: an integer, `bool`, `char`, a
fieldless enum, a float, a fn pointer, a raw pointer) and decides the pair; a side
with no cast kind makes the cast "non-primitive" (E0605), except a reference cast to a
number, which rustc explains (E0606: dereference it, or cast through a raw pointer).
Casts are checked at the end of the body, after literal fallback: an unsuffixed
literal shows as `i32` there, and as `{integer}` only when the body already has
errors (rustc's fallback does not run in a tainted body).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import Ty, display

# rustc's help texts and labels, verbatim.
_PRIMITIVE_ONLY = ("an `as` expression can only be used to convert between primitive types "
                   "or to coerce to a specific trait object")
_ENUM_FIELDLESS = ("an `as` expression can be used to convert enum types to numeric types "
                   "only if the enum type is unit-only or field-less")
_ENUM_NOTE = ("see https://doc.rust-lang.org/reference/items/enumerations.html#casting "
              "for more information")


def literal_expectation(expr: ast.Expr, target: Ty) -> Ty | None:
    """The type an unsuffixed literal operand takes from its cast (rustc's
    `ExpectCastableToType` in `check_lit`): `65 as char` is a `u8` literal,
    `3000000000 as i64` an `i64` one. The expectation passes through parentheses and
    `-` (so `-1 as u32` is rustc's E0600)."""
    e = expr
    while True:
        k = e.kind
        if isinstance(k, ast.ExprParen):
            e = k.expr
        elif isinstance(k, ast.ExprUnary) and k.op == "-":
            e = k.expr
        else:
            break
    if not isinstance(e.kind, ast.ExprLit) or getattr(e.kind.lit, "suffix", None):
        return None
    kind = e.kind.lit.kind
    if kind == "int":
        if target.kind == "int":
            return target
        if target.kind == "char":
            return Ty("int", "u8")
    if kind == "float" and target.kind == "float":
        return target
    return None


def ref_coercion_cast(fcx, t: Ty, target: Ty) -> bool:
    """`&mut n as &i32`, `&s as &str`, `&v as &[u8]`: rustc first tries the cast as a
    coercion (`try_coercion_cast`); between references it is one, checked where the
    operand was just checked (so a deref coercion is recorded on it for MIR, and the
    cast itself moves the pointer unchanged)."""
    if fcx.infer.shallow(t).kind != "ref" or fcx.infer.shallow(target).kind != "ref":
        return False
    return fcx.coerce(t, target)


def _cast_kind(fcx, t: Ty) -> str | None:
    """rustc's `CastTy::from_ty`, as a name ("u8" for the one integer that casts to
    `char`)."""
    if t.kind == "int":
        return "u8" if t.name == "u8" else "int"
    if t.kind == "intvar":
        return "int"
    if t.kind in ("float", "floatvar"):
        return "float"
    if t.kind in ("bool", "char", "fnptr"):
        return t.kind
    if t.kind == "adt":
        adt = fcx.results.adts.get(t.name)
        if adt is not None and adt.kind == "enum" and all(not v.tys for v in adt.variants):
            return "cenum"
    return None


def _shown(e: ast.Expr, t: Ty) -> str:
    """A string literal's type is `&'static str` (its region is known); a variable's
    region is erased and not printed."""
    inner = ast.unparen(e)
    if isinstance(inner.kind, ast.ExprLit) and inner.kind.lit.kind == "str" \
            and t.kind == "ref" and t.args[0].kind == "str":
        return "&'static str"
    return display(t)


def _snippet(fcx, span: Span) -> str | None:
    src = fcx.res.source
    return src.snippet(span) if src is not None else None


def report(fcx, e: ast.Expr, src: Ty, dst: Ty) -> Diagnostic | None:
    """The error for `e` (`x as T`) casting `src` to `dst`, or None when the cast is
    valid. `src` is already resolved (and fallen back unless the body is tainted)."""
    k = e.kind
    if src.references_error or dst.references_error or src == dst:
        return None
    if src.kind in ("fndef", "fnptr"):
        # A function's address as a number: the machine has no addresses to give.
        from ..unsupported import unsupported
        return unsupported(e.span, "casting a function to a number or another type")
    s, t = _cast_kind(fcx, src), _cast_kind(fcx, dst)
    shown = _shown(k.expr, src)
    if t is None or s is None:
        if t is not None and src.kind == "ref" and t != "fnptr":
            return _ref_cast(fcx, e, src, dst, shown, t)
        return _non_primitive(fcx, e, src, dst, shown)
    if t in ("cenum", "fnptr"):
        return _non_primitive(fcx, e, src, dst, shown)
    if t == "bool":
        return None if s == "bool" else _to_bool(e, src, shown, s)
    if t == "char":
        return None if s in ("u8", "char") else _to_char(fcx, e, src, shown)
    if t == "float" and s in ("bool", "char", "cenum"):
        return _invalid(e, shown, dst).help("cast through an integer first")
    if s == "fnptr" and t == "float":
        return _invalid(e, shown, dst)
    return None     # numeric, `bool`/`char`/enum to an integer: valid


def _invalid(e: ast.Expr, shown: str, dst: Ty) -> Diagnostic:
    return Diagnostic.error(f"casting `{shown}` as `{display(dst)}` is invalid", e.span,
                            code="E0606")


def _ref_cast(fcx, e: ast.Expr, src: Ty, dst: Ty, shown: str, t: str) -> Diagnostic:
    """`&x as u32`: a reference to a number needs `*`; any other reference becomes
    an address first (rustc's NeedDeref / NeedViaPtr)."""
    k = e.kind
    d = _invalid(e, shown, dst)
    inner = src.args[0]
    if t != "fnptr":    # (rustc: any integer-like or float target)
        if inner.kind in ("int", "float", "intvar", "floatvar"):
            op = ast.unparen(k.expr)
            if isinstance(op.kind, ast.ExprAddrOf):
                # just the borrow: `&5u8` up to where `5u8` starts
                borrowed = op.kind.expr
                while isinstance(borrowed.kind, ast.ExprAddrOf):
                    borrowed = borrowed.kind.expr
                span = Span(k.expr.span.lo, borrowed.span.lo)
                d.help("remove the unneeded borrow",
                       suggestions=[Suggestion(span, "", "MachineApplicable", "ShowAlways")])
            else:
                d.help("dereference the expression",
                       suggestions=[Suggestion(Span(k.expr.span.lo, k.expr.span.lo), "*",
                                               "MachineApplicable", "ShowAlways")])
            return d
    if dst.kind == "int":     # (rustc's "through a raw pointer" only for integer targets)
        d.help("cast through a raw pointer first")
    return d


def _to_bool(e: ast.Expr, src: Ty, shown: str, s: str) -> Diagnostic:
    d = Diagnostic.error(f"cannot cast `{shown}` as `bool`", e.span, code="E0054")
    if s in ("int", "u8", "float"):
        inner = e.kind.expr
        d.help("compare with zero instead",
               suggestions=[Suggestion(Span(inner.span.hi, e.span.hi), " != 0",
                                       "MachineApplicable", "ShowAlways")])
    else:
        d.spans[0].label = "unsupported cast"
    return d


def _to_char(fcx, e: ast.Expr, src: Ty, shown: str) -> Diagnostic:
    d = Diagnostic.error(f"only `u8` can be cast as `char`, not `{shown}`", e.span,
                         "invalid cast", code="E0604")
    if src.kind not in ("int", "intvar", "float", "floatvar"):
        return d
    if src == Ty("int", "u32"):
        k = e.kind
        d.help("consider using `char::from_u32` instead",
               suggestions=[Suggestion(Span(k.expr.span.lo, k.expr.span.lo), "char::from_u32(",
                                       "MachineApplicable", "ShowAlways"),
                            Suggestion(Span(k.expr.span.hi, e.span.hi), ")",
                                       "MachineApplicable", "ShowAlways")])
    elif src == Ty("int", "i8"):
        d.help("consider casting from `u8` instead", e.span)
    else:
        d.help("consider using `char::from_u32` instead (via a `u32`)", e.span)
    return d


def _non_primitive(fcx, e: ast.Expr, src: Ty, dst: Ty, shown: str) -> Diagnostic:
    """E0605, with rustc's help: borrow the value for a reference target, use `From`
    where an impl exists, and the note about enums with fields."""
    k = e.kind
    d = Diagnostic.error(f"non-primitive cast: `{shown}` as `{display(dst)}`", e.span,
                         code="E0605")
    if isinstance(ast.unparen(k.expr).kind, ast.ExprAddrOf):
        d.note(f"casting reference expression `{_snippet(fcx, k.expr.span)}` because `&` "
               "binds tighter than `as`")
    if dst.kind == "ref":
        if src.kind == "ref" and not src.mutable and dst.mutable \
                and _borrow_coerces(src.args[0], dst.args[0]):
            d.spans[0].label = "invalid cast"     # (`&x as &mut i32`)
            d.note("this reference is immutable", k.expr.span)
            d.note("trying to cast to a mutable reference type", k.ty.span)
            return d
        if _borrow_coerces(src, dst.args[0]):
            d.spans[0].label = "invalid cast"
            prefix = "&mut " if dst.mutable else "&"
            d.help("consider borrowing the value",
                   suggestions=[Suggestion(Span(k.expr.span.lo, k.expr.span.lo), prefix,
                                           "MachineApplicable", "ShowAlways")])
            return d
    elif dst.kind in ("fndef", "fnptr", "closure"):
        d.note(_PRIMITIVE_ONLY)
        return d
    snippet = _snippet(fcx, k.expr.span)
    if snippet is not None and dst.kind == "adt" and _from_holds(fcx, dst, src):
        d.help("consider using the `From` trait instead",
               suggestions=[Suggestion(e.span, f"{_value_path(dst)}::from({snippet})",
                                       "MaybeIncorrect", "ShowAlways")])
    fieldful_enum = src.kind == "adt" and dst.kind in ("int", "float") \
        and getattr(fcx.results.adts.get(src.name), "kind", None) == "enum"
    d.spans[0].label = _ENUM_FIELDLESS if fieldful_enum else _PRIMITIVE_ONLY
    if fieldful_enum:
        d.note(_ENUM_NOTE)
    return d


def _borrow_coerces(src: Ty, inner: Ty) -> bool:
    """Whether `&src` coerces to `&inner` (rustc's `may_coerce` for the borrow help):
    the same type, or one step of std's `Deref`/unsizing (`String` to `str`, `Vec<T>`
    and `[T; N]` to `[T]`, `Box<T>` to `T`)."""
    if src == inner:
        return True
    if src.kind == "adt" and src.name == "String":
        return inner.kind == "str"
    if src.kind == "adt" and src.name == "Vec" and src.args:
        return inner.kind == "slice" and inner.args[0] == src.args[0]
    if src.kind == "array":
        return inner.kind == "slice" and inner.args[0] == src.args[0]
    if src.kind == "adt" and src.name == "Box" and src.args:
        return src.args[0] == inner
    return False


# std's `impl<T> From<T> for X<T>` of the wrappers Ferrite's std does not declare it for.
_WRAPS_FROM = ("Option", "Box", "Rc", "Arc", "Cell", "RefCell", "Mutex", "RwLock")


def _from_holds(fcx, dst: Ty, src: Ty) -> bool:
    """`dst: From<src>` must hold (unknown is no)."""
    if dst.name in _WRAPS_FROM and len(dst.args) == 1 and dst.args[0] == src:
        return True
    if dst.name == "Vec" and len(dst.args) == 1 and _vec_from(src, dst.args[0]):
        return True
    from .trait_args import TraitRef, holds
    return holds(fcx, dst, TraitRef("From", (src,))) is True


def _vec_from(src: Ty, elem: Ty) -> bool:
    """std's `From` impls for `Vec<T>` (`[T; N]`, `&[T]`, `&mut [T]`; `Vec<u8>` from
    `&str` and `String`)."""
    if src.kind == "array" or src.kind == "ref" and src.args[0].kind == "slice":
        inner = src if src.kind == "array" else src.args[0]
        return inner.args[0] == elem
    if elem == Ty("int", "u8"):
        return src == Ty("adt", "String") or src.kind == "ref" and src.args[0].kind == "str"
    return False


def _value_path(t: Ty) -> str:
    """rustc's `value_path_str_with_args`: `String`, `Wrapper::<i32>`."""
    shown = display(t)
    if "<" in shown:
        name, rest = shown.split("<", 1)
        return f"{name}::<{rest}"
    return shown
