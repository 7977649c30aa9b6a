"""rustc's two AST/HIR lint passes for this subset, each one walk over the crate.

The early pass (rustc_lint::early, on the expanded AST, run right after name
resolution and before type checking, even when resolution failed): every node in
preorder, and at each node the passes in rustc's BuiltinCombinedEarlyLintPass order
(UnusedParens, NonCamelCaseTypes, WhileTrue).

The late pass (rustc_lint::late, after dead-code analysis, only for a crate without
errors): items in order; in a function its name, then its parameters and body in HIR
visiting order (a `let` visits its value before its pattern, a `for` its iterator
before its pattern), each node before its children.
"""

from __future__ import annotations


from ..diagnostics.model import Diagnostic
from ..syntax import ast
from ..syntax.visit import field_names, iter_nodes
from .lifetime_syntax import check_fn as check_lifetime_syntaxes
from .non_camel_case_types import check_camel_case
from .non_snake_case import check_snake_case
from .non_upper_case_globals import check_upper_case
from .unused_comparisons import check_comparison
from .unused_parens import check_unused_parens
from .while_true import check_while_true


def early_lints(crate: ast.Crate, source, out, unused_labels=None, unused_imports=None) -> None:
    unused_labels = unused_labels or {}
    unused_imports = unused_imports or {}
    for n in iter_nodes(crate.items):
        if isinstance(n, ast.Item):
            k = n.kind
            if n.id in unused_imports:   # the resolver's buffered lint on this `use`
                out.emit("unused_imports", unused_imports[n.id])
            if isinstance(k, (ast.Struct, ast.Enum)):
                check_camel_case("type", k.ident.name, k.ident.span, out)
        elif isinstance(n, ast.Variant):
            check_camel_case("variant", n.ident.name, n.ident.span, out)
        elif isinstance(n, (ast.Stmt, ast.Expr)):
            # The resolver's buffered lint on this node comes before the passes' lints.
            if isinstance(n, ast.Expr) and n.id in unused_labels:
                out.emit("unused_labels", Diagnostic.warning("unused label", unused_labels[n.id]))
            check_unused_parens(n, source, out)
            if isinstance(n, ast.Expr):
                check_while_true(n, out)


def late_lints(crate: ast.Crate, res, tcx, out) -> None:
    _late_items(crate.items, res, tcx, out)


def _late_items(items, res, tcx, out) -> None:
    """One module's items; then its modules, each in turn (rustc's late lint pass runs
    module by module, the crate's root first)."""
    mods = []
    for item in items:
        k = item.kind
        if isinstance(k, ast.Fn) and k.body is not None:
            check_snake_case("function", k.ident.name, k.ident.span, out)
            check_lifetime_syntaxes(k, res, out)
            for p in k.sig.params:
                _late_walk(p.pat, res, tcx, out)
            _late_walk(k.body, res, tcx, out)
        elif isinstance(k, (ast.Const, ast.Static)):
            check_upper_case("static variable" if isinstance(k, ast.Static) else "constant",
                             k.ident.name, k.ident.span, out)
        elif isinstance(k, ast.Struct):
            for f in k.data.fields:
                if f.ident is not None:
                    check_snake_case("structure field", f.ident.name, f.ident.span, out)
        elif isinstance(k, ast.TyAlias) and k.ty is not None:
            from .type_alias_bounds import check
            check(k, out)
        elif isinstance(k, (ast.Impl, ast.Trait)):
            # (rustc's check_fn for methods, check_trait_item for required ones)
            for it in k.items:
                if isinstance(it.kind, ast.Fn):
                    check_lifetime_syntaxes(it.kind, res, out)
                    if it.kind.body is not None:    # (unused_must_use in methods)
                        _late_walk(it.kind.body, res, tcx, out)
        elif isinstance(k, ast.Mod) and k.items:
            mods.append(k)
        elif isinstance(k, ast.Enum):
            for v in k.variants:
                for f in v.data.fields:
                    if f.ident is not None:
                        check_snake_case("structure field", f.ident.name, f.ident.span, out)
    for m in mods:
        _late_items(m.items, res, tcx, out)


def _late_walk(root, res, tcx, out) -> None:
    for n in _hir_order(root):
        if isinstance(n, ast.Item):
            _nested_item_names(n, res, out)
        elif isinstance(n, ast.Expr):
            check_comparison(n, tcx, out)
        elif isinstance(n, ast.StmtExpr):
            from .unused_must_use import check
            check(n, tcx, res, out)
        elif isinstance(n, ast.Pat):
            k = n.kind
            if isinstance(k, ast.PatIdent) and n.id in res.locals:
                check_snake_case("variable", k.ident.name, k.ident.span, out)
        elif isinstance(n, ast.PatField) and n.shorthand:
            # `Point { x, .. }` names no new binding: the field is checked at the struct.
            pass


def _hir_order(root):
    """Preorder like iter_nodes, with HIR's order for `let` and `for`; the binding of a
    shorthand struct-pattern field is skipped (rustc checks the field's name instead)."""
    stack = [root]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(reversed(n))
            continue
        names = field_names(type(n))
        if names is None:
            continue
        yield n
        if isinstance(n, ast.StmtLet):
            kids = [n.init, n.pat, n.ty, n.else_]
        elif isinstance(n, ast.ExprForLoop):
            kids = [n.iter, n.pat, n.body]
        elif isinstance(n, ast.ExprLet):
            kids = [n.expr, n.pat]
        elif isinstance(n, ast.PatField) and n.shorthand:
            kids = [n.pat.kind.sub] if isinstance(n.pat.kind, ast.PatIdent) else [n.pat]
        else:
            kids = [getattr(n, f) for f in names]
        stack.extend(reversed(kids))


def _nested_item_names(item: ast.Item, res, out) -> None:
    """The names an item declared inside a function body introduces (its body, fields
    and initialiser are walked where they appear)."""
    k = item.kind
    if isinstance(k, ast.Fn):
        check_snake_case("function", k.ident.name, k.ident.span, out)
        check_lifetime_syntaxes(k, res, out)
    elif isinstance(k, (ast.Const, ast.Static)):
        check_upper_case("static variable" if isinstance(k, ast.Static) else "constant",
                         k.ident.name, k.ident.span, out)
    elif isinstance(k, ast.Struct):
        for f in k.data.fields:
            if f.ident is not None:
                check_snake_case("structure field", f.ident.name, f.ident.span, out)
