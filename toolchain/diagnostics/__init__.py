"""One diagnostic model for every phase, rendered as rustc's human text and JSON."""

from .model import Diagnostic, Level, SpanLabel, Suggestion
from .human import render, render_all, suggestion
from .jsonfmt import all_json, closing_diagnostics, from_rustc_json, to_json
from .summary import closing_messages

__all__ = ["Diagnostic", "Level", "SpanLabel", "Suggestion",
           "render", "render_all", "suggestion",
           "to_json", "all_json", "closing_diagnostics", "from_rustc_json",
           "closing_messages"]
