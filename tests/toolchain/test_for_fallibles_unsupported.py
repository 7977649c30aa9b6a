"""A `for` loop over an `Option` or a `Result` is refused honestly at its iterator:
rustc accepts it with its for_loops_over_fallibles warning, which Ferrite does not give
yet (it used to report a false E0277). `opt.into_iter()` is supported."""

from __future__ import annotations

import pytest

from toolchain.api import execute

CASES = {
    "option": "fn main() { let opt = Some(3); for x in opt { println!(\"{x}\"); } }",
    "option ref": "fn main() { let opt = Some(3); for x in &opt { println!(\"{x}\"); } }",
    "result": "fn main() { let r: Result<i32, ()> = Ok(1); for x in r { println!(\"{x}\"); } }",
}


@pytest.mark.parametrize("name", list(CASES))
def test_for_over_fallible_is_refused(name):
    source = CASES[name]
    result = execute(source, mode="check")
    assert not result["compiled"]
    d = result["diagnostics"][0]
    assert d["rendered"].startswith(
        "error: Ferrite does not support `for` loops over an `Option` or a `Result`")
    at = source.index(" in ") + 4
    assert d["rendered"].splitlines()[1].endswith(f"main.rs:1:{at + 1}")
    assert not any(x.get("code") == "E0277" for x in result["diagnostics"])


def test_into_iter_on_option_runs():
    result = execute("fn main() { for x in Some(4).into_iter() { println!(\"{x}\"); } }", mode="run")
    assert result["compiled"] and result["run"]["stdout"] == "4\n"
