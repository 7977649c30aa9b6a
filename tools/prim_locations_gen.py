"""Print, for each method of the primitive types in Ferrite's std (toolchain/std/num.rs,
char.rs, bool.rs), where rustc 1.95 says it is defined (its `method defined here`
note), as the table of toolchain/prim_locations.py.

For each method a program calls it with one argument too many; rustc's JSON note
gives the place, and for the integers' macro-made methods also the macro invocation
it was expanded from. Needs rustc on PATH.

    python tools/prim_locations_gen.py > /tmp/table.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rustc_json import child_spans  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VALUES = {"f32": "1.0f32", "f64": "1.0f64", "char": "'a'", "bool": "true"}


def value(ty: str) -> str:
    return VALUES.get(ty, f"1{ty}")


def _span(s: dict) -> tuple:
    rel = s["file_name"].split("/library/", 1)[1]
    return (rel, s["line_start"], s["column_start"], s["line_end"], s["column_end"],
            s["byte_start"], s["byte_end"])


def locate(ty: str, name: str, n_params: int, has_self: bool) -> tuple | None:
    args = ", ".join(["loop {}"] * (n_params + 1))
    call = f"{value(ty)}.{name}({args})" if has_self else f"{ty}::{name}({args})"
    src = f"#![allow(unreachable_code)]\nfn main() {{ let _ = {call}; }}\n"
    for message, s in child_spans(src):
        if message.endswith("defined here") and s["is_primary"] and "/library/" in s["file_name"]:
            exp = s.get("expansion")
            macro = None
            if exp is not None:
                macro = _span(exp["span"]) + (exp["macro_decl_name"],)
            return _span(s) + (macro,)
    return None


def main() -> None:
    from toolchain import std
    from toolchain.resolve import prim_impls
    from toolchain.syntax import ast
    prim_impls._INDEX = None
    table = prim_impls.index(std.load().items)
    for ty in sorted(table):
        for name, (_impl, sub) in sorted(table[ty].items()):
            f: ast.Fn = sub.kind
            if any(a.name == "doc" and "ferrite-only" in str(a) for a in sub.attrs):
                continue
            loc = locate(ty, name, len(f.sig.params), f.sig.self_param is not None)
            if loc is None:
                print(f"    # {ty}::{name}: rustc gave no location", file=sys.stderr)
                continue
            print(f'    "{ty}::{name}": {loc!r},')


if __name__ == "__main__":
    main()
