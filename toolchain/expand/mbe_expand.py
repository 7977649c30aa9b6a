"""`macro_rules!`: definitions in textual scope, invocations matched, transcribed and
parsed again as what the call position needs (rustc_expand::mbe::macro_rules).

Textual scoping (rustc's `MacroRulesScope`): a definition is visible after it, to
the end of the enclosing block or module (past the module with `#[macro_use]`);
the expander walks the crate in source order and keeps a `MacroScope` per block and
module. `#[macro_export]` macros are also reachable as `crate::name!`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from ..diagnostics import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..syntax.ast import Token
from .macro_spans import Expn, item_lo
from .mbe_match import Error, Failure, Single, Success, TtParser, compute_locs, loc_descr, loc_span
from .mbe_parse import DefError, MacroDef, parse_rules
from .mbe_transcribe import TranscribeError, transcribe

RECURSION_LIMIT = 128


@dataclass
class StmtSplice:
    """A statement macro's expansion: several statements, spliced into the block."""
    stmts: list


@dataclass
class ItemSplice:
    items: list


class MacroScope:
    __slots__ = ("parent", "defs", "leak")

    def __init__(self, parent: "MacroScope | None", leak: bool = False):
        self.parent = parent
        self.defs: dict[str, MacroDef] = {}
        self.leak = leak        # `#[macro_use] mod`: definitions outlive the module

    def define(self, d: MacroDef) -> None:
        s = self
        s.defs[d.name] = d
        while s.leak and s.parent is not None:
            s = s.parent
            s.defs[d.name] = d

    def lookup(self, name: str) -> MacroDef | None:
        s = self
        while s is not None:
            d = s.defs.get(name)
            if d is not None:
                return d
            s = s.parent
        return None


