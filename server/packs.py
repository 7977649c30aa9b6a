"""Exercise packs: folders in the Rustlings layout, loaded once and validated.

    <FERRITE_PACKS_DIR>/<folder>/
      info.toml                       the pack's index (below)
      exercises/<dir>/README.md       the topic text
      exercises/<dir>/<name>.rs       the unsolved exercise
      solutions/<dir>/<name>.rs       its solution

info.toml (Rustlings' format, plus a `[pack]` table of our own):

    format_version = 1                # optional; 1 if given
    [pack]
    id = "first-steps"                # optional, default: the folder name; [a-z0-9][a-z0-9-]*
    title = "First steps"             # required
    description = "..."               # required

    [[exercises]]                     # in the order learners do them
    name = "hello_output"             # [a-z][a-z0-9_]*, unique in the pack (a crate name)
    dir = "01_printing"               # [a-z0-9][a-z0-9_]*: the topic folder
    test = false                      # true: `cargo test`-like test mode; false: run main
    hint = "..."                      # required, non-empty
    title = "..."                     # optional, default: the name with spaces

Every file is read at load time; a request only ever looks names up in this
index and never builds a path from what a client sent. A malformed pack stops the
server at start with a PackError naming the file and the field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

PACK_ID = r"[a-z0-9][a-z0-9-]{0,63}"
EXERCISE_NAME = r"[a-z][a-z0-9_]{0,63}"
TOPIC_DIR = r"[a-z0-9][a-z0-9_]{0,63}"


class PackError(Exception):
    """A pack that cannot be served, with the file and field at fault."""

    def __init__(self, path: Path, field: str, message: str):
        super().__init__(f"{path}: {field}: {message}")
        self.path, self.field = path, field


@dataclass(frozen=True)
class Exercise:
    name: str
    topic: str
    mode: str          # "run" | "test"
    order: int         # 1-based position in info.toml
    title: str
    hint: str
    source: str
    solution: str
    topic_text: str

    def summary(self) -> dict:
        return {"name": self.name, "topic": self.topic, "mode": self.mode,
                "order": self.order, "title": self.title}

    def detail(self) -> dict:
        return {"name": self.name, "topic": self.topic, "mode": self.mode, "order": self.order,
                "title": self.title, "source": self.source, "hint": self.hint,
                "topic_text": self.topic_text}


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    description: str
    path: Path
    exercises: dict[str, Exercise] = field(default_factory=dict)  # in order

    def summary(self) -> dict:
        return {"id": self.id, "title": self.title, "description": self.description,
                "exercise_count": len(self.exercises)}


def _read_text(path: Path, info: Path, field_name: str) -> str:
    if not path.is_file():
        raise PackError(info, field_name, f"the file {path} does not exist")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PackError(path, field_name, "not valid UTF-8") from None


def _string(table: dict, key: str, where: Path, label: str, required: bool = True,
            default: str | None = None) -> str:
    if key not in table:
        if required:
            raise PackError(where, f"{label}.{key}", "missing")
        return default  # type: ignore[return-value]
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise PackError(where, f"{label}.{key}", "must be a non-empty string")
    return value


def load_pack(folder: Path) -> Pack:
    folder = Path(folder)
    info = folder / "info.toml"
    if not info.is_file():
        raise PackError(info, "info.toml", "missing: every pack folder needs one")
    try:
        data = tomllib.loads(info.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise PackError(info, "info.toml", f"not valid TOML: {error}") from None

    if data.get("format_version", 1) != 1:
        raise PackError(info, "format_version", "only format_version = 1 is understood")
    meta = data.get("pack")
    if not isinstance(meta, dict):
        raise PackError(info, "pack", "missing [pack] table (title, description)")
    pack_id = _string(meta, "id", info, "pack", required=False, default=folder.name)
    if not re.fullmatch(PACK_ID, pack_id):
        raise PackError(info, "pack.id", f"{pack_id!r} must match {PACK_ID}")
    title = _string(meta, "title", info, "pack")
    description = _string(meta, "description", info, "pack")

    entries = data.get("exercises")
    if not isinstance(entries, list) or not entries:
        raise PackError(info, "exercises", "missing or empty [[exercises]] list")
    exercises: dict[str, Exercise] = {}
    topic_texts: dict[str, str] = {}
    for index, entry in enumerate(entries):
        label = f"exercises[{index}]"
        if not isinstance(entry, dict):
            raise PackError(info, label, "must be a table")
        unknown = set(entry) - {"name", "dir", "test", "hint", "title"}
        if unknown:
            raise PackError(info, f"{label}.{sorted(unknown)[0]}", "unknown field")
        name = _string(entry, "name", info, label)
        if not re.fullmatch(EXERCISE_NAME, name):
            raise PackError(info, f"{label}.name", f"{name!r} must match {EXERCISE_NAME}")
        if name in exercises:
            raise PackError(info, f"{label}.name", f"{name!r} appears twice")
        topic = _string(entry, "dir", info, label)
        if not re.fullmatch(TOPIC_DIR, topic):
            raise PackError(info, f"{label}.dir", f"{topic!r} must match {TOPIC_DIR}")
        test = entry.get("test")
        if not isinstance(test, bool):
            raise PackError(info, f"{label}.test", "missing or not a boolean (true: test mode)")
        hint = _string(entry, "hint", info, label)
        ex_title = _string(entry, "title", info, label, required=False,
                           default=name.replace("_", " ").capitalize())
        source = _read_text(folder / "exercises" / topic / f"{name}.rs", info, f"{label}.name")
        solution = _read_text(folder / "solutions" / topic / f"{name}.rs", info, f"{label}.name")
        if topic not in topic_texts:
            topic_texts[topic] = _read_text(folder / "exercises" / topic / "README.md", info,
                                            f"{label}.dir")
        exercises[name] = Exercise(name=name, topic=topic, mode="test" if test else "run",
                                   order=index + 1, title=ex_title, hint=hint.strip(),
                                   source=source, solution=solution, topic_text=topic_texts[topic])
    return Pack(id=pack_id, title=title, description=description.strip(), path=folder,
                exercises=exercises)


def load_packs(directory: Path | str) -> dict[str, Pack]:
    """Every pack under `directory` (each sub-folder with an info.toml), by id."""
    directory = Path(directory)
    packs: dict[str, Pack] = {}
    if not directory.is_dir():
        return packs
    for folder in sorted(p for p in directory.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if not (folder / "info.toml").exists():
            continue
        pack = load_pack(folder)
        if pack.id in packs:
            raise PackError(folder / "info.toml", "pack.id",
                            f"{pack.id!r} is also the id of {packs[pack.id].path}")
        packs[pack.id] = pack
    return packs


def packs_json(packs: dict[str, Pack]) -> dict:
    """The static site's packs.json (docs/api.md), solutions included."""
    return {"packs": [
        {**{k: v for k, v in pack.summary().items() if k != "exercise_count"},
         "exercises": [{**exercise.detail(), "solution": exercise.solution}
                       for exercise in pack.exercises.values()]}
        for pack in packs.values()]}
