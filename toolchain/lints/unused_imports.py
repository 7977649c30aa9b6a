"""unused_imports: the imports of the learner's module tree that no path went through.

rustc's resolver (rustc_resolve::check_unused) finds them once names are resolved and
buffers one lint per `use` item, which its early lint pass emits when it reaches that
item. The lint names every unused leaf of the item's tree (`a::f`, `x as y`, `m::*`)
by its source text, sorted, in one multi-span warning. An import that is exported
(`pub` in a module chain that is all `pub`, so usable from outside the crate) is never
reported. The import tree marks what was used (`Import.used`, resolve/modules.py).
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic

_TEST_MODULES = ("test", "tests")


def unused_import_lints(tree, source) -> dict[int, Diagnostic]:
    """`use` item id -> its unused_imports warning (before lint levels apply)."""
    if tree is None or not tree.active:
        return {}
    out: dict[int, Diagnostic] = {}
    for item, imps in tree.unused_imports():
        imps = [i for i in imps if not _exported(tree, i)]
        if not imps:
            continue
        spans = sorted({i.span for i in imps}, key=lambda s: s.lo)
        names = sorted(f"`{source.data[s.lo:s.hi].decode()}`" for s in spans)
        d = Diagnostic.warning(f"unused import{'s' if len(names) > 1 else ''}: {_listify(names)}")
        for s in spans:
            d.primary(s)
        m = imps[0].module
        if m.path and _is_test_module(m.path) and m.header is not None:
            d.help("if this is a test module, consider adding a `#[cfg(test)]` to the "
                   "containing module", m.header)
        out[item.id] = d
    return out


def _listify(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _exported(tree, imp) -> bool:
    """A `pub use` whose module is reachable from outside the crate."""
    if imp.vis is not None:
        return False
    m = imp.module
    while m.parent is not None:
        b = m.parent.types.get(m.path[-1])
        if b is None or b.vis is not None:
            return False
        m = m.parent
    return True


def _is_test_module(path: tuple[str, ...]) -> bool:
    # rustc's check: the module's path is `test(s)`, starts with `test(s)::` or ends in `::test(s)`.
    return path[0] in _TEST_MODULES or path[-1] in _TEST_MODULES
