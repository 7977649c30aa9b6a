"""Auto traits on a trait object (`Box<dyn Error + Send + Sync>`, resolve/dyn_types.py):
unsizing a value into one requires its type to be `Send`/`Sync`. Ferrite decides it
structurally: a learner's type has an auto trait when its fields do, and std's `Rc`
(neither), `Cell`/`RefCell` (not `Sync`) are the leaves rustc names in its E0277. What
Ferrite cannot decide (a type parameter, a closure, a lock guard) is refused honestly."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..types import Ty, display, subst
from ..unsupported import unsupported

_BITS = (("Sync", 2), ("Send", 1))   # (rustc reports `Sync` first)
# std types lacking an auto trait: name -> the traits it lacks.
_LACKS = {"Rc": {"Send", "Sync"}, "std::rc::Rc": {"Send", "Sync"},
          "Weak": {"Send", "Sync"}, "std::rc::Weak": {"Send", "Sync"},
          "Cell": {"Sync"}, "std::cell::Cell": {"Sync"},
          "RefCell": {"Sync"}, "std::cell::RefCell": {"Sync"}}
# std types whose auto traits Ferrite does not decide.
_UNDECIDED = frozenset({"Ref", "RefMut", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard"})
_UNKNOWN = "unknown"


def _chain(fcx, t: Ty, trait: str, seen: set):
    """The learner's types from `t` down to the std type lacking `trait` (that type
    last); None when `t` has it; `_UNKNOWN` when Ferrite cannot tell (or cannot say
    it as rustc does: a std container or a tuple around such a type)."""
    from ..std import is_std_span
    if t.kind == "adt":
        if trait in _LACKS.get(t.name, ()):
            return [t]
        if t.name in _UNDECIDED:
            return _UNKNOWN
        if t in seen:
            return None
        seen.add(t)
        layout = fcx.results.adts.get(t.name)
        adt = fcx.res.adts.get(t.name)
        if layout is not None and adt is not None and not is_std_span(adt.span):
            tys = list(layout.tys) + [f for v in layout.variants for f in v.tys]
            for f in tys:
                got = _chain(fcx, subst(f, t.args), trait, seen)
                if got is _UNKNOWN:
                    return got
                if got is not None:
                    return [t] + got
            return None
    if t.kind == "dyn":
        return None if t.id > 0 and t.id & dict(_BITS)[trait] else _UNKNOWN
    if t.kind in ("param", "closure", "opaque", "var", "proj"):
        return _UNKNOWN
    for a in t.args:
        if isinstance(a, Ty) and _chain(fcx, a, trait, seen) is not None:
            return _UNKNOWN
    return None


def check(fcx, e, src: Ty, obj: Ty, found: Ty, expected: Ty) -> bool:
    """False (reported here) when `src` lacks one of `obj`'s auto traits."""
    if obj.id <= 0:
        return True
    fails = []
    for trait, bit in _BITS:
        if obj.id & bit:
            got = _chain(fcx, src, trait, set())
            if got is _UNKNOWN or (got is not None and len(got) < 2):
                fcx.diags.append(unsupported(e.span, "a value whose `Send`/`Sync` Ferrite "
                                             "cannot decide in a trait object with auto traits"))
                return False
            if got is not None:
                fails.append((trait, got))
    for trait, got in fails:
        fcx.diags.append(_e0277(fcx, e, trait, got, found, expected))
    return not fails


def _e0277(fcx, e, trait: str, chain: list, found: Ty, expected: Ty) -> Diagnostic:
    leaf = display(chain[-1])
    how = "sent" if trait == "Send" else "shared"
    msg = f"`{leaf}` cannot be {how} between threads safely"
    d = Diagnostic.error(msg, e.span, msg, code="E0277")
    d.help(f"within `{display(chain[0])}`, the trait `{trait}` is not implemented for `{leaf}`")
    lock = _cell_note(chain[-1]) if trait == "Sync" else None
    if lock is not None:        # (std's `on_unimplemented` notes on `Cell`/`RefCell`)
        d.note("if you want to do aliasing and mutation between multiple threads, use "
               f"{lock} instead")
    for t in reversed(chain[:-1]):
        adt = fcx.res.adts.get(t.name)
        note = Diagnostic("note", f"required because it appears within the type `{display(t)}`")
        if adt is not None:
            note.primary(adt.ident_span or adt.header)
        d.children.append(note)
    d.note(f"required for the cast from `{display(fcx.infer.resolve(found), True)}` to `{display(expected, True)}`")
    return d


_ATOMICS = {n: "Atomic" + n[0].upper() + n[1:] for n in
            ("i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize")}


def _cell_note(t: Ty) -> str | None:
    """The lock (or atomic) std suggests instead of a `Cell`/`RefCell`."""
    if t.name.rsplit("::", 1)[-1] == "RefCell":
        return "`std::sync::RwLock`"
    if t.name.rsplit("::", 1)[-1] != "Cell":
        return None
    inner = t.args[0] if t.args else None
    if inner is not None and inner.kind in ("int", "bool"):
        atomic = "AtomicBool" if inner.kind == "bool" else _ATOMICS.get(inner.name)
        if atomic is not None:
            return f"`std::sync::RwLock` or `std::sync::atomic::{atomic}`"
    return "`std::sync::RwLock`"
