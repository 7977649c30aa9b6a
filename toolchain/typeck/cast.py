"""`as` casts between primitive types (rustc_hir_typeck::cast); the errors rustc gives
for the casts it refuses are cast_errors.py's."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..types import Ty
from .cast_errors import report

_NUMERIC = ("int", "intvar", "float", "floatvar")


def cast_kind(src: Ty, dst: Ty) -> str | None:
    """The kind of a valid cast, or None."""
    if src.is_error or dst.is_error or src == dst:
        return "identity"
    if src.kind in _NUMERIC and dst.kind in ("int", "float"):
        return "numeric"
    if src.kind in ("bool", "char") and dst.kind == "int":
        return "to-int"
    if dst.kind == "char" and (src == Ty("int", "u8")):
        return "u8-char"
    return None


def check_cast(e: ast.Expr, src: Ty, dst: Ty, fcx=None) -> Diagnostic | None:
    if cast_kind(src, dst) is not None:
        return None
    from .raw_ptrs import cast_unsupported
    refused = cast_unsupported(e, src, dst)
    if refused is not None:
        return refused
    return report(fcx, e, src, dst)
