"""The honest answer for Rust the toolchain cannot handle yet.

Such code gets an error at its span that says plainly that Ferrite, not rustc,
is refusing it; it never carries a rustc error code and never runs with
approximate semantics.
"""

from __future__ import annotations

from .diagnostics.model import Diagnostic
from .source import Span

NOTE = ("this is a limitation of Ferrite's Rust toolchain, not an error in your program; "
        "rustc accepts or rejects it for its own reasons")


def unsupported(span: Span, what: str) -> Diagnostic:
    """`what` completes "Ferrite does not support ... yet", e.g. "`for` loops"."""
    d = Diagnostic.error(f"Ferrite does not support {what} yet", span,
                         "not supported by Ferrite yet")
    d.toolchain_note = True
    d.note(NOTE)
    return d


def internal_error(phase: str, exc: BaseException) -> Diagnostic:
    d = Diagnostic("error", f"internal error in Ferrite's toolchain ({phase}): "
                   f"{type(exc).__name__}: {exc}")
    d.toolchain_note = True
    d.note("this is a bug in Ferrite, not in your program; please report it with the program")
    return d
