"""Type paths naming a std struct by its full path (`std::slice::Iter<T>`).

std keys the structs whose bare names are ambiguous in rustc's std (`Iter`,
`IntoIter`, `Range`) by their full paths (toolchain/std/__init__.py), so that no
learner's item of the same name can take their place; std's own sources name them
by those paths, and so may the learner.
"""

from __future__ import annotations

from ..syntax import ast
from ..unsupported import unsupported
from . import generics as gen


def resolve(r, t: ast.Ty) -> bool:
    """Resolve `t` if it is a full std path to a std struct; False otherwise."""
    from .resolver import Res
    k = t.kind
    if k.qself is not None or len(k.path.segments) < 3:
        return False
    segs = k.path.segments
    key = _adt_key(r, segs)
    if key is None or key not in r.res.adts or "::" not in key:
        return False
    seg = segs[-1]
    bad = gen.unsupported_args(seg)
    if bad is not None:
        r.diags.append(bad)
        r.res.types[t.id] = Res("err")
        return True
    for a in gen.type_args(seg) or []:
        r.ty(a)
    adt = r.res.adts[key]
    if refuse_hidden_params(r, t, key):
        return True
    d = gen.e0107("struct", adt.ident_span, adt.generics.names, adt.generics.spans, seg)
    if d is not None:
        r.res.generic_errors.append(d)
        r.res.types[t.id] = Res("err")
        return True
    r.res.types[t.id] = Res("adt", key)
    return True


def _adt_key(r, segs) -> str | None:
    """The key of the std struct or enum a full path names, through std's module tree."""
    from .std_modules import ROOTS
    m = r.mods.std_root if r.mods is not None else None
    if m is None or segs[0].ident.name not in ROOTS or any(s.args for s in segs[:-1]):
        return None
    for seg in segs[1:-1]:
        b = m.types.get(seg.ident.name)
        if b is None or b.kind != "mod":
            return None
        m = b.target
    b = m.types.get(segs[-1].ident.name)
    return b.target if b is not None and b.kind == "adt" else None


def ty_text(t: ast.Ty, inner_text) -> str | None:
    """The key text of an impl's self type written as a full std path."""
    k = t.kind
    segs = k.path.segments
    if k.qself is not None or len(segs) < 3 or segs[0].ident.name != "std" \
            or any(s.args is not None for s in segs[:-1]):
        return None
    head = "::".join(s.ident.name for s in segs)
    if segs[-1].args is None:
        return head
    if gen.unsupported_args(segs[-1]) is not None:
        return None
    inner = [inner_text(a) for a in gen.type_args(segs[-1]) or []]
    if not inner or any(x is None for x in inner):
        return None
    return f"{head}<{', '.join(inner)}>"


# std's adapters that carry a parameter rustc's do not (`Peekable<I, T>`: `T` is rustc's
# `I::Item`, which Ferrite's struct fields cannot name yet): the learner cannot write them
# with rustc's arguments.
HIDDEN_PARAMS = frozenset({"Peekable", "Flatten", "FlatMap"})


def refuse_hidden_params(r, t: ast.Ty, key: str) -> bool:
    """`Peekable<Chars<'a>>` written in the learner's code: refused (rustc's arity differs
    from Ferrite's, so an E0107 would be false)."""
    from ..std import is_std_span
    from .resolver import Res
    if key.rsplit("::", 1)[-1] not in HIDDEN_PARAMS or is_std_span(t.span):
        return False
    r.diags.append(unsupported(t.span, f"naming the type `{key.rsplit('::', 1)[-1]}` in a "
                                       "signature or field"))
    r.res.types[t.id] = Res("err")
    return True
