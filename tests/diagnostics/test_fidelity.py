"""Fidelity of the diagnostics renderers against recordings of real rustc.

Each `cases/NAME.rs` has `NAME.json` (rustc's JSON lines) and `NAME.stderr`
(rustc's human output), recorded by `record.py`. The test rebuilds every
Diagnostic from the JSON, renders it, and compares byte for byte; no rustc needed.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from toolchain.diagnostics.human import render, render_all
from toolchain.diagnostics.jsonfmt import closing_diagnostics, from_rustc_json, to_json
from toolchain.source import SourceFile

CASES = Path(__file__).resolve().parent / "cases"
NAMES = sorted(p.stem for p in CASES.glob("*.rs") if p.with_suffix(".json").exists())
# Keys whose content we compare in the JSON round trip (rustc's explanation
# texts for error codes are not reproduced; `code.code` is).
SPAN_KEYS = ("file_name", "byte_start", "byte_end", "line_start", "line_end", "column_start",
             "column_end", "is_primary", "text", "label", "suggested_replacement",
             "suggestion_applicability")  # `expansion` (macro backtraces) is not modelled


def load(name: str):
    rs = CASES / f"{name}.rs"
    source = SourceFile(rs.name, rs.read_text(encoding="utf-8"))
    objs = [json.loads(line) for line in (CASES / f"{name}.json").read_text().splitlines()]
    expected = (CASES / f"{name}.stderr").read_text(encoding="utf-8")
    return source, objs, expected


def real_diagnostics(objs):
    """Drop rustc's own closing entries; render_all re-derives them."""
    n = len(objs)
    while n and not objs[n - 1]["spans"] and objs[n - 1]["level"] in ("error", "warning",
                                                                       "failure-note") \
            and _is_closing(objs[n - 1]["message"]):
        n -= 1
    return objs[:n], objs[n:]


def _is_closing(message: str) -> bool:
    return (message.startswith("aborting due to") or message.endswith("emitted")
            or message.startswith("Some errors have detailed explanations")
            or message.startswith("For more information about"))


def udiff(expected: str, actual: str) -> str:
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "rustc", "ferrite"))


@pytest.mark.parametrize("name", NAMES)
def test_human_matches_rustc(name):
    source, objs, expected = load(name)
    diags = [from_rustc_json(o) for o in real_diagnostics(objs)[0]]
    actual = render_all(diags, source)
    assert actual == expected, "\n" + udiff(expected, actual)


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip(name):
    source, objs, _ = load(name)
    real, closing = real_diagnostics(objs)
    diags = [from_rustc_json(o) for o in real]
    for obj, diag in zip(real, diags):
        got = to_json(diag, source)
        assert got["rendered"] == obj["rendered"], "\n" + udiff(obj["rendered"], got["rendered"])
        assert [k for k in got] == [k for k in obj]
        assert (got["code"] or {}).get("code") == (obj["code"] or {}).get("code")
        assert _spans(got) == _spans(obj)
        assert [_spans(c) for c in got["children"]] == [_spans(c) for c in obj["children"]]
        assert [(c["message"], c["level"]) for c in got["children"]] == \
               [(c["message"], c["level"]) for c in obj["children"]]
    assert closing_diagnostics(diags, source) == [_strip_code(o) for o in closing]
    # Joining every `rendered` is the human stderr.
    joined = "".join(o["rendered"] or "" for o in
                     [to_json(d, source) for d in diags] + closing_diagnostics(diags, source))
    assert joined == (CASES / f"{name}.stderr").read_text(encoding="utf-8")


def _spans(obj):
    return [{k: s[k] for k in SPAN_KEYS} for s in obj["spans"]]


def _strip_code(obj):
    return obj  # closing entries carry no code


def test_render_is_per_diagnostic():
    source, objs, _ = load("several_errors")
    real, _ = real_diagnostics(objs)
    for obj in real:
        assert render(from_rustc_json(obj), source) == obj["rendered"]
