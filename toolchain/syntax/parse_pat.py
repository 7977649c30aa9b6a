"""Patterns (rustc_parse::parser::pat)."""

from __future__ import annotations

from ..source import Span
from . import ast
from .parser import ParseError, sugg

# After an identifier, these make it a path, a macro or a range bound, not a binding.
_NOT_AFTER_BINDING = frozenset(("::", "(", "{", "!", "..", "..=", "..."))


class PatParser:
    def mk_pat(self, kind, lo: Span) -> ast.Pat:
        b = self.prev_span.hi
        ids = self.ids
        n = ids._next
        ids._next = n + 1
        if b == lo.hi:
            return ast.Pat(kind, lo, n)
        a = lo.lo
        return ast.Pat(kind, Span(a, b if b > a else a), n)

    def parse_pat(self) -> ast.Pat:
        """A pattern with top-level or-patterns (`A | B`), leading `|` allowed."""
        t = self.tok
        lo = t.span
        if t.kind == "punct" and t.text == "|":
            self.bump()
        else:
            self.expected.append("`|`")     # eat("|")
        first = self.parse_pat_no_top_alt()
        t = self.tok
        if not (t.kind == "punct" and (t.text == "|" or t.text == "||")):
            self.expected.append("`|`")     # check("|")
            return first
        alts = [first]
        while True:
            if self.is_p("||"):
                # rustc's `maybe_recover_unexpected_or`... `||` instead of `|`
                t = self.tok
                d = self.error("unexpected token `||` in pattern", t.span)
                d.secondary(first.span, "while parsing this or-pattern starting here")
                d.help("use a single `|` to separate multiple alternative patterns",
                       suggestions=[sugg(t.span, "|", "ShowAlways")])
                self.emit(d)
                self.bump()
            elif not self.eat("|"):
                break
            alts.append(self.parse_pat_no_top_alt())
        if len(alts) == 1:
            return first
        return self.mk_pat(ast.PatOr(alts), lo)

    def parse_pat_no_top_alt(self) -> ast.Pat:
        t = self.tok
        lo = t.span
        if t.kind == "ident" and (t.raw or t.text not in self._kws):
            pos = self.pos + 1
            a = self.toks[pos] if pos < self._ntoks else self.toks[-1]     # look()
            if not (a.kind == "punct" and a.text in _NOT_AFTER_BINDING):
                # A plain binding `name` / `name @ sub` (the `ref`/`mut` branch below,
                # without them: what their failed `eat_kw`s record is cleared by the bump).
                self.prev_span = t.span     # self.bump(), inlined
                pos = self.pos + 1
                if pos < self._ntoks:
                    self.pos = pos
                    self.tok = self.toks[pos]
                if self.expected:
                    self.expected.clear()
                ident = ast.Ident(t.text, lo)
                sub = None
                nt = self.tok
                if nt.kind == "punct" and nt.text == "@":
                    self.bump()
                    sub = self.parse_pat_no_top_alt()
                else:
                    self.expected.append("`@`")     # check("@")
                return self.mk_pat(ast.PatIdent(ident, False, False, sub), lo)
        if self.is_kw("_"):
            self.bump()
            return self.mk_pat(ast.PatWild(), lo)
        if self.is_p("&") or self.is_p("&&"):
            if self.is_p("&&"):
                self.eat_split("&")
                inner_lo = self.bump().span     # the second `&` of the split `&&`
                mut = self.eat_kw("mut")
                sub = self.parse_pat_no_top_alt_range_free()
                inner = ast.Pat(ast.PatRef(sub, mut), Span(inner_lo.lo, self.prev_span.hi), self.next_id())
                return self.mk_pat(ast.PatRef(inner, False), lo)
            self.bump()
            mut = self.eat_kw("mut")
            sub = self.parse_pat_no_top_alt_range_free()
            return self.mk_pat(ast.PatRef(sub, mut), lo)
        if self.is_p("("):
            elems, trailing = self.parse_pat_seq("(", ")")
            if len(elems) == 1 and not trailing and not isinstance(elems[0].kind, ast.PatRest):
                return self.mk_pat(ast.PatParen(elems[0]), lo)
            return self.mk_pat(ast.PatTuple(elems), lo)
        if self.is_p("["):
            elems, _ = self.parse_pat_seq("[", "]")
            return self.mk_pat(ast.PatSlice(elems), lo)
        if self.is_p(".."):
            self.bump()
            if self.can_begin_range_end():
                hi = self.parse_pat_range_end()
                return self.mk_pat(ast.PatRange(None, hi, False), lo)
            return self.mk_pat(ast.PatRest(), lo)
        if self.is_p("..=") or self.is_p("..."):
            self.bump()
            hi = self.parse_pat_range_end()
            return self.mk_pat(ast.PatRange(None, hi, True), lo)
        if self.is_kw("ref") or self.is_kw("mut") or (self.is_ident() and not self.is_p("::", self.look())
                                                      and not self.is_p("(", self.look())
                                                      and not self.is_p("{", self.look())
                                                      and not self.is_p("!", self.look())
                                                      and not self.is_p("..", self.look())
                                                      and not self.is_p("..=", self.look())
                                                      and not self.is_p("...", self.look())):
            by_ref = self.eat_kw("ref")
            mut = self.eat_kw("mut")
            ident = self.parse_ident()
            sub = None
            if self.eat("@"):
                sub = self.parse_pat_no_top_alt()
            else:
                self.check("@")
            return self.mk_pat(ast.PatIdent(ident, by_ref, mut, sub), lo)
        if t.kind == "literal" or self.is_p("-") or self.is_kw("true") or self.is_kw("false"):
            e = self.parse_pat_lit_expr()
            return self.parse_pat_range_rest(e, lo)
        if self.is_path_start_ident() or self.is_p("::") or self.is_p("<"):
            qself = None
            if self.is_p("<"):
                qself, path = self.parse_qpath("expr")
            else:
                path = self.parse_path("expr")
            if self.is_p("!") and qself is None:
                mac = self.parse_mac_call_rest(path)
                return self.mk_pat(ast.PatMacCall(mac), lo)
            if self.is_p("("):
                elems, _ = self.parse_pat_seq("(", ")")
                return self.mk_pat(ast.PatTupleStruct(qself, path, elems), lo)
            if self.is_p("{"):
                return self.parse_pat_struct(qself, path, lo)
            if self.is_p("..") or self.is_p("..=") or self.is_p("..."):
                e = ast.Expr(ast.ExprPath(qself, path), path.span, self.next_id())
                return self.parse_pat_range_rest(e, lo)
            return self.mk_pat(ast.PatPath(qself, path), lo)
        if self.is_kw("box"):
            raise ParseError(self.error("box pattern syntax is experimental", self.tok.span))
        if t.kind == "ident" and not t.raw:
            # `let fn = 3;`: rustc says "expected identifier, found keyword `fn`".
            raise ParseError(self.expected_ident_error())
        self.expected.append("pattern")
        d = self.expected_one_of_not_found()
        d.message = f"expected pattern, found {self.descr()}"
        d.spans[0].label = "expected pattern"
        raise ParseError(d)

    def parse_pat_no_top_alt_range_free(self) -> ast.Pat:
        return self.parse_pat_no_top_alt()

    def can_begin_range_end(self) -> bool:
        t = self.tok
        return t.kind == "literal" or self.is_p("-") or self.is_path_start_ident() or self.is_p("::")

    def parse_pat_lit_expr(self) -> ast.Expr:
        lo = self.tok.span
        if self.eat("-"):
            inner = self.parse_pat_lit_expr()
            return ast.Expr(ast.ExprUnary("-", inner), self.span_from(lo), self.next_id())
        if self.tok.kind == "literal" or self.is_kw("true") or self.is_kw("false"):
            return self.parse_lit_expr()
        path = self.parse_path("expr")
        return ast.Expr(ast.ExprPath(None, path), path.span, self.next_id())

    def parse_pat_range_end(self) -> ast.Expr:
        return self.parse_pat_lit_expr()

    def parse_pat_range_rest(self, e: ast.Expr, lo: Span) -> ast.Pat:
        if self.is_p("..=") or self.is_p("..."):
            self.bump()
            hi = self.parse_pat_range_end()
            return self.mk_pat(ast.PatRange(e, hi, True), lo)
        if self.is_p(".."):
            self.bump()
            hi = self.parse_pat_range_end() if self.can_begin_range_end() else None
            return self.mk_pat(ast.PatRange(e, hi, False), lo)
        self.check("..")
        self.check("..=")
        self.check("...")
        if isinstance(e.kind, ast.ExprPath):
            return self.mk_pat(ast.PatPath(None, e.kind.path), lo)
        return self.mk_pat(ast.PatLit(e), lo)

    def parse_pat_seq(self, open_: str, close: str) -> tuple[list[ast.Pat], bool]:
        self.expect(open_)
        elems = []
        trailing = False
        while not self.check(close):
            elems.append(self.parse_pat())
            trailing = False
            if not self.eat(","):
                break
            trailing = True
        self.expect(close)
        return elems, trailing

    def parse_pat_struct(self, qself, path, lo) -> ast.Pat:
        self.expect("{")
        fields = []
        rest = False
        while not self.check("}"):
            self.parse_outer_attrs()
            if self.eat(".."):
                rest = True
                break
            flo = self.tok.span
            if self.is_kw("ref") or self.is_kw("mut") or self.is_kw("box"):
                by_ref = self.eat_kw("ref")
                mut = self.eat_kw("mut")
                ident = self.parse_ident()
                p = self.mk_pat(ast.PatIdent(ident, by_ref, mut, None), flo)
                fields.append(ast.PatField(ident, p, True, self.span_from(flo)))
            else:
                if self.tok.kind == "literal" and self.tok.lit_kind == "int":
                    t = self.bump()
                    ident = ast.Ident(t.text, t.span)
                else:
                    ident = self.parse_ident()
                if self.eat(":"):
                    p = self.parse_pat()
                    fields.append(ast.PatField(ident, p, False, self.span_from(flo)))
                else:
                    p = ast.Pat(ast.PatIdent(ident, False, False, None), ident.span, self.next_id())
                    fields.append(ast.PatField(ident, p, True, self.span_from(flo)))
            if not self.eat(","):
                break
        self.expect("}")
        return self.mk_pat(ast.PatStruct(qself, path, fields, rest), lo)
