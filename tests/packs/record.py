"""Record the starter packs' expectations from real rustc (`make record`).

    python tests/packs/record.py

For every exercise and solution of every pack under packs/: compile `<name>.rs` alone in
a temporary directory (edition 2024) as tests/ui/record.py does, with `--test` in test
mode, run the program (`--test-threads=1` for tests), and write the normalised stderr,
stdout, program stderr and a verdict to tests/packs/expected/<pack>/. Then check the
pack's promise: the unsolved exercise fails (compile error, failing test or panic) and
the solution passes (compiles, exit 0, and no warnings); exit 1 if not.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from packcases import EDITION, EXPECTED, PackCase, discover  # noqa: E402
from record import _run, _text  # noqa: E402  (tests/ui/record.py)


def record(case: PackCase) -> dict:
    with tempfile.TemporaryDirectory(prefix="ferrite-pack-") as tmp:
        (Path(tmp) / case.filename).write_text(case.source, encoding="utf-8")
        flags = ["--test"] if case.mode == "test" else []
        compiled = _run(["rustc", "--edition", EDITION, *flags, case.filename, "-o", "prog"], tmp)
        outputs = {".stderr": _text(compiled.stderr), ".stdout": "", ".run.stderr": ""}
        verdict = {"mode": case.mode, "edition": EDITION, "compiled": compiled.returncode == 0,
                   "exit_code": None}
        if compiled.returncode == 0:
            argv = ["./prog", "--test-threads=1"] if case.mode == "test" else ["./prog"]
            program = _run(argv, tmp)
            outputs[".stdout"] = _text(program.stdout)
            outputs[".run.stderr"] = _text(program.stderr)
            verdict["exit_code"] = program.returncode
    case.expectation("").parent.mkdir(parents=True, exist_ok=True)
    for suffix, text in outputs.items():
        path = case.expectation(suffix)
        if text:
            path.write_text(text, encoding="utf-8")
        elif path.exists():
            path.unlink()
    case.expectation(".verdict").write_text(json.dumps(verdict) + "\n", encoding="utf-8")
    return {"verdict": verdict, **outputs}


def problems(case: PackCase, recorded: dict) -> list[str]:
    verdict = recorded["verdict"]
    passed = verdict["compiled"] and verdict["exit_code"] == 0
    if case.kind == "solution" and not passed:
        return [f"{case.id}: the solution does not pass ({verdict})"]
    if case.kind == "solution" and recorded[".stderr"]:
        return [f"{case.id}: the solution compiles with warnings"]
    if case.kind == "exercise" and passed:
        return [f"{case.id}: the unsolved exercise already passes"]
    return []


def main() -> int:
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)  # packs or exercises removed since: no stale files
    found: list[str] = []
    cases = discover()
    for case in cases:
        recorded = record(case)
        verdict = recorded["verdict"]
        outcome = ("compile error" if not verdict["compiled"] else f"exit {verdict['exit_code']}")
        print(f"{case.id:<50} {case.mode:<4} {outcome}", flush=True)
        found += problems(case, recorded)
    print(f"recorded {len(cases)} pack case(s)")
    for problem in found:
        print(f"record.py: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
