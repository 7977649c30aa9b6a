"""Type aliases (`type Grid = Vec<Vec<u8>>;`, `type Pair<T> = (T, T);`).

As in rustc, an alias is no type of its own: a path naming it resolves to
`Res("ty_alias", key)` and the type checker lowers it to the alias's type with the
alias's parameters replaced by the path's arguments (typeck's `lower`). Aliases may
name other aliases. Errors of the declaration (E0091 unused parameter, the
`type_alias_bounds` warning) and of a use (E0107) are worded as rustc words them.

An alias inside a module is a binding of its module's type namespace (modules.py), so
`use`, paths and privacy (E0603) treat it like any item. In value, pattern and
impl-header position it stands for the aliased type (alias_paths.py). Not yet taken
(refused as unsupported): lifetime parameters and `where` clauses.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported
from . import generics as gen


def collect(r, item: ast.Item, key: str) -> bool:
    """Enter a crate-level alias in `r.res.ty_aliases`; False when it is refused."""
    k: ast.TyAlias = item.kind
    if "::" in key and not r.mods.active:
        r.diags.append(unsupported(item.span, "type aliases inside modules"))
        return True
    g = k.generics
    if k.ty is None or k.bounds or g.where_clause \
            or any(p.kind != "type" or p.default is not None for p in g.params):
        r.diags.append(unsupported(item.span, "this form of type alias"))
        return True
    from .prelude import is_std_span
    if key in r.res.ty_aliases or key in r.res.adts and not is_std_span(r.res.adts[key].span):
        r.diags.append(unsupported(k.ident.span, f"a second type named `{key}`"))
        return True
    r.res.ty_aliases[key] = item
    return True


def _params(k: ast.TyAlias) -> gen.GenericsInfo:
    info = gen.GenericsInfo(own_span=k.generics.span, decl=k.generics)
    for p in k.generics.params:
        info.names.append(p.ident.name)
        info.spans.append(p.ident.span)
        info.bounds.append([])
    return info


def resolve_bodies(r) -> None:
    """Resolve each alias's type with the alias's parameters in scope; E0091."""
    if not r.res.ty_aliases:
        return
    for key, item in r.res.ty_aliases.items():
        k: ast.TyAlias = item.kind
        info = _params(k)
        saved, saved_mod = r.ty_params, r.cur_mod
        r.ty_params = info
        r.cur_mod = r.mods.mod_of_key.get(key)     # (its body names what its module sees)
        r.ty(k.ty)
        r.ty_params, r.cur_mod = saved, saved_mod
    _cycles(r)
    for item in r.res.ty_aliases.values():
        _lifetimes(r, item.kind.ty)
    for key, item in r.res.ty_aliases.items():
        k = item.kind
        used = _param_uses(r, k.ty)
        for i, p in enumerate(k.generics.params):
            if i not in used:
                d = Diagnostic.error(f"type parameter `{p.ident.name}` is never used",
                                     p.ident.span, "unused type parameter", code="E0091")
                d.help(f"consider removing `{p.ident.name}` or referring to it in the body "
                       "of the type alias")
                d.help(f"if you intended `{p.ident.name}` to be a const parameter, use "
                       f"`const {p.ident.name}: /* Type */` instead")
                r.res.generic_errors.append(d)   # (rustc: well-formedness, keeps going)


def _deps(r, t: ast.Ty) -> list[tuple[str, ast.Ty]]:
    from ..syntax.visit import iter_body_nodes
    return [(r.res.types[n.id].target, n) for n in iter_body_nodes(t)
            if isinstance(n, ast.Ty) and n.id in r.res.types
            and r.res.types[n.id].kind == "ty_alias"]


def _cycles(r) -> None:
    """`type A = Vec<B>; type B = Option<A>;`: rustc's E0391 cycle, reported once from
    the first alias of the cycle; the name closing it resolves to an error so that
    lowering terminates."""
    done: set[str] = set()
    for name in r.res.ty_aliases:
        _visit(r, name, [], [], done)


def _visit(r, name: str, path: list[str], edges: list[ast.Ty], done: set[str]) -> None:
    # (a module-level function: a recursive closure would be a reference cycle holding
    # the resolver, which the paused collector would not free; gc_pause.py)
    if name in done:
        return
    path.append(name)
    for dep, node in _deps(r, r.res.ty_aliases[name].kind.ty):
        if dep in path:
            i = path.index(dep)
            r.res.generic_errors.append(_e0391(r, path[i:], edges[i:] + [node]))
            r.res.types[node.id] = _err()
        else:
            edges.append(node)
            _visit(r, dep, path, edges, done)
            edges.pop()
    path.pop()
    done.add(name)


def _e0391(r, cycle: list[str], edges: list[ast.Ty]) -> Diagnostic:
    first = cycle[0]
    d = Diagnostic.error(f"cycle detected when expanding type alias `{first}`", edges[0].span,
                         code="E0391")
    for name, node in zip(cycle[1:], edges[1:]):
        note = Diagnostic("note", f"...which requires expanding type alias `{name}`...")
        note.primary(node.span)
        d.children.append(note)
    if len(cycle) == 1:
        d.note(f"...which immediately requires expanding type alias `{first}` again")
    else:
        d.note(f"...which again requires expanding type alias `{first}`, completing the cycle")
    d.note("type aliases cannot be recursive")
    d.help("consider using a struct, enum, or union instead to break the cycle")
    d.help("see <https://doc.rust-lang.org/reference/types.html#recursive-types> for more "
           "information")
    item = r.res.ty_aliases[first]
    used = Diagnostic("note", f"cycle used when checking that `{first}` is well-formed")
    used.primary(Span(item.span.lo, item.kind.ident.span.hi))
    d.children.append(used)
    d.note("see https://rustc-dev-guide.rust-lang.org/overview.html#queries and "
           "https://rustc-dev-guide.rust-lang.org/query.html for more information")
    return d


def _lifetimes(r, t: ast.Ty) -> None:
    """An alias has no lifetime parameters here, so only `'static` may be named: an
    elided or other lifetime is rustc's E0106/E0261, refused (never run silently)."""
    from ..syntax.visit import iter_body_nodes
    for n in iter_body_nodes(t):
        if isinstance(n, ast.Ty) and isinstance(n.kind, ast.TyRef) \
                and (n.kind.lifetime is None or n.kind.lifetime.name != "'static"):
            r.diags.append(unsupported(n.span, "a reference without `'static` in a type alias"))
            return
        got = r.res.types.get(n.id) if isinstance(n, ast.Ty) else None
        if got is not None and got.kind == "adt" and got.target in r.res.adts \
                and r.res.adts[got.target].generics.lifetimes \
                and not any(isinstance(a, ast.Lifetime) for seg in n.kind.path.segments
                            if seg.args is not None for a in seg.args.args):
            r.diags.append(unsupported(n.span, "an elided lifetime in a type alias"))
            return
        if isinstance(n, ast.Lifetime) and n.name != "'static":
            r.diags.append(unsupported(n.span, "lifetimes in a type alias"))
            return


