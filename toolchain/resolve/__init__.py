"""Name resolution: every path in the expanded AST is tied to what it names.

Output (`Resolutions`) is a side table keyed by NodeId, as in rustc_resolve:
value paths to locals or functions, type paths to primitive types. This phase
also rejects, at their spans, the constructs the toolchain does not support yet
(`subset.py`), so later phases only ever see what they can handle.
"""

from .resolver import Res, Resolutions, LocalInfo, resolve_crate

__all__ = ["Res", "Resolutions", "LocalInfo", "resolve_crate"]
