"""The inference table: type variables and numeric-literal variables (union-find).

As in rustc's `InferCtxt`, an integer literal without a suffix gets an integer
variable and a float literal a float variable: each unifies only with types of its
kind (or variables of its kind) and falls back to `i32` / `f64` when nothing
constrains it.
"""

from __future__ import annotations

from ..types import ERROR, Ty, array_length, array_of, float_ty, int_ty

_KIND_OF_VAR = {"var": "var", "intvar": "int", "floatvar": "float"}
_VAR_OF_KIND = {"var": "var", "int": "intvar", "float": "floatvar"}


class InferTable:
    # Projections (`<T as Trait>::Item`, typeck/projection.py): the body's normaliser
    # (None: there are none to normalise), and equalities deferred until a projection's
    # self type is known.
    normalize = None
    # An ADT's parameters it never uses (E0392), by position: bivariant, so never
    # related (typeck/bivariance.py). None: there are none.
    bivariant: dict[str, set[int]] | None = None

    def __init__(self) -> None:
        self.pending: list[tuple[Ty, Ty]] = []
        self.parent: list[int] = []
        self.value: list[Ty | None] = []
        self.kind: list[str] = []          # "var" | "int" | "float"

    def new_var(self) -> Ty:
        return self._new("var")

    def new_int_var(self) -> Ty:
        return self._new("int")

    def new_float_var(self) -> Ty:
        return self._new("float")

    def _new(self, kind: str) -> Ty:
        i = len(self.parent)
        self.parent.append(i)
        self.value.append(None)
        self.kind.append(kind)
        return Ty(_VAR_OF_KIND[kind], id=i)

    def _find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def shallow(self, t: Ty) -> Ty:
        """`t` with its outermost inference variable replaced by what it is known to be."""
        while t.kind in _KIND_OF_VAR:
            root = self._find(t.id)
            v = self.value[root]
            if v is None:
                return Ty(_VAR_OF_KIND[self.kind[root]], id=root)
            t = v
        if t.kind == "proj" and self.normalize is not None:
            got = self.normalize(t)
            if got is not None:
                return self.shallow(got)
        return t

    def resolve(self, t: Ty) -> Ty:
        """`t` with every inference variable it is known to be replaced (deeply)."""
        t = self.shallow(t)
        if t.args:
            if t.kind == "array" and len(t.args) > 1:     # `[T; ?N]` (types.array_of)
                return array_of(self.resolve(t.args[0]), self.resolve(t.args[1]))
            return Ty(t.kind, t.name, tuple(self.resolve(a) for a in t.args), t.mutable, t.id)
        return t

    def unify(self, a: Ty, b: Ty) -> bool:
        """Make `a` and `b` equal; False (and no change) when they cannot be."""
        a, b = self.shallow(a), self.shallow(b)
        if a == b or a.is_error or b.is_error:
            return True
        a_var, b_var = a.kind in _KIND_OF_VAR, b.kind in _KIND_OF_VAR
        if a_var and b_var:
            ka, kb = self.kind[a.id], self.kind[b.id]
            if ka != "var" and kb != "var" and ka != kb:
                return False          # an integer literal is never a float literal
            self.kind[b.id] = kb if kb != "var" else ka
            self.parent[a.id] = b.id
            return True
        if a_var != b_var and self.normalize is not None:
            # A literal against a projection not decided yet (`Cow::Owned(3)` as a
            # `<?B as ToOwned>::Owned`): equal once the projection is normalised.
            v, p = (a, b) if a_var else (b, a)
            if p.kind == "proj" and self.kind[self._find(v.id)] != "var" and self._undecided(p):
                self.pending.append((a, b))
                return True
        if a_var:
            return self._bind(a, b)
        if b_var:
            return self._bind(b, a)
        if (a.kind == "proj") != (b.kind == "proj") and self.normalize is not None \
                and self._undecided(a if a.kind == "proj" else b):
            self.pending.append((a, b))
            return True
        if a.kind == b.kind == "array" and (len(a.args) > 1 or len(b.args) > 1):
            return self.unify(a.args[0], b.args[0]) \
                and self.unify(array_length(a), array_length(b))   # `[T; N]` (types.array_of)
        if a.kind != b.kind or a.name != b.name or a.mutable != b.mutable \
                or len(a.args) != len(b.args):
            return False
        if a.kind in ("opaque", "dyn") and a.id != b.id:   # each `-> impl Trait` is its own type
            return False       # (a trait object's id: its auto traits, resolve/dyn_types.py)
        skip = self.bivariant.get(a.name) if self.bivariant and a.kind == "adt" else None
        if skip:
            return all(self.unify(x, y) for i, (x, y) in enumerate(zip(a.args, b.args))
                       if i not in skip)
        return all(self.unify(x, y) for x, y in zip(a.args, b.args))

    def _undecided(self, p: Ty) -> bool:
        """A projection whose self type (or a trait argument) still holds inference
        variables."""
        return any(self._has_var(a) for a in p.args)

    def _has_var(self, t: Ty) -> bool:
        t = self.shallow(t)
        return t.kind in _KIND_OF_VAR or any(self._has_var(a) for a in t.args)

    def _bind(self, var: Ty, t: Ty) -> bool:
        root = self._find(var.id)
        kind = self.kind[root]
        if kind != "var" and t.kind != kind:
            return False
        if self._occurs(root, t):
            return False
        self.value[root] = t
        return True

    def _occurs(self, root: int, t: Ty) -> bool:
        t = self.shallow(t)
        if t.kind in _KIND_OF_VAR:
            return self._find(t.id) == root
        return any(self._occurs(root, a) for a in t.args)

    def fallback(self, t: Ty) -> Ty:
        """Resolve `t` deeply, defaulting integer variables to `i32` and float variables
        to `f64` (rustc's fallback) and leaving unconstrained general variables as
        errors (the caller reports E0282 where rustc would)."""
        t = self.resolve(t)
        if t.kind == "intvar":
            return int_ty("i32")
        if t.kind == "floatvar":
            return float_ty("f64")
        if t.kind == "var":
            return ERROR
        if t.kind == "array" and len(t.args) > 1:
            return array_of(self.fallback(t.args[0]), self.fallback(t.args[1]))
        if t.args:
            t = Ty(t.kind, t.name, tuple(self.fallback(a) for a in t.args), t.mutable, t.id)
            if t.kind == "proj" and self.normalize is not None:
                got = self.normalize(t)     # (`<{integer} as TryInto<Even>>::Error`, now i32's)
                if got is not None:
                    return self.fallback(got)
        return t