class MacroRules:
    def __init__(self, source, edition: str, ids, diags: list):
        self.source = source
        self.edition = edition
        self.ids = ids
        self.diags = diags
        self.defs: list[MacroDef] = []          # every definition met, in order
        self.all_names: dict[str, list[ast.Item]] = {}   # every definition in the crate
        self.exported: dict[str, MacroDef] = {}
        self.fatal = False
        self.spliced = False
        self.last_expn = None
        self.by_item: dict[int, MacroDef] = {}

    # -- definitions ---------------------------------------------------------------
    def define(self, item: ast.Item, scope: MacroScope | None) -> None:
        pre = self.by_item.pop(item.id, None)
        if pre is not None:         # an exported macro, read before the walk
            self.defs.append(pre)
            scope.define(pre)
            return
        k = item.kind
        head = self._head_span(item, k.body)
        d = MacroDef(k.ident.name, k.ident.span, head, [], item_id=item.id)
        try:
            d.rules = parse_rules(k.body)
            from .mbe_follow import check_follow
            bad = [x for r in d.rules for x in check_follow(r.lhs)]
            if bad:
                self.diags.extend(bad)
                d.rules, d.broken = None, True
        except DefError as e:
            from ..unsupported import unsupported
            self.diags.append(unsupported(e.span, e.msg + " in a `macro_rules!` definition"))
            d.rules = None
        d.exported = any(not a.is_doc_comment and a.name == "macro_export" for a in item.attrs)
        if d.exported:
            self.exported.setdefault(d.name, d)
        if scope is None:
            self.by_item[item.id] = d
            return
        self.defs.append(d)
        scope.define(d)

    def _head_span(self, item: ast.Item, body: ast.Delimited) -> Span:
        lo = item_lo(item, self.source)
        data = self.source.data if self.source is not None else b""
        hi = body.open_span.lo
        while hi > lo and data[hi - 1:hi] in (b" ", b"\t", b"\n", b"\r"):
            hi -= 1
        return Span(lo, hi)

    def resolve(self, mac: ast.MacCall, scope: MacroScope | None) -> MacroDef | None:
        segs = [s.ident.name for s in mac.path.segments]
        if len(segs) == 1:
            d = scope.lookup(segs[0]) if scope is not None else None
            if d is None:
                d = self.exported.get(segs[0])
            return d
        if len(segs) == 2 and segs[0] in ("crate", "$crate"):
            return self.exported.get(segs[1])
        return None

    def defined_later(self, mac: ast.MacCall) -> bool:
        """rustc's "cannot find macro" with a note on a definition that comes later."""
        segs = mac.path.segments
        if len(segs) != 1:
            return False
        later = self.all_names.get(segs[0].ident.name)
        if not later:
            return False
        name = segs[0].ident.name
        d = Diagnostic.error(f"cannot find macro `{name}` in this scope", mac.path.span,
                             f"consider moving the definition of `{name}` before this call")
        note = Diagnostic("note", "a macro with the same name exists, but it appears later")
        note.primary(later[0].kind.ident.span)
        d.children.append(note)
        self.diags.append(d)
        return True

    # -- invocations -----------------------------------------------------------------
    def expand(self, d: MacroDef, mac: ast.MacCall, depth: int, position: str):
        """The expansion of `mac` as `position` ("expr", "stmts", "items", "pat", "ty"):
        an AST node or list, or None after reporting an error."""
        d.used = True
        if self.fatal:
            return None
        if d.rules is None and getattr(d, "broken", False):
            return None             # its definition was reported
        if d.rules is None:
            from ..unsupported import unsupported
            self.diags.append(unsupported(mac.span, f"the macro `{d.name}!`, whose definition "
                                          "could not be read"))
            return None
        if depth > RECURSION_LIMIT:
            crate = PurePath(self.source.name).stem.replace("-", "_") if self.source else "main"
            e = Diagnostic.error(f"recursion limit reached while expanding `{d.name}!`", mac.span)
            e.help("consider increasing the recursion limit by adding a "
                   f"`#![recursion_limit = \"256\"]` attribute to your crate (`{crate}`)")
            self.diags.append(e)
            self.fatal = True
            return None
        toks = self._arg_tokens(mac)
        best: Failure | None = None
        best_rule = None
        for rule in d.rules:
            locs = getattr(rule, "_locs", None)
            if locs is None:
                locs = rule._locs = compute_locs(rule.lhs)
            arm_toks = list(toks)
            r = TtParser(locs, arm_toks, self._blackbox(arm_toks)).run()
            if isinstance(r, Success):
                expn = self.last_expn = Expn(d.name, mac.span, d.head_span)
                try:
                    out = transcribe(rule.rhs, r.bindings, expn)
                except TranscribeError as e:
                    self.diags.append(e.diag)
                    return None
                return self._parse_output(out, d, mac, position)
            if isinstance(r, Error):
                self.diags.append(r.diag)
                return None
            if best is None or r.position > best.position:
                best, best_rule = r, rule
        self._no_match(d, mac, best, toks)
        return None

    def _arg_tokens(self, mac: ast.MacCall) -> list[Token]:
        from .macro_args import flatten
        toks: list[Token] = []
        flatten(mac.args.trees, toks)
        if toks:
            end = toks[-1].span.hi
            eof = Token("eof", "", Span(end, end))
        else:
            eof = Token("eof", "", Span(mac.span.lo, mac.span.hi))
            eof.value = "dummy"
        toks.append(eof)
        return toks

    def _parser(self, toks: list[Token]):
        from ..syntax import Parser
        return Parser(toks, self.source, self.edition, self.ids)

    def _blackbox(self, toks: list[Token]):
        holder: list = []

        def parse(kind: str, pos: int, decl: Span):
            if not holder:
                holder.append(self._parser(toks))
                holder[0].in_macro_args = True
            p = holder[0]
            return parse_fragment(p, kind, pos, decl)
        return parse

    def _no_match(self, d: MacroDef, mac: ast.MacCall, best: Failure, toks) -> None:
        tok = best.token
        if tok.kind == "eof":
            span = mac.span if tok.value == "dummy" else tok.span
            msg = "unexpected end of macro invocation"
        else:
            span = tok.span
            from .mbe_match import tok_descr
            msg = f"no rules expected {tok_descr(tok)}"
        e = Diagnostic.error(msg, span, best.label)
        e.secondary(d.head_span, "when calling this macro")
        what = f"while trying to match {loc_descr(best.remaining)}"
        sp = loc_span(best.remaining)
        if sp is not None:
            note = Diagnostic("note", what)
            note.primary(sp)
            e.children.append(note)
        else:
            e.note(what)
        self._missing_comma(d, mac, e)
        self.diags.append(e)

    def _missing_comma(self, d: MacroDef, mac: ast.MacCall, e: Diagnostic) -> None:
        """rustc's `TokenStream::add_comma`: `m!(a b)` that would match as `m!(a, b)`."""
        trees = mac.args.trees
        found = None
        for i in range(len(trees) - 1):
            a, b = trees[i], trees[i + 1]
            if isinstance(b, Token) and b.kind == "punct" and b.text == ",":
                continue
            right_ok = isinstance(b, Token) and (_plain_ident(b) or b.kind == "literal")
            if isinstance(a, Token) and not a.joint and (_plain_ident(a) or a.kind == "literal") \
                    and right_ok:
                found = (i, a.span)
            elif isinstance(a, ast.Delimited) and right_ok:
                found = (i, a.span)
        if found is None:
            return
        i, sp = found
        at = Span(sp.hi, sp.hi)
        new = trees[:i + 1] + [Token("punct", ",", at)] + trees[i + 1:]
        from .macro_args import flatten
        toks: list[Token] = []
        flatten(new, toks)
        toks.append(Token("eof", "", Span(toks[-1].span.hi, toks[-1].span.hi)))
        for rule in d.rules:
            arm_toks = list(toks)
            quiet: list = []
            r = TtParser(rule._locs, arm_toks, self._blackbox(arm_toks), track=False).run()
            if isinstance(r, Success):
                e.help("missing comma here", suggestions=[Suggestion(at, ", ", "MachineApplicable",
                                                                     "HideCodeInline")])
            del quiet

    # -- the expansion, parsed again -------------------------------------------------------
    def _parse_output(self, out: list[Token], d: MacroDef, mac: ast.MacCall, position: str):
        from ..syntax.parser import ParseError
        end = mac.span.hi
        out.append(Token("eof", "", Span(end, end)))
        p = self._parser(out)
        try:
            if position == "expr":
                if p.tok.kind == "eof":
                    self.diags.append(Diagnostic.error(
                        "macro expansion ends with an incomplete expression: expected expression",
                        mac.span))
                    return None
                r = p.parse_expr()
                self._trailing(p, d, mac, "expression")
            elif position == "pat":
                r = p.parse_pat()
                self._trailing(p, d, mac, "pattern")
            elif position == "ty":
                r = p.parse_ty()
                self._trailing(p, d, mac, "type")
            elif position == "items":
                r = p.parse_items_until(None)
            else:
                r = []
                p.allow_eof_tail = True
                while p.tok.kind != "eof":
                    p.parse_stmt_recovering(r)
        except ParseError as exc:
            p.emit(exc.diag)
            r = None
        self.diags.extend(p.diags)
        if p.diags:
            return None
        return r

    def _trailing(self, p, d: MacroDef, mac: ast.MacCall, what: str) -> None:
        t = p.tok
        if t.kind == "eof":
            return
        from .mbe_match import tok_descr
        e = Diagnostic.error(f"macro expansion ignores {tok_descr(t)} and any tokens following",
                             t.span)
        e.secondary(Span(mac.span.lo, mac.span.hi), "caused by the macro expansion here")
        e.note(f"the usage of `{d.name}!` is likely invalid in {what} context")
        e.no_macro_backtrace = True     # rustc reports it without the origin note
        p.diags.append(e)

    # -- after the crate -------------------------------------------------------------
    def unused(self, crate) -> list[Diagnostic]:
        """rustc's `unused_macros` lint for definitions never called."""
        out = []
        for d in self.defs:
            if d.used or d.exported or d.name.startswith("_"):
                continue
            w = Diagnostic.warning(f"unused macro definition: `{d.name}`", d.ident_span)
            out.append(w)
        if not out:
            return []
        from ..lints import LintContext, LintEmitter
        em = LintEmitter(LintContext.from_crate(crate))
        for w in out:
            em.emit("unused_macros", w)
        return em.diags


