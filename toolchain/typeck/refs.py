"""References in the type checker: `&e` / `&mut e`, `*e`, auto-deref of field
access, the `&mut T` to `&T` coercion, reference helps on mismatches, and match
ergonomics (rustc's default binding modes).

What MIR lowering needs is recorded in `TypeckResults`:
- `field_derefs[field expr id]`: how many references a field access goes through,
- `pat_derefs[pat id]`: how many references a pattern matched through (default
  binding modes; a `&pat` pattern counts one),
- `binding_modes[binding pat id]`: "ref" / "ref mut" for bindings that borrow,
- `reborrows`: `&mut` values used at a coercion site expecting a reference, which are
  reborrowed (`&mut *r`), not moved.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, STR, Ty, describe, display, is_box, ref
from ..unsupported import unsupported


def addr_of(fcx, e: ast.Expr, k: ast.ExprAddrOf, expected: Ty | None) -> Ty:
    inner_expected = None
    if expected is not None:
        x = fcx.infer.shallow(expected)
        if x.kind == "ref":
            inner_expected = x.args[0]
    t = fcx.check_expr(k.expr, inner_expected)
    if k.mutable and "index_derefs" in fcx.results.__dict__:    # `&mut w[i]` (index_deref.py)
        from .index_deref import mark_write
        mark_write(fcx, k.expr)
    return ref(t, k.mutable)


def deref(fcx, e: ast.Expr, k: ast.ExprUnary) -> Ty:
    t = fcx.infer.shallow(fcx.check_expr(k.expr, None))
    if is_box(t):
        return t.args[0]
    if t.kind == "adt":       # `*x` is `*Deref::deref(&x)` (typeck/deref.py)
        from .deref import step
        got = step(fcx, t, e.id in getattr(fcx, "deref_writes", ()))
        if got is not None:
            fcx.results.overloaded_derefs[e.id] = got[1]
            from .deref import note
            note(fcx, fcx.results.overloaded_derefs, e.id)
            return got[0]
    if t.kind == "param":     # `*x` with `T: Deref` (typeck/param_deref.py)
        from .param_deref import step as param_step
        got = param_step(fcx, t, e.id in getattr(fcx, "deref_writes", ()))
        if got is not None:
            fcx.results.overloaded_derefs[e.id] = got[1]
            return got[0]
    if t.kind == "ref":
        if t.args[0].kind == "str":
            fcx.diags.append(unsupported(e.span, "dereferencing a `&str`"))
            return ERROR
        return t.args[0]
    if t.is_error:
        return ERROR
    if t.kind == "ptr":       # (typeck/raw_ptrs.py)
        from .raw_ptrs import refuse_deref
        refuse_deref(fcx, e.span)
        return ERROR
    if t.kind == "var":
        fcx.diags.append(Diagnostic.error("type annotations needed", k.expr.span, code="E0282"))
        return ERROR
    fcx.diags.append(Diagnostic.error(
        f"type `{display(fcx.infer.resolve(t))}` cannot be dereferenced", e.span,
        "can't be dereferenced", code="E0614"))
    return ERROR


def peel(t: Ty) -> tuple[Ty, int]:
    """`t` without its outer references and boxes (a `&str` stays: `str` is not a value
    type); each is one `deref` projection in MIR."""
    n = 0
    while (t.kind == "ref" and t.args[0].kind != "str") or is_box(t):
        t, n = t.args[0], n + 1
    return t, n


_SMART = ("Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard")     # (std's guards of a RefCell point to its value too)


def peel_rc(fcx, t: Ty) -> tuple[Ty, int]:
    """`peel`, also through `Rc`s: an `Rc` is a pointer in the machine too
    (interp/shims_rc.py), so its auto-deref for a field or an index is one deref step."""
    inner, n = peel(t)
    while inner.kind == "adt" and inner.name in _SMART and len(inner.args) == 1:
        inner, m = peel(fcx.infer.resolve(inner.args[0]))
        n += m + 1
    return inner, n


def autoderef_base(fcx, e: ast.Expr, k: ast.ExprField) -> Ty:
    """The type a field access looks into, after auto-deref (recorded for MIR)."""
    base = fcx.infer.resolve(fcx.check_expr(k.expr, None))
    inner, n = peel_rc(fcx, base)
    if n:
        fcx.results.field_derefs[e.id] = n
    return inner


def coerce_ref(fcx, found: Ty, expected: Ty) -> bool | None:
    """The `&mut T` to `&T` coercion; None when it does not apply."""
    f, x = fcx.infer.shallow(found), fcx.infer.shallow(expected)
    if f.kind == "ref" and x.kind == "ref" and f.mutable and not x.mutable:
        return fcx.infer.unify(f.args[0], x.args[0])
    return None


def note_reborrow(fcx, e: ast.Expr, found: Ty, expected: Ty) -> None:
    f, x = fcx.infer.shallow(found), fcx.infer.shallow(expected)
    if f.kind == "ref" and f.mutable and x.kind == "ref":
        fcx.results.reborrows.add(ast.unparen(e).id)


def mismatch_help(fcx, d: Diagnostic, e: ast.Expr, expected: Ty, found: Ty,
                  ty_span: Span | None = None) -> bool:
    """rustc's borrow helps on E0308: `consider borrowing here`, `consider removing the
    borrow`, `consider dereferencing the borrow`. True when one applied."""
    e = ast.unparen(e)
    shown = (display(expected), display(found))
    if expected.kind == "ref" and found.kind == "ref" and expected.mutable and not found.mutable \
            and fcx.infer.unify(expected.args[0], found.args[0]):
        d.spans[0].label = "types differ in mutability"
        # rustc puts this note before the notes of the mismatch's cause.
        d.note(f"expected mutable reference `{shown[0]}`\n{' ' * 11}found reference `{shown[1]}`")
        d.children.insert(0, d.children.pop())
        return True
    from . import coerce_unsize
    if expected.kind == "ref" and found.kind != "ref" \
            and (fcx.infer.unify(expected.args[0], found)
                 or coerce_unsize.derefs_to(fcx, found, expected.args[0])) and _is_place(e):
        prefix = "&mut " if expected.mutable else "&"
        at = Span(e.span.lo, e.span.lo)
        d.help("consider borrowing here", suggestions=[Suggestion(at, prefix, "MachineApplicable",
                                                                  "ShowAlways")])
        return True
    if found.kind == "ref" and expected.kind != "ref" and fcx.infer.unify(found.args[0], expected):
        if isinstance(e.kind, ast.ExprAddrOf):
            amp = Span(e.span.lo, e.kind.expr.span.lo)
            d.help("consider removing the borrow",
                   suggestions=[Suggestion(amp, "", "MachineApplicable", "ShowAlways")])
            if ty_span is not None:
                d.help("alternatively, consider changing the type annotation",
                       suggestions=[Suggestion(Span(ty_span.lo, ty_span.lo),
                                               "&mut " if found.mutable else "&",
                                               "MaybeIncorrect", "ShowAlways")])
            return True
        if fcx.is_copy(expected):
            at = Span(e.span.lo, e.span.lo)
            d.help("consider dereferencing the borrow",
                   suggestions=[Suggestion(at, "*", "MachineApplicable", "ShowAlways")])
            return True
    if found.kind == "adt" and found.name in _SMART and len(found.args) == 1 \
            and fcx.is_copy(expected) and fcx.infer.unify(found.args[0], expected):
        d.help("consider dereferencing the type",      # (a `Ref<'_, i32>` for an `i32`)
               suggestions=[Suggestion(Span(e.span.lo, e.span.lo), "*", "MachineApplicable",
                                       "ShowAlways")])
        return True
    if is_box(found) and fcx.infer.unify(found.args[0], expected):
        at = Span(e.span.lo, e.span.lo)
        d.help("consider unboxing the value",
               suggestions=[Suggestion(at, "*", "MachineApplicable", "ShowAlways")])
        return True
    from .to_string_help import help as to_string_help     # (`.to_string()` of a `Display`)
    return coerce_unsize.conversion_help(d, e, expected, found) \
        or to_string_help(fcx, d, e, expected, found)


