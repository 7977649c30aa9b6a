"""rustc's unsafety check (rustc_mir_build::check_unsafety), run on each body after
match checking and before MIR building, as rustc does.

An unsafe operation needs an unsafe context: an `unsafe { }` block, or (allowed by
default in edition 2021, warned by `unsafe_op_in_unsafe_fn` in 2024) the body of an
`unsafe fn`. Elsewhere it is E0133. The operations Ferrite has are calls to `unsafe fn`s
and to the functions of an `extern` block not declared `safe`.

An `unsafe` block in which nothing needed it is `unused_unsafe`; so is one nested in
another that needed it (rustc marks the innermost block used, and blames the nested
one when the outer turns out to be used too)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..syntax.visit import child_nodes
from ..unsupported import unsupported

_DOC_NOTE = "consult the function's documentation for information on how to avoid undefined behavior"
_EDITION_NOTE = ("for more information, see <https://doc.rust-lang.org/edition-guide/rust-2024/"
                 "unsafe-op-in-unsafe-fn.html>")


@dataclass
class _Block:
    """An `unsafe` block being walked (rustc's `SafetyContext::UnsafeBlock`)."""
    head: Span                      # its `unsafe` keyword
    used: bool = False
    nested_used: list[Span] = field(default_factory=list)


class _Checker:
    def __init__(self, item: ast.Item, res, tcx, out) -> None:
        self.res = res
        self.tcx = tcx
        self.out = out
        self.unsafe_fn = item.kind.sig.unsafe
        sig = item.kind.sig.span     # (rustc's def span: from the visibility on)
        self.header = Span(item.vis.span.lo, sig.hi) if item.vis.kind != "inherited" else sig
        self.blocks: list[_Block] = []
        self.suggest_block = True   # the "an unsafe function restricts its caller" note, once

    # -- walking ------------------------------------------------------------------------
    def visit(self, node) -> None:
        if isinstance(node, ast.Item):
            return              # a nested function is a body of its own
        if isinstance(node, ast.Block) and node.unsafe:
            self.unsafe_block(node)
            return
        if isinstance(node, ast.Expr):
            k = node.kind
            if isinstance(k, ast.ExprCall):
                self.call(node)
                if isinstance(k.func.kind, ast.ExprPath):    # (named to be called)
                    for a in k.args:
                        self.visit(a)
                    return
            elif isinstance(k, ast.ExprPath):
                self.value_use(node)
            elif isinstance(k, ast.ExprClosure):     # a body of its own: its own note
                outer, self.suggest_block = self.suggest_block, True
                for child in child_nodes(node):
                    self.visit(child)
                self.suggest_block = outer
                return
        for child in child_nodes(node):
            self.visit(child)

    def unsafe_block(self, b: ast.Block) -> None:
        block = _Block(Span(b.span.lo, b.span.lo + len("unsafe")))
        self.blocks.append(block)
        for child in child_nodes(b):
            self.visit(child)
        self.blocks.pop()
        outer = self.blocks[-1] if self.blocks else None
        if not block.used:
            self.unused(block.head, None)
            if outer is not None:
                outer.nested_used.extend(block.nested_used)
            return
        for nested in block.nested_used:
            self.unused(nested, block.head)
        if outer is not None:
            outer.nested_used.append(block.head)

    # -- operations -----------------------------------------------------------------------
    def unsafe_item(self, e: ast.Expr) -> str | None:
        """The key of the unsafe function `e` is an item of (`raw::head_of`), if it is one."""
        ft = self.tcx.expr_types.get(e.id)
        if ft is None or ft.kind != "fndef" or ft.name not in self.res.fns:
            return None
        sig = self.res.fns[ft.name].kind.sig
        return ft.name if sig.unsafe or (sig.foreign and not sig.safe) else None

    def value_use(self, e: ast.Expr) -> None:
        """An unsafe function named other than to be called (`let f = twice;`,
        `.map(twice)`): its type is `unsafe fn(..)`, which Ferrite's types lack, so
        typeck took it for a safe one; refused rather than wrongly accepted."""
        if self.unsafe_item(e) is not None:
            self.out.diags.append(unsupported(e.span, "an `unsafe fn` used as a value (not called "
                                              "by its name)"))

    def call(self, e: ast.Expr) -> None:
        key = self.unsafe_item(e.kind.func)
        if key is not None:
            # (rustc's error trims the function's path to its name; the lint keeps it)
            self.requires_unsafe(e.span, f"call to unsafe function `{key.rsplit('::', 1)[-1]}`",
                                 "call to unsafe function", _DOC_NOTE,
                                 f"call to unsafe function `{key}`")

    def requires_unsafe(self, span: Span, what: str, label: str, note: str,
                        what_in_lint: str) -> None:
        if self.blocks:
            self.blocks[-1].used = True
            return
        msg = f"{what} is unsafe and requires unsafe block"
        if not self.unsafe_fn:
            d = Diagnostic.error(msg, span, label, code="E0133")
            d.note(note)
            self.out.diags.append(d)
            return
        d = Diagnostic.warning(f"{what_in_lint} is unsafe and requires unsafe block", span, label)
        d.code = "E0133"
        d.note(note)
        if self.suggest_block:
            d.children.append(Diagnostic("note", "an unsafe function restricts its caller, but "
                                         "its body is safe by default").primary(self.header))
        d.note(_EDITION_NOTE)
        if self.out.emit("unsafe_op_in_unsafe_fn", d) is not None:
            self.suggest_block = False

    def unused(self, head: Span, enclosing: Span | None) -> None:
        d = Diagnostic.warning("unnecessary `unsafe` block", head, "unnecessary `unsafe` block")
        if enclosing is not None:
            d.secondary(enclosing, "because it's nested under this `unsafe` block")
        self.out.emit("unused_unsafe", d)


def needed(source_text: bytes) -> bool:
    """Is there anything to check? Unsafe operations need an `unsafe` fn or an `extern`
    block, and an unsafe context the keyword: a program without either word has
    neither (a cheap test, made once per program)."""
    return b"unsafe" in source_text or b"extern" in source_text


def check_body(item: ast.Item, res, tcx, out) -> None:
    """E0133 and the unsafety lints of one function body, into `out` (a LintEmitter)."""
    if item.kind.body is not None:
        _Checker(item, res, tcx, out).visit(item.kind.body)
