"""Type paths naming a std struct by its full path (`std::slice::Iter<T>`).

std keys the structs whose bare names are ambiguous in rustc's std (`Iter`,
`IntoIter`, `Range`) by their full paths (toolchain/std/__init__.py), so that no
learner's item of the same name can take their place; std's own sources name them
by those paths, and so may the learner.
"""

from __future__ import annotations

from ..syntax import ast
from . import generics as gen


def resolve(r, t: ast.Ty) -> bool:
    """Resolve `t` if it is a full std path to a std struct; False otherwise."""
    from .prelude import std_path_key
    from .resolver import Res
    k = t.kind
    if k.qself is not None or len(k.path.segments) < 3:
        return False
    segs = k.path.segments
    key = std_path_key(r, segs)
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
    d = gen.e0107("struct", adt.ident_span, adt.generics.names, adt.generics.spans, seg)
    if d is not None:
        r.res.generic_errors.append(d)
        r.res.types[t.id] = Res("err")
        return True
    r.res.types[t.id] = Res("adt", key)
    return True


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
