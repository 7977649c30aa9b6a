"""The bindings of one pattern, checked as rustc_resolve's `resolve_pattern` checks them.

A pattern is resolved as a whole before its bindings come into scope. Within it:
- a name bound twice in the same product (`(x, x)`) is E0416;
- the alternatives of an or-pattern (`A(n) | B(n)`) bind the same variables: the
  later alternatives' bindings are the first one's (`Resolutions.binding_canon` maps
  them to it), a variable missing from an alternative is E0408 and one bound with
  `mut` in one alternative and without in another is E0409.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from .suggest import find_best_match


@dataclass
class Binding:
    name: str
    pat_id: int          # the canonical binding's pattern id
    span: Span           # its identifier
    mutable: bool


class PatBindings:
    """rustc's stack of binding sets: ("product" | "or", {name: Binding})."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, dict[str, Binding]]] = [("product", {})]
        self.diags: list[Diagnostic] = []

    @property
    def bound(self) -> dict[str, Binding]:
        return self.stack[0][1]

    def fresh(self, p: ast.Pat, k: ast.PatIdent) -> int:
        """Bind `k.ident` at pattern `p`; returns the canonical binding's pattern id."""
        name = k.ident.name
        if any(ctx == "product" and name in names for ctx, names in self.stack):
            self.diags.append(Diagnostic.error(
                f"identifier `{name}` is bound more than once in the same pattern", k.ident.span,
                "used in a pattern more than once", code="E0416"))
        canon = p.id
        for ctx, names in self.stack:
            if ctx == "or" and name in names:
                canon = names[name].pat_id
        self.stack[-1][1][name] = Binding(name, canon, k.ident.span, k.mutable)
        return canon

    def enter_or(self) -> None:
        self.stack.append(("or", {}))

    def enter_alt(self) -> None:
        self.stack.append(("product", {}))

    def leave(self) -> None:
        _, names = self.stack.pop()
        for name, b in names.items():
            self.stack[-1][1].setdefault(name, b)


def binding_map(p: ast.Pat, diags: list[Diagnostic]) -> dict[str, list[tuple[Span, bool]]]:
    """rustc's `compute_and_check_binding_map`: the variables `p` binds (each with the
    spans and mutability of its bindings), reporting inconsistent or-patterns inside."""
    k = p.kind
    if isinstance(k, ast.PatIdent):
        out = {k.ident.name: [(k.ident.span, k.mutable)]}
        if k.sub is not None:
            _merge(out, binding_map(k.sub, diags))
        return out
    if isinstance(k, ast.PatOr):
        maps = [binding_map(alt, diags) for alt in k.alts]
        _check_alternatives(k.alts, maps, diags)
        out: dict[str, list[tuple[Span, bool]]] = {}
        for m in maps:
            _merge(out, m)
        return out
    out = {}
    for sub in _subpatterns(k):
        _merge(out, binding_map(sub, diags))
    return out


def _merge(into: dict, more: dict) -> None:
    for name, spans in more.items():
        into.setdefault(name, []).extend(spans)


def _subpatterns(k) -> list[ast.Pat]:
    if isinstance(k, (ast.PatTuple, ast.PatTupleStruct, ast.PatSlice)):
        return list(k.elems)
    if isinstance(k, ast.PatStruct):
        return [f.pat for f in k.fields]
    if isinstance(k, (ast.PatParen, ast.PatRef)):
        return [k.pat]
    return []


def _check_alternatives(alts: list[ast.Pat], maps: list[dict], diags: list[Diagnostic]) -> None:
    """rustc's `check_consistent_bindings` over the alternatives of one or-pattern."""
    missing: dict[str, tuple[list[Span], list[Span]]] = {}   # name -> (origins, targets)
    inconsistent: dict[str, tuple[Span, Span]] = {}
    for i, outer in enumerate(maps):
        for j, inner in enumerate(maps):
            if i == j:
                continue
            for name, spans in inner.items():
                if name not in outer:
                    origins, targets = missing.setdefault(name, ([], []))
                    for s, _ in spans:
                        if s not in origins:
                            origins.append(s)
                    if alts[i].span not in targets:
                        targets.append(alts[i].span)
                elif outer[name][0][1] != spans[0][1]:
                    inconsistent.setdefault(name, (spans[0][0], outer[name][0][0]))
    # In rustc's order of discovery (alternative by alternative), not by name.
    for name in missing:
        origins, targets = missing[name]
        targets.sort(key=lambda s: s.lo)
        origins.sort(key=lambda s: s.lo)
        d = Diagnostic.error(f"variable `{name}` is not bound in all patterns", code="E0408")
        for t in targets:
            d.primary(t, f"pattern doesn't bind `{name}`")
        for o in origins:
            d.secondary(o, "variable not in all patterns")
        # rustc offers a similarly named variable the other alternatives do bind, unless
        # the alternatives binding `name` bind it as well (`[x, _] | [x, _, y]`), and not
        # between plain names (`a | b`).
        others = [n for i, m in enumerate(maps) if alts[i].span in targets for n in m]
        in_origins = {n for m in maps if name in m for n in m}
        plain = all(isinstance(a.kind, ast.PatIdent) for a in alts if a.span in targets) \
            or all(isinstance(a.kind, ast.PatIdent) for m, a in zip(maps, alts) if name in m)
        best = None if plain else find_best_match(sorted(set(others)), name)
        if best is not None and best not in in_origins:
            d.help(f"you might have meant to use the similarly named previously used binding `{best}`",
                   suggestions=[Suggestion(o, best, "MaybeIncorrect", "ShowAlways") for o in origins])
        diags.append(d)
    for name in inconsistent:
        here, first = inconsistent[name]
        d = Diagnostic.error(f"variable `{name}` is bound inconsistently across alternatives "
                             "separated by `|`", here, "bound in different ways", code="E0409")
        d.secondary(first, "first binding")
        diags.append(d)


def has_or(p: ast.Pat) -> bool:
    k = p.kind
    if isinstance(k, ast.PatOr):
        return True
    if isinstance(k, ast.PatIdent):
        return k.sub is not None and has_or(k.sub)
    return any(has_or(s) for s in _subpatterns(k))


def is_let_chain(e: ast.Expr) -> bool:
    """Whether a condition holds `let` operands (an `if let`, `while let` or let chain)."""
    k = e.kind
    if isinstance(k, ast.ExprLet):
        return True
    return isinstance(k, ast.ExprBinary) and k.op == "&&" and (is_let_chain(k.lhs)
                                                                or is_let_chain(k.rhs))