def _is_place(e: ast.Expr) -> bool:
    return isinstance(e.kind, (ast.ExprPath, ast.ExprField, ast.ExprLit, ast.ExprTuple,
                               ast.ExprStruct, ast.ExprCall, ast.ExprMethodCall, ast.ExprIndex))


# -- patterns ------------------------------------------------------------------------------

_PEELING = (ast.PatStruct, ast.PatTupleStruct, ast.PatPath, ast.PatTuple, ast.PatLit, ast.PatRange,
            ast.PatSlice)


def check_pat(fcx, p: ast.Pat, expected: Ty) -> bool:
    """Patterns meeting references: binding modes, `&pat`, and non-reference patterns
    matched against a reference (default binding modes). True when handled here."""
    k = p.kind
    mode = getattr(fcx, "bind_mode", "move")
    if isinstance(k, ast.PatIdent):
        if k.by_ref or mode != "move":
            if mode != "move" and (k.by_ref or k.mutable):
                fcx.diags.append(unsupported(p.span, "`ref` or `mut` bindings under a default "
                                             "binding mode"))
                return True
            m = ("ref mut" if k.mutable else "ref") if k.by_ref else mode
            fcx.results.binding_modes[p.id] = m
            fcx.local_types[p.id] = ref(expected, m == "ref mut")
            if k.sub is not None:
                fcx.check_pat(k.sub, expected)
            return True
        return False
    if isinstance(k, ast.PatRef):
        if mode != "move":
            if getattr(fcx.res, "edition", "2024") >= "2024":
                _explicit_deref_2024(fcx, p)
            # Edition 2021: an `&` pattern resets the default binding mode (`|(_, &n)|`
            # over `&(&str, &usize)` binds `n: usize`); 2024 reports it (above) and types
            # it the same way, as rustc's later check leaves typeck as it was.
            saved = fcx.bind_mode
            fcx.bind_mode = "move"
            try:
                return check_pat(fcx, p, expected)
            finally:
                fcx.bind_mode = saved
        t = fcx.infer.shallow(expected)
        if t.kind == "ref" and t.mutable == k.mutable:
            fcx.results.pat_derefs[p.id] = 1
            fcx.check_pat(k.pat, t.args[0])
            return True
        if t.kind == "var":
            inner = fcx.infer.new_var()
            fcx.infer.unify(t, ref(inner, k.mutable))
            fcx.results.pat_derefs[p.id] = 1
            fcx.check_pat(k.pat, inner)
            return True
        if not t.is_error:
            d = Diagnostic.error("mismatched types", p.span,
                                 f"expected {describe(fcx.infer.resolve(t))}, found "
                                 f"`{'&mut ' if k.mutable else '&'}_`", code="E0308")
            if fcx.origin is not None:
                d.secondary(fcx.origin[0], "this expression has type "
                            f"`{display(fcx.infer.resolve(fcx.origin[1]))}`")
            d.note(f"expected {_noun(t)} `{display(fcx.infer.resolve(t))}`\n"
                   f"   found reference `{'&mut ' if k.mutable else '&'}_`")
            fcx.diags.append(d)
        fcx.check_pat(k.pat, ERROR)
        return True
    if isinstance(k, _PEELING):
        t = fcx.infer.shallow(expected)
        n = 0
        while t.kind == "ref" and not (t.args[0].kind == "str" and isinstance(k, ast.PatLit)):
            mode = "ref" if (not t.mutable or mode == "ref") else "ref mut"
            t = fcx.infer.shallow(t.args[0])
            n += 1
        if not n:
            return False
        fcx.results.pat_derefs[p.id] = n
        saved = getattr(fcx, "bind_mode", "move")
        saved_origin = getattr(fcx, "bind_origin", None)
        if saved == "move":       # (where the default binding mode began: its note)
            fcx.bind_origin = (p.span, n)
        fcx.bind_mode = mode
        try:
            fcx.check_pat(p, t)
        finally:
            fcx.bind_mode = saved
            fcx.bind_origin = saved_origin
        return True
    return False


