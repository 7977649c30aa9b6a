"""Inherent `impl` blocks: their associated functions and constants, keyed by type.

Each associated function becomes a body like a free function, under the key
`Type::name` in `Resolutions.fns` (a name no free function can have), so every
later phase (typeck, MIR, borrowck, the machine) handles it with no special case
beyond its `self` parameter. `Resolutions.assoc[type][name]` finds it by name.
A generic impl (`impl<T> Pair<T>`) gives its items its parameters first (see
generics.py); trait impls stay refused until traits arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported
from .generics import EMPTY, GenericsInfo


@dataclass
class AssocItem:
    adt: str
    name: str
    kind: str                  # "fn" | "const"
    item: ast.Item
    impl_header: Span          # `impl Point`, as rustc labels it in dead-code warnings
    impl_index: int            # which `impl` block of the crate (dead code groups by block)
    self_ty: ast.Ty | None = None          # the impl's self type as written (`Pair<T>`)
    generics: GenericsInfo = field(default_factory=GenericsInfo)   # the impl's type parameters

    @property
    def key(self) -> str:
        return f"{self.adt}::{self.name}"

    @property
    def has_self(self) -> bool:
        return self.kind == "fn" and self.item.kind.sig.self_param is not None


def impl_self_type(item: ast.Item, adts: dict) -> tuple[str | None, list[Diagnostic]]:
    """The learner's struct or enum an inherent impl is for, or why it is refused."""
    k: ast.Impl = item.kind
    if k.trait_ is not None or k.negative:
        return None, [unsupported(item.span, "trait implementations")]
    if k.unsafe:
        return None, [unsupported(item.span, "`unsafe impl`")]
    t = k.self_ty.kind
    if isinstance(t, ast.TyPath) and t.qself is None and len(t.path.segments) == 1 \
            and t.path.segments[0].ident.name in adts:
        return t.path.segments[0].ident.name, []
    from ..std import is_std_span
    if is_std_span(item.span):
        # std's inherent impls of primitive types: `impl str`, `impl<T> [T]` (keyed by
        # how the method probe names them: typeck/std_probe.py).
        if isinstance(t, ast.TySlice):
            return "[T]", []
        if isinstance(t, ast.TyArray):
            return "[T; N]", []               # `impl<T, const N: usize> [T; N]` (`map`)
        if isinstance(t, ast.TyPath) and len(t.path.segments) == 1:
            return t.path.segments[0].ident.name, []
        if isinstance(t, ast.TyPath) and t.path.segments[0].ident.name == "std":
            # `impl<A> std::ops::Range<A>`: a struct keyed by its full path.
            key = "::".join(s.ident.name for s in t.path.segments)
            if key in adts:
                return key, []
    return None, [unsupported(k.self_ty.span, "`impl` blocks for this type")]


def collect_impl(item: ast.Item, adt: str, index: int, assoc: dict[str, dict[str, AssocItem]],
                 dup_errors: list[Diagnostic], generics: GenericsInfo = EMPTY
                 ) -> tuple[list[AssocItem], list[Diagnostic]]:
    """The impl's items; duplicates (E0592, reported by coherence, after resolution)
    go to `dup_errors` and are left out."""
    k: ast.Impl = item.kind
    header = Span(item.span.lo, k.self_ty.span.hi)
    table = assoc.setdefault(adt, {})
    out: list[AssocItem] = []
    diags: list[Diagnostic] = []
    for sub in k.items:
        sk = sub.kind
        if isinstance(sk, ast.Fn):
            kind = "fn"
        elif isinstance(sk, ast.Const) and sk.ty is not None and sk.expr is not None \
                and sk.ident.name != "_":
            kind = "const"
        else:
            diags.append(unsupported(sub.span, "this kind of item in an `impl` block"))
            continue
        name = sk.ident.name
        prev = table.get(name)
        if prev is not None and _self_text(prev.self_ty) != _self_text(k.self_ty) \
                and not (prev.generics.names or generics.names):
            # `impl Pair<i32>` and `impl Pair<f64>` may both define `name` in rustc; items
            # are keyed by type name until they get DefIds.
            diags.append(unsupported(sk.ident.span, "items of the same name in impls for "
                                                    "different instantiations of a type"))
            continue
        if prev is not None:
            d = Diagnostic.error(f"duplicate definitions with name `{name}`", _def_span(prev.item),
                                 f"duplicate definitions for `{name}`", code="E0592")
            d.secondary(_def_span(sub), f"other definition for `{name}`")
            dup_errors.append(d)
            continue
        a = AssocItem(adt, name, kind, sub, header, index, k.self_ty, generics)
        table[name] = a
        out.append(a)
    return out, diags


def _self_text(t: ast.Ty | None) -> str:
    from ..syntax.printer import ty_to_string
    return ty_to_string(t) if t is not None else ""


def _def_span(item: ast.Item) -> Span:
    """rustc points at a function's signature (`fn get(&self) -> i32`), or a whole const."""
    k = item.kind
    if isinstance(k, ast.Fn):
        return Span(item.span.lo, k.sig.span.hi)
    return item.span


def e0424(use: Span, fn: ast.Fn | None) -> Diagnostic:
    """`self` used in an associated function without a `self` parameter."""
    from ..diagnostics.model import Suggestion
    d = Diagnostic.error("expected value, found module `self`", use,
                         "`self` value is a keyword only available in methods with a `self` "
                         "parameter", code="E0424")
    if fn is not None:
        d.secondary(fn.ident.span, "this function doesn't have a `self` parameter")
        at = _params_open(fn)
        text = "&self" + (", " if fn.sig.params else "")
        d.help("add a `self` receiver parameter to make the associated `fn` a method",
               suggestions=[Suggestion(Span(at, at), text, "MaybeIncorrect", "ShowAlways")])
    return d


def _params_open(fn: ast.Fn) -> int:
    """The offset just inside the parameter list's `(`."""
    return (fn.generics.span.hi if fn.generics.params else fn.ident.span.hi) + 1
