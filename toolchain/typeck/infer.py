"""The inference table: type variables and integer-literal variables (union-find).

As in rustc's `InferCtxt`, an integer literal without a suffix gets an integer
variable: it unifies only with integer types (or other integer variables) and
falls back to `i32` when nothing constrains it.
"""

from __future__ import annotations

from ..types import ERROR, Ty, int_ty


class InferTable:
    def __init__(self) -> None:
        self.parent: list[int] = []
        self.value: list[Ty | None] = []
        self.is_int: list[bool] = []

    def new_var(self) -> Ty:
        return self._new(False)

    def new_int_var(self) -> Ty:
        return self._new(True)

    def _new(self, is_int: bool) -> Ty:
        i = len(self.parent)
        self.parent.append(i)
        self.value.append(None)
        self.is_int.append(is_int)
        return Ty("intvar" if is_int else "var", id=i)

    def _find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def shallow(self, t: Ty) -> Ty:
        """`t` with its outermost inference variable replaced by what it is known to be."""
        while t.kind in ("var", "intvar"):
            root = self._find(t.id)
            v = self.value[root]
            if v is None:
                return Ty("intvar" if self.is_int[root] else "var", id=root)
            t = v
        return t

    def resolve(self, t: Ty) -> Ty:
        """`t` with every inference variable it is known to be replaced (deeply)."""
        t = self.shallow(t)
        if t.args:
            return Ty(t.kind, t.name, tuple(self.resolve(a) for a in t.args), t.mutable, t.id)
        return t

    def unify(self, a: Ty, b: Ty) -> bool:
        """Make `a` and `b` equal; False (and no change) when they cannot be."""
        a, b = self.shallow(a), self.shallow(b)
        if a == b or a.is_error or b.is_error:
            return True
        if a.kind in ("var", "intvar") and b.kind in ("var", "intvar"):
            ra, rb = a.id, b.id
            # An integer variable stays an integer variable when merged.
            self.is_int[rb] = self.is_int[rb] or self.is_int[ra]
            self.parent[ra] = rb
            return True
        if a.kind in ("var", "intvar"):
            return self._bind(a, b)
        if b.kind in ("var", "intvar"):
            return self._bind(b, a)
        if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable \
                or len(a.args) != len(b.args):
            return False
        return all(self.unify(x, y) for x, y in zip(a.args, b.args))

    def _bind(self, var: Ty, t: Ty) -> bool:
        root = self._find(var.id)
        if self.is_int[root] and t.kind != "int":
            return False
        if self._occurs(root, t):
            return False
        self.value[root] = t
        return True

    def _occurs(self, root: int, t: Ty) -> bool:
        t = self.shallow(t)
        if t.kind in ("var", "intvar"):
            return self._find(t.id) == root
        return any(self._occurs(root, a) for a in t.args)

    def fallback(self, t: Ty) -> Ty:
        """Resolve `t` deeply, defaulting integer variables to `i32` (rustc's
        fallback) and leaving unconstrained general variables as errors (the
        caller reports E0282 where rustc would)."""
        t = self.resolve(t)
        if t.kind == "intvar":
            return int_ty("i32")
        if t.kind == "var":
            return ERROR
        if t.args:
            return Ty(t.kind, t.name, tuple(self.fallback(a) for a in t.args), t.mutable, t.id)
        return t