def _explicit_deref_2024(fcx, p: ast.Pat) -> None:
    """Edition 2024's rule: no `&` pattern inside a pattern that borrows implicitly."""
    amp = Span(p.span.lo, p.span.lo + 1)
    d = Diagnostic.error("cannot explicitly dereference within an implicitly-borrowing "
                         "pattern", amp, "reference pattern not allowed when implicitly "
                         "borrowing")
    d.note("for more information, see "
           "<https://doc.rust-lang.org/reference/patterns.html#binding-modes>")
    origin = getattr(fcx, "bind_origin", None)
    if origin is not None:
        span, n = origin
        note = Diagnostic("note", "matching on a reference type with a non-reference pattern "
                                  "implicitly borrows the contents")
        note.primary(span, "this non-reference pattern matches on a reference type `"
                     + "&" * n + "_`")
        d.children.append(note)
        d.help("match on the reference with a reference pattern to avoid implicitly borrowing",
               suggestions=[Suggestion(Span(span.lo, span.lo), "&" * n, "MachineApplicable",
                                       "ShowCode")])
    if fcx.sig is not None and fcx.sig.noun == "closure":
        fcx.__dict__.setdefault("closure_pat_errors", []).append(d)   # (check.py: last)
    else:
        fcx.diags.append(d)


