"""The toolchain's one entry point, shared by the CLI, the tests and the browser
worker. The result shape is a contract: see docs/toolchain-contract.md.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .diagnostics.model import Diagnostic
from .gc_pause import paused, resumed
from .source import SourceFile
from .unsupported import internal_error

MODES = ("check", "run", "test", "parse")
EDITIONS = ("2021", "2024")


def execute(source: str, filename: str = "main.rs", mode: str = "run", edition: str = "2024",
            check_test: bool = False, fuel: int | None = None,
            stdin: "str | Callable[[], str]" = "", args: Sequence[str] = ()) -> dict:
    """Compile (and for run/test, execute) `source`; never raises for any input.

    `stdin` is the program's standard input, or a function returning it, called only
    if the program reads its input."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {EDITIONS}")
    sf = SourceFile(filename, source)
    try:
        with paused():          # (why: gc_pause.py)
            return _execute(sf, mode, edition, check_test, fuel, stdin, tuple(args))
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        return _result(sf, [internal_error("driver", exc)], False, None, None, 0, False)


def _execute(sf: SourceFile, mode: str, edition: str, check_test: bool, fuel: int | None,
             stdin, args: tuple[str, ...]) -> dict:
    from .driver import Session

    cfg_test = mode == "test" or (mode == "check" and check_test)
    sess = Session(sf, edition, cfg_test, codegen=mode in ("run", "test"))
    try:
        return _execute_session(sess, sf, mode, fuel, stdin, args)
    finally:
        sess.close()


def _execute_session(sess, sf: SourceFile, mode: str, fuel: int | None, stdin,
                     args: tuple[str, ...]) -> dict:
    from .driver import compile_session, parse_only
    from .interp.run import run_main, run_tests

    if mode == "parse":
        ok = parse_only(sess)
        return _result(sf, sess.diagnostics, ok, None, None, 0, False)
    compiled = compile_session(sess)
    if compiled is None:
        return _result(sf, sess.diagnostics, False, None, None, 0, False)
    if mode == "check":
        return _result(sf, sess.diagnostics, True, None, None, 0, False)
    if mode == "run":
        with resumed():
            out = run_main(compiled.program, sf, stdin, args, fuel)
        return _result(sf, sess.diagnostics, True, _run_json(out), None, out.fuel_used,
                       out.fuel_exhausted)
    with resumed():
        tr = run_tests(compiled.program, sf, compiled.tests, fuel)
    tests = [{"name": t.name, "outcome": t.outcome, "stdout": t.stdout,
              "panic": _panic_json(t.panic)} for t in tr.tests]
    return _result(sf, sess.diagnostics, True, _run_json(tr.run), tests, tr.run.fuel_used,
                   tr.run.fuel_exhausted)


def _panic_json(p) -> dict | None:
    if p is None:
        return None
    return {"message": p.message, "line": p.line, "column": p.column}


def _run_json(out) -> dict:
    return {"exit_code": out.exit_code, "stdout": out.stdout, "stderr": out.stderr,
            "panic": _panic_json(out.panic)}


def _result(sf: SourceFile, diags: list[Diagnostic], compiled: bool, run: dict | None,
            tests: list | None, fuel_used: int, exhausted: bool) -> dict:
    from .diagnostics.jsonfmt import closing_diagnostics, to_json
    rendered = [to_json(d, sf) for d in diags] + closing_diagnostics(diags, sf)
    return {"compiled": compiled, "diagnostics": rendered, "run": run, "tests": tests,
            "fuel": {"used": fuel_used, "exhausted": exhausted}}


def console(result: dict) -> tuple[str, str, int]:
    """What the CLI prints on stdout and stderr for `result`, and its exit code."""
    stderr = "".join(d.get("rendered") or "" for d in result["diagnostics"])
    stdout = ""
    run = result.get("run")
    if not result["compiled"]:
        return stdout, stderr, 1
    if run is None:
        return stdout, stderr, 0
    return run["stdout"], stderr + run["stderr"], run["exit_code"]
