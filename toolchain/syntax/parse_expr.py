"""Expressions, blocks and statements (rustc_parse::parser::{expr, stmt}).

Binary operators use precedence climbing (no recursion per operator in a chain),
with rustc's `ExprPrecedence` order: `as` > `* / %` > `+ -` > `<< >>` > `&` > `^` >
`|` > comparisons (non-associative) > `&&` > `||` > `.. ..=` > `= op=` (right
associative).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from . import ast
from .ast import Token
from .parser import OPERATOR, ParseError, sugg
from .parse_ty import _PATH_KWS

NO_STRUCT = 1       # rustc's Restrictions::NO_STRUCT_LITERAL (if/while/match scrutinees)
STMT_EXPR = 2       # rustc's Restrictions::STMT_EXPR (expression at statement start)
ALLOW_LET = 4       # rustc's Restrictions::ALLOW_LET (`if`/`while` conditions, through `&&`)

PREC_CAST = 13
BINOPS = {
    "*": 12, "/": 12, "%": 12,
    "+": 11, "-": 11,
    "<<": 10, ">>": 10,
    "&": 9, "^": 8, "|": 7,
    "==": 6, "!=": 6, "<": 6, ">": 6, "<=": 6, ">=": 6,
    "&&": 5, "||": 4,
}
PREC_COMPARE = 6
PREC_RANGE = 3
PREC_ASSIGN = 2
ASSIGN_OPS = {"=", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<=", ">>="}
COMPARISONS = {"==", "!=", "<", ">", "<=", ">="}
# Every punctuation operator with its precedence (what `check_assoc_op` accepts).
_PUNCT_OP_PREC = {**{op: PREC_ASSIGN for op in ASSIGN_OPS}, "..": PREC_RANGE, "..=": PREC_RANGE, **BINOPS}

# Tokens that can begin an expression (rustc's `Token::can_begin_expr`).
_EXPR_START_PUNCT = {"(", "[", "{", "!", "-", "*", "&", "&&", "|", "||", "..", "..=", "<", "<<", "::", "#"}
_EXPR_START_KW = {"if", "match", "loop", "while", "for", "unsafe", "return", "break", "continue",
                  "move", "true", "false", "let", "async", "self", "Self", "super", "crate", "static",
                  "const", "yield", "do", "box", "_", "gen", "try", "become"}
# After an identifier, these make it more than a one-segment path expression.
_NOT_AFTER_LEAF_IDENT = frozenset(("::", "!", "{"))
# The tokens `parse_dot_or_call_with` acts on.
_POSTFIX = frozenset(("?", ".", "(", "["))
# What the failed checks after an expression record, in order (see `parse_ident_leaf`).
_EXP_POSTFIX = ("`?`", "`.`")
_EXP_LEAF_PATH = ("`::`", "`!`", "`{`")
_EXP_LEAF_PATH_NS = ("`::`", "`!`")
_EXP_LEAF = _EXP_LEAF_PATH + _EXP_POSTFIX
_EXP_LEAF_NS = _EXP_LEAF_PATH_NS + _EXP_POSTFIX
# The words `ItemParser.is_item_start` can accept.
_ITEM_START_WORDS = frozenset(["fn", "struct", "enum", "trait", "mod", "use", "static", "type", "impl", "pub",
                               "extern", "const", "unsafe", "async", "union", "macro_rules", "auto"])
# The keywords `parse_expr_bottom` handles itself.
_EXPR_BOTTOM_KW = frozenset(["true", "false", "if", "while", "loop", "for", "match", "unsafe", "move",
                             "async", "return", "break", "continue", "let", "_", "await", "const"])
_BLOCK_LIKE = (ast.ExprIf, ast.ExprMatch, ast.ExprLoop, ast.ExprWhile, ast.ExprForLoop,
               ast.ExprBlock, ast.ExprAsync)


def expr_is_block_like(e: ast.Expr) -> bool:
    """rustc's `classify::expr_requires_semi_to_be_stmt` negated."""
    if isinstance(e.kind, _BLOCK_LIKE):
        return True
    if isinstance(e.kind, ast.ExprMacCall):
        return e.kind.mac.args.delim == "{"
    return False


