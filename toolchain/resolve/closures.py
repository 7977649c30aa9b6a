"""Closure expressions in the resolver: their parameters are a new scope over the
enclosing function's locals, and every local of an enclosing scope that the body
names is one of the closure's upvars (rustc_resolve's closure ribs plus the
`upvars_mentioned` query).

Results: `Resolutions.closure_upvars[closure expr id]` = the binding pattern ids the
closure mentions from outside, in order of first mention (the order rustc lays out
the captures in). A closure nested in another also makes the outer one capture what
it takes from outside both.
"""

from __future__ import annotations

from ..syntax import ast
from ..unsupported import unsupported


class ClosureFrame:
    __slots__ = ("expr_id", "depth", "upvars")

    def __init__(self, expr_id: int, depth: int):
        self.expr_id = expr_id
        self.depth = depth              # len(scopes) outside the closure
        self.upvars: dict[int, None] = {}


def resolve_closure(r, e: ast.Expr, k: ast.ExprClosure) -> None:
    frames = r.__dict__.setdefault("closure_frames", [])
    frame = ClosureFrame(e.id, len(r.scopes))
    frames.append(frame)
    for p in k.params:
        if p.ty is not None:
            r.ty(p.ty)
    if k.ret is not None:
        r.ty(k.ret)
    # Labels never cross a closure (`break` inside it cannot leave an outer loop).
    saved_labels = r.label_scopes.stack
    r.label_scopes.stack = []
    r.scopes.append({})
    try:
        for p in k.params:
            r.bind_pat(p.pat, "param")
        _check_breaks(r, k.body)
        r.expr(k.body)
    finally:
        r.scopes.pop()
        r.label_scopes.stack = saved_labels
        frames.pop()
    r.res.closure_upvars[e.id] = list(frame.upvars)


def note_local(r, scope: dict, pat_id: int) -> None:
    """A local resolved in `scope`: an upvar of each closure being resolved whose
    own scopes begin above it."""
    frames = r.__dict__.get("closure_frames")
    if not frames:
        return
    depth = next(i for i, s in enumerate(r.scopes) if s is scope)
    for f in frames:
        if depth < f.depth:
            f.upvars.setdefault(pat_id, None)


def _check_breaks(r, body: ast.Expr) -> None:
    """`break`/`continue` directly in a closure body (rustc's E0267) is refused."""
    _walk_breaks(r, body, False)


def _walk_breaks(r, x, in_loop: bool) -> None:
    # (a module-level function: a recursive closure would be a reference cycle that keeps
    # the resolver alive until the cyclic collector runs)
    if isinstance(x, ast.Expr):
        k = x.kind
        if isinstance(k, (ast.ExprBreak, ast.ExprContinue)) and not in_loop \
                and k.label is None:
            r.diags.append(unsupported(x.span, "`break` or `continue` inside a closure "
                                               "but outside of a loop"))
        if isinstance(k, ast.ExprClosure):
            return
        if isinstance(k, (ast.ExprLoop, ast.ExprWhile, ast.ExprForLoop)):
            in_loop = True
    if isinstance(x, (list, tuple)):
        for v in x:
            _walk_breaks(r, v, in_loop)
        return
    if not hasattr(x, "__dataclass_fields__"):
        return
    for name in x.__dataclass_fields__:
        v = getattr(x, name)
        if isinstance(v, (list, tuple)) or hasattr(v, "__dataclass_fields__"):
            _walk_breaks(r, v, in_loop)


FN_TRAITS = ("Fn", "FnMut", "FnOnce")


def fn_bound(r, b: ast.TraitBound) -> str | None:
    """`Fn(A, B) -> C` (and `FnMut`, `FnOnce`) in a bound: the trait's name, with the
    signature's types resolved and kept in `Resolutions.fn_bound_sigs[bound path span]`
    for the type checker (typeck/closures.py). None for any other generic arguments."""
    segs = b.path.segments
    args = segs[-1].args
    names = [s.ident.name for s in segs]
    if not args.parenthesized or names[-1] not in FN_TRAITS or \
            names[:-1] not in ([], ["std", "ops"], ["core", "ops"]) or args.constraints:
        return None
    inputs = [a for a in args.args if isinstance(a, ast.Ty)]
    for t in inputs:
        r.ty(t)
    if args.output is not None:
        r.ty(args.output)
    r.res.fn_bound_sigs[b.path.span] = (inputs, args.output)
    return names[-1]


def impl_trait_return(r, t: ast.Ty) -> bool:
    """`-> impl Fn(i32) -> i32`: an opaque type whose hidden type is the closure the
    body returns (typeck/closures.py). False when `t` is not a function's return type
    with a single `Fn*` bound."""
    f = r.cur_fn
    k = t.kind
    if f is None or f.sig.ret is not t or len(k.bounds) != 1 \
            or not isinstance(k.bounds[0], ast.TraitBound) \
            or k.bounds[0].path.segments[-1].args is None:
        return False
    b = k.bounds[0]
    name = fn_bound(r, b)
    if name is None:
        return False
    from ..syntax.printer import ty_to_string
    from .resolver import Res
    # (with the function's type parameters, which its signature may use: `compose<A, B,
    # C>(..) -> impl Fn(A) -> C` is an opaque type of those three)
    r.res.types[t.id] = Res("opaque", (ty_to_string(t), name, b.path.span,
                                       tuple(r.ty_params.names)))
    return True
