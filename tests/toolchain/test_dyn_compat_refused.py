"""A trait object of a trait that is not dyn compatible (rustc's E0038) is refused at
the `dyn` type, never run: each reason rustc knows, and the `where Self: Sized` escape."""

from __future__ import annotations

import pytest

from toolchain.api import execute

IMPL = "struct A; impl T for A { fn f(&self) -> u8 { 1 } %s }"
CASES = {
    "Self in the return type": ("fn g(&self) -> Self;", "fn g(&self) -> Self { A }",
                                "method `g` references the `Self` type in its return type"),
    "Self in a parameter": ("fn g(&self, o: Self);", "fn g(&self, o: Self) {}",
                            "method `g` references the `Self` type in this parameter"),
    "a generic method": ("fn g<X>(&self, x: X);", "fn g<X>(&self, x: X) {}",
                         "method `g` has generic type parameters"),
    "no self": ("fn g() -> u8;", "fn g() -> u8 { 2 }",
                "associated function `g` has no `self` parameter"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_not_dyn_compatible_is_refused(name):
    decl, body, why = CASES[name]
    source = ("trait T { fn f(&self) -> u8; %s }\n" % decl) + (IMPL % body) + \
        "\nfn main() { let t: &dyn T = &A; println!(\"{}\", t.f()); }\n"
    result = execute(source, mode="run")
    assert not result["compiled"]
    d = result["diagnostics"][0]
    assert d["rendered"].startswith(
        f"error: Ferrite does not support rustc's error E0038 (the trait `T` is not dyn "
        f"compatible because {why}) yet\n")
    assert d["rendered"].splitlines()[1].endswith(f"main.rs:3:{source.splitlines()[2].index('dyn T') + 1}")


def test_sized_supertrait_is_refused():
    source = ("trait T: Clone { fn f(&self) -> u8; }\n#[derive(Clone)] struct A;\n"
              "impl T for A { fn f(&self) -> u8 { 1 } }\n"
              "fn main() { let t: &dyn T = &A; println!(\"{}\", t.f()); }\n")
    result = execute(source, mode="run")
    assert not result["compiled"]
    assert "because it requires `Self: Sized`" in result["diagnostics"][0]["rendered"]


def test_dyn_compatible_trait_runs():
    source = ("trait T { fn f(&self) -> u8; fn g(&self) -> u8 { self.f() + 1 } }\nstruct A;\n"
              "impl T for A { fn f(&self) -> u8 { 1 } }\n"
              "fn main() { let t: &dyn T = &A; println!(\"{}\", t.g()); }\n")
    result = execute(source, mode="run")
    assert result["compiled"], result["diagnostics"]
    assert result["run"]["stdout"] == "2\n"
