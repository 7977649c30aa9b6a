"""Lint levels from `#[allow]`, `#[warn]`, `#[deny]`, `#[forbid]` and `#[expect]`
(rustc_lint::levels), and the notes rustc attaches to a lint explaining its level.

rustc computes a lint's level at the HIR node that emits it, walking from that node
out to the crate root; the first attribute naming the lint (or a group holding it)
decides, and a later attribute in the same list overrides an earlier one. Here a
node is the source range of an AST node carrying attributes, and a lint is placed by
its primary span, which lies inside the node that emits it.

`warnings` is special: it applies to a lint whose level came out as `warn`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast, visit
from .registry_data import GROUPS, LINTS

LEVEL_ATTRS = ("allow", "warn", "deny", "forbid", "expect")
KNOWN_TOOLS = ("clippy", "rustdoc", "rustfmt")

DEFAULT_LEVEL: dict[str, str] = dict(LINTS)
# Lints whose default level depends on the edition (the table holds 2021's).
_EDITION_LEVEL: dict[tuple[str, str], str] = {("unsafe_op_in_unsafe_fn", "2024"): "warn"}
GROUP_MEMBERS: dict[str, tuple[str, ...]] = {g: tuple(m) for g, m in GROUPS}
# The group named in a default level's note: "`#[warn(dead_code)]` (part of `#[warn(unused)]`)".
_FIRST_GROUP: dict[str, str] = {}
for _g, _members in GROUPS:
    for _m in _members:
        _FIRST_GROUP.setdefault(_m, _g)

# Candidates for "did you mean" in rustc's order: groups, then lints as registered
# (the early and late lint passes' lints before the hard-wired ones). rustc keeps the
# first candidate at the smallest distance, so the order decides ties. The pass lints
# listed here are those of rustc_lint's combined early and late passes; the rest follow
# in `rustc -W help` order (an approximation of registration order).
_PASS_LINTS = (
    "keyword_idents_2018", "keyword_idents_2024",
    "unused_parens", "unused_braces", "unused_import_braces", "unsafe_code",
    "special_module_name", "anonymous_parameters", "ellipsis_inclusive_range_patterns",
    "non_camel_case_types", "deprecated", "while_true", "non_ascii_idents",
    "confusable_idents", "mixed_script_confusables", "uncommon_codepoints",
    "incomplete_features", "redundant_semicolons", "unused_doc_comments",
    "path_statements", "let_underscore_drop", "unused_must_use", "unused_results",
    "non_upper_case_globals", "non_shorthand_field_patterns", "unused_allocation",
    "missing_debug_implementations", "missing_docs", "non_snake_case",
    "no_mangle_generic_items", "unused_comparisons", "overflowing_literals",
)


def _candidates() -> list[str]:
    groups = [g for g, _ in GROUPS if g != "warnings"]
    known = set(DEFAULT_LEVEL)
    passes = [n for n in _PASS_LINTS if n in known]
    rest = [n for n, _ in LINTS if n not in set(passes)]
    return ["warnings"] + groups + passes + rest


@dataclass
class LevelSpec:
    level: str            # allow | warn | deny | forbid | expect
    name: str             # the lint or group named in the attribute
    span: Span            # the name's span in the attribute
    reason: str | None = None
    fulfilled: bool = False

    def covers(self, lint: str) -> bool:
        return self.name == lint or lint in GROUP_MEMBERS.get(self.name, ())


@dataclass
class _Scope:
    lo: int
    hi: int
    specs: list[LevelSpec]


@dataclass
class LintContext:
    """The session's lint state: scopes from attributes, the notes already shown
    (rustc's `note_once`), and `#[expect]` bookkeeping."""
    scopes: list[_Scope] = field(default_factory=list)
    shown: set = field(default_factory=set)
    diags: list[Diagnostic] = field(default_factory=list)   # unknown lints, to emit early
    edition: str = "2024"

    # -- building ------------------------------------------------------------------
    @classmethod
    def from_crate(cls, crate: ast.Crate) -> "LintContext":
        cx = cls(edition=getattr(crate, "edition", "2024"))
        whole = Span(0, 1 << 62)
        cx._add(whole, getattr(crate, "attrs", []))
        # (node, the span of the nearest enclosing node that has one): a `let`'s
        # attributes sit on StmtLet, whose span is its Stmt's.
        stack: list = [(crate.items, whole)]
        # (the walks' per-class field cache: asking each node for its fields was most
        # of this loop's time)
        field_names, leaves = visit.field_names, visit.LEAVES
        while stack:
            n, outer = stack.pop()
            t = type(n)
            if t is list or t is tuple:
                stack.extend((x, outer) for x in n)
                continue
            names = field_names(t) if t is not Span else None
            if names is None:
                continue
            span = getattr(n, "span", None)
            if not isinstance(span, Span):
                span = outer
            attrs = getattr(n, "attrs", None)
            if attrs:
                cx._add(span, attrs)
            if t is ast.Mod and n.inner_attrs:   # `mod m { #![allow(..)] }`
                cx._add(span, n.inner_attrs)
            for name in names:
                v = getattr(n, name)
                if type(v) not in leaves:
                    stack.append((v, span))
        # Innermost first: a later start, then an earlier end.
        cx.scopes.sort(key=lambda s: (-s.lo, s.hi))
        return cx

    def _add(self, span: Span, attrs: list) -> None:
        specs: list[LevelSpec] = []
        for a in attrs:
            if getattr(a, "is_doc_comment", False) or a.name not in LEVEL_ATTRS or a.args is None:
                continue
            specs.extend(self._parse(a))
        if specs:
            self.scopes.append(_Scope(span.lo, span.hi, specs))

    def _parse(self, a: ast.Attribute) -> list[LevelSpec]:
        """`allow(a, b::c, reason = "...")`: the lint names with their spans."""
        out: list[LevelSpec] = []
        reason = None
        trees = a.args.trees
        i = 0
        while i < len(trees):
            t = trees[i]
            if isinstance(t, ast.Token) and t.kind == "ident" and t.text == "reason" \
                    and i + 2 < len(trees) and isinstance(trees[i + 1], ast.Token) \
                    and trees[i + 1].text == "=":
                lit = trees[i + 2]
                if isinstance(lit, ast.Token) and isinstance(getattr(lit, "value", None), str):
                    reason = lit.value
                i += 3
                continue
            if isinstance(t, ast.Token) and t.kind == "ident":
                # A path: ident (:: ident)*
                parts, lo, hi = [t.text], t.span, t.span
                j = i + 1
                while j + 1 < len(trees) and isinstance(trees[j], ast.Token) and trees[j].text == "::" \
                        and isinstance(trees[j + 1], ast.Token) and trees[j + 1].kind == "ident":
                    parts.append(trees[j + 1].text)
                    hi = trees[j + 1].span
                    j += 2
                i = j
                span = lo.to(hi)
                if len(parts) > 1:
                    continue          # a tool lint (clippy::...): not rustc's to check
                name = parts[0]
                if name in DEFAULT_LEVEL or name in GROUP_MEMBERS:
                    out.append(LevelSpec(a.name, name, span))
                else:
                    self.diags.append(self._unknown(name, span))
                continue
            i += 1
        for s in out:
            s.reason = reason
        return out

    def _unknown(self, name: str, span: Span) -> Diagnostic:
        from ..resolve.suggest import find_best_match
        d = Diagnostic.warning(f"unknown lint: `{name}`", span)
        best = find_best_match(_candidates(), name)
        if best is not None:
            d.help("did you mean", suggestions=[Suggestion(span, best, "MachineApplicable")])
        d.lint = "unknown_lints"
        return d

    # -- queries -------------------------------------------------------------------
    def _lookup(self, lint: str, pos: int) -> LevelSpec | None:
        for s in self.scopes:
            if s.lo <= pos < s.hi:
                for spec in reversed(s.specs):
                    if spec.covers(lint):
                        return spec
        return None

    def level(self, lint: str, pos: int) -> tuple[str, LevelSpec | None]:
        spec = self._lookup(lint, pos)
        level = spec.level if spec is not None else \
            _EDITION_LEVEL.get((lint, self.edition)) or DEFAULT_LEVEL.get(lint, "warn")
        if level == "warn":
            w = self._lookup("warnings", pos)
            if w is not None:
                return w.level, w
        return level, spec

    def allowed(self, lint: str, span: Span) -> bool:
        return self.level(lint, span.lo)[0] in ("allow", "expect")

    # -- emission ------------------------------------------------------------------
    def apply(self, lint: str, d: Diagnostic, default_note: str | None = None) -> Diagnostic | None:
        """The diagnostic at its level with rustc's level notes, or None when allowed."""
        pos = d.spans[0].span.lo if d.spans else 0
        level, spec = self.level(lint, pos)
        if level in ("allow", "expect"):
            if spec is not None and level == "expect":
                spec.fulfilled = True
            return None
        d.lint = lint
        d.level = "error" if level in ("deny", "forbid") else "warning"
        notes: list[Diagnostic] = []
        if spec is None:
            text = default_note or _default_note(lint, level)
            if self._once(("note", text, None)):
                notes.append(Diagnostic("note", text))
        else:
            if spec.reason:
                notes.append(Diagnostic("note", spec.reason))
            if self._once(("note", "the lint level is defined here", spec.span)):
                notes.append(Diagnostic("note", "the lint level is defined here").primary(spec.span))
            if spec.name != lint:
                text = f"`#[{level}({lint})]` implied by `#[{level}({spec.name})]`"
                if self._once(("note", text, None)):
                    notes.append(Diagnostic("note", text))
        # rustc attaches the level notes after the lint's own notes and before its
        # suggestions.
        at = next((i for i, c in enumerate(d.children) if c.suggestions), len(d.children))
        d.children[at:at] = notes
        return d

    def _once(self, key) -> bool:
        if key in self.shown:
            return False
        self.shown.add(key)
        return True

    def unfulfilled_expectations(self) -> list[Diagnostic]:
        out = []
        for s in sorted(self.scopes, key=lambda s: s.lo):
            for spec in s.specs:
                if spec.level == "expect" and not spec.fulfilled:
                    d = Diagnostic.warning("this lint expectation is unfulfilled", spec.span)
                    if spec.reason:
                        d.note(spec.reason)
                    out.append(d)
        return out


def _default_note(lint: str, level: str) -> str:
    group = _FIRST_GROUP.get(lint)
    if group is not None and group != "warnings":
        return f"`#[{level}({lint})]` (part of `#[{level}({group})]`) on by default"
    return f"`#[{level}({lint})]` on by default"
