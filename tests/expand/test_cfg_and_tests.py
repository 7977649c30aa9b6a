"""cfg-stripping and #[test] collection, on hand-built ASTs (switch to parsed source
once `parse_crate` lands)."""

from __future__ import annotations

from toolchain.expand import TestDesc, expand_crate
from toolchain.source import SourceFile, Span
from toolchain.syntax import ast
from toolchain.syntax.ids import IdGen

S = Span(0, 0)
ids = IdGen()


def ident(t):
    return ast.Token("ident", t, S)


def punct(t):
    return ast.Token("punct", t, S)


def strlit(v):
    return ast.Token("literal", f'"{v}"', S, lit_kind="str")


def group(*trees):
    return ast.Delimited("(", S, S, list(trees))


def attr(name, args=None, eq=None):
    path = ast.Path([ast.PathSegment(ast.Ident(name, S), None, ids.next())], S)
    eqv = None
    if eq is not None:
        eqv = ast.Expr(ast.ExprLit(ast.Lit("str", eq, None, f'"{eq}"', S)), S, ids.next())
    return ast.Attribute(path, args, eqv, False, S)


def fn_item(name, attrs=(), params=0):
    ps = [ast.Param(ast.Pat(ast.PatWild(), S, ids.next()), ast.Ty(ast.TyInfer(), S, ids.next()), S,
                    ids.next()) for _ in range(params)]
    sig = ast.FnSig(ps, None, None, S)
    fn = ast.Fn(ast.Ident(name, S), ast.empty_generics(S), sig, ast.Block([], S, ids.next()))
    return ast.Item(fn, ast.Visibility("inherited", None, S), list(attrs), S, ids.next())


def mod_item(name, items, attrs=()):
    return ast.Item(ast.Mod(ast.Ident(name, S), items), ast.Visibility("inherited", None, S),
                    list(attrs), S, ids.next())


def run(items, cfg_test):
    crate = ast.Crate(items, [], S)
    return expand_crate(crate, SourceFile("main.rs", ""), "2024", cfg_test, ids)


def names(items):
    return [i.kind.ident.name for i in items]


def cfg(*trees):
    return attr("cfg", group(*trees))


def test_cfg_test_stripping():
    def items():
        return [fn_item("main"),
                fn_item("only_test", [cfg(ident("test"))]),
                fn_item("not_test", [cfg(ident("not"), group(ident("test")))]),
                fn_item("all", [cfg(ident("all"), group(ident("test"), punct(","), ident("unix")))]),
                fn_item("any", [cfg(ident("any"), group(ident("test"), punct(","), ident("nope")))]),
                fn_item("unknown", [cfg(ident("nope"))]),
                fn_item("kv", [cfg(ident("target_os"), punct("="), strlit("linux"))])]
    crate, diags, _ = run(items(), False)
    assert diags == [] and names(crate.items) == ["main", "not_test", "kv"]
    crate, diags, _ = run(items(), True)
    assert diags == [] and names(crate.items) == ["main", "only_test", "all", "any", "kv"]


def test_collects_tests_with_paths_and_attrs():
    tests_mod = mod_item("tests", [
        fn_item("adds", [attr("test")]),
        fn_item("boom", [attr("test"), attr("should_panic")]),
        fn_item("boom2", [attr("test"), attr("should_panic", group(ident("expected"), punct("="), strlit("div")))]),
        fn_item("slow", [attr("test"), attr("ignore", eq="too slow")]),
        fn_item("helper"),
    ], [cfg(ident("test"))])
    items = [fn_item("main"), fn_item("top", [attr("test"), attr("ignore")]), tests_mod]
    crate, diags, tests = run(items, True)
    assert diags == []
    assert [t.name for t in tests] == ["top", "tests::adds", "tests::boom", "tests::boom2", "tests::slow"]
    assert tests[1].path == ["tests", "adds"]
    assert tests[0].ignore and tests[0].ignore_reason is None
    assert tests[2].should_panic is True and tests[3].should_panic == "div"
    assert tests[4].ignore and tests[4].ignore_reason == "too slow"
    assert all(isinstance(t, TestDesc) for t in tests)


def test_tests_removed_without_cfg_test():
    items = [fn_item("main"), fn_item("t", [attr("test")])]
    crate, diags, tests = run(items, False)
    assert names(crate.items) == ["main"] and tests == [] and diags == []


def test_test_fn_with_arguments_is_an_error():
    crate, diags, tests = run([fn_item("t", [attr("test")], params=1)], True)
    assert [d.message for d in diags] == ["functions used as tests can not have any arguments"]
    assert tests == []


def test_test_on_non_function():
    st = ast.Item(ast.Struct(ast.Ident("S", S), ast.empty_generics(S), ast.VariantData("unit", [])),
                  ast.Visibility("inherited", None, S), [attr("test")], S, ids.next())
    _, diags, _ = run([st], False)
    assert diags[0].message == "the `#[test]` attribute may only be used on a free function"
    assert diags[0].spans[1].label == "expected a non-associated function, found a struct"
