"""std's intrinsics (toolchain/std's `#[ferrite::intrinsic = "name"]` functions), as
the machine runs them: each gets the machine and the call's argument values and
returns the result value. Grouped by the std module that declares them."""

from __future__ import annotations


# -- std::mem -------------------------------------------------------------------------

def mem_replace(m, dest, src):
    old = dest.load()
    dest.store(src)
    return old


def mem_swap(m, x, y):
    a = x.load()
    x.store(y.load())
    y.store(a)
    return ()


# -- std::iter (`sum` and `product`: typeck/iter_sum.py) ---------------------------------
# These get the accumulator's type `S` (mir/build_intrinsic.py `TYPED`), for its zero and
# its overflow check: `sum` panics on overflow as std's does in a debug build.

def iter_zero(m, ty):
    return 0.0 if ty.kind == "float" else 0


def iter_one(m, ty):
    return 1.0 if ty.kind == "float" else 1


def _item(x):
    return x.load() if hasattr(x, "load") else x     # `&T` items add their referent


def iter_add(m, acc, x, ty):
    return _accumulate(m, "+", acc, _item(x), ty, "add")


def iter_mul(m, acc, x, ty):
    return _accumulate(m, "*", acc, _item(x), ty, "multiply")


def _accumulate(m, op, a, b, ty, verb):
    from .numeric import float_binary
    if ty.kind == "float":
        return float_binary(op, a, b, ty.name)
    from ..types import int_range
    r = a + b if op == "+" else a * b
    lo, hi = int_range(ty.name)
    if not lo <= r <= hi:
        from .machine import Panic
        raise Panic(f"attempt to {verb} with overflow", m.shim_span)
    return r


class _Shims(dict):
    """The shims by name; numeric ones are made per type on first use (shims_num.py)."""

    def __missing__(self, name: str):
        from .shims_num import typed
        shim = typed(name)
        if shim is None:
            raise KeyError(name)
        self[name] = shim
        return shim


SHIMS = _Shims({
    "mem_replace": mem_replace,
    "mem_swap": mem_swap,
    "iter_zero": iter_zero,
    "iter_one": iter_one,
    "iter_add": iter_add,
    "iter_mul": iter_mul,
})

# std::vec and std::string (their own modules, like miri's shims per std module).
from .shims_string import SHIMS as _STRING   # noqa: E402
from .shims_vec import SHIMS as _VEC         # noqa: E402

SHIMS.update(_VEC)
SHIMS.update(_STRING)
from .shims_box import SHIMS as _BOX         # noqa: E402

SHIMS.update(_BOX)
from .shims_iter import SHIMS as _ITER       # noqa: E402
SHIMS.update(_ITER)


def iter_less(m, a, b):
    """`a < b` for `max`/`min` (std/iter.rs): pointers compare what they point to."""
    x, y = a.load(), b.load()
    from .pointer import Pointer
    while isinstance(x, Pointer):
        x, y = x.load(), y.load()
    return x < y


SHIMS["iter_less"] = iter_less
from .shims_parse import SHIMS as _PARSE     # noqa: E402  (core::str::FromStr)
SHIMS.update(_PARSE)
from .shims_rc import SHIMS as _RC          # noqa: E402
SHIMS.update(_RC)
from .shims_cell import SHIMS as _CELL      # noqa: E402
SHIMS.update(_CELL)
from .shims_adapters import SHIMS as _ADAPTERS      # noqa: E402  (copied, cloned, cycle)
SHIMS.update(_ADAPTERS)
