"""The MIR body of one of std's intrinsics (`#[ferrite::intrinsic = "name"] fn f(..);`):
a single call into the machine's shim of that name (interp/shims.py), which gets the
arguments and whose result is the return value. A function of the learner's `extern`
block gets the same kind of body, calling the shim that refuses it."""

from __future__ import annotations

from ..syntax import ast
from . import ir


TYPED = {"range_from_next", "parse_int", "parse_float", "default_value",
         # (the map's type decides how it finds its keys: interp/map_keys.py)
         "map_new", "btree_new", "map_from", "btree_from", "set_from", "btree_set_from"}
ARG_TYPED = {"iter_into_iter", "slice_concat", "iter_less", "iter_lt", "slice_sort", "iter_equal",
             "ord_cmp", "ord_partial_cmp", "ord_eq",
             "phantom_debug"}     # (`PhantomData<T>`'s `T`: interp/type_names.py)     # (the last three: interp/shims_ord.py)   # (the last three: interp/shims_ord.py)
DROPPING = {"vec_clear", "vec_truncate", "map_clear", "map_insert", "set_insert",
            "entry_or_insert", "entry_into_mut",
            # (`into_keys`' next drops the value it passes over, `into_values`' the key)
            "map_into_keys_next", "map_into_keys_next_back",
            "map_into_values_next", "map_into_values_next_back"}


def intrinsic_name(item: ast.Item) -> str | None:
    for a in item.attrs:
        if a.name == "ferrite::intrinsic" and a.eq_value is not None \
                and isinstance(a.eq_value.kind, ast.ExprLit):
            return a.eq_value.kind.lit.value
    return None


def foreign(name: str, item: ast.Item, sig) -> ir.Body:
    """A function of the learner's `extern` block: a call that the machine refuses
    (interp/shims_foreign.py), with the function's name for the message."""
    return _shim_body(name, item, sig, ("foreign_call", item.kind.ident.name))


def build(name: str, item: ast.Item, sig) -> ir.Body:
    shim = intrinsic_name(item)
    if shim is None:
        raise RuntimeError(f"std function `{name}` has neither a body nor an intrinsic name")
    if shim.startswith(("int_", "float_")) and sig.params:
        # numeric shims depend on the operand's type (interp/shims_num.py)
        from ..types import display
        shim = f"{shim}:{display(sig.params[0])}"
    # Shims that need the result's type get it (instances substitute it).
    extra = (shim, sig.ret) if shim in TYPED else (shim,)
    if shim in DROPPING:     # they drop what they remove: they get `&mut Vec<T>`'s type
        extra = (shim, sig.params[0])
    if shim in ARG_TYPED:    # they convert by their argument's type
        extra = (shim, sig.params[0])
    return _shim_body(name, item, sig, extra)


def _shim_body(name: str, item: ast.Item, sig, extra: tuple) -> ir.Body:
    """A body passing its parameters to the machine's shim `extra[0]` (with the rest of
    `extra`) and returning what it gives."""
    span = item.span
    locals_ = [ir.LocalDecl(sig.ret, None, True, span)]
    locals_ += [ir.LocalDecl(t, None, False, span, is_param=True) for t in sig.params]
    args = [ir.Move(ir.Place(i + 1), span) for i in range(len(sig.params))]
    call = ir.BasicBlock([], ir.Intrinsic("shim", args, ir.Place(0), 1, span, extra))
    ret = ir.BasicBlock([], ir.Return())
    return ir.Body(name, len(sig.params), locals_, [call, ret], span)
