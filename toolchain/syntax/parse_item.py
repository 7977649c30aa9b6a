"""Items, attributes, visibility, generics (rustc_parse::parser::{item, attr, generics})."""

from __future__ import annotations

from ..source import Span
from . import ast
from ..diagnostics.model import Diagnostic
from .parser import ParseError, sugg

_ITEM_KW = {"fn", "struct", "enum", "impl", "trait", "mod", "use", "static", "type", "extern",
            "pub", "union", "macro_rules", "const", "unsafe", "async", "auto"}


class ItemParser:
    _mod_path: list = []
    # -- attributes ---------------------------------------------------------------
    def parse_outer_attrs(self) -> list[ast.Attribute]:
        t = self.tok
        if t.kind != "doc" and not (t.kind == "punct" and t.text == "#"):
            return []       # the common case: no attributes
        attrs = []
        while True:
            if self.tok.kind == "doc" and self.tok.lit_kind == "outer":
                t = self.bump()
                attrs.append(self.doc_attr(t, False))
            elif self.is_p("#") and not self.is_p("!", self.look()):
                attrs.append(self.parse_attr(False))
            elif self.is_p("#") and self.is_p("[", self.look(2)) and not attrs:
                # `#![...]` where only outer attributes may be (rustc: InnerAttrPolicy::Forbidden)
                a = self.parse_attr(True)
                d = self.error("an inner attribute is not permitted in this context", a.span)
                d.note("inner attributes, like `#![no_std]`, annotate the item enclosing them, and "
                       "are usually found at the beginning of source files")
                d.note("outer attributes, like `#[test]`, annotate the item following them")
                self.emit(d)
            else:
                return attrs

    def parse_inner_attrs(self) -> list[ast.Attribute]:
        attrs = []
        while True:
            if self.tok.kind == "doc" and self.tok.lit_kind == "inner":
                t = self.bump()
                attrs.append(self.doc_attr(t, True))
            elif self.is_p("#") and self.is_p("!", self.look()) and self.is_p("[", self.look(2)):
                attrs.append(self.parse_attr(True))
            else:
                return attrs

    def doc_attr(self, t, inner: bool) -> ast.Attribute:
        path = ast.Path([ast.PathSegment(ast.Ident("doc", t.span), None, self.next_id())], t.span)
        return ast.Attribute(path, None, None, inner, t.span, True, t.value)

    def parse_attr(self, inner: bool) -> ast.Attribute:
        lo = self.tok.span
        self.expect("#")
        if inner:
            self.expect("!")
        self.expect("[")
        self.eat_kw("unsafe")
        path = self.parse_path("mod")
        args = None
        eq = None
        if self.is_p("(") or self.is_p("[") or self.is_p("{"):
            args = self.parse_delimited_tts()
        elif self.eat("="):
            eq = self.parse_expr()
        self.expect("]")
        return ast.Attribute(path, args, eq, inner, self.span_from(lo))

    # -- items --------------------------------------------------------------------
    def is_item_start_token(self, t=None) -> bool:
        t = t or self.tok
        return t.kind == "ident" and not t.raw and t.text in _ITEM_KW

    def is_item_start(self) -> bool:
        """Does an item start here (in statement position)?"""
        t = self.tok
        if t.kind != "ident" or t.raw:
            return False
        k = t.text
        a = self.look()
        if k in ("fn", "struct", "enum", "trait", "mod", "use", "static", "type", "impl", "pub", "extern"):
            if k == "static" and (self.is_p("|", a) or self.is_p("||", a) or self.is_kw("move", a)):
                return False
            return True
        if k == "const":
            return not self.is_p("{", a) and not self.is_p("|", a) and not self.is_kw("move", a)
        if k == "unsafe":
            return not self.is_p("{", a)
        if k == "async":
            return self.is_kw("fn", a) or self.is_kw("unsafe", a)
        if k == "union":
            return a.kind == "ident" and not self.is_p("!", a)
        if k == "macro_rules":
            return self.is_p("!", a)
        if k == "auto":
            return self.is_kw("trait", a)
        return False

    def parse_item(self) -> ast.Item:
        lo = self.tok.span
        attrs = self.parse_outer_attrs()
        return self.parse_item_after_attrs(attrs, lo)

    def parse_visibility(self) -> ast.Visibility:
        t = self.tok
        lo = t.span
        if not (t.text == "pub" and t.kind == "ident" and not t.raw):     # is_kw("pub")
            self.expected.append("`pub`")                                   # check_kw("pub")
            return ast.Visibility("inherited", None, lo.shrink_to_lo())
        self.bump()
        if self.is_p("("):
            a = self.look()
            if self.is_kw("crate", a) or self.is_kw("super", a) or self.is_kw("self", a):
                if self.is_p(")", self.look(2)):
                    self.bump()
                    k = self.bump().text
                    self.bump()
                    return ast.Visibility(k, None, self.span_from(lo))
            if self.is_kw("in", a):
                self.bump()
                self.bump()
                path = self.parse_path("mod")
                self.expect(")")
                return ast.Visibility("in", path, self.span_from(lo))
        return ast.Visibility("pub", None, self.span_from(lo))

    def parse_item_after_attrs(self, attrs, lo: Span) -> ast.Item:
        # Like rustc's, an item's span starts after its outer attributes.
        lo = self.tok.span
        vis = self.parse_visibility()
        kind = self.parse_item_kind()
        item = ast.Item(kind, vis, attrs, self.span_from(lo), self.next_id())
        if isinstance(kind, ast.Mod) and kind.items is None:
            # A program is one file: rustc's module loader finds no file for `mod foo;`.
            path = "/".join(self._mod_path + [kind.ident.name])
            d = Diagnostic.error(f"file not found for module `{kind.ident.name}`", item.span, code="E0583")
            d.help(f"to create the module `{kind.ident.name}`, create file \"{path}.rs\" or "
                   f"\"{path}/mod.rs\"")
            d.note(f"if there is a `mod {kind.ident.name}` elsewhere in the crate already, import it "
                   "with `use crate::...` instead")
            self.emit(d)
        return item

    def parse_item_kind(self):
        t = self.tok
        # Qualifiers: const/async/unsafe/extern "abi" before `fn`.
        if self.is_kw("fn") or ((self.is_kw("const") or self.is_kw("async") or self.is_kw("unsafe")
                                 or self.is_kw("extern")) and self.fn_follows()) \
                or (self.is_kw("safe") and self.is_kw("fn", self.look())):
            return self.parse_fn()
        if self.eat_kw("struct"):
            return self.parse_struct(ast.Struct)
        if self.is_kw("union") and self.look().kind == "ident":
            self.bump()
            return self.parse_struct(ast.Union_)
        if self.eat_kw("enum"):
            return self.parse_enum()
        if self.is_kw("unsafe") and (self.is_kw("impl", self.look()) or self.is_kw("trait", self.look())
                                     or self.is_kw("extern", self.look())):
            self.bump()
            k = self.parse_item_kind()
            k.unsafe = True
            return k
        if self.eat_kw("impl"):
            return self.parse_impl()
        if self.is_kw("auto") and self.is_kw("trait", self.look()):
            self.bump()
            k = self.parse_item_kind()
            k.auto = True
            return k
        if self.eat_kw("trait"):
            return self.parse_trait()
        if self.eat_kw("type"):
            return self.parse_type_alias()
        if self.is_kw("const"):
            self.bump()
            ident = self.parse_ident() if not self.is_kw("_") else ast.Ident("_", self.bump().span)
            ty = self.parse_ty() if self.eat(":") else None
            expr = self.parse_expr() if self.eat("=") else None
            if ty is None:
                self.missing_global_type("const", ident, expr)
            self.expect(";")
            return ast.Const(ident, ty, expr)
        if self.eat_kw("static"):
            mut = self.eat_kw("mut")
            ident = self.parse_ident()
            ty = None
            if self.eat(":"):
                ty = self.parse_ty()
            elif not self.is_p("="):
                self.expect(":")
            expr = self.parse_expr() if self.eat("=") else None
            if ty is None:
                self.missing_global_type("static", ident, expr)
                ty = ast.Ty(ast.TyInfer(), ident.span.shrink_to_hi(), self.next_id())
            self.expect(";")
            return ast.Static(ident, ty, mut, expr)
        if self.eat_kw("mod"):
            ident = self.parse_ident()
            if self.eat(";"):
                return ast.Mod(ident, None)
            self.expect("{")
            inner = self.parse_inner_attrs()
            self._mod_path = self._mod_path + [ident.name]
            try:
                items = self.parse_items_until("}")
            finally:
                self._mod_path = self._mod_path[:-1]
            self.expect("}")
            return ast.Mod(ident, items, inner)
        if self.eat_kw("use"):
            tree = self.parse_use_tree()
            self.expect(";")
            return ast.Use(tree)
        if self.is_kw("extern"):
            self.bump()
            if self.eat_kw("crate"):
                name = self.parse_ident() if not self.is_kw("self") else ast.Ident("self", self.bump().span)
                rename = self.parse_ident() if self.eat_kw("as") else None
                self.expect(";")
                return ast.ExternCrate(name, rename)
            abi = None
            if self.tok.kind == "literal" and self.tok.lit_kind == "str":
                abi = self.bump().value
            self.expect("{")
            self.parse_inner_attrs()
            items = self.parse_items_until("}")
            self.expect("}")
            for it in items:     # (their calls are unsafe unless marked `safe`)
                if isinstance(it.kind, ast.Fn):
                    it.kind.sig.foreign = True
                    it.kind.sig.abi = abi or "C"
            return ast.ForeignMod(abi, items)
        if self.is_kw("macro_rules") and self.is_p("!", self.look()):
            self.bump()
            self.bump()
            ident = self.parse_ident()
            if not (self.is_p("(") or self.is_p("[") or self.is_p("{")):
                self.check("{")
                raise ParseError(self.expected_one_of_not_found())
            body = self.parse_delimited_tts()
            if body.delim != "{":
                self.expect(";")
            return ast.MacroRules(ident, body)
        if self.is_path_start_ident() and (self.is_p("!", self.look()) or self.is_p("::", self.look())):
            path = self.parse_path("mod")
            mac = self.parse_mac_call_rest(path)
            if mac.args.delim != "{":
                self.expect(";")
            return ast.ItemMacCall(mac)
        if self.is_ident() and self.is_p("(", self.look()):
            name = t.text
            d = self.error("missing `fn` for function definition", t.span)
            d.help(f"add `fn` here to parse `{name}` as a function",
                   suggestions=[sugg(t.span.shrink_to_lo(), "fn ", "ShowAlways")])
            raise ParseError(d)
        if self.is_kw("let"):
            d = self.error(f"expected item, found {self.descr()}", t.span,
                           "`let` cannot be used for global variables")
            d.help("consider using `static` or `const` instead of `let`",
                   suggestions=[sugg(t.span, "static", "HideCodeInline", "MaybeIncorrect")])
            d.note("for a full list of items that can appear in modules, see "
                   "<https://doc.rust-lang.org/reference/items.html>")
            raise ParseError(d)
        self.expected.append("item")
        d = self.expected_one_of_not_found()
        if t.kind == "eof":
            pass
        d.message = f"expected item, found {self.descr()}"
        d.spans[0].label = "expected item"
        d.spans = d.spans[:1]
        d.spans[0].span = self.tok.span if t.kind != "eof" else self.prev_span
        d.spans[0].primary = True
        d.note("for a full list of items that can appear in modules, see "
               "<https://doc.rust-lang.org/reference/items.html>")
        raise ParseError(d)

    def missing_global_type(self, kind: str, ident: ast.Ident, expr) -> None:
        """rustc's "missing type for `const` item" (it infers the type to suggest it)."""
        sp = ident.span.shrink_to_hi()
        d = self.error(f"missing type for `{kind}` item", sp)
        ty = _literal_type(expr)
        if ty is not None:
            what = "the constant" if kind == "const" else "the static variable"
            d.help(f"provide a type for {what}", suggestions=[sugg(sp, f": {ty}", "ShowCode")])
        self.emit(d)

    def fn_follows(self) -> bool:
        for k in range(0, 5):
            t = self.look(k)
            if self.is_kw("fn", t):
                return True
            if not (t.kind == "literal" or self.is_kw("const", t) or self.is_kw("async", t)
                    or self.is_kw("unsafe", t) or self.is_kw("extern", t) or self.is_kw("safe", t)):
                return False
        return False

    def parse_fn(self) -> ast.Fn:
        lo = self.tok.span
        const = self.eat_kw("const")
        async_ = self.eat_kw("async")
        unsafe = self.eat_kw("unsafe")
        safe = not unsafe and self.is_kw("safe") and self.is_kw("fn", self.look()) \
            and self.bump() is not None
        abi = None
        if self.eat_kw("extern"):
            abi = "C"
            if self.tok.kind == "literal" and self.tok.lit_kind == "str":
                abi = self.bump().value
        self.expect_kw("fn")
        ident = self.parse_ident()
        generics = self.parse_generics()
        params, self_param, variadic = self.parse_fn_params()
        ret = None
        if self.eat("->"):
            ret = self.parse_ty()
        generics.where_clause = self.parse_where_clause()
        sig = ast.FnSig(params, self_param, ret, self.span_from(lo), const, unsafe, async_, abi, variadic,
                        safe)
        body = None
        if self.is_p(";"):
            self.bump()
        elif self.check("{"):
            body = self.parse_block_with_inner_attrs()
        else:
            raise ParseError(self.expected_one_of_not_found())
        return ast.Fn(ident, generics, sig, body)

    def parse_block_with_inner_attrs(self) -> ast.Block:
        # Inner attributes at the start of a fn body are accepted and dropped (rare).
        return self.parse_block()

    def parse_fn_params(self):
        self.expect("(")
        params = []
        self_param = None
        variadic = False
        first = True
        while not self.check(")"):
            plo = self.tok.span
            attrs = self.parse_outer_attrs()
            if first:
                sp = self.try_parse_self_param()
                if sp is not None:
                    self_param = sp
                    first = False
                    if not self.comma_or_close(")", lambda: params.append(
                            self.parse_fn_param(self.tok.span, self.parse_outer_attrs()))):
                        break
                    continue
            first = False
            if self.eat("..."):
                variadic = True
                break
            params.append(self.parse_fn_param(plo, attrs))
            if not self.comma_or_close(")", lambda: params.append(
                    self.parse_fn_param(self.tok.span, self.parse_outer_attrs()))):
                break
        self.expect(")")
        return params, self_param, variadic

    def comma_or_close(self, close: str, parse_one) -> bool:
        """After an element of a comma-separated list: True to parse another element,
        False at the closing delimiter; recovers a missing `,` like rustc."""
        while True:
            if self.eat(","):
                return True
            if self.check(close):
                return False
            self.missing_comma_or_raise(parse_one)

    def missing_comma_or_raise(self, parse_one) -> None:
        """rustc's `parse_seq_to_before_tokens` recovery: when the separator is missing
        but the next element parses, report "missing `,`" and go on."""
        err = self.expected_one_of_not_found()
        sp = self.prev_span.shrink_to_hi()
        if self.tok.kind == "eof":
            raise ParseError(err)
        snap = self.snapshot()
        try:
            parse_one()
        except ParseError:
            self.restore(snap)
            raise ParseError(err)
        err.help("missing `,`", suggestions=[sugg(sp, ",", "HideCodeInline", "MaybeIncorrect")])
        self.diags.insert(snap[3], err)

    def parse_fn_param(self, plo, attrs):
        pat = self.parse_pat_no_top_alt()
        if not self.eat(":"):
            self.check("|")
            d = self.expected_one_of_not_found()
            if isinstance(pat.kind, ast.PatIdent) and pat.kind.sub is None:
                name = pat.kind.ident.name
                d.help("if this is a parameter name, give it a type",
                       suggestions=[ast_sugg(pat.span, f"{name}: TypeName")])
                d.help("if this is a type, explicitly ignore the parameter name",
                       suggestions=[ast_sugg(pat.span, f"_: {name}")])
            raise ParseError(d)
        ty = self.parse_ty()
        return ast.Param(pat, ty, self.span_from(plo), self.next_id(), attrs)

    def try_parse_self_param(self):
        lo = self.tok.span
        a, b = self.look(1), self.look(2)
        if self.is_kw("self") and not self.is_p("::", a):
            self.bump()
            ty = None
            if self.eat(":"):
                ty = self.parse_ty()
                return ast.SelfParam("explicit", False, None, ty, self.span_from(lo), self.next_id())
            return ast.SelfParam("value", False, None, None, self.span_from(lo), self.next_id())
        if self.is_kw("mut") and self.is_kw("self", a):
            self.bump()
            self.bump()
            if self.eat(":"):
                ty = self.parse_ty()
                return ast.SelfParam("explicit", True, None, ty, self.span_from(lo), self.next_id())
            return ast.SelfParam("value", True, None, None, self.span_from(lo), self.next_id())
        if self.is_p("&"):
            k = 1
            lt_tok = None
            if a.kind == "lifetime":
                lt_tok = a
                k = 2
            mut = self.is_kw("mut", self.look(k))
            if mut:
                k += 1
            if self.is_kw("self", self.look(k)) and not self.is_p("::", self.look(k + 1)):
                self.bump()
                lt = self.parse_lifetime() if lt_tok is not None else None
                if mut:
                    self.bump()
                self.bump()
                return ast.SelfParam("ref", mut, lt, None, self.span_from(lo), self.next_id())
        return None

    # -- generics -----------------------------------------------------------------
    def parse_generics(self) -> ast.Generics:
        lo = self.tok.span
        if not self.is_p("<"):
            self.check("<")
            return ast.Generics([], [], lo.shrink_to_lo())
        self.bump()
        params = []
        while not self.check_split(">"):
            plo = self.tok.span
            attrs = self.parse_outer_attrs()
            if self.tok.kind == "lifetime":
                lt = self.parse_lifetime()
                bounds = []
                if self.eat(":"):
                    while self.tok.kind == "lifetime":
                        bounds.append(self.parse_lifetime())
                        if not self.eat("+"):
                            break
                params.append(ast.GenericParam("lifetime", ast.Ident(lt.name, lt.span), bounds, None, None,
                                               self.span_from(plo), self.next_id(), attrs))
            elif self.eat_kw("const"):
                ident = self.parse_ident()
                self.expect(":")
                ty = self.parse_ty()
                default = None
                if self.eat("="):
                    default = self.parse_block_expr() if self.is_p("{") else self.parse_expr_prefix()
                params.append(ast.GenericParam("const", ident, [], default, ty, self.span_from(plo),
                                               self.next_id(), attrs))
            else:
                ident = self.parse_ident()
                bounds = self.parse_bounds() if self.eat(":") else []
                default = self.parse_ty() if self.eat("=") else None
                params.append(ast.GenericParam("type", ident, bounds, default, None, self.span_from(plo),
                                               self.next_id(), attrs))
            if not self.eat(","):
                break
        self.expect_split(">")
        return ast.Generics(params, [], self.span_from(lo))

    def parse_where_clause(self) -> list[ast.WherePredicate]:
        preds = []
        if not self.eat_kw("where"):
            return preds
        while True:
            plo = self.tok.span
            if self.tok.kind == "lifetime":
                lt = self.parse_lifetime()
                self.expect(":")
                bounds = []
                while self.tok.kind == "lifetime":
                    bounds.append(self.parse_lifetime())
                    if not self.eat("+"):
                        break
                preds.append(ast.WherePredicate(None, lt, bounds, [], self.span_from(plo)))
            elif self.can_begin_type():
                for_lts = []
                if self.is_kw("for") and self.is_p("<", self.look()):
                    self.bump()
                    self.bump()
                    while self.tok.kind == "lifetime":
                        for_lts.append(self.parse_lifetime())
                        if not self.eat(","):
                            break
                    self.expect_split(">")
                ty = self.parse_ty_no_plus()
                self.expect(":")
                bounds = self.parse_bounds()
                preds.append(ast.WherePredicate(ty, None, bounds, for_lts, self.span_from(plo)))
            else:
                break
            if not self.eat(","):
                break
        return preds

    def can_begin_type(self) -> bool:
        t = self.tok
        return (self.is_path_start_ident() or self.is_kw("for") or self.is_kw("dyn") or self.is_kw("impl")
                or self.is_kw("fn") or self.is_kw("_")
                or (t.kind == "punct" and t.text in ("(", "[", "&", "&&", "*", "<", "<<", "::", "!")))

    # -- structs, enums -------------------------------------------------------------
    def parse_struct(self, cls):
        ident = self.parse_ident()
        generics = self.parse_generics()
        if self.is_p("("):
            fields = self.parse_tuple_fields()
            generics.where_clause = self.parse_where_clause()
            self.expect(";")
            return cls(ident, generics, ast.VariantData("tuple", fields))
        generics.where_clause = self.parse_where_clause()
        if self.eat(";"):
            return cls(ident, generics, ast.VariantData("unit", []))
        fields = self.parse_named_fields(ident, "union" if cls is ast.Union_ else "struct")
        return cls(ident, generics, ast.VariantData("struct", fields))

    def parse_tuple_fields(self) -> list[ast.FieldDef]:
        self.expect("(")
        fields = []
        while not self.check(")"):
            flo = self.tok.span
            attrs = self.parse_outer_attrs()
            vis = self.parse_visibility()
            ty = self.parse_ty()
            fields.append(ast.FieldDef(None, ty, vis, self.span_from(flo), self.next_id(), attrs))
            if not self.eat(","):
                break
        self.expect(")")
        return fields

    def parse_named_fields(self, owner: ast.Ident | None = None, adt: str = "struct") -> list[ast.FieldDef]:
        self.expect("{")
        fields = []
        while not self.check("}"):
            flo = self.tok.span
            attrs = self.parse_outer_attrs()
            vis = self.parse_visibility()
            ident = self.parse_ident()
            self.expect(":")
            ty = self.parse_ty()
            fields.append(ast.FieldDef(ident, ty, vis, self.span_from(flo), self.next_id(), attrs))
            if self.eat(","):
                continue
            if self.is_p("}"):
                break
            # rustc's `parse_single_struct_field` recoveries
            if self.is_p(";"):
                sp = self.bump().span
                d = self.error(f"{adt} fields are separated by `,`", sp)
                d.help("replace `;` with `,`", suggestions=[sugg(sp, ",", "HideCodeInline")])
                if owner is not None:
                    d.secondary(owner.span, f"while parsing this {adt}")
                self.emit(d)
                continue
            sp = self.prev_span.shrink_to_hi()
            d = self.error(f"expected `,`, or `}}`, found {self.descr()}", sp)
            if self.is_ident() or (self.is_p("#") and self.is_p("[", self.look())):
                d.help("try adding a comma", suggestions=[sugg(sp, ",")])
                self.emit(d)
                continue
            raise ParseError(d)
        self.expect("}")
        return fields

    def parse_enum(self) -> ast.Enum:
        ident = self.parse_ident()
        generics = self.parse_generics()
        generics.where_clause = self.parse_where_clause()
        self.expect("{")
        variants = []
        while not self.check("}"):
            vlo = self.tok.span
            attrs = self.parse_outer_attrs()
            self.parse_visibility()
            variants.append(self.parse_variant(vlo, attrs))
            if not self.comma_or_close("}", lambda: variants.append(
                    self.parse_variant(self.tok.span, self.parse_outer_attrs()))):
                break
        self.expect("}")
        return ast.Enum(ident, generics, variants)

    def parse_variant(self, vlo, attrs) -> ast.Variant:
        self.parse_visibility()
        vident = self.parse_ident()
        if self.check("{"):
            data = ast.VariantData("struct", self.parse_named_fields(vident, "enum"))
        elif self.check("("):
            data = ast.VariantData("tuple", self.parse_tuple_fields())
        else:
            data = ast.VariantData("unit", [])
        disc = self.parse_expr() if self.eat("=") else None
        return ast.Variant(vident, data, disc, self.span_from(vlo), self.next_id(), attrs)

    # -- impls, traits ----------------------------------------------------------------
    def parse_impl(self) -> ast.Impl:
        generics = ast.Generics([], [], self.prev_span.shrink_to_hi())
        if self.is_p("<") and not (self.is_p("<", self.look()) and False):
            generics = self.parse_generics()
        bang = self.tok.span
        negative = self.eat("!")
        ty = self.parse_ty_no_plus()
        trait_ = None
        if self.eat_kw("for"):
            if isinstance(ty.kind, ast.TyPath):
                trait_ = ty.kind.path
            if negative:
                d = Diagnostic.error("negative trait bounds are not fully implemented; use marker "
                                     "types for now", bang.to(ty.span), code="E0658")
                d.note("see issue #68318 <https://github.com/rust-lang/rust/issues/68318> for more "
                       "information")
                self.emit(d)
            ty = self.parse_ty_no_plus()
        generics.where_clause = self.parse_where_clause()
        items = self.parse_assoc_items()
        return ast.Impl(generics, trait_, negative, ty, items)

    def parse_trait(self) -> ast.Trait:
        ident = self.parse_ident()
        generics = self.parse_generics()
        supers = self.parse_bounds() if self.eat(":") else []
        generics.where_clause = self.parse_where_clause()
        items = self.parse_assoc_items()
        return ast.Trait(ident, generics, supers, items)

    def parse_assoc_items(self) -> list[ast.Item]:
        self.expect("{")
        self.parse_inner_attrs()
        items = self.parse_items_until("}")
        self.expect("}")
        return items

    def parse_type_alias(self) -> ast.TyAlias:
        ident = self.parse_ident()
        generics = self.parse_generics()
        bounds = self.parse_bounds() if self.eat(":") else []
        generics.where_clause = self.parse_where_clause()
        ty = self.parse_ty() if self.eat("=") else None
        self.expect(";")
        return ast.TyAlias(ident, generics, bounds, ty)

    # -- use ------------------------------------------------------------------------
    def parse_use_tree(self) -> ast.UseTree:
        lo = self.tok.span
        segs = []
        global_ = False
        if self.eat("::"):
            global_ = True
        while True:
            if self.is_p("*"):
                self.bump()
                return ast.UseTree(ast.Path(segs, self.span_from(lo), global_), "glob", None, [],
                                   self.span_from(lo))
            if self.is_p("{"):
                self.bump()
                nested = []
                while not self.check("}"):
                    nested.append(self.parse_use_tree())
                    if not self.eat(","):
                        break
                self.expect("}")
                return ast.UseTree(ast.Path(segs, self.span_from(lo), global_), "nested", None, nested,
                                   self.span_from(lo))
            seg = self.parse_path_segment("mod")
            segs.append(seg)
            if self.eat("::"):
                continue
            break
        path = ast.Path(segs, self.span_from(lo), global_)
        rename = None
        if self.eat_kw("as"):
            if self.is_kw("_"):
                rename = ast.Ident("_", self.bump().span)
            else:
                rename = self.parse_ident()
        return ast.UseTree(path, "simple", rename, [], self.span_from(lo))

    # -- item lists with recovery --------------------------------------------------------
    def parse_items_until(self, close: str | None) -> list[ast.Item]:
        items = []
        while True:
            if close is not None and self.is_p(close):
                return items
            if self.tok.kind == "eof":
                return items
            start = self.pos
            if self.is_p("#") and self.is_p("!", self.look()) and self.is_p("[", self.look(2)):
                self.parse_outer_attrs()     # reports the misplaced inner attribute
                continue
            try:
                items.append(self.parse_item())
            except ParseError as e:
                self.emit(e.diag)
                self.recover_item(close)
                if self.pos == start:
                    self.bump()

    def recover_item(self, close: str | None) -> None:
        """Skip to the start of the next item: past a `;` or a `{...}` at depth 0, or to
        an item keyword at the start of a line."""
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


def _literal_type(expr) -> str | None:
    if expr is None or not isinstance(expr.kind, ast.ExprLit):
        return None
    lit = expr.kind.lit
    if lit.suffix:
        return lit.suffix
    return {"int": "i32", "float": "f64", "str": "&str", "bool": "bool", "char": "char",
            "byte": "u8"}.get(lit.kind)


def ast_sugg(span: Span, text: str):
    from ..diagnostics.model import Suggestion
    return Suggestion(span, text, "HasPlaceholders")
