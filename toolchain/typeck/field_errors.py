"""The errors of a field access that finds no field, as rustc's `check_expr_field`
words them (rustc_hir_typeck/src/expr.rs):

- E0615 "attempted to take value of method" when a method of that name exists for the
  base (rustc's `method_exists_for_diagnostic`), with "use parentheses to call the
  method" suggesting `()` or one `_` per argument;
- E0610 "`u32` is a primitive type and therefore doesn't have fields" when the base,
  as written (not auto-dereferenced), is a primitive: `bool`, `char`, `str`, a number
  or an integer/float variable; on an unsuffixed integer literal (`1.e5`, `1.f32`)
  with the help to add the `0` the learner meant;
- E0609 "no field" otherwise, naming the unadjusted type (`&Point`, `&(i32, i32)`)
  with the similar-name help or the note listing the available fields.

The method probe here is a diagnostic one: inherent methods (user and std impls, and
std's deref targets `[T]`/`str`), then trait methods through traits.probe. When std's
docs list a method Ferrite's std lacks, rustc would say E0615 with an arity Ferrite
cannot know: that is reported as unsupported rather than guessed.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, Ty, display
from ..unsupported import unsupported

# rustc's `Ty::is_primitive_ty`: the kinds E0610 is about.
_PRIMITIVE_KINDS = ("int", "float", "bool", "char", "str", "intvar", "floatvar")
# Methods of blanket impls every type has (`impl<T, U: From<T>> Into<U> for T`, and
# `TryInto` likewise, in the 2021+ prelude): rustc's probe accepts them on any base.
_BLANKET = {"into": 0, "try_into": 0}
_UNKNOWN = "unknown"
# Methods of the std traits every primitive implements (Clone, ToString, ToOwned,
# PartialEq, PartialOrd, Ord, Hash, Debug/Display), by their arity; a primitive has one
# when std's docs list it for that type.
_PRIM_TRAIT_ARITY = {"clone": 0, "to_string": 0, "to_owned": 0, "eq": 1, "ne": 1, "lt": 1,
                     "le": 1, "gt": 1, "ge": 1, "cmp": 1, "partial_cmp": 1, "max": 1, "min": 1,
                     "clamp": 2, "hash": 1, "fmt": 1, "clone_from": 1, "clone_into": 1}
# Names std's docs list that are associated functions without `self` (`u32::max_value()`,
# `i32::from(..)`, `Sum::sum(iter)`): rustc's method probe does not see them.
_NOT_METHODS = ("default", "max_value", "min_value", "sum", "product", "steps_between",
                "forward", "forward_checked", "forward_unchecked", "backward",
                "backward_checked", "backward_unchecked", "decode_utf16", "sample")


def report(fcx, e: ast.Expr, k: ast.ExprField, base: Ty) -> Ty:
    """No field `k.ident` on `base` (the type after auto-deref): E0615, E0610 or E0609."""
    shown = fcx.infer.resolve(fcx.types.get(k.expr.id, base))
    name = k.ident.name
    arity = method_arity(fcx, shown, base, name) if not name.isdigit() else None
    if arity == _UNKNOWN:
        fcx.diags.append(unsupported(k.ident.span, f"naming the std method `{name}` as a field"))
        return ERROR
    if arity is not None:
        fcx.diags.append(take_method(fcx, k, shown, arity))
        return ERROR
    if shown.kind in _PRIMITIVE_KINDS:
        fcx.diags.append(_primitive(fcx, k, shown))
        return ERROR
    fcx.diags.append(_no_field(fcx, k, shown, base))
    return ERROR


def take_method(fcx, k: ast.ExprField, shown: Ty, arity: int) -> Diagnostic:
    """E0615, with rustc's `suggest_method_call`: `()`, or `(_, _)` for two arguments."""
    name = k.ident.name
    d = Diagnostic.error(f"attempted to take value of method `{name}` on type `{display(shown)}`",
                         k.ident.span, "method, not a field", code="E0615")
    at = Span(k.ident.span.hi, k.ident.span.hi)
    text = "(" + ", ".join("_" for _ in range(arity)) + ")"
    d.help("use parentheses to call the method",
           suggestions=[Suggestion(at, text, "HasPlaceholders" if arity else "MaybeIncorrect",
                                   "ShowAlways")])
    return d


def method_arity(fcx, shown: Ty, base: Ty, name: str):
    """The number of arguments (besides `self`) of the method `name` rustc's probe would
    find on `shown`; None when it has none; _UNKNOWN when only std's docs know it."""
    if base.kind not in ("intvar", "floatvar"):   # (`{integer}` has no inherent methods)
        got = _inherent(fcx, base, name)
        if got is not None:
            return got
    from . import traits
    try:
        cands = traits.probe(fcx, shown, name)
    except (KeyError, AttributeError, IndexError):    # (a probe that cannot say: ask the docs)
        cands = []
    for c in cands:
        ti = fcx.res.traits.defs[c.trait].items.get(name)
        if ti is not None and ti.item is not None:
            return len(ti.item.kind.sig.params)
        return _UNKNOWN
    if name in _BLANKET:
        return _BLANKET[name]
    if name == "clone" and base.kind not in ("intvar", "floatvar") and fcx.is_clone(base):
        return 0
    if not _documented(base, name) or _associated_fn(name):
        return None
    if _text(base) in _PRIMITIVE_KINDS and name in _PRIM_TRAIT_ARITY:
        return _PRIM_TRAIT_ARITY[name]
    return _UNKNOWN


