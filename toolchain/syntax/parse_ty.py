"""Types, paths and generic arguments (rustc_parse::parser::{ty, path})."""

from __future__ import annotations

from ..source import Span
from . import ast
from .parser import ParseError

_EXP_TY_LEAF = ("`<`", "`(`", "`::`", "`!`")
_EXP_TY_LEAF_PLUS = _EXP_TY_LEAF + ("`+`",)
_PATH_KWS = frozenset(("self", "Self", "super", "crate"))   # keywords that start a path


class TyParser:
    # -- paths ------------------------------------------------------------------
    def parse_path(self, style: str) -> ast.Path:
        """style: "expr" (generic args need `::<`), "type" (`<` directly), "mod" (none)."""
        t = self.tok
        lo = t.span
        global_ = False
        if t.kind == "punct" and t.text == "::":
            self.bump()
            global_ = True
        segs = []
        while True:
            segs.append(self.parse_path_segment(style))
            t = self.tok
            if t.kind == "punct" and t.text == "::":
                if self.look().kind == "ident":
                    self.bump()
                    continue
            elif style != "mod":
                self.expected.append("`::`")    # check("::")
            break
        b = self.prev_span.hi
        if b == lo.hi:
            return ast.Path(segs, lo, global_)
        a = lo.lo
        return ast.Path(segs, Span(a, b if b > a else a), global_)

    def parse_path_segment(self, style: str) -> ast.PathSegment:
        t = self.tok
        # a path-start identifier: a plain or raw identifier, `self`, `Self`, `super`, `crate`
        if t.kind == "ident" and (t.raw or t.text not in self._kws or t.text in _PATH_KWS):
            self.prev_span = t.span     # self.bump(), inlined
            pos = self.pos + 1
            if pos < self._ntoks:
                self.pos = pos
                self.tok = self.toks[pos]
            if self.expected:
                self.expected.clear()
            ident = ast.Ident(t.text, t.span)
        else:
            self.expected.append("identifier")
            raise ParseError(self.expected_ident_error())
        args = None
        if style == "type":
            nt = self.tok
            q = nt.text if nt.kind == "punct" else ""
            if q.startswith("<") and q != "<-":     # check_split("<")
                args = self.parse_angle_args()
            elif q == "(":                          # check("(")
                args = self.parse_paren_sugar()
            else:
                exp = self.expected
                if not q.startswith("<"):
                    exp.append("`<`")
                exp.append("`(`")
                if q == "::" and (self.is_p("<", self.look()) or self.is_p("<<", self.look())):
                    self.bump()
                    args = self.parse_angle_args()
        elif style == "expr":
            nt = self.tok
            if nt.kind == "punct" and nt.text == "::" and (self.is_p("<", self.look()) or
                                                           self.is_p("<<", self.look())):
                self.bump()
                args = self.parse_angle_args()
        ids = self.ids
        n = ids._next
        ids._next = n + 1
        return ast.PathSegment(ident, args, n)

    def parse_angle_args(self) -> ast.GenericArgs:
        lo = self.tok.span
        self.expect_split("<")
        args: list = []
        constraints: list = []
        while not self.check_split(">"):
            if self.tok.kind == "lifetime":
                args.append(self.parse_lifetime())
            elif (self.tok.kind == "ident" and self.is_ident() and
                  (self.is_p("=", self.look()) or (self.is_p(":", self.look()) and not self.is_p("::", self.look())))):
                ident = self.parse_ident()
                clo = ident.span
                if self.eat("="):
                    ty = self.parse_ty()
                    constraints.append(ast.AssocConstraint(ident, ty, [], self.span_from(clo)))
                else:
                    self.expect(":")
                    bounds = self.parse_bounds()
                    constraints.append(ast.AssocConstraint(ident, None, bounds, self.span_from(clo)))
            elif self.is_p("{"):
                args.append(self.parse_block_expr())
            elif self.tok.kind == "literal" or self.is_p("-"):
                args.append(self.parse_expr_prefix())
            else:
                args.append(self.parse_ty())
            if not self.eat(","):
                break
        self.expect_split(">")
        return ast.GenericArgs(args, constraints, self.span_from(lo))

    def parse_paren_sugar(self) -> ast.GenericArgs:
        lo = self.tok.span
        self.expect("(")
        args = []
        while not self.check(")"):
            args.append(self.parse_ty())
            if not self.eat(","):
                break
        self.expect(")")
        out = None
        if self.eat("->"):
            out = self.parse_ty_no_plus()
        return ast.GenericArgs(args, [], self.span_from(lo), parenthesized=True, output=out)

    def parse_qpath(self, style: str) -> tuple[ast.QSelf, ast.Path]:
        """`<T as Trait>::rest` / `<T>::rest`."""
        lo = self.tok.span
        self.expect_split("<")
        ty = self.parse_ty()
        segs: list[ast.PathSegment] = []
        if self.eat_kw("as"):
            tp = self.parse_path("type")
            segs = list(tp.segments)
        self.expect_split(">")
        position = len(segs)
        self.expect("::")
        rest = self.parse_path(style)
        segs.extend(rest.segments)
        return ast.QSelf(ty, position), ast.Path(segs, self.span_from(lo))

    def parse_lifetime(self) -> ast.Lifetime:
        t = self.tok
        if t.kind != "lifetime":
            self.expected.append("lifetime")
            raise ParseError(self.expected_one_of_not_found())
        self.bump()
        return ast.Lifetime(t.text, t.span, self.next_id())

    # -- types ------------------------------------------------------------------
    def mk_ty(self, kind, lo: Span) -> ast.Ty:
        b = self.prev_span.hi
        ids = self.ids
        n = ids._next
        ids._next = n + 1
        if b == lo.hi:
            return ast.Ty(kind, lo, n)
        a = lo.lo
        return ast.Ty(kind, Span(a, b if b > a else a), n)

    def parse_ty(self) -> ast.Ty:
        return self.parse_ty_common(allow_plus=True)

    def parse_ty_no_plus(self) -> ast.Ty:
        return self.parse_ty_common(allow_plus=False)

    def parse_ty_common(self, allow_plus: bool) -> ast.Ty:
        t = self.tok
        lo = t.span
        if t.kind == "ident" and (t.raw or (t.text not in self._kws and t.text != "dyn") or
                                  t.text in _PATH_KWS):
            # A path type (the common case): every test below would fail up to the
            # path branch, and what they record as expected is cleared by the path's bump.
            pos = self.pos + 1
            a = self.toks[pos] if pos < self._ntoks else self.toks[-1]
            if a.kind == "punct" and a.text[0] in "<(:!+":
                return self.parse_ty_path_rest(lo, allow_plus)
            # A one-identifier path type `T` with nothing after it that could extend it:
            # what parse_ty_path_rest -> parse_path -> parse_path_segment do for it,
            # with the same expected tokens and NodeIds.
            self.prev_span = t.span     # self.bump(), inlined
            pos = self.pos + 1
            if pos < self._ntoks:
                self.pos = pos
                self.tok = self.toks[pos]
            if self.expected:
                self.expected.clear()
            ids = self.ids
            n = ids._next
            ids._next = n + 2
            seg = ast.PathSegment(ast.Ident(t.text, lo), None, n)
            path = ast.Path([seg], lo, False)     # span_from(lo) == lo: shared (spans are values)
            # check_split("<"), check("("), check("::"), check("!") and check("+")
            self.expected.extend(_EXP_TY_LEAF_PLUS if allow_plus else _EXP_TY_LEAF)
            return ast.Ty(ast.TyPath(None, path), lo, n + 1)
        if self.eat("("):
            if self.eat(")"):
                return self.mk_ty(ast.TyTuple([]), lo)
            elems = [self.parse_ty()]
            trailing = False
            while self.eat(","):
                trailing = True
                if self.check(")"):
                    break
                elems.append(self.parse_ty())
                trailing = False
            self.expect(")")
            if len(elems) == 1 and not trailing:
                return self.mk_ty(ast.TyParen(elems[0]), lo)
            return self.mk_ty(ast.TyTuple(elems), lo)
        if self.eat("!"):
            return self.mk_ty(ast.TyNever(), lo)
        if self.is_p("&") or self.is_p("&&"):
            if self.is_p("&&"):
                self.eat_split("&")
                self.bump()     # the second `&` of the split `&&`
                inner = self.parse_ty_ref_rest(Span(lo.lo + 1, lo.hi))
                return self.mk_ty(ast.TyRef(None, False, inner), lo)
            self.bump()
            lt = self.parse_lifetime() if self.tok.kind == "lifetime" else None
            mut = self.eat_kw("mut")
            inner = self.parse_ty_no_plus()
            return self.mk_ty(ast.TyRef(lt, mut, inner), lo)
        if self.eat("*"):
            if self.eat_kw("mut"):
                mut = True
            elif self.eat_kw("const"):
                mut = False
            else:
                raise ParseError(self.error("expected `mut` or `const` keyword in raw pointer type",
                                            self.tok.span, "expected `mut` or `const` in raw pointer type"))
            inner = self.parse_ty_no_plus()
            return self.mk_ty(ast.TyPtr(mut, inner), lo)
        if self.eat("["):
            elem = self.parse_ty()
            if self.eat(";"):
                n = self.parse_expr()
                self.expect("]")
                return self.mk_ty(ast.TyArray(elem, n), lo)
            self.expect("]")
            return self.mk_ty(ast.TySlice(elem), lo)
        if self.is_kw("_"):
            self.bump()
            return self.mk_ty(ast.TyInfer(), lo)
        if self.is_kw("fn") or self.is_kw("unsafe") or self.is_kw("extern") or self.is_kw("for") and self.is_kw("fn", self.look(4)):
            unsafe = self.eat_kw("unsafe")
            abi = None
            if self.eat_kw("extern"):
                abi = "C"
                if self.tok.kind == "literal" and self.tok.lit_kind == "str":
                    abi = self.bump().value
            self.expect_kw("fn")
            self.expect("(")
            params = []
            while not self.check(")"):
                # `fn(x: i32)` names are allowed and ignored.
                if self.tok.kind == "ident" and self.is_p(":", self.look()) and not self.is_p("::", self.look()):
                    self.bump()
                    self.bump()
                params.append(self.parse_ty())
                if not self.eat(","):
                    break
            self.expect(")")
            ret = self.parse_ty_no_plus() if self.eat("->") else None
            return self.mk_ty(ast.TyFn(params, ret, unsafe, abi), lo)
        if self.is_kw("impl"):
            self.bump()
            bounds = self.parse_bounds(allow_plus)
            return self.mk_ty(ast.TyImplTrait(bounds), lo)
        if self.is_kw("dyn"):
            self.bump()
            bounds = self.parse_bounds(allow_plus)
            return self.mk_ty(ast.TyTraitObject(bounds, True), lo)
        if self.is_p("<") or self.is_p("<<"):
            qself, path = self.parse_qpath("type")
            return self.mk_ty(ast.TyPath(qself, path), lo)
        if self.is_p("?") or self.is_kw("for") or self.tok.kind == "lifetime":
            bounds = self.parse_bounds(allow_plus)
            return self.mk_ty(ast.TyTraitObject(bounds, False), lo)
        if self.is_path_start_ident() or self.is_p("::"):
            return self.parse_ty_path_rest(lo, allow_plus)
        self.expected.append("type")
        raise ParseError(self.expected_type_error())

    def parse_ty_path_rest(self, lo: Span, allow_plus: bool) -> ast.Ty:
        path = self.parse_path("type")
        t = self.tok
        q = t.text if t.kind == "punct" else None
        if q == "!":
            if not path.segments[-1].args:
                mac = self.parse_mac_call_rest(path)
                return self.mk_ty(ast.TyMacCall(mac), lo)
        else:
            self.expected.append("`!`")     # check("!")
        if allow_plus:
            if q == "+":                    # check("+")
                bounds: list = [ast.TraitBound(path, span=path.span)]
                while self.eat("+"):
                    if not self.can_begin_bound():
                        break
                    bounds.append(self.parse_bound())
                return self.mk_ty(ast.TyTraitObject(bounds, False), lo)
            self.expected.append("`+`")
        return self.mk_ty(ast.TyPath(None, path), lo)

    def parse_ty_ref_rest(self, lo: Span) -> ast.Ty:
        lt = self.parse_lifetime() if self.tok.kind == "lifetime" else None
        mut = self.eat_kw("mut")
        inner = self.parse_ty_no_plus()
        return ast.Ty(ast.TyRef(lt, mut, inner), self.span_from(lo), self.next_id())

    def expected_type_error(self):
        d = self.expected_one_of_not_found()
        if d.message.startswith("expected type"):
            return d
        t = self.tok
        if t.kind == "ident" and not t.raw and (self.descr().startswith("keyword") or
                                                self.descr().startswith("reserved")):
            msg = f"expected type, found {self.descr()}"
        else:
            msg = f"expected type, found {self.descr()}"
        span = t.span if t.kind != "eof" else self.prev_span
        return self.error(msg, span, "expected type")

    # -- bounds -------------------------------------------------------------------
    def can_begin_bound(self) -> bool:
        t = self.tok
        return (t.kind == "lifetime" or self.is_path_start_ident() or self.is_p("?") or self.is_p("(")
                or self.is_p("::") or self.is_kw("for") or self.is_p("<"))

    def parse_bounds(self, allow_plus: bool = True) -> list:
        bounds = []
        while self.can_begin_bound():
            bounds.append(self.parse_bound())
            if not allow_plus or not self.eat("+"):
                break
        return bounds

    def parse_bound(self):
        if self.tok.kind == "lifetime":
            return self.parse_lifetime()
        lo = self.tok.span
        paren = self.eat("(")
        for_lts = []
        if self.eat_kw("for"):
            self.expect_split("<")
            while self.tok.kind == "lifetime":
                for_lts.append(self.parse_lifetime())
                if not self.eat(","):
                    break
            self.expect_split(">")
        maybe = self.eat("?")
        path = self.parse_path("type")
        if paren:
            self.expect(")")
        return ast.TraitBound(path, maybe, for_lts, self.span_from(lo))
