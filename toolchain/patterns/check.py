"""rustc's `check_match`: E0004 for non-exhaustive matches (with rustc's witness
patterns and suggested arm), E0005 for refutable `let` patterns, and the
`unreachable_patterns` warning. Runs after type checking, per function body."""

from __future__ import annotations

import math

from ..diagnostics.model import Diagnostic, Suggestion
from ..resolve import Resolutions
from ..source import Span
from ..syntax import ast
from ..syntax.visit import iter_body_nodes
from ..typeck import TypeckResults
from ..std import PRELUDE
from ..std_locations import item_span
from ..types import PRIM_CONSTS, Ty, display, int_const_str, int_range, subst
from . import const_arms, irrefutable, or_alternatives
from .usefulness import DPat, WILD, is_useful, missing_witnesses, wild


class PatternChecker:
    def __init__(self, source, res: Resolutions, tcx: TypeckResults, out):
        self.source = source
        self.res = res
        self.tcx = tcx
        self.out = out                    # a lints.LintEmitter: errors and warnings, in order
        self.diags = out.diags
        self.emit_lint = out.emit
        self.tainted = False              # the current body has an E0004/E0005
        from . import usefulness
        usefulness.ENUM_FIELDS.clear()
        usefulness.ENUM_DECLARED.clear()
        usefulness.SHAPE[0] = self.shape
        for name, layout in tcx.adts.items():
            if layout.kind == "enum" and layout.generics:
                usefulness.ENUM_DECLARED[name] = [list(v.tys) for v in layout.variants]
                usefulness.ENUM_FIELDS[name] = [[] for _ in layout.variants]   # (for the count)
            elif layout.kind == "enum":
                usefulness.ENUM_FIELDS[name] = [[self.shape(t) for t in v.tys]
                                                for v in layout.variants]

    # -- deconstruction --------------------------------------------------------------
    def shape(self, ty: Ty) -> Ty:
        """Structs are analysed as the tuple of their fields (one constructor); enums as
        Ty("enum", name), one constructor per variant."""
        if ty is not None and ty.kind == "adt" and self.tcx.adts[ty.name].kind == "enum":
            return Ty("enum", ty.name, ty.args)   # (a generic enum's arguments: see usefulness)
        if ty is not None and ty.kind == "adt":
            return Ty("tuple", args=tuple(self.shape(subst(t, ty.args))
                                          for t in self.tcx.adts[ty.name].tys))
        if ty is not None and ty.kind == "tuple":
            return Ty("tuple", args=tuple(self.shape(t) for t in ty.args))
        if ty is not None and ty.kind in ("array", "slice"):
            return Ty(ty.kind, ty.name, (self.shape(ty.args[0]),))
        if ty is not None and ty.kind == "ref" and ty.args[0].kind != "str":
            return Ty("ref", args=(self.shape(ty.args[0]),), mutable=ty.mutable)
        return ty

    def deconstruct(self, p: ast.Pat, ty: Ty, peeled: bool = False) -> list[DPat]:
        """The pattern as DPats: several for an or-pattern (one per alternative)."""
        ty = self.shape(ty)
        k = p.kind
        r = self.res.values.get(p.id)
        # A reference is one constructor (`&_`) around what it points to: `&pat`, and
        # patterns matched through references (default binding modes).
        n = 0 if peeled else self.tcx.pat_derefs.get(p.id, 0)
        if n and ty.kind == "ref":
            inner = self.deconstruct(k.pat, ty.args[0]) if isinstance(k, ast.PatRef) else \
                self._deconstruct_peeled(p, ty.args[0], n - 1)
            return [DPat(("ref",), [d], ty) for d in inner]
        if isinstance(k, (ast.PatStruct, ast.PatTupleStruct, ast.PatPath)) and r is not None \
                and r.kind == "variant":
            from . import usefulness
            ftys = usefulness.variant_field_tys(ty, r.target[1])
            indices = self.tcx.pat_tuple_fields.get(p.id, [])
            subs = [f.pat for f in k.fields] if isinstance(k, ast.PatStruct) else \
                [el for el in getattr(k, "elems", []) if not isinstance(el.kind, ast.PatRest)]
            fields: list[list[DPat]] = [[wild(t)] for t in ftys]
            for el, i in zip(subs, indices):
                if 0 <= i < len(ftys):
                    fields[i] = self.deconstruct(el, ftys[i])
            out: list[DPat] = [DPat(("variant", r.target[1]), [], ty)]
            for alts in fields:
                out = [DPat(o.ctor, o.fields + [a], ty) for o in out for a in alts]
            return out
        if isinstance(k, (ast.PatStruct, ast.PatTupleStruct, ast.PatPath)):
            indices = self.tcx.pat_tuple_fields.get(p.id, [])
            subs = [f.pat for f in k.fields] if isinstance(k, ast.PatStruct) else \
                [el for el in getattr(k, "elems", []) if not isinstance(el.kind, ast.PatRest)]
            fields: list[list[DPat]] = [[wild(t)] for t in ty.args]
            for el, i in zip(subs, indices):
                if 0 <= i < len(ty.args):
                    fields[i] = self.deconstruct(el, ty.args[i])
            out: list[DPat] = [DPat(("tuple",), [], ty)]
            for alts in fields:
                out = [DPat(o.ctor, o.fields + [a], ty) for o in out for a in alts]
            return out
        if isinstance(k, ast.PatParen):
            return self.deconstruct(k.pat, ty)
        if isinstance(k, ast.PatIdent) and r is not None and r.kind == "const":
            return [self.value_pat(self.tcx.const_values.get(r.target, math.nan), ty)]
        if isinstance(k, ast.PatWild) or (isinstance(k, ast.PatIdent) and k.sub is None):
            return [wild(ty)]
        if isinstance(k, ast.PatIdent):
            return self.deconstruct(k.sub, ty)
        if isinstance(k, ast.PatOr):
            return [d for alt in k.alts for d in self.deconstruct(alt, ty)]
        if isinstance(k, ast.PatLit):
            v = self.const_value(k.expr)
            return [self.value_pat(v, ty)]
        if isinstance(k, ast.PatRange):
            if ty.kind not in ("int", "char"):
                return [DPat(("opaque", id(p)), [], ty)]
            lo = self.const_value(k.lo) if k.lo is not None else None
            hi = self.const_value(k.hi) if k.hi is not None else None
            full_lo, full_hi = (0, 0x10FFFF) if ty.kind == "char" else int_range(ty.name)
            lo = full_lo if lo is None else _ordinal(lo)
            hi = full_hi if hi is None else _ordinal(hi) - (0 if k.inclusive else 1)
            if lo > hi:
                return []    # an empty range matches nothing
            return [DPat(("range", lo, hi), [], ty)]
        if isinstance(k, ast.PatSlice) and ty.kind == "array":
            from ..typeck.arrays import is_rest
            indices = self.tcx.pat_tuple_fields.get(p.id, [])
            subs = [el for el in k.elems if not is_rest(el)]
            n = int(ty.name)
            fields = [[wild(ty.args[0])] for _ in range(n)]
            for el, i in zip(subs, indices):
                if i < n:
                    fields[i] = self.deconstruct(el, ty.args[0])
            out = [DPat(("array",), [], ty)]
            for alts in fields:
                out = [DPat(o.ctor, o.fields + [a], ty) for o in out for a in alts]
            return out
        if isinstance(k, ast.PatSlice) and ty.kind == "slice":
            return self._deconstruct_slice(k, p, ty)
        if isinstance(k, ast.PatTuple):
            indices = self.tcx.pat_tuple_fields.get(p.id, [])
            subs = [el for el in k.elems if not isinstance(el.kind, ast.PatRest)]
            fields: list[list[DPat]] = [[wild(t)] for t in ty.args]
            for el, i in zip(subs, indices):
                if i < len(ty.args):
                    fields[i] = self.deconstruct(el, ty.args[i])
            out: list[DPat] = [DPat(("tuple",), [], ty)]
            for alts in fields:   # the cartesian product of or-alternatives in fields
                out = [DPat(o.ctor, o.fields + [a], ty) for o in out for a in alts]
            return out
        return [wild(ty)]

    def _deconstruct_slice(self, k: ast.PatSlice, p: ast.Pat, ty: Ty) -> list[DPat]:
        """`[a, b]` is the slice of exactly 2 elements, `[a, .., z]` one of at least
        2 with its first and last as fields (patterns/slice_ctors.py)."""
        from ..typeck.arrays import is_rest
        indices = self.tcx.pat_tuple_fields.get(p.id, [])
        subs = [el for el in k.elems if not is_rest(el)]
        prefix = sum(1 for i in indices if i >= 0)
        suffix = len(indices) - prefix
        ctor = ("slice", prefix, suffix) if len(subs) != len(k.elems) else ("slice", prefix, None)
        out = [DPat(ctor, [], ty)]
        for el, i in zip(subs, indices):
            alts = self.deconstruct(el, ty.args[0])
            out = [DPat(o.ctor, o.fields + [a], ty) for o in out for a in alts]
        return out

    def _deconstruct_peeled(self, p: ast.Pat, ty: Ty, n: int) -> list[DPat]:
        if n and ty.kind == "ref":
            return [DPat(("ref",), [d], ty) for d in self._deconstruct_peeled(p, ty.args[0], n - 1)]
        return self.deconstruct(p, ty, peeled=True)

    def value_pat(self, v, ty: Ty) -> DPat:
        if ty.kind == "bool":
            return DPat(("bool", bool(v)), [], ty)
        if ty.kind in ("int", "char"):
            o = _ordinal(v)
            return DPat(("range", o, o), [], ty)
        return DPat(("opaque", repr(v)), [], ty)

    def const_value(self, e: ast.Expr):
        k = e.kind
        if isinstance(k, ast.ExprParen):
            return self.const_value(k.expr)
        if isinstance(k, ast.ExprLit):
            return k.lit.value
        if isinstance(k, ast.ExprUnary) and k.op == "-":
            return -self.const_value(k.expr)
        if isinstance(k, ast.ExprPath):
            r = self.res.values.get(e.id)
            if r is not None and r.kind == "prim_const":
                return PRIM_CONSTS[r.target][0]
            if r is not None and r.kind == "const":
                return self.tcx.const_values.get(r.target, math.nan)
        return math.nan

    # -- checks ------------------------------------------------------------------------
    def check_match(self, e: ast.Expr, k: ast.ExprMatch) -> None:
        ty = self.tcx.expr_types.get(k.scrutinee.id)
        if ty is None or ty.is_error:
            return
        shown_ty = ty
        ty = self.shape(ty)
        self.current_ty = ty
        rows: list[list[DPat]] = []
        for arm in k.arms:
            alts = self.deconstruct(arm.pat, ty)
            if not any(is_useful(rows, [a], [ty]) for a in alts) and alts and not k.from_macro:
                self.unreachable(arm, rows, k.arms)
            elif not k.from_macro and arm.guard is None:
                # (rustc 1.95 reports no redundant alternative in a guarded arm)
                earlier = [a.pat for a in k.arms[:k.arms.index(arm)] if a.guard is None]
                or_alternatives.check(self, arm.pat, ty, rows, earlier)
            if arm.guard is None:
                rows.extend([a] for a in alts)
        witnesses = missing_witnesses(rows, [ty])
        if witnesses:
            self.non_exhaustive(k, shown_ty, [w[0] for w in witnesses])

    def check_let(self, pat: ast.Pat, ty: Ty, init_span: Span | None) -> None:
        or_alternatives.check(self, pat, self.shape(ty), [], [])
        rows = [[d] for d in self.deconstruct(pat, ty)]
        witnesses = missing_witnesses(rows, [self.shape(ty)])
        if witnesses:
            self.refutable_let(pat, ty, [w[0] for w in witnesses], init_span)

    def unreachable(self, arm: ast.Arm, rows, arms) -> None:
        d = Diagnostic.warning("unreachable pattern", arm.pat.span, "no value can reach this")
        # rustc points at the earlier arm that alone covers this one, when there is one.
        ty = self.current_ty
        mine = self.deconstruct(arm.pat, ty) if ty is not None else []
        for prev in arms:
            if prev is arm:
                break
            if prev.guard is not None:
                continue
            if _is_catchall(prev.pat):
                d.secondary(prev.pat.span, "matches any value")
                break
            prev_rows = [[p] for p in self.deconstruct(prev.pat, ty)]
            if mine and not any(is_useful(prev_rows, [a], [ty]) for a in mine):
                d.secondary(prev.pat.span, "matches all the relevant values")
                break
        self.emit_lint("unreachable_patterns", d)

    def non_exhaustive(self, k: ast.ExprMatch, ty: Ty, witnesses: list[DPat]) -> None:
        shown = [self.print_pat(w) for w in witnesses]
        joined = _join(shown)
        many = len(shown) > 1
        d = Diagnostic.error(f"non-exhaustive patterns: {joined} not covered", k.scrutinee.span,
                             f"pattern{'s' if many else ''} {joined} not covered", code="E0004")
        base, wits = ty, witnesses
        while base.kind == "ref" and base.args[0].kind != "str":
            base = base.args[0]
            wits = [w.fields[0] if w.ctor[0] == "ref" else w for w in wits]
        if base.kind == "adt" and self.tcx.adts[base.name].kind == "enum":
            self.defined_here(d, base, wits)
        d.note(f"the matched value is of type `{display(ty, untrimmed=True)}`")
        if ty == Ty("ref", args=(Ty("str"),)):
            d.note("`&str` cannot be matched exhaustively, so a wildcard `_` is necessary")
        if k.arms and all(arm.guard is not None for arm in k.arms):
            d.note("match arms with guards don't count towards exhaustivity")
        const_arms.explain(self, d, k.arms)
        if k.arms:
            last = k.arms[-1]
            body_end = last.body.span.hi
            indent = " " * (self.source.line_col(last.span.lo)[1] - 1)
            pat = " | ".join(shown) if len(shown) <= 3 else "_"
            msg = ("ensure that all possible cases are being handled by adding a match arm "
                   "with a wildcard pattern, a match arm with multiple or-patterns as shown, "
                   "or multiple match arms" if len(shown) > 1 and len(shown) <= 3 else
                   "ensure that all possible cases are being handled by adding a match arm "
                   "with a wildcard pattern or an explicit pattern as shown" if len(shown) == 1
                   else "ensure that all possible cases are being handled by adding a match arm "
                        "with a wildcard pattern as shown, or multiple match arms")
            d.help(msg, suggestions=[Suggestion(Span(body_end, body_end),
                                                f",\n{indent}{pat} => todo!()",
                                                "HasPlaceholders", "ShowAlways")])
        self.diags.append(d)
        self.tainted = True

    def refutable_let(self, pat: ast.Pat, ty: Ty, witnesses: list[DPat],
                      init_span: Span | None) -> None:
        shown = [self.print_pat(w) for w in witnesses]
        joined = _join(shown)
        d = Diagnostic.error(f"refutable pattern in local binding", pat.span,
                             f"pattern{'s' if len(shown) > 1 else ''} {joined} not covered",
                             code="E0005")
        d.note("`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` "
               "with only one variant")
        d.note("for more information, visit "
               "https://doc.rust-lang.org/book/ch19-02-refutability.html")
        if ty.kind == "adt" and self.tcx.adts[ty.name].kind == "enum":
            self.defined_here(d, ty, witnesses)
        d.note(f"the matched value is of type `{display(ty, untrimmed=True)}`")
        if init_span is not None:
            at = Span(init_span.hi, init_span.hi)
            what = "variant that isn't" if len(shown) == 1 else "variants that aren't"
            d.help(f"you might want to use `let...else` to handle the {what} matched",
                   suggestions=[Suggestion(at, " else { todo!() }", "HasPlaceholders", "ShowAlways")])
        self.diags.append(d)
        self.tainted = True

    def defined_here(self, d: Diagnostic, ty: Ty, witnesses: list[DPat]) -> None:
        """rustc's `Enum` defined here note, pointing at the variants not covered."""
        adt = self.res.adts[ty.name]
        note = Diagnostic("note", f"`{display(ty, untrimmed=True)}` defined here")
        note.primary(item_span(adt.ident_span, adt.name))
        # rustc's `maybe_point_at_variant`: the variants of this enum anywhere in the
        # witnesses, nested ones too (`Some(Some(false))` labels `Some` twice).
        stack = [(w, True) for w in reversed(witnesses)]
        while stack:
            w, top = stack.pop()
            if w.ctor[0] == "variant" and (top or w.ty is not None and w.ty.kind in ("adt", "enum")
                                           and w.ty.name == adt.name):
                v = adt.variants[w.ctor[1]]
                note.secondary(item_span(v.ident_span, f"{adt.name}::{v.name}"), "not covered")
            stack.extend((f, False) for f in reversed(w.fields))
        d.children.append(note)

    # -- printing witnesses as rustc does ----------------------------------------------
    def print_pat(self, p: DPat) -> str:
        c = p.ctor
        if c[0] == "wild":
            return "_" if not (p.ty is not None and p.ty == Ty("ref", args=(Ty("str"),))) \
                else "&_"
        if c[0] == "bool":
            return "true" if c[1] else "false"
        if c[0] == "array":
            return "[" + ", ".join(self.print_pat(f) for f in p.fields) + "]"
        if c[0] == "ref":
            return ("&mut " if p.ty is not None and p.ty.mutable else "&") + self.print_pat(p.fields[0])
        if c[0] == "slice":
            shown = [self.print_pat(f) for f in p.fields]
            if c[2] is not None:      # `[_, _, ..]`: at least this many
                shown.insert(c[1], "..")
            return "[" + ", ".join(shown) + "]"
        if c[0] == "tuple":
            inner = ", ".join(self.print_pat(f) for f in p.fields)
            return f"({inner},)" if len(p.fields) == 1 else f"({inner})"
        if c[0] == "variant":
            v = self.tcx.adts[p.ty.name].variants[c[1]]
            # The prelude's variants are in scope by their own names, as rustc prints them.
            path = v.name if PRELUDE.get(v.name) == ("variant", (p.ty.name, c[1])) \
                else f"{p.ty.name}::{v.name}"
            if v.kind == "unit":
                return path
            if v.kind == "named":
                inner = [f"{n}: {self.print_pat(f)}" for n, f in zip(v.names, p.fields)
                         if f.ctor[0] != "wild"]
                return f"{path} {{ {', '.join(inner)}, .. }}" if inner else f"{path} {{ .. }}"
            return f"{path}({', '.join(self.print_pat(f) for f in p.fields)})"
        if c[0] == "range":
            lo, hi = c[1], c[2]
            if lo == hi:
                return _print_value(lo, p.ty)
            return f"{_print_value(lo, p.ty)}..={_print_value(hi, p.ty)}"
        return "_"


