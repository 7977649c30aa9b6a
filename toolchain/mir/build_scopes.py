"""Where the named locals of a block go out of scope (rustc's `StorageDead`), for the
borrow checker: a reference that outlives its referent's scope is E0597.

MIR lowering keeps a stack of open block scopes; a block's end, and a `break` or
`continue` that leaves blocks, record the locals declared in those blocks as dead
before the next statement (`ir.Body.scope_ends`). The interpreter ignores them.
"""

from __future__ import annotations

from ..source import Span


def open_scope(b, block_span: Span) -> tuple:
    """(first local of the scope, loop depth, closing brace) for `close_scope` and
    `exit_scopes`."""
    if not hasattr(b, "open_scopes"):
        b.open_scopes, b.scope_ends, b.ended_locals = [], {}, set()
    scope = (len(b.locals), len(b.loops), Span(block_span.hi - 1, block_span.hi))
    b.open_scopes.append(scope)
    return scope


def close_scope(b, scope: tuple) -> None:
    b.open_scopes.pop()
    dead = _declared(b, scope[0], len(b.locals))
    b.ended_locals.update(dead)
    from .build_drops import scope_end       # (drops come before the storage's end)
    scope_end(b, scope[0], len(b.locals), scope[2])
    _record(b, [(i, scope[2]) for i in dead])


def exit_scopes(b, loop_scope) -> None:
    """A `break`/`continue` to `loop_scope` leaves every block opened inside that loop;
    their locals die at the jump (rustc still points at each block's closing brace)."""
    depth = next((i for i, s in enumerate(b.loops) if s is loop_scope), None)
    if depth is None or not getattr(b, "open_scopes", None):
        return
    inner = [s for s in b.open_scopes if s[1] > depth]
    from .build_drops import exit_to
    marks = [s[0] for s in inner]
    bind_mark = getattr(loop_scope, "drop_mark", None)   # a `for`/`while let` round's bindings
    if bind_mark is not None:
        marks = [bind_mark] + marks
    exit_to(b, marks, inner[-1][2] if inner else None)
    dead = []
    for k, (mark, _, brace) in enumerate(inner):
        end = inner[k + 1][0] if k + 1 < len(inner) else len(b.locals)
        dead += [(i, brace) for i in _declared(b, mark, end)]
    # Innermost blocks first, as their scopes end first.
    _record(b, sorted(dead, key=lambda d: -d[0]))


def _declared(b, mark: int, end: int) -> list[int]:
    return [i for i in range(mark, end)
            if b.locals[i].name is not None and not b.locals[i].is_param
            and i not in b.ended_locals]


def _record(b, dead: list) -> None:
    if dead:
        at = (b.cur, len(b.blocks[b.cur].statements))
        b.scope_ends.setdefault(at, []).extend(dead)
