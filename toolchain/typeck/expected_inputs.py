"""rustc's `expected_inputs_for_expected_output`, for the arguments whose misfit is
certain: a generic call whose result is expected to be a known type
(`let w: Wrapper<u8> = Wrapper(true)`, `Some("yes")` returned as an `Option<u32>`,
`Box::new("five")` for a `Box<i32>`) has its arguments checked against the types that
expectation implies (`u8`, `u32`, `i32`), so rustc reports the argument, not the call.

Ferrite matches the call's return type against the expectation without binding
anything; an argument whose parameter is a bare type variable the expectation
decides, and whose type cannot coerce to that (two different concrete heads, where no
coercion applies), gets that type as its parameter's: the argument is then reported
as usual ("arguments to this function are incorrect")."""

from __future__ import annotations

from ..types import Ty

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
