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
            d = Diagnostic.error(f"closure may outlive the current function, but it borrows "
                                 f"`{c.name}`, which is owned by the current function",
                                 info.node.decl_span, f"may outlive borrowed value `{c.name}`",
                                 code="E0373")
            d.secondary(c.path_span, f"`{c.name}` is borrowed here")
            if info.static_call is not None:     # `thread::spawn(..)` (typeck/thread_spawn.py)
                note = Diagnostic("note", "function requires argument type to outlive `'static`")
                note.primary(info.static_call)
            else:
                note = Diagnostic("note", "closure is returned here")
                note.primary(span)
            d.children.append(note)
            d.help(f"to force the closure to take ownership of `{c.name}` (and any other "
                   "referenced variables), use the `move` keyword",
                   suggestions=[Suggestion(Span(span.lo, span.lo), "move ", "MachineApplicable",
                                           "ShowAlways")])
            out.append(d)
    return out
