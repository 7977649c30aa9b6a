"""Ask rustc about a small program: the diagnostics (and their notes and helps) of its JSON
output. Shared by the tools that read std's locations from rustc."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path


def diagnostics(src: str):
    """Every diagnostic (a JSON dict) rustc gives for `src` (checked with
    `--emit=metadata`, edition 2024)."""
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "p.rs"
        f.write_text(src)
        r = subprocess.run(["rustc", "--edition", "2024", "--error-format=json",
                            "--emit=metadata", "-o", str(Path(d) / "out"), str(f)],
                           capture_output=True, text=True)
    for line in r.stderr.splitlines():
        try:
            yield json.loads(line)
        except ValueError:
            continue


def child_spans(src: str):
    """(child message, span dict) for every span of every child diagnostic rustc gives
    for `src`."""
    for diag in diagnostics(src):
        for c in diag.get("children", []):
            for s in c["spans"]:
                yield c["message"], s
