"""dead_code for type aliases: `type alias `X` is never used` unless a type in live code
names it (reachable functions' signatures and bodies, struct and enum fields), directly
or through another alias. A use in a dead function does not count, as in rustc."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..syntax.visit import iter_body_nodes


def _named(roots, res) -> set[str]:
    out = set()
    for root in roots:
        if root is None:
            continue
        for n in iter_body_nodes(root):
            if isinstance(n, ast.Ty):
                r = res.types.get(n.id)
                if r is not None and r.kind == "ty_alias":
                    out.add(r.target)
            elif isinstance(n, ast.PathSegment) and n.id in res.alias_path_uses:
                out.add(res.alias_path_uses[n.id])     # `Alias::new()` (alias_paths.py)
    return out


def dead_aliases(res, reached_items: list) -> list[tuple[int, Diagnostic]]:
    aliases = getattr(res, "ty_aliases", None)
    if not aliases:
        return []
    roots: list = []
    for item in reached_items:
        sig = item.kind.sig
        roots += [p.ty for p in sig.params] + [sig.ret, item.kind.body]
    # (approximation: fields count even in a struct nothing constructs)
    for adt in res.adts.values():
        roots += [f.ty for f in adt.fields] + [f.ty for v in adt.variants for f in v.fields]
    used = _named(roots, res)
    used |= {name for k, name in res.alias_path_uses.items() if isinstance(k, tuple)}
    stack = list(used)
    while stack:
        for other in _named([aliases[stack.pop()].kind.ty], res) - used:
            used.add(other)
            stack.append(other)
    return [(item.span.lo, Diagnostic.warning(f"type alias `{item.kind.ident.name}` is never used",
                                              item.kind.ident.span))
            for name, item in aliases.items()
            if name not in used and not item.kind.ident.name.startswith("_")]
