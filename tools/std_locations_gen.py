"""Print, for each method of Ferrite's std (toolchain/std), where rustc 1.95 says it is
defined, as entries for toolchain/std_locations.py's table.

rustc's diagnostics cite std items by their place in its own std sources. This asks
rustc for them: for each method, a program calls it with one argument too many or too
few, and rustc's JSON `method defined here` note gives the place. Needs rustc on PATH.

    python tools/std_locations_gen.py            # all methods
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rustc_json import child_spans  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# A value of each std type the methods are probed on.
RECEIVERS = {"Option": "Some(1u8)", "Result": "Ok::<u8, u8>(1u8)", "Vec": "vec![1u8]",
             "[T]": "&mut [1u8][..]", "String": "String::new()", "str": "\"a\""}


def methods(path: Path) -> list[tuple[str, str, int]]:
    """(type, method, parameter count without self) of each `pub fn` with `self`."""
    out, ty = [], None
    for line in path.read_text().splitlines():
        m = re.match(r"impl(?:<[^>]*>)? (\w+|\[T\])", line)
        if m:
            ty = m.group(1)
        m = re.match(r"\s+pub fn (\w+)(?:<[^>]*>)?\(([^)]*)\)", line)
        if m and ty and "self" in m.group(2):
            params = [p for p in m.group(2).split(",") if p.strip()]
            out.append((ty, m.group(1), len(params) - 1))
    return out


def locate(ty: str, name: str, n: int) -> tuple | None:
    args = ", ".join(["loop {}"] * (n + 1)) if n == 0 else ""
    src = f"fn main() {{ let v = {RECEIVERS[ty]}; let _ = v.{name}({args}); }}\n"
    for message, s in child_spans(src):
        if message == "method defined here" and s["is_primary"] and "/library/" in s["file_name"]:
            rel = s["file_name"].split("/library/", 1)[1]
            return (rel, s["line_start"], s["column_start"], s["line_end"],
                    s["column_end"], s["byte_start"], s["byte_end"])
    return None


def main() -> None:
    for file in sorted((ROOT / "toolchain" / "std").glob("*.rs")):
        for ty, name, n in methods(file):
            if ty not in RECEIVERS:
                continue
            loc = locate(ty, name, n)
            if loc is None:
                print(f"    # {ty}::{name}: rustc gave no location", file=sys.stderr)
                continue
            print(f'    "{ty}::{name}": {loc!r},')


if __name__ == "__main__":
    main()
