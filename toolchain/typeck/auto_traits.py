"""`Send` and `Sync` as rustc derives them: auto traits, structural over a type's
fields, with std's opt-outs and conditional impls as the leaves.

- `Rc`, `rc::Weak`: neither (negative impls); `Cell`, `RefCell`: `Send` iff `T: Send`,
  never `Sync`; lock guards: never `Send`, `Sync` iff `T: Sync`;
- `&T: Send` iff `T: Sync`; `&mut T: Send` iff `T: Send`; `Arc<T>`: either iff `T: Send + Sync`;
  `Mutex<T>`: either iff `T: Send`; `RwLock<T>`: `Send` iff `T: Send`, `Sync` iff
  `T: Send + Sync` (conditional impls: rustc says "required for `Arc<X>` to implement `Send`");
- a learner's struct or enum: when every field has it ("required because it appears
  within the type `Wrapper`"), through generics by substituting the arguments.

`why(fcx, t, trait)` answers with the path rustc explains, leaf last, or None when `t`
has the trait, or UNKNOWN when Ferrite cannot tell or cannot say it as rustc does
(a std container's private fields, a tuple, a type parameter): callers refuse those
honestly."""

from __future__ import annotations

from ..types import Ty, display, subst

UNKNOWN = "unknown"

_SEND, _SYNC = "Send", "Sync"
# std types lacking an auto trait whatever their arguments.
_NEVER = {"Rc": {_SEND, _SYNC}, "Weak": {_SEND, _SYNC},
          "Cell": {_SYNC}, "RefCell": {_SYNC},
          "MutexGuard": {_SEND}, "RwLockReadGuard": {_SEND}, "RwLockWriteGuard": {_SEND}}
# std types with conditional impls: (name, trait) -> what each argument must have.
_COND = {("Arc", _SEND): (_SYNC, _SEND), ("Arc", _SYNC): (_SYNC, _SEND),
         ("Mutex", _SEND): (_SEND,), ("Mutex", _SYNC): (_SEND,),
         ("RwLock", _SEND): (_SEND,), ("RwLock", _SYNC): (_SYNC, _SEND),
         ("Cell", _SEND): (_SEND,), ("RefCell", _SEND): (_SEND,),
         ("Sender", _SEND): (_SEND,), ("Sender", _SYNC): (_SEND,),
         ("Receiver", _SEND): (_SEND,), ("JoinHandle", _SEND): (),
         ("JoinHandle", _SYNC): ()}
# std types holding their arguments by value whose auto traits follow them, but whose
# explanation goes through std's private fields (`RawVec`, `PhantomData`): Ferrite
# knows the answer, not rustc's words.
_CONTAINERS = frozenset({"Vec", "Box", "Option", "Result", "HashMap", "HashSet", "VecDeque",
                         "BTreeMap", "BTreeSet", "String"})
# std types whose field path rustc walks (with their places, std_locations.py): the
# types it names, outermost first (`{}`: the argument).
_STD_FIELDS = {
    "Option": (("Option<{}>", "core::option::Option"),),
    "Vec": (("Vec<{}>", "alloc::vec::Vec"), ("alloc::raw_vec::RawVec<{}>", "alloc::raw_vec::RawVec"),
            ("PhantomData<{}>", "core::marker::PhantomData")),
}
_LEAVES = frozenset({"String", "Duration", "Instant"})


def _base(name: str) -> str:
    return name.rsplit("::", 1)[-1]


def why(fcx, t: Ty, trait: str, seen: set | None = None):
    """[steps..., (leaf, trait)] where each step is ("within", adt), ("impl", ty, trait)
    or ("std", shown, std_locations key)
    from `t` down; None when `t` has `trait`; UNKNOWN."""
    from ..std import is_std_span
    seen = set() if seen is None else seen
    t = fcx.infer.resolve(t)
    k = t.kind
    if k == "const":        # a const generic argument (`Grid<3>`)
        return None
    # (An unresolved variable is a diverging closure's result, or E0282 elsewhere.)
    if k in ("int", "float", "bool", "char", "str", "never", "intvar", "floatvar", "fndef",
             "error", "var"):
        return None
    if k == "ref":
        need = trait if t.mutable else _SYNC
        got = why(fcx, t.args[0], need, seen)
        if got is None or got is UNKNOWN:
            return got
        return [("impl", t, trait)] + got
    if k == "adt":
        name = _base(t.name)
        adt = fcx.res.adts.get(t.name)
        std = adt is None or is_std_span(adt.span)
        if std:
            if trait in _NEVER.get(name, ()):
                return [(t, trait)]
            conds = _COND.get((name, trait))
            if conds is not None:
                for arg in t.args[:1]:
                    if not isinstance(arg, Ty):
                        continue
                    for need in conds:
                        got = why(fcx, arg, need, seen)
                        if got is UNKNOWN:
                            return got
                        if got is not None:
                            return [("impl", t, trait)] + got
                return None
            if name in _LEAVES and not t.args:
                return None
            walk = _STD_FIELDS.get(name)
            if walk is not None and len(t.args) == 1 and isinstance(t.args[0], Ty):
                got = why(fcx, t.args[0], trait, seen)
                if got is None or got is UNKNOWN:
                    return got
                inner = display(fcx.infer.resolve(t.args[0]))
                return [("std", shown.format(inner), key) for shown, key in walk] + got
            if name in _CONTAINERS:
                for arg in t.args:
                    if isinstance(arg, Ty) and why(fcx, arg, trait, seen) is not None:
                        return UNKNOWN
                return None
            return UNKNOWN
        if t in seen:
            return None
        seen.add(t)
        layout = fcx.results.adts.get(t.name)
        if layout is None:
            return UNKNOWN
        for f in list(layout.tys) + [f for v in layout.variants for f in v.tys]:
            got = why(fcx, subst(f, t.args), trait, seen)
            if got is UNKNOWN:
                return got
            if got is not None:
                return [("within", t)] + got
        return None
    if k == "dyn":      # (its auto traits as bits of its id: resolve/dyn_types.py)
        return None if t.id > 0 and t.id & (2 if trait == _SYNC else 1) else UNKNOWN
    if k in ("tuple", "array", "slice"):
        for a in t.args:
            if isinstance(a, Ty) and why(fcx, a, trait, seen) is not None:
                return UNKNOWN
        return None
    return UNKNOWN
