"""Syntax and lexer errors against rustc 1.95's recorded headline, code and spans
(error_cases.json, recorded by record_errors.py)."""

import json
import os

import pytest

from toolchain.source import SourceFile
from toolchain.syntax import parse_crate

from .error_cases import CASES

HERE = os.path.dirname(__file__)
with open(os.path.join(HERE, "error_cases.json")) as f:
    EXPECTED = json.load(f)


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_rustc(name):
    _, diags = parse_crate(SourceFile("case.rs", CASES[name]))
    mine = [[d.message, d.code, sorted([s.span.lo, s.span.hi, s.label, s.primary] for s in d.spans)]
            for d in diags if d.is_error]
    assert mine == EXPECTED[name]


def test_missing_semi_has_rustc_suggestion():
    src = CASES["missing_semi_newline"]
    _, diags = parse_crate(SourceFile("x.rs", src))
    (d,) = diags
    (h,) = d.children
    assert h.level == "help" and h.message == "add `;` here"
    assert [(s.span.lo, s.span.hi, s.replacement) for s in h.suggestions] == [(25, 25, ";")]


def test_recovers_and_reports_several_errors():
    src = "fn main() {\n    let a = ;\n    let b = 1 +;\n    let c = 3;\n}\nfn g() { let fn = 1; }\n"
    crate, diags = parse_crate(SourceFile("x.rs", src))
    assert [d.message for d in diags] == [
        "expected expression, found `;`",
        "expected expression, found `;`",
        "expected identifier, found keyword `fn`",
    ]
    assert [i.kind.ident.name for i in crate.items] == ["main", "g"]
