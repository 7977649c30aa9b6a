"""rustc's `--error-format=json` objects, and back.

`to_json` gives the object rustc prints for one diagnostic (keys in rustc's
order); `closing_diagnostics` the count and `--explain` entries rustc prints
last. Joining every `rendered` gives exactly the human stderr.

rustc's JSON keeps suggestions apart from other children: each suggestion is
a `help` child whose spans carry `suggested_replacement`, listed after the
plain children. Lints put their name in `code` (`{"code": "unused_variables"}`).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ..source import SourceFile, Span
from .human import (COMPLETELY_HIDDEN, HIDE_CODE_ALWAYS, HIDE_CODE_INLINE, SHOW_ALWAYS,
                    SHOW_CODE, SourceView, _MultiSpan, render, suggestion)
from .model import Diagnostic, ExternalSpan, SpanLabel
from .summary import closing_messages

Explain = Callable[[str], "str | None"]


def _external_span(span: ExternalSpan, primary: bool, label: str | None) -> dict:
    """A place in std's sources: rustc gives its coordinates and no `text`."""
    return {"file_name": span.file, "byte_start": span.byte_start, "byte_end": span.byte_end,
            "line_start": span.line_start, "line_end": span.line_end,
            "column_start": span.col_start, "column_end": span.col_end,
            "is_primary": primary, "text": [], "label": label,
            "suggested_replacement": None, "suggestion_applicability": None,
            "expansion": None}


def _span(src: SourceView, span: Span | ExternalSpan, primary: bool, label: str | None,
          replacement: str | None = None, applicability: str | None = None) -> dict:
    if isinstance(span, ExternalSpan):
        return _external_span(span, primary, label)
    lo, hi = src.lookup(span.lo), src.lookup(span.hi)
    text = []
    # Span(0, 0) is rustc's DUMMY_SP (e.g. "insert at the top of the file"): no text.
    for line in range(lo.line, hi.line + 1) if span.hi else ():
        t = src.get_line(line) or ""
        text.append({"text": t,
                     "highlight_start": lo.col + 1 if line == lo.line else 1,
                     "highlight_end": hi.col + 1 if line == hi.line else len(t) + 1})
    return {"file_name": src.name, "byte_start": span.lo, "byte_end": span.hi,
            "line_start": lo.line, "line_end": hi.line,
            "column_start": lo.col + 1, "column_end": hi.col + 1,
            "is_primary": primary, "text": text, "label": label,
            "suggested_replacement": replacement,
            "suggestion_applicability": applicability, "expansion": None}


def _code(code: str | None, explain: Explain | None) -> dict | None:
    if code is None:
        return None
    return {"code": code, "explanation": explain(code) if explain else None}


def _spans(src: SourceView, diag: Diagnostic) -> list[dict]:
    return [_span(src, sp, primary, label)
            for sp, primary, label in _MultiSpan.of(diag).span_labels()]


def _lint_code(lint: str) -> dict:
    return {"code": lint, "explanation": None}


def to_json(diag: Diagnostic, source: SourceFile, explain: Explain | None = None) -> dict:
    """The rustc JSON object for `diag`. `explain(code)` may supply the
    `--explain` text rustc embeds for error codes (null when not given)."""
    src = SourceView(source)
    plain = [c for c in diag.children if not c.suggestions]
    suggs = [c for c in diag.children if c.suggestions]
    children = []
    for c in plain:
        children.append({"message": c.message, "code": _code(c.code, explain),
                         "level": c.level, "spans": _spans(src, c), "children": [],
                         "rendered": None})
    for c in suggs:
        spans = [_span(src, s.span, True, None, s.replacement, s.applicability)
                 for s in c.suggestions]
        children.append({"message": c.message, "code": None, "level": c.level,
                         "spans": spans, "children": [], "rendered": None})
    return {"$message_type": "diagnostic", "message": diag.message,
            "code": _lint_code(diag.lint) if diag.code is None and diag.lint else _code(diag.code, explain),
            "level": diag.level,
            "spans": _spans(src, diag), "children": children,
            "rendered": render(diag, source)}


def closing_diagnostics(diags: list[Diagnostic], source: SourceFile) -> list[dict]:
    """rustc's closing entries (`aborting due to ...`, `N warnings emitted`,
    `For more information ...`) as JSON objects."""
    return [to_json(d, source) for d in closing_messages(diags)]


def all_json(diags: list[Diagnostic], source: SourceFile,
             explain: Explain | None = None) -> list[dict]:
    """Every object rustc would print for `diags`, closing entries included."""
    return [to_json(d, source, explain) for d in diags] + closing_diagnostics(diags, source)


# ---------------------------------------------------------------------------
# rustc JSON -> Diagnostic
# ---------------------------------------------------------------------------

def from_rustc_json(obj: dict[str, Any]) -> Diagnostic:
    """Rebuild the Diagnostic behind one rustc JSON object.

    Suggestion styles are not in rustc's JSON; they are read back from the
    object's `rendered` text (see `_infer_style`).
    """
    code = obj.get("code")
    diag = Diagnostic(obj["level"], obj["message"], code["code"] if code else None)
    diag.spans = [SpanLabel(_span_of(s), s["label"], s["is_primary"])
                  for s in obj.get("spans", [])]
    rendered = obj.get("rendered") or ""
    suggestion_children = [c for c in obj.get("children", [])
                           if any(s.get("suggested_replacement") is not None for s in c["spans"])]
    for c in obj.get("children", []):
        if c in suggestion_children:
            style = _infer_style(c, rendered, len(suggestion_children))
            child = Diagnostic(c["level"], c["message"])
            child.suggestions = [
                suggestion(Span(s["byte_start"], s["byte_end"]), s["suggested_replacement"],
                           s["suggestion_applicability"] or "Unspecified", style)
                for s in c["spans"]]
        else:
            child = from_rustc_json(c)
        diag.children.append(child)
    return diag


def _span_of(s: dict) -> Span | ExternalSpan:
    from ..std_locations import file_rank, is_std_file
    if is_std_file(s["file_name"]):
        return ExternalSpan(s["file_name"], s["line_start"], s["column_start"], s["line_end"],
                            s["column_end"], s["byte_start"], s["byte_end"],
                            file_rank(s["file_name"]))
    return Span(s["byte_start"], s["byte_end"])


def _infer_style(child: dict, rendered: str, count: int) -> str:
    """Which SuggestionStyle produced this suggestion in `rendered`."""
    msg = re.escape(child["message"])
    if re.search(rf"^help: {msg}( \(notice the capitalization difference\))?$",
                 rendered, re.M):
        return SHOW_ALWAYS  # a diff under its own `help:` header
    if re.search(rf"^ *= help: {msg}$", rendered, re.M):
        return HIDE_CODE_ALWAYS
    if count == 1 and re.search(rf"[-^|] help: {msg}( \(notice the capitalization\))?: `",
                                rendered):
        return SHOW_CODE  # inline label with the code
    if count == 1 and re.search(rf"[-^|] help: {msg}$", rendered, re.M):
        removal = all(not (s["suggested_replacement"] or "").strip() for s in child["spans"])
        return SHOW_CODE if removal else HIDE_CODE_INLINE
    # a hanging label starts its own row
    if count == 1 and re.search(rf"^ *\| +help: {msg}(: `.*`)?$", rendered, re.M):
        removal = all(not (s["suggested_replacement"] or "").strip() for s in child["spans"])
        shows_code = re.search(rf"help: {msg}: `", rendered) is not None
        return SHOW_CODE if (removal or shows_code) else HIDE_CODE_INLINE
    return COMPLETELY_HIDDEN
