"""Which body a trait method call runs: the machine's side of impl selection.

A call keyed `<Self as Trait>::m` (made in a trait's default method, or on a bounded
type parameter, `ir.Call.self_ty`) runs the impl of the concrete `Self` type; a call
keyed by an impl (`<Wrapper<T> as Trait>::m`) runs that impl with the call's generic
arguments. Impls for a plain type are found by its name as keys spell it; generic
impls and impls for one instantiation of a generic type are found by matching their
self types, as typeck/impl_select.py does (this is monomorphisation done lazily: the
callee is instantiated with the impl's arguments). Each frame knows its `Self` type.
"""

from __future__ import annotations

from ..types import Ty, display, subst


def resolve(program, term, frame_self: Ty | None, receiver=None) -> tuple[str, tuple, Ty | None]:
    """(body key, generic arguments, the callee's `Self`) for a call of a trait method.
    `receiver()` gives the call's first argument (a trait object's fat pointer)."""
    func = term.func
    st = term.self_ty
    if st is not None and st.kind == "param":   # still `Self`: the frame's own
        st = frame_self
    if st is not None and st.kind == "dyn":     # a trait object: its concrete type
        st = receiver().ty
    elif st is None and func.startswith("<Self as "):
        st = frame_self
    elif st is None:
        text = func[1:func.rindex(" as ")]
        pattern = program.impl_selves.get(text)
        if pattern is None:
            return func, term.generic_args, None
        n = program.default_params.get(func)
        if n is not None:   # a default method: its body takes the method's own arguments
            return func, term.generic_args[n:], subst(pattern, term.generic_args[:n])
        return func, term.generic_args, subst(pattern, term.generic_args)
    if st is None:
        return func, term.generic_args, None
    rest = func[func.index(" as "):]
    trait = rest[4:rest.index(">::")]
    if trait in program.generic_impls:    # a generic trait's, or a blanket impl
        from .trait_select import concrete_args, select_generic
        targs = concrete_args(program, term.trait_args, frame_self)
        got = select_generic(program, trait, st, targs, rest[rest.index(">::") + 3:])
        if got is not None:
            key, args = got
            return key, args + concrete_args(program, term.generic_args, frame_self), st
    text, args = select(program, trait, st)
    key = f"<{text}{rest}"
    # The call's own arguments are the method's (typeck/trait_method_generics.py).
    if key in program.default_params:
        return key, term.generic_args, st
    return key, args + term.generic_args, st


def select(program, trait: str, t: Ty) -> tuple[str, tuple]:
    """The impl of `trait` for the concrete type `t`: its key text and arguments."""
    key = (trait, t)
    got = program.selected.get(key)
    if got is not None:
        return got
    # (a std struct keyed by its full path, `std::str::Chars`, is spelled so in keys)
    got = (t.name if t.kind == "adt" and t.name.startswith("std::") and not t.args
           else display(t), ())
    for tr, pattern, text, n in program.matched_impls.get(_head(t), ()):
        if tr != trait:
            continue
        binds: dict = {}
        if _match(pattern, t, binds):
            got = (text, tuple(binds.get(i, Ty("error")) for i in range(n)))
            break
    program.selected[key] = got
    return got


def _head(t: Ty) -> str | None:
    pre = ""
    while t.kind == "ref":
        pre += "&mut " if t.mutable else "&"
        t = t.args[0]
    return pre + t.name if t.kind == "adt" and t.args else None


def _match(p: Ty, t: Ty, binds: dict) -> bool:
    if p.kind == "param" and p.id >= 0:
        prev = binds.setdefault(p.id, t)
        return prev == t
    if p.kind == t.kind == "array" and (len(p.args) > 1 or len(t.args) > 1):
        from ..types import array_length        # `[T; N]` (resolve/const_params.py)
        return _match(p.args[0], t.args[0], binds) and _match(array_length(p), array_length(t), binds)
    if p.kind != t.kind or p.name != t.name or p.mutable != t.mutable \
            or len(p.args) != len(t.args):
        return False
    return all(_match(a, b, binds) for a, b in zip(p.args, t.args))
