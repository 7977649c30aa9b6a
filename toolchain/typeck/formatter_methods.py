"""Methods of the `&mut Formatter` a hand-written `fmt` receives, beyond `write!`:
`f.write_str("text")` appends the text as `write!(f, "{}", text)` would and returns
`fmt::Result` (MIR lowers it to the same `fmt_write`, mir/build_traits.py).

The call is recorded in `TypeckResults.fmt_writers` under the key "Formatter::write_str"
(the map `write!` into a learner's `fmt::Write` uses): MIR reads it from there."""

from __future__ import annotations

from ..types import ERROR, STR_REF, Ty
from .std_traits import FMT_RESULT, FORMATTER

KEY = "Formatter::write_str"


def method_call(fcx, e, k, rt: Ty, base: Ty, n: int) -> Ty | None:
    if base != FORMATTER or k.segment.ident.name != "write_str" or len(k.args) != 1 \
            or n != 1 or not rt.mutable or k.segment.args is not None:
        return None      # (anything else: refused by the general lookup)
    got = fcx.check_coerce(k.args[0], STR_REF)
    if got.is_error:
        return ERROR
    fcx.results.fmt_writers[e.id] = KEY
    return FMT_RESULT
