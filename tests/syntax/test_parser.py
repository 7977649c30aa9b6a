from hypothesis import given, settings, strategies as st

from toolchain.source import SourceFile
from toolchain.syntax import ast, parse_crate, parse_tokens_as_expr, parse_tokens_as_exprs
from toolchain.syntax.ids import IdGen


def parse(src):
    crate, diags = parse_crate(SourceFile("x.rs", src))
    assert not diags, [d.message for d in diags]
    return crate


def body(src):
    return parse("fn main() {\n" + src + "\n}").items[0].kind.body.stmts


def expr(src):
    (st,) = body(src)
    return st.kind.expr


def sexp(e):
    """A compact s-expression of an expression, for precedence checks."""
    k = e.kind
    if isinstance(k, ast.ExprLit):
        return k.lit.symbol
    if isinstance(k, ast.ExprPath):
        return "::".join(s.ident.name for s in k.path.segments)
    if isinstance(k, ast.ExprBinary):
        return f"({k.op} {sexp(k.lhs)} {sexp(k.rhs)})"
    if isinstance(k, ast.ExprUnary):
        return f"({k.op}{sexp(k.expr)})"
    if isinstance(k, ast.ExprAssign):
        return f"(= {sexp(k.lhs)} {sexp(k.rhs)})"
    if isinstance(k, ast.ExprAssignOp):
        return f"({k.op}= {sexp(k.lhs)} {sexp(k.rhs)})"
    if isinstance(k, ast.ExprCast):
        return f"(as {sexp(k.expr)} {k.ty.kind.path.segments[0].ident.name})"
    if isinstance(k, ast.ExprParen):
        return f"[{sexp(k.expr)}]"
    if isinstance(k, ast.ExprRange):
        lo = sexp(k.lo) if k.lo else "_"
        hi = sexp(k.hi) if k.hi else "_"
        return f"({'..=' if k.inclusive else '..'} {lo} {hi})"
    if isinstance(k, ast.ExprCall):
        return "(" + " ".join(["call", sexp(k.func)] + [sexp(a) for a in k.args]) + ")"
    if isinstance(k, ast.ExprMethodCall):
        return "(" + " ".join(["." + k.segment.ident.name, sexp(k.receiver)] + [sexp(a) for a in k.args]) + ")"
    if isinstance(k, ast.ExprField):
        return f"(. {sexp(k.expr)} {k.ident.name})"
    if isinstance(k, ast.ExprTry):
        return f"(? {sexp(k.expr)})"
    if isinstance(k, ast.ExprAddrOf):
        return f"(&{'mut ' if k.mutable else ''}{sexp(k.expr)})"
    if isinstance(k, ast.ExprIndex):
        return f"(idx {sexp(k.expr)} {sexp(k.index)})"
    return type(k).__name__


def test_precedence():
    cases = {
        "1 + 2 * 3;": "(+ 1 (* 2 3))",
        "1 * 2 + 3;": "(+ (* 1 2) 3)",
        "1 - 2 - 3;": "(- (- 1 2) 3)",
        "a = b = c;": "(= a (= b c))",
        "x as u8 * 2;": "(* (as x u8) 2)",
        "-x as i64;": "(as (-x) i64)",
        "!a && b || c;": "(|| (&& (!a) b) c)",
        "a == b && c != d;": "(&& (== a b) (!= c d))",
        "1 << 2 + 3;": "(<< 1 (+ 2 3))",
        "a & b ^ c | d;": "(| (^ (& a b) c) d)",
        "a..b + 1;": "(.. a (+ b 1))",
        "..=5;": "(..= _ 5)",
        "x += 1 + 2;": "(+= x (+ 1 2))",
        "-a.b()?;": "(-(? (.b a)))",
        "&mut v[0];": "(&mut (idx v 0))",
        "*p.0 = 1;": "(= (*(. p 0)) 1)",
        "(1 + 2) * 3;": "(* [(+ 1 2)] 3)",
        "f(1, 2)(3);": "(call (call f 1 2) 3)",
        "t.0.1;": "(. (. t 0) 1)",
        "a < b && c;": "(&& (< a b) c)",
    }
    for src, want in cases.items():
        assert sexp(expr(src)) == want, src


def test_long_chain_does_not_recurse_deeply():
    e = expr(" + ".join(["1"] * 3000) + ";")
    assert isinstance(e.kind, ast.ExprBinary)


