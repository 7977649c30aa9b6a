"""Borrow checking, for what the accepted subset can get wrong.

- `moves.py`: E0382, using a value after it was moved (structs without `Copy`).
- `mutability.py`: E0384/E0594, assigning to an immutable binding. Since every local of
  the subset is initialised where it is declared (`let x;` is refused as unsupported),
  "assigned twice" is exactly "assigned after its declaration".

Loans and lifetimes are not checked yet because the subset has no references other
than `&str` literals (`&` and `&mut` expressions are refused as unsupported), so there
is nothing for them to reject.
"""

from .moves import check_moves
from .mutability import check_mutability
from .refs import check_refs

__all__ = ["check_moves", "check_mutability", "check_refs"]
