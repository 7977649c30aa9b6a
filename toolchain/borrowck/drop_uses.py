"""Drops as uses of the borrows a value holds (rustc's "drop-liveness"): where the value
is dropped and its type's `Drop` code runs, that code may read the references inside,
so their loans must still be valid there ("borrow might be used here, when `g` is
dropped and runs the `Drop` code for type `Guard`").

Only a `Drop` impl makes a drop a use: std's containers (`Vec`, `Box`, `Rc`, `Option`)
mark their element types `#[may_dangle]`, so a `Vec<&T>` dropped later keeps no loan
alive; they are looked through to the element types, which may have `Drop` code of
their own. std's `Ref`/`RefMut` guards have `Drop` code (they release the cell's
borrow)."""

from __future__ import annotations

from ..types import Ty, subst

# std's guards, whose own `Drop` code uses the borrow they hold.
_STD_DROP_CODE = {"Ref", "RefMut", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard"}


def drop_code_type(t: Ty, tcx, seen: set | None = None) -> Ty | None:
    """The type whose `Drop` code a drop of `t` runs on data that may hold a borrow (`t`
    itself, or a field's/element's type), or None when dropping `t` uses no borrow."""
    from ..mir.build_drops import drop_adts
    if not _has_region(t):
        return None
    seen = set() if seen is None else seen
    if t in seen:
        return None
    seen.add(t)
    k = t.kind
    if k in ("tuple", "array"):
        return next((got for a in t.args if (got := drop_code_type(a, tcx, seen)) is not None), None)
    if k != "adt":
        return None
    if t.name in drop_adts(tcx) or t.name in _STD_DROP_CODE:
        return t
    for a in t.args:
        if type(a) is Ty:
            got = drop_code_type(a, tcx, seen)
            if got is not None:
                return got
    layout = tcx.adts.get(t.name)
    if layout is None:
        return None
    tys = list(layout.tys)
    for v in layout.variants:
        tys += v.tys
    for f in tys:
        got = drop_code_type(subst(f, t.args) if t.args else f, tcx, seen)
        if got is not None:
            return got
    return None


def _has_region(t: Ty) -> bool:
    if t.kind in ("ref", "param", "dyn"):
        return True
    if t.kind == "adt":
        return True     # (its fields may hold references: decided field by field above)
    return any(type(a) is Ty and _has_region(a) for a in t.args)


# std types with a `Drop` impl of their own (whose element types are `#[may_dangle]`).
# (`Ref`'s drop code is its field's: rustc calls it the "destructor" of `Ref<'_, T>`.)
_STD_DROP_IMPLS = {"Vec", "Box", "Rc", "Arc", "Weak", "VecDeque", "BTreeMap",
                   "BTreeSet", "HashMap", "HashSet", "std::vec::IntoIter"}


def _shown(t: Ty, res) -> str:
    """`Holder<'_>`: the learner's type with its lifetime parameters elided (as
    `display` shows every type of a struct with lifetime parameters)."""
    from ..types import display
    return display(t)


def label(prefix: str, local_name: str, t: Ty, ctx) -> str:
    """rustc's explanation at the drop: the value's own type's `Drop` code runs (named
    by its path), or the glue of a type holding one ("destructor", the whole type)."""
    from ..mir.build_drops import drop_adts
    tcx = ctx.tcx
    head = f"{prefix}borrow might be used here, when `{local_name}` is dropped and runs the "
    if t.kind == "adt" and (t.name in drop_adts(tcx) or t.name in _STD_DROP_IMPLS):
        return head + f"`Drop` code for type `{t.name.rsplit('::', 1)[-1]}`"
    return head + f"destructor for type `{_shown(t, ctx.res)}`"


def moved_out_drops(body, base: list[int], drops: dict) -> list[tuple[int, int]]:
    """The (point, local) drop uses whose local is moved out on every path there: the
    machine skips such a drop (rustc's drop elaboration removes it), so it uses nothing.
    `drops` maps (point, local) to the type; points are the drop terminators'
    (`base`: each block's first point, liveness.points)."""
    from bisect import bisect_right
    from ..mir import ir
    from .dataflow import forward_may
    from .moves import _operands_of_rvalue, _operands_of_terminator
    watched = 0
    for _, local in drops:
        watched |= 1 << local

    def moved(ops, state: int) -> int:
        for op in ops:
            if isinstance(op, ir.Move) and op.place.is_local and watched >> op.place.local & 1:
                state &= ~(1 << op.place.local)
        return state

    def statements(b: int, state: int) -> int:
        for st in body.blocks[b].statements:
            state = moved((o for o, _ in _operands_of_rvalue(st.rvalue)), state)
            if st.place.is_local:
                state |= (1 << st.place.local) & watched
        return state

    def transfer(b: int, state: int) -> int:
        state = statements(b, state)
        t = body.blocks[b].terminator
        state = moved((o for o, _, _ in _operands_of_terminator(t)), state)
        dest = getattr(t, "dest", None)
        if dest is not None and dest.is_local:
            state |= (1 << dest.local) & watched
        return state

    entry = forward_may(body, 0, transfer)
    out = []
    for (p, local) in drops:
        b = bisect_right(base, p) - 1
        if entry[b] is not None and not statements(b, entry[b]) >> local & 1:
            out.append((p, local))
    return out
