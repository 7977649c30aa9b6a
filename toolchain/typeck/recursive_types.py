"""E0072: a struct or enum that contains itself by value has infinite size.

rustc finds the field whose type reaches the type again without an indirection (a
reference, a `Box`, a `Vec`: std's heap types have no fields by value, std/*.rs),
labels the first such field's mention of the type, and suggests boxing it. A cycle
through another of the learner's types (`A` holds `B` holds `A`) gets rustc's
one error for both in rustc; Ferrite refuses it honestly instead.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import is_std_span
from ..syntax import ast
from ..types import Ty, subst
from ..unsupported import unsupported

# std's types that hold their arguments by value (enums with fields).
_BY_VALUE_STD = {"Option", "Result"}


def check(res, results) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for name, adt in res.adts.items():
        if is_std_span(adt.span):
            continue
        fields = list(adt.fields) + [f for v in adt.variants for f in v.fields]
        at = None
        for f in fields:
            at = _mention(f.ty, name, res)
            if at is not None:
                break
        if at is not None:
            d = Diagnostic.error(f"recursive type `{name.rsplit('::', 1)[-1]}` has infinite size",
                                 adt.header, code="E0072")
            d.secondary(at, "recursive without indirection")
            d.help("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle",
                   suggestions=[Suggestion(Span(at.lo, at.lo), "Box<", "HasPlaceholders",
                                           "ShowAlways"),
                                Suggestion(Span(at.hi, at.hi), ">", "HasPlaceholders",
                                           "ShowAlways")])
            out.append(d)
        elif any(_contains(t, name, results, set()) for t in _field_tys(results, name, ())):
            out.append(unsupported(adt.header, "types that contain each other without "
                                               "indirection"))
    return out


def _mention(t: ast.Ty, name: str, res) -> Span | None:
    """Where the field type `t` names the type `name` by value."""
    k = t.kind
    if isinstance(k, ast.TyParen):
        return _mention(k.ty, name, res)
    if isinstance(k, ast.TyTuple):
        for el in k.elems:
            got = _mention(el, name, res)
            if got is not None:
                return got
        return None
    if isinstance(k, ast.TyArray):
        return _mention(k.elem, name, res)
    if isinstance(k, ast.TyPath):
        r = res.types.get(t.id)
        if r is None or r.kind != "adt":
            return None
        if r.target == name:
            return t.span
        if r.target in _BY_VALUE_STD or (r.target in res.adts
                                         and not is_std_span(res.adts[r.target].span)):
            seg = k.path.segments[-1]
            for a in (seg.args.args if seg.args is not None else ()):
                if isinstance(a, ast.Ty):
                    got = _mention(a, name, res)
                    if got is not None:
                        return got
    return None


def _field_tys(results, adt: str, args: tuple) -> list[Ty]:
    layout = results.adts.get(adt)
    if layout is None:
        return []
    tys = list(layout.tys) + [t for v in layout.variants for t in v.tys]
    return [subst(t, args) for t in tys]


def _contains(t: Ty, name: str, results, seen: set) -> bool:
    """Whether a value of `t` holds a `name` by value (through any type but itself)."""
    if t.kind in ("tuple", "array"):
        return any(_contains(a, name, results, seen) for a in t.args)
    if t.kind != "adt":
        return False
    if t.name == name:
        return True
    if t in seen:
        return False
    seen.add(t)
    return any(_contains(f, name, results, seen) for f in _field_tys(results, t.name, t.args))
