"""E0384: assignments to immutable locals, with rustc's labels and suggestion."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..resolve import Resolutions
from ..source import Span
from ..syntax import ast
from ..syntax.visit import iter_body_nodes, iter_nodes


def check_mutability(item: ast.Item, res: Resolutions, tcx=None) -> list[Diagnostic]:
    """E0384/E0594 for one function (assignments through references are refs.py's)."""
    diags: list[Diagnostic] = []
    f: ast.Fn = item.kind
    params = {p.pat.id for p in f.sig.params}
    bound: list = []      # (the `for` and arm bindings: looked for once an error needs them)
    # Assignments to a closure's captures are reported with the closure (E0594,
    # borrowck/closure_escape.py).
    in_closures = {w[0] for info in (tcx.closures.values() if tcx is not None else ())
                   for w in info.immutable_writes}
    for e in _assignments(f.body):
        if e.span in in_closures:
            continue
        if tcx is not None and e.id in tcx.op_calls:
            continue     # `a += b` of `AddAssign`: a `&mut a` borrow (E0596 is the loan checker's)
        lhs = e.kind.lhs
        fields: list[str] = []
        while isinstance(lhs.kind, (ast.ExprParen, ast.ExprField, ast.ExprIndex)):
            if tcx is not None and lhs.id in tcx.field_derefs:
                break   # the field is behind a reference
            if isinstance(lhs.kind, ast.ExprField):
                fields.append("." + lhs.kind.ident.name)
            elif isinstance(lhs.kind, ast.ExprIndex):
                fields.append("[_]")     # rustc's place description: `xs[_]`
            lhs = lhs.kind.expr
        r = res.values.get(lhs.id)
        if r is None or r.kind != "local":
            continue
        info = res.locals[r.target]
        if info.mutable or info.deferred:   # `let x;`: the init analysis decides (uninit.py)
            continue
        if fields:
            path = info.name + "".join(reversed(fields))
            diags.append(_e0594(e.span, path, info.name, info.span))
        else:
            span = e.span
            if tcx is not None and isinstance(e.kind, ast.ExprAssign):
                from ..mir.build_drops import tcx_rustc_needs_drop
                t = tcx.expr_types.get(e.kind.lhs.id)
                if t is not None and tcx_rustc_needs_drop(tcx, t):
                    span = e.kind.lhs.span      # (rustc's drop-and-store is at the place)
            if not bound:
                bound.extend(_loop_and_arm_bindings(f.body))
            for_bound, arm_bound = bound
            d = _e0384(span, info.name, info.span, r.target in params,
                       for_loop=r.target in for_bound)
            if r.target in arm_bound:
                # A match arm binds a copy: rustc also offers to borrow the original.
                at = Span(info.span.lo, info.span.lo)
                d.help("to modify the original value, take a borrow instead",
                       suggestions=[Suggestion(at, "ref mut ", "MaybeIncorrect", "ShowAlways")])
            diags.append(d)
    return diags


def _e0384(span: Span, name: str, binding: Span, is_param: bool,
           for_loop: bool = False) -> Diagnostic:
    if is_param:
        d = Diagnostic.error(f"cannot assign to immutable argument `{name}`", span,
                             "cannot assign to immutable argument", code="E0384")
    else:
        d = Diagnostic.error(f"cannot assign twice to immutable variable `{name}`", span,
                             "cannot assign twice to immutable variable", code="E0384")
        d.secondary(binding, f"first assignment to `{name}`")
    at = Span(binding.lo, binding.lo)
    # rustc 1.95 words its fix for a binding of a `for` pattern (whose span comes from
    # the loop's desugaring) as `(mut i) i`; reproduced as it prints it.
    fix = f"(mut {name}) " if for_loop else "mut "
    d.help("consider making this binding mutable",
           suggestions=[Suggestion(at, fix, "MachineApplicable", "ShowAlways")])
    return d


def _loop_and_arm_bindings(body) -> tuple[set[int], set[int]]:
    """The bindings (pattern ids) of `for` patterns and of `match` arm patterns."""
    for_bound: set[int] = set()
    arm_bound: set[int] = set()
    for n in iter_nodes(body):
        if isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprForLoop):
            for_bound.update(p.id for p in iter_nodes(n.kind.pat) if isinstance(p, ast.Pat))
        elif isinstance(n, ast.Expr) and isinstance(n.kind, ast.ExprMatch):
            for arm in n.kind.arms:
                arm_bound.update(p.id for p in iter_nodes(arm.pat) if isinstance(p, ast.Pat))
    return for_bound, arm_bound


def _e0594(span: Span, path: str, name: str, binding: Span) -> Diagnostic:
    d = Diagnostic.error(f"cannot assign to `{path}`, as `{name}` is not declared as mutable",
                         span, "cannot assign", code="E0594")
    d.help("consider changing this to be mutable",
           suggestions=[Suggestion(Span(binding.lo, binding.lo), "mut ", "MachineApplicable",
                                   "ShowAlways")])
    return d


def _assignments(node) -> list[ast.Expr]:
    """Every assignment expression under `node`, in source order."""
    return [n for n in iter_body_nodes(node)
            if isinstance(n, ast.Expr) and isinstance(n.kind, (ast.ExprAssign, ast.ExprAssignOp))]
