"""Discovery of UI cases and parsing of their `//@` directives (shared by record.py and test_ui.py).

A case is `tests/ui/<topic>/<name>.rs`. Its leading comment lines may hold directives:

    //@ mode: run | test | check     (default: run)
    //@ edition: 2021 | 2024         (default: 2024)
    //@ args: a b c                  (shell-like words, passed after the program name)
    //@ stdin: name.stdin            (a sibling file fed to the program's standard input)

The expectations sit beside the case: `name.stderr` (rustc's stderr), `name.stdout` (the
program's or libtest's stdout), `name.run.stderr` (the program's stderr), each present only
when non-empty, and `name.verdict` (JSON).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

UI_ROOT = Path(__file__).resolve().parent

MODES = ("run", "test", "check")
EDITIONS = ("2021", "2024")
_DIRECTIVE = re.compile(r"^//@\s*([a-z-]+)\s*:\s*(.*?)\s*$")
_CRATE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class CaseError(Exception):
    """A malformed case (bad name, unknown directive, missing stdin file)."""


@dataclass
class Case:
    path: Path                      # tests/ui/<topic>/<name>.rs
    mode: str = "run"
    edition: str = "2024"
    args: list[str] = field(default_factory=list)
    stdin_file: str | None = None

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def topic(self) -> str:
        return self.path.parent.name

    @property
    def id(self) -> str:
        return f"{self.topic}/{self.name}"

    @property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def stdin(self) -> str:
        if self.stdin_file is None:
            return ""
        return (self.path.parent / self.stdin_file).read_text(encoding="utf-8")

    def expectation(self, suffix: str) -> Path:
        """The expectation file `name<suffix>` beside the case, e.g. `.stderr`, `.run.stderr`."""
        return self.path.with_name(self.name + suffix)

    def expected_text(self, suffix: str) -> str:
        path = self.expectation(suffix)
        return path.read_text(encoding="utf-8") if path.exists() else ""


def parse_case(path: Path) -> Case:
    path = Path(path).resolve()
    if path.suffix != ".rs" or not _CRATE_NAME.match(path.stem):
        raise CaseError(f"{path}: a case is a snake_case `<name>.rs` usable as a crate name")
    case = Case(path=path)
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break  # directives live only in the leading comment lines
        match = _DIRECTIVE.match(stripped)
        if match is None:
            if stripped.startswith("//@"):
                raise CaseError(f"{path}: malformed directive {stripped!r}")
            continue  # an ordinary comment
        key, value = match.groups()
        if key == "mode":
            if value not in MODES:
                raise CaseError(f"{path}: mode must be one of {MODES}, not {value!r}")
            case.mode = value
        elif key == "edition":
            if value not in EDITIONS:
                raise CaseError(f"{path}: edition must be one of {EDITIONS}, not {value!r}")
            case.edition = value
        elif key == "args":
            case.args = shlex.split(value)
        elif key == "stdin":
            if not (path.parent / value).is_file():
                raise CaseError(f"{path}: stdin file {value!r} not found beside the case")
            case.stdin_file = value
        else:
            raise CaseError(f"{path}: unknown directive {key!r}")
    return case


def discover(paths: list[str | Path] | None = None) -> list[Case]:
    """Every case under the given files/directories (default: all of tests/ui), sorted by id."""
    roots = [Path(p) for p in paths] if paths else [UI_ROOT]
    files: set[Path] = set()
    for root in roots:
        root = root.resolve()
        if root.is_dir():
            files.update(p for p in root.rglob("*.rs") if p.parent.parent == UI_ROOT)
        elif root.is_file():
            files.add(root)
        else:
            raise CaseError(f"{root}: no such case or directory")
    return sorted((parse_case(f) for f in files), key=lambda c: c.id)