class ExprParser:
    restrictions = 0
    _stmt_lo = -1

    def can_begin_expr(self, t: Token | None = None) -> bool:
        t = t or self.tok
        if t.kind in ("literal", "lifetime", "nt"):
            return True
        if t.kind == "ident":
            return t.raw or not (self._kw(t)) or t.text in _EXPR_START_KW
        if t.kind == "punct":
            return t.text in _EXPR_START_PUNCT
        return False

    def _kw(self, t: Token) -> bool:
        from .token import is_any_keyword
        return is_any_keyword(t.text, self.edition)

    def mk_expr(self, kind, lo: Span, attrs=None) -> ast.Expr:
        # span_from(lo) and next_id(), inlined: this runs for every expression
        b = self.prev_span.hi
        ids = self.ids
        n = ids._next
        ids._next = n + 1
        if b == lo.hi:
            return ast.Expr(kind, lo, n, attrs or [])
        if type(lo) is not Span:        # a macro-expanded span keeps its expansion
            return ast.Expr(kind, lo.to(self.prev_span), n, attrs or [])
        a = lo.lo
        return ast.Expr(kind, Span(a, b if b > a else a), n, attrs or [])

    def with_res(self, r: int, f, *args):
        old = self.restrictions
        self.restrictions = r
        try:
            return f(*args)
        finally:
            self.restrictions = old

    # -- entry points -----------------------------------------------------------
    def parse_expr(self) -> ast.Expr:
        old = self.restrictions
        self.restrictions = 0
        try:
            return self.parse_assoc(0)
        finally:
            self.restrictions = old

    def parse_expr_no_struct(self) -> ast.Expr:
        return self.with_res(NO_STRUCT, self.parse_assoc, 0)

    def expr_is_complete(self, e: ast.Expr) -> bool:
        return bool(self.restrictions & STMT_EXPR) and expr_is_block_like(e)

    # -- binary operators -------------------------------------------------------
    def check_assoc_op(self) -> str | None:
        t = self.tok
        if t.kind == "punct":
            p = t.text
            if p in BINOPS or p in ASSIGN_OPS or p in ("..", "..="):
                return p
        elif t.kind == "ident" and not t.raw:
            if t.text == "as":
                return "as"
            if t.text in ("and", "or") and self.can_begin_expr(self.look()) and \
                    not self.is_p("{", self.look()):
                # rustc's `check_assoc_op`: `and`/`or` from other languages.
                real = "&&" if t.text == "and" else "||"
                d = self.error(f"`{t.text}` is not a logical operator", t.span)
                d.note("unlike in e.g., Python and PHP, `&&` and `||` are used for logical operators")
                what = "conjunction" if real == "&&" else "disjunction"
                d.help(f"use `{real}` to perform logical {what}",
                       suggestions=[sugg(t.span, real, "ShowAlways")])
                self.emit(d)
                self.toks[self.pos] = Token("punct", real, t.span, joint=t.joint)
                self.tok = self.toks[self.pos]
                return real
        self.expected.append(OPERATOR)
        return None

    def parse_assoc(self, min_prec: int, lhs: ast.Expr | None = None) -> ast.Expr:
        if lhs is None:
            t = self.tok
            kind = t.kind
            if kind == "ident":
                pos = self.pos + 1
                a = self.toks[pos] if pos < self._ntoks else self.toks[-1]     # look()
                if (t.raw or (t.text not in self._kws and t.text not in _EXPR_BOTTOM_KW)) and \
                        not (a.kind == "punct" and a.text in _NOT_AFTER_LEAF_IDENT):
                    lhs = self.parse_ident_leaf(t)
                else:
                    lhs = self.parse_expr_prefix()
            elif kind == "literal":
                lhs = self.parse_lit_expr()
                t = self.tok
                if t.kind == "punct" and t.text in _POSTFIX:
                    lhs = self.parse_dot_or_call_with(lhs)
                else:
                    self.expected.extend(_EXP_POSTFIX)
            elif kind == "punct" and (t.text == ".." or t.text == "..="):
                return self.parse_prefix_range()
            else:
                lhs = self.parse_expr_prefix()
        if self.restrictions & STMT_EXPR and expr_is_block_like(lhs):     # expr_is_complete
            return lhs
        lo = lhs.span
        last_cmp: tuple[str, Span, ast.Expr] | None = None
        while True:
            t = self.tok
            if t.kind == "punct":
                op = t.text
                prec = _PUNCT_OP_PREC.get(op)
                if prec is None:        # check_assoc_op() for a punctuation token
                    self.expected.append(OPERATOR)
                    break
            elif t.kind != "ident":     # check_assoc_op() for a literal, lifetime, doc, eof
                self.expected.append(OPERATOR)
                break
            else:
                op = self.check_assoc_op()
                if op is None:
                    break
                prec = (PREC_CAST if op == "as" else BINOPS.get(op) or
                        (PREC_RANGE if op in ("..", "..=") else PREC_ASSIGN))
            if prec < min_prec:
                break
            if op == "+" and self.tok.joint and self.is_p("+", self.look()) and \
                    not self.can_begin_expr(self.look(2)) and self.restrictions & STMT_EXPR \
                    and lhs.span.lo == self._stmt_lo:
                # `i++;` (rustc's postfix increment recovery, statement position)
                op_span = self.tok.span.to(self.look().span)
                d = self.error("Rust has no postfix increment operator", op_span,
                               "not a valid postfix operator")
                d.help("use `+= 1` instead", suggestions=[sugg(op_span, " += 1", "ShowAlways",
                                                               "MachineApplicable")])
                self.emit(d)
                self.bump()
                self.bump()
                one = ast.Expr(ast.ExprLit(ast.Lit("int", 1, None, "1", op_span)), op_span, self.next_id())
                lhs = ast.Expr(ast.ExprAssignOp("+", op_span, lhs, one), lo.to(op_span), self.next_id())
                continue
            op_tok = self.bump()
            op_span = op_tok.span
            rest = self.restrictions & ~STMT_EXPR
            if op != "&&" and op != "||":
                rest &= ~ALLOW_LET
            if op == "as":
                ty = self.parse_ty_no_plus()
                lhs = ast.Expr(ast.ExprCast(lhs, ty), lo.to(ty.span), self.next_id())
                continue
            if op in ("..", "..="):
                hi = None
                if self.can_begin_expr() and not (self.is_p("{") and self.restrictions & NO_STRUCT):
                    hi = self.with_res(rest, self.parse_assoc, PREC_RANGE + 1)
                lhs = ast.Expr(ast.ExprRange(lhs, hi, op == "..="), self.span_from(lo), self.next_id())
                break
            old = self.restrictions
            self.restrictions = rest
            if prec == PREC_ASSIGN:
                try:
                    rhs = self.parse_assoc(PREC_ASSIGN)
                finally:
                    self.restrictions = old
                sp = lo.to(rhs.span)
                if op == "=":
                    lhs = ast.Expr(ast.ExprAssign(lhs, rhs, op_span), sp, self.next_id())
                else:
                    lhs = ast.Expr(ast.ExprAssignOp(op[:-1], op_span, lhs, rhs), sp, self.next_id())
                continue
            try:
                rhs = self.parse_assoc(prec + 1)
            finally:
                self.restrictions = old
            if op in COMPARISONS:
                if last_cmp is not None:
                    self.chained_comparison(last_cmp, op, op_span, rhs)
                last_cmp = (op, op_span, lhs)
            else:
                last_cmp = None
            r = rhs.span        # lo.to(rhs.span) and next_id(), inlined
            ids = self.ids
            n = ids._next
            ids._next = n + 1
            new = ast.Expr(ast.ExprBinary(op, op_span, lhs, rhs),
                           Span(lo.lo if lo.lo < r.lo else r.lo, lo.hi if lo.hi > r.hi else r.hi), n)
            if op in COMPARISONS:
                last_cmp = (op, op_span, lhs, rhs)
            lhs = new
        return lhs

    def parse_ident_leaf(self, t: Token) -> ast.Expr:
        """A one-identifier path expression `x` with its postfix operators: what
        `parse_expr_prefix` -> `parse_expr_bottom` -> `parse_path_start_expr` ->
        `parse_dot_or_call_with` do for it, with the same expected tokens and NodeIds,
        in one call. The caller checked that `t` is a non-keyword identifier and that
        no `::`, `!` or `{` follows."""
        self.prev_span = t.span     # self.bump(), inlined
        pos = self.pos + 1
        if pos < self._ntoks:
            self.pos = pos
            self.tok = self.toks[pos]
        if self.expected:
            self.expected.clear()
        lo = t.span
        ids = self.ids
        n = ids._next
        ids._next = n + 2
        seg = ast.PathSegment(ast.Ident(t.text, lo), None, n)
        path = ast.Path([seg], lo, False)     # span_from(lo) == lo: shared (spans are values)
        e = ast.Expr(ast.ExprPath(None, path), lo, n + 1, [])
        # parse_path's check("::"), parse_path_expr_rest's check("!") and check("{")
        # (unless NO_STRUCT), then parse_dot_or_call_with's eat("?") and eat(".").
        struct_ok = not (self.restrictions & NO_STRUCT)
        t = self.tok
        if t.kind == "punct" and t.text in _POSTFIX:
            self.expected.extend(_EXP_LEAF_PATH if struct_ok else _EXP_LEAF_PATH_NS)
            return self.parse_dot_or_call_with(e)
        self.expected.extend(_EXP_LEAF if struct_ok else _EXP_LEAF_NS)
        return e

    def chained_comparison(self, inner, op: str, op_span: Span, rhs: ast.Expr) -> None:
        """rustc's `check_no_chained_comparison`."""
        iop, ispan, ilhs, irhs = inner
        d = Diagnostic.error("comparison operators cannot be chained", ispan)
        d.primary(op_span)
        rel = {"<", ">", "<=", ">="}
        if iop == "<" and op in (">", ">>") :
            d.help("use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments",
                   suggestions=[Suggestion(ispan.shrink_to_lo(), "::", style="ShowAlways")])
        elif iop in rel and op in rel:
            mid = self.source.snippet(irhs.span)
            d.help("split the comparison into two",
                   suggestions=[Suggestion(irhs.span.shrink_to_hi(), f" && {mid}",
                                                style="ShowAlways")])
        elif iop in rel and op in ("==", "!="):
            d.help("parenthesize the comparison",
                   suggestions=[Suggestion(ilhs.span.shrink_to_lo(), "("),
                                Suggestion(irhs.span.shrink_to_hi(), ")")])
        elif iop in ("==", "!=") and op in rel:
            d.help("parenthesize the comparison",
                   suggestions=[Suggestion(irhs.span.shrink_to_lo(), "("),
                                Suggestion(rhs.span.shrink_to_hi(), ")")])
        self.emit(d)

    def parse_prefix_range(self) -> ast.Expr:
        lo = self.tok.span
        op = self.bump().text
        hi = None
        if self.can_begin_expr() and not (self.is_p("{") and self.restrictions & NO_STRUCT):
            hi = self.with_res(self.restrictions & ~STMT_EXPR, self.parse_assoc, PREC_RANGE + 1)
        return self.mk_expr(ast.ExprRange(None, hi, op == "..="), lo)

    # -- unary and postfix --------------------------------------------------------
    def parse_expr_prefix(self) -> ast.Expr:
        lo = self.tok.span
        t = self.tok
        if t.kind == "punct":
            p = t.text
            if p in ("-", "!", "*"):
                self.bump()
                e = self.with_res(self.restrictions & ~STMT_EXPR, self.parse_expr_prefix)
                return self.mk_expr(ast.ExprUnary(p, e), lo)
            if p == "&" or p == "&&":
                if p == "&&":
                    # `&&x` is `& &x`: rustc splits the token.
                    self.eat_split("&")
                    self.bump()     # the second `&` of the split `&&`
                    inner = self.parse_addr_of_rest(Span(lo.lo + 1, lo.hi))
                    return self.mk_expr(ast.ExprAddrOf(False, inner), lo)
                self.bump()
                return self.parse_addr_of_rest(lo)
        return self.parse_expr_dot_or_call()

    def parse_addr_of_rest(self, lo: Span) -> ast.Expr:
        raw = False
        if self.is_kw("raw") and (self.is_kw("const", self.look()) or self.is_kw("mut", self.look())):
            self.bump()
            raw = True
            mut = self.bump().text == "mut"
        else:
            mut = self.eat_kw("mut")
        e = self.with_res(self.restrictions & ~STMT_EXPR, self.parse_expr_prefix)
        return ast.Expr(ast.ExprAddrOf(mut, e, raw), self.span_from(lo), self.next_id())

    def parse_expr_dot_or_call(self) -> ast.Expr:
        t = self.tok
        if t.kind == "punct" and t.text == "#":
            attrs = self.parse_outer_attrs()
            e = self.parse_expr_bottom()
            if attrs:
                e.attrs = attrs + e.attrs
        else:
            e = self.parse_expr_bottom()
        return self.parse_dot_or_call_with(e)

    def parse_dot_or_call_with(self, e: ast.Expr) -> ast.Expr:
        # The token tests are inlined; the failed `eat("?")`/`eat(".")` record their
        # expected tokens only when no token is consumed after them (a bump clears them).
        lo = e.span
        while True:
            t = self.tok
            if t.kind == "punct":
                p = t.text
                if p == "?":
                    if self.can_begin_expr(self.look()):
                        err = self.recover_ternary()
                        if err is not None:
                            return self.mk_expr(ast.ExprErr(), lo)
                    self.bump()
                    e = self.mk_expr(ast.ExprTry(e), lo)
                    continue
                if p == ".":
                    self.bump()
                    e = self.parse_dot_suffix(e, lo)
                    continue
                if (p == "(" or p == "[") and not (self.restrictions & STMT_EXPR and expr_is_block_like(e)):
                    if p == "(":
                        args = self.parse_call_args()
                        e = self.mk_expr(ast.ExprCall(e, args), lo)
                        continue
                    self.bump()
                    idx = self.parse_expr()
                    self.expect("]")
                    e = self.mk_expr(ast.ExprIndex(e, idx), lo)
                    continue
            self.expected.extend(_EXP_POSTFIX)     # the failed eat("?"), eat(".")
            return e

    def snapshot(self):
        return (self.pos, self.tok, self.prev_span, len(self.diags), list(self.expected))

    def restore(self, snap) -> None:
        self.pos, self.tok, self.prev_span = snap[0], snap[1], snap[2]
        del self.diags[snap[3]:]
        self.expected = snap[4]

    def recover_ternary(self):
        """rustc's `maybe_recover_from_ternary_operator`: `c ? a : b`."""
        snap = self.snapshot()
        qlo = self.tok.span
        try:
            self.bump()
            self.parse_expr()
            if self.eat(":"):
                self.parse_expr()
                if self.is_p(";") or self.tok.kind == "eof" or self.is_p("}"):
                    del self.diags[snap[3]:]
                    d = self.error("Rust has no ternary operator", self.span_from(qlo))
                    d.help("use an `if-else` expression instead")
                    self.emit(d)
                    return d
        except ParseError:
            pass
        self.restore(snap)
        return None

    def parse_dot_suffix(self, e: ast.Expr, lo: Span) -> ast.Expr:
        t = self.tok
        if t.kind == "literal" and t.lit_kind in ("int", "float") and t.suffix is None:
            self.bump()
            if t.lit_kind == "int":
                return self.mk_expr(ast.ExprField(e, ast.Ident(t.text, t.span)), lo)
            # `x.0.1` lexes `0.1` as a float: split it into two field accesses, as rustc does.
            a, _, b = t.text.partition(".")
            sa = Span(t.span.lo, t.span.lo + len(a))
            e = ast.Expr(ast.ExprField(e, ast.Ident(a, sa)), Span(lo.lo, sa.hi), self.next_id())
            if b:
                sb = Span(sa.hi + 1, t.span.hi)
                e = ast.Expr(ast.ExprField(e, ast.Ident(b, sb)), Span(lo.lo, sb.hi), self.next_id())
            return e
        if self.is_kw("await") and self.edition != "2015":
            self.bump()
            if self.is_p("(") and self.is_p(")", self.look()):
                sp = self.tok.span.to(self.look().span)
                d = self.error("incorrect use of `await`", sp)
                d.help("`await` is not a method call, remove the parentheses",
                       suggestions=[sugg(sp, "", "ShowAlways")])
                self.emit(d)
                self.bump()
                self.bump()
            return self.mk_expr(ast.ExprAwait(e), lo)
        ident = self.parse_ident_or_kw_for_field()
        args = None
        t = self.tok
        if t.kind == "punct" and t.text == "::":
            self.bump()
            args = self.parse_angle_args()
            t = self.tok
        else:
            self.expected.append("`::`")    # check("::")
        seg = ast.PathSegment(ident, args, self.next_id())
        if t.kind == "punct" and t.text == "(":     # check("(")
            call_args = self.parse_call_args()
            return self.mk_expr(ast.ExprMethodCall(e, seg, call_args), lo)
        self.expected.append("`(`")
        if args is not None:
            raise ParseError(self.error("field expressions cannot have generic arguments", args.span))
        return self.mk_expr(ast.ExprField(e, ident), lo)

    def parse_ident_or_kw_for_field(self) -> ast.Ident:
        return self.parse_ident()

    def parse_call_args(self) -> list[ast.Expr]:
        return self.parse_expr_seq("(", ")")

    def parse_expr_seq(self, open_: str, close: str) -> list[ast.Expr]:
        """A comma-separated sequence, with rustc's "missing `,`" recovery."""
        self.expect(open_)
        return self.parse_expr_seq_rest(close)

    def parse_expr_seq_rest(self, close: str) -> list[ast.Expr]:
        out: list[ast.Expr] = []
        while not self.check(close):
            out.append(self.parse_expr())
            if self.eat(","):
                continue
            if self.check(close):
                break
            err = self.expected_one_of_not_found()
            sp = self.prev_span.shrink_to_hi()
            if self.can_begin_expr() and self.tok.kind != "eof":
                save = (self.pos, self.tok, self.prev_span, len(self.diags))
                try:
                    e = self.parse_expr()
                except ParseError:
                    self.pos, self.tok, self.prev_span = save[0], save[1], save[2]
                    del self.diags[save[3]:]
                    raise ParseError(err)
                err.help("missing `,`", suggestions=[Suggestion(sp, ",", "MaybeIncorrect", "HideCodeInline")])
                self.emit(err)
                out.append(e)
                if self.eat(","):
                    continue
                continue
            raise ParseError(err)
        self.expect(close)
        return out

    # -- primary expressions ------------------------------------------------------
    def parse_lit_expr(self) -> ast.Expr:
        t = self.tok
        # self.bump(), inlined
        self.prev_span = t.span
        pos = self.pos + 1
        if pos < self._ntoks:
            self.pos = pos
            self.tok = self.toks[pos]
        if self.expected:
            self.expected.clear()
        if t.kind == "ident":
            lit = ast.Lit("bool", t.text == "true", None, t.text, t.span)
        else:
            lit = ast.Lit(t.lit_kind, t.value, t.suffix, t.text, t.span)
            if t.suffix and t.lit_kind in ("str", "char", "byte", "bytestr", "cstr"):
                self.emit(self.error(f"suffixes on {_lit_descr(t.lit_kind)} are invalid", t.span,
                                     f"invalid suffix `{t.suffix}`"))
        ids = self.ids
        n = ids._next
        ids._next = n + 1
        return ast.Expr(ast.ExprLit(lit), t.span, n)

    def parse_expr_bottom(self) -> ast.Expr:
        t = self.tok
        lo = t.span
        if t.kind == "literal":
            return self.parse_lit_expr()
        if t.kind == "nt":          # a macro_rules! `$e:expr` passed on
            return self.parse_nt_expr()
        if t.kind == "punct":
            p = t.text
            if p == "(":
                self.bump()
                if self.eat(")"):
                    return self.mk_expr(ast.ExprTuple([]), lo)
                first = self.parse_expr()
                if self.eat(")"):
                    return self.mk_expr(ast.ExprParen(first), lo)
                elems = [first]
                while self.eat(","):
                    if self.check(")"):
                        break
                    elems.append(self.parse_expr())
                self.expect(")")
                return self.mk_expr(ast.ExprTuple(elems), lo)
            if p == "[":
                self.bump()
                if self.eat("]"):
                    return self.mk_expr(ast.ExprArray([]), lo)
                first = self.parse_expr()
                if self.eat(";"):
                    count = self.parse_expr()
                    self.expect("]")
                    return self.mk_expr(ast.ExprRepeat(first, count), lo)
                elems = [first]
                if self.check("]"):
                    self.bump()
                    return self.mk_expr(ast.ExprArray(elems), lo)
                if not self.check(","):
                    self.check(";")
                    raise ParseError(self.expected_one_of_not_found())
                self.bump()
                elems.extend(self.parse_expr_seq_rest("]"))
                return self.mk_expr(ast.ExprArray(elems), lo)
            if p == "{":
                return self.parse_block_expr()
            if p in ("|", "||"):
                return self.parse_closure(lo, False)
            if p in ("<", "<<"):
                qself, path = self.parse_qpath("expr")
                return self.parse_path_expr_rest(qself, path, lo)
            if p == "::":
                return self.parse_path_start_expr(lo)
        elif t.kind == "lifetime":
            return self.parse_labeled(lo)
        elif t.kind == "ident":
            if not t.raw and t.text in _EXPR_BOTTOM_KW:
                kw = t.text
                if kw in ("true", "false"):
                    return self.parse_lit_expr()
                if kw == "if":
                    return self.parse_if()
                if kw == "while":
                    return self.parse_while(None, lo)
                if kw == "loop":
                    return self.parse_loop(None, lo)
                if kw == "for":
                    return self.parse_for(None, lo)
                if kw == "match":
                    return self.parse_match()
                if kw == "unsafe" and self.is_p("{", self.look()):
                    self.bump()
                    blk = self.parse_block()
                    blk.unsafe = True
                    blk.span = self.span_from(lo)
                    return self.mk_expr(ast.ExprBlock(blk), lo)
                if kw == "move" and (self.is_p("|", self.look()) or self.is_p("||", self.look())):
                    self.bump()
                    return self.parse_closure(lo, True)
                if kw == "async" and self.edition != "2015":
                    self.bump()
                    mv = self.eat_kw("move")
                    if self.is_p("|") or self.is_p("||"):
                        return self.parse_closure(lo, mv)
                    blk = self.parse_block()
                    return self.mk_expr(ast.ExprAsync(blk, mv), lo)
                if kw == "return":
                    self.bump()
                    v = self.parse_expr_opt()
                    return self.mk_expr(ast.ExprReturn(v), lo)
                if kw == "break":
                    self.bump()
                    label = self.parse_lifetime() if self.tok.kind == "lifetime" else None
                    v = self.parse_expr_opt()
                    return self.mk_expr(ast.ExprBreak(label, v), lo)
                if kw == "continue":
                    self.bump()
                    label = self.parse_lifetime() if self.tok.kind == "lifetime" else None
                    return self.mk_expr(ast.ExprContinue(label), lo)
                if kw == "let":
                    if not self.restrictions & ALLOW_LET:
                        d = self.error("expected expression, found `let` statement", t.span)
                        d.note("only supported directly in conditions of `if` and `while` expressions")
                        self.emit(d)
                    self.bump()
                    pat = self.parse_pat()
                    self.expect("=")
                    # `let` binds tighter than `&&`/`||` in conditions (rustc: prec of `let`
                    # scrutinee is above LAnd).
                    e = self.with_res(self.restrictions & ~STMT_EXPR, self.parse_assoc, BINOPS["&&"] + 1)
                    return self.mk_expr(ast.ExprLet(pat, e), lo)
                if kw == "_":
                    self.bump()
                    return self.mk_expr(ast.ExprUnderscore(), lo)
                if kw == "await" and self.edition != "2015" and self.can_begin_expr(self.look()):
                    # rustc's `recover_incorrect_await_syntax`: prefix `await expr`.
                    self.bump()
                    inner = self.parse_expr()
                    sp = self.span_from(lo)
                    d = self.error("incorrect use of `await`", sp)
                    d.help("`await` is a postfix operation",
                           suggestions=[sugg(sp, self.source.snippet(inner.span) + ".await", "ShowAlways")])
                    self.emit(d)
                    return self.mk_expr(ast.ExprAwait(inner), lo)
                if kw == "const" and self.is_p("{", self.look()):
                    self.bump()
                    blk = self.parse_block()
                    return self.mk_expr(ast.ExprBlock(blk), lo)
            if t.raw or t.text not in self._kws or t.text in _PATH_KWS:     # is_path_start_ident()
                return self.parse_path_start_expr(lo)
        raise ParseError(self.expected_expression_error())

    def expected_expression_error(self) -> Diagnostic:
        t = self.tok
        if t.kind == "eof":
            return self.error("expected expression, found end of macro arguments"
                              if getattr(self, "in_macro_args", False) else
                              "expected expression, found `<eof>`", self.prev_span if not getattr(self, "in_macro_args", False) else t.span,
                              "expected expression")
        return self.error(f"expected expression, found {self.descr()}", t.span, "expected expression")

    def parse_expr_opt(self) -> ast.Expr | None:
        if self.can_begin_expr() and not (self.is_p("{") and self.restrictions & NO_STRUCT):
            return self.with_res(self.restrictions & ~STMT_EXPR, self.parse_assoc, 0)
        return None

    def parse_path_start_expr(self, lo: Span) -> ast.Expr:
        path = self.parse_path("expr")
        return self.parse_path_expr_rest(None, path, lo)

    def parse_path_expr_rest(self, qself, path: ast.Path, lo: Span) -> ast.Expr:
        t = self.tok
        p = t.text if t.kind == "punct" else None
        if qself is None:
            if p == "!":
                if not self.is_p("=", self.look()):
                    mac = self.parse_mac_call_rest(path)
                    return self.mk_expr(ast.ExprMacCall(mac), lo)
            else:
                self.expected.append("`!`")     # check("!")
        if not (self.restrictions & NO_STRUCT):
            if p != "{":
                self.expected.append("`{`")     # check("{")
            elif self.looks_like_struct_lit():
                return self.parse_struct_lit(qself, path, lo)
        elif p == "{" and self.is_certainly_not_a_block():
            e = self.with_res(0, self.parse_struct_lit, qself, path, lo)
            d = self.error("struct literals are not allowed here", e.span)
            d.help("surround the struct literal with parentheses",
                   suggestions=[sugg(e.span.shrink_to_lo(), "(", "ShowAlways"),
                                sugg(e.span.shrink_to_hi(), ")", "ShowAlways")])
            self.emit(d)
            return e
        return self.mk_expr(ast.ExprPath(qself, path), lo)

    def is_certainly_not_a_block(self) -> bool:
        """rustc's `is_certainly_not_a_block`: `{ ident,` or `{ ident: x,` or
        `{ ident: <not a type>`."""
        if not self.is_ident(self.look(1)):
            return False
        if self.is_p(",", self.look(2)):
            return True
        if self.is_p(":", self.look(2)):
            return self.is_p(",", self.look(4)) or not self.can_begin_type_tok(self.look(3))
        return False

    def can_begin_type_tok(self, t: Token) -> bool:
        if t.kind == "ident":
            return self.is_path_start_ident(t) or (not t.raw and t.text in
                                                   ("for", "dyn", "impl", "fn", "_", "unsafe", "extern"))
        if t.kind == "lifetime":
            return True
        return t.kind == "punct" and t.text in ("(", "[", "&", "&&", "*", "<", "<<", "::", "!", "?")

    def looks_like_struct_lit(self) -> bool:
        # rustc (`is_certainly_not_a_block` etc.) parses `Path {` as a struct literal
        # whenever struct literals are allowed; the statement-level ambiguity `x {}`
        # is rare for learners. We accept `{ }`, `{ ident :`, `{ ident ,`, `{ ident }`, `{ ..`.
        a, b = self.look(1), self.look(2)
        if self.is_p("}", a) or self.is_p("..", a):
            return True
        if a.kind == "ident" or (a.kind == "literal" and a.lit_kind == "int"):
            return (self.is_p(":", b) or self.is_p(",", b) or self.is_p("}", b))
        if self.is_p("#", a):
            return True
        return False

    def parse_struct_lit(self, qself, path, lo) -> ast.Expr:
        self.expect("{")
        fields = []
        base = None
        rest = False
        while not self.check("}"):
            if self.eat(".."):
                if self.check("}"):
                    rest = True
                else:
                    base = self.parse_expr()
                break
            flo = self.tok.span
            attrs = self.parse_outer_attrs()
            if self.tok.kind == "literal" and self.tok.lit_kind == "int":
                t = self.bump()
                ident = ast.Ident(t.text, t.span)
            else:
                ident = self.parse_ident()
            if self.eat(":"):
                e = self.parse_expr()
                fields.append(ast.ExprField_(ident, e, False, self.span_from(flo)))
            else:
                p = ast.Path([ast.PathSegment(ident, None, self.next_id())], ident.span)
                e = ast.Expr(ast.ExprPath(None, p), ident.span, self.next_id(), attrs)
                fields.append(ast.ExprField_(ident, e, True, self.span_from(flo)))
            if not self.eat(","):
                break
        self.expect("}")
        return self.mk_expr(ast.ExprStruct(qself, path, fields, base, rest), lo)

    def parse_mac_call_rest(self, path: ast.Path):
        bang = self.expect("!")
        if not (self.is_p("(") or self.is_p("[") or self.is_p("{")):
            self.check("(")
            self.check("[")
            self.check("{")
            raise ParseError(self.expected_one_of_not_found())
        args = self.parse_delimited_tts()
        return ast.MacCall(path, args, path.span.to(args.close_span), bang)

    # -- control flow -------------------------------------------------------------
    def parse_labeled(self, lo: Span) -> ast.Expr:
        label = self.parse_lifetime()
        colon = self.eat(":")
        if self.is_kw("while"):
            return self.parse_while(label, lo)
        if self.is_kw("loop"):
            return self.parse_loop(label, lo)
        if self.is_kw("for"):
            return self.parse_for(label, lo)
        if self.is_p("{"):
            blk = self.parse_block()
            return self.mk_expr(ast.ExprBlock(blk, label), lo)
        msg = "expected `while`, `for`, `loop` or `{` after a label"
        if colon or not (self.tok.kind == "punct" or self.tok.kind == "eof"):
            # rustc continues with the expression after the label.
            at = self.tok.span
            e = self.parse_expr()
            d = self.error(msg, at, msg)
            d.help("consider removing the label",
                   suggestions=[sugg(Span(lo.lo, at.lo), "", "ShowAlways")])
            self.emit(d)
            return e
        d = self.error(msg, self.tok.span, msg)
        if not colon:
            # rustc: the "label" is likely an unterminated char literal `'a`.
            d.help("add `'` to close the char literal",
                   suggestions=[Suggestion(label.span.shrink_to_hi(), "'", style="ShowAlways")])
        raise ParseError(d)

    def parse_cond(self) -> ast.Expr:
        cond = self.with_res(NO_STRUCT | ALLOW_LET, self.parse_assoc, 0)
        if self.edition in ("2015", "2018", "2021"):
            self.gate_let_chain(cond)
        return cond

    def gate_let_chain(self, cond: ast.Expr) -> None:
        """Let chains are stable in edition 2024 only: before it, rustc's parser
        rejects every `let` of a `&&` chain (a lone `if let` stays fine)."""
        k = cond.kind
        if not (isinstance(k, ast.ExprBinary) and k.op == "&&"):
            return
        stack = [cond]
        lets = []
        while stack:
            e = stack.pop()
            if isinstance(e.kind, ast.ExprBinary) and e.kind.op == "&&":
                stack += [e.kind.rhs, e.kind.lhs]
            elif isinstance(e.kind, ast.ExprLet):
                lets.append(e)
        for e in lets:
            self.emit(self.error("let chains are only allowed in Rust 2024 or later", e.span))

    def parse_scrutinee(self) -> ast.Expr:
        return self.with_res(NO_STRUCT, self.parse_assoc, 0)

    def parse_if(self) -> ast.Expr:
        lo = self.tok.span
        self.bump()
        cond = self.parse_cond()
        then = self.parse_block_after_cond(lo, cond, "if")
        else_ = None
        if self.eat_kw("else"):
            elo = self.tok.span
            if self.is_kw("if"):
                else_ = self.parse_if()
            else:
                if not self.is_p("{"):
                    d = self.error(f"expected `{{`, found {self.descr()}", self.tok.span, "expected `{`")
                    if self.can_begin_expr():
                        try:
                            save = (self.pos, self.tok, self.prev_span)
                            e = self.parse_expr()
                            d.help("you might have meant to write this as part of a block",
                                   suggestions=[Suggestion(e.span.shrink_to_lo(), "{ "),
                                                Suggestion(e.span.shrink_to_hi(), " }")])
                            self.pos, self.tok, self.prev_span = save
                        except ParseError:
                            pass
                    raise ParseError(d)
                blk = self.parse_block()
                else_ = self.mk_expr(ast.ExprBlock(blk), elo)
        return self.mk_expr(ast.ExprIf(cond, then, else_), lo)

    def parse_block_after_cond(self, lo: Span, cond: ast.Expr, what: str) -> ast.Block:
        if self.is_p("{"):
            return self.parse_block()
        if self.tok.kind == "eof" or self.on_same_line(self.prev_span, self.tok.span):
            self.check("{")
            d = self.expected_one_of_not_found()
        else:
            # rustc's `error_block_no_opening_brace`
            d = self.error(f"expected `{{`, found {self.descr()}", self.tok.span, "expected `{`")
        if what == "if":
            d.note("the `if` expression is missing a block after this condition", cond.span)
        elif what == "while":
            d.secondary(cond.span, "this `while` condition successfully parsed")
            d.secondary(lo, "while parsing the body of this `while` expression")
        if d.message.startswith("expected `{`"):
            self.suggest_block_around_stmt(d)
        raise ParseError(d)

    def suggest_block_around_stmt(self, d: Diagnostic) -> None:
        snap = self.snapshot()
        try:
            st = self.parse_full_stmt()
            ok = st is not None and len(self.diags) == snap[3]
        except ParseError:
            ok = False
        if ok:
            d.help("you might have meant to write this as part of a block",
                   suggestions=[sugg(st.span.shrink_to_lo(), "{ ", "ShowAlways"),
                                sugg(st.span.shrink_to_hi(), " }", "ShowAlways")])
        self.restore(snap)

    def parse_while(self, label, lo) -> ast.Expr:
        wlo = self.tok.span
        self.bump()
        cond = self.parse_cond()
        body = self.parse_block_after_cond(wlo, cond, "while")
        return self.mk_expr(ast.ExprWhile(cond, body, label), lo)

    def parse_loop(self, label, lo) -> ast.Expr:
        self.bump()
        body = self.parse_block()
        return self.mk_expr(ast.ExprLoop(body, label), lo)

    def parse_for(self, label, lo) -> ast.Expr:
        self.bump()
        pat = self.parse_pat()
        if not self.is_kw("in") and self.can_begin_expr() and not self.is_p("|") and \
                not self.is_p("{"):
            sp = Span(self.prev_span.hi, self.tok.span.lo)
            d = self.error("missing `in` in `for` loop", sp)
            d.help("try adding `in` here", suggestions=[sugg(sp, " in ", "ShowAlways", "MaybeIncorrect")])
            self.emit(d)
        else:
            self.expect_kw("in")
        it = self.parse_scrutinee()
        body = self.parse_block()
        return self.mk_expr(ast.ExprForLoop(pat, it, body, label), lo)

    def parse_match(self) -> ast.Expr:
        lo = self.tok.span
        self.bump()
        scrut = self.parse_scrutinee()
        self.expect("{")
        arms = []
        while not self.check("}"):
            alo = self.tok.span
            attrs = self.parse_outer_attrs()
            pat = self.parse_pat()
            guard = None
            if self.eat_kw("if"):
                guard = self.with_res(ALLOW_LET, self.parse_assoc, 0)
            if self.is_p("->") and not self.check("=>"):
                d = self.expected_one_of_not_found()
                d.help("use a fat arrow to start a match arm", suggestions=[sugg(self.tok.span, "=>")])
                self.emit(d)
                self.bump()
            else:
                self.expect("=>")
            body = self.with_res(STMT_EXPR, self.parse_assoc, 0)
            block_like = expr_is_block_like(body)
            if block_like and not self.is_p(",") and not self.is_p("}"):
                # `match x { A => {} .method() }` is not a thing; a block-like arm may
                # omit the comma.
                pass
            elif not block_like and not self.is_p("}"):
                if not self.check(","):
                    self.check("}")
                    if self.starts_match_arm():
                        sp = self.prev_span.shrink_to_hi()
                        d = self.error("expected `,` following `match` arm", sp)
                        d.help("missing a comma here to end this `match` arm",
                               suggestions=[sugg(sp, ",", "ShowAlways")])
                        self.emit(d)
                    else:
                        raise ParseError(self.expected_one_of_not_found())
            if not block_like:
                body = self.with_res(0, self.parse_dot_or_call_with, body) if False else body
            self.eat(",")
            arms.append(ast.Arm(pat, guard, body, self.span_from(alo), self.next_id(), attrs))
        self.expect("}")
        return self.mk_expr(ast.ExprMatch(scrut, arms), lo)

    def starts_match_arm(self) -> bool:
        """Does a `PAT =>` follow? (rustc parses the next arm on a snapshot.)"""
        snap = self.snapshot()
        try:
            self.parse_pat()
            if self.eat_kw("if"):
                self.parse_expr()
            ok = self.is_p("=>") and len(self.diags) == snap[3]
        except ParseError:
            ok = False
        self.restore(snap)
        return ok

    def parse_closure(self, lo: Span, move: bool) -> ast.Expr:
        params = []
        if self.is_p("||"):
            self.bump()
        else:
            self.expect("|")
            while not self.check("|"):
                plo = self.tok.span
                self.parse_outer_attrs()
                pat = self.parse_pat_no_top_alt()
                ty = self.parse_ty() if self.eat(":") else None
                params.append(ast.ClosureParam(pat, ty, self.span_from(plo)))
                if not self.eat(","):
                    break
            self.expect("|")
        ret = None
        if self.eat("->"):
            ret = self.parse_ty_no_plus()
            decl_span = self.span_from(lo)
            body = self.parse_block_expr()
        else:
            decl_span = self.span_from(lo)
            body = self.with_res(self.restrictions & ~STMT_EXPR, self.parse_assoc, 0)
        return self.mk_expr(ast.ExprClosure(params, ret, body, move, decl_span), lo)

    # -- blocks and statements ----------------------------------------------------
    def parse_block_expr(self) -> ast.Expr:
        lo = self.tok.span
        blk = self.parse_block()
        return self.mk_expr(ast.ExprBlock(blk), lo)

    def parse_block(self) -> ast.Block:
        lo = self.tok.span
        if not self.is_p("{"):
            self.check("{")
            raise ParseError(self.expected_one_of_not_found())
        self.bump()
        stmts: list[ast.Stmt] = []
        while True:
            t = self.tok
            if t.kind == "punct" and t.text == "}":
                break
            if t.kind == "eof":
                self.check("}")
                raise ParseError(self.expected_one_of_not_found())
            self.parse_stmt_recovering(stmts)
        self.bump()
        return ast.Block(stmts, self.span_from(lo), self.next_id())

    def parse_stmt_recovering(self, out: list) -> None:
        """One statement appended to `out`; after a syntax error, reported, skip to
        where the next statement may start (always making progress)."""
        start = self.pos
        try:
            st = self.parse_full_stmt()
        except ParseError as e:
            self.emit(e.diag)
            self.recover_stmt()
            if self.pos == start:
                self.bump()
            return
        if st is not None:
            out.append(st)

    def recover_stmt(self) -> None:
        """Skip to just after the next `;` or to the closing `}` of the block
        (rustc's `recover_stmt_`), stepping over nested delimiters."""
        depth = 0
        while True:
            t = self.tok
            if t.kind == "eof":
                return
            if t.kind == "punct":
                if t.text in ("(", "[", "{"):
                    depth += 1
                elif t.text in (")", "]", "}"):
                    if depth == 0:
                        if t.text != "}":
                            # the close of a delimiter the error happened inside
                            self.bump()
                            continue
                        return
                    depth -= 1
                    if depth == 0 and t.text == "}":
                        self.bump()
                        return
                elif t.text == ";" and depth == 0:
                    self.bump()
                    return
            self.bump()

    def parse_full_stmt(self) -> ast.Stmt | None:
        t = self.tok
        lo = t.span
        if t.kind == "punct" and t.text == ";":
            self.bump()
            return ast.Stmt(ast.StmtEmpty(), self.prev_span, self.next_id())
        self.expected.append("`;`")     # eat(";")
        attrs = self.parse_outer_attrs()
        t = self.tok
        self._stmt_lo = t.span.lo
        if attrs and self.is_p("}"):
            last = attrs[-1]
            if last.is_doc_comment:
                d = Diagnostic.error("found a documentation comment that doesn't document anything",
                                     last.span, code="E0585")
                d.help("doc comments must come before what they document, if a comment was "
                       "intended use `//`")
            else:
                d = Diagnostic.error("expected statement after outer attribute", last.span)
            self.emit(d)
            return None
        if t.kind == "ident" and (t.raw or t.text not in self._kws) and self.is_p(":", self.look()) and \
                t.text[:1].islower() and self.can_begin_type_tok(self.look(2)):
            # `x: i32 = 5;` (rustc: a missing `let`)
            colon = self.look()
            d = self.error("expected identifier, found `:`", colon.span, "expected identifier")
            d.help("you might have meant to introduce a new binding",
                   suggestions=[sugg(self.tok.span.shrink_to_lo(), "let ", "ShowAlways", "MaybeIncorrect")])
            raise ParseError(d)
        if t.text == "let" and t.kind == "ident" and not t.raw:
            self.bump()
            t = self.tok
            pat = self.parse_pat_no_top_alt() if not (t.kind == "punct" and t.text == "|") else self.parse_pat()
            if self.is_p("|"):
                alts = [pat]
                while self.eat("|"):
                    alts.append(self.parse_pat_no_top_alt())
                pat = ast.Pat(ast.PatOr(alts), pat.span.to(self.prev_span), self.next_id())
            ty = None
            if self.eat(":"):
                colon = self.prev_span
                try:
                    ty = self.parse_ty()
                except ParseError as e:
                    if e.diag.spans and e.diag.message.startswith("expected"):
                        name = self.source.snippet(pat.span)
                        e.diag.secondary(colon, f"while parsing the type for `{name}`")
                    raise
            init = None
            else_ = None
            if self.is_p("=="):
                d = self.error("unexpected `==`", self.tok.span)
                d.help("try using `=` instead", suggestions=[sugg(self.tok.span, "=", "ShowAlways")])
                self.emit(d)
                self.toks[self.pos] = Token("punct", "=", self.tok.span)
                self.tok = self.toks[self.pos]
            if self.eat("="):
                init = self.parse_expr()
                if self.eat_kw("else"):
                    else_ = self.parse_block()
            else:
                self.check("=")
            self.expect_semi()
            return ast.Stmt(ast.StmtLet(pat, ty, init, else_, attrs), self.span_from(lo), self.next_id())
        if t.kind == "ident" and not t.raw and t.text in _ITEM_START_WORDS and self.is_item_start():
            item = self.parse_item_after_attrs(attrs, lo)
            return ast.Stmt(ast.StmtItem(item), item.span, self.next_id())
        # A path followed by `!` in statement position: a macro statement (rustc's
        # `parse_stmt_path_start`).
        if (t.kind == "ident" and (t.raw or t.text not in self._kws or t.text in _PATH_KWS) and
                self.is_p("!", self.look()) and
                not self.is_p("=", self.look(2)) and
                (self.is_p("(", self.look(2)) or self.is_p("[", self.look(2)) or self.is_p("{", self.look(2)))):
            path = self.parse_path("expr")
            mac = self.parse_mac_call_rest(path)
            brace = mac.args.delim == "{"
            if (brace and not self.is_p(".") and not self.is_p("?")) or self.is_p(";") or self.tok.kind == "eof":
                semi = self.eat(";")
                return ast.Stmt(ast.StmtMacCall(mac, semi, attrs), self.span_from(lo), self.next_id())
            e = self.mk_expr(ast.ExprMacCall(mac), lo, attrs)
            e = self.with_res(STMT_EXPR, self.parse_dot_or_call_with, e)
            e = self.with_res(STMT_EXPR, self.parse_assoc, 0, e)
        else:
            old = self.restrictions     # with_res(STMT_EXPR, parse_assoc, 0), inlined
            self.restrictions = STMT_EXPR
            try:
                e = self.parse_assoc(0)
            finally:
                self.restrictions = old
            if attrs:
                e.attrs = attrs + e.attrs
        return self.finish_expr_stmt(e, lo)

    def finish_expr_stmt(self, e: ast.Expr, lo: Span) -> ast.Stmt:
        if expr_is_block_like(e):
            semi = self.eat(";")
            return ast.Stmt(ast.StmtExpr(e, semi), self.span_from(lo), self.next_id())
        if self.eat(";"):
            return ast.Stmt(ast.StmtExpr(e, True), self.span_from(lo), self.next_id())
        if self.check("}"):
            return ast.Stmt(ast.StmtExpr(e, False), self.span_from(lo), self.next_id())
        if self.tok.kind == "eof" and getattr(self, "allow_eof_tail", False):
            return ast.Stmt(ast.StmtExpr(e, False), self.span_from(lo), self.next_id())
        if self.recover_missing_semi():
            return ast.Stmt(ast.StmtExpr(e, True), self.span_from(lo), self.next_id())
        raise ParseError(self.expected_one_of_not_found())

    def expect_semi(self) -> None:
        if self.eat(";"):
            return
        if self.tok.kind == "eof" and getattr(self, "allow_eof_tail", False):
            return      # the last statement of a macro expansion (`$s:stmt`)
        if self.recover_missing_semi():
            return
        raise ParseError(self.expected_one_of_not_found())

    def recover_missing_semi(self) -> bool:
        """rustc's `ExpectedSemi` recovery in `expected_one_of_not_found`: a `;` is
        expected, the next token is on a later line and could start a statement or is
        `}`: report "expected `;`, found ..." and continue as if it were there."""
        t = self.tok
        if "`;`" not in self.expected and "`;`" not in getattr(self, "_extra_expected", ()):
            self.expected.append("`;`")
        if t.kind == "eof" or self.on_same_line(self.prev_span, t.span):
            return False
        if "`,`" in self.expected:
            return False
        if not (self.is_p("}") or ((self.can_begin_expr() or self.is_item_start_token()) and
                                   not self.is_p(";") and not self.is_p("#"))):
            return False
        d = Diagnostic("error", f"expected `;`, found {self.descr()}")
        d.secondary(t.span, "unexpected token")
        d.primary(self.prev_span.shrink_to_hi())
        d.help("add `;` here", suggestions=[Suggestion(self.prev_span.shrink_to_hi(), ";",
                                                       style="HideCodeInline")])
        self.emit(d)
        return True


def _lit_descr(kind: str) -> str:
    return {"str": "a string literal", "char": "a char literal", "byte": "a byte literal",
            "bytestr": "a byte string literal", "cstr": "a C string literal"}.get(kind, "a literal")
