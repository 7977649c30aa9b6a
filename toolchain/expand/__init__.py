"""Macro expansion (rustc_expand + rustc_builtin_macros): cfg-stripping, `#[test]`
collection, and the built-in macros.

    expand_crate(crate, source, edition, cfg_test, ids) -> (crate, diagnostics, tests)

The crate is expanded in place (`MacCall` nodes replaced by their expansion) and
returned. It never raises: a toolchain bug becomes an internal-error diagnostic.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..diagnostics import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from .builtin import Expander, macro_name
from .cfg import CfgError, cfg_set, eval_cfg
from .format_string import literal_map
from .macro_spans import MacroSpan, item_lo
from .mbe_expand import ItemSplice, MacroRules, MacroScope, StmtSplice
from .walk import walk

__all__ = ["expand_crate", "TestDesc"]


@dataclass
class TestDesc:
    __test__ = False                # not a pytest test class
    name: str                       # "tests::adds"
    path: list[str]                 # ["tests", "adds"]
    fn_item_id: int
    span: Span
    should_panic: bool | str | None = None   # None, True, or the expected message
    ignore: bool = False
    ignore_reason: str | None = None
    ident_span: Span | None = None  # the function's name (libtest's "at FILE:L:C")


@dataclass
class _Ctx:
    modpath: tuple[str, ...] = ()
    in_fn: bool = False
    in_assoc: bool = False
    scope: MacroScope | None = None     # macro_rules! definitions in textual scope
    depth: int = 0                      # macro expansions around this node

def expand_crate(crate: ast.Crate, source, edition: str, cfg_test: bool, ids):
    diags: list[Diagnostic] = []
    tests: list[TestDesc] = []
    try:
        _CrateExpander(source, edition, cfg_test, ids, diags, tests).run(crate)
    except Exception as exc:  # a toolchain bug, never a user error
        from ..unsupported import internal_error
        diags.append(internal_error("macro expansion", exc))
    return crate, diags, tests


def _attr_named(attrs, name):
    return [a for a in attrs if not a.is_doc_comment and a.name == name]


def _attrs_of(el) -> list | None:
    if isinstance(el, ast.Stmt):
        k = el.kind
        if isinstance(k, (ast.StmtLet, ast.StmtMacCall)):
            return k.attrs
        if isinstance(k, ast.StmtExpr):
            return k.expr.attrs
        if isinstance(k, ast.StmtItem):
            return k.item.attrs
        return None
    a = getattr(el, "attrs", None)
    return a if isinstance(a, list) else None


class _CrateExpander:
    def __init__(self, source, edition, cfg_test, ids, diags, tests):
        self.source = source
        self.edition = edition
        self.cfg_test = cfg_test
        self.cfgs = cfg_set(cfg_test)
        self.ids = ids
        self.diags = diags
        self.tests = tests
        self.user_macros: set[str] = set()

    def run(self, crate: ast.Crate) -> None:
        # `#![cfg(...)]` on the crate itself.
        if not self.cfg_true(crate.attrs):
            crate.items[:] = []
            return
        self.mbe = MacroRules(self.source, self.edition, self.ids, self.diags)
        self._collect_macro_rules(crate)
        self.expander = Expander(self.source, self.edition, self.ids, self.diags, self.user_macros)
        walk(crate, self.enter, _Ctx(scope=MacroScope(None)), self.filter)
        if not self.mbe.fatal:      # before the definitions (and their attributes) go
            self.diags.extend(self.mbe.unused(crate))
        if self.mbe.spliced:
            walk(crate, lambda n, c: c, True, _flatten_splices)

    def _collect_macro_rules(self, crate):
        def enter(node, c):
            if isinstance(node, ast.Item) and isinstance(node.kind, ast.MacroRules):
                self.mbe.all_names.setdefault(node.kind.ident.name, []).append(node)
                if _attr_named(node.attrs, "macro_export"):
                    # Path-based: callable from anywhere in the crate, even before it.
                    self.mbe.define(node, None)
            return c if c is not None else True
        walk(crate, enter, True)

    # -- cfg ------------------------------------------------------------------
    def cfg_true(self, attrs) -> bool:
        for a in attrs or ():
            if a.is_doc_comment or a.name != "cfg":
                continue
            if a.args is None:
                self.diags.append(Diagnostic.error("malformed `cfg` attribute input", a.span))
                continue
            try:
                if not eval_cfg(a.args.trees, self.cfgs):
                    return False
            except CfgError as e:
                self.diags.append(Diagnostic.error(str(e), a.args.span))
        return True

    def keep(self, el, ctx) -> bool:
        attrs = _attrs_of(el)
        if attrs:
            self._expand_cfg_attr(attrs)
            if not self.cfg_true(attrs):
                return False
        if isinstance(el, ast.Item) and isinstance(el.kind, ast.Mod) and el.kind.inner_attrs:
            if not self.cfg_true(el.kind.inner_attrs):
                return False
        if isinstance(el, ast.Item) and attrs and _attr_named(attrs, "test"):
            return self.test_item(el, ctx)
        if isinstance(el, ast.Stmt) and isinstance(el.kind, ast.StmtItem) and attrs \
                and _attr_named(attrs, "test"):
            return self.test_item(el.kind.item, _Ctx(ctx.modpath, True, ctx.in_assoc))
        return True

    def _expand_cfg_attr(self, attrs: list) -> None:
        """`#[cfg_attr(pred, a, b(..))]` -> `#[a] #[b(..)]` when pred holds."""
        i = 0
        while i < len(attrs):
            a = attrs[i]
            if a.is_doc_comment or a.name != "cfg_attr" or a.args is None:
                i += 1
                continue
            trees = a.args.trees
            comma = next((j for j, t in enumerate(trees)
                          if isinstance(t, ast.Token) and t.kind == "punct" and t.text == ","), None)
            new: list[ast.Attribute] = []
            try:
                if comma is not None and eval_cfg(trees[:comma], self.cfgs):
                    rest = trees[comma + 1:]
                    j = 0
                    while j < len(rest):
                        t = rest[j]
                        if not (isinstance(t, ast.Token) and t.kind == "ident"):
                            j += 1
                            continue
                        seg = ast.PathSegment(ast.Ident(t.text, t.span), None, self.ids.next())
                        args = None
                        j += 1
                        if j < len(rest) and isinstance(rest[j], ast.Delimited):
                            args = rest[j]
                            j += 1
                        new.append(ast.Attribute(ast.Path([seg], t.span), args, None, False, a.span))
                        while j < len(rest) and not (isinstance(rest[j], ast.Token)
                                                     and rest[j].text == ","):
                            j += 1
                        j += 1
            except CfgError as e:
                self.diags.append(Diagnostic.error(str(e), a.args.span))
            attrs[i:i + 1] = new
            i += len(new)

    def filter(self, owner, field, lst, ctx) -> None:
        if not lst or ctx is None:
            return
        if not any(_attrs_of(el) or (isinstance(el, ast.Item) and isinstance(el.kind, ast.Mod))
                   for el in lst):
            return
        lst[:] = [el for el in lst if self.keep(el, ctx)]

    # -- the walk -------------------------------------------------------------
    def enter(self, node, ctx: _Ctx):
        if isinstance(node, ast.Block):
            return replace(ctx, scope=MacroScope(ctx.scope))
        if self.mbe.all_names or ctx.depth:
            sub = self._macro_rules(node, ctx)
            if sub is not False:
                return sub
        if isinstance(node, ast.Item):
            k = node.kind
            if isinstance(k, ast.Mod):
                return _Ctx(ctx.modpath + (k.ident.name,), False, False,
                            MacroScope(ctx.scope, bool(_attr_named(node.attrs, "macro_use"))),
                            ctx.depth)
            if isinstance(k, ast.Fn):
                return _Ctx(ctx.modpath, True, ctx.in_assoc, ctx.scope, ctx.depth)
            if isinstance(k, (ast.Impl, ast.Trait)):
                return _Ctx(ctx.modpath, ctx.in_fn, True, ctx.scope, ctx.depth)
            if isinstance(k, ast.ItemMacCall):
                self._item_macro(k.mac)
                return None
            return ctx
        if isinstance(node, ast.Expr) and isinstance(node.kind, ast.ExprMacCall):
            node.kind = self.expander.expand(node.kind.mac)
            return ctx
        if isinstance(node, ast.Stmt) and isinstance(node.kind, ast.StmtMacCall):
            sm = node.kind
            kind = self.expander.expand(sm.mac)
            expr = ast.Expr(kind, sm.mac.span, self.ids.next(), sm.attrs)
            node.kind = ast.StmtExpr(expr, sm.semi)
            return ctx
        if isinstance(node, ast.Ty) and isinstance(node.kind, ast.TyMacCall):
            self._other_macro(node.kind.mac, "type")
            return None
        if isinstance(node, ast.Pat) and isinstance(node.kind, ast.PatMacCall):
            self._other_macro(node.kind.mac, "pattern")
            return None
        return ctx

    def _macro_rules(self, node, ctx: _Ctx):
        """Definitions and calls of `macro_rules!` macros; False when `node` is neither."""
        mac = position = None
        if isinstance(node, ast.Item):
            k = node.kind
            if isinstance(k, ast.MacroRules):
                self.mbe.define(node, ctx.scope)
                # Expanded away: later phases only see what the calls became.
                node.kind = ItemSplice([])
                self.mbe.spliced = True
                return None
            if isinstance(k, ast.ItemMacCall):
                mac, position = k.mac, "items"
        elif isinstance(node, ast.Expr):
            if isinstance(node.kind, ast.ExprMacCall):
                mac, position = node.kind.mac, "expr"
        elif isinstance(node, ast.Stmt):
            k = node.kind
            if isinstance(k, ast.StmtMacCall):
                mac, position = k.mac, "stmts"
        elif isinstance(node, ast.Pat):
            if isinstance(node.kind, ast.PatMacCall):
                mac, position = node.kind.mac, "pat"
        elif isinstance(node, ast.Ty):
            if isinstance(node.kind, ast.TyMacCall):
                mac, position = node.kind.mac, "ty"
        if mac is None:
            return False
        d = self.mbe.resolve(mac, ctx.scope)
        if d is None:
            name, qualified = macro_name(mac)
            from .builtin import STD_MACROS, SUPPORTED
            if not qualified and name not in SUPPORTED and name not in STD_MACROS \
                    and self.mbe.defined_later(mac):
                self._replace_err(node, position)
                return None
            return False
        r = self.mbe.expand(d, mac, ctx.depth + 1, position)
        if r is None:
            self._replace_err(node, position)
            return None
        if position == "items":
            node.kind = ItemSplice(r)
            self.mbe.spliced = True
        elif position == "stmts":
            if isinstance(node.kind, ast.StmtMacCall) and node.kind.semi and r:
                last = r[-1].kind
                if isinstance(last, ast.StmtExpr):
                    last.semi = True
                elif isinstance(last, ast.StmtMacCall):
                    last.semi = True
            node.kind = StmtSplice(r)
            self.mbe.spliced = True
        else:
            node.kind = r.kind
            # The node now stands for the expansion: rustc's span of expanded code.
            node.span = MacroSpan(mac.span.lo, mac.span.hi, self.mbe.last_expn)
            # The expansion may itself be a macro call: expand it in turn.
            return self.enter(node, replace(ctx, depth=ctx.depth + 1))
        return replace(ctx, depth=ctx.depth + 1)

    def _replace_err(self, node, position) -> None:
        if position == "items":
            node.kind = ItemSplice([])
            self.mbe.spliced = True
        elif position == "stmts":
            node.kind = StmtSplice([])
            self.mbe.spliced = True
        elif position == "expr":
            node.kind = ast.ExprErr()
        elif position == "pat":
            node.kind = ast.PatWild()
        elif position == "ty":
            node.kind = ast.TyInfer()

    def _item_macro(self, mac: ast.MacCall) -> None:
        self._other_macro(mac, "item")

    def _other_macro(self, mac: ast.MacCall, position: str) -> None:
        name, qualified = macro_name(mac)
        from .builtin import STD_MACROS, SUPPORTED
        if name in self.user_macros and not qualified:
            what = f"the macro `{name}!` defined with `macro_rules!`"
        elif name in STD_MACROS or name in SUPPORTED or qualified:
            what = f"the `{name}!` macro in {position} position"
        else:
            self.diags.append(Diagnostic.error(f"cannot find macro `{name}` in this scope",
                                               mac.path.span))
            return
        self.expander.unsupported(mac.span, what)

    # -- #[test] --------------------------------------------------------------
    def test_item(self, item: ast.Item, ctx: _Ctx) -> bool:
        """Handle `#[test]` on `item`; returns whether the item is kept."""
        attr = _attr_named(item.attrs, "test")[0]
        k = item.kind
        if not isinstance(k, ast.Fn) or ctx.in_assoc:
            d = Diagnostic.error("the `#[test]` attribute may only be used on a free function",
                                 attr.span, "the `#[test]` macro causes a function to be run as "
                                 "a test and has no effect on non-functions")
            if not isinstance(k, ast.Fn):
                kind = type(k).__name__.lower().rstrip("_")
                art = "an" if kind[:1] in "aeiou" else "a"
                d.secondary(Span(item_lo(item, self.source), item.span.hi),
                            f"expected a non-associated function, found {art} {kind}")
            d.help("replace with conditional compilation to make the item only exist when "
                   "tests are being run",
                   suggestions=[Suggestion(attr.span, "#[cfg(test)]", "MaybeIncorrect")])
            self.diags.append(d)
            return True
        if not self.cfg_test:
            return False        # rustc removes #[test] functions from non-test builds
        if ctx.in_fn:
            d = Diagnostic.warning("cannot test inner items", attr.span)
            d.note("`#[warn(unnameable_test_items)]` on by default")
            self.diags.append(d)
            return True
        span = Span(item_lo(item, self.source), item.span.hi)
        sig = k.sig
        if sig.async_ or sig.unsafe:
            word = "async" if sig.async_ else "unsafe"
            d = Diagnostic.error(f"{word} functions cannot be used for tests", span)
            text = self.source.snippet(span) if self.source is not None else ""
            at = text.find(word)
            if at >= 0:
                d.secondary(Span(span.lo + len(text[:at].encode()),
                                 span.lo + len(text[:at].encode()) + len(word)),
                            f"`{word}` because of this")
            self.diags.append(d)
            return True
        if sig.params or sig.self_param is not None:
            self.diags.append(Diagnostic.error(
                "functions used as tests can not have any arguments", span))
            return True
        if any(g.kind != "lifetime" for g in k.generics.params):
            self.diags.append(Diagnostic.error(
                "functions used as tests can not have any non-lifetime generic parameters", span))
            return True
        desc = TestDesc(name="::".join(ctx.modpath + (k.ident.name,)),
                        path=list(ctx.modpath) + [k.ident.name], fn_item_id=item.id, span=span,
                        ident_span=k.ident.span)
        for a in _attr_named(item.attrs, "should_panic"):
            desc.should_panic = self._should_panic(a)
        for a in _attr_named(item.attrs, "ignore"):
            desc.ignore = True
            if a.eq_value is not None:
                lk = a.eq_value.kind
                if isinstance(lk, ast.ExprLit) and lk.lit.kind == "str":
                    desc.ignore_reason = lk.lit.value
                else:
                    d = Diagnostic.error('valid forms for the attribute are `#[ignore = "reason"]` '
                                         'and `#[ignore]`', a.span)
                    d.children.append(Diagnostic(
                        "warning", "this was previously accepted by the compiler but is being "
                        "phased out; it will become a hard error in a future release!"))
                    d.note("for more information, see issue #57571 "
                           "<https://github.com/rust-lang/rust/issues/57571>")
                    d.note("`#[deny(ill_formed_attribute_input)]` (part of "
                           "`#[deny(future_incompatible)]`) on by default")
                    self.diags.append(d)
        self.tests.append(desc)
        return True

    def _should_panic(self, a: ast.Attribute):
        if a.eq_value is not None:
            lk = a.eq_value.kind
            if isinstance(lk, ast.ExprLit) and lk.lit.kind == "str":
                return lk.lit.value
        elif a.args is None:
            return True
        else:
            t = a.args.trees
            if (len(t) in (3, 4) and isinstance(t[0], ast.Token) and t[0].text == "expected"
                    and isinstance(t[1], ast.Token) and t[1].text == "="
                    and isinstance(t[2], ast.Token) and t[2].kind == "literal"):
                lm = literal_map(t[2].text, t[2].span.lo)
                if lm is not None:
                    return lm.text
        d = Diagnostic.error("malformed `should_panic` attribute input", a.span, code="E0539")
        if a.args is not None:
            d.secondary(a.args.span, 'the only valid argument here is "expected"')
        d.note("for more information, visit <https://doc.rust-lang.org/reference/attributes/"
               "testing.html#the-should_panic-attribute>")
        self.diags.append(d)
        return True


def _flatten_splices(owner, field, lst, ctx) -> None:
    """Replace each spliced statement or item macro by what it expanded to."""
    if not any((isinstance(el, ast.Stmt) and isinstance(el.kind, StmtSplice)) or
               (isinstance(el, ast.Item) and isinstance(el.kind, ItemSplice)) or
               (isinstance(el, ast.Stmt) and isinstance(el.kind, ast.StmtItem)
                and isinstance(el.kind.item.kind, ItemSplice)) for el in lst):
        return
    out: list = []
    stack = list(reversed(lst))
    while stack:
        el = stack.pop()
        if isinstance(el, ast.Stmt) and isinstance(el.kind, StmtSplice):
            stack.extend(reversed(el.kind.stmts))
        elif isinstance(el, ast.Item) and isinstance(el.kind, ItemSplice):
            stack.extend(reversed(el.kind.items))
        elif isinstance(el, ast.Stmt) and isinstance(el.kind, ast.StmtItem) \
                and isinstance(el.kind.item.kind, ItemSplice):
            # Only `macro_rules!` definitions, expanded away, end up here.
            stack.extend(reversed([ast.Stmt(ast.StmtItem(i), i.span, el.id)
                                   for i in el.kind.item.kind.items]))
        else:
            out.append(el)
    lst[:] = out
