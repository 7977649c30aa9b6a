"""User-defined types (structs so far): their definitions as later phases need them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported

KNOWN_DERIVES = ("Debug", "Clone", "Copy", "PartialEq", "Eq")


@dataclass
class FieldInfo:
    name: str               # "x", or "0", "1" for tuple structs
    ty: ast.Ty
    span: Span


@dataclass
class AdtDef:
    name: str
    kind: str               # "named" | "tuple" | "unit"
    fields: list[FieldInfo]
    derives: set[str]
    span: Span              # the whole item
    header: Span            # `struct Point`, as rustc points at it in notes

    def field_index(self, name: str) -> int | None:
        for i, f in enumerate(self.fields):
            if f.name == name:
                return i
        return None


def collect_struct(item: ast.Item) -> tuple[AdtDef | None, list[Diagnostic]]:
    k: ast.Struct = item.kind
    diags: list[Diagnostic] = []
    if k.generics.params or k.generics.where_clause:
        return None, [unsupported(k.generics.span, "generic structs")]
    kind = {"struct": "named", "tuple": "tuple", "unit": "unit"}[k.data.kind]
    fields = [FieldInfo(f.ident.name if f.ident is not None else str(i), f.ty, f.span)
              for i, f in enumerate(k.data.fields)]
    derives: set[str] = set()
    for attr in item.attrs:
        if attr.is_doc_comment:
            continue
        if attr.name == "derive" and attr.args is not None:
            for tok in attr.args.trees:
                if isinstance(tok, ast.Token) and tok.kind == "ident":
                    if tok.text in KNOWN_DERIVES:
                        derives.add(tok.text)
                    else:
                        diags.append(unsupported(tok.span, f"`#[derive({tok.text})]`"))
    header = Span(item.span.lo, k.ident.span.hi)   # `pub struct Point`
    return AdtDef(k.ident.name, kind, fields, derives, item.span, header), diags
