"""format_args! expansion: pieces/specs/args, and rustc's errors (recorded from
rustc 1.95 `--edition 2024`, written here as headline, primary snippet + column, labels)."""

from __future__ import annotations

import pytest

from toolchain.syntax import ast

from expand_support import expand_expr, summary


def fmt_of(text):
    e, diags, sf = expand_expr(text)
    assert diags == [], [summary(d, sf) for d in diags]
    assert isinstance(e.kind, ast.ExprBuiltinMacro)
    return e, e.kind.fmt, sf


def test_println_pieces_specs_args():
    e, f, sf = fmt_of('println!("a{} {x:>8} {{ {0:?} {:#x?}\\n{y:w$.p$}", 1, 2, w = 3)')
    assert e.kind.name == "println" and sf.snippet(e.span) == sf.text
    assert f.pieces == ["a", " ", " { ", " ", "\n", "\n"]
    assert [sf.snippet(s.span) for s in f.specs] == ["{}", "{x:>8}", "{0:?}", "{:#x?}", "{y:w$.p$}"]
    assert [s.arg for s in f.specs] == [0, 3, 0, 1, 4]
    assert f.specs[1].align == ">" and f.specs[1].width == 8
    assert f.specs[2].trait == "?"
    assert f.specs[3].trait == "?" and f.specs[3].alternate and f.specs[3].debug_hex == "x"
    assert f.specs[4].width == ("arg", 2) and f.specs[4].precision == ("arg", 5)
    # explicit args first, then captures in order of appearance, each once
    assert [sf.snippet(a.span) for a in f.args] == ["1", "2", "3", "x", "y", "p"]
    assert isinstance(f.args[3].kind, ast.ExprPath)


@pytest.mark.parametrize("spec,check", [
    ("{:08.3}", dict(zero_pad=True, width=8, precision=3)),
    ("{:+}", dict(sign="+")),
    ("{:#?}", dict(trait="?", alternate=True)),
    ("{:#x}", dict(trait="x", alternate=True)),
    ("{:e}", dict(trait="e")),
    ("{:*^10}", dict(fill="*", align="^", width=10)),
    ("{:<5}", dict(align="<", width=5)),
    ("{:X?}", dict(trait="?", debug_hex="X")),
    ("{:0$}", dict(width=("arg", 0), zero_pad=False)),
])
def test_spec_flags(spec, check):
    _, f, _ = fmt_of(f'format!("{spec}", 1)')
    for k, v in check.items():
        assert getattr(f.specs[0], k) == v, (k, f.specs[0])


def test_precision_star_takes_next_arg():
    _, f, _ = fmt_of('print!("{:^.*}", 3, 1.5)')
    s = f.specs[0]
    assert s.align == "^" and s.precision == ("arg", 0) and s.arg == 1


def test_raw_string_and_escapes_spans():
    _, f, sf = fmt_of('print!(r#"a"{}"#, 1)')
    assert f.pieces == ['a"', ""] and sf.snippet(f.specs[0].span) == "{}"
    _, f, sf = fmt_of('print!("\\u{41}\\t{x}")')
    assert f.pieces == ["A\t", ""] and sf.snippet(f.specs[0].span) == "{x}"
    assert sf.snippet(f.args[0].span) == "x"


def test_println_empty_and_panics():
    _, f, _ = fmt_of("println!()")
    assert f.pieces == ["\n"]
    _, f, _ = fmt_of("panic!()")
    assert f.pieces == ["explicit panic"]
    _, f, _ = fmt_of('unreachable!("x {}", 1)')
    assert f.pieces == ["internal error: entered unreachable code: x ", ""]
    _, f, _ = fmt_of("todo!()")
    assert f.pieces == ["not yet implemented"]


def test_assert_messages():
    e, f, _ = fmt_of("assert!(!x&&f(1,2))")
    assert e.kind.name == "assert" and f.pieces == ["assertion failed: !x && f(1, 2)"]
    e, f, _ = fmt_of('assert_eq!(a, b, "m {}", 1)')
    assert e.kind.name == "assert_eq" and len(e.kind.args) == 2 and f.pieces == ["m ", ""]
    e = expand_expr("debug_assert_ne!(a, b,)")[0]
    assert e.kind.name == "assert_ne" and e.kind.fmt is None


