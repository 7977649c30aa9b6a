"""Every exercise and solution of every pack, through the toolchain, against real rustc.

The expectations in tests/packs/expected/ were recorded by record.py (`make record`).
Each case must reproduce rustc's stderr, the program's stdout and stderr and the exit
code byte for byte (normalised like tests/ui), and the pack's promise must hold by
Rustlings' rule: an exercise is done when it compiles and its tests pass (test mode) or
main exits 0 (run mode); an unsolved exercise is not done, a solution is.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from packcases import EDITION, PackCase, discover  # noqa: E402
from normalize import normalize  # noqa: E402  (tests/ui/normalize.py)

CASES = discover()


def _done(compiled: bool, exit_code: int | None) -> bool:
    return compiled and exit_code == 0


def test_there_is_a_starter_pack_of_at_least_twelve():
    exercises = {case.name for case in CASES if case.pack == "first-steps"}
    assert len(exercises) >= 12


def test_every_case_is_recorded():
    missing = [case.id for case in CASES if not case.expectation(".verdict").is_file()]
    assert not missing, f"not recorded (run `make record`): {missing}"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_pack_case_matches_rustc(case: PackCase):
    from toolchain.api import execute

    verdict_path = case.expectation(".verdict")
    if not verdict_path.is_file():
        pytest.fail(f"{case.id} is not recorded: run `make record`")
    verdict = json.loads(verdict_path.read_text(encoding="utf-8"))
    assert verdict["mode"] == case.mode and verdict["edition"] == EDITION, \
        "recorded with another mode or edition: re-record"

    # The pack's promise, as rustc recorded it.
    if case.kind == "solution":
        assert _done(verdict["compiled"], verdict["exit_code"]), "rustc: the solution does not pass"
        assert not case.expected_text(".stderr"), "rustc: the solution has warnings"
    else:
        assert not _done(verdict["compiled"], verdict["exit_code"]), "rustc: the exercise already passes"

    result = execute(case.source, filename=case.filename, mode=case.mode, edition=EDITION)
    mismatches = []
    rendered = normalize("".join(d["rendered"] for d in result["diagnostics"]))
    run = result["run"] or {}
    for what, expected, actual in (
            ("compiler stderr", case.expected_text(".stderr"), rendered),
            ("stdout", case.expected_text(".stdout"), normalize(run.get("stdout", ""))),
            ("program stderr", case.expected_text(".run.stderr"), normalize(run.get("stderr", "")))):
        if expected != actual:
            mismatches.append(f"--- {what} differs:\n" + "".join(difflib.unified_diff(
                expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                "rustc", "toolchain")))
    if result["compiled"] != verdict["compiled"]:
        mismatches.append(f"compiled: rustc {verdict['compiled']}, toolchain {result['compiled']}")
    exit_code = run.get("exit_code") if result["run"] is not None else None
    if exit_code != verdict["exit_code"]:
        mismatches.append(f"exit code: rustc {verdict['exit_code']}, toolchain {exit_code}")
    assert not mismatches, "\n".join(mismatches)
