"""Lint levels: the registry generated from rustc, and lint names in rustc's JSON."""

from toolchain import api
from toolchain.lints.levels import DEFAULT_LEVEL, GROUP_MEMBERS
from toolchain.lints.registry_data import LINTS


def test_registry_knows_rustc_defaults():
    assert DEFAULT_LEVEL["unused_variables"] == "warn"
    assert DEFAULT_LEVEL["arithmetic_overflow"] == "deny"
    assert "dead_code" in GROUP_MEMBERS["unused"]
    assert "non_snake_case" in GROUP_MEMBERS["nonstandard_style"]
    assert len(LINTS) > 200


def _diags(src: str, mode: str = "check"):
    return api.execute(src, filename="t.rs", mode=mode)["diagnostics"]


def test_json_code_of_a_lint_is_its_name():
    diags = [d for d in _diags("fn main() { let x = 1; }") if d.get("$message_type") == "diagnostic"
             and d["level"] == "warning" and d["spans"]]
    assert diags[0]["code"] == {"code": "unused_variables", "explanation": None}


def test_denied_lint_is_an_error_and_stops_the_run():
    src = "#![deny(unused_variables)]\nfn main() { let x = 1; println!(\"hi\"); }\n"
    out = api.execute(src, filename="t.rs", mode="run")
    assert not out["compiled"] and out["run"] is None
    assert any(d["level"] == "error" and d["message"] == "unused variable: `x`"
               for d in _diags(src, "run"))


def test_malformed_level_attributes_never_raise():
    for attr in ("#![allow]", "#![allow = \"x\"]", "#![allow(1, \"s\", ::)]", "#![deny(reason)]",
                 "#![warn(clippy::pedantic)]", "#![expect(a::b::c)]", "#![allow(reason = 3)]"):
        diags = _diags(attr + "\nfn main() {}\n")
        assert not any(d["level"] == "error" and "internal" in d["message"] for d in diags), attr
