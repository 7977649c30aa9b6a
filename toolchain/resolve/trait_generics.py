"""Generic traits in name resolution: a trait's own type parameters (`trait
Convert<T>`, `trait Combine<Rhs = Self>`) and the trait-refs that name one with its
arguments (`impl Convert<f64> for Meters`, `T: From<U>`).

Inside the trait, its parameters resolve like an impl's: `Res("param", (name, i))`
with `i` their index, before any method's own (`GenericsInfo.child`). A trait-ref's
arguments are kept as written (`ast.Ty`, resolved here): an impl's on its
`TraitImpl.trait_args`, a bound's in `Resolutions.trait_ref_args` keyed by the bound's
path span (as `fn_bound_sigs` keeps `Fn(A) -> B` bounds). Missing trailing arguments
take the parameter's default, `Self` standing for the self type (typeck lowers them:
typeck/trait_args.py). rustc's E0107 is reported here, worded as rustc words it for
traits.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported
from . import generics as gen


def collect(r, item: ast.Item):
    """The trait's GenericsInfo (with `defaults`: each parameter's default `ast.Ty` or
    None), or None when refused as unsupported."""
    k: ast.Trait = item.kind
    g = k.generics
    if g.where_clause:
        r.diags.append(unsupported(g.where_clause[0].span, "`where` clauses on traits"))
        return None
    info = gen.GenericsInfo(own_span=g.span)
    for p in g.params:
        if p.kind != "type":
            r.diags.append(unsupported(p.span, "lifetime and const parameters of traits"))
            return None
        # (`trait AsRef<T: ?Sized>`: lifting `Sized` asks nothing of the impls' arguments;
        # typeck/sized.py checks `Sized` only at calls, where a trait's own parameter is
        # never a value's type)
        from .bounds import _maybe_sized
        if p.bounds and not all(_maybe_sized(b) for b in p.bounds):
            r.diags.append(unsupported(p.span, "bounds on a trait's type parameters"))
            return None
        if p.ident.name in info.names or p.ident.name == "Self":
            r.diags.append(unsupported(p.ident.span, "a type parameter declared twice"))
            return None
        if info.defaults and info.defaults[-1] is not None and p.default is None:
            r.diags.append(unsupported(p.span, "a parameter without default after one with"))
            return None
        info.names.append(p.ident.name)
        info.spans.append(p.ident.span)
        info.bounds.append([])
        info.defaults.append(p.default)
    return info


def resolve_defaults(r, d) -> None:
    """The defaults' types, with `Self` the trait's `Self` and earlier parameters in scope."""
    g = d.generics
    if g is None:
        return
    saved, saved_self = r.ty_params, r.trait_self
    r.ty_params, r.trait_self = g, ("self_param", d.name)
    for t in g.defaults:
        if t is not None:
            r.ty(t)
    r.ty_params, r.trait_self = saved, saved_self


def is_generic(d) -> bool:
    return d is not None and getattr(d, "generics", None) is not None and bool(d.generics.names)


def ref_args(r, seg: ast.PathSegment, d, diags: list) -> list | None:
    """The written arguments of a trait-ref to generic trait `d` (resolved in the current
    scope), or None after an error (E0107, or arguments not modelled)."""
    g = d.generics
    if seg.args is not None:
        bad = gen.unsupported_args(seg)
        if bad is not None:
            diags.append(bad)
            return None
    args = gen.type_args(seg) or []
    required = sum(1 for x in g.defaults if x is None)
    if not args and required:
        diags.append(_missing(d, seg))
        return None
    if len(args) > len(g.names) or len(args) < required:
        if required == len(g.names):
            diags.append(gen.e0107("trait", d.ident_span, g.names, g.spans, seg))
        else:       # (rustc's "takes at least/at most": not recorded yet)
            diags.append(unsupported(seg.args.span if seg.args is not None else seg.ident.span,
                                     "this number of generic arguments for the trait"))
        return None
    for a in args:
        if _bare_str(a):     # `AsRef<str>`: a trait's argument may be unsized
            from .resolver import Res
            r.res.types[a.id] = Res("prim", "str")
            continue
        r.ty(a)
    return list(args)


def _bare_str(t: ast.Ty) -> bool:
    k = t.kind
    return isinstance(k, ast.TyPath) and k.qself is None and len(k.path.segments) == 1 \
        and k.path.segments[0].args is None and k.path.segments[0].ident.name == "str"



def non_generic_args(d, seg: ast.PathSegment) -> Diagnostic | None:
    """E0107 for arguments given to a trait without type parameters."""
    if seg.args is None or gen.unsupported_args(seg) is not None or d.ident_span is None \
            or d.pinned is not None:      # (`PartialEq<u32>`: refused as not modelled)
        return None
    return gen.e0107("trait", d.ident_span, [], [], seg)


def _missing(d, seg: ast.PathSegment) -> Diagnostic:
    g = d.generics
    n = len(g.names)
    plural = "" if n == 1 else "s"
    e = Diagnostic.error(f"missing generics for trait `{d.name}`", seg.ident.span,
                         f"expected {n} generic argument{plural}", code="E0107")
    note = Diagnostic("note", f"trait defined here, with {n} generic parameter{plural}: "
                      + ", ".join(f"`{p}`" for p in g.names))
    note.primary(d.ident_span)
    for sp in g.spans:
        note.secondary(sp, "")
    e.children.append(note)
    at = Span(seg.ident.span.hi, seg.ident.span.hi)
    e.help(f"add missing generic argument{plural}",
           suggestions=[Suggestion(at, "<" + ", ".join(g.names) + ">", "HasPlaceholders",
                                   "ShowAlways")])
    return e


def args_text(args: list) -> str:
    """The arguments as an impl's keys spell them (`Convert<f64>`)."""
    from ..syntax.printer import ty_to_string
    if not args:
        return ""
    return "<" + ", ".join(ty_to_string(a) for a in args) + ">"


def bound(r, b: ast.TraitBound, out: list, diags: list) -> str | None:
    """A bound naming a generic trait: its name, with its arguments kept in
    `Resolutions.trait_ref_args`; "" when reported; None when `b` names no generic trait
    (or has `Fn(..)` sugar or constraints, which resolve/bounds.py handles)."""
    seg = b.path.segments[-1]
    if seg.args is not None and (seg.args.parenthesized or seg.args.constraints):
        return None
    from .traits import _trait_name
    saved, seg.args = seg.args, None
    try:
        name = _trait_name(r, b.path)
    finally:
        seg.args = saved
    d = r.res.traits.defs.get(name) if name is not None else None
    if not is_generic(d):
        if d is not None and seg.args is not None:
            got = non_generic_args(d, seg)
            if got is not None:
                r.res.generic_errors.append(got)
                return ""
        return None
    args = ref_args(r, seg, d, r.res.generic_errors)
    if args is None:
        return ""
    if name in [n for n, _ in out]:
        diags.append(unsupported(b.span, "two bounds on one generic trait"))
        return ""
    r.res.trait_ref_args[b.path.span] = args
    return name
