"""`unsafe` and `extern` blocks beyond what tests/ui/unsafety records from rustc: what
Ferrite refuses honestly (a call into C when the program runs, raw pointers made or read,
unsafe functions as values, unsafe methods), each at its span, with no false error code
and no traceback."""

from __future__ import annotations

import pytest

from toolchain.api import execute

FOREIGN_CALL = """\
unsafe extern "C" {
    fn abs(x: i32) -> i32;
}

fn main() {
    println!("before");
    let n = unsafe { abs(-2) };
    println!("{}", n);
}
"""


def test_running_a_foreign_call_is_refused_at_the_call():
    result = execute(FOREIGN_CALL, mode="run")
    assert result["compiled"]
    run = result["run"]
    assert run["stdout"] == "before\n"      # (the program runs up to the call)
    assert run["exit_code"] != 0 and run["panic"] is None
    lines = run["stderr"].strip().splitlines()
    assert lines[0] == ("error: Ferrite does not support calling `abs` or other functions "
                        "of `extern` blocks yet")
    assert lines[1].endswith("main.rs:7:22")     # `abs(-2)`, not the declaration


def test_checking_a_foreign_call_passes_as_with_rustc():
    result = execute(FOREIGN_CALL, mode="check")
    assert result["compiled"] and result["diagnostics"] == []


REFUSED = {
    "coercion": ("fn main() { let x = 5; let p: *const i32 = &x; let _q = p; }",
                 "converting references to raw pointers", "&x"),
    "cast": ("fn main() { let x = 5; let _p = &x as *const i32; }",
             "casts to or from raw pointers", "&x as *const i32"),
    "deref": ("fn read(p: *const i32) -> i32 { unsafe { *p } }\nfn main() {}",
              "dereferencing raw pointers", "*p"),
    "debug": ("fn show(p: *const u8) { println!(\"{:?}\", p); }\nfn main() {}",
              "formatting raw pointers", "p)"),
    "derive": ("#[derive(Debug, Clone, Copy)]\nstruct H { raw: *mut u8 }\nfn main() {}",
               "`#[derive(Debug)]` on a type with raw pointer fields", "Debug"),
    "fn value": ("unsafe fn twice(x: i32) -> i32 { x * 2 }\n"
                 "fn main() { let f: fn(i32) -> i32 = twice; println!(\"{}\", f(1)); }",
                 "an `unsafe fn` used as a value", "twice;"),
    "unsafe method": ("struct S;\nimpl S { unsafe fn go(&self) {} }\n"
                      "fn main() { unsafe { S.go() } }",
                      "`unsafe` methods and associated functions", "unsafe fn go(&self)"),
    "variadic with body": ("fn sum(a: i32, ...) -> i32 { a }\nfn main() {}",
                           "`...` in the parameters of a function with a body", "fn sum"),
    "foreign static": ("unsafe extern \"C\" { static COUNT: i32; }\n"
                       "fn main() { println!(\"{}\", unsafe { COUNT }); }",
                       "items other than functions in `extern` blocks", "static COUNT"),
    "static mut": ("static mut COUNTER: u32 = 0;\n"
                   "fn main() { unsafe { COUNTER += 1; println!(\"{}\", COUNTER); } }",
                   "`static mut`", "static mut"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_honestly(name):
    source, what, at = REFUSED[name]
    result = execute(source, mode="check")
    assert not result["compiled"]
    first = result["diagnostics"][0]["rendered"].splitlines()
    assert first[0].startswith(f"error: Ferrite does not support {what}")
    line, col = first[1].rsplit(":", 2)[-2:]
    text = source.splitlines()[int(line) - 1]
    assert text[int(col) - 1:].startswith(at)
    assert not any(d.get("code") for d in result["diagnostics"])   # no false E-code


def test_raw_pointers_pass_through_signatures():
    """A raw pointer as a value: a parameter, returned, copied twice (it is `Copy`)."""
    source = ("fn keep(p: *const u8) -> *const u8 { let q = p; let _r = p; q }\n"
              "fn main() {}")
    result = execute(source, mode="check")
    assert result["compiled"], result["diagnostics"]
    assert [d["message"] for d in result["diagnostics"]][0] == "function `keep` is never used"
    assert all(d["level"] == "warning" for d in result["diagnostics"])
