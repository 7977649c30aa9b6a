"""Named lifetimes (rustc_resolve's late lifetime resolution): lifetime parameters of
functions, structs, enums and impls, their uses in types (E0261), duplicates (E0403),
and references in struct fields that need one (E0106).

Lifetimes are regions: they matter to the borrow checker only, so the type checker
erases them (a `Ty` carries none and compares equal modulo regions). What borrowck needs
is read from the signatures as written (borrowck/signature_regions.py); resolve records
which structs and enums take lifetime parameters (`Resolutions.region_adts`), because a
value of such a type holds references.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import is_std_span
from ..syntax import ast
from ..unsupported import unsupported


@dataclass
class LifetimeParam:
    name: str                 # with its quote: "'a"
    span: Span
    bounds: list[str] = field(default_factory=list)   # `'a: 'b` -> ["'b"]


def collect(g: ast.Generics, info, diags: list[Diagnostic]) -> None:
    """Lifetime parameters of `<...>` into `info.lifetimes` (E0403 for duplicates, in
    the order rustc reports them), with their `'a: 'b` bounds from both places."""
    seen: dict[str, Span] = {}
    for p in g.params:
        if p.kind != "lifetime":
            continue
        name = p.ident.name
        if name in ("'static", "'_"):
            diags.append(unsupported(p.ident.span, f"a lifetime parameter named `{name}`"))
            continue
        if name in seen:
            d = Diagnostic.error(f"the name `{name}` is already used for a generic parameter "
                                 "in this item's generic parameters", p.ident.span,
                                 "already used", code="E0403")
            d.secondary(seen[name], f"first use of `{name}`")
            diags.append(d)
            continue
        seen[name] = p.ident.span
        bounds = []
        for b in p.bounds:
            if isinstance(b, ast.Lifetime):
                bounds.append(b.name)
            else:
                diags.append(unsupported(b.span, "this kind of bound"))
        info.lifetimes.append(LifetimeParam(name, p.ident.span, bounds))
    for w in g.where_clause:
        if w.lifetime is None:
            continue
        own = next((lp for lp in info.lifetimes if lp.name == w.lifetime.name), None)
        if own is None or any(not isinstance(b, ast.Lifetime) for b in w.bounds):
            diags.append(unsupported(w.span, "this kind of `where` clause"))
            continue
        own.bounds += [b.name for b in w.bounds]


def lifetime_bounds_only(bounds: list) -> bool:
    return all(isinstance(b, ast.Lifetime) for b in bounds)


def check_use(r, lt: ast.Lifetime) -> None:
    """A lifetime written in a type: `'static`, `'_`, or a parameter in scope (E0261)."""
    name = lt.name
    if r.in_body and name != "'_" and not (name == "'static" and r.static_ok):
        # A local's written lifetime constrains the borrow checker, which erases it.
        r.diags.append(unsupported(lt.span, "named lifetimes inside a function body"))
        return
    if name in ("'static", "'_"):
        return
    if any(lp.name == name for lp in r.ty_params.lifetimes):
        return
    if r.outer_ty_params.lifetimes and any(lp.name == name for lp in r.outer_ty_params.lifetimes):
        r.diags.append(unsupported(lt.span, "a lifetime of an enclosing function"))
        return
    r.diags.append(e0261(r, lt))


def e0261(r, lt: ast.Lifetime) -> Diagnostic:
    d = Diagnostic.error(f"use of undeclared lifetime name `{lt.name}`", lt.span,
                         "undeclared lifetime", code="E0261")
    # rustc suggests each enclosing item that can declare it: the function first, then
    # its impl (or the struct being declared).
    for g, after in getattr(r, "lifetime_sites", []):
        if g.params:
            first = g.params[0]
            sugg = Suggestion(Span(first.span.lo, first.span.lo), f"{lt.name}, ",
                              "MaybeIncorrect", "ShowAlways")
        else:
            sugg = Suggestion(Span(after.hi, after.hi), f"<{lt.name}>", "MaybeIncorrect",
                              "ShowAlways")
        d.help(f"consider introducing lifetime `{lt.name}` here", suggestions=[sugg])
    return d


def elided_field_refs(t: ast.Ty) -> list[Span]:
    """The `&` of each reference without a lifetime in a field's type."""
    from .lifetimes import elided_refs
    return [Span(r.span.lo, r.span.lo + 1) for r in elided_refs(t)]


def adt_fields(r, adt) -> None:
    """Before a struct's or enum's fields are resolved: where E0261 suggests declaring
    a lifetime, E0106 for a field's reference without one, and whether its values hold
    references."""
    g = adt.generics.decl
    r.lifetime_sites = [(g, adt.ident_span)] if g is not None else []
    if not r.res.region_adts:
        r.res.region_adts.update(a.name for a in r.res.adts.values() if a.generics.lifetimes)
    if g is None:
        return
    if is_std_span(adt.span):
        return
    for f in adt.fields + [f for v in adt.variants for f in v.fields]:
        for amp in elided_field_refs(f.ty):
            r.diags.append(_e0106_field(g, adt.ident_span, amp))
        for t in _hidden_paths(f.ty, r.res.region_adts):
            # rustc's E0106 for a struct's lifetime left out in a field
            r.diags.append(unsupported(t.span, "a field whose type leaves out its lifetime"))


