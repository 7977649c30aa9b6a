"""Type parameters of items (`fn f<T>`, `struct S<T>`, `impl<T> S<T>`): what the
resolver knows of them, and the errors of naming them (E0107, E0401).

A type parameter resolves to `Res("param", (name, index))`, its index in the
generics of the item whose body or signature is being resolved. As in rustc's
`Generics`, an impl's parameters come first and a method's own follow them, so a
method's signature and body see one list. Bounds, where clauses, defaults, lifetime
and const parameters belong to later slices (traits, lifetimes, const generics) and
are refused as unsupported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported
from .lifetime_params import collect as collect_lifetimes


@dataclass
class GenericsInfo:
    """The type parameters an item can name: its parent's (an impl's) then its own."""
    names: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)     # each parameter's identifier
    parent_count: int = 0                               # how many belong to the impl
    own_span: Span | None = None                        # the item's own `<...>` (or where it goes)
    # Each parameter's trait bounds, inline and from `where` clauses (resolve/bounds.py):
    # (trait name as resolve/traits.py keys it, the bound's span).
    bounds: list[list[tuple[str, Span]]] = field(default_factory=list)
    # A method's `where` clauses on its impl's parameters (`fn unwrap(self) -> T where
    # E: Debug`): (index among all the parameters, trait, span). They are checked at
    # each call of the method, not where the impl applies.
    method_bounds: list[tuple[int, str, Span]] = field(default_factory=list)
    # Equality constraints of bounds (`I: Iterator<Item = i32>`): (parameter index,
    # trait, associated type, its ast.Ty, the constraint's span) (resolve/assoc_types.py).
    assoc_eqs: list = field(default_factory=list)
    # Bounds on a parameter's associated type (`where I::Item: Debug`): (parameter index,
    # trait, associated type, bound trait, the bound's span) (resolve/bounds.py).
    proj_bounds: list = field(default_factory=list)
    # Lifetime parameters (resolve/lifetime_params.py): the impl's, then the item's own.
    lifetimes: list = field(default_factory=list)
    decl: object = None          # the ast.Generics they come from (E0261's suggestions)
    # A generic trait's parameters: each one's default type as written, or None
    # (resolve/trait_generics.py).
    defaults: list = field(default_factory=list)
    # The parameters declared `?Sized` (resolve/bounds.py): the others must be sized
    # at each call (typeck/sized.py).
    unsized: set = field(default_factory=set)
    # A trait method's `where Self: Sized + ExactSizeIterator` (resolve/self_bounds.py):
    # (trait, span), checked on the receiver's type at each call (typeck/self_bounds.py).
    self_bounds: list = field(default_factory=list)
    # Const parameters (`const N: usize`): index -> the name of their primitive type
    # (resolve/const_params.py). They share the type parameters' index space, as in
    # rustc's `Generics`, and their value travels as a `Ty("const", "3")` argument.
    consts: dict = field(default_factory=dict)

    def index(self, name: str) -> int | None:
        # The innermost declaration wins (a method's `T` shadows its impl's, as in rustc
        # where that is E0403; that case is refused below).
        for i in range(len(self.names) - 1, -1, -1):
            if self.names[i] == name:
                return i
        return None

    def child(self, own: "GenericsInfo") -> "GenericsInfo":
        bounds = [list(b) for b in self.bounds] + own.bounds
        for i, trait, span in own.method_bounds:
            bounds[i].append((trait, span))
        out = GenericsInfo(self.names + own.names, self.spans + own.spans, len(self.names),
                           own.own_span, bounds, own.method_bounds,
                           # (an own parameter's index counts the parent's first)
                           self.assoc_eqs + ([(i + len(self.names),) + tuple(rest)
                                              for i, *rest in own.assoc_eqs]
                                             if own.assoc_eqs and self.names
                                             else own.assoc_eqs))
        out.lifetimes, out.decl = self.lifetimes + own.lifetimes, own.decl
        out.proj_bounds = self.proj_bounds + [(b[0] + len(self.names),) + tuple(b[1:])
                                              for b in own.proj_bounds]
        out.unsized = self.unsized | {i + len(self.names) for i in own.unsized}
        out.self_bounds = own.self_bounds
        out.consts = {**self.consts, **{i + len(self.names): t for i, t in own.consts.items()}}
        return out

    def copy_params(self) -> frozenset:
        """The parameters bounded by `Copy` (their values are copied, not moved); asked
        after resolution, so kept once computed."""
        got = self.__dict__.get("_copy_params")
        if got is None:
            got = self._copy_params = frozenset(i for i, bs in enumerate(self.bounds)
                                                if any(t == "Copy" for t, _ in bs))
        return got

    @property
    def own_names(self) -> list[str]:
        return self.names[self.parent_count:]


EMPTY = GenericsInfo()


def collect(g: ast.Generics, r=None, adt: bool = False,
            consts: bool = False) -> tuple[GenericsInfo, list[Diagnostic]]:
    """The type parameters of `<...>`, refusing what later slices will add. With the
    resolver `r`, trait bounds and `where` clauses are resolved (resolve/bounds.py);
    without it they are refused, except on a struct or enum (`adt`), whose bounds are
    resolved once the crate's traits are declared (resolve/adt_bounds.py)."""
    diags: list[Diagnostic] = []
    info = GenericsInfo(own_span=g.span, decl=g)
    collect_lifetimes(g, info, diags)
    for p in g.params:
        if p.kind == "lifetime":
            continue
        if p.kind == "const" and not consts:
            # (declared all the same, so that its uses do not add false errors)
            diags.append(unsupported(p.span, "const generics on this item"))
        if p.kind == "const":
            from .const_params import declare
            declare(p, info, diags)
            continue
        if p.bounds and r is None and not adt and not _outlives_only(p.bounds):
            diags.append(unsupported(p.span, "trait bounds on type parameters"))
        if p.default is not None:
            diags.append(unsupported(p.span, "default type parameters"))
        if p.ident.name in info.names:
            diags.append(unsupported(p.ident.span, "a type parameter declared twice"))
            continue
        info.names.append(p.ident.name)
        info.spans.append(p.ident.span)
        info.bounds.append([])
    if r is not None:
        from .bounds import collect_bounds
        collect_bounds(r, g, info, diags)
    elif not adt and any(w.lifetime is None for w in g.where_clause):    # (`'a: 'b`: lifetime_params.py)
        w = next(w for w in g.where_clause if w.lifetime is None)
        diags.append(unsupported(w.span, "`where` clauses"))
    return info, diags


