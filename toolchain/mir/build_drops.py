"""Drops in MIR (docs/design-semantics.md §5): where rustc runs drop glue, the builder
puts a `drop` intrinsic terminator naming the place and its type; the machine runs the
glue (interp/drops.py): the learner's `Drop::drop`, then the fields' drops.

Places:
- a block's end: its named locals, in reverse declaration order, after the temporaries
  of its tail expression (edition 2024), and `break`/`continue`/`return` leaving blocks;
- the end of a function: its parameters, after the body's locals;
- a statement's end: the temporaries it made (a `let` whose initialiser borrows one
  with lifetime extension keeps its temporaries to the block's end);
- an assignment `x = v`: the old value, after `v` is evaluated.

A value moved out is not dropped: a move of a type that needs dropping empties its
place (`ir.Move.clear`), and the glue skips an empty place. That is rustc's drop flags,
kept in the value. Types that need no drop (no `Drop` impl anywhere inside) get no
drop terminators and no emptying moves, so programs without `Drop` run as before.
"""

from __future__ import annotations

from ..types import Ty, subst
from . import ir
from ..typeck.drop_checks import drop_adts    # noqa: F401  (read here by MIR and borrowck)

# std types whose drop the machine does itself (interp/drops.py): counts and borrows.
STD_GLUE = {"Rc", "Weak", "Ref", "RefMut", "Arc", "MutexGuard"}   # (RefCell, Cell: their T)
STD_GLUE |= {"Sender", "Receiver", "RwLockReadGuard", "RwLockWriteGuard"}   # (mpsc, RwLock)


def needs_drop(t: Ty, adts: dict, drops: frozenset, cache: dict) -> bool:
    """Whether dropping a `t` runs any code (a type parameter may: it is decided again
    for the instance's concrete type)."""
    got = cache.get(t)
    if got is None:
        cache[t] = False            # (a recursive type: its cycle adds nothing)
        got = cache[t] = _needs(t, adts, drops, cache)
    return got


def _needs(t: Ty, adts, drops, cache) -> bool:
    k = t.kind
    if k in ("param", "dyn"):
        return True
    if k in ("tuple", "array"):
        return any(needs_drop(a, adts, drops, cache) for a in t.args)
    if k == "closure":      # its captures (typeck/closures.py: a tuple, argument 2)
        return len(t.args) > 2 and needs_drop(t.args[2], adts, drops, cache)
    if k != "adt":
        return False
    if t.name in drops or t.name in STD_GLUE:
        return True
    if any(needs_drop(a, adts, drops, cache) for a in t.args if type(a) is Ty):
        return True
    layout = adts.get(t.name)
    if layout is None:
        return False
    tys = list(layout.tys)
    for v in layout.variants:
        tys += v.tys
    return any(needs_drop(subst(f, t.args) if t.args else f, adts, drops, cache) for f in tys)


# std types with drop glue in rustc that Ferrite's machine need not run (memory only).
_MEMORY_GLUE = frozenset({"String", "Vec", "Box", "std::vec::IntoIter", "HashMap", "HashSet",
                          "BTreeMap", "BTreeSet", "VecDeque"})


def rustc_needs_drop(b, t: Ty) -> bool:
    """Whether rustc's MIR drops a `t` (it has drop glue, if only to free memory): its
    assignment then is a drop and a store, which rustc's diagnostics point at the
    assigned place alone (`s` of `s = String::new()`)."""
    return tcx_rustc_needs_drop(b.tcx, t)


def tcx_rustc_needs_drop(tcx, t: Ty) -> bool:
    cache = tcx.__dict__.get("_rustc_drop_cache")
    if cache is None:
        cache = tcx._rustc_drop_cache = {}
    return needs_drop(t, tcx.adts, drop_adts(tcx) | _MEMORY_GLUE, cache)


def builder_needs(b, t: Ty) -> bool:
    cache = b.__dict__.get("_drop_cache")
    if cache is None:
        cache = b._drop_cache = {}
    return needs_drop(t, b.tcx.adts, drop_adts(b.tcx), cache)


def emit(b, place: ir.Place, ty: Ty, span) -> None:
    nb = b.new_block()
    b.terminate(ir.Intrinsic("drop", [], None, nb, span, (place, ty)))
    b.cur = nb


def drop_locals(b, locals_: list, span) -> None:
    """Drop each of `locals_` (in the order given) whose type needs it."""
    for i in locals_:
        t = b.locals[i].ty
        if builder_needs(b, t):
            emit(b, ir.Place(i), t, span)


def scope_end(b, mark: int, end: int, span) -> None:
    """A block's end: the temporaries of its tail, then its locals, latest first."""
    dropped = b.__dict__.setdefault("_dropped", set())
    todo = []
    for i in range(end - 1, mark - 1, -1):
        d = b.locals[i]
        if i in dropped or d.is_param:
            continue
        if d.name is not None or i in b.__dict__.get("_kept_temps", ()) or i >= _tail_mark(b):
            todo.append(i)
    dropped.update(todo)
    drop_locals(b, todo, span)


def _tail_mark(b) -> int:
    return b.__dict__.get("_tail_marks", [1 << 60])[-1]


def enter_tail(b) -> None:
    b.__dict__.setdefault("_tail_marks", []).append(len(b.locals))


def exit_tail(b) -> None:
    b._tail_marks.pop()


def enter_stmt(b) -> None:
    b.__dict__.setdefault("_stmt_marks", []).append(len(b.locals))