def _hidden_paths(t: ast.Ty, region_adts: set) -> list[ast.Ty]:
    out = []
    stack = [t]
    while stack:
        t = stack.pop()
        k = t.kind
        if isinstance(k, ast.TyPath):
            seg = k.path.segments[-1]
            args = seg.args.args if seg.args is not None else []
            if seg.ident.name in region_adts and not any(isinstance(a, ast.Lifetime) for a in args):
                out.append(t)
            stack += [a for a in args if isinstance(a, ast.Ty)]
        elif isinstance(k, (ast.TyRef, ast.TyParen)):
            stack.append(k.ty)
        elif isinstance(k, ast.TyTuple):
            stack += list(k.elems)
        elif isinstance(k, (ast.TySlice, ast.TyArray)):
            stack.append(k.elem)
    return out


def _e0106_field(g: ast.Generics, ident: Span, amp: Span) -> Diagnostic:
    d = Diagnostic.error("missing lifetime specifier", amp, "expected named lifetime parameter",
                         code="E0106")
    if g.params:
        at = Span(g.params[0].span.lo, g.params[0].span.lo)
        head = Suggestion(at, "'a, ", "MaybeIncorrect", "ShowAlways")
    else:
        head = Suggestion(Span(ident.hi, ident.hi), "<'a>", "MaybeIncorrect", "ShowAlways")
    d.help("consider introducing a named lifetime parameter",
           suggestions=[head, Suggestion(Span(amp.hi, amp.hi), "'a ", "MaybeIncorrect",
                                         "ShowAlways")])
    return d


def impl_sites(a) -> list:
    """An impl's `<...>` as a place E0261 suggests (its methods' second suggestion)."""
    g = getattr(getattr(a, "generics", None), "decl", None)
    header = getattr(a, "impl_header", None)
    if g is None or header is None:
        return []
    return [(g, Span(header.lo, header.lo + 4))]


def lifetime_args(r, t: ast.Ty, seg: ast.PathSegment, adt) -> bool:
    """The lifetimes of `Excerpt<'a>`: each must be declared; all or none of the ADT's
    lifetime parameters may be given (none: elided, as in a function's signature)."""
    lts = [a for a in seg.args.args if isinstance(a, ast.Lifetime)]
    for lt in lts:
        check_use(r, lt)
    from ..types import BORROWING_ADTS
    if len(lts) == 1 and not adt.generics.lifetimes and adt.name in BORROWING_ADTS:
        return True      # `Chars<'a>`: std's borrowing iterators keep their one lifetime implicit
    if lts and len(lts) != len(adt.generics.lifetimes):
        r.diags.append(unsupported(seg.args.span, "a wrong number of lifetime arguments"))
        return False
    return True


def publish(res) -> None:
    """Tell `has_ref` (borrowck/places.py, also asked by typeck) which of this program's
    types hold references through a lifetime parameter."""
    from ..borrowck.places import set_region_adts
    set_region_adts(res.region_adts)
    from ..types import set_region_params
    set_region_params({a.name: len(a.generics.lifetimes) for a in res.adts.values()
                       if a.generics.lifetimes})


def let_ty(r, let: ast.StmtLet) -> None:
    """`let s: &'static str = "literal";` is the one body lifetime Ferrite takes: a string
    literal is `'static`, so the annotation cannot be wrong."""
    init = let.init
    lit = init is not None and isinstance(init.kind, ast.ExprLit) \
        and getattr(init.kind.lit, "kind", None) == "str"
    saved, r.static_ok = r.static_ok, lit
    r.ty(let.ty)
    r.static_ok = saved


def impl_header(r, self_ty: ast.Ty) -> None:
    """E0726: an impl's self type leaving out its struct's lifetime (`impl Excerpt`)."""
    k = self_ty.kind
    if not isinstance(k, ast.TyPath) or k.qself is not None:
        return
    seg = k.path.segments[-1]
    got = r.res.types.get(self_ty.id)
    adt = r.res.adts.get(got.target) if got is not None and got.kind == "adt" else None
    if adt is None or not adt.generics.lifetimes:
        return
    args = seg.args.args if seg.args is not None else []
    if any(isinstance(a, ast.Lifetime) for a in args):
        return
    if args:       # `Wrapper<T>` for `Wrapper<'a, T>`: rustc's suggestion differs
        r.diags.append(unsupported(self_ty.span, "an impl header leaving out a lifetime"))
        return
    d = Diagnostic.error("implicit elided lifetime not allowed here", self_ty.span,
                         "expected lifetime parameter", code="E0726")
    at = Span(self_ty.span.hi, self_ty.span.hi)
    d.help("indicate the anonymous lifetime",
           suggestions=[Suggestion(at, "<'_>", "MaybeIncorrect", "ShowAlways")])
    r.diags.append(d)
