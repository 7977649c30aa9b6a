"""Casts Ferrite cannot carry out are refused honestly, at the cast's span: a function's
address as a number (the machine has no addresses to give)."""

from __future__ import annotations

import pytest

from toolchain.api import execute

FN = "fn double(x: i32) -> i32 { x * 2 } "
CASES = {
    "fn item as usize": (FN + "fn main() { let a = double as usize; }", "double as",
                         "casting a function to a number or another type"),
    "fn pointer as usize": (FN + "fn main() { let f: fn(i32) -> i32 = double; let a = f as u64; }",
                            "f as", "casting a function to a number or another type"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_unsupported_cast(name):
    source, at, what = CASES[name]
    result = execute(source, mode="check")
    assert not result["compiled"]
    d = result["diagnostics"][0]
    assert d["rendered"].startswith(f"error: Ferrite does not support {what}")
    assert d["rendered"].splitlines()[1].endswith(f"main.rs:1:{source.index(at) + 1}")


def test_closure_as_integer_is_rustcs_e0605():
    result = execute("fn main() { let f = |x: i32| x; let a = f as usize; }", mode="check")
    assert not result["compiled"]
    assert result["diagnostics"][0]["rendered"].startswith("error[E0605]: non-primitive cast")
