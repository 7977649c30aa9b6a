"""UI tests: the toolchain must reproduce what real rustc 1.95 recorded for each case.

One test per `tests/ui/<topic>/<name>.rs`. The expectations were recorded by `record.py`;
these tests need no rustc. A failure lists every stream that differs as a unified diff.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

import pytest

UI_ROOT = Path(__file__).resolve().parent
REPO_ROOT = UI_ROOT.parent.parent
for _path in (str(UI_ROOT), str(REPO_ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from cases import Case, discover  # noqa: E402
from normalize import normalize  # noqa: E402

CASES = discover()


def _diff(what: str, expected: str, actual: str, expected_name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"expected ({expected_name})", tofile="actual (toolchain)")
    body = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
    if expected.split() == actual.split():
        body += ("(only whitespace differs; first differing line as repr:\n"
                 + _first_difference(expected, actual) + ")\n")
    return f"--- {what} differs:\n{body}"


def _first_difference(expected: str, actual: str) -> str:
    for left, right in zip(expected.splitlines(keepends=True), actual.splitlines(keepends=True)):
        if left != right:
            return f"  expected {left!r}\n  actual   {right!r}"
    return f"  expected {expected[-40:]!r}\n  actual   {actual[-40:]!r}"


def _compare(mismatches: list[str], what: str, expected: str, actual, expected_name: str):
    """Compare a recorded (already normalised) text with the toolchain's, normalised here."""
    if not isinstance(actual, str):
        mismatches.append(f"--- {what}: expected a str, the toolchain gave {actual!r}")
        return
    actual = normalize(actual)
    if actual != expected:
        mismatches.append(_diff(what, expected, actual, expected_name))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_ui(case: Case):
    from toolchain.api import execute  # imported here so collection works without the toolchain

    verdict = json.loads(case.expectation(".verdict").read_text(encoding="utf-8"))
    result = execute(case.source, filename=case.path.name, mode=case.mode,
                     edition=case.edition, args=tuple(case.args), stdin=case.stdin)

    mismatches: list[str] = []
    rendered = "".join(d["rendered"] for d in result["diagnostics"])
    _compare(mismatches, "compiler stderr (joined `rendered`)", case.expected_text(".stderr"),
             rendered, case.name + ".stderr")
    if result["compiled"] != verdict["compiled"]:
        mismatches.append(f"--- compiled: expected {verdict['compiled']}, "
                          f"got {result['compiled']}")

    run = result.get("run")
    expects_run = verdict["compiled"] and verdict["mode"] != "check"
    if not expects_run:
        if run is not None:
            mismatches.append(f"--- run: expected null (nothing runs), got {run!r}")
    elif run is None:
        mismatches.append(f"--- run: expected the program to run (exit code "
                          f"{verdict['exit_code']}), got null")
    else:
        _compare(mismatches, "program stdout", case.expected_text(".stdout"),
                 run["stdout"], case.name + ".stdout")
        _compare(mismatches, "program stderr", case.expected_text(".run.stderr"),
                 run["stderr"], case.name + ".run.stderr")
        if run["exit_code"] != verdict["exit_code"]:
            mismatches.append(f"--- exit code: expected {verdict['exit_code']}, "
                              f"got {run['exit_code']}")

    if mismatches:
        pytest.fail(f"{case.id} ({case.mode}, edition {case.edition}) differs from rustc:\n"
                    + "\n".join(mismatches), pytrace=False)
