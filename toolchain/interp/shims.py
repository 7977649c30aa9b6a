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


SHIMS = {
    "mem_replace": mem_replace,
    "mem_swap": mem_swap,
}

# std::vec and std::string (their own modules, like miri's shims per std module).
from .shims_string import SHIMS as _STRING   # noqa: E402
from .shims_vec import SHIMS as _VEC         # noqa: E402

SHIMS.update(_VEC)
SHIMS.update(_STRING)
