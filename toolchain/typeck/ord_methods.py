"""The comparison traits' methods called as methods on types whose impls are not
written out in Ferrite's std: a learner's struct or enum (derived or by hand) and a
bounded type parameter (`T: Ord`).

- `a.max(b)`, `a.min(b)`, `a.clamp(lo, hi)`: `Ord`'s provided methods;
- `a.cmp(&b)`: `Ord::cmp` (a type whose `cmp` the learner wrote finds it as an impl
  method before this: typeck/traits.py);
- `a.partial_cmp(&b)`: `PartialOrd::partial_cmp`; `a.eq(&b)`: `PartialEq::eq`.

rustc finds them through the trait; here the call goes to std/cmp.rs's `ord_*`
functions with `Self` as their one generic argument, which compare by the type's walk
(interp/shims_ord.py: the learner's `cmp`, `partial_cmp`, `eq` where it meets them).
Called from typeck/methods.py when nothing else has the method (the dispatch is decided
by the receiver's type, not per call site). A receiver that lacks the trait is left to
the caller (rustc's E0599, or Ferrite's unsupported).
"""

from __future__ import annotations

from dataclasses import replace

from ..syntax import ast
from ..types import ERROR, Ty
from ..unsupported import unsupported

# method -> (trait, std function, takes `&self`)
METHODS = {
    "max": ("Ord", "std::cmp::ord_max", False),
    "min": ("Ord", "std::cmp::ord_min", False),
    "clamp": ("Ord", "std::cmp::ord_clamp", False),
    "cmp": ("Ord", "std::cmp::ord_cmp", True),
    "partial_cmp": ("PartialOrd", "std::cmp::ord_partial_cmp", True),
    "eq": ("PartialEq", "std::cmp::ord_eq", True),
    "ne": ("PartialEq", "std::cmp::ord_ne", True),
    "lt": ("PartialOrd", "std::cmp::ord_lt", True),
    "le": ("PartialOrd", "std::cmp::ord_le", True),
    "gt": ("PartialOrd", "std::cmp::ord_gt", True),
    "ge": ("PartialOrd", "std::cmp::ord_ge", True),
}
# The traits whose methods std's own types (primitives, `String`, `Ordering`) are sent
# here for: `eq`/`ne` and `lt`/`le`/`gt`/`ge`. Their `cmp`, `partial_cmp`, `max` and `min`
# are inherent methods of std source already (std/num.rs, std/cmp.rs).
_FOR_STD_TYPES = ("PartialEq", "PartialOrd")
# A bound implies its supertraits.
_IMPLIED = {"Ord": ("Ord",), "PartialOrd": ("PartialOrd", "Ord"),
            "PartialEq": ("PartialEq", "Eq", "PartialOrd", "Ord")}


def has_trait(fcx, t: Ty, trait: str) -> bool | None:
    """`t: trait` for a learner's type or a parameter; None: not one Ferrite decides here."""
    t = fcx.infer.resolve(t)
    if t.kind == "param":
        from .bounds import has_bound
        return any(has_bound(fcx, t, b) for b in _IMPLIED[trait])
    if t.kind == "tuple" and t.args:      # `a.cmp(b)` on `&(Level, &str)`: std's impls per element
        return _tuple_has(fcx, t, trait)
    if t.kind in ("int", "intvar", "float", "floatvar", "bool", "char", "str") \
            or t == Ty("adt", "String"):       # (`3.ne(&2)`, `"a".lt("b")`: std's impls)
        return trait in _FOR_STD_TYPES or None
    if t.kind != "adt":
        return None
    from ..std import is_std_span
    adt = fcx.res.adts.get(t.name)
    layout = fcx.results.adts.get(t.name)
    if adt is not None and is_std_span(adt.span) and trait in _FOR_STD_TYPES:
        # (`Ordering::Less.ne(&o)`: std's impls; for a generic one, `Vec<i32>`, Python's
        # rules cannot tell, and the call stays refused)
        from .bounds import implements
        return implements(fcx, t, trait)
    if t.args or adt is None or layout is None or is_std_span(adt.span):
        return None
    return trait in layout.derives


def _tuple_has(fcx, t: Ty, trait: str) -> bool | None:
    """Every element has `trait` (None when Ferrite cannot decide one: a std type)."""
    for a in t.args:
        a = fcx.infer.resolve(a)
        while a.kind == "ref":
            a = fcx.infer.resolve(a.args[0])
        if a.kind in ("int", "intvar", "char", "bool", "str") or a.is_unit:
            continue
        if a.kind in ("float", "floatvar") and trait in ("PartialOrd", "PartialEq"):
            continue
        got = has_trait(fcx, a, trait) if a.kind in ("adt", "param", "tuple") else None
        if got is not True:
            return got if got is False else None
    return True


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, rt: Ty, base: Ty, n: int) -> Ty | None:
    name = k.segment.ident.name
    spec = METHODS.get(name)
    if spec is None:
        return None
    trait, key, by_ref = spec
    if n == 0 and by_ref and rt.kind == "ref" and trait in _FOR_STD_TYPES:
        # (`s.ne("b")` with `s: &str`: the by-value step finds `self: &Self` for `Self = str`)
        base, n = rt.args[0], 1
    got = has_trait(fcx, base, trait)
    if got is False and name in _E0599 and n == 0 and base.kind == "adt":
        return _e0599(fcx, k, base)
    if got is False and name == "cmp" and n == 0 and base.kind == "adt":
        return _not_iterator(fcx, k, base)
    if got is not True:
        return None
    from .methods import MethodCallee
    if by_ref:       # `self: &Self`: the receiver's own reference, else one made here
        self_ty = rt.args[0] if n else rt
        callee = MethodCallee(key, 0, None if n else "&")
    else:            # `self: Self` (`&T: Ord` too: `(&a).max(&b)` gives a `&T`)
        self_ty = rt
        callee = MethodCallee(key, 0, None)
    sig = fcx.results.sigs.get(key)
    if sig is None:
        return None
    from .generics import instantiate_sig
    sig = instantiate_sig(sig, (self_ty,))
    if len(k.args) != len(sig.params) - 1:
        fcx.diags.append(unsupported(k.segment.ident.span, f"`{name}` with {len(k.args)} "
                                     "arguments"))
        for arg in k.args:
            fcx.check_expr(arg, ERROR)
        return ERROR
    fcx.results.method_calls[e.id] = callee
    fcx.method_args[e.id] = (self_ty,)
    msig = replace(sig, params=sig.params[1:], param_spans=sig.param_spans[1:], noun="method")
    for i, (arg, pt) in enumerate(zip(k.args, msig.params)):
        mark = len(fcx.diags)
        fcx.check_coerce(arg, pt, fcx._arg_cause(k.segment.ident.span, msig, i))
        if any(d.is_error for d in fcx.diags[mark:]):
            # (rustc's note would point at the trait's method in core: not modelled)
            del fcx.diags[mark:]
            fcx.diags.append(unsupported(arg.span, f"this argument of `{name}`"))
    return sig.ret


