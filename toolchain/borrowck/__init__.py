"""Borrow checking.

Not yet the real thing: moves, loans and lifetimes are not checked, because the
language subset the toolchain accepts today has no references other than `&str`
literals and no non-`Copy` values, so there is nothing for them to reject.

What the subset can get wrong is assigning to an immutable binding, which rustc's
borrow checker reports as E0384; `mutability.py` checks that. Since every local
of the subset is initialised where it is declared (`let x;` is refused as
unsupported), "assigned twice" is exactly "assigned after its declaration".
"""

from .mutability import check_mutability

__all__ = ["check_mutability"]
