"""Type checking arrays `[T; N]` by value: literals, repeat expressions, indexing,
array patterns, `for` over arrays and `len()`.

These are functions of the body checker (`check._FnCtxt`, passed as `fcx`) so that
check.py only dispatches to them. Until traits exist, indexing is the built-in
`Index<usize>` of arrays, `for` over an array is its by-value `IntoIterator`, and
`len()` is a built-in method (as `.clone()` is in check.py): each becomes a trait or
method lookup once std is Rust source, with the same diagnostics.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..resolve.arrays import literal_len
from ..source import Span
from ..std_locations import other_impls_help
from ..syntax import ast
from ..types import ERROR, Ty, array, array_len, array_length, display, int_ty
from ..unsupported import unsupported

USIZE = int_ty("usize")


# -- expressions ---------------------------------------------------------------------

def check_array(fcx, e: ast.Expr, k, expected: Ty | None) -> Ty:
    """`[a, b, c]` (k: ExprArray) or `[v; N]` (k: ExprRepeat)."""
    exp = fcx.infer.shallow(expected) if expected is not None else None
    # (rustc's `check_expr_array`: an expected array's or slice's element, so `&[&n, &t]`
    # passed for `&[&dyn Display]` coerces each element)
    elem_exp = exp.args[0] if exp is not None and exp.kind in ("array", "slice") else None
    if isinstance(k, ast.ExprRepeat):
        return _repeat(fcx, k, elem_exp)
    if not k.elems:
        # `[]` is `[?T; 0]`: the expectation decides `?T` only through the coercion
        # (so `[i32; 2]` against `[]` shows `[_; 0]`, as in rustc).
        elem = fcx.infer.new_var()
        fcx.array_empties.append((e, elem))
        return array(elem, 0)
    # rustc's CoerceMany: every element coerces to the expected element type, or
    # (without one) to the type of the elements before it.
    if elem_exp is not None:
        elem = elem_exp
        first = 0
    else:
        elem = fcx.check_expr(k.elems[0], None)
        first = 1
    for i in range(first, len(k.elems)):
        el = k.elems[i]
        decorate = _comma_for_semicolon(k) if i == 1 and len(k.elems) == 2 else None
        if fcx.infer.shallow(elem).kind == "fndef":     # `[inc, dec]`: their `fn` pointer
            from .fn_ptr import coerce_many
            elem = coerce_many(fcx, el, elem, decorate)
            continue
        fcx.check_coerce(el, elem, decorate)
    return array(elem, len(k.elems))


def _comma_for_semicolon(k) -> object:
    """`[x, 3]` where the 3 does not fit: rustc guesses `[x; 3]` was meant."""
    lit = k.elems[1]
    if not (isinstance(lit.kind, ast.ExprLit) and lit.kind.lit.kind == "int"):
        return None
    comma = Span(k.elems[0].span.hi, k.elems[0].span.hi + 1)

    def decorate(d: Diagnostic) -> None:
        d.help("replace the comma with a semicolon to create an array",
               suggestions=[Suggestion(comma, ";", "MaybeIncorrect", "ShowCode")])
    return decorate


def _repeat(fcx, k: ast.ExprRepeat, elem_exp: Ty | None) -> Ty:
    if elem_exp is not None:
        elem = fcx.check_coerce(k.elem, elem_exp)
        elem = elem_exp
    else:
        elem = fcx.check_expr(k.elem, None)
    n = literal_len(k.count)
    generic = fcx.res.param_lens.get(k.count.id)    # `[0; N]` (resolve/const_params.py)
    if generic is not None:
        fcx.check_expr(k.count, USIZE)
        n = 2       # (any length: `v` must be `Copy`)
    elif n is None:             # `[0; WIDTH + 1]`
        from . import array_lens
        array_lens.check(fcx, k.count)
        n = array_lens.value(k.count, fcx.res)
    else:
        fcx.record(k.count, USIZE)
    t = fcx.infer.resolve(elem)
    # `[v; 0]` and `[v; 1]` do not copy `v`; more elements need `v: Copy`.
    if n > 1 and t.kind == "adt" and fcx.infer._has_var(t):
        # (`[None; N]` in a generic struct's literal: its `T` is decided later)
        fcx.__dict__.setdefault("repeat_later", []).append((k.elem.span, elem))
    elif n > 1 and not t.is_error and t.kind != "var" and not fcx.is_copy(t):
        fcx.diags.append(_repeat_not_copy(fcx, k.elem.span, t))
    if generic is not None:
        from .array_lens import param_length
        return param_length(elem, generic)
    return array(elem, n)


def check_repeats_later(fcx) -> None:
    """The `Copy` checks of repeat expressions whose element type was not known yet."""
    for span, elem in fcx.repeat_later:
        t = fcx.infer.resolve(elem)
        if not t.references_error and not fcx.infer._has_var(t) and not fcx.is_copy(t):
            fcx.diags.append(_repeat_not_copy(fcx, span, t))


def _repeat_not_copy(fcx, span: Span, t: Ty) -> Diagnostic:
    name = display(t)
    d = Diagnostic.error(f"the trait bound `{name}: Copy` is not satisfied", span,
                         f"the trait `Copy` is not implemented for `{name}`", code="E0277")
    d.note("the `Copy` trait is required because this value will be copied for each element "
           "of the array")
    d.help("consider using `core::array::from_fn` to initialize the array")
    d.help("see https://doc.rust-lang.org/stable/std/array/fn.from_fn.html for more information")
    if t.kind == "adt":
        from .check import _derive_help
        _derive_help(d, fcx.res.adts[t.name], "Copy")
    return d


def check_index(fcx, e: ast.Expr, k: ast.ExprIndex) -> Ty:
    """`base[i]`: the built-in `Index<usize>` of arrays, through references too (rustc
    autoderefs the base; the derefs are recorded for MIR like a field access's)."""
    base = fcx.infer.resolve(fcx.check_expr(k.expr, None))
    from .op_overload import index as overloaded_index    # the learner's `Index` impls
    got = overloaded_index(fcx, e, k, base)
    if got is not None:
        return got
    from .index_deref import through     # `w[i]` through the learner's `Deref` impls
    base = through(fcx, e, base) or base
    from .refs import peel_rc
    inner, n = peel_rc(fcx, base)
    from . import slicing     # `Vec`s and slices, and ranges as indices
    if inner.kind == "ref" and inner.args[0].kind == "str" and slicing.range_of(k.index):
        inner, n = inner.args[0], n + 1      # `s[1..3]` of a `&str`: the `str` behind it
    if slicing.is_indexable(inner) or (slicing.range_of(k.index) is not None
                                       and (inner.kind == "array" or slicing.is_text(inner))):
        return slicing.check_index(fcx, e, k, base, inner, n)
    from . import collection_index      # std::collections' `Index` impls
    if collection_index.applies(inner):
        return collection_index.check(fcx, e, k, inner, n)
    if n and inner.kind == "array":
        fcx.results.field_derefs[e.id] = n
        base = inner
    if base.kind == "array" and _negative_literal(k.index):
        fcx.record(k.index, ERROR)
        fcx.diags.append(_negative_index(base, k))
        return ERROR
    it = fcx.check_expr(k.index, None)
    if base.is_error:
        return ERROR
    if base.kind != "array":
        if base.kind == "var":
            fcx.diags.append(Diagnostic.error("type annotations needed", k.expr.span, code="E0282"))
        else:
            # rustc points at the brackets: `[0]` in `n[0]`.
            fcx.diags.append(Diagnostic.error(f"cannot index into a value of type `{display(base)}`",
                                              Span(k.expr.span.hi, e.span.hi), code="E0608"))
        return ERROR
    si = fcx.infer.shallow(it)
    if si.is_error or fcx.infer.unify(si, USIZE):
        return base.args[0]
    fcx.diags.append(_not_usize_index(base, fcx.infer.resolve(si), k.index.span))
    return ERROR


def _negative_literal(e: ast.Expr) -> bool:
    k = e.kind
    return isinstance(k, ast.ExprUnary) and k.op == "-" and isinstance(k.expr.kind, ast.ExprLit) \
        and k.expr.kind.lit.kind == "int"


def _negative_index(base: Ty, k: ast.ExprIndex) -> Diagnostic:
    from ..syntax.printer import expr_to_string
    t = display(base)
    d = Diagnostic.error(f"negative integers cannot be used to index on a `{t}`", k.index.span,
                         f"cannot use a negative integer for indexing on `{t}`")
    at = Span(k.index.span.lo, k.index.span.lo)
    d.help(f"to access an element starting from the end of the `{t}`, compute the index",
           suggestions=[Suggestion(at, f"{expr_to_string(k.expr)}.len() ", "MachineApplicable",
                                   "ShowAlways")])
    return d


def compare_lengths_differ(fcx, k: ast.ExprBinary, lt: Ty, rt: Ty) -> bool:
    """`[T; 3] == [T; 2]`: no `PartialEq` impl between arrays of different lengths
    (rustc's E0277, not a type mismatch)."""
    a, b = fcx.infer.resolve(lt), fcx.infer.resolve(rt)
    if a.kind != "array" or b.kind != "array" or a.name == b.name:
        return False
    if k.op not in ("==", "!="):
        fcx.diags.append(unsupported(k.op_span, "ordering arrays of different lengths"))
        return True
    ta, tb = display(a), display(b)
    d = Diagnostic.error(f"can't compare `{ta}` with `{tb}`", k.op_span,
                         f"no implementation for `{ta} {k.op} {tb}`", code="E0277")
    d.help(f"the trait `PartialEq<{tb}>` is not implemented for `{ta}`")
    impls = ["`&[T]` implements `PartialEq<Vec<U, A>>`", "`&[T]` implements `PartialEq<[U; N]>`",
             "`&[u8; N]` implements `PartialEq<ByteStr>`",
             "`&[u8; N]` implements `PartialEq<ByteString>`", "`&[u8]` implements `PartialEq<ByteStr>`",
             "`&[u8]` implements `PartialEq<ByteString>`", "`&mut [T]` implements `PartialEq<Vec<U, A>>`",
             "`&mut [T]` implements `PartialEq<[U; N]>`"]
    d.help("the following other types implement trait `PartialEq<Rhs>`:\n"
           + "".join(f"  {i}\n" for i in impls) + "and 11 others")
    fcx.diags.append(d)
    return True


def _not_usize_index(base: Ty, idx: Ty, span: Span) -> Diagnostic:
    """E0277 for `a[i]` with `i` of another integer type, as rustc words it through
    `[T]: Index<I>` and `I: SliceIndex<[T]>`."""
    slice_ty = f"[{display(base.args[0])}]"
    i = display(idx)
    d = Diagnostic.error(f"the type `{slice_ty}` cannot be indexed by `{i}`", span,
                         "slice indices are of type `usize` or ranges of `usize`", code="E0277")
    d.help(f"the trait `SliceIndex<{slice_ty}>` is not implemented for `{i}`")
    # rustc lists the `SliceIndex` impls for `usize` at their places in std's sources.
    d.children.append(other_impls_help("SliceIndex<T>", [
        ("impl SliceIndex<ByteStr> for usize", "`usize` implements `SliceIndex<ByteStr>`"),
        ("impl SliceIndex<[T]> for usize", "`usize` implements `SliceIndex<[T]>`")]))
    if base.kind == "array":     # (a `Vec` indexes its slice directly)
        d.note(f"required for `{slice_ty}` to implement `Index<{i}>`")
        d.note("1 redundant requirement hidden")
    d.note(f"required for `{display(base)}` to implement `Index<{i}>`")
    return d


def check_len(fcx, e: ast.Expr, k: ast.ExprMethodCall, t: Ty) -> Ty:
    """`a.len()` (`t`: the receiver's type): a built-in method of arrays until methods
    come from std's impls."""
    from .refs import peel
    inner, n = peel(t)
    if inner.kind == "array":
        if n:
            fcx.results.field_derefs[e.id] = n   # `r.len()` with `r: &[T; N]`
        return USIZE
    if not t.is_error:
        fcx.diags.append(unsupported(k.segment.ident.span, f"`.len()` on `{display(t)}`"))
    return ERROR


def check_compare(fcx, e: ast.Expr, k: ast.ExprBinary, t: Ty) -> Ty:
    """`==` / `<` between arrays: element by element (PartialEq/PartialOrd of `[T; N]`)."""
    from ..types import BOOL
    from .check import _comparable, _derive_help
    elem = t
    while elem.kind == "array":
        elem = elem.args[0]
    if elem.kind == "adt" and k.op in ("==", "!="):
        adt = fcx.res.adts[elem.name]
        if "PartialEq" not in fcx.results.adts[elem.name].derives:
            name = display(t)
            d = Diagnostic.error(f"binary operation `{k.op}` cannot be applied to type `{name}`",
                                 k.op_span, code="E0369")
            d.secondary(k.lhs.span, name)
            d.secondary(k.rhs.span, name)
            note = Diagnostic("note", f"an implementation of `PartialEq` might be missing for "
                                      f"`{elem.name}`")
            note.primary(adt.header, "must implement `PartialEq`")
            d.children.append(note)
            _derive_help(d, adt, "PartialEq")
            fcx.diags.append(d)
        return BOOL
    if _comparable(elem):
        return BOOL
    fcx.diags.append(unsupported(e.span, f"comparing values of type `{display(t)}`"))
    return BOOL


# -- `for` ----------------------------------------------------------------------------

def is_range(e: ast.Expr) -> bool:
    while isinstance(e.kind, ast.ExprParen):
        e = e.kind.expr
    # (`a..` is not the integer fast path of `for`: std's `RangeFrom` iterator is)
    return isinstance(e.kind, ast.ExprRange) and not (e.kind.lo is not None and e.kind.hi is None)


def check_for_array(fcx, e: ast.Expr, k: ast.ExprForLoop) -> Ty:
    """`for pat in arr`: arrays are `IntoIterator` by value (edition 2021+), yielding
    their elements in order. A temporary desugaring like the one for ranges in
    check.py, to be replaced by `IntoIterator::into_iter` + `Iterator::next`."""
    from ..types import UNIT
    from .check import _Loop
    from . import collection_loops
    t = fcx.infer.resolve(fcx.check_expr(k.iter, None))
    if t.kind == "array":
        elem = t.args[0]
    elif t.kind == "ref" and (t.args[0].kind in ("array", "slice") or _is_vec(t.args[0])):
        # `&[T; N]` / `&mut [T; N]` iterate by reference (slice::Iter / IterMut), and
        # so do `&Vec<T>` and `&[T]`.
        from ..types import ref
        elem = ref(t.args[0].args[0], t.mutable)
    elif _is_vec(t):        # `Vec<T>` by value (vec::IntoIter)
        elem = t.args[0]
    elif collection_loops.is_collection(t):     # std::collections (`for (k, v) in &map`)
        elem = collection_loops.item_type(fcx, e, k, t)
    elif _is_fallible(t):
        # `for x in opt`: rustc accepts it with its for_loops_over_fallibles warning,
        # which Ferrite does not give yet (`opt.into_iter()` is supported).
        from ..unsupported import unsupported
        fcx.diags.append(unsupported(k.iter.span, "`for` loops over an `Option` or a `Result`"))
        elem = ERROR
    elif not t.is_error:
        from .for_iter import item_type     # an iterator: `Iterator::next` until `None`
        elem = item_type(fcx, e, k, t)
    else:
        elem = ERROR
    fcx.check_pat(k.pat, elem)
    fcx.loops.append(_Loop("while", None, keyword="for", header=Span(e.span.lo, k.iter.span.hi)))
    fcx.check_block(k.body, UNIT)
    fcx.loops.pop()
    return UNIT


def _is_vec(t: Ty) -> bool:
    return t.kind == "adt" and t.name == "Vec"


def _is_fallible(t: Ty) -> bool:
    """`Option<T>` / `Result<T, E>`, or a reference to one."""
    base = t.args[0] if t.kind == "ref" else t
    return base.kind == "adt" and base.name in ("Option", "Result")


# -- patterns --------------------------------------------------------------------------

def is_rest(p: ast.Pat) -> bool:
    """`..` or `name @ ..` inside an array pattern."""
    k = p.kind
    return isinstance(k, ast.PatRest) or (isinstance(k, ast.PatIdent) and k.sub is not None
                                          and isinstance(k.sub.kind, ast.PatRest))


def check_slice_pat(fcx, p: ast.Pat, k: ast.PatSlice, expected: Ty) -> None:
    """`[a, b, ..]` against an array: E0527/E0528 for lengths, element types down,
    `rest @ ..` bound to the array of the elements it covers."""
    t = fcx.infer.shallow(expected)
    if t.kind == "slice":     # `[T]` behind a reference: lengths tested at run time
        from . import slice_pats
        slice_pats.check(fcx, p, k, t)
        return
    if t.kind != "array":
        from .slice_pats import vec_pattern_error
        if vec_pattern_error(fcx, p, t):
            pass
        elif not t.is_error:
            fcx.diags.append(unsupported(p.span, f"array patterns on `{display(fcx.infer.resolve(t))}`"))
        for el in k.elems:
            if not is_rest(el):
                fcx.check_pat(el, ERROR)
        return
    n = array_len(t)
    elem = t.args[0]
    rest = [i for i, el in enumerate(k.elems) if is_rest(el)]
    m = len(k.elems) - len(rest)
    if not rest and m != n:
        fcx.diags.append(Diagnostic.error(f"pattern requires {m} element{'s' if m != 1 else ''} "
                                          f"but array has {n}", p.span,
                                          f"expected {n} element{'s' if n != 1 else ''}",
                                          code="E0527"))
        return
    if rest and m > n:
        fcx.diags.append(Diagnostic.error(f"pattern requires at least {m} element"
                                          f"{'s' if m != 1 else ''} but array has {n}", p.span,
                                          f"pattern cannot match array of {n} element"
                                          f"{'s' if n != 1 else ''}", code="E0528"))
        return
    if len(rest) > 1:
        fcx.diags.append(unsupported(p.span, "several `..` in one array pattern"))
        return
    indices: list[int] = []
    pos = rest[0] if rest else len(k.elems)
    for i, el in enumerate(k.elems):
        if i < pos:
            indices.append(i)
            fcx.check_pat(el, elem)
        elif i > pos:
            j = n - (len(k.elems) - i)
            indices.append(j)
            fcx.check_pat(el, elem)
        elif isinstance(el.kind, ast.PatIdent):   # `rest @ ..`: the middle (by value, or
            from .slice_pats import bind_rest      # `&[T; k]` under a `ref` binding mode)
            bind_rest(fcx, el, array(elem, n - m))
    fcx.pat_tuple_fields[p.id] = indices


# -- after inference -------------------------------------------------------------------

def report_unresolved_empties(fcx, lets: dict[int, ast.StmtLet]) -> None:
    """E0282 for `let x = [];` whose element type nothing decided (once per body, and
    not after other errors: rustc reports ambiguity only in bodies free of errors)."""
    if any(d.is_error for d in fcx.diags):
        return
    for e, elem in fcx.array_empties:
        if fcx.infer.resolve(elem).kind != "var":
            continue
        stmt = lets.get(e.id)
        if stmt is None or not isinstance(stmt.pat.kind, ast.PatIdent):
            fcx.diags.append(Diagnostic.error("type annotations needed", e.span, code="E0282"))
            return
        name = stmt.pat.kind.ident
        d = Diagnostic.error("type annotations needed for `[_; 0]`", name.span, code="E0282")
        d.secondary(e.span, "type must be known at this point")
        at = Span(stmt.pat.span.hi, stmt.pat.span.hi)
        d.help(f"consider giving `{name.name}` an explicit type, where the placeholders `_` are "
               "specified", suggestions=[Suggestion(at, ": [_; 0]", "HasPlaceholders", "ShowAlways")])
        fcx.diags.append(d)
        return


def let_len_help(d: Diagnostic, ty: ast.Ty | None) -> None:
    """With `let a: [T; 3] = <4 elements>`: rustc offers the actual length."""
    label = d.spans[0].label if d.spans else None
    if ty is None or not isinstance(ty.kind, ast.TyArray) or label is None \
            or not label.startswith("expected an array with a size of"):
        return
    found = label.rsplit(" ", 1)[1]
    d.help("consider specifying the actual array length",
           suggestions=[Suggestion(ty.kind.len.span, found, "MaybeIncorrect", "ShowCode")])


def array_mismatch_label(d: Diagnostic, exp: Ty, fnd: Ty) -> bool:
    """rustc's own label for two arrays that differ only in length (True when given:
    rustc's ArraySize error then has no generic expected/found note)."""
    if exp.kind == "array" and fnd.kind == "array" and exp.name != fnd.name \
            and _compatible(exp.args[0], fnd.args[0]):
        n, m = (display(array_length(t)) for t in (exp, fnd))    # (`N`: a const parameter)
        d.spans[0].label = (f"expected an array with a size of {n}, found one with a size of {m}")
        if _has_var(fnd) or _has_var(exp):
            # The label cannot show the `_` of an unknown element type: a note does.
            d.note(f"expected array `{display(exp)}`\n   found array `{display(fnd)}`")
        return True
    return False


def _has_var(t: Ty) -> bool:
    return t.kind == "var" or any(_has_var(a) for a in t.args)


def _compatible(a: Ty, b: Ty) -> bool:
    """Could the element types unify (literal variables stand for their kind)?"""
    if a == b or "var" in (a.kind, b.kind) or a.is_error or b.is_error:
        return True
    if {a.kind, b.kind} in ({"intvar", "int"}, {"floatvar", "float"}):
        return True
    if a.kind == b.kind and a.name == b.name and len(a.args) == len(b.args):
        return all(_compatible(x, y) for x, y in zip(a.args, b.args))
    return False
