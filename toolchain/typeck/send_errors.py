"""rustc's E0277 for a `thread::spawn` whose closure is not `Send` (a captured `Rc`, a
learner's struct holding one, an `Arc<RefCell<T>>`) or whose result is not: the
path auto_traits.why finds, worded as rustc explains an auto trait's obligation."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display
from ..unsupported import unsupported
from .auto_traits import UNKNOWN, why
from .dyn_autos import _cell_note

_GUARDS = ("MutexGuard", "RwLockReadGuard", "RwLockWriteGuard")


def _show(t: Ty) -> str:
    """rustc names the lock guards by their paths (std has two of each)."""
    base = t.name.rsplit("::", 1)[-1] if t.kind == "adt" else ""
    if base in _GUARDS:
        return "std::sync::" + base + "<'_, " + ", ".join(display(a) for a in t.args) + ">"
    return display(t)


def check_spawn(fcx, call, info, scope=None) -> bool:
    """True when reported here (an E0277, or an honest refusal of a form whose words
    Ferrite does not know). `scope`: the method call of a `Scope::spawn`."""
    for c in info.captures:
        ty = fcx.infer.fallback(c.ty)   # (rustc proves captures' bounds after fallback)
        if c.mode != "value":
            ty = Ty("ref", args=(ty,), mutable=c.mode == "mut")
        got = why(fcx, ty, "Send")
        if got is None:
            continue
        if got is UNKNOWN:
            if scope is not None:
                fcx.diags.append(unsupported(info.node.decl_span, "a value whose `Send` "
                                             "Ferrite cannot decide used by a scoped thread"))
                return True
            return False        # (thread_spawn's own refusals)
        fcx.diags.append(_closure_error(fcx, call, info, got, scope))
        return True
    if scope is not None:
        return False            # (its `T: Send` result: not checked yet)
    got = why(fcx, info.ret, "Send")
    if got is None or got is UNKNOWN:
        return False        # (UNKNOWN: thread_spawn's own refusals)
    if len(got) != 1:
        fcx.diags.append(unsupported(call.span, "a thread's result that is not `Send`, "
                                     "explained through its fields"))
        return True
    leaf, trait = got[0]
    d = _head(leaf, trait, call.span)
    d.help(f"the trait `{trait}` is not implemented for `{_show(leaf)}`")
    _cell(d, leaf, trait)
    d.children.append(_bound_note())
    fcx.diags.append(d)
    return True


def _head(leaf: Ty, trait: str, span) -> Diagnostic:
    how = "sent" if trait == "Send" else "shared"
    msg = f"`{_show(leaf)}` cannot be {how} between threads safely"
    return Diagnostic.error(msg, span, msg, code="E0277")


def _cell(d: Diagnostic, leaf: Ty, trait: str) -> None:
    lock = _cell_note(leaf) if trait == "Sync" else None
    if lock is not None:        # (std's `on_unimplemented` notes on `Cell`/`RefCell`)
        d.note("if you want to do aliasing and mutation between multiple threads, use "
               f"{lock} instead")


def _bound_note(scope=None) -> Diagnostic:
    from ..std_locations import std_span
    if scope is not None:
        note = Diagnostic("note", "required by a bound in `Scope::<'scope, 'env>::spawn`")
        note.primary(std_span("Scope::spawn"))
        return note
    note = Diagnostic("note", "required by a bound in `spawn`")
    note.primary(std_span("std::thread::spawn"))
    return note


def _closure_error(fcx, call, info, chain: list, scope=None) -> Diagnostic:
    leaf, trait = chain[-1]
    name = info.name
    d = _head(leaf, trait, info.expr.span)
    func = getattr(call.kind, "func", None) if scope is None else scope.segment.ident
    if func is not None:
        d.secondary(func.span, "required by a bound introduced by this call")
    # rustc says "within" when the failing obligation is the root's own auto trait
    # reached structurally (not through a conditional impl's other trait).
    within = trait == "Send"
    if within:
        d.secondary(info.node.decl_span, f"within this `{name}`")
        d.help(f"within `{name}`, the trait `{trait}` is not implemented for `{_show(leaf)}`")
    else:
        d.help(f"the trait `{trait}` is not implemented for `{_show(leaf)}`")
    _cell(d, leaf, trait)
    for step in reversed(chain[:-1]):
        if step[0] == "impl":
            d.note(f"required for `{_show(step[1])}` to implement `{step[2]}`")
            continue
        if step[0] == "std":
            from ..std_locations import std_span
            note = Diagnostic("note", f"required because it appears within the type `{step[1]}`")
            note.primary(std_span(step[2]))
            d.children.append(note)
            continue
        t = step[1]
        adt = fcx.res.adts.get(t.name)
        note = Diagnostic("note", f"required because it appears within the type `{_show(t)}`")
        if adt is not None:
            note.primary(adt.ident_span or adt.header)
        d.children.append(note)
    note = Diagnostic("note", "required because it's used within this closure")
    note.primary(info.node.decl_span)
    d.children.append(note)
    d.children.append(_bound_note(scope))
    return d
