"""Record rustc's diagnostics for every fixture in cases/ (run by `make record`).

For each `cases/NAME.rs` this runs real rustc exactly as a learner's build would:
`rustc --error-format=json --edition 2024 --crate-type bin --emit=metadata NAME.rs`
in a scratch directory (the file passed by bare name, so `file_name` is `NAME.rs`),
and stores every JSON line rustc printed in `cases/NAME.json` (one object per line)
and the human-readable stderr of a second, plain run in `cases/NAME.stderr`.

Usage: python tests/diagnostics/record.py [NAME ...]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"
FLAGS = ["--edition", "2024", "--crate-type", "bin", "--emit=metadata"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # A backtrace setting changes nothing in diagnostics but may add ICE noise;
    # colour and terminal width must not leak into the recording either.
    for var in ("RUST_BACKTRACE", "RUST_LOG", "CLICOLOR_FORCE", "COLUMNS"):
        env.pop(var, None)
    return env


def record(rs: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(rs, Path(tmp) / rs.name)
        run = lambda extra: subprocess.run(  # noqa: E731
            ["rustc", *extra, *FLAGS, rs.name], cwd=tmp, env=_env(),
            capture_output=True, text=True)
        js = run(["--error-format=json"])
        human = run([])
    lines = [ln for ln in js.stderr.splitlines() if ln.startswith("{")]
    rs.with_suffix(".json").write_text("".join(ln + "\n" for ln in lines))
    rs.with_suffix(".stderr").write_text(human.stderr)


def main(argv: list[str]) -> int:
    if shutil.which("rustc") is None:
        print("record.py: rustc is not on PATH", file=sys.stderr)
        return 2
    names = argv or sorted(p.stem for p in CASES.glob("*.rs"))
    for name in names:
        record(CASES / f"{name}.rs")
        print(f"recorded {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
