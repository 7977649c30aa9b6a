"""rustc's bounds on std::collections' methods, which Ferrite's std source does not
carry (toolchain/std/collections.rs): `K: Eq + Hash` for a `HashMap`'s or
`HashSet`'s lookups and insertions, `K: Ord` for a `BTreeMap`'s or `BTreeSet`'s, and
`K: Borrow<Q>` for a lookup by `&Q` (`map.get("a")` on `String` keys).

rustc words an unmet key bound two ways, and so does this module:
- the key type is known at the call (`HashMap<Point, i32>`): E0599 "the method
  `insert` exists for struct `HashMap<Point, i32>`, but its trait bounds were not
  satisfied" (`method_call`);
- it is inferred later (`let mut m = HashMap::new(); m.insert(Point { .. }, 1)`):
  E0277 "the trait bound `Point: Hash` is not satisfied" once the body is inferred
  (`check`), with the note citing the method's bound in rustc's std.
Whether a type is `Eq`, `Hash` or `Ord` is decided over the types Ferrite models
(`has_key_trait`); what it cannot decide is refused as unsupported.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..types import ERROR, Ty, display
from ..unsupported import unsupported

_HASH = ("Eq", "Hash")
_ORD = ("Ord",)
ENTRIES = ("std::collections::hash_map::Entry", "std::collections::btree_map::Entry")
KEY_TRAITS = {"HashMap": _HASH, "HashSet": _HASH, "BTreeMap": _ORD, "BTreeSet": _ORD}
_PATHS = {"Eq": "std::cmp::Eq", "Hash": "std::hash::Hash", "Ord": "std::cmp::Ord"}

# The methods of rustc's bounded impls (`impl<K: Eq + Hash, V, S: BuildHasher>`, or
# `where K: Ord` per method for the B-trees).
_MAP_BOUNDED = {"insert", "get", "get_mut", "contains_key", "remove", "entry",
                "get_key_value", "remove_entry"}
_SET_BOUNDED = {"insert", "contains", "get", "remove", "take", "union", "intersection",
                "difference", "symmetric_difference", "is_subset", "is_superset",
                "is_disjoint"}
BOUNDED = {"HashMap": _MAP_BOUNDED, "HashSet": _SET_BOUNDED,
           "BTreeMap": _MAP_BOUNDED | {"first_key_value", "last_key_value", "pop_first",
                                       "pop_last"},
           "BTreeSet": _SET_BOUNDED | {"first", "last", "pop_first", "pop_last"}}
# How rustc names the bounded method in its note (`HashMap::<K, V, S, A>::insert`).
_OWNER = {"HashMap": "HashMap::<K, V, S, A>", "HashSet": "HashSet::<T, S, A>",
          "BTreeMap": "BTreeMap::<K, V, A>", "BTreeSet": "BTreeSet::<T, A>"}
# The parameters rustc's E0599 names the types by (`HashMap<K, V, S, A>`).
RUSTC_GENERICS = {"HashMap": ("K", "V", "S", "A"), "HashSet": ("T", "S", "A"),
                  "BTreeMap": ("K", "V", "A"), "BTreeSet": ("T", "A"), "VecDeque": ("T", "A")}
# The lookups by `&Q` (`K: Borrow<Q>`).
_BY_Q = {"get", "get_mut", "contains_key", "remove", "contains", "take", "get_key_value",
         "remove_entry"}


def method_call(fcx, e: ast.Expr, k: ast.ExprMethodCall, base: Ty) -> bool:
    """At a method call on a collection (typeck/methods.py), before its arguments are
    checked; True when it reported the call (E0599: the caller's type is an error)."""
    name = k.segment.ident.name
    if name == "or_default" and base.name.endswith("::Entry"):
        fcx.__dict__.setdefault("collection_calls", [])      # (so that `check` runs)
        fcx.__dict__.setdefault("collection_defaults", []).append((k, base.args[1]))
        return False
    if name not in BOUNDED.get(base.name, ()):
        return False
    if name in _BY_Q:
        fcx.__dict__.setdefault("collection_lookups", []).append((e, k, base))
    kt = fcx.infer.resolve(base.args[0])
    if not _known(kt) or base.name.startswith("BTree"):
        # (a B-tree's bound is its method's own `where K: Ord`: an obligation of the
        # call, E0277 once the body is inferred, whether the key is known or not)
        fcx.__dict__.setdefault("collection_calls", []).append((e, k, base))
        return False
    got = {t: _decided(fcx, kt, t) for t in KEY_TRAITS[base.name]}
    if None in got.values():
        fcx.diags.append(unsupported(k.segment.ident.span, f"keys of type `{display(kt)}` "
                                     f"in a `{base.name}`"))
        return False
    missing = [t for t, ok in got.items() if not ok]
    if not missing:
        return False
    _e0599(fcx, k, base, kt, missing)
    return True


def check(fcx) -> None:
    """Once the body is inferred: the calls whose key type was open, and `&Q` lookups."""
    from .collection_index import e0594
    for k, vt in fcx.__dict__.pop("collection_defaults", ()):
        vt = fcx.infer.resolve(vt)
        if not vt.is_error and not _has_default(vt):
            fcx.diags.append(unsupported(k.segment.ident.span, f"`or_default` for values of "
                                         f"type `{display(vt)}`"))
    for e, base in fcx.__dict__.pop("collection_writes", ()):
        e0594(fcx, e, base)
    for e, k, base in fcx.__dict__.pop("collection_calls", ()):
        kt = fcx.infer.resolve(base.args[0])
        if kt.kind == "intvar":
            kt = fcx.infer.fallback(kt)
        if kt.kind == "var" or kt.is_error:
            continue      # (undecided: E0282 says so)
        for trait in KEY_TRAITS[base.name]:
            got = _decided(fcx, kt, trait)
            if got is None:
                fcx.diags.append(unsupported(k.segment.ident.span, f"keys of type "
                                             f"`{display(kt)}` in a `{base.name}`"))
                break
            if not got:
                _e0277(fcx, k, base, kt, trait)
    lookups = fcx.__dict__.pop("collection_lookups", ())
    if any(d.is_error for d in fcx.diags):
        lookups = ()     # (a mismatched key was reported already: E0308)
    for e, k, base in lookups:
        args = fcx.method_args.get(e.id)
        if not args or len(args) <= len(base.args):
            continue
        q = fcx.infer.resolve(args[len(base.args)])
        kt = fcx.infer.resolve(base.args[0])
        if not _known(q) and fcx.infer.unify(q, kt):
            continue       # (the one `Borrow` impl that fits: `K: Borrow<K>`)
        q = fcx.infer.resolve(q)
        if not borrows_as(kt, q):
            fcx.diags.append(unsupported(k.args[0].span if k.args else k.segment.ident.span,
                                         f"looking up `{display(kt)}` keys by "
                                         f"`&{display(q)}`"))


def _has_default(t: Ty) -> bool:
    """The types whose `Default::default()` the machine makes (shims_map.default_value)."""
    if t.kind in ("int", "intvar", "float", "floatvar", "bool", "char"):
        return True
    if t.kind == "tuple":
        return all(_has_default(a) for a in t.args)
    return t.kind == "adt" and t.name in ("String", "Vec", "VecDeque", "HashMap", "HashSet",
                                          "BTreeMap", "BTreeSet", "Option",
                                          "PhantomData")


def borrows_as(kt: Ty, q: Ty) -> bool:
    """`kt: Borrow<q>` for std's impls over the types Ferrite models."""
    if kt == q or kt.kind in ("var", "intvar", "error") or q.is_error:
        return True
    if kt.kind == "ref" and kt.args[0] == q:
        return True
    if kt.kind == "adt" and kt.name == "String" and q.kind == "str":
        return True
    if kt.kind == "adt" and kt.name == "Vec" and q.kind == "slice" and q.args[0] == kt.args[0]:
        return True
    return kt.kind == "adt" and kt.name in ("Box", "Rc") and kt.args[0] == q


def _known(t: Ty) -> bool:
    if t.kind in ("var", "intvar", "floatvar"):
        return False
    return all(_known(a) for a in t.args)


def _decided(fcx, t: Ty, trait: str) -> bool | None:
    """`t: trait` for Eq, Hash and Ord; None when Ferrite cannot tell."""
    t = fcx.infer.resolve(t)
    if t.kind in ("int", "intvar", "bool", "char", "str"):
        return True
    if t.kind in ("float", "floatvar"):
        return False
    if t.kind == "param":
        from .bounds import has_bound
        return has_bound(fcx, t, trait) or (trait == "Eq" and has_bound(fcx, t, "Ord"))
    if t.kind in ("ref", "tuple", "array"):
        got = [_decided(fcx, a, trait) for a in t.args]
        return None if None in got else all(got)
    if t.kind == "adt":
        if t.name in ("String", "Vec", "Option", "Result", "Box", "VecDeque"):
            got = [_decided(fcx, a, trait) for a in t.args]
            return None if None in got else all(got)
        if t.name in KEY_TRAITS:
            return None
        layout = fcx.results.adts.get(t.name)
        if layout is None:
            return None
        # (a hand-written impl counts as derived here; the machine finds such keys
        # through the learner's `eq` and `cmp`: interp/map_keys.py)
        if trait not in layout.derives and trait not in fcx.results.traits.impls.get(t, {}):
            return False
        got = [_decided(fcx, a, trait) for a in t.args]
        return None if None in got else all(got)
    return None


# -- rustc's diagnostics ---------------------------------------------------------------------

# Where rustc 1.95's std puts the bound each note cites (from `rustc
# --error-format=json`, as std_locations.py's table): file under library/, lines,
# columns, bytes. Only the calls whose E0277 is rustc's plain one (a lookup by `&Q`
# adds `Q`'s own obligations, in an order not modelled).
_BOUND_AT = {
    "HashMap::insert": ("std/src/collections/hash/map.rs", 1295, 5, 1295, 54, 43373, 43422),
    "HashMap::entry": ("std/src/collections/hash/map.rs", 975, 5, 975, 58, 33255, 33308),
    "HashSet::insert": ("std/src/collections/hash/set.rs", 995, 5, 995, 47, 33763, 33805),
    "BTreeMap::insert": ("alloc/src/collections/btree/map.rs", 1046, 5, 1048, 16, 37215, 37296),
    "BTreeMap::entry": ("alloc/src/collections/btree/map.rs", 1499, 5, 1501, 16, 54256, 54335),
    "BTreeSet::insert": ("alloc/src/collections/btree/set.rs", 898, 5, 900, 16, 29430, 29498),
}


def _note(base: Ty, name: str) -> Diagnostic:
    from ..diagnostics.model import ExternalSpan
    from ..std_locations import LIBRARY, file_rank
    note = Diagnostic("note", f"required by a bound in `{_OWNER[base.name]}::{name}`")
    file, l0, c0, l1, c1, b0, b1 = _BOUND_AT[f"{base.name}::{name}"]
    note.primary(ExternalSpan(LIBRARY + file, l0, c0, l1, c1, b0, b1, file_rank(LIBRARY + file)))
    return note


def _located(base: Ty, name: str) -> bool:
    return f"{base.name}::{name}" in _BOUND_AT


def _e0277(fcx, k: ast.ExprMethodCall, base: Ty, kt: Ty, trait: str) -> None:
    name = k.segment.ident.name
    at = k.segment.ident.span
    shown = display(kt)
    if kt.kind == "floatvar":
        shown = "{float}"
    if not _located(base, name) or (kt.kind == "adt" and kt.args) or \
            kt.kind not in ("adt", "param", "floatvar"):
        fcx.diags.append(unsupported(at, f"keys of type `{shown}` in a `{base.name}`"))
        return
    d = Diagnostic.error(f"the trait bound `{shown}: {trait}` is not satisfied", at,
                         f"the trait `{trait}` is not implemented for `{shown}`", code="E0277")
    if kt.kind == "floatvar":
        if trait == "Ord":       # (not recorded)
            fcx.diags.append(unsupported(at, f"keys of type `{shown}` in a `{base.name}`"))
            return
        # rustc lists the integer types, the other numbers that have the trait.
        d.help(f"the following other types implement trait `{trait}`:\n"
               + "".join(f"  {t}\n" for t in ("i128", "i16", "i32", "i64", "i8", "isize",
                                              "u128", "u16")) + "and 4 others")
        d.children.append(_note(base, name))
        fcx.diags.append(d)
        return
    d.children.append(_note(base, name))
    if kt.kind == "param":
        from .bounds import param_bounds
        from .generics import restrict_help
        if param_bounds(fcx, kt) or not restrict_help(fcx, d, kt, trait, _PATHS[trait]):
            fcx.diags.append(unsupported(at, f"`{kt.name}` lacking the bound `{trait}`"))
            return
    else:
        from .check import _derive_help
        _derive_help(d, fcx.res.adts[kt.name], trait)
    fcx.diags.append(d)


def _e0599(fcx, k: ast.ExprMethodCall, base: Ty, kt: Ty, missing: list) -> None:
    """The method exists for the collection, but its key type lacks the bound."""
    name = k.segment.ident.name
    at = k.segment.ident.span
    if kt.kind != "adt" or kt.args:
        fcx.diags.append(unsupported(at, f"keys of type `{display(kt)}` in a `{base.name}`"))
        return
    shown = display(kt)
    d = Diagnostic.error(f"the method `{name}` exists for struct `{display(base)}`, but its "
                         "trait bounds were not satisfied", at, code="E0599")
    adt = fcx.res.adts[kt.name]
    d.secondary(adt.header, "doesn't satisfy " + " or ".join(f"`{shown}: {t}`"
                                                             for t in missing))
    d.note("the following trait bounds were not satisfied:\n"
           + "\n".join(f"`{shown}: {t}`" for t in missing))
    derive = list(missing)
    if "Eq" in missing and "PartialEq" not in fcx.results.adts[kt.name].derives:
        derive.append("PartialEq")
    if "Ord" in missing:
        for t in ("PartialOrd", "Eq", "PartialEq"):
            if t not in fcx.results.adts[kt.name].derives:
                derive.append(t)
    derive.sort()
    span = Span(adt.span.lo, adt.span.lo)
    d.help(f"consider annotating `{shown}` with `#[derive({', '.join(derive)})]`",
           suggestions=[Suggestion(span, f"#[derive({', '.join(derive)})]\n", "MaybeIncorrect",
                                   "ShowAlways")])
    for arg in k.args:     # (rustc checks them no further)
        fcx.check_expr(arg, None)
    fcx.diags.append(d)


# -- `HashMap::from([(k, v), ..])` ----------------------------------------------------------

FROM_OWNERS = ("HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque", "Vec")


def is_from(name: str) -> bool:
    owner, _, fn = name.rpartition("::")
    return fn == "from" and owner in FROM_OWNERS


def from_call(fcx, e: ast.Expr, k: ast.ExprCall, ft: Ty, sig) -> Ty:
    """rustc's `impl From<[(K, V); N]> for HashMap<K, V>` (and the sets' and
    `VecDeque`'s `From<[T; N]>`): Ferrite's std declares `from<A>(arr: A)` without
    const generics, so the argument must be an array of the elements here."""
    owner = ft.name.rpartition("::")[0]
    n_params = 2 if owner in ("HashMap", "BTreeMap") else 1
    elem = Ty("tuple", args=tuple(ft.args[:2])) if n_params == 2 else ft.args[0]
    if len(k.args) != 1:
        fcx.diags.append(unsupported(e.span, f"`{owner}::from` with {len(k.args)} arguments"))
        return ERROR
    arg = k.args[0]
    t = fcx.infer.resolve(fcx.check_expr(arg, None))
    if t.is_error:
        return ERROR
    if owner in ("Vec", "VecDeque") and t.kind == "adt" and t.name in ("Vec", "VecDeque") \
            and fcx.infer.unify(t.args[0], elem):
        # (the reflexive `impl<T> From<T> for T`, and std's `From<Vec<T>> for VecDeque<T>`
        # and back: the machine's `deque_from` copies the list, the one layout of both)
        fcx.infer.unify(ft.args[-1], t)
        return sig.ret
    if t.kind != "array" or not fcx.infer.unify(t.args[0], elem):
        fcx.diags.append(unsupported(arg.span, f"`{owner}::from` of a `{display(t)}`"))
        return ERROR
    fcx.infer.unify(ft.args[-1], t)
    return sig.ret
