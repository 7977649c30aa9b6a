"""Errors about what closures capture, found by type checking and reported by the
borrow checker as rustc does (the function's body lists its closures' facts, see
mir/build_closures.py).

E0594/E0596: a closure assigns to or mutably borrows a captured place whose variable
is not declared `mut` (rustc names the captured place, `p.x`).

E0373: a closure that borrows the function's locals is returned as its
`impl Fn..` type, so it would outlive them (rustc_borrowck's
`report_escaping_closure_capture`). Type checking marks such closures
(typeck/closure_returns.py) and MIR lowering lists them on the function's body;
rustc reports one error per captured place borrowed, each with the `move` help.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span


def check_closure_escapes(body) -> list[Diagnostic]:
    out = []
    for info in getattr(body, "immutable_closures", ()):
        for span, how, name, binding in info.immutable_writes:
            if how == "assign":
                d = Diagnostic.error(f"cannot assign to `{name}`, as it is not declared as "
                                     "mutable", span, "cannot assign", code="E0594")
            else:
                d = Diagnostic.error(f"cannot borrow `{name}` as mutable, as it is not declared "
                                     "as mutable", span, "cannot borrow as mutable", code="E0596")
            d.help("consider changing this to be mutable",
                   suggestions=[Suggestion(Span(binding.lo, binding.lo), "mut ",
                                           "MachineApplicable", "ShowAlways")])
            out.append(d)
    for info, span in getattr(body, "escaping_closures", ()):
        for c in info.captures:
            if c.mode == "value":
                continue
            if info.static_call is not None:     # `thread::spawn(..)` (typeck/thread_spawn.py)
                note = ("function requires argument type to outlive `'static`", info.static_call)
            else:
                note = ("closure is returned here", span)
            out.append(e0373(info.node.decl_span, c.name, c.path_span, note, span.lo))
    return out


def e0373(decl: Span, name: str, path_span: Span, note: tuple, move_at: int) -> Diagnostic:
    """rustc's E0373: the closure at `decl` borrows `name` (used at `path_span`) and
    outlives the function; `note`: (text, span) of why; the `move` help at `move_at`."""
    d = Diagnostic.error(f"closure may outlive the current function, but it borrows "
                         f"`{name}`, which is owned by the current function",
                         decl, f"may outlive borrowed value `{name}`", code="E0373")
    d.secondary(path_span, f"`{name}` is borrowed here")
    n = Diagnostic("note", note[0])
    n.primary(note[1])
    d.children.append(n)
    d.help(f"to force the closure to take ownership of `{name}` (and any other "
           "referenced variables), use the `move` keyword",
           suggestions=[Suggestion(Span(move_at, move_at), "move ", "MachineApplicable",
                                   "ShowAlways")])
    return d
