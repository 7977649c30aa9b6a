"""The `Ord` bounds of std's sorting and searching methods (`sort`, `sort_unstable`,
`binary_search`: `T: Ord`; `sort_by_key`, `sort_unstable_by_key`: `K: Ord`), which
Ferrite's std (std/vec.rs, std/sort.rs) leaves to this check, and rustc's E0277 for
the one way learners miss them: floats. Another type Ferrite cannot vouch for is
refused as unsupported (as std_bounds.py does), never sorted with a wrong answer."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, ExternalSpan
from ..std_locations import LIBRARY, file_rank
from ..types import Ty, display
from ..unsupported import unsupported

# rustc 1.95's "required by a bound in" of each method: its path and the bound's place
# (file under library/, lines, columns, bytes, as its JSON gives them).
_NOTES = {
    "[T]::sort": ("slice::<impl [T]>::sort",
                  ("alloc/src/slice.rs", 131, 5, 133, 16, 6220, 6268)),
    "[T]::sort_by_key": ("slice::<impl [T]>::sort_by_key",
                         ("alloc/src/slice.rs", 247, 5, 250, 16, 11606, 11704)),
    "[T]::sort_unstable": ("core::slice::<impl [T]>::sort_unstable",
                           ("core/src/slice/mod.rs", 3133, 5, 3135, 16, 115948, 116005)),
    "[T]::sort_unstable_by_key": ("core::slice::<impl [T]>::sort_unstable_by_key",
                                  ("core/src/slice/mod.rs", 3240, 5, 3243, 16, 120694, 120801)),
    "[T]::binary_search": ("core::slice::<impl [T]>::binary_search",
                           ("core/src/slice/mod.rs", 2919, 5, 2921, 16, 105991, 106075)),
}
_BY_KEY = ("[T]::sort_by_key", "[T]::sort_unstable_by_key")
KEYS = frozenset(_NOTES)
_ORD_TYPES = "i128\ni16\ni32\ni64\ni8\nisize\nu128\nu16\nand 4 others"


def check_method(fcx, e, k, key: str, target: Ty) -> None:
    """At the call: the element's (or, for the `_by_key` forms, the key's) `Ord`."""
    from .bounds import Obligation
    if key in _BY_KEY:
        args = fcx.method_args.get(e.id) or ()
        if len(args) < 2:
            return
        t = args[1]          # (the impl's `T`, then the method's `K`, `F`)
    else:
        t = fcx.infer.resolve(target.args[0]) if target.args else None
        if t is None:
            return
    span = k.segment.ident.span
    ob = Obligation(t, "Ord", span, k.segment.ident.name, span, span, None, call_span=e.span,
                    check=_check)
    ob.targs = (key,)        # (which method: its note)
    fcx.bound_obligations.append(ob)


def _check(fcx, ob) -> None:
    t = fcx.infer.resolve(ob.ty)
    if t.is_error or t.kind in ("var", "proj", "intvar", "param"):   # (std's own bodies)
        return
    path, loc = _NOTES[ob.targs[0]]
    check_ord(fcx, ob, t, f"`{ob.callee}` on elements of type `{display(t)}`", path,
              lambda: _external(loc))


def check_ord(fcx, ob, t: Ty, refused: str, path: str, note_at) -> None:
    """`t: Ord` for a std item's bound (`path`, its place from `note_at()`): met, rustc's
    E0277 for floats, or refused as unsupported (`refused`) where Ferrite cannot tell."""
    from .derive_cmp import ordered
    from .iter_ord import _ord
    from .user_ord import own_ord
    from .cow_cmp import ord_items as cow_ord
    if _ord(t) or ordered(fcx.results, t, "Ord") or own_ord(fcx.results, t) or cow_ord(fcx, t):
        return       # (a hand-written `cmp` is called: interp/shims_ord.py)
    adt = fcx.res.adts.get(t.name) if t.kind == "adt" and not t.args else None
    from ..std import is_std_span
    if adt is not None and not is_std_span(adt.span) \
            and "Ord" not in fcx.results.adts[t.name].derives:    # (neither derived nor by hand)
        from .check import _derive_help
        d = not_ord(t, ob.func, path, note_at(), listed=False)
        _derive_help(d, adt, "Ord")
        fcx.diags.append(d)
        return
    if t.kind not in ("float", "floatvar"):
        fcx.diags.append(unsupported(ob.func, refused))
        return
    fcx.diags.append(not_ord(t, ob.func, path, note_at()))


def not_ord(t: Ty, at, path: str, note_at, listed: bool = True) -> Diagnostic:
    """rustc's E0277 for `t: Ord` unmet at `at`, required by the bound of `path`
    (`listed`: with rustc's list of the types that are `Ord`, as for a float; the
    learner's type gets the derive help instead)."""
    shown = display(t)
    d = Diagnostic.error(f"the trait bound `{shown}: Ord` is not satisfied", at,
                         f"the trait `Ord` is not implemented for `{shown}`", code="E0277")
    if listed:
        d.help("the following other types implement trait `Ord`:\n  "
               + _ORD_TYPES.replace("\n", "\n  ").replace("\n  and", "\nand"))
    note = Diagnostic("note", f"required by a bound in `{path}`")
    note.primary(note_at)
    d.children.append(note)
    return d


def _external(loc: tuple) -> ExternalSpan:
    file, l0, c0, l1, c1, b0, b1 = loc
    return ExternalSpan(LIBRARY + file, l0, c0, l1, c1, b0, b1, file_rank(LIBRARY + file))
