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


# std's constants (`std::f64::consts::PI`), evaluated once per process: their values
# depend on std alone, and are plain numbers.
_STD_VALUES: dict[str, object] = {}


def eval_consts(res, tcx, source: SourceFile) -> tuple[list[Diagnostic], set[str]]:
    """Evaluate every constant into `tcx.const_values`; returns the diagnostics and
    the names of the constants whose evaluation failed."""
    ev = _Evaluator(res, tcx, source)
    for name in res.consts:
        ev.eval(name)
    return ev.diags, {n for n, s in ev.state.items() if s == "failed"}


class _Evaluator:
    """(An object rather than nested recursive functions: those would be a reference
    cycle holding the whole check until the cyclic collector runs.)"""

    def __init__(self, res, tcx, source: SourceFile) -> None:
        self.res, self.tcx, self.source = res, tcx, source
        self.state: dict[str, str] = {}
        self.diags: list[Diagnostic] = []

    def deps(self, item: ast.Item) -> list[str]:
        out = []
        for n in iter_nodes(item.kind.expr):
            if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprPath):
                r = self.res.values.get(n.id)
                if r is not None and r.kind in ("const", "static"):
                    out.append(r.target)
        return out

    def eval(self, name: str) -> bool:
        from ..mir import ir
        from ..mir.build_const import build_const_body
        from ..std import is_std_span
        res, tcx, state = self.res, self.tcx, self.state
        st = state.get(name)
        if st == "busy":
            item = res.consts[name]
            self.diags.append(unsupported(item.span, "constants whose value depends on themselves"))
            state[name] = "failed"
            return False
        if st is not None:
            return st == "done"
        if name in tcx.bodies_with_errors:
            state[name] = "failed"
            return False
        item = res.consts[name]
        std = is_std_span(item.span)
        if std and name in _STD_VALUES:
            tcx.const_values[name] = _STD_VALUES[name]
            state[name] = "done"
            return True
        state[name] = "busy"
        if not all([self.eval(d) for d in self.deps(item)]):
            state[name] = "failed"
            return False
        body = build_const_body(name, item, tcx.const_tys[name], res, tcx)
        machine = Machine(ir.Program({name: body}, tcx.adts), self.source, Io(), CONST_FUEL)
        frame = Frame(body, [None] * len(body.locals))
        try:
            machine._run([frame])
        except Panic as p:
            self.diags.append(_e0080(name, body, frame, p))
            state[name] = "failed"
            return False
        except Stop:
            self.diags.append(unsupported(item.span, "constants that take this long to evaluate"))
            state[name] = "failed"
            return False
        tcx.const_values[name] = frame.locals[0]
        if std and isinstance(frame.locals[0], (int, float, bool, str)):
            _STD_VALUES[name] = frame.locals[0]
        state[name] = "done"
        return True


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
