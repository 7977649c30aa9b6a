"""The CLI's contract: streams, exit codes, --json shape, --fuel, arguments after `--`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

DOUBLING = """\
fn main() {
    let mut x: i32 = 1;
    loop {
        println!("{}", x);
        x = x * 2;
    }
}
"""


def cli(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toolchain", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def prog(tmp_path: Path):
    def write(text: str, name: str = "main.rs") -> Path:
        (tmp_path / name).write_text(text)
        return tmp_path
    return write


def test_overflowing_loop_prints_values_then_rustc_panic(prog):
    cwd = prog(DOUBLING, "doubling.rs")
    p = cli("run", "doubling.rs", cwd=cwd)
    assert p.returncode == 101
    values = p.stdout.splitlines()
    assert values[0] == "1" and values[-1] == "1073741824" and len(values) == 31
    assert re.fullmatch(
        r"\nthread 'main' \(\d+\) panicked at doubling\.rs:5:13:\n"
        r"attempt to multiply with overflow\n"
        r"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
        p.stderr), p.stderr


def test_compile_error_exit_code_and_stderr(prog):
    cwd = prog('fn main() {\n    let x: i32 = "no";\n    println!("{}", x);\n}\n')
    p = cli("run", "main.rs", cwd=cwd)
    assert p.returncode == 1
    assert p.stdout == ""
    assert p.stderr.startswith("error[E0308]: mismatched types\n --> main.rs:2:18\n")
    assert p.stderr.endswith("For more information about this error, try `rustc --explain E0308`.\n")


def test_json_shape(prog):
    cwd = prog(DOUBLING)
    p = cli("run", "main.rs", "--json", cwd=cwd)
    result = json.loads(p.stdout)
    assert set(result) == {"compiled", "diagnostics", "run", "tests", "fuel"}
    assert result["compiled"] is True and result["tests"] is None
    run = result["run"]
    assert run["exit_code"] == 101
    assert run["panic"] == {"message": "attempt to multiply with overflow", "line": 5, "column": 13}
    assert result["fuel"]["used"] > 0 and result["fuel"]["exhausted"] is False


def test_json_diagnostic_shape(prog):
    cwd = prog('fn main() {\n    let x: i32 = "no";\n    println!("{}", x);\n}\n')
    result = json.loads(cli("check", "main.rs", "--json", cwd=cwd).stdout)
    assert result["compiled"] is False and result["run"] is None
    d = result["diagnostics"][0]
    assert d["message"] == "mismatched types" and d["code"]["code"] == "E0308"
    assert d["level"] == "error"
    span = d["spans"][0]
    assert (span["byte_start"], span["byte_end"], span["line_start"], span["column_start"],
            span["column_end"], span["is_primary"]) == (29, 33, 2, 18, 22, True)
    assert span["label"] == "expected `i32`, found `&str`"
    assert "".join(x["rendered"] for x in result["diagnostics"]).startswith("error[E0308]")


def test_fuel_exhaustion_is_its_own_outcome(prog):
    cwd = prog("fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n += 1;\n    }\n}\n")
    p = cli("run", "main.rs", "--fuel", "10000", "--json", cwd=cwd)
    result = json.loads(p.stdout)
    assert p.returncode == 124
    assert result["fuel"] == {"used": 10000, "exhausted": True}
    assert result["run"]["exit_code"] == 124 and result["run"]["panic"] is None
    assert "stopped after using all its fuel (10000 steps)" in result["run"]["stderr"]


def test_test_mode_libtest_output_and_exit_code(prog):
    cwd = prog("fn double(n: i32) -> i32 {\n    n * 2\n}\n\n#[test]\nfn doubles() {\n"
               "    assert_eq!(double(2), 4);\n}\n\n#[test]\nfn wrong() {\n"
               "    assert_eq!(double(2), 5);\n}\n")
    p = cli("test", "main.rs", cwd=cwd)
    assert p.returncode == 101
    assert "test doubles ... ok\ntest wrong ... FAILED\n" in p.stdout
    assert "test result: FAILED. 1 passed; 1 failed; 0 ignored" in p.stdout
    result = json.loads(cli("test", "main.rs", "--json", cwd=cwd).stdout)
    assert [(t["name"], t["outcome"]) for t in result["tests"]] == [("doubles", "ok"),
                                                                   ("wrong", "failed")]
    assert result["tests"][1]["panic"]["line"] == 12


def test_check_test_sees_cfg_test_code(prog):
    src = "fn main() {}\n\n#[cfg(test)]\nfn only_in_tests() -> i32 {\n    \"not an int\"\n}\n"
    cwd = prog(src)
    assert cli("check", "main.rs", cwd=cwd).returncode == 0
    p = cli("check", "--test", "main.rs", cwd=cwd)
    assert p.returncode == 1 and "E0308" in p.stderr


def test_unsupported_construct_is_reported_at_its_span(prog):
    cwd = prog("union Bits {\n    n: u32,\n}\n\nfn main() {}\n")
    p = cli("check", "main.rs", cwd=cwd)
    assert p.returncode == 1
    assert p.stderr.startswith("error: Ferrite does not support unions yet\n --> main.rs:1:1\n")
    assert "Traceback" not in p.stderr


def test_missing_file_and_bad_arguments(tmp_path):
    p = cli("run", "nope.rs", cwd=tmp_path)
    assert p.returncode == 1 and "couldn't read `nope.rs`" in p.stderr
    p = cli("frobnicate", "x.rs", cwd=tmp_path)
    assert p.returncode == 2


def test_program_arguments_after_double_dash_are_accepted(prog):
    cwd = prog('fn main() {\n    println!("hi");\n}\n')
    p = cli("run", "main.rs", "--", "one", "--two", cwd=cwd)
    assert p.returncode == 0 and p.stdout == "hi\n"