def _associated_fn(name: str) -> bool:
    return name in _NOT_METHODS or name.startswith(("from", "try_from", "new", "with_"))


def _text(base: Ty) -> str:
    """`base`'s kind, with `&str` (which the auto-deref keeps) as `str`."""
    return "str" if base.kind == "ref" and base.args[0].kind == "str" else base.kind


def _inherent(fcx, base: Ty, name: str):
    from . import prim_methods, std_probe
    assoc = fcx.res.assoc
    tables = []
    if base.kind == "adt":
        tables.append(assoc.get(base.name, {}))
        through = std_probe.deref_target(base)
        if through is not None:
            tables.append(assoc.get(through[1], {}))
    elif base.kind in prim_methods.PRIM_KINDS:
        a = prim_methods.lookup(fcx, base, name)
        if a is not None:
            return _fn_arity(a)
    elif base.kind in ("array", "slice"):
        tables.append(assoc.get("[T]", {}))
    elif _text(base) == "str":
        tables.append(assoc.get("str", {}))
    for table in tables:
        a = table.get(name)
        if a is not None:
            return _fn_arity(a)
    return None


def _fn_arity(a):
    if a.kind != "fn" or not a.has_self:
        return None
    return len(a.item.kind.sig.params)


def _documented(base: Ty, name: str) -> bool:
    """Does std (per its docs) give `base` a method `name` that Ferrite's std lacks?"""
    from .std_method_names import ADT_METHODS, PRIMITIVE_METHODS
    if base.kind in ("int", "float"):
        return name in PRIMITIVE_METHODS.get(base.name, ())
    if _text(base) in ("bool", "char", "str", "array", "slice"):
        return name in PRIMITIVE_METHODS.get(_text(base), ())
    if base.kind == "adt":
        return name in ADT_METHODS.get(base.name, ())
    if base.kind in ("intvar", "floatvar"):    # (its trait methods: ambiguous here)
        from .prim_methods import numeric_inherent
        return name in PRIMITIVE_METHODS["i32" if base.kind == "intvar" else "f64"] \
            and not numeric_inherent(name)
    return False


def _primitive(fcx, k: ast.ExprField, shown: Ty) -> Diagnostic:
    d = Diagnostic.error(f"`{display(shown)}` is a primitive type and therefore doesn't have fields",
                         k.ident.span, code="E0610")
    if shown.kind == "intvar" and _unsuffixed_int(k.expr):
        name, span = k.ident.name, k.ident.span
        if _valid_float_suffix(name):
            d.help("if intended to be a floating point literal, consider adding a `0` after "
                   "the period", suggestions=[Suggestion(Span(span.lo, span.lo), "0",
                                                         "MaybeIncorrect", "ShowAlways")])
        else:
            suffix = _partial_suffix(name)
            if suffix is not None:
                d.help("if intended to be a floating point literal, consider adding a `0` after "
                       f"the period and a `{suffix}` suffix",
                       suggestions=[Suggestion(span, "0" + suffix, "MaybeIncorrect",
                                               "ShowAlways")])
    return d


def _unsuffixed_int(e: ast.Expr) -> bool:
    e = ast.unparen(e)
    return isinstance(e.kind, ast.ExprLit) and e.kind.lit.kind == "int" and not e.kind.lit.suffix


def _valid_float_suffix(field: str) -> bool:
    """rustc's `is_valid_suffix`: `f32`, `e5`, `e5f64`, ... (what `1.0` + field would lex as)."""
    if field in ("f16", "f32", "f64", "f128"):
        return True
    i = 0
    if field[:1] in ("e", "E"):
        i = 1
        if i < len(field) and not field[i].isdigit() and field[i] not in "-+":
            return False
        while i < len(field) and field[i].isdigit():
            i += 1
    return field[i:] in ("", "f16", "f32", "f64", "f128")


def _partial_suffix(field: str) -> str | None:
    """rustc's `maybe_partial_suffix`: `f3` means `f32`, `l` means `f64`."""
    if field[:1].lower() not in ("f", "l") or not all(c.isdigit() for c in field[1:]):
        return None
    return "f32" if field[:1].lower() == "f" else "f64"


def _no_field(fcx, k: ast.ExprField, shown: Ty, base: Ty) -> Diagnostic:
    name = k.ident.name
    d = Diagnostic.error(f"no field `{name}` on type `{display(shown)}`", k.ident.span,
                         "unknown field", code="E0609")
    if base.kind == "adt":
        adt = fcx.results.adts[base.name]
        from ..resolve.suggest import find_best_match
        best = find_best_match(adt.names, name) if adt.kind == "named" else None
        if best is not None:
            d.help("a field with a similar name exists",
                   suggestions=[Suggestion(k.ident.span, best, "MaybeIncorrect", "ShowAlways")])
        elif adt.names:
            d.note(available_fields(adt.names))
    elif base.kind == "tuple" and base.args:
        d.note(available_fields([str(i) for i in range(len(base.args))]))
    return d


def available_fields(names: list[str]) -> str:
    """rustc's note listing the fields that are left (E0609, E0560)."""
    return ("available fields are: " if len(names) > 1 else "available field is: ") \
        + ", ".join(f"`{n}`" for n in names)
