"""The std traits a learner implements by hand without generics, as typeck sees their
declarations: each method's signature (with `Self` a parameter) and the text rustc's
E0046 help offers for it. When std becomes Rust source (docs/design-semantics.md §3)
these come from its declarations instead.
"""

from __future__ import annotations

from ..types import BOOL, UNIT, Ty, ref

SELF = Ty("param", "Self")
FORMATTER = Ty("std", "Formatter<'_>")
FMT_ERROR = Ty("adt", "std::fmt::Error")     # (std/fmt.rs)
FMT_RESULT = Ty("adt", "Result", (UNIT, FMT_ERROR))
ORDERING = Ty("adt", "std::cmp::Ordering")

# trait -> method -> (parameter types including `self`, return type)
SIGS = {
    "Display": {"fmt": ([ref(SELF), ref(FORMATTER, True)], FMT_RESULT)},
    "Debug": {"fmt": ([ref(SELF), ref(FORMATTER, True)], FMT_RESULT)},
    "Clone": {"clone": ([ref(SELF)], SELF)},
    "Default": {"default": ([], SELF)},
    "PartialEq": {"eq": ([ref(SELF), ref(SELF)], BOOL)},
    "PartialOrd": {"partial_cmp": ([ref(SELF), ref(SELF)], Ty("adt", "Option", (ORDERING,)))},
    "Ord": {"cmp": ([ref(SELF), ref(SELF)], ORDERING)},
}

# rustc's `implement the missing item` help (recorded from rustc 1.95); `{self}` is
# the implementing type where rustc names it.
MISSING_HELP = {
    ("Display", "fmt"): "fn fmt(&self, _: &mut Formatter<'_>) -> Result<(), std::fmt::Error> "
                        "{ todo!() }",
    ("Debug", "fmt"): "fn fmt(&self, _: &mut Formatter<'_>) -> Result<(), std::fmt::Error> "
                      "{ todo!() }",
    ("Clone", "clone"): "fn clone(&self) -> Self { todo!() }",
    ("Default", "default"): "fn default() -> Self { todo!() }",
    ("PartialEq", "eq"): "fn eq(&self, _: &{self}) -> bool { todo!() }",
    ("Ord", "cmp"): "fn cmp(&self, _: &Self) -> std::cmp::Ordering { todo!() }",
}
