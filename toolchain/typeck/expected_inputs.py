"""rustc's `expected_inputs_for_expected_output` for coercions: in `Some(s)` expected to
be an `Option<&str>` (a return type, a `let` annotation), the argument is coerced to the
`&str` the expectation gives its parameter, before the parameter's type variable is
decided. Without it, `T` would become `&String` and the call a false E0308."""

from __future__ import annotations

from ..types import Ty

_DEPTH = 8


def expected_input(fcx, pt: Ty, ret: Ty, expected: Ty) -> Ty | None:
    """The part of `expected` at the place the undecided `pt` has in `ret` (a probe:
    nothing is bound), or None."""
    p = fcx.infer.shallow(pt)
    if p.kind != "var":
        return None
    return _walk(fcx.infer.shallow, p, ret, expected, _DEPTH)


def _walk(sh, p: Ty, r: Ty, x: Ty, depth: int) -> Ty | None:
    # (a module function: a recursive closure would be a reference cycle)
    r, x = sh(r), sh(x)
    if r.kind == "var":
        return x if r == p else None
    if depth == 0 or r.kind != x.kind or r.name != x.name or len(r.args) != len(x.args) \
            or r.kind not in ("adt", "tuple", "array", "slice"):
        return None
    for ra, xa in zip(r.args, x.args):
        if isinstance(ra, Ty) and isinstance(xa, Ty):
            got = _walk(sh, p, ra, xa, depth - 1)
            if got is not None:
                return got
    return None


def coerce_arg(fcx, t: Ty, pt: Ty, ret: Ty, expected: Ty | None) -> bool:
    """Coerce the argument's type `t` to what the expectation gives its parameter `pt`
    (a reference: the deref coercion `&String` to `&str`, `&Vec<T>` to `&[T]`), then
    decide `pt` as that. False when that does not apply (the caller goes on as usual)."""
    if expected is None:
        return False
    sh = fcx.infer.shallow
    ft = sh(t)
    if ft.kind != "ref":
        return False
    xt = expected_input(fcx, pt, ret, expected)
    p = sh(pt)
    if xt is None and p.kind == "ref" and sh(p.args[0]).kind == "var":
        # `Cow::Borrowed(&[7, 8])` expected as a `Cow<[i32]>`: the parameter is `&B`, and
        # the expectation gives `B`
        inner = expected_input(fcx, p.args[0], ret, expected)
        xt = Ty("ref", args=(inner,), mutable=p.mutable) if inner is not None else None
    if xt is None:
        return False
    xs = sh(xt)
    if xs.kind != "ref" or fcx.infer._has_var(fcx.infer.resolve(xs)):
        return False
    from .deref import could_unify
    if could_unify(fcx, ft.args[0], xs.args[0]):
        return False      # (no coercion needed: the usual unification decides `pt`)
    if not fcx.coerce(t, xs):
        return False
    return fcx.infer.unify(pt, xs)