def test_chained_comparison_is_an_error():
    _, diags = parse_crate(SourceFile("x.rs", "fn main() { a < b == c; }"))
    assert [d.message for d in diags] == ["comparison operators cannot be chained"]


def test_subset_program():
    src = '''
/// Adds.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[test]
fn t() {
    let mut x: u8 = 5u8;
    x += 1;
    let s: &str = "hi";
    let u: () = ();
    let c = 'c';
    if x > 3 && !false { x = 2; } else if x == 1 { } else { return; }
    while x < 10 { x += 1; continue; }
    let v = loop { break 42; };
    'outer: loop { break 'outer; }
    println!("{} {}", x, v);
    assert_eq!(add(1, 2), 3);
    { 1 }
    x
}
'''
    crate = parse(src)
    add, t = crate.items
    assert add.attrs[0].is_doc_comment and add.attrs[0].doc == " Adds."
    assert add.kind.ident.name == "add"
    assert [p.pat.kind.ident.name for p in add.kind.sig.params] == ["a", "b"]
    assert add.kind.sig.ret.kind.path.segments[0].ident.name == "i32"
    (tail,) = add.kind.body.stmts
    assert isinstance(tail.kind, ast.StmtExpr) and not tail.kind.semi
    assert t.attrs[0].name == "test" and t.attrs[0].args is None
    stmts = t.kind.body.stmts
    let_x = stmts[0].kind
    assert let_x.pat.kind.mutable and let_x.ty.kind.path.segments[0].ident.name == "u8"
    assert let_x.init.kind.lit.value == 5 and let_x.init.kind.lit.suffix == "u8"
    assert isinstance(stmts[2].kind.ty.kind, ast.TyRef)
    assert stmts[3].kind.ty.kind == ast.TyTuple([])
    assert isinstance(stmts[5].kind.expr.kind, ast.ExprIf)
    assert isinstance(stmts[5].kind.expr.kind.else_.kind, ast.ExprIf)
    brk = stmts[7].kind.init.kind.body.stmts[0].kind.expr.kind
    assert isinstance(brk, ast.ExprBreak) and brk.value.kind.lit.value == 42
    lbl = stmts[8].kind.expr.kind
    assert lbl.label.name == "'outer" and lbl.body.stmts[0].kind.expr.kind.label.name == "'outer"
    mac = stmts[9].kind
    assert isinstance(mac, ast.StmtMacCall) and mac.semi and mac.mac.path.segments[0].ident.name == "println"
    assert mac.mac.args.delim == "(" and [t.text for t in mac.mac.args.trees] == ['"{} {}"', ",", "x", ",", "v"]
    assert isinstance(stmts[11].kind.expr.kind, ast.ExprBlock) and not stmts[11].kind.semi
    last = stmts[-1].kind
    assert isinstance(last, ast.StmtExpr) and not last.semi


def test_block_like_statements():
    stmts = body("if a { 1 } else { 2 } - 1;\nmatch x { _ => {} }\n*y = 3;")
    # rustc: a block-like expression statement ends the statement; `- 1` is unary.
    assert isinstance(stmts[0].kind.expr.kind, ast.ExprIf)
    assert sexp(stmts[1].kind.expr) == "(-1)"
    assert isinstance(stmts[2].kind.expr.kind, ast.ExprMatch)
    assert sexp(stmts[3].kind.expr) == "(= (*y) 3)"


def test_struct_literal_not_in_condition():
    (st,) = body("if x == y { }")
    e = st.kind.expr.kind
    assert isinstance(e, ast.ExprIf) and sexp(e.cond) == "(== x y)"
    st = body("let p = P { x: 1, y };")[0]
    assert isinstance(st.kind.init.kind, ast.ExprStruct)


def test_macro_tail_and_vec():
    stmts = body("let v = vec![1, 2];\nformat!(\"x\")")
    assert isinstance(stmts[0].kind.init.kind, ast.ExprMacCall)
    assert stmts[0].kind.init.kind.mac.args.delim == "["
    assert isinstance(stmts[1].kind, ast.StmtExpr) and not stmts[1].kind.semi


