"""One diagnostic model for every phase, rendered as rustc's human text and JSON."""

from .model import Diagnostic, Level, SpanLabel, Suggestion

__all__ = ["Diagnostic", "Level", "SpanLabel", "Suggestion"]
