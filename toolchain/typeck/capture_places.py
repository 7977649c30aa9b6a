"""Rust 2021's precise closure captures (rustc_hir_typeck's `upvar.rs`).

A closure captures places, not whole variables: `p.x`, `t.0`, `*r`. Each use of an
upvar in the body (typeck/closures.py's `_Uses`) is a place rooted at the variable
with its projections (fields, derefs, an index) and a kind: "read" (an immutable
borrow, also for copies), "mut" (a mutable borrow, for writes too) or "move" (by value).
`min_captures` then does what rustc's `process_collected_capture_information` and
`compute_min_captures` do:
- an index is not captured: the array is (`restrict_capture_precision`);
- below the last deref of a shared reference nothing more is needed: `r.x` with
  `r: &Point` captures `*r` (`truncate_capture_for_optimization`);
- the closure kind follows from each use (by value: `FnOnce`, a mutable borrow: `FnMut`);
- a `move` closure captures each place by value, cut before its first deref; a by-value
  use in another closure is cut there too (`adjust_for_{non_,}move_closure`);
- places of one variable merge: an ancestor absorbs its descendants, keeping the
  strongest kind (by value > mutable > unique > shared); truncating a mutable borrow above
  a deref of a `&mut` makes it a unique borrow.
- a by-value capture stops before a field of a type with `Drop`
  (`restrict_precision_for_drop_types`). (Raw pointers do not exist in Ferrite yet.)

A place is `(pat_id, projs, tys)`: `projs` a tuple of ("field", i) / ("deref",) /
("index",) with MIR's field numbering, `tys[j]` the type after `j` projections.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..source import Span
from ..types import Ty

_STRENGTH = {"read": 0, "uniq": 1, "mut": 2, "move": 3}


@dataclass
class PlaceUse:
    pat_id: int
    projs: tuple
    tys: tuple
    kind: str                  # "read" | "mut" | "uniq" | "move"
    kind_span: Span            # the use that decided the kind (rustc's capture_kind_expr)
    path_span: Span            # the use of the place (rustc's path_expr)
    site: tuple | None = None  # (span, "assign" | "borrow") of a mutation


def _truncate(u: PlaceUse, n: int) -> None:
    """rustc's `truncate_place_to_len_and_update_capture_kind`."""
    if u.kind == "mut" and any(p[0] == "deref" and _is_mut_ref(u.tys[j])
                               for j, p in enumerate(u.projs[n:], n)):
        u.kind = "uniq"
    u.projs, u.tys = u.projs[:n], u.tys[:n + 1]


def _is_mut_ref(t: Ty) -> bool:
    return t.kind == "ref" and t.mutable


def _first(projs: tuple, what: str) -> int | None:
    return next((j for j, p in enumerate(projs) if p[0] == what), None)


def min_captures(uses: list[PlaceUse], move_clause: bool, drop_cut=None):
    """(captures in order: PlaceUse with final kind "read"/"mut"/"uniq"/"move",
    closure kind, kind origin PlaceUse or None). `drop_cut(place)`: where a by-value
    capture must stop, before a field of a type with `Drop`, or None."""
    kind, origin = "Fn", None
    processed = []
    for u in uses:
        u = _copy(u)
        i = _first(u.projs, "index")
        if i is not None:
            _truncate(u, i)
        j = max((j for j, p in enumerate(u.projs) if p[0] == "deref"), default=None)
        if j is not None and u.tys[j].kind == "ref" and not u.tys[j].mutable:
            u.projs, u.tys = u.projs[:j + 1], u.tys[:j + 2]
        if u.kind == "move" and kind != "FnOnce":
            kind, origin = "FnOnce", _copy(u)
        elif u.kind in ("mut", "uniq") and kind == "Fn":
            kind, origin = "FnMut", _copy(u)
        if move_clause or u.kind == "move":
            d = _first(u.projs, "deref")
            if d is not None:
                _truncate(u, d)
            if move_clause:
                u.kind = "move"
        if u.kind == "move" and drop_cut is not None:
            # rustc's `restrict_precision_for_drop_types`: a field cannot be moved out
            # of a value whose `drop` needs it whole, so the whole value is captured.
            n = drop_cut(u)
            if n is not None:
                _truncate(u, n)
        processed.append(u)
    roots: dict[int, list[PlaceUse]] = {}
    for u in processed:
        caps = roots.setdefault(u.pat_id, [])
        _insert(caps, u)
    out = [c for caps in roots.values() for c in caps]
    return out, kind, origin


def _copy(u: PlaceUse) -> PlaceUse:
    return PlaceUse(u.pat_id, u.projs, u.tys, u.kind, u.kind_span, u.path_span)


def _stronger(a: PlaceUse, b: PlaceUse) -> PlaceUse:
    """rustc's `determine_capture_info`: the stronger kind, the first on a tie."""
    return b if _STRENGTH[b.kind] > _STRENGTH[a.kind] else a


def _insert(caps: list[PlaceUse], u: PlaceUse) -> None:
    n = len(u.projs)
    descendant = False
    keep = []
    for c in caps:
        if len(c.projs) > n and c.projs[:n] == u.projs:   # `u` is an ancestor of `c`
            descendant = True
            c = _copy(c)
            _truncate(c, n)
            path = u.path_span
            got = _stronger(u, c)
            u = PlaceUse(u.pat_id, u.projs, u.tys, got.kind, got.kind_span, path)
        else:
            keep.append(c)
    caps[:] = keep
    if not descendant:
        for i, c in enumerate(caps):
            m = len(c.projs)
            if m <= n and u.projs[:m] == c.projs:        # same place, or `u` is below `c`
                v = u
                if m < n:
                    v = _copy(u)
                    _truncate(v, m)
                got = _stronger(c, v)
                caps[i] = PlaceUse(c.pat_id, c.projs, c.tys, got.kind, got.kind_span,
                                   c.path_span if m < n else got.path_span)
                return
    caps.append(u)


def capture_mutable(binding_mutable: bool, tys: tuple, projs: tuple) -> bool:
    """rustc's `determine_capture_mutability`: may the captured place be mutated?"""
    mutable = binding_mutable
    for j, p in enumerate(projs):
        if p[0] == "deref":
            if tys[j].kind == "ref" and not tys[j].mutable:
                return False
            mutable = True
    return mutable


def place_name(name: str, projs: tuple, tys: tuple, adts: dict) -> str:
    """rustc's `place_to_string_for_capture`: `p.x`, `t.0`, `*r`, `*r.x`."""
    text = name
    for j, p in enumerate(projs):
        if p[0] == "deref":
            text = f"*{text}"
        elif p[0] == "field":
            t = tys[j]
            if t.kind == "adt" and t.name in adts:
                text = f"{text}.{adts[t.name].names[p[1]]}"
            else:
                text = f"{text}.{p[1]}"
    return text