def _is_catchall(p: ast.Pat) -> bool:
    k = p.kind
    if isinstance(k, ast.PatParen):
        return _is_catchall(k.pat)
    if isinstance(k, ast.PatTuple):   # a tuple of catch-alls matches any value too
        return all(isinstance(el.kind, ast.PatRest) or _is_catchall(el) for el in k.elems)
    return isinstance(k, ast.PatWild) or (isinstance(k, ast.PatIdent) and k.sub is None)


def _ordinal(v) -> int:
    return ord(v) if isinstance(v, str) else int(v)


def _print_value(v: int, ty: Ty) -> str:
    if ty.kind == "char":
        from ..interp.fmt import format_value
        return format_value(chr(v), ty, "?")
    return int_const_str(v, ty)


def _join(items: list[str]) -> str:
    q = [f"`{i}`" for i in items]
    if len(q) == 1:
        return q[0]
    if len(q) <= 3:
        return ", ".join(q[:-1]) + " and " + q[-1]
    return ", ".join(q[:3]) + f" and {len(q) - 3} more"


def check_body(checker: PatternChecker, name: str, item: ast.Item) -> bool:
    """Check every `match` and `let` of one function; True when it has an E0004/E0005
    (the body is then, like one with a type error, not analysed further)."""
    res, tcx = checker.res, checker.tcx
    checker.tainted = False
    f: ast.Fn = item.kind
    for p, t in zip(f.sig.params, tcx.sigs[name].params):
        checker.check_let(p.pat, t, None)
    found = []
    for n in iter_body_nodes(f.body):
        if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprMatch):
            found.append(("match", n))
        elif isinstance(n, ast.Stmt) and isinstance(n.kind, ast.StmtLet):
            found.append(("let", n))
        elif isinstance(n, ast.Expr) and isinstance(n.kind, (ast.ExprIf, ast.ExprWhile)) \
                and isinstance(n.kind.cond.kind, ast.ExprLet):
            found.append(("if" if isinstance(n.kind, ast.ExprIf) else "while", n))
    # rustc checks a body's matches in the order its MIR builder meets them: outer
    # before inner, in source order.
    for kind, n in found:
        if kind == "match":
            checker.check_match(n, n.kind)
        elif kind in ("if", "while"):
            irrefutable.check_let_expr(checker, kind, n.kind.cond)
        elif n.kind.else_ is not None:
            irrefutable.check_let_else(checker, n)
        else:
            t = tcx.local_types.get(n.kind.pat.id) if isinstance(n.kind.pat.kind, ast.PatIdent) \
                else _pat_type(n, tcx)
            if t is not None and not t.is_error:
                checker.check_let(n.kind.pat, t, n.kind.init.span if n.kind.init else None)
    return checker.tainted


def _pat_type(stmt: ast.Stmt, tcx: TypeckResults) -> Ty | None:
    k = stmt.kind
    if k.init is not None:
        return tcx.expr_types.get(k.init.id)
    return None
