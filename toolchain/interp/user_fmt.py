"""The machine's side of the learner's trait impls.

`FmtTypes` is the type table `fmt.py` formats with, plus the learner's
`Display`/`Debug` impls: formatting such a value runs the learner's `fmt` on a fresh
`Formatter` and takes what it wrote. (Trait method calls are dyn_dispatch.py's.)
"""

from __future__ import annotations

from ..types import Ty
from .pointer import Pointer

_TRAITS = {"": "Display", "?": "Debug"}


class Formatter:
    """core::fmt::Formatter as a `fmt` method sees it: `write!` appends to `out`. The
    caller's options (width, fill, ...) are kept for `Formatter` methods to come; like
    rustc's `write!`, writing ignores them."""
    __slots__ = ("out", "opts")

    def __init__(self, opts) -> None:
        self.out: list[str] = []
        self.opts = opts


class FmtTypes(dict):
    """The program's ADT layouts (what `fmt.py` expects), with the machine to run
    the learner's `fmt` methods."""

    def __init__(self, machine) -> None:
        super().__init__(machine.program.adts)
        self.machine = machine
        self.impls = machine.program.trait_fmt

    def user_fmt(self, value, ty, trait: str, opts) -> str | None:
        key = self.impls.get((ty.name, trait))
        if key is None:
            return None
        if ty.name == "PhantomData":     # std's impl (std/marker.rs), run here: no MIR call names it
            from .type_names import phantom_debug
            return phantom_debug(self.machine, None, Ty("ref", args=(ty,)))
        from .machine import Frame
        m = self.machine
        body = m.program.bodies[key]
        if ty.args and m.program.matched_impls:
            # A generic impl (or one of several instantiations): dyn_dispatch selects it.
            from .dyn_dispatch import select
            text, args = select(m.program, _TRAITS[trait], ty)
            key = f"<{text} as {_TRAITS[trait]}>::fmt"
            body = m.instance(key, args) if args else m.program.bodies[key]
        f = Formatter(opts)
        locals_ = [None] * len(body.locals)
        locals_[1] = Pointer([value], 0)     # &self
        locals_[2] = Pointer([f], 0)         # f: &mut Formatter
        try:
            m._run([Frame(body, locals_, self_ty=ty)])
        except RecursionError:
            # A `fmt` that formats itself: Rust overflows its stack.
            from .machine import Stop
            raise Stop("stack", "") from None
        return "".join(f.out)
