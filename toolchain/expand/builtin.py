"""Built-in macros: from a `MacCall` to its expansion (`ExprBuiltinMacro`/`ExprFormatArgs`).

Contract of the expansion (what later phases rely on):
- `println`/`print`/`eprintln`/`eprint`/`format`: `fmt` is the whole output; for the
  `ln` variants it already ends with "\\n" (rustc's `format_args_nl!`). `args` is [].
- `panic`/`unreachable`/`todo`/`unimplemented`: `fmt` is the complete panic message,
  prefix included ("internal error: entered unreachable code: ...", "explicit panic").
- `assert` (also `debug_assert`): `args` = [cond]; `fmt` is the complete panic message
  ("assertion failed: cond" when there is no custom message).
- `assert_eq`/`assert_ne` (also `debug_*`): `args` = [left, right]; `fmt` is the custom
  message or None; the panic text ("assertion `left == right` failed: msg\\n  left: ..")
  is built at run time from the operands' Debug output.
- `format_args`: the `ExprFormatArgs` itself.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..source import Span
from ..syntax import ast
from . import macro_args
from .format_args import build_format_args
from .pretty import expr_to_string

PRINT_MACROS = {"println": True, "print": False, "eprintln": True, "eprint": False,
                "format": False}
PANIC_MACROS = {
    # name: (message with no arguments, prefix of a message)
    "panic": ("explicit panic", ""),
    "unreachable": ("internal error: entered unreachable code",
                    "internal error: entered unreachable code: "),
    "todo": ("not yet implemented", "not yet implemented: "),
    "unimplemented": ("not implemented", "not implemented: "),
}
ASSERT_MACROS = {"assert": "assert", "debug_assert": "assert"}
ASSERT_EQ_MACROS = {"assert_eq": "assert_eq", "assert_ne": "assert_ne",
                    "debug_assert_eq": "assert_eq", "debug_assert_ne": "assert_ne"}
SUPPORTED = set(PRINT_MACROS) | set(PANIC_MACROS) | set(ASSERT_MACROS) | set(ASSERT_EQ_MACROS) \
    | {"format_args", "matches", "write", "writeln", "vec"}

# Macros of std/core that exist but the toolchain cannot expand yet.
STD_MACROS = {
    "vec", "write", "writeln", "matches", "dbg", "concat", "stringify", "line", "column",
    "file", "module_path", "include", "include_str", "include_bytes", "env", "option_env",
    "cfg", "compile_error", "thread_local", "assert_matches", "debug_assert_matches",
    "try", "concat_idents", "format_args_nl", "const_format_args", "trace_macros",
    "log_syntax", "asm", "global_asm", "naked_asm", "cfg_match", "cfg_select",
    "is_x86_feature_detected", "addr_of", "addr_of_mut", "offset_of", "ready", "pin",
    "join", "debug_assert_ne", "format_args", "unreachable_unchecked", "select",
}

STD_ROOTS = {"std", "core", "alloc"}


def macro_name(mac: ast.MacCall) -> tuple[str, bool]:
    """(name, is_std_path): `println`, or `std::println` -> ("println", True)."""
    segs = [s.ident.name for s in mac.path.segments]
    if len(segs) == 1:
        return segs[0], False
    if segs[0] in STD_ROOTS or (segs[0] == "$crate"):
        return segs[-1], True
    return "::".join(segs), True


class Expander:
    def __init__(self, source, edition: str, ids, diags: list[Diagnostic],
                 user_macros: set[str]):
        self.source = source
        self.edition = edition
        self.ids = ids
        self.diags = diags
        self.user_macros = user_macros

    def unsupported(self, span: Span, what: str) -> None:
        from ..unsupported import unsupported
        self.diags.append(unsupported(span, what))

    def expand(self, mac: ast.MacCall):
        """The expansion of `mac` in expression position as an expression kind, or
        `ast.ExprErr()` after reporting why it could not be expanded."""
        name, qualified = macro_name(mac)
        if name in SUPPORTED:
            p = macro_args.new_parser(mac, self.source, self.edition, self.ids)
            if p is None:
                from ..unsupported import internal_error
                self.diags.append(internal_error(
                    "macro expansion", RuntimeError(f"no expression parser to expand `{name}!`")))
                return ast.ExprErr()
            r = self._expand_supported(name, mac, p)
            return r if r is not None else ast.ExprErr()
        if name in self.user_macros and not qualified:
            self.unsupported(mac.span, f"the macro `{name}!` defined with `macro_rules!`")
        elif name in STD_MACROS or qualified:
            self.unsupported(mac.span, f"the `{name}!` macro")
        else:
            self.diags.append(Diagnostic.error(f"cannot find macro `{name}` in this scope",
                                               mac.path.span))
        return ast.ExprErr()

    def _expand_supported(self, name: str, mac: ast.MacCall, p):
        d = self.diags
        if name in PRINT_MACROS or name == "format_args":
            if name in ("println", "eprintln") and p.tok.kind == "eof":
                fmt = ast.ExprFormatArgs(["\n"], [], [], mac.span)
            else:
                parsed = macro_args.parse_format_args(p, mac.span, d)
                if parsed is None:
                    return None
                fmt = build_format_args(parsed[0], parsed[1], mac.span, self.ids, d,
                                        newline=PRINT_MACROS.get(name, False))
                if fmt is None:
                    return None
            if name == "format_args":
                return fmt
            return ast.ExprBuiltinMacro(name, [], fmt)
        if name in PANIC_MACROS:
            empty, prefix = PANIC_MACROS[name]
            if p.tok.kind == "eof":
                fmt = ast.ExprFormatArgs([empty], [], [], mac.span)
            else:
                fmt = self._message(p, mac, prefix)
                if fmt is None:
                    return None
            return ast.ExprBuiltinMacro(name, [], fmt)
        if name in ("write", "writeln"):
            return self._write(name, mac, p)
        if name == "vec":
            from .vec_macro import expand_vec
            return expand_vec(p, mac, self.ids, d)
        if name == "matches":
            from .matches import expand_matches
            return expand_matches(p, mac, self.ids, d)
        if name in ASSERT_MACROS:
            r = macro_args.parse_assert(p, mac.span, d)
            if r is None:
                return None
            cond, has_msg = r
            if has_msg:
                fmt = self._message(p, mac, "")
                if fmt is None:
                    return None
            else:
                text = "assertion failed: " + expr_to_string(cond, self.source)
                fmt = ast.ExprFormatArgs([text], [], [], mac.span)
            return ast.ExprBuiltinMacro(ASSERT_MACROS[name], [cond], fmt)
        if name in ASSERT_EQ_MACROS:
            r = macro_args.parse_assert_eq(p, mac, d)
            if r is None:
                return None
            left, right, has_msg = r
            fmt = None
            if has_msg:
                fmt = self._message(p, mac, "")
                if fmt is None:
                    return None
            return ast.ExprBuiltinMacro(ASSERT_EQ_MACROS[name], [left, right], fmt)
        return None

    def _write(self, name: str, mac: ast.MacCall, p):
        """`write!(dest, "fmt", args..)`: the destination, then format_args (with the
        newline for `writeln!`). Type checking decides which destinations it supports."""
        d = self.diags
        try:
            if p.tok.kind == "eof":
                d.append(Diagnostic.error("unexpected end of macro invocation", mac.span,
                                          "missing tokens in macro arguments"))
                return None
            dest = macro_args.parse_expr(p, d)
        except macro_args.MacroParseError:
            return None
        if p.tok.kind == "eof" and name == "writeln":
            fmt = ast.ExprFormatArgs(["\n"], [], [], mac.span)
        elif not p.eat(","):
            self.unsupported(mac.span, f"this form of `{name}!`")
            return None
        else:
            parsed = macro_args.parse_format_args(p, mac.span, d)
            if parsed is None:
                return None
            fmt = build_format_args(parsed[0], parsed[1], mac.span, self.ids, d,
                                    newline=name == "writeln")
            if fmt is None:
                return None
        return ast.ExprBuiltinMacro(name, [dest], fmt)

    def _message(self, p, mac: ast.MacCall, prefix: str):
        parsed = macro_args.parse_format_args(p, mac.span, self.diags)
        if parsed is None:
            return None
        return build_format_args(parsed[0], parsed[1], mac.span, self.ids, self.diags,
                                 prefix=prefix)


def ast_span_label(span: Span):
    from ..diagnostics import SpanLabel
    return SpanLabel(span, None, True)
