from toolchain.source import SourceFile
from toolchain.syntax.lexer import check_delimiters, tokenize


def lex(text, edition="2024"):
    toks, diags, fatal = tokenize(SourceFile("x.rs", text), edition)
    return toks[:-1], diags


def kinds(text):
    return [(t.kind, t.text) for t in lex(text)[0]]


def test_int_literals():
    toks, d = lex("0 1_000 0xff_u8 0o17 0b1010i64 7usize")
    assert not d
    assert [(t.value, t.suffix) for t in toks] == [(0, None), (1000, None), (255, "u8"), (15, None),
                                                   (10, "i64"), (7, "usize")]
    assert all(t.lit_kind == "int" for t in toks)


def test_float_literals():
    toks, d = lex("1.5 2. 1e3 2.5E-2f32 3f64")
    assert not d
    assert [(t.lit_kind, t.value, t.suffix) for t in toks] == [
        ("float", 1.5, None), ("float", 2.0, None), ("float", 1000.0, None), ("float", 0.025, "f32"),
        ("float", 3.0, "f64")]


def test_range_and_tuple_index_and_method():
    assert kinds("1..2") == [("literal", "1"), ("punct", ".."), ("literal", "2")]
    assert kinds("x.0.1") == [("ident", "x"), ("punct", "."), ("literal", "0.1")]
    assert kinds("1.max(2)")[:3] == [("literal", "1"), ("punct", "."), ("ident", "max")]


def test_strings_and_escapes():
    toks, d = lex(r'"a\n\t\\\0\'\"\x7F\u{1F600}" b"\xff" br#"r"# r"x\n" ' + "'\\u{41}' b'a'")
    assert not d
    assert toks[0].value == "a\n\t\\\0'\"\x7f\U0001F600"
    assert toks[1].value == b"\xff" and toks[1].lit_kind == "bytestr"
    assert toks[2].value == b"r"
    assert toks[3].value == "x\\n"
    assert toks[4].value == "A" and toks[4].lit_kind == "char"
    assert toks[5].value == 97 and toks[5].lit_kind == "byte"


def test_string_continuation():
    toks, _ = lex('"a\\\n    b"')
    assert toks[0].value == "ab"


def test_byte_spans_non_ascii():
    src = 'let é = "ü";'
    toks, _ = lex(src)
    data = src.encode()
    assert [data[t.span.lo:t.span.hi].decode() for t in toks] == ["let", "é", "=", '"ü"', ";"]


def test_idents_keywords_raw_lifetimes():
    toks, _ = lex("r#fn 'a 'static '_ _x ünï")
    assert (toks[0].kind, toks[0].text, toks[0].raw) == ("ident", "fn", True)
    assert [t.kind for t in toks[1:4]] == ["lifetime"] * 3
    assert toks[1].text == "'a"
    assert [t.text for t in toks[4:]] == ["_x", "ünï"]


def test_punct_glued_and_joint():
    toks, _ = lex("a>>=b >> > > :: -> => ..= ... && ||")
    assert [t.text for t in toks if t.kind == "punct"] == [">>=", ">>", ">", ">", "::", "->", "=>", "..=",
                                                          "...", "&&", "||"]
    toks, _ = lex("Vec<Vec<u8>>")
    assert toks[-1].text == ">>"
    toks, _ = lex("a + b")
    assert not toks[0].joint
    toks, _ = lex("a+b")
    assert toks[0].joint


def test_comments_and_docs():
    toks, _ = lex("/* a /* nested */ b */ x //! inner\n/// outer\n//// not doc\n/** blk */ /*! iblk */ /**/ y")
    assert [(t.kind, t.lit_kind, t.value) for t in toks] == [
        ("ident", None, None), ("doc", "inner", " inner"), ("doc", "outer", " outer"),
        ("doc", "outer", " blk "), ("doc", "inner", " iblk "), ("ident", None, None)]


def test_shebang():
    toks, _ = lex("#!/usr/bin/env run\nfn")
    assert kinds("#!/usr/bin/env run\nfn") == [("ident", "fn")]
    assert kinds("#![allow(x)]")[0] == ("punct", "#")


def test_fatal_unterminated():
    toks, d, fatal = tokenize(SourceFile("x.rs", 'let s = "abc'))
    assert fatal and d[0].message == "unterminated double quote string" and d[0].code == "E0765"
    toks, d, fatal = tokenize(SourceFile("x.rs", "/* /* */"))
    assert fatal and d[0].code == "E0758"


def test_delimiters_match():
    src = SourceFile("x.rs", "f(a[1], {b})")
    toks, _, _ = tokenize(src)
    match, diags = check_delimiters(toks, src)
    assert not diags
    assert match[1] == len(toks) - 2
