"""rustc's closing lines: the error/warning count and the `--explain` hint.

Mirrors `DiagCtxt::print_error_count`: after all diagnostics rustc emits one
count diagnostic (level `error` if there were errors, else `warning`), then,
if any diagnostic carried an error code, one or two `failure-note`s pointing
at `rustc --explain`.
"""

from __future__ import annotations

import re

from .model import Diagnostic

# rustc only shows codes like E0308 in the header and in `--explain`; a lint
# name (`unused_variables`) travels in the same JSON `code` field but is not one.
_ERROR_CODE = re.compile(r"E\d{4}")


def is_error_code(code: str | None) -> bool:
    return code is not None and _ERROR_CODE.fullmatch(code) is not None


def closing_messages(diags: list[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics rustc prints after `diags`: counts and `--explain` hints."""
    errors = sum(1 for d in diags if d.is_error)
    warnings = sum(1 for d in diags if d.level == "warning")
    err_text = ("" if errors == 0 else "aborting due to 1 previous error" if errors == 1
                else f"aborting due to {errors} previous errors")
    warn_text = ("" if warnings == 0 else "1 warning emitted" if warnings == 1
                 else f"{warnings} warnings emitted")
    out: list[Diagnostic] = []
    if err_text and warn_text:
        out.append(Diagnostic("error", f"{err_text}; {warn_text}"))
    elif err_text:
        out.append(Diagnostic("error", err_text))
    elif warn_text:
        out.append(Diagnostic("warning", warn_text))
    else:
        return out
    codes = sorted({d.code for d in diags if is_error_code(d.code)})
    if len(codes) > 1:
        # rustc lists at most nine codes, then an ellipsis.
        listed = ", ".join(codes[:9]) + ("..." if len(codes) > 9 else ".")
        out.append(Diagnostic("failure-note", f"Some errors have detailed explanations: {listed}"))
        out.append(Diagnostic("failure-note",
                              f"For more information about an error, try `rustc --explain {codes[0]}`."))
    elif codes:
        out.append(Diagnostic("failure-note",
                              f"For more information about this error, try `rustc --explain {codes[0]}`."))
    return out
