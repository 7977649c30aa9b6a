"""Borrow checking, for what the accepted subset can get wrong.

- `moves.py`: E0382, using a value after it was moved (structs without `Copy`).
- `mutability.py`: E0384/E0594, assigning to an immutable binding. Since every local of
  the subset is initialised where it is declared (`let x;` is refused as unsupported),
  "assigned twice" is exactly "assigned after its declaration".

- `loans.py`: the borrowing rules, NLL-style over MIR (E0499, E0502, E0503, E0505,
  E0506, E0597, E0515), with `liveness.py` for regions and `loan_errors.py` for the words.
"""

from .closure_escape import check_closure_escapes
from .loans import check_loans
from .moves import check_moves
from .mutability import check_mutability
from .refs import check_refs

__all__ = ["check_closure_escapes", "check_loans", "check_moves", "check_mutability", "check_refs"]
