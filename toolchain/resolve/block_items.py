"""Items declared inside a block (`fn`, `struct`, `enum`, `const`, `static` in a
function body), resolved like rustc's item ribs:

- an item is visible in its whole block (before its textual position too) and in the
  blocks nested in it, and nowhere else (E0425 outside);
- an item does not see the enclosing function's local variables: naming one is E0434
  ("can't capture dynamic environment in a fn item").

Later phases find these items in the same tables as crate-level ones
(`Resolutions.fns`/`adts`/`consts`, keyed by name), so a block item whose name is
taken by another item is refused as unsupported until items get DefIds.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..unsupported import unsupported
from .adts import collect_enum, collect_struct
from .consts import collect_const

_TABLES = {ast.Fn: "fns", ast.Struct: "adts", ast.Enum: "adts", ast.Const: "consts",
           ast.Static: "consts"}


def enter(r, b: ast.Block) -> list[tuple[str, str]]:
    """Declare and resolve the items of block `b`; returns (table, name) of each."""
    items = [s.kind.item for s in b.stmts if isinstance(s.kind, ast.StmtItem)]
    if not items:
        return []
    added: list[tuple[str, str]] = []
    fns, adts, consts = [], [], []
    aliases = []
    for item in items:
        k = item.kind
        if isinstance(k, ast.TyAlias):      # (block_aliases.py)
            from .block_aliases import declare
            if declare(r, item):
                aliases.append(item)
                added.append(("ty_aliases", k.ident.name))
            continue
        table = _TABLES.get(type(k))
        if table is None:
            from .resolver import _item_what
            r.diags.append(unsupported(item.span, f"{_item_what(k)} inside function bodies"))
            continue
        name = k.ident.name
        if name in r.res.fns or name in r.res.adts or name in r.res.consts or name in r.res.ty_aliases \
                or name in r.nested_names:
            r.diags.append(unsupported(k.ident.span, "an item inside a function body with the "
                                                     "name of another item"))
            continue
        if table == "fns" and k.body is None:
            from .validate import fn_without_body
            r.diags.append(fn_without_body(item))   # still defined, as in rustc
        if table == "fns":
            r.res.fns[name] = item
            fns.append(item)
        elif table == "adts":
            adt, diags = (collect_struct if isinstance(k, ast.Struct) else collect_enum)(item)
            r.diags.extend(diags)
            if adt is None:
                continue
            r.res.adts[name] = adt
            adts.append(adt)
        else:
            diags = collect_const(item, r.res.consts)
            r.diags.extend(diags)
            if diags:
                continue
            consts.append(item)
        added.append((table, name))
    if aliases:
        from .block_aliases import resolve as resolve_aliases
        resolve_aliases(r, aliases)
    saved = (r.scopes, r.fn_bindings, r.pat_ctx)
    r.outer_scopes.append(r.scopes)
    r.pat_ctx = None
    # A nested struct sees only its own type parameters (an outer one is refused).
    saved_params = (r.ty_params, r.outer_ty_params)
    from .generics import EMPTY
    r.outer_ty_params = EMPTY
    from .adt_bounds import resolve as resolve_adt_bounds
    resolve_adt_bounds(r, adts)
    for adt in adts:
        r.ty_params = adt.generics
        for f in adt.fields + [f for v in adt.variants for f in v.fields]:
            r.ty(f.ty)
        r.scopes = [{}]
        for v in adt.variants:
            if v.discriminant is not None:
                r.expr(v.discriminant)
    r.ty_params, r.outer_ty_params = saved_params
    for item in consts:
        r.const_item(item)
    r.outer_scopes.pop()
    r.scopes, r.fn_bindings, r.pat_ctx = saved
    # A function's body is resolved where it is written, seeing the enclosing
    # function's locals declared so far (only to report E0434 on them).
    r.pending_fns.update((id(item), item) for item in fns)
    return added


def item_stmt(r, item: ast.Item) -> None:
    """The statement declaring a block item: resolve a function's body here."""
    if r.pending_fns.pop(id(item), None) is None:
        return
    # A nested fn has its own labels, and no `Self` or `self` of an enclosing impl.
    saved = (r.scopes, r.fn_bindings, r.pat_ctx, r.label_scopes.stack, r.cur_fn, r.self_ty)
    # Nor the enclosing function's type parameters: naming one is E0401.
    saved_params = (r.ty_params, r.outer_ty_params, r.self_ast)
    from .generics import EMPTY
    r.outer_ty_params = r.ty_params.child(EMPTY) if r.ty_params.names else r.outer_ty_params
    r.ty_params, r.self_ast = EMPTY, None
    r.outer_scopes.append(r.scopes)
    r.pat_ctx = None
    r.self_ty = None
    r.cur_fn = item.kind     # (E0401 points at the nested function)
    r.fn(item)
    r.outer_scopes.pop()
    r.scopes, r.fn_bindings, r.pat_ctx, r.label_scopes.stack, r.cur_fn, r.self_ty = saved
    r.ty_params, r.outer_ty_params, r.self_ast = saved_params


def leave(r, added: list[tuple[str, str]]) -> None:
    """The block ends: its items go out of scope (kept aside for the later phases)."""
    for table, name in added:
        item = getattr(r.res, table).pop(name)
        r.nested.append((table, name, item))
        r.nested_names.add(name)


def restore(r) -> None:
    """After resolution: every item, wherever declared, for the later phases."""
    for table, name, item in r.nested:
        getattr(r.res, table)[name] = item


def captures(r, ident: ast.Ident) -> bool:
    """E0434 when a name unresolved in an item is a local of an enclosing function."""
    if not any(ident.name in scope for scopes in r.outer_scopes for scope in scopes):
        return False
    d = Diagnostic.error("can't capture dynamic environment in a fn item", ident.span,
                         code="E0434")
    d.help("use the `|| { ... }` closure form instead")
    r.diags.append(d)
    return True