# `Ord`'s provided methods rustc's E0599 names (`max` and `min` are `Iterator`'s too).
_E0599 = {"max": True, "min": True, "clamp": False}
# Where rustc 1.95's note "the trait `Iterator` must be implemented" points (its JSON).
_ITERATOR_AT = ("core/src/iter/traits/iterator.rs", 41, 1, 41, 25, 1579, 1603)


def _iterator_note():
    from ..diagnostics.model import Diagnostic, ExternalSpan
    from ..std_locations import LIBRARY, file_rank
    file, l0, c0, l1, c1, b0, b1 = _ITERATOR_AT
    note = Diagnostic("note", "the trait `Iterator` must be implemented")
    note.primary(ExternalSpan(LIBRARY + file, l0, c0, l1, c1, b0, b1, file_rank(LIBRARY + file)))
    return note


def _not_iterator(fcx, k: ast.ExprMethodCall, base: Ty) -> Ty:
    """rustc's E0599 for `a.cmp(&b)` on a learner's type without `Ord`: it reports the
    `Iterator::cmp` it could not use (the receiver taken by value), naming both traits."""
    from ..diagnostics.model import Diagnostic
    at = k.segment.ident.span
    adt = fcx.res.adts[base.name]
    shown = base.name
    noun = "enum" if adt.is_enum else "struct"
    for arg in k.args:     # (rustc checks them no further)
        fcx.check_expr(arg, None)
    d = Diagnostic.error(f"`{shown}` is not an iterator", at, f"`{shown}` is not an iterator",
                         code="E0599")
    d.secondary(adt.header, f"method `cmp` not found for this {noun} because it doesn't "
                f"satisfy `{shown}: Iterator`")
    d.note(f"the following trait bounds were not satisfied:\n`{shown}: Iterator`\n"
           f"which is required by `&mut {shown}: Iterator`")
    d.children.append(_iterator_note())
    d.help("items from traits can only be used if the trait is implemented and in scope")
    d.note("the following traits define an item `cmp`, perhaps you need to implement one of "
           "them:\ncandidate #1: `Iterator`\ncandidate #2: `Ord`")
    fcx.diags.append(d)
    return ERROR


def _e0599(fcx, k: ast.ExprMethodCall, base: Ty) -> Ty:
    """rustc's E0599 for `a.max(b)` on a learner's type without `Ord`: the method
    exists (through `Ord`, and `Iterator` for `max`/`min`) but its bounds fail."""
    from ..diagnostics.model import Diagnostic, Suggestion
    from ..source import Span
    name = k.segment.ident.name
    at = k.segment.ident.span
    adt = fcx.res.adts[base.name]
    shown = base.name
    noun = "enum" if adt.is_enum else "struct"
    iterator = _E0599[name]
    for arg in k.args:     # (rustc checks them no further)
        fcx.check_expr(arg, None)
    d = Diagnostic.error(f"the method `{name}` exists for {noun} `{shown}`, but its trait "
                         "bounds were not satisfied", at,
                         f"method cannot be called on `{shown}` due to unsatisfied trait "
                         "bounds", code="E0599")
    unmet = f"`{shown}: Iterator` or `{shown}: Ord`" if iterator else f"`{shown}: Ord`"
    d.secondary(adt.header, f"method `{name}` not found for this {noun} because it doesn't "
                f"satisfy {unmet}")
    lines = [f"`{shown}: Ord`\nwhich is required by `&{shown}: Ord`",
             f"`{shown}: Ord`\nwhich is required by `&mut {shown}: Ord`"]
    if iterator:
        lines.append(f"`{shown}: Iterator`\nwhich is required by `&mut {shown}: Iterator`")
    d.note("the following trait bounds were not satisfied:\n" + "\n".join(lines))
    if iterator:
        d.children.append(_iterator_note())
    # (rustc names all four, the derived ones too)
    derive = "#[derive(Eq, Ord, PartialEq, PartialOrd)]"
    d.help(f"consider annotating `{shown}` with `{derive}`",
           suggestions=[Suggestion(Span(adt.span.lo, adt.span.lo), derive + "\n",
                                   "MaybeIncorrect", "ShowAlways")])
    fcx.diags.append(d)
    return ERROR
