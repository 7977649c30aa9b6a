"""NodeId generation.

Every AST node with an `id` gets a fresh NodeId from one `IdGen` per crate. The
parser numbers nodes in source order starting at 1; 0 is `CRATE_NODE_ID`, the
crate root, as in rustc (`rustc_ast::node_id::CRATE_NODE_ID`).

`parse_crate` stores its generator on the crate (`crate.id_gen`), so later phases
that create nodes (the macro expander) continue the numbering with
`crate.id_gen.next()` and every NodeId stays unique across the crate.
"""

from __future__ import annotations

CRATE_NODE_ID = 0


class IdGen:
    __slots__ = ("_next",)

    def __init__(self, start: int = CRATE_NODE_ID + 1):
        self._next = start

    def next(self) -> int:
        n = self._next
        self._next = n + 1
        return n

    def peek(self) -> int:
        """The id the next call to `next()` will return (= count of ids handed out + start)."""
        return self._next

    def __repr__(self) -> str:
        return f"IdGen(next={self._next})"
