"""The AST printer: any AST back to Rust source, in rustc's pretty-printer style
(`rustc_ast_pretty::pprust`): four-space indentation, `a + b`, `f(a, b)`,
`S { a: 1, b }`, `&mut x`, `x as T`, one statement per line.

The printer adds no parentheses of its own: the parser keeps the ones written in
the source (`ExprParen`, `TyParen`, `PatParen`), so printing a parsed tree and
parsing the text again gives the same tree (`tests/syntax/test_printer.py`).
Token trees (macro arguments, attribute arguments) keep their source spacing
(a space wherever the source had whitespace), which also re-lexes identically.

    crate_to_string(crate) / item_to_string(item) / expr_to_string(expr)
    ty_to_string(ty) / pat_to_string(pat) / stmt_to_string(stmt) / path_to_string(path)
"""

from __future__ import annotations

from . import ast

__all__ = ["crate_to_string", "item_to_string", "expr_to_string", "ty_to_string",
           "pat_to_string", "stmt_to_string", "path_to_string", "tts_to_string", "Printer"]

INDENT = "    "
_CLOSE = {"(": ")", "[": "]", "{": "}"}


def crate_to_string(crate: ast.Crate) -> str:
    return Printer().crate(crate)


def item_to_string(item: ast.Item) -> str:
    return Printer().item(item, 0)


def expr_to_string(e: ast.Expr) -> str:
    return Printer().expr(e, 0)


def stmt_to_string(s: ast.Stmt) -> str:
    return Printer().stmt(s, 0)


def ty_to_string(t: ast.Ty) -> str:
    return Printer().ty(t)


def pat_to_string(p: ast.Pat) -> str:
    return Printer().pat(p)


def path_to_string(p: ast.Path, style: str = "expr") -> str:
    return Printer().path(p, style)


def tts_to_string(trees: list) -> str:
    return Printer().tts(trees, 0)


