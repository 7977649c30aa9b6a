"""`format_args!`: from a format string literal and arguments to `ast.ExprFormatArgs`.

A port of `rustc_builtin_macros::format` (`make_format_args` and its error reporting):
argument resolution, implicit captures, unused/invalid argument errors, with rustc's
messages, labels and spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from .format_string import Argument, Count, LiteralMap, literal_map, parse_format_string

TRAITS = {"": "", "?": "?", "e": "e", "E": "E", "o": "o", "p": "p", "b": "b", "x": "x", "X": "X"}

UNKNOWN_TRAIT_NOTE = (
    "the only appropriate formatting traits are:\n"
    "- ``, which uses the `Display` trait\n"
    "- `?`, which uses the `Debug` trait\n"
    "- `e`, which uses the `LowerExp` trait\n"
    "- `E`, which uses the `UpperExp` trait\n"
    "- `o`, which uses the `Octal` trait\n"
    "- `p`, which uses the `Pointer` trait\n"
    "- `b`, which uses the `Binary` trait\n"
    "- `x`, which uses the `LowerHex` trait\n"
    "- `X`, which uses the `UpperHex` trait"
)


@dataclass
class FmtArg:
    """An explicit argument after the format string: `expr` or `name = expr`."""
    name: ast.Ident | None
    expr: ast.Expr


def listify(items: list) -> str:
    items = [str(x) for x in items]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def string_literal(expr: ast.Expr) -> ast.Lit | None:
    """The string literal `expr` is, if it is one (parentheses are not looked through,
    as in rustc)."""
    k = expr.kind
    if isinstance(k, ast.ExprLit) and k.lit.kind == "str" and not k.lit.suffix:
        return k.lit
    return None


def not_a_literal_error(fmt_expr: ast.Expr, n_explicit: int) -> Diagnostic:
    d = Diagnostic.error("format argument must be a string literal", fmt_expr.span)
    sugg = "{}" if n_explicit == 0 else "{} " * n_explicit + "{}"
    at = fmt_expr.span.shrink_to_lo()
    d.help("you might be missing a string literal to format with",
           suggestions=[Suggestion(at, f'"{sugg}", ', "MaybeIncorrect")])
    return d


class _Builder:
    def __init__(self, lit: ast.Lit, args: list[FmtArg], ids, diags: list[Diagnostic]):
        self.lit = lit
        self.fmt_span = lit.span
        self.explicit = args
        self.args: list[ast.Expr] = [a.expr for a in args]
        self.names: dict[str, int] = {}
        for i, a in enumerate(args):
            if a.name is not None and a.name.name not in self.names:
                self.names[a.name.name] = i
        self.used = [False] * len(args)
        self.invalid_refs: list[tuple[int, Span | None, str]] = []   # (index, span, kind)
        self.ids = ids
        self.diags = diags
        lmap = literal_map(lit.symbol, lit.span.lo) if lit.symbol else None
        if lmap is None:
            text = lit.value if isinstance(lit.value, str) else ""
            self.lmap = None
            self.text = text
        else:
            self.lmap = lmap
            self.text = lmap.text

    def span(self, r: tuple[int, int] | None) -> Span | None:
        if r is None:
            return None
        if self.lmap is None:
            return self.fmt_span
        return self.lmap.span(r[0], r[1])

    def capture(self, name: str, span: Span) -> int:
        if name in self.names:
            idx = self.names[name]
            if idx < len(self.used):
                self.used[idx] = True
            return idx
        seg = ast.PathSegment(ast.Ident(name, span), None, self.ids.next())
        path = ast.Path([seg], span)
        e = ast.Expr(ast.ExprPath(None, path), span, self.ids.next())
        self.args.append(e)
        self.names[name] = len(self.args) - 1
        return len(self.args) - 1

    def lookup_index(self, i: int, span: Span | None, kind: str) -> int:
        if i < len(self.explicit):
            self.used[i] = True
            return i
        self.invalid_refs.append((i, span, kind))
        return i

    def count(self, c: Count):
        if c.kind == "implied":
            return None
        if c.kind == "is":
            return c.value
        sp = self.span(c.span)
        if c.kind == "param":
            return ("arg", self.lookup_index(c.value, sp, "number"))
        if c.kind == "star":
            return ("arg", self.lookup_index(c.value, sp, "implicit"))
        # name: the span of the name only (without `$`, and without the precision's `.`)
        lo = c.span[0]
        if self.text[lo:lo + 1] == ".":
            lo += 1
        return ("arg", self.capture(c.value, self.span((lo, lo + len(c.value)))))


def build_format_args(fmt_expr: ast.Expr, args: list[FmtArg], mac_span: Span, ids,
                      diags: list[Diagnostic], newline: bool = False,
                      prefix: str = "") -> ast.ExprFormatArgs | None:
    """Expand `format_args!(fmt_expr, args...)`. Returns None (with errors appended to
    `diags`) when rustc would fail the expansion. `newline` appends "\\n" (`format_args_nl!`);
    `prefix` is prepended to the first piece (for `todo!("...")` and friends)."""
    lit = string_literal(fmt_expr)
    if lit is None:
        diags.append(not_a_literal_error(fmt_expr, len(args)))
        return None
    b = _Builder(lit, args, ids, diags)
    pieces_in, errors = parse_format_string(b.text)
    if errors:
        diags.append(_parse_error(b, errors[0]))
        return None

    pieces: list[str] = [prefix]
    specs: list[ast.FormatSpec] = []
    # For error reporting, rustc's template: (argument kind, placeholder span, spec options)
    template: list[tuple[Argument, ast.FormatSpec, dict]] = []
    for p in pieces_in:
        if isinstance(p, str):
            pieces[-1] += p
            continue
        span = b.span(p.span)
        kind, val = p.position
        pos_span = b.span(p.position_span)
        info = {"arg_kind": kind, "span": span, "width_kind": None, "prec_kind": None,
                "prec_span": None}
        if kind == "name":
            idx = b.capture(val, pos_span)
        else:
            idx = b.lookup_index(val, pos_span if kind == "index" else span,
                                 "number" if kind == "index" else "implicit")
        trait = TRAITS.get(p.spec.ty)
        if trait is None:
            d = Diagnostic.error(f"unknown format trait `{p.spec.ty}`", b.span(p.spec.ty_span))
            d.note(UNKNOWN_TRAIT_NOTE)
            diags.append(d)
            trait = ""
        precision = b.count(p.spec.precision)
        width = b.count(p.spec.width)
        for which, c in (("prec", p.spec.precision), ("width", p.spec.width)):
            if c.kind in ("param", "name", "star"):
                info[which + "_kind"] = {"param": "number", "name": "named", "star": "implicit"}[c.kind]
        if p.spec.precision.kind != "implied":
            info["prec_span"] = b.span(p.spec.precision.span)
            info["prec_index"] = p.spec.precision.value
        info["default"] = p.spec.is_default() and trait == ""
        fs = ast.FormatSpec(
            arg=idx, trait=trait, fill=p.spec.fill, align=p.spec.align, sign=p.spec.sign,
            alternate=p.spec.alternate, zero_pad=p.spec.zero_pad, width=width,
            precision=precision, debug_hex=p.spec.debug_hex, span=span)
        specs.append(fs)
        pieces.append("")
        template.append((p, fs, info))
    if newline:
        pieces[-1] += "\n"

    failed = False
    if b.invalid_refs:
        diags.append(_invalid_refs_error(b, template))
        failed = True
    unused = [(a.expr.span, a.name is not None) for i, a in enumerate(args) if not b.used[i]]
    if unused:
        diags.append(_unused_error(b, unused, pieces_in))
        failed = True
    if failed:
        return None
    return ast.ExprFormatArgs(pieces, specs, b.args, mac_span)


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _parse_error(b: _Builder, e) -> Diagnostic:
    d = Diagnostic.error("invalid format string: " + e.description, b.span(e.span), e.label)
    if e.secondary_label is not None:
        lab, r = e.secondary_label
        d.secondary(b.span(r), lab)
    if e.note:
        d.note(e.note)
    if e.kind == "field":
        # rustc: "consider using a positional formatting argument instead", moving the
        # expression after the arguments.
        unnamed = [a for a in b.explicit if a.name is None]
        after = (unnamed[-1].expr.span if unnamed else b.fmt_span).shrink_to_hi()
        d.help("consider using a positional formatting argument instead",
               suggestions=[Suggestion(b.span(e.span), str(len(unnamed)), "MachineApplicable"),
                            Suggestion(after, f", {e.field_expr}", "MachineApplicable")])
    if e.suggestion is not None:
        msg, edits = e.suggestion
        d.help(msg, suggestions=[Suggestion(b.span(r), rep, "MachineApplicable")
                                 for r, rep in edits])
    return d


def _num_args_desc(n: int) -> str:
    if n == 0:
        return "no arguments were given"
    if n == 1:
        return "there is 1 argument"
    return f"there are {n} arguments"


def _invalid_refs_error(b: _Builder, template) -> Diagnostic:
    desc = _num_args_desc(len(b.explicit))
    numeric = any(info["arg_kind"] == "index" or info["prec_kind"] == "number"
                  or info["width_kind"] == "number" for _, _, info in template)
    if not numeric:
        spans: list[Span] = []
        n = 0
        for _, _, info in template:
            ph = None
            if info["prec_kind"] == "implicit":
                ph = info["span"]
                n += 1
            if info["arg_kind"] == "implicit":
                ph = info["span"]
                n += 1
            if ph is not None:
                spans.append(ph)
        if not spans:
            spans = [b.fmt_span]
        word = "argument" if n == 1 else "arguments"
        d = Diagnostic("error", f"{n} positional {word} in format string, but {desc}")
        for s in spans:
            d.primary(s)
        for a in b.explicit:
            d.secondary(a.expr.span, None)
        star = False
        for _, _, info in template:
            if info["prec_kind"] == "implicit":
                star = True
                there = "is 1 argument" if n == 1 else f"are {n} arguments"
                d.secondary(info["prec_span"],
                            f"this precision flag adds an extra required argument at position "
                            f"{info['prec_index']}, which is why there {there} expected")
        if star:
            d.note("positional arguments are zero-based")
    else:
        idxs = sorted({i for i, _, _ in b.invalid_refs})
        spans = [s for _, s, _ in b.invalid_refs if s is not None] or [b.fmt_span]
        word = "argument" if len(idxs) == 1 else "arguments"
        d = Diagnostic("error", f"invalid reference to positional {word} {listify(idxs)} ({desc})")
        for s in spans:
            d.primary(s)
        d.note("positional arguments are zero-based")
    if any(not info["default"] for _, _, info in template):
        d.note("for information about formatting flags, visit "
               "https://doc.rust-lang.org/std/fmt/index.html")
    return d


def _is_simple_path(e: ast.Expr) -> str | None:
    k = e.kind
    if isinstance(k, ast.ExprPath) and k.qself is None and len(k.path.segments) == 1 \
            and k.path.segments[0].args is None and not k.path.global_:
        return k.path.segments[0].ident.name
    return None


def _unused_error(b: _Builder, unused: list[tuple[Span, bool]], pieces_in) -> Diagnostic:
    # report_redundant_format_arguments: `println!("{x}", x)`
    placeholders = [(b.span(p.position_span), p.position[1]) for p in pieces_in
                    if isinstance(p, Argument) and p.position[0] == "name"]
    if placeholders:
        arg_spans: list[Span] = []
        fmt_spans: list[Span] = []
        idxs: list[int] = []
        for i in reversed(range(len(b.explicit))):
            a = b.explicit[i]
            if a.name is not None or b.used[i]:
                continue
            name = _is_simple_path(a.expr)
            if name is None:
                continue
            matching = [s for s, n in placeholders if n == name]
            if matching:
                idxs.append(i)
                arg_spans.append(a.expr.span)
                for s in matching:
                    if s not in fmt_spans:
                        fmt_spans.append(s)
        if arg_spans:
            many = len(arg_spans) > 1
            d = Diagnostic("error", "redundant arguments" if many else "redundant argument")
            for s in arg_spans:
                d.primary(s)
            note = Diagnostic("note", "the formatting specifiers are referencing the bindings "
                              "already" if many else
                              "the formatting specifier is referencing the binding already")
            for s in fmt_spans:
                note.primary(s)
            d.children.append(note)
            if not any(a.name is not None for a in b.explicit):
                sugg = []
                for s, i in zip(arg_spans, idxs):
                    if i + 1 == len(b.explicit):
                        sugg.append(Suggestion(s, "", "MachineApplicable"))
                    else:
                        nxt = b.explicit[i + 1].expr.span
                        sugg.append(Suggestion(Span(s.lo, nxt.lo), "", "MachineApplicable"))
                d.help("this can be removed", suggestions=sugg)
            return d

    if len(unused) == 1:
        span, named = unused[0]
        msg = "named argument never used" if named else "argument never used"
        d = Diagnostic.error(msg, span, msg)
    else:
        d = Diagnostic("error", "multiple unused formatting arguments")
        for span, named in unused:
            d.primary(span, "named argument never used" if named else "argument never used")
        d.secondary(b.fmt_span, "multiple missing formatting specifiers")
    if len(unused) == 1:
        d.secondary(b.fmt_span, "formatting specifier missing")
    if not b.invalid_refs:
        if any(b.used):
            if len(unused) > 1:
                d.note(f"consider adding {len(unused)} format specifiers")
        else:
            what = "a format specifier" if len(unused) == 1 else f"{len(unused)} format specifiers"
            hashes = (b.lmap.hashes or 0) if b.lmap is not None else 0
            at = b.fmt_span.hi - 1 - hashes
            d.help(f"format specifiers use curly braces, consider adding {what}",
                   suggestions=[Suggestion(Span(at, at), "{}" * len(unused), "MaybeIncorrect")])
    return d
