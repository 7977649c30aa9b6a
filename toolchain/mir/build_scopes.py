"""Where the named locals of a block go out of scope (rustc's `StorageDead`), for the
borrow checker: a reference that outlives its referent's scope is E0597.

MIR lowering keeps a stack of open block scopes; a block's end, and a `break` or
`continue` that leaves blocks, record the locals declared in those blocks as dead
before the next statement (`ir.Body.scope_ends`). The interpreter ignores them.
"""

from __future__ import annotations

from ..source import Span


def open_scope(b) -> tuple[int, int]:
    """(first local of the scope, loop depth) for `close_scope` and `exit_scopes`."""
    if not hasattr(b, "open_scopes"):
        b.open_scopes, b.scope_ends, b.ended_locals = [], {}, set()
    scope = (len(b.locals), len(b.loops))
    b.open_scopes.append(scope)
    return scope


def close_scope(b, scope: tuple[int, int], block_span: Span) -> None:
    b.open_scopes.pop()
    dead = _declared_since(b, scope[0])
    b.ended_locals.update(dead)
    _record(b, dead, Span(block_span.hi - 1, block_span.hi))


def exit_scopes(b, loop_scope, span: Span) -> None:
    """A `break`/`continue` to `loop_scope` leaves every block opened inside that loop;
    their locals die at the jump (its span is the expression's)."""
    depth = next((i for i, s in enumerate(b.loops) if s is loop_scope), None)
    if depth is None or not getattr(b, "open_scopes", None):
        return
    inner = [mark for mark, d in b.open_scopes if d > depth]
    if inner:
        _record(b, _declared_since(b, min(inner)), span)


def _declared_since(b, mark: int) -> list[int]:
    return [i for i in range(mark, len(b.locals))
            if b.locals[i].name is not None and not b.locals[i].is_param
            and i not in b.ended_locals]


def _record(b, locals_: list[int], span: Span) -> None:
    if locals_:
        at = (b.cur, len(b.blocks[b.cur].statements))
        b.scope_ends.setdefault(at, []).extend((i, span) for i in locals_)
