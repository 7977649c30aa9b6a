"""Inherent `impl` blocks: their associated functions and constants, keyed by type.

Each associated function becomes a body like a free function, under the key
`Type::name` in `Resolutions.fns` (a name no free function can have), so every
later phase (typeck, MIR, borrowck, the machine) handles it with no special case
beyond its `self` parameter. `Resolutions.assoc[type][name]` finds it by name.
Generic impls and trait impls stay refused until generics and traits arrive.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported


@dataclass
class AssocItem:
    adt: str
    name: str
    kind: str                  # "fn" | "const"
    item: ast.Item
    impl_header: Span          # `impl Point`, as rustc labels it in dead-code warnings
    impl_index: int            # which `impl` block of the crate (dead code groups by block)

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
    if k.generics.params or k.generics.where_clause:
        return None, [unsupported(k.generics.span, "generic `impl` blocks")]
    if k.unsafe:
        return None, [unsupported(item.span, "`unsafe impl`")]
    t = k.self_ty.kind
    if isinstance(t, ast.TyPath) and t.qself is None and len(t.path.segments) == 1 \
            and t.path.segments[0].args is None and t.path.segments[0].ident.name in adts:
        return t.path.segments[0].ident.name, []
    return None, [unsupported(k.self_ty.span, "`impl` blocks for this type")]


def collect_impl(item: ast.Item, adt: str, index: int, assoc: dict[str, dict[str, AssocItem]],
                 dup_errors: list[Diagnostic]) -> tuple[list[AssocItem], list[Diagnostic]]:
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
        if prev is not None:
            d = Diagnostic.error(f"duplicate definitions with name `{name}`", _def_span(prev.item),
                                 f"duplicate definitions for `{name}`", code="E0592")
            d.secondary(_def_span(sub), f"other definition for `{name}`")
            dup_errors.append(d)
            continue
        a = AssocItem(adt, name, kind, sub, header, index)
        table[name] = a
        out.append(a)
    return out, diags


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
