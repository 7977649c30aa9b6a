"""Array features Ferrite does not have yet are refused honestly, at their span."""

from __future__ import annotations

import pytest

from toolchain.api import execute

CASES = {
    "unsized slice binding": ("fn main() { let a = [1, 2, 3]; let b = a[1..]; }", "b",
                              "a binding of the unsized type `[{integer}]`"),
    "slice parameter": ("fn f(x: [i32]) {} fn main() {}", "x",
                        "a binding of the unsized type `[i32]`"),
    "length from a call": ("fn two() -> usize { 2 } fn main() { let a = [0; two() * 2]; }",
                           "two() *", "this kind of expression as an array length"),
    "length from a static": ("static N: usize = 2; fn main() { let a = [0; N]; }", "N]",
                             "array lengths naming anything but a constant"),
    "const generic trait method": ("trait Shape { fn corners<const N: usize>(&self) -> [u8; N]; } "
                                  "fn main() {}", "const N", "const generics on this item"),
    "const argument in a block": ("fn f<const N: usize>() {} fn main() { f::<{ 1 + 1 }>(); }",
                                  "<{", "these generic arguments"),
    "for over an integer": ("fn main() { for x in 5 { } }", "5", "`for` loops over `{integer}`"),
    "a std method of an integer": ("fn main() { let n: i32 = 5; let k = n.rotate_left(2); }",
                                   "rotate_left", "the method `rotate_left` of `i32`"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_unsupported_array_feature(name):
    source, at, what = CASES[name]
    result = execute(source, mode="check")
    assert not result["compiled"]
    d = result["diagnostics"][0]
    assert d["rendered"].startswith(f"error: Ferrite does not support {what} yet\n")
    assert d["rendered"].splitlines()[1].endswith(f"main.rs:1:{source.index(at) + 1}")
