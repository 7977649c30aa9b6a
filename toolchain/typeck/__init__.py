"""Type checking: every expression gets a type, every call its callee, like
rustc_hir_typeck. Two passes: function signatures first (`collect`), then bodies
(`check`), each body with its own inference table; bidirectional checking with
expected types flowing down and found types flowing up.

The output, `TypeckResults`, is the typed program MIR lowering consumes:
- `expr_types[expr id]`: the fully resolved type of each expression,
- `local_types[binding pat id]`: the type of each local binding,
- `sigs[fn name]`: each function's parameter and return types.
"""

from .check import FnSig, TypeckResults, check_std_body, is_copy, typeck_crate

__all__ = ["FnSig", "TypeckResults", "check_std_body", "is_copy", "typeck_crate"]
