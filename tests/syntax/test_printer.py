"""The AST printer round-trips: for every program under tests/ that parses without
error, `parse(print(ast))` equals `ast` modulo spans and NodeIds."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolchain.source import SourceFile
from toolchain.syntax import ast, parse_crate
from toolchain.syntax.printer import crate_to_string, expr_to_string

from .astcmp import ast_diff

ROOT = Path(__file__).resolve().parents[1]


def _corpus() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.rs") if ".venv" not in p.parts)


def _edition(text: str) -> str:
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        if line.startswith("//@ edition:"):
            return line.split(":", 1)[1].strip()
    return "2024"


def _parses(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    _, diags = parse_crate(SourceFile(path.name, text), _edition(text))
    return not any(d.is_error for d in diags)


CORPUS = _corpus()
# Syntax-error cases are the only programs under tests/ that may fail to parse.
PARSING = [p for p in CORPUS if _parses(p)]


def test_corpus_is_not_empty():
    assert len(PARSING) > 50


def test_every_well_formed_program_parses():
    syntax_cases = ROOT / "ui" / "syntax"
    unexpected = [str(p.relative_to(ROOT)) for p in CORPUS
                  if p not in PARSING and syntax_cases not in p.parents
                  and "diagnostics" not in p.parts]
    assert unexpected == []


@pytest.mark.parametrize("path", PARSING, ids=lambda p: str(p.relative_to(ROOT)))
def test_print_parse_roundtrip(path: Path):
    text = path.read_text(encoding="utf-8")
    edition = _edition(text)
    crate, diags = parse_crate(SourceFile(path.name, text), edition)
    printed = crate_to_string(crate)
    crate2, diags2 = parse_crate(SourceFile("printed.rs", printed), edition)
    assert not [d.message for d in diags2], printed
    diff = ast_diff(crate, crate2)
    assert diff is None, f"{diff}\n--- printed ---\n{printed}"
    # printing is a fixed point
    assert crate_to_string(crate2) == printed


WIDER = r'''
#![allow(dead_code)]
//! crate docs
use std::collections::{HashMap, hash_map::Entry as E, *};
use ::std::fmt::{self, Display};
extern crate alloc as a;
/// A point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point<T: Copy + Default = i32> where T: Clone { pub x: T, pub(crate) y: T }
struct Unit;
struct Pair(pub i32, f64);
union U { a: u32, b: f32 }
enum Shape<'a, T> { Circle { r: f64 }, Square(f64), Named(&'a str, T), Empty = 3 }
pub(in crate::m) fn f() {}
mod m { #![allow(unused)] pub(super) const X: usize = 3; pub static mut Y: [u8; 2] = [1, 2]; }
type Res<T> = Result<T, Box<dyn std::error::Error + Send + 'static>>;
trait Shape2: Clone + 'static where Self: Sized {
    type Out: Display = String;
    const N: usize;
    fn area(&self) -> f64;
    fn name<'b>(&'b mut self, x: impl Fn(i32) -> i32) -> &'b str { "s" }
}
unsafe impl<T: ?Sized> Send for Point<T> {}
impl<T> Point<T> where T: Copy + Default {
    pub const fn new(x: T, y: T) -> Self { Self { x, y } }
    fn by_value(self: Box<Self>, mut z: T) -> Option<T> { None }
}
extern "C" { fn abs(x: i32) -> i32; }
macro_rules! sq { ($e:expr) => { $e * $e }; }
unsafe extern "C" fn cb(x: *const u8, y: *mut u8) -> ! { loop {} }
fn generic<const N: usize, F>(a: [i32; N], f: F) -> impl Iterator<Item = u32> + 'static
where F: for<'a> Fn(&'a i32) -> bool { std::iter::empty() }
fn exprs(v: Vec<i32>, p: &Point) -> i32 {
    let Point { x, y: ref mut yy, .. } = *p;
    let (a, .., b) = (1, 2, 3);
    let [first, rest @ ..] = [1, 2, 3] else { return 0; };
    let s: &[i32] = &v[1..];
    let r = ..=5; let r2 = 1..; let r3 = ..;
    let c = |a: i32, b| -> i32 { a + b };
    let m = move || v.len() as i32;
    let t = (1,); let u = ();
    let n = -1i64 as u8 as char;
    let q = <Vec<i32> as IntoIterator>::into_iter(vec![1]);
    let w = Vec::<u8>::with_capacity(3);
    let z = x.0.1 + w.len().pow(2);
    'outer: for i in 0..10 { while let Some(j) = None::<i32> { break 'outer; } continue 'outer; }
    let v2 = loop { break 5 };
    let bl = 'b: { if a > 1 { break 'b 1; } 2 };
    if let Some(k) = Some(1) && k > 0 { } else if a == b { } else { }
    match a { 0 | 1 => 1, 2..=5 if a > 3 => { 2 } -3..0 => 3, x @ 10.. => x, _ => 4 }
    let arr = [0u8; 4];
    let st = Shape::Circle { r: 1.0 };
    let rs = Range { start: 1, .. ..Range::default() };
    let bs = b"bytes"; let ch = 'c'; let raw = r#"raw"#; let esc = "a\tb\n";
    x += 1; x <<= 2; *yy = 3;
    unsafe { cb(std::ptr::null(), std::ptr::null_mut()); }
    let fut = async move { 1 };
    assert!(a < b && !(a == b), "msg {}", a);
    sq!(3)
}
fn main() {}
'''


def test_wider_grammar_roundtrip():
    crate, diags = parse_crate(SourceFile("w.rs", WIDER), "2024")
    assert not [d.message for d in diags if d.is_error]
    printed = crate_to_string(crate)
    crate2, diags2 = parse_crate(SourceFile("p.rs", printed), "2024")
    assert not [d.message for d in diags2], printed
    assert ast_diff(crate, crate2) is None, printed
    assert crate_to_string(crate2) == printed


def test_rustc_style():
    src = "fn main(){let x=vec![1,2];if !x.is_empty()&&f(1,2)  {x.len();}else{g::<u8>(&mut x[0..2])}}"
    crate, _ = parse_crate(SourceFile("a.rs", src), "2024")
    assert crate_to_string(crate) == (
        "fn main() {\n"
        "    let x = vec![1,2];\n"
        "    if !x.is_empty() && f(1, 2) {\n"
        "        x.len();\n"
        "    } else {\n"
        "        g::<u8>(&mut x[0..2])\n"
        "    }\n"
        "}\n")
    cond = crate.items[0].kind.body.stmts[1].kind.expr.kind.cond
    assert expr_to_string(cond) == "!x.is_empty() && f(1, 2)"


def test_leading_bom_is_skipped():
    crate, diags = parse_crate(SourceFile("b.rs", "\ufefffn main() {}\n"), "2024")
    assert not diags and crate.items[0].kind.ident.name == "main"
    crate, diags = parse_crate(SourceFile("b.rs", "\ufeff#!/usr/bin/env run\nfn main() {}\n"), "2024")
    assert not diags and len(crate.items) == 1
