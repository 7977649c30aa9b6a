"""Compile-time evaluation of `const` and `static` initialisers, like rustc's CTFE:
each initialiser is lowered to MIR and run by the machine, dependencies first. A
panic during evaluation (overflow, division by zero, `panic!`) is E0080."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import SourceFile
from ..syntax import ast
from ..syntax.visit import iter_body_nodes, iter_nodes
from ..unsupported import unsupported
from .machine import Frame, Io, Machine, Panic, Stop

CONST_FUEL = 2_000_000


def eval_consts(res, tcx, source: SourceFile) -> tuple[list[Diagnostic], set[str]]:
    """Evaluate every constant into `tcx.const_values`; returns the diagnostics and
    the names of the constants whose evaluation failed."""
    from ..mir import ir
    from ..mir.build_const import build_const_body
    state: dict[str, str] = {}
    diags: list[Diagnostic] = []

    def deps(item: ast.Item) -> list[str]:
        out = []
        for n in iter_nodes(item.kind.expr):
            if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprPath):
                r = res.values.get(n.id)
                if r is not None and r.kind in ("const", "static"):
                    out.append(r.target)
        return out

    def ev(name: str) -> bool:
        st = state.get(name)
        if st == "busy":
            item = res.consts[name]
            diags.append(unsupported(item.span, "constants whose value depends on themselves"))
            state[name] = "failed"
            return False
        if st is not None:
            return st == "done"
        if name in tcx.bodies_with_errors:
            state[name] = "failed"
            return False
        state[name] = "busy"
        item = res.consts[name]
        if not all([ev(d) for d in deps(item)]):
            state[name] = "failed"
            return False
        body = build_const_body(name, item, tcx.const_tys[name], res, tcx)
        machine = Machine(ir.Program({name: body}, tcx.adts), source, Io(), CONST_FUEL)
        frame = Frame(body, [None] * len(body.locals))
        try:
            machine._run([frame])
        except Panic as p:
            diags.append(_e0080(name, body, frame, p))
            state[name] = "failed"
            return False
        except Stop:
            diags.append(unsupported(item.span, "constants that take this long to evaluate"))
            state[name] = "failed"
            return False
        tcx.const_values[name] = frame.locals[0]
        state[name] = "done"
        return True

    for name in res.consts:
        ev(name)
    return diags, {n for n, s in state.items() if s == "failed"}


def _e0080(name: str, body, frame: Frame, p: Panic) -> Diagnostic:
    from ..lints.known_panics import _lint
    from ..mir import ir
    t = body.blocks[frame.block].terminator
    message = f"evaluation panicked: {p.message}"
    if isinstance(t, ir.Assert) and t.kind:
        vals = [Machine._op(frame.locals, o) for o in t.kind[2]]
        found = _lint(t, vals)
        if found is not None:
            message = found[1].spans[0].label
    return Diagnostic.error(message, p.span, f"evaluation of `{name}` failed here", code="E0080")


def erroneous_uses(res, failed: set[str], fns) -> list[Diagnostic]:
    """rustc's `erroneous constant encountered` note at each use of a failed constant
    in the code it generates (run and test builds only)."""
    out = []
    for item in fns:
        fmt_args: set[int] = set()
        for n in iter_body_nodes(item.kind.body):
            if isinstance(n, ast.ExprFormatArgs):
                fmt_args.update(a.id for a in n.args)
            if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprPath):
                r = res.values.get(n.id)
                if r is not None and r.kind in ("const", "static") and r.target in failed:
                    # A formatting argument is met twice in rustc's MIR (borrowed for
                    # the arguments array, then read): one note each time.
                    for _ in range(2 if n.id in fmt_args else 1):
                        d = Diagnostic("note", "erroneous constant encountered")
                        d.primary(n.span)
                        out.append(d)
    return out
