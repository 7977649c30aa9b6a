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

# std::vec and std::string (their own modules, like miri's shims per std module).
from .shims_string import SHIMS as _STRING   # noqa: E402
from .shims_vec import SHIMS as _VEC         # noqa: E402

SHIMS.update(_VEC)
SHIMS.update(_STRING)
from .shims_box import SHIMS as _BOX         # noqa: E402

SHIMS.update(_BOX)
from .shims_iter import SHIMS as _ITER       # noqa: E402
SHIMS.update(_ITER)
from .shims_process import SHIMS as _PROCESS  # noqa: E402
SHIMS.update(_PROCESS)


from .shims_parse import SHIMS as _PARSE     # noqa: E402  (core::str::FromStr)
SHIMS.update(_PARSE)
from .shims_rc import SHIMS as _RC          # noqa: E402
SHIMS.update(_RC)
from .shims_cell import SHIMS as _CELL      # noqa: E402
SHIMS.update(_CELL)
from .shims_map import SHIMS as _MAP        # noqa: E402  (std::collections)
SHIMS.update(_MAP)
from .shims_adapters import SHIMS as _ADAPTERS      # noqa: E402  (copied, cloned, cycle)
SHIMS.update(_ADAPTERS)
from .shims_thread import SHIMS as _THREAD  # noqa: E402  (std::thread)
SHIMS.update(_THREAD)
from .shims_sync import SHIMS as _SYNC  # noqa: E402  (std::sync)
SHIMS.update(_SYNC)
from .shims_chan import SHIMS as _CHAN  # noqa: E402  (std::sync::mpsc)
SHIMS.update(_CHAN)
from .shims_time import SHIMS as _TIME  # noqa: E402  (std::time, thread::sleep)
SHIMS.update(_TIME)
from .shims_ord import SHIMS as _ORD          # noqa: E402  (the learner's `partial_cmp` and `cmp`)
SHIMS.update(_ORD)
from .cmp_typed import SHIMS as _CMP_TYPED    # noqa: E402  (comparisons reaching a learner's impl)
SHIMS.update(_CMP_TYPED)
from .shims_cow import SHIMS as _COW          # noqa: E402  (std::borrow::Cow)
SHIMS.update(_COW)
from .shims_utf8 import SHIMS as _UTF8        # noqa: E402  (from_utf8, from_utf8_lossy)
SHIMS.update(_UTF8)
from .shims_str_split import SHIMS as _STR_SPLIT   # noqa: E402  (rsplit, splitn, ..)
SHIMS.update(_STR_SPLIT)
from .shims_str_more import SHIMS as _STR_MORE   # noqa: E402  (match_indices, Chars::as_str)
SHIMS.update(_STR_MORE)
from .fmt_forward import SHIMS as _FMT_FORWARD   # noqa: E402  (`Display::fmt(&self.0, f)`)
SHIMS.update(_FMT_FORWARD)
from .type_names import SHIMS as _TYPE_NAMES   # noqa: E402  (`PhantomData<T>`'s `Debug`)
SHIMS.update(_TYPE_NAMES)
from .shims_foreign import SHIMS as _FOREIGN   # noqa: E402  (a learner's `extern` block)
SHIMS.update(_FOREIGN)
