"""rustc's `expected_inputs_for_expected_output`: the types a call's expected result
implies for its parameters, used two ways.

- Coercion (`coerce_arg`): in `Some(s)` expected to be an `Option<&str>` (a return type,
  a `let` annotation), the argument is coerced to the `&str` the expectation gives its
  parameter, before the parameter's type variable is decided. Without it, `T` would
  become `&String` and the call a false E0308.
- Certain misfits (`expected_params`, `certain_misfit`): a generic call whose result is
  expected to be a known type (`let w: Wrapper<u8> = Wrapper(true)`, `Some("yes")`
  returned as an `Option<u32>`, `Box::new("five")` for a `Box<i32>`) has its arguments
  checked against the types that expectation implies (`u8`, `u32`, `i32`), so rustc
  reports the argument, not the call. Only an argument whose type cannot coerce to that
  type (two different concrete heads) gets it as its parameter's.
The call's return type is matched against the expectation without binding anything."""

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


# -- certain misfits ---------------------------------------------------------------

_VARS = ("var", "intvar", "floatvar")
# heads a coercion may change (references, pointers, functions, objects): not decided here
_COERCIBLE = ("ref", "ptr", "fnptr", "fndef", "closure", "dyn", "opaque", "never", "proj",
              "param", "error", "str", "slice")


def expected_params(fcx, params: list[Ty], ret: Ty, expected: Ty | None) -> list[Ty | None]:
    """Per parameter, the type the expectation implies for it (None: no decision)."""
    out: list[Ty | None] = [None] * len(params)
    if expected is None:
        return out
    infer = fcx.infer
    m: dict[int, Ty] = {}
    if not _match(infer, ret, expected, m, 0) or not m:
        return out
    for i, p in enumerate(params):
        p = infer.shallow(p)
        if p.kind == "var" and p.id in m:
            x = infer.resolve(m[p.id])
            if _concrete(x) and x.kind not in _COERCIBLE:
                out[i] = x
    return out


def _match(infer, f: Ty, x: Ty, m: dict, depth: int) -> bool:
    if depth > 20:
        return False
    f, x = infer.shallow(f), infer.shallow(x)
    if f.kind == "var":
        if f.id in m:
            return infer.resolve(m[f.id]) == infer.resolve(x)
        m[f.id] = x
        return True
    if f.kind in _VARS or x.kind in _VARS or x.is_error or f.is_error:
        return True
    if f.kind != x.kind or f.name != x.name or f.mutable != x.mutable \
            or len(f.args) != len(x.args) or f.kind in ("opaque", "dyn", "proj"):
        return False
    return all(_match(infer, a, b, m, depth + 1) for a, b in zip(f.args, x.args))


def _concrete(t: Ty) -> bool:
    if t.kind in _VARS or t.is_error or t.kind == "proj":
        return False
    return all(_concrete(a) for a in t.args)


def certain_misfit(fcx, found: Ty, want: Ty) -> bool:
    """`found` can neither be nor coerce to `want` (both heads known and different)."""
    f = fcx.infer.shallow(found)
    if f.kind in ("ref", "ptr", "fndef", "closure", "fnptr"):
        return True     # (they coerce only to references, pointers and `fn` types)
    if f.kind in _COERCIBLE or f.kind == "var":
        return False
    if f.kind == "intvar":
        return want.kind != "int"
    if f.kind == "floatvar":
        return want.kind != "float"
    return (f.kind, f.name) != (want.kind, want.name)
