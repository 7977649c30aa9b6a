"""What the machine cannot do, refused while the program runs: the `unsupported`
diagnostic at the program's own call (the innermost frame not in std), rendered for
the program's stderr. A shim raises `Stop("unsupported", refusal(what))`; the machine
calls the refusal with its frames when it unwinds (machine.py)."""

from __future__ import annotations


def refusal(what: str, callee_frames: int = 0):
    """`callee_frames`: innermost frames to pass over (the refused function's own)."""
    def render(m, frames) -> str:
        from ..diagnostics.jsonfmt import to_json
        from ..std import is_std_span
        from ..unsupported import unsupported
        span = m.shim_span
        for fr in reversed(frames[:len(frames) - callee_frames]):
            at = fr.body.blocks[fr.block].terminator.span
            if not is_std_span(at):
                span = at
                break
        return "\n" + to_json(unsupported(span, what), m.source)["rendered"]
    return render
