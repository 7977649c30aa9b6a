"""dead_code: functions that nothing reachable from the crate's roots calls."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..mir import ir


def dead_code(program: ir.Program, fns: dict, roots: list[str], out) -> None:
    reached: set[str] = set()
    stack = [r for r in roots if r in program.bodies]
    while stack:
        name = stack.pop()
        if name in reached:
            continue
        reached.add(name)
        for blk in program.bodies[name].blocks:
            t = blk.terminator
            if isinstance(t, ir.Call) and t.func not in reached:
                stack.append(t.func)
    for name, item in fns.items():
        if name not in reached and not name.startswith("_"):
            d = Diagnostic.warning(f"function `{name}` is never used", item.kind.ident.span)
            out.emit("dead_code", d)
