"""Privacy of fields and associated items seen from the body being checked (rustc's
privacy checks that typeck does itself): E0616 for a private field, E0624 for a
private method or associated function. Only crates with modules have anything
private to something else (`Resolutions.modules.active`)."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span


def _visible(fcx, vis) -> bool:
    tree = fcx.res.modules
    frm = getattr(fcx, "module", None) or tree.root
    return vis is None or frm.is_within(vis)


def _active(fcx) -> bool:
    tree = fcx.res.modules
    return tree is not None and tree.active


def private_field(fcx, k, adt_key: str) -> bool:
    """`p.y` with `y` private to a module the body is not in: E0616."""
    if not _active(fcx):
        return False
    tree = fcx.res.modules
    name = k.ident.name
    if (adt_key, name) not in tree.field_vis or _visible(fcx, tree.field_vis[(adt_key, name)]):
        return False
    shown = adt_key.rsplit("::", 1)[-1]
    d = Diagnostic.error(f"field `{name}` of struct `{shown}` is private", k.ident.span,
                         "private field", code="E0616")
    a = fcx.res.assoc.get(adt_key, {}).get(name)
    if a is not None and a.kind == "fn" and a.has_self:
        at = Span(k.ident.span.hi, k.ident.span.hi)
        d.help(f"a method `{name}` also exists, call it with parentheses",
               suggestions=[Suggestion(at, "()", "MachineApplicable", "ShowAlways")])
    fcx.diags.append(d)
    return True


def private_assoc(fcx, ident_span: Span, a) -> None:
    """A method or associated function private to a module the body is not in: E0624."""
    if not _active(fcx):
        return
    tree = fcx.res.modules
    m = tree.module_of.get(a.item.id)
    if m is None or _visible(fcx, tree._vis(a.item.vis, m)):
        return
    noun = "method" if a.has_self else "associated function" if a.kind == "fn" \
        else "associated constant"
    d = Diagnostic.error(f"{noun} `{a.name}` is private", ident_span, f"private {noun}",
                         code="E0624")
    k = a.item.kind
    span = Span(a.item.span.lo, k.sig.span.hi) if a.kind == "fn" else a.item.span
    d.secondary(span, f"private {noun} defined here")
    fcx.diags.append(d)
