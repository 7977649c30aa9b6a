"""The driver: runs the phases in order and stops after the first phase that
reports an error, as rustc does. Each phase is called through `_phase`, which turns
a Python exception escaping it (a toolchain bug) into an internal-error
diagnostic instead of a traceback.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Callable, TypeVar

from .diagnostics.model import Diagnostic
from .source import SourceFile, Span
from .unsupported import internal_error

T = TypeVar("T")


class _Abort(Exception):
    """A phase reported errors: compilation stops here."""


@dataclass
class Session:
    source: SourceFile
    edition: str = "2024"
    cfg_test: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    @property
    def crate_name(self) -> str:
        return PurePath(self.source.name).stem.replace("-", "_")


@dataclass
class Compiled:
    program: object            # mir.ir.Program
    tests: list                # expand's TestDescs (empty unless cfg_test)


def _phase(sess: Session, name: str, fn: Callable[[], tuple[T, list[Diagnostic]]]) -> T:
    try:
        result, diags = fn()
    except RecursionError:
        sess.diagnostics.append(_too_deep())
        raise _Abort()
    except Exception as exc:  # noqa: BLE001 - a toolchain bug must not escape as a traceback
        sess.diagnostics.append(internal_error(name, exc))
        raise _Abort()
    sess.diagnostics.extend(diags)
    if sess.has_errors:
        raise _Abort()
    return result


def _too_deep() -> Diagnostic:
    d = Diagnostic("error", "the program is nested too deeply for Ferrite's toolchain")
    d.toolchain_note = True
    d.note("split deeply nested expressions or blocks into smaller pieces")
    return d


def compile_session(sess: Session) -> Compiled | None:
    """Run every compile phase; None when compilation failed (see sess.diagnostics)."""
    from . import borrowck, expand, lints, mir, resolve, syntax, typeck

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 8000))
    try:
        crate = _phase(sess, "parse", lambda: syntax.parse_crate(sess.source, sess.edition))
        ids = crate.id_gen
        crate, tests = _phase(sess, "expand", lambda: _expand(crate, sess, ids))
        res = _phase(sess, "resolve", lambda: resolve.resolve_crate(crate))
        tcx = _phase(sess, "typeck", lambda: typeck.typeck_crate(crate, res))
        if not sess.cfg_test:
            _phase(sess, "entry", lambda: (None, _check_main(sess, crate, res)))
        program = _phase(sess, "mir", lambda: (mir.build_program(crate, res, tcx), []))
        _phase(sess, "borrowck", lambda: (None, borrowck.check_mutability(crate, res)))
        roots = ["main"] + [t.path[-1] for t in tests]
        _phase(sess, "lints", lambda: (None, lints.run_lints(program, res.fns, roots)))
        return Compiled(program, tests)
    except _Abort:
        return None
    finally:
        sys.setrecursionlimit(old_limit)


def parse_only(sess: Session) -> bool:
    from . import syntax
    try:
        _phase(sess, "parse", lambda: syntax.parse_crate(sess.source, sess.edition))
        return True
    except _Abort:
        return False


def _expand(crate, sess: Session, ids):
    from . import expand
    crate, diags, tests = expand.expand_crate(crate, sess.source, sess.edition, sess.cfg_test, ids)
    return (crate, tests), diags


def _check_main(sess: Session, crate, res) -> list[Diagnostic]:
    if "main" in res.fns:
        return []
    end = len(sess.source.data)
    # rustc points just past the last character of the file.
    text = sess.source.data.rstrip(b"\n")
    at = Span(len(text), len(text)) if text else Span(end, end)
    d = Diagnostic.error(f"`main` function not found in crate `{sess.crate_name}`", code="E0601")
    d.primary(at, f"consider adding a `main` function to `{sess.source.name}`")
    return [d]