def _param_uses(r, t: ast.Ty) -> set[int]:
    from ..syntax.visit import iter_body_nodes
    out = set()
    for n in iter_body_nodes(t):
        if isinstance(n, ast.Ty):
            got = r.res.types.get(n.id)
            if got is not None and got.kind == "param":
                out.add(got.target[1])
    return out


def use(r, t: ast.Ty) -> bool:
    """A type path naming a crate-level alias: resolve its arguments, check their count."""
    k = t.kind
    if not isinstance(k, ast.TyPath) or k.qself is not None or len(k.path.segments) != 1:
        return False
    seg = k.path.segments[0]
    name = seg.ident.name
    if name not in r.res.ty_aliases or r.ty_params.index(name) is not None:
        return False
    from .prelude import is_std_span
    if is_std_span(t.span):
        return False     # std's own `Result<T, E>`: the learner's alias is not in its scope
    if r.mods.active:
        return False     # the module tree finds it, `use` and privacy included (module_paths.ty)
    return use_key(r, t, seg, name)


def use_key(r, t: ast.Ty, seg: ast.PathSegment, key: str) -> bool:
    """The alias `key` named by `t` (its last segment `seg`): arguments and their count."""
    name = seg.ident.name
    if not r.path_args([seg]):
        return True     # (reported)
    item = r.res.ty_aliases[key]
    params = [p.ident.name for p in item.kind.generics.params]
    spans = [p.ident.span for p in item.kind.generics.params]
    n = len(gen.type_args(seg) or [])
    if seg.args is None and params:
        # rustc's E0107 "missing generics for type alias `X`"
        r.diags.append(unsupported(t.span, f"`{name}` without its generic arguments in a type"))
        return True
    d = gen.e0107("type alias", item.kind.ident.span, params, spans, seg) if n != len(params) \
        else None
    if d is not None:
        r.res.generic_errors.append(d)
        r.res.types[t.id] = _err()
        return True
    r.res.types[t.id] = _res(key)
    return True


def _res(name: str):
    from .resolver import Res
    return Res("ty_alias", name)


def _err():
    from .resolver import Res
    return Res("err")
