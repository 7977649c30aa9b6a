"""The type checker's errors about `Drop` (rustc_hir_typeck's and coherence's):
E0040, calling `drop` as a method; E0184, a type that is both `Copy` and `Drop`."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span


def is_drop_method(key: str | None) -> bool:
    return key is not None and key.endswith(" as Drop>::drop")


def e0040(fcx, e, k) -> None:
    """`x.drop()`: rustc suggests the prelude's `drop(x)`."""
    name = k.segment.ident.span
    d = Diagnostic.error("explicit use of destructor method", name,
                         "explicit destructor calls not allowed", code="E0040")
    src = fcx.res.source
    recv = src.snippet(k.receiver.span) if src is not None else "_"
    d.help("consider using `drop` function",
           suggestions=[Suggestion(e.span, f"drop({recv})", "MaybeIncorrect", "ShowAlways")])
    fcx.diags.append(d)


def e0184(res, results, diags: list) -> None:
    """A `Drop` impl for a type that derives `Copy`."""
    cx = results.traits
    if cx is None:
        return
    infos = [i for t, d in cx.impls.items() for tr, i in d.items() if tr == "Drop"]
    infos += [i for lst in cx.matched.values() for i in lst if i.imp.trait == "Drop"]
    for info in infos:
        t = info.self_ty
        adt = res.adts.get(t.name) if t.kind == "adt" else None
        if adt is None or "Copy" not in adt.derives:
            continue
        d = Diagnostic.error("the trait `Copy` cannot be implemented for this type; the type "
                             "has a destructor", adt.ident_span or adt.header,
                             "`Copy` not allowed on types with destructors", code="E0184")
        at = adt.derive_spans.get("Copy")
        if at is not None:
            d.secondary(at, "in this derive macro expansion")
        item = info.imp.items.get("drop")
        if item is not None:
            note = Diagnostic("note", "destructor declared here")
            note.primary(item.item.kind.sig.span)
            d.children.append(note)
        diags.append(d)


def drop_adts(tcx) -> frozenset:
    """The names of the ADTs with a `Drop` impl (the learner's)."""
    got = getattr(tcx, "_drop_adts", None)
    if got is not None:
        return got
    names = set()
    cx = tcx.traits
    if cx is not None:
        for t, impls in cx.impls.items():
            if "Drop" in impls and t.kind == "adt":
                names.add(t.name)
        for infos in cx.matched.values():
            for info in infos:
                if info.imp.trait == "Drop" and info.self_ty.kind == "adt":
                    names.add(info.self_ty.name)
    tcx._drop_adts = got = frozenset(names)
    return got
