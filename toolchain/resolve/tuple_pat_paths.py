"""A tuple-struct pattern whose single-segment path names nothing: rustc's E0531
"cannot find tuple struct or tuple variant `X` in this scope" (rustc_resolve's
`smart_resolve_report_errors` for `PathSource::TupleStruct`), with

- its typo help among the constructors in scope that take arguments (the crate's tuple
  structs, the prelude's `Some`/`Ok`/`Err`), compared in name order as rustc's
  `lookup_typo_candidate` sorts them, and the "similarly named ... defined here" label
  (in std's source for a prelude variant);
- "consider importing this tuple variant" when an enum of the crate has a tuple
  variant of that name (`Circle(r)` for `Shape::Circle(r)`), inserting
  `use crate::Shape::Circle;` at the top of the file;
- the label "not found in this scope" only when there is no typo help.

Programs with modules (where scope and insertion point need rustc's module walk) get
an unsupported diagnostic instead.
"""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..std import is_std_span
from ..std_locations import has_item, std_span
from ..syntax import ast
from ..unsupported import unsupported
from .std_imports import use_site
from .suggest import find_best_match

# The prelude's constructors with fields, and where rustc 1.95 shows them defined.
_PRELUDE_CTORS = {"Some": "Option::Some", "Ok": "Result::Ok", "Err": "Result::Err"}


def report(r, ident: ast.Ident) -> Diagnostic:
    name = ident.name
    if r.mods.active and not _std_uses_only(r):
        return unsupported(ident.span, f"the unresolved tuple struct pattern `{name}`")
    structs = {n: a for n, a in r.res.adts.items()
               if "::" not in n and a.kind == "tuple" and not is_std_span(a.span)}
    variants = [(n, v) for n, a in r.res.adts.items() if "::" not in n and a.is_enum
                and not is_std_span(a.span) for v in a.variants if v.name == name]
    if any(v.kind != "tuple" for _, v in variants) or len(variants) > 1:
        return unsupported(ident.span, f"the unresolved tuple struct pattern `{name}`")
    d = Diagnostic.error(f"cannot find tuple struct or tuple variant `{name}` in this scope",
                         code="E0531")
    best = find_best_match(sorted(set(structs) | set(_PRELUDE_CTORS)), name)
    if best is not None and best in _PRELUDE_CTORS and not has_item(_PRELUDE_CTORS[best]):
        return unsupported(ident.span, f"the unresolved tuple struct pattern `{name}`")
    d.primary(ident.span, None if best is not None else "not found in this scope")
    if best is not None:
        sugg = [Suggestion(ident.span, best, "MaybeIncorrect", "ShowAlways")]
        if best in structs:
            d.secondary(structs[best].span, f"similarly named tuple struct `{best}` defined here")
            d.help("a tuple struct with a similar name exists", suggestions=sugg)
        else:
            d.secondary(std_span(_PRELUDE_CTORS[best]),
                        f"similarly named tuple variant `{best}` defined here")
            d.help("a tuple variant with a similar name exists", suggestions=sugg)
    if variants:
        enum = variants[0][0]
        at = use_site(r)
        if at is None:
            return unsupported(ident.span, f"the unresolved tuple struct pattern `{name}`")
        # (rustc's `show_candidates`: a blank line after it when the file has no `use`)
        has_use = any(isinstance(i.kind, ast.Use) for i in r.mods.root.items)
        text = f"use crate::{enum}::{name};\n" + ("" if has_use else "\n")
        d.help("consider importing this tuple variant",
               suggestions=[Suggestion(Span(at, at), text, "MaybeIncorrect", "ShowAlways")])
    return d


def _std_uses_only(r) -> bool:
    """A crate whose tree is active only for `use std::..;` items at its root: its
    scope for this error is still the root's items and the prelude."""
    if r.cur_mod is not None and r.cur_mod is not r.mods.root:
        return False
    for item in r.mods.root.items:
        if isinstance(item.kind, ast.Mod):
            return False
        if isinstance(item.kind, ast.Use):
            segs = item.kind.tree.prefix.segments
            if not segs or segs[0].ident.name not in ("std", "core", "alloc") \
                    or item.kind.tree.kind == "glob":
                return False
    return True
