"""The starter-pack cases shared by record.py and test_starter_pack.py.

One case per exercise and per solution of every pack under packs/: its source, its
mode (info.toml's `test`), and its expectations under
tests/packs/expected/<pack>/<name>.<kind>.{stderr,stdout,run.stderr,verdict}
(kind = exercise | solution), recorded from real rustc like tests/ui.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

PACKS_TESTS = Path(__file__).resolve().parent
REPO_ROOT = PACKS_TESTS.parent.parent
EXPECTED = PACKS_TESTS / "expected"
for _path in (str(REPO_ROOT), str(REPO_ROOT / "tests" / "ui")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from server.packs import load_packs  # noqa: E402

EDITION = "2024"


@dataclass(frozen=True)
class PackCase:
    pack: str
    name: str
    kind: str        # "exercise" | "solution"
    mode: str        # "run" | "test"
    source: str

    @property
    def id(self) -> str:
        return f"{self.pack}/{self.name}.{self.kind}"

    @property
    def filename(self) -> str:
        return f"{self.name}.rs"

    def expectation(self, suffix: str) -> Path:
        return EXPECTED / self.pack / f"{self.name}.{self.kind}{suffix}"

    def expected_text(self, suffix: str) -> str:
        path = self.expectation(suffix)
        return path.read_text(encoding="utf-8") if path.exists() else ""


def discover() -> list[PackCase]:
    cases = []
    for pack in load_packs(REPO_ROOT / "packs").values():
        for exercise in pack.exercises.values():
            cases.append(PackCase(pack.id, exercise.name, "exercise", exercise.mode, exercise.source))
            cases.append(PackCase(pack.id, exercise.name, "solution", exercise.mode, exercise.solution))
    return cases