def _noun(t: Ty) -> str:
    return {"int": "type", "float": "type", "tuple": "tuple", "adt": "struct"}.get(t.kind, "type")


def comparable_peel(t: Ty) -> Ty:
    """Comparison operators on references compare what they point to."""
    return peel(t)[0]


def resolve_ref(fcx, t: Ty) -> Ty:
    """A reference with its referent known (a projection normalised: `&I::Item`)."""
    # (and a referent still an inference variable once known: `retain(|x| x % 2 == 0)`
    # on a `Vec<{integer}>`, whose `&T` was made before `T` was)
    return fcx.infer.resolve(t) if t.kind == "ref" and t.args[0].kind in ("proj", "var") else t


def arith_peel(t: Ty) -> Ty:
    """`&i32 + i32` and the like: std implements arithmetic on a reference to a number."""
    if t.kind == "ref" and t.args[0].kind in ("int", "float", "intvar", "floatvar"):
        return t.args[0]
    return t


def compare_mismatch(fcx, e: ast.Expr, k: ast.ExprBinary, lt: Ty, rt: Ty) -> bool:
    """E0277 for comparing a reference with a value (`r == 0`), with rustc's help to
    dereference the reference; True when it applied."""
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    if a.kind != "ref" or b.kind == "ref" or a.args[0].kind == "str" or k.op not in ("==", "!="):
        return False
    inner = a.args[0]
    if not (inner == b or (inner.is_int and b.kind == "intvar")
            or (inner.is_float and b.kind == "floatvar")):
        return False
    sa, sb = display(a), display(b)
    trait = "PartialEq"
    d = Diagnostic.error(f"can't compare `{sa}` with `{sb}`", k.op_span,
                         f"no implementation for `{sa} == {sb}`", code="E0277")
    d.help(f"the trait `{trait}<{sb}>` is not implemented for `{sa}`")
    at = Span(k.lhs.span.lo, k.lhs.span.lo)
    d.help("consider dereferencing here",
           suggestions=[Suggestion(at, "*", "MachineApplicable", "ShowAlways")])
    fcx.diags.append(d)
    return True


def unary_peel(t: Ty) -> Ty:
    """`-r` and `!r`: std implements `Neg` and `Not` on references to primitives."""
    if t.kind == "ref" and t.args[0].kind in ("int", "float", "intvar", "floatvar", "bool"):
        return t.args[0]
    return t
