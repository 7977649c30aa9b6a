"""The few types typeck names directly rather than by lowering std source: a trait's
`Self`, and `std::fmt`'s `Formatter` (still the toolchain's own: interp/formatter.py)
and `fmt::Result`, which formatting impls, `write!` and `?` in `fmt` are checked
against. The std traits' declarations themselves are std source (std/fmt.rs,
std/clone.rs, std/default.rs, std/cmp.rs, std/marker.rs).
"""

from __future__ import annotations

from ..types import UNIT, Ty

SELF = Ty("param", "Self")
FORMATTER = Ty("std", "Formatter<'_>")
FMT_ERROR = Ty("adt", "std::fmt::Error")     # (std/fmt.rs)
FMT_RESULT = Ty("adt", "Result", (UNIT, FMT_ERROR))
