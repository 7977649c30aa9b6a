"""Record the expectations of UI cases from real rustc.

    python tests/ui/record.py [paths...]     (default: every case under tests/ui)

Each case is compiled (and run) in a fresh temporary directory holding only `<name>.rs`, with the
working directory set there and the file passed by its bare name, so rustc prints
`--> name.rs:2:5` and panics say `name.rs:5:13`. RUST_BACKTRACE is removed from the environment.

    check: rustc --edition E --crate-type bin --emit=metadata name.rs
    run:   rustc --edition E name.rs -o prog        then ./prog ARGS < stdin
    test:  rustc --edition E --test name.rs -o prog then ./prog --test-threads=1

Writes beside the case `name.stderr`, `name.stdout`, `name.run.stderr` (only when non-empty; stale
ones are deleted) and `name.verdict`. Output is normalised with `normalize.normalize`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import Case, CaseError, discover  # noqa: E402
from normalize import normalize  # noqa: E402

PROGRAM_TIMEOUT = 30  # seconds; a case that needs longer is a bad case


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("RUST_BACKTRACE", None)
    env.pop("RUST_LIB_BACKTRACE", None)
    return env


def _run(argv: list[str], cwd: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=cwd, input=stdin.encode("utf-8"), capture_output=True,
                          env=_environment(), timeout=PROGRAM_TIMEOUT)


def _text(data: bytes) -> str:
    return normalize(data.decode("utf-8"))


def record(case: Case) -> dict:
    name = case.path.name
    with tempfile.TemporaryDirectory(prefix="ferrite-ui-") as tmp:
        shutil.copyfile(case.path, Path(tmp) / name)
        edition = ["--edition", case.edition]
        if case.mode == "check":
            compile_argv = ["rustc", *edition, "--crate-type", "bin", "--emit=metadata", name]
        elif case.mode == "run":
            compile_argv = ["rustc", *edition, name, "-o", "prog"]
        else:
            compile_argv = ["rustc", *edition, "--test", name, "-o", "prog"]
        compiled = _run(compile_argv, tmp)
        outputs = {".stderr": _text(compiled.stderr), ".stdout": "", ".run.stderr": ""}
        verdict = {"mode": case.mode, "edition": case.edition,
                   "compiled": compiled.returncode == 0, "exit_code": None}
        if compiled.returncode != 0:
            verdict["rustc_exit_code"] = compiled.returncode
        elif case.mode != "check":
            if case.mode == "run":
                program = _run(["./prog", *case.args], tmp, case.stdin)
            else:
                program = _run(["./prog", "--test-threads=1"], tmp)
            outputs[".stdout"] = _text(program.stdout)
            outputs[".run.stderr"] = _text(program.stderr)
            verdict["exit_code"] = program.returncode

    for suffix, text in outputs.items():
        path = case.expectation(suffix)
        if text:
            path.write_text(text, encoding="utf-8")
        elif path.exists():
            path.unlink()
    case.expectation(".verdict").write_text(json.dumps(verdict) + "\n", encoding="utf-8")
    return {"verdict": verdict, **outputs}


def summary(case: Case, recorded: dict) -> str:
    verdict = recorded["verdict"]
    if not verdict["compiled"]:
        codes = sorted({line.split("]")[0][6:] for line in recorded[".stderr"].splitlines()
                        if line.startswith("error[E")})
        outcome = "compile error " + (" ".join(codes) or "(no code)")
    elif verdict["exit_code"] is None:
        outcome = "checked ok"
    else:
        outcome = f"exit {verdict['exit_code']}"
    notes = []
    if verdict["compiled"] and recorded[".stderr"]:
        notes.append("WARNINGS from rustc")
    for suffix in (".stdout", ".run.stderr"):
        if recorded[suffix]:
            notes.append(f"{suffix[1:]}: {len(recorded[suffix].splitlines())} lines")
    return f"{case.id:<40} {case.mode:<5} {case.edition}  {outcome}" + (
        "  [" + ", ".join(notes) + "]" if notes else "")


def main(argv: list[str]) -> int:
    try:
        cases = discover(argv or None)
    except CaseError as error:
        print(f"record.py: {error}", file=sys.stderr)
        return 2
    for case in cases:
        print(summary(case, record(case)), flush=True)
    print(f"recorded {len(cases)} case(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