def _plain_ident(t: Token) -> bool:
    from ..syntax.token import is_any_keyword
    return t.kind == "ident" and (t.raw or not is_any_keyword(t.text) or t.text in ("true", "false"))


def parse_fragment(p, kind: str, pos: int, decl: Span):
    """rustc's `parse_nonterminal` from token `pos`: (end, Single) or a Diagnostic."""
    from ..syntax.parser import ParseError
    toks = p.toks
    t = toks[pos]
    if kind in ("ident", "lifetime"):
        return pos + 1, Single(kind, [t], t.span)
    if kind == "tt":
        end = _tree_end(toks, pos)
        return end, Single(kind, toks[pos:end], t.span.to(toks[end - 1].span))
    p.pos = pos
    p.tok = t
    p.prev_span = toks[pos - 1].span if pos > 0 else Span(t.span.lo, t.span.lo)
    p.expected.clear()
    p.restrictions = 0
    before = len(p.diags)
    try:
        if kind in ("expr", "expr_2021"):
            p.parse_expr()
        elif kind == "ty":
            p.parse_ty()
        elif kind == "pat":
            p.parse_pat()
        elif kind == "pat_param":
            p.parse_pat_no_top_alt()
        elif kind == "literal":
            p.eat("-")
            if p.tok.kind != "literal" and not (p.tok.kind == "ident" and p.tok.text in ("true", "false")):
                raise ParseError(p.error(f"expected literal, found {p.descr()}", p.tok.span))
            p.bump()
        elif kind == "block":
            p.parse_block()
        elif kind == "item":
            p.parse_item()
        elif kind == "path":
            p.parse_path("type")
        elif kind == "vis":
            p.parse_visibility()
        elif kind == "meta":
            p.parse_path("mod")
            if p.tok.kind == "punct" and p.tok.text in ("(", "[", "{"):
                p.parse_delimited_tts()
            elif p.eat("="):
                p.parse_expr()
        elif kind == "stmt":
            _parse_stmt_fragment(p)
    except ParseError as exc:
        d = exc.diag
        d.secondary(decl, f"while parsing argument for this `{kind}` macro fragment")
        return d
    if len(p.diags) > before:
        d = p.diags[before]
        del p.diags[before:]
        return d
    end = p.pos
    if end == pos:
        span = Span(t.span.lo, t.span.lo)
    else:
        span = toks[pos].span.to(toks[end - 1].span)
        span = Span(span.lo, span.hi)
    return end, Single(kind, toks[pos:end], span)


def _parse_stmt_fragment(p) -> None:
    t = p.tok
    if t.kind == "ident" and t.text == "let" and not t.raw:
        p.bump()
        p.parse_pat()
        if p.eat(":"):
            p.parse_ty()
        if p.eat("="):
            p.parse_expr()
        return
    if p.is_item_start():
        p.parse_item()
        return
    p.parse_expr()


def _tree_end(toks: list[Token], pos: int) -> int:
    t = toks[pos]
    if not (t.kind == "punct" and t.text in ("(", "[", "{")):
        return pos + 1
    depth = 0
    i = pos
    while i < len(toks):
        x = toks[i]
        if x.kind == "punct":
            if x.text in ("(", "[", "{"):
                depth += 1
            elif x.text in (")", "]", "}"):
                depth -= 1
                if depth == 0:
                    return i + 1
        elif x.kind == "eof":
            return i
        i += 1
    return i