class Printer:
    # -- crate, attributes ------------------------------------------------------
    def crate(self, c: ast.Crate) -> str:
        out = [self.attr(a, 0) + "\n" for a in c.attrs]
        if c.attrs and c.items:
            out.append("\n")
        out.append("\n".join(self.item(i, 0) + "\n" for i in c.items))
        return "".join(out)

    def attr(self, a: ast.Attribute, ind: int) -> str:
        if a.is_doc_comment:
            doc = a.doc or ""
            if "\n" in doc or doc.endswith("\r"):
                return ("/*!" if a.inner else "/**") + doc + "*/"
            return ("//!" if a.inner else "///") + doc
        s = "#!" if a.inner else "#"
        body = self.path(a.path, "mod")
        if a.args is not None:
            body += self.delimited(a.args, ind)
        elif a.eq_value is not None:
            body += " = " + self.expr(a.eq_value, ind)
        return f"{s}[{body}]"

    def attrs_prefix(self, attrs: list[ast.Attribute], ind: int, inline: bool = False) -> str:
        """Outer attributes, each on its own line (or inline, for expressions)."""
        out = []
        for a in attrs:
            text = self.attr(a, ind)
            if inline and not a.is_doc_comment:
                out.append(text + " ")
            else:
                out.append(text + "\n" + INDENT * ind)
        return "".join(out)

    # -- token trees --------------------------------------------------------------
    def token(self, t: ast.Token) -> str:
        if t.kind == "ident":
            return ("r#" + t.text) if t.raw else t.text
        return t.text

    def tts(self, trees: list, ind: int) -> str:
        out: list[str] = []
        n = len(trees)
        for i, tt in enumerate(trees):
            if isinstance(tt, ast.Delimited):
                out.append(self.delimited(tt, ind))
                # after a closing delimiter: a space unless the next tree is punctuation
                if i + 1 < n:
                    nxt = trees[i + 1]
                    if not (isinstance(nxt, ast.Token) and nxt.kind == "punct" and
                            nxt.text in (",", ";", ".", "?")):
                        out.append(" ")
                continue
            out.append(self.token(tt))
            if tt.kind == "doc":
                if tt.text.startswith("//"):
                    out.append("\n" + INDENT * ind)
                elif i + 1 < n:
                    out.append(" ")
            elif i + 1 < n and not (tt.joint and not isinstance(trees[i + 1], ast.Delimited)):
                out.append(" ")
        return "".join(out)

    def delimited(self, d: ast.Delimited, ind: int) -> str:
        inner = self.tts(d.trees, ind + 1)
        if d.delim == "{" and inner:
            return "{ " + inner + " }"
        return d.delim + inner + _CLOSE[d.delim]

    def mac(self, m: ast.MacCall, ind: int) -> str:
        return self.path(m.path, "mod") + "!" + self.delimited(m.args, ind)

    # -- paths --------------------------------------------------------------------
    def path(self, p: ast.Path, style: str = "expr", segs: list | None = None) -> str:
        segs = p.segments if segs is None else segs
        s = "::".join(self.segment(sg, style) for sg in segs)
        return ("::" + s) if p.global_ else s

    def segment(self, sg: ast.PathSegment, style: str) -> str:
        name = sg.ident.name
        if sg.args is None:
            return name
        return name + ("::" if style == "expr" else "") + self.generic_args(sg.args)

    def qpath(self, qself: ast.QSelf | None, p: ast.Path, style: str) -> str:
        if qself is None:
            return self.path(p, style)
        segs = p.segments
        trait = segs[:qself.position]
        rest = segs[qself.position:]
        head = "<" + self.ty(qself.ty)
        if trait:
            head += " as " + "::".join(self.segment(s, "type") for s in trait)
        head += ">"
        return head + "::" + "::".join(self.segment(s, style) for s in rest)

    def generic_args(self, ga: ast.GenericArgs) -> str:
        if ga.parenthesized:
            s = "(" + ", ".join(self.ty(t) for t in ga.args) + ")"
            if ga.output is not None:
                s += " -> " + self.ty(ga.output)
            return s
        parts = [self.generic_arg(a) for a in ga.args]
        for c in ga.constraints:
            if c.ty is not None:
                parts.append(f"{c.ident.name} = {self.ty(c.ty)}")
            else:
                parts.append(f"{c.ident.name}: {self.bounds(c.bounds)}")
        return "<" + ", ".join(parts) + ">"

    def generic_arg(self, a) -> str:
        if isinstance(a, ast.Lifetime):
            return a.name
        if isinstance(a, ast.Ty):
            return self.ty(a)
        return self.expr(a, 0)

    # -- types ----------------------------------------------------------------------
    def ty(self, t: ast.Ty) -> str:
        k = t.kind
        if isinstance(k, ast.TyPath):
            return self.qpath(k.qself, k.path, "type")
        if isinstance(k, ast.TyRef):
            s = "&"
            if k.lifetime is not None:
                s += k.lifetime.name + " "
            if k.mutable:
                s += "mut "
            return s + self.ty(k.ty)
        if isinstance(k, ast.TyPtr):
            return ("*mut " if k.mutable else "*const ") + self.ty(k.ty)
        if isinstance(k, ast.TyTuple):
            if len(k.elems) == 1:
                return "(" + self.ty(k.elems[0]) + ",)"
            return "(" + ", ".join(self.ty(e) for e in k.elems) + ")"
        if isinstance(k, ast.TyArray):
            return f"[{self.ty(k.elem)}; {self.expr(k.len, 0)}]"
        if isinstance(k, ast.TySlice):
            return f"[{self.ty(k.elem)}]"
        if isinstance(k, ast.TyNever):
            return "!"
        if isinstance(k, ast.TyInfer):
            return "_"
        if isinstance(k, ast.TyParen):
            return "(" + self.ty(k.ty) + ")"
        if isinstance(k, ast.TyFn):
            s = ""
            if k.unsafe:
                s += "unsafe "
            if k.abi is not None:
                s += f'extern "{k.abi}" '
            s += "fn(" + ", ".join(self.ty(p) for p in k.params) + ")"
            if k.ret is not None:
                s += " -> " + self.ty(k.ret)
            return s
        if isinstance(k, ast.TyImplTrait):
            return "impl " + self.bounds(k.bounds)
        if isinstance(k, ast.TyTraitObject):
            # A bare object of one path (`Self +`) keeps its `+`, or it would reparse as a path.
            tail = " +" if not k.dyn and len(k.bounds) == 1 \
                and isinstance(k.bounds[0], ast.TraitBound) else ""
            return ("dyn " if k.dyn else "") + self.bounds(k.bounds) + tail
        if isinstance(k, ast.TyMacCall):
            return self.mac(k.mac, 0)
        raise TypeError(f"cannot print type {type(k).__name__}")

    def bounds(self, bounds: list) -> str:
        return " + ".join(self.bound(b) for b in bounds)

    def bound(self, b) -> str:
        if isinstance(b, ast.Lifetime):
            return b.name
        s = ""
        if b.for_lifetimes:
            s += "for<" + ", ".join(l.name for l in b.for_lifetimes) + "> "
        if b.maybe:
            s += "?"
        return s + self.path(b.path, "type")

    # -- generics -------------------------------------------------------------------
    def generics(self, g: ast.Generics) -> str:
        if not g.params:
            return ""
        return "<" + ", ".join(self.generic_param(p) for p in g.params) + ">"

    def generic_param(self, p: ast.GenericParam) -> str:
        s = self.attrs_prefix(p.attrs, 0, inline=True)
        if p.kind == "const":
            s += f"const {p.ident.name}: {self.ty(p.const_ty)}"
            if p.default is not None:
                s += " = " + self.expr(p.default, 0)
            return s
        s += p.ident.name
        if p.bounds:
            s += ": " + self.bounds(p.bounds)
        if p.default is not None:
            s += " = " + self.ty(p.default)
        return s

    def where_clause(self, preds: list[ast.WherePredicate]) -> str:
        if not preds:
            return ""
        parts = []
        for w in preds:
            if w.lifetime is not None:
                parts.append(w.lifetime.name + ": " + self.bounds(w.bounds))
            else:
                s = ""
                if w.for_lifetimes:
                    s = "for<" + ", ".join(l.name for l in w.for_lifetimes) + "> "
                parts.append(s + self.ty(w.bounded_ty) + ": " + self.bounds(w.bounds))
        return " where " + ", ".join(parts)

    # -- items ------------------------------------------------------------------------
    def vis(self, v: ast.Visibility) -> str:
        if v.kind == "inherited":
            return ""
        if v.kind == "pub":
            return "pub "
        if v.kind == "in":
            return f"pub(in {self.path(v.path, 'mod')}) "
        return f"pub({v.kind}) "

    def item(self, it: ast.Item, ind: int) -> str:
        head = self.attrs_prefix(it.attrs, ind) + self.vis(it.vis)
        return head + self.item_kind(it.kind, ind)

    def item_kind(self, k, ind: int) -> str:
        if isinstance(k, ast.Fn):
            return self.fn(k, ind)
        if isinstance(k, (ast.Struct, ast.Union_)):
            kw = "struct" if isinstance(k, ast.Struct) else "union"
            return f"{kw} {k.ident.name}{self.generics(k.generics)}" + \
                self.variant_data(k.data, ind, k.generics.where_clause, True)
        if isinstance(k, ast.Enum):
            s = f"enum {k.ident.name}{self.generics(k.generics)}{self.where_clause(k.generics.where_clause)}"
            if not k.variants:
                return s + " {}"
            body = []
            for v in k.variants:
                line = self.attrs_prefix(v.attrs, ind + 1) + v.ident.name + \
                    self.variant_data(v.data, ind + 1, [], False)
                if v.discriminant is not None:
                    line += " = " + self.expr(v.discriminant, ind + 1)
                body.append(INDENT * (ind + 1) + line + ",\n")
            return s + " {\n" + "".join(body) + INDENT * ind + "}"
        if isinstance(k, ast.Impl):
            s = ("unsafe " if k.unsafe else "") + "impl" + self.generics(k.generics) + " "
            if k.trait_ is not None:
                s += ("!" if k.negative else "") + self.path(k.trait_, "type") + " for "
            s += self.ty(k.self_ty) + self.where_clause(k.generics.where_clause)
            return s + self.item_body(k.items, [], ind)
        if isinstance(k, ast.Trait):
            s = ("unsafe " if k.unsafe else "") + ("auto " if k.auto else "") + \
                f"trait {k.ident.name}{self.generics(k.generics)}"
            if k.supertraits:
                s += ": " + self.bounds(k.supertraits)
            s += self.where_clause(k.generics.where_clause)
            return s + self.item_body(k.items, [], ind)
        if isinstance(k, ast.TyAlias):
            s = f"type {k.ident.name}{self.generics(k.generics)}"
            if k.bounds:
                s += ": " + self.bounds(k.bounds)
            s += self.where_clause(k.generics.where_clause)
            if k.ty is not None:
                s += " = " + self.ty(k.ty)
            return s + ";"
        if isinstance(k, ast.Const):
            s = f"const {k.ident.name}"
            if k.ty is not None:
                s += ": " + self.ty(k.ty)
            if k.expr is not None:
                s += " = " + self.expr(k.expr, ind)
            return s + ";"
        if isinstance(k, ast.Static):
            s = "static " + ("mut " if k.mutable else "") + f"{k.ident.name}: {self.ty(k.ty)}"
            if k.expr is not None:
                s += " = " + self.expr(k.expr, ind)
            return s + ";"
        if isinstance(k, ast.Mod):
            if k.items is None:
                return f"mod {k.ident.name};"
            return f"mod {k.ident.name}" + self.item_body(k.items, k.inner_attrs, ind)
        if isinstance(k, ast.Use):
            return "use " + self.use_tree(k.tree) + ";"
        if isinstance(k, ast.ExternCrate):
            s = f"extern crate {k.name.name}"
            if k.rename is not None:
                s += f" as {k.rename.name}"
            return s + ";"
        if isinstance(k, ast.MacroRules):
            body = self.delimited(k.body, ind)
            return f"macro_rules! {k.ident.name} {body}" + ("" if k.body.delim == "{" else ";")
        if isinstance(k, ast.ItemMacCall):
            return self.mac(k.mac, ind) + ("" if k.mac.args.delim == "{" else ";")
        if isinstance(k, ast.ForeignMod):
            s = ("unsafe " if k.unsafe else "") + "extern " + (f'"{k.abi}"' if k.abi is not None else "")
            return s.rstrip() + self.item_body(k.items, [], ind)
        raise TypeError(f"cannot print item {type(k).__name__}")

    def item_body(self, items: list, inner_attrs: list, ind: int) -> str:
        if not items and not inner_attrs:
            return " {}"
        lines = [INDENT * (ind + 1) + self.attr(a, ind + 1) + "\n" for a in inner_attrs]
        lines += [INDENT * (ind + 1) + self.item(i, ind + 1) + "\n" for i in items]
        return " {\n" + "".join(lines) + INDENT * ind + "}"

    def variant_data(self, d: ast.VariantData, ind: int, where: list, is_item: bool) -> str:
        if d.kind == "unit":
            return self.where_clause(where) + (";" if is_item else "")
        if d.kind == "tuple":
            fields = ", ".join(self.attrs_prefix(f.attrs, ind, inline=True) + self.vis(f.vis) +
                               self.ty(f.ty) for f in d.fields)
            return f"({fields})" + self.where_clause(where) + (";" if is_item else "")
        s = self.where_clause(where)
        if not d.fields:
            return s + " {}"
        body = "".join(INDENT * (ind + 1) + self.attrs_prefix(f.attrs, ind + 1) + self.vis(f.vis) +
                       f"{f.ident.name}: {self.ty(f.ty)},\n" for f in d.fields)
        return s + " {\n" + body + INDENT * ind + "}"

    def fn(self, f: ast.Fn, ind: int) -> str:
        sig = f.sig
        s = ""
        if sig.const:
            s += "const "
        if sig.async_:
            s += "async "
        if sig.unsafe:
            s += "unsafe "
        if sig.safe:
            s += "safe "
        if sig.abi is not None and not sig.foreign:     # (a foreign one's is its block's)
            s += f'extern "{sig.abi}" '
        s += f"fn {f.ident.name}{self.generics(f.generics)}("
        params = []
        if sig.self_param is not None:
            params.append(self.self_param(sig.self_param))
        for p in sig.params:
            params.append(self.attrs_prefix(p.attrs, ind, inline=True) +
                          f"{self.pat(p.pat)}: {self.ty(p.ty)}")
        if sig.variadic:
            params.append("...")
        s += ", ".join(params) + ")"
        if sig.ret is not None:
            s += " -> " + self.ty(sig.ret)
        s += self.where_clause(f.generics.where_clause)
        if f.body is None:
            return s + ";"
        return s + " " + self.block(f.body, ind)

    def self_param(self, sp: ast.SelfParam) -> str:
        if sp.kind == "ref":
            s = "&"
            if sp.lifetime is not None:
                s += sp.lifetime.name + " "
            return s + ("mut " if sp.mutable else "") + "self"
        s = ("mut " if sp.mutable else "") + "self"
        if sp.kind == "explicit":
            s += ": " + self.ty(sp.ty)
        return s

    def use_tree(self, t: ast.UseTree) -> str:
        prefix = self.path(t.prefix, "mod") if t.prefix.segments else ("::" if t.prefix.global_ else "")
        if t.kind == "simple":
            s = prefix
            if t.rename is not None:
                s += " as " + t.rename.name
            return s
        sep = "::" if t.prefix.segments else ""
        if t.kind == "glob":
            return prefix + sep + "*"
        return prefix + sep + "{" + ", ".join(self.use_tree(n) for n in t.nested) + "}"

    # -- blocks and statements ---------------------------------------------------------
    def block(self, b: ast.Block, ind: int) -> str:
        head = "unsafe " if b.unsafe else ""
        if not b.stmts:
            return head + "{}"
        lines = [INDENT * (ind + 1) + self.stmt(s, ind + 1) + "\n" for s in b.stmts]
        return head + "{\n" + "".join(lines) + INDENT * ind + "}"

    def stmt(self, st: ast.Stmt, ind: int) -> str:
        k = st.kind
        if isinstance(k, ast.StmtLet):
            s = self.attrs_prefix(k.attrs, ind) + "let " + self.pat(k.pat)
            if k.ty is not None:
                s += ": " + self.ty(k.ty)
            if k.init is not None:
                s += " = " + self.expr(k.init, ind)
            if k.else_ is not None:
                s += " else " + self.block(k.else_, ind)
            return s + ";"
        if isinstance(k, ast.StmtItem):
            return self.item(k.item, ind)
        if isinstance(k, ast.StmtExpr):
            return self.expr(k.expr, ind) + (";" if k.semi else "")
        if isinstance(k, ast.StmtEmpty):
            return ";"
        if isinstance(k, ast.StmtMacCall):
            return self.attrs_prefix(k.attrs, ind) + self.mac(k.mac, ind) + (";" if k.semi else "")
        raise TypeError(f"cannot print statement {type(k).__name__}")

    # -- expressions ----------------------------------------------------------------------
    def expr(self, e: ast.Expr, ind: int) -> str:
        s = self.expr_kind(e.kind, ind)
        if e.attrs:
            return self.attrs_prefix(e.attrs, ind, inline=True) + s
        return s

    def exprs(self, es: list, ind: int) -> str:
        return ", ".join(self.expr(x, ind) for x in es)

    def lit(self, lit: ast.Lit) -> str:
        sym, suf = lit.symbol, lit.suffix or ""
        return sym if sym.endswith(suf) else sym + suf

    def label(self, lt: ast.Lifetime | None) -> str:
        return "" if lt is None else lt.name + ": "

    def expr_kind(self, k, ind: int) -> str:
        if isinstance(k, ast.ExprLit):
            return self.lit(k.lit)
        if isinstance(k, ast.ExprPath):
            return self.qpath(k.qself, k.path, "expr")
        if isinstance(k, ast.ExprUnary):
            return k.op + self.expr(k.expr, ind)
        if isinstance(k, ast.ExprBinary):
            return f"{self.expr(k.lhs, ind)} {k.op} {self.expr(k.rhs, ind)}"
        if isinstance(k, ast.ExprAssign):
            return f"{self.expr(k.lhs, ind)} = {self.expr(k.rhs, ind)}"
        if isinstance(k, ast.ExprAssignOp):
            return f"{self.expr(k.lhs, ind)} {k.op}= {self.expr(k.rhs, ind)}"
        if isinstance(k, ast.ExprCast):
            return f"{self.expr(k.expr, ind)} as {self.ty(k.ty)}"
        if isinstance(k, ast.ExprTypeAscription):
            return f"type_ascribe!({self.expr(k.expr, ind)}, {self.ty(k.ty)})"
        if isinstance(k, ast.ExprAddrOf):
            if k.raw:
                return ("&raw mut " if k.mutable else "&raw const ") + self.expr(k.expr, ind)
            return ("&mut " if k.mutable else "&") + self.expr(k.expr, ind)
        if isinstance(k, ast.ExprCall):
            return f"{self.expr(k.func, ind)}({self.exprs(k.args, ind)})"
        if isinstance(k, ast.ExprMethodCall):
            return f"{self.expr(k.receiver, ind)}.{self.segment(k.segment, 'expr')}({self.exprs(k.args, ind)})"
        if isinstance(k, ast.ExprField):
            return f"{self.expr(k.expr, ind)}.{k.ident.name}"
        if isinstance(k, ast.ExprIndex):
            return f"{self.expr(k.expr, ind)}[{self.expr(k.index, ind)}]"
        if isinstance(k, ast.ExprTry):
            return self.expr(k.expr, ind) + "?"
        if isinstance(k, ast.ExprAwait):
            return self.expr(k.expr, ind) + ".await"
        if isinstance(k, ast.ExprTuple):
            if len(k.elems) == 1:
                return f"({self.expr(k.elems[0], ind)},)"
            return f"({self.exprs(k.elems, ind)})"
        if isinstance(k, ast.ExprArray):
            return f"[{self.exprs(k.elems, ind)}]"
        if isinstance(k, ast.ExprRepeat):
            return f"[{self.expr(k.elem, ind)}; {self.expr(k.count, ind)}]"
        if isinstance(k, ast.ExprStruct):
            parts = []
            for f in k.fields:
                if f.shorthand:
                    parts.append(self.attrs_prefix(f.expr.attrs, ind, inline=True) + f.ident.name)
                else:
                    parts.append(f"{f.ident.name}: {self.expr(f.expr, ind)}")
            if k.base is not None:
                base = self.expr(k.base, ind)     # (`.. ..x`: `....x` would lex as `...`)
                parts.append(".." + (" " + base if base.startswith(".") else base))
            elif k.rest:
                parts.append("..")
            head = self.qpath(k.qself, k.path, "expr")
            if not parts:
                return head + " {}"
            return head + " { " + ", ".join(parts) + " }"
        if isinstance(k, ast.ExprParen):
            return f"({self.expr(k.expr, ind)})"
        if isinstance(k, ast.ExprBlock):
            return self.label(k.label) + self.block(k.block, ind)
        if isinstance(k, ast.ExprIf):
            s = f"if {self.expr(k.cond, ind)} {self.block(k.then, ind)}"
            if k.else_ is not None:
                s += " else " + self.expr(k.else_, ind)
            return s
        if isinstance(k, ast.ExprLet):
            return f"let {self.pat(k.pat)} = {self.expr(k.expr, ind)}"
        if isinstance(k, ast.ExprWhile):
            return f"{self.label(k.label)}while {self.expr(k.cond, ind)} {self.block(k.body, ind)}"
        if isinstance(k, ast.ExprLoop):
            return f"{self.label(k.label)}loop {self.block(k.body, ind)}"
        if isinstance(k, ast.ExprForLoop):
            return (f"{self.label(k.label)}for {self.pat(k.pat)} in {self.expr(k.iter, ind)} "
                    f"{self.block(k.body, ind)}")
        if isinstance(k, ast.ExprMatch):
            head = f"match {self.expr(k.scrutinee, ind)} "
            if not k.arms:
                return head + "{}"
            arms = []
            for a in k.arms:
                s = self.attrs_prefix(a.attrs, ind + 1) + self.pat(a.pat)
                if a.guard is not None:
                    s += " if " + self.expr(a.guard, ind + 1)
                s += " => " + self.expr(a.body, ind + 1) + ","
                arms.append(INDENT * (ind + 1) + s + "\n")
            return head + "{\n" + "".join(arms) + INDENT * ind + "}"
        if isinstance(k, ast.ExprClosure):
            params = []
            for p in k.params:
                s = self.pat(p.pat)
                if p.ty is not None:
                    s += ": " + self.ty(p.ty)
                params.append(s)
            s = ("move " if k.move else "") + "|" + ", ".join(params) + "|"
            if k.ret is not None:
                s += " -> " + self.ty(k.ret)
            return s + " " + self.expr(k.body, ind)
        if isinstance(k, ast.ExprBreak):
            s = "break"
            if k.label is not None:
                s += " " + k.label.name
            if k.value is not None:
                s += " " + self.expr(k.value, ind)
            return s
        if isinstance(k, ast.ExprContinue):
            return "continue" + ("" if k.label is None else " " + k.label.name)
        if isinstance(k, ast.ExprReturn):
            return "return" + ("" if k.value is None else " " + self.expr(k.value, ind))
        if isinstance(k, ast.ExprRange):
            s = self.expr(k.lo, ind) if k.lo is not None else ""
            if s.endswith("."):
                s += " "        # `1. ..2`: `1...2` would lex as `1.` `...`
            s += "..=" if k.inclusive else ".."
            if k.hi is not None:
                hi = self.expr(k.hi, ind)
                # `0.. ..3`: without the space the dots would lex as `...`.
                s += (" " + hi) if hi.startswith(".") else hi
            return s
        if isinstance(k, ast.ExprAsync):
            return "async " + ("move " if k.move else "") + self.block(k.block, ind)
        if isinstance(k, ast.ExprUnsafe):
            return "unsafe " + self.block(k.block, ind)
        if isinstance(k, ast.ExprMacCall):
            return self.mac(k.mac, ind)
        if isinstance(k, ast.ExprUnderscore):
            return "_"
        if isinstance(k, ast.ExprErr):
            return "(/*ERROR*/)"
        if isinstance(k, ast.ExprFormatArgs):
            return "format_args!(" + ", ".join([repr_str("{}".join(k.pieces))] +
                                               [self.expr(a, ind) for a in k.args]) + ")"
        if isinstance(k, ast.ExprBuiltinMacro):
            args = [self.expr(a, ind) for a in k.args]
            if k.fmt is not None:
                args.append(self.expr_kind(k.fmt, ind))
            return f"{k.name}!({', '.join(args)})"
        raise TypeError(f"cannot print expression {type(k).__name__}")

    # -- patterns ----------------------------------------------------------------------
    def pat(self, p: ast.Pat) -> str:
        k = p.kind
        if isinstance(k, ast.PatWild):
            return "_"
        if isinstance(k, ast.PatIdent):
            s = ("ref " if k.by_ref else "") + ("mut " if k.mutable else "") + k.ident.name
            if k.sub is not None:
                s += " @ " + self.pat(k.sub)
            return s
        if isinstance(k, ast.PatLit):
            return self.expr(k.expr, 0)
        if isinstance(k, ast.PatRange):
            s = self.expr(k.lo, 0) if k.lo is not None else ""
            s += "..=" if k.inclusive else ".."
            if k.hi is not None:
                s += self.expr(k.hi, 0)
            return s
        if isinstance(k, ast.PatTuple):
            if len(k.elems) == 1 and not isinstance(k.elems[0].kind, ast.PatRest):
                return f"({self.pat(k.elems[0])},)"
            return "(" + ", ".join(self.pat(x) for x in k.elems) + ")"
        if isinstance(k, ast.PatRest):
            return ".."
        if isinstance(k, ast.PatPath):
            return self.qpath(k.qself, k.path, "expr")
        if isinstance(k, ast.PatTupleStruct):
            return self.qpath(k.qself, k.path, "expr") + "(" + ", ".join(self.pat(x) for x in k.elems) + ")"
        if isinstance(k, ast.PatStruct):
            parts = []
            for f in k.fields:
                if f.shorthand:
                    parts.append(self.pat(f.pat))
                else:
                    parts.append(f"{f.ident.name}: {self.pat(f.pat)}")
            if k.rest:
                parts.append("..")
            head = self.qpath(k.qself, k.path, "expr")
            if not parts:
                return head + " {}"
            return head + " { " + ", ".join(parts) + " }"
        if isinstance(k, ast.PatSlice):
            return "[" + ", ".join(self.pat(x) for x in k.elems) + "]"
        if isinstance(k, ast.PatRef):
            return ("&mut " if k.mutable else "&") + self.pat(k.pat)
        if isinstance(k, ast.PatOr):
            return " | ".join(self.pat(x) for x in k.alts)
        if isinstance(k, ast.PatParen):
            return "(" + self.pat(k.pat) + ")"
        if isinstance(k, ast.PatMacCall):
            return self.mac(k.mac, 0)
        raise TypeError(f"cannot print pattern {type(k).__name__}")


def repr_str(s: str) -> str:
    """A string literal for `s`, escaped like rustc's `escape_debug`."""
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
