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
})