def exit_stmt(b, s) -> None:
    """The end of statement `s`: drop the temporaries made since it began (latest
    first), unless lifetime extension (`let r = &make();`) keeps them to the block's end."""
    mark = b._stmt_marks.pop()
    dropped = b.__dict__.setdefault("_dropped", set())
    temps = [i for i in range(len(b.locals) - 1, mark - 1, -1)
             if b.locals[i].name is None and i not in dropped
             and builder_needs(b, b.locals[i].ty)]
    if not temps:
        return
    if _extends(b, s):
        b.__dict__.setdefault("_kept_temps", set()).update(temps)
        return
    dropped.update(temps)
    from ..source import Span
    drop_locals(b, temps, Span(s.span.hi - 1, s.span.hi))


def cond_operand(b, cond) -> ir.Operand:
    """An `if`/`while` condition: a terminating scope in rustc, so the temporaries it
    made (a `RefCell`'s `Ref` in `if c.borrow().len() < 3`) are dropped before
    branching. The value is copied out of them first."""
    mark = len(b.locals)
    op = b.operand(cond)
    dropped = b.__dict__.setdefault("_dropped", set())
    temps = [i for i in range(len(b.locals) - 1, mark - 1, -1)
             if b.locals[i].name is None and i not in dropped
             and builder_needs(b, b.locals[i].ty)]
    if not temps:
        return op
    from ..types import BOOL
    flag = b.temp(BOOL, cond.span)
    b.push(flag, ir.Use(op), cond.span)
    dropped.update(temps)
    drop_locals(b, temps, cond.span)
    return ir.Copy(flag)


def _open_temps(b) -> set:
    """Statement temporaries still live (made since the innermost open statement began)."""
    marks = b.__dict__.get("_stmt_marks")
    if not marks:
        return set()
    return {i for i in range(marks[0], len(b.locals)) if b.locals[i].name is None}


def exit_to(b, open_marks: list, span) -> None:
    """`break`/`continue`/`return` leaving blocks: each one's live locals, innermost
    first (the machine skips those already moved or dropped), with the temporaries of
    the statements being left (`return Err(format!("{}", c.borrow()))`)."""
    dropped = b.__dict__.get("_dropped", set())
    kept = set(b.__dict__.get("_kept_temps", ())) | _open_temps(b)
    for k in range(len(open_marks) - 1, -1, -1):
        mark = open_marks[k]
        end = open_marks[k + 1] if k + 1 < len(open_marks) else len(b.locals)
        todo = [i for i in range(end - 1, mark - 1, -1)
                if (b.locals[i].name is not None or i in kept) and not b.locals[i].is_param
                and i not in dropped]
        drop_locals(b, todo, span)


def before_return(b, span) -> None:
    """`return`: every open block's locals, then the parameters."""
    marks = [s[0] for s in getattr(b, "open_scopes", [])]
    exit_to(b, marks, span)
    params(b, span)


def params(b, span) -> None:
    """The function's parameters, dropped after its body's locals (reverse order)."""
    ps = [i for i in range(len(b.locals) - 1, 0, -1) if b.locals[i].is_param]
    drop_locals(b, ps, span)


def read(b, place: ir.Place, ty: Ty, span) -> ir.Operand:
    """A move of a value that needs dropping empties its place."""
    return ir.Move(place, span, builder_needs(b, ty))


def assign_old(b, place: ir.Place, ty: Ty, span) -> bool:
    """Whether `place = v` goes through a temporary: the type has drop glue in rustc
    (a `String` too, though only memory is freed), so the new value is evaluated before
    the place is touched. Borrows the value's evaluation takes of the old value (`*s =
    s.to_uppercase()`) are then dead at the store, as in rustc."""
    return rustc_needs_drop(b, ty)


def assign_into(b, rhs, place: ir.Place, ty: Ty, span) -> None:
    """`place = rhs` of a type with drop glue: the new value is evaluated first, then
    the old one dropped (the machine skips an uninitialised place; memory-only glue
    is not run), then stored."""
    tmp = b.temp(ty, rhs.span)
    b.expr_into(rhs, tmp)
    needs = builder_needs(b, ty)
    if needs:
        emit(b, place, ty, span)
    b.push(place, ir.Use(ir.Move(tmp, rhs.span, needs)), span)


def _extends(b, s) -> bool:
    from ..syntax import ast
    from .temporaries import _extended
    k = s.kind
    if not isinstance(k, ast.StmtLet) or k.init is None:
        return False
    out: set = set()
    _extended(k.init, out, b.res)
    return bool(out)


def bindings_end(b, mark: int, span, temps: bool = False, todo: list | None = None) -> list:
    """The end of a match arm, an `if let` branch or a loop round: the variables its
    pattern bound (and with `temps`, the scrutinee's temporaries), latest first. Gives
    them, for the other paths out (`todo`)."""
    dropped = b.__dict__.setdefault("_dropped", set())
    if todo is None:
        todo = [i for i in range(len(b.locals) - 1, mark - 1, -1)
                if (b.locals[i].name is not None or temps) and i not in dropped
                and not b.locals[i].is_param]
    drop_locals(b, todo, span)
    return todo


def forget(b, mark: int) -> None:
    """The locals from `mark` on were dropped on every path out of their construct."""
    b.__dict__.setdefault("_dropped", set()).update(
        i for i in range(mark, len(b.locals)) if b.locals[i].name is not None
        or builder_needs(b, b.locals[i].ty))
