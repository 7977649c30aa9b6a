"""The machine's side of the learner's trait impls.

`dispatch` picks a trait method's body: a call keyed `<Self as Trait>::m` (made in a
trait's default method) names the impl of the frame's `Self`. `FmtTypes` is the type
table `fmt.py` formats with, plus the learner's `Display`/`Debug` impls: formatting
such a value runs the learner's `fmt` on a fresh `Formatter` and takes what it wrote.
"""

from __future__ import annotations

from .pointer import Pointer


def dispatch(func: str, frame_self: str | None) -> tuple[str, str]:
    """(body key, the callee's `Self`) for a call keyed `<T as Trait>::m`."""
    if func.startswith("<Self as ") and frame_self is not None:
        func = f"<{frame_self}{func[5:]}"
    return func, func[1:func.rindex(" as ")]


def dispatch_to(func: str, self_ty, frame_self: str | None) -> tuple[str, str]:
    """(body key, the callee's `Self`) for `<Self as Trait>::m` called on a bounded
    type parameter, now the concrete `self_ty` (impl keys spell types as `display`
    does for the types trait impls support)."""
    from ..types import display
    if self_ty.kind == "param":     # still `Self`: the frame's (a trait's default method)
        return dispatch(func, frame_self)
    text = display(self_ty)
    return f"<{text}{func[func.index(' as '):]}", text


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
        from .machine import Frame
        m = self.machine
        body = m.program.bodies[key]
        f = Formatter(opts)
        locals_ = [None] * len(body.locals)
        locals_[1] = Pointer([value], 0)     # &self
        locals_[2] = Pointer([f], 0)         # f: &mut Formatter
        try:
            m._run([Frame(body, locals_, self_ty=ty.name)])
        except RecursionError:
            # A `fmt` that formats itself: Rust overflows its stack.
            from .machine import Stop
            raise Stop("stack", "") from None
        return "".join(f.out)