def test_wider_grammar():
    src = '''
use std::collections::{HashMap, hash_map::Entry as E};
mod m { pub(crate) fn f() {} }
#[derive(Debug, Clone)]
pub struct P<T: Clone = i32> where T: Copy { pub x: T, y: Vec<Vec<u8>> }
struct U(i32, pub String);
enum E2 { A, B(i32), C { x: u8 } = 3 }
trait Tr: Clone { type Item; fn m(&self) -> Self::Item; fn d(&mut self) {} }
impl<'a, T> Tr for &'a [T; 3] { type Item = (); fn m(&self) {} }
const N: usize = 3;
static mut S: &str = "s";
macro_rules! sq { ($e:expr) => { $e * $e }; }
fn g<const M: usize>(x: impl Fn(i32) -> i32, y: &dyn Tr<Item = ()>, z: fn(u8) -> !) -> Option<Box<[u8]>> {
    let Some(a) = x else { return None; };
    if let Some(b) = y && b > 1 {}
    match v { 0 | 1 => 1, 2..=5 if true => 2, ref r @ 6.. => 3, (a, .., b) => 4, [x, rest @ ..] => 5,
              P { x, y: 0, .. } => 6, Q(&mut z) => 7, _ => { 8 } }
    let c = move |a: i32, b| a + b;
    for (i, x) in v.iter().enumerate() { continue; }
    let t = <T as Tr>::m(&x);
    let s = Vec::<u8>::with_capacity(3);
    unsafe { *p };
    x?.await;
    &&y;
    None
}
'''
    crate = parse(src)
    assert len(crate.items) == 11
    assert isinstance(crate.items[-2].kind, ast.MacroRules)


def test_node_ids_unique_and_continued():
    crate = parse("fn main() { let x = 1 + 2; foo(x, [1, 2]); }")
    seen = []

    def walk(o):
        if isinstance(o, list):
            for x in o:
                walk(x)
        elif hasattr(o, "__dataclass_fields__"):
            if "id" in o.__dataclass_fields__:
                seen.append(o.id)
            for f in o.__dataclass_fields__:
                if f != "id_gen":
                    walk(getattr(o, f))

    walk(crate)
    assert len(seen) == len(set(seen)) and 0 not in seen
    nxt = crate.id_gen.next()
    assert nxt > max(seen)


def test_parse_tokens_as_exprs():
    crate = parse('fn main() { println!("{} {}", a, b + 1,); }')
    mac = crate.items[0].kind.body.stmts[0].kind.mac
    src = SourceFile("x.rs", "")
    exprs, diags = parse_tokens_as_exprs(mac.args.trees, src, "2024", crate.id_gen)
    assert not diags
    assert [sexp(e) for e in exprs] == ['"{} {}"', "a", "(+ b 1)"]
    e, diags = parse_tokens_as_expr([mac.args.trees[2]], src, "2024", IdGen(100))
    assert sexp(e) == "a" and e.id >= 100


def test_parse_tokens_as_exprs_error():
    crate = parse('fn main() { assert_eq!(a, , b); }')
    mac = crate.items[0].kind.body.stmts[0].kind.mac
    exprs, diags = parse_tokens_as_exprs(mac.args.trees, SourceFile("x.rs", ""), "2024", crate.id_gen)
    assert [d.message for d in diags] == ["expected expression, found `,`"]


GARBAGE = st.text(alphabet=st.sampled_from(list("fn main(){}[]<>;:,.=+-*/&|!?'\"#\\0x1_ letrsuc\n\t/*é")),
                  max_size=80)


@settings(max_examples=300, deadline=None)
@given(GARBAGE)
def test_never_raises_on_garbage(text):
    crate, diags = parse_crate(SourceFile("x.rs", text))
    assert not any(d.level == "internal-error" for d in diags), [d.message for d in diags]


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=60))
def test_never_raises_on_random_bytes(data):
    text = data.decode("utf-8", errors="replace")
    crate, diags = parse_crate(SourceFile("x.rs", text))
    assert not any(d.level == "internal-error" for d in diags)


def test_truncated_programs_never_raise():
    prog = '''fn main() { let mut v = vec![1, 2]; for x in v.iter() { if *x > 1 { println!("{}", x); } }
    match v.len() { 0 => {}, n => { let s: &str = "a"; } } let c = |a: i32| -> i32 { a }; }'''
    for i in range(len(prog)):
        crate, diags = parse_crate(SourceFile("x.rs", prog[:i]))
        assert not any(d.level == "internal-error" for d in diags), (i, [d.message for d in diags])
    for lone in ["(", ")", "{", "}", "[", "]", "}{", ")(", "fn", "fn f(", "'", '"', "/*", "#", "#!["]:
        parse_crate(SourceFile("x.rs", lone))