# (source, message, [(snippet, column, label, primary)], [children])  -- from rustc 1.95
ERRORS = [
    ('println!("{}")', "1 positional argument in format string, but no arguments were given",
     [("{}", 11, None, True)], []),
    ('println!("hi", 1)', "argument never used",
     [("1", 16, "argument never used", True), ('"hi"', 10, "formatting specifier missing", False)],
     ["format specifiers use curly braces, consider adding a format specifier"]),
    ('println!("hi", 1, 2)', "multiple unused formatting arguments",
     [("1", 16, "argument never used", True), ("2", 19, "argument never used", True),
      ('"hi"', 10, "multiple missing formatting specifiers", False)],
     ["format specifiers use curly braces, consider adding 2 format specifiers"]),
    ('println!("{", 1)', "invalid format string: expected `}` but string was terminated",
     [('"', 12, "expected `}` in format string", True), ("{", 11, "because of this opening brace", False)],
     ["if you intended to print `{`, you can escape it using `{{`"]),
    ('println!("}", 1)', "invalid format string: unmatched `}` found",
     [("}", 11, "unmatched `}` in format string", True)],
     ["if you intended to print `}`, you can escape it using `}}`"]),
    ('println!("{ x }")', "invalid format string: expected `}`, found `x`",
     [("x", 13, "expected `}` in format string", True), ("{", 11, "because of this opening brace", False)],
     ["if you intended to print `{`, you can escape it using `{{`"]),
    ("println!(x)", "format argument must be a string literal", [("x", 10, None, True)],
     ["you might be missing a string literal to format with"]),
    ("format!()", "requires at least a format string argument", [("format!()", 1, None, True)], []),
    ("foo!(1)", "cannot find macro `foo` in this scope", [("foo", 1, None, True)], []),
    ('println!("{} {}", 1)', "2 positional arguments in format string, but there is 1 argument",
     [("{}", 11, None, True), ("{}", 14, None, True), ("1", 19, None, False)], []),
    ('println!("{0} {1}", 1)', "invalid reference to positional argument 1 (there is 1 argument)",
     [("1", 16, None, True)], ["positional arguments are zero-based"]),
    ('println!("{1} {3} {5}", 1)',
     "invalid reference to positional arguments 1, 3 and 5 (there is 1 argument)",
     [("1", 12, None, True), ("3", 16, None, True), ("5", 20, None, True)],
     ["positional arguments are zero-based"]),
    ('println!("{:y}", 1)', "unknown format trait `y`", [("y", 13, None, True)], None),
    ('println!("{a}", a = 1, b = 2)', "named argument never used",
     [("2", 28, "named argument never used", True), ('"{a}"', 10, "formatting specifier missing", False)], []),
    ('println!("{a} {a}", a = 1, a = 2)', "duplicate argument named `a`",
     [("a", 28, "duplicate argument", True), ("a", 21, "previously here", False)], []),
    ('println!("{a} {}", a = 1, 2)', "positional arguments cannot follow named arguments",
     [("2", 27, "positional arguments must be before named arguments", True),
      ("a = 1", 20, "named argument", False)], []),
    ('println!("{_}", 1)', "invalid format string: invalid argument name `_`",
     [("_", 12, "invalid argument name in format string", True)],
     ["argument name cannot be a single underscore"]),
    ('println!("{x}", x)', "redundant argument", [("x", 17, None, True)],
     ["the formatting specifier is referencing the binding already", "this can be removed"]),
    ('println!("{}" 1)', "expected `,`, found `1`", [("1", 15, "expected `,`", True)], []),
    ("assert!()", "macro requires a boolean expression as an argument",
     [("assert!()", 1, "boolean expression required", True)], []),
    ("assert_eq!()", "unexpected end of macro invocation",
     [("assert_eq!()", 1, "missing tokens in macro arguments", True)],
     ["while trying to match meta-variable `$left:expr`"]),
    ('assert!(true "msg")', "unexpected string literal", [('"msg"', 14, None, True)],
     ["try adding a comma"]),
    ('println!(r#"a"{}{"#, 1)', "invalid format string: expected `}` but string was terminated",
     [('"', 18, "expected `}` in format string", True), ("{", 17, "because of this opening brace", False)],
     ["if you intended to print `{`, you can escape it using `{{`"]),
    ('println!("{a.b}", a = 1)', "invalid format string: field access isn't supported",
     [("a.b", 12, "not supported in format string", True)],
     ["consider moving this expression to a local variable and then using the local here instead",
      "consider using a positional formatting argument instead"]),
]


@pytest.mark.parametrize("src,msg,spans,children", ERRORS, ids=[e[0] for e in ERRORS])
def test_errors_match_rustc(src, msg, spans, children):
    _, diags, sf = expand_expr(src)
    assert len(diags) >= 1
    level, message, code, got_spans, got_children = summary(diags[0], sf)
    assert (level, message, code) == ("error", msg, None)
    assert sorted(got_spans, key=lambda s: (s[1], s[0])) == sorted(spans, key=lambda s: (s[1], s[0]))
    if children is not None:
        assert got_children == children


def test_unsupported_macro_is_honest():
    e, diags, sf = expand_expr("dbg!(1)")
    assert len(diags) == 1 and diags[0].toolchain_note and diags[0].code is None
    assert diags[0].message == "Ferrite does not support the `dbg!` macro yet"
    assert sf.snippet(diags[0].spans[0].span) == "dbg!(1)"
    assert isinstance(e.kind, ast.ExprErr)


def test_nested_macros_are_expanded():
    e, f, sf = fmt_of('println!("{}", format!("{}", 1))')
    inner = f.args[0].kind
    assert isinstance(inner, ast.ExprBuiltinMacro) and inner.name == "format"
