"""Where two features built apart meet (modules and traits, generics and trait bounds),
the toolchain refuses the combination honestly at its span, with no false rustc error."""

from __future__ import annotations

import pytest

from toolchain.api import execute

CASES = {
    "two traits of one name in two modules": (
        "mod a { pub trait Named { fn name(&self) -> u8; } }\n"
        "mod b { pub trait Named { fn name(&self) -> u8; } }\nfn main() {}",
        "pub trait Named { fn name(&self) -> u8; } }\nfn", "two items of the same name"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_joined_features_refused_honestly(name):
    source, at, what = CASES[name]
    result = execute(source, mode="check")
    assert not result["compiled"]
    errors = [d for d in result["diagnostics"] if d["level"] == "error"]
    assert errors[0]["rendered"].startswith(f"error: Ferrite does not support {what} yet\n")
    line = source[:source.index(at)].count("\n") + 1
    col = source.index(at) - (source.rfind("\n", 0, source.index(at)) + 1) + 1
    assert errors[0]["rendered"].splitlines()[1].endswith(f"main.rs:{line}:{col}")
    # No rustc error code alongside: the refusal is the only error.
    assert all(d.get("code") is None for d in errors)
