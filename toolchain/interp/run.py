"""Running a program's `main`, and the libtest harness for `#[test]` functions.

Both produce exactly what the real process would write on its streams: the
panic report of std's default hook, and libtest's console output (with
`--test-threads=1` ordering: tests sorted by name, as cargo test prints them
when run one at a time).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..mir import ir
from ..source import SourceFile
from .machine import Io, Machine, Panic, Stop
from .shims_process import Exit

BACKTRACE_NOTE = ("note: run with `RUST_BACKTRACE=1` environment variable to display a "
                  "backtrace\n")
MAIN_THREAD_ID = 1


@dataclass
class PanicInfo:
    message: str
    line: int
    column: int


@dataclass
class RunOutcome:
    exit_code: int
    stdout: str
    stderr: str
    panic: PanicInfo | None
    fuel_used: int
    fuel_exhausted: bool


@dataclass
class TestOutcome:
    name: str
    outcome: str                 # "ok" | "failed" | "ignored"
    stdout: str
    panic: PanicInfo | None


@dataclass
class TestRun:
    run: RunOutcome
    tests: list[TestOutcome] = field(default_factory=list)


def _panic_report(thread: str, tid: int, p: Panic, source: SourceFile, note: bool) -> tuple[str, PanicInfo]:
    from ..expand.macro_spans import expansion_cause
    line, col = source.line_col(expansion_cause(p.span).lo)
    where = getattr(p, "location", None) or f"{source.name}:{line}:{col}"   # std_panics.py
    text = (f"\nthread '{thread}' ({tid}) panicked at {where}:\n"
            f"{p.message}\n")
    if note:
        text += BACKTRACE_NOTE
    return text, PanicInfo(p.message, line, col)


def panic_report(m: Machine, thread: str, tid: int, p: Panic) -> str:
    """A panic's report on stderr; std's hook adds the backtrace note to the first only
    (a spawned thread's panic comes before main's: shims_thread.py)."""
    text, _ = _panic_report(thread, tid, p, m.source, note=not getattr(m, "panic_noted", False))
    m.panic_noted = True
    return text


def _stop_message(stop: Stop, fuel_limit: int) -> str:
    if stop.reason == "fuel":
        return (f"\nferrite: the program was stopped after using all its fuel ({fuel_limit} steps); "
                "it may be stuck in an endless loop\n")
    if stop.reason == "deadlock":     # (shims_sync.py)
        what = stop.message or "a `Mutex` is locked again while its guard is still alive"
        return f"\nferrite: the program was stopped because it would wait forever: {what} (a deadlock)\n"
    if stop.reason == "deadlock_recv":     # (shims_chan.py)
        return ("\nferrite: the program was stopped because it would wait forever: `recv` on an "
                "empty channel whose `Sender` is still alive, with no other thread left to send "
                "(a deadlock)\n")
    if stop.reason == "unsupported":      # a rendered `unsupported` diagnostic (refusals.py)
        return stop.message
    if stop.reason == "output":
        return "\nferrite: the program was stopped because it wrote more than 1 MiB of output\n"
    return (f"\nthread 'main' ({MAIN_THREAD_ID}) has overflowed its stack\n"
            "fatal runtime error: stack overflow, aborting\n")


def _stop_exit_code(stop: Stop) -> int:
    return 134 if stop.reason == "stack" else 124


def run_main(program: ir.Program, source: SourceFile, stdin, args: tuple[str, ...],
             fuel: int | None) -> RunOutcome:
    io = Io(stdin=stdin, args=args)
    m = Machine(program, source, io, fuel)
    exit_code, panic, exhausted = 0, None, False
    try:
        ret = m.call("main")
        exit_code = _main_result(m, program, ret)
    except Panic as p:
        text, panic = _panic_report("main", MAIN_THREAD_ID, p, source,
                                    note=not getattr(m, "panic_noted", False))
        io.stderr.append(text)
        exit_code = 101
    except Exit as e:            # std::process::exit: what was written stays written
        exit_code = e.code
    except Stop as s:
        io.stderr.append(_stop_message(s, m.fuel_limit))
        exit_code = _stop_exit_code(s)
        exhausted = s.reason == "fuel"
    return RunOutcome(exit_code, "".join(io.stdout), "".join(io.stderr), panic,
                      m.fuel_used, exhausted)


def _main_result(m: Machine, program: ir.Program, ret) -> int:
    """`fn main() -> Result<(), E>`: an `Err` is reported as std's `Termination` impl
    does (`Error: {err:?}` on stderr) and the process exits with 1."""
    ty = program.bodies["main"].locals[0].ty
    if ty.kind != "adt" or ty.name != "Result" or not isinstance(ret, list) or ret[0] != 1:
        return 0
    from . import fmt
    m.write("stderr", f"Error: {fmt.debug(ret[1], ty.args[1], m.fmt_types)}\n")
    return 1


def run_tests(program: ir.Program, source: SourceFile, tests: list, fuel: int | None) -> TestRun:
    """Run every test in name order; `tests` are expansion's TestDescs."""
    out: list[str] = []
    results: list[TestOutcome] = []
    failures: list[tuple[str, str]] = []   # (name, captured output)
    fuel_used = 0
    budget = fuel
    exhausted = False
    backtrace_noted = False
    passed = failed = ignored = 0
    ordered = sorted(tests, key=lambda t: t.name)
    out.append(f"\nrunning {len(ordered)} test{'' if len(ordered) == 1 else 's'}\n")
    for tid, desc in enumerate(ordered, start=MAIN_THREAD_ID + 1):
        if desc.ignore:
            reason = f", {desc.ignore_reason}" if getattr(desc, "ignore_reason", None) else ""
            out.append(f"test {desc.name} ... ignored{reason}\n")
            results.append(TestOutcome(desc.name, "ignored", "", None))
            ignored += 1
            continue
        io = Io()
        m = Machine(program, source, io, budget)
        panic = None
        captured_extra = ""
        ok = True
        mark = None
        try:
            m.call(desc.path[-1] if getattr(desc, "path", None) else desc.name)
        except Panic as p:
            text, panic = _panic_report(desc.name, tid, p, source, note=not backtrace_noted)
            mark = getattr(p, "stdout_mark", None)
            backtrace_noted = True
            captured_extra = text
            ok = False
        except Exit as e:
            # The test ended the whole libtest binary: its header line stays unfinished.
            out.append(f"test {desc.name} ... ")
            run = RunOutcome(e.code, "".join(out), "", None, fuel_used + m.fuel_used, False)
            return TestRun(run, results)
        except Stop as s:
            captured_extra = _stop_message(s, m.fuel_limit)
            exhausted = exhausted or s.reason == "fuel"
            ok = False
        fuel_used += m.fuel_used
        if budget is not None:
            budget = max(0, budget - m.fuel_used)
        # (what unwinding printed follows the panic's message)
        mark = len(io.stdout) if mark is None else mark
        captured = "".join(io.stdout[:mark]) + "".join(io.stderr) + captured_extra \
            + "".join(io.stdout[mark:])
        should_panic = getattr(desc, "should_panic", None)
        shown = desc.name
        if should_panic is not None and should_panic is not False:
            shown += " - should panic"
            ok, msg = _should_panic_verdict(should_panic, panic, desc, source)
            if msg:
                # libtest appends its verdict to the captured output as a note.
                captured += f"note: {msg}"
        if ok:
            passed += 1
            out.append(f"test {shown} ... ok\n")
        else:
            failed += 1
            out.append(f"test {shown} ... FAILED\n")
            failures.append((desc.name, captured))
        results.append(TestOutcome(desc.name, "ok" if ok else "failed", "".join(io.stdout), panic))
    if failures:
        out.append("\nfailures:\n\n")
        for name, captured in failures:
            if captured:  # libtest omits the block of a failure that printed nothing
                out.append(f"---- {name} stdout ----\n{captured}\n")
        out.append("\nfailures:\n")
        for name, _ in failures:
            out.append(f"    {name}\n")
    verdict = "FAILED" if failed else "ok"
    out.append(f"\ntest result: {verdict}. {passed} passed; {failed} failed; {ignored} ignored; "
               f"0 measured; 0 filtered out; finished in 0.00s\n\n")
    run = RunOutcome(101 if failed else 0, "".join(out), "", None, fuel_used, exhausted)
    return TestRun(run, results)


def _should_panic_verdict(expected, panic: PanicInfo | None, desc, source: SourceFile
                          ) -> tuple[bool, str]:
    """libtest's verdict on a `#[should_panic]` test: (passed, failure message)."""
    if panic is None:
        line, col = source.line_col((desc.ident_span or desc.span).lo)
        return False, f"test did not panic as expected at {source.name}:{line}:{col}"
    if isinstance(expected, str) and expected not in panic.message:
        from .fmt import format_value
        from ..types import STR_REF
        q = lambda text: format_value(text, STR_REF, "?")
        return False, ("panic did not contain expected string\n"
                       f"      panic message: {q(panic.message)}\n"
                       f" expected substring: {q(expected)}")
    return True, ""
