"""Checks rustc makes on the expanded AST before resolving names (`rustc_ast_passes`'
AST validation) that Ferrite's parser lets through."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast


def fn_without_body(item: ast.Item) -> Diagnostic:
    """`fn f();` outside a trait or `extern` block."""
    semi = Span(item.span.hi - 1, item.span.hi)
    d = Diagnostic.error("free function without a body", item.span)
    d.help("provide a definition for the function",
           suggestions=[Suggestion(semi, "{ <body> }", "HasPlaceholders")])
    return d