def _outlives_only(bounds: list) -> bool:
    from .lifetime_params import lifetime_bounds_only
    return lifetime_bounds_only(bounds)


def type_args(seg: ast.PathSegment) -> list[ast.Ty] | None:
    """The types written in a segment's `<...>` (None when there are none)."""
    if seg.args is None:
        return None
    return [a for a in seg.args.args if isinstance(a, ast.Ty)]


def unsupported_args(seg: ast.PathSegment, consts: bool = False) -> Diagnostic | None:
    """Generic arguments Ferrite cannot take yet: lifetimes, consts (but integer
    literals in an expression's path, `make::<3>()`, with `consts`), `Fn(..)` sugar,
    associated type constraints."""
    a = seg.args
    if a is None:
        return None
    if a.parenthesized or a.constraints or any(
            not isinstance(x, (ast.Ty, ast.Lifetime)) and not (consts and const_literal(x) is not None)
            for x in a.args):
        return unsupported(a.span, "these generic arguments")
    return None


def const_literal(x) -> str | None:
    """A const generic argument written as an integer literal: its value's text."""
    if isinstance(x, ast.Expr) and isinstance(x.kind, ast.ExprLit) and x.kind.lit.kind == "int" \
            and x.kind.lit.suffix in (None, "", "usize"):
        return str(x.kind.lit.value)
    return None


def value_args(seg: ast.PathSegment) -> list:
    """A segment's generic arguments other than lifetimes: types and const literals."""
    if seg.args is None:
        return []
    return [a for a in seg.args.args if not isinstance(a, ast.Lifetime)]


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def e0107(noun: str, def_ident: Span, params: list[str], param_spans: list[Span],
          seg: ast.PathSegment) -> Diagnostic | None:
    """Wrong number of generic arguments, worded and labelled as rustc does. `noun` is
    "struct", "enum" or "function"; `seg` the path segment carrying the arguments."""
    args = value_args(seg)
    n, m = len(params), len(args)
    if seg.args is None or n == m:
        return None
    msg = (f"{noun} takes {_n(n, 'generic argument')} but {_n(m, 'generic argument')} "
           f"{'was' if m == 1 else 'were'} supplied")
    d = Diagnostic.error(msg, seg.ident.span, f"expected {_n(n, 'generic argument')}",
                         code="E0107")
    if m > n:
        if n == 0:
            extra, what = seg.args.span, "remove the unnecessary generics"
        else:
            extra = Span(args[n - 1].span.hi, args[-1].span.hi)
            what = "remove the unnecessary generic argument" + ("s" if m - n > 1 else "")
        d.help(what, suggestions=[Suggestion(extra, "", "MaybeIncorrect", "HideCodeInline")])
    else:
        if args:
            d.secondary(Span(args[0].span.lo, args[-1].span.hi), f"supplied {_n(m, 'generic argument')}")
    what = f"{noun} defined here, with {_n(n, 'generic parameter')}"
    if n:
        what += ": " + ", ".join(f"`{p}`" for p in params)
    note = Diagnostic("note", what)
    note.primary(def_ident)
    for sp in param_spans:
        note.secondary(sp, "")
    d.children.append(note)
    if m < n and args:
        at = Span(args[-1].span.hi, args[-1].span.hi)
        missing = params[m:]
        d.help(f"add missing generic argument{'s' if len(missing) > 1 else ''}",
               suggestions=[Suggestion(at, "".join(f", {p}" for p in missing), "HasPlaceholders",
                                       "ShowAlways")])
    return d


def e0401(use: Span, name: str, outer: GenericsInfo, inner: ast.Fn | None) -> Diagnostic:
    """A nested function naming its enclosing function's type parameter."""
    d = Diagnostic.error("can't use generic parameters from outer item", use,
                         "use of generic parameter from outer item", code="E0401")
    i = outer.index(name)
    if i is not None:
        d.secondary(outer.spans[i], "type parameter from outer item")
    if inner is not None:
        d.secondary(inner.ident.span, "generic parameter used in this inner function")
    d.note("nested items are independent from their parent item for everything except for "
           "privacy and name resolution")
    if inner is not None:
        if inner.generics.params:
            at, text = Span(inner.generics.params[-1].span.hi, inner.generics.params[-1].span.hi), f", {name}"
        else:
            at, text = Span(inner.ident.span.hi, inner.ident.span.hi), f"<{name}>"
        d.help("try introducing a local generic parameter here",
               suggestions=[Suggestion(at, text, "MaybeIncorrect", "ShowAlways")])
    return d
