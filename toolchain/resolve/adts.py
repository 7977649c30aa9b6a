"""User-defined types (structs so far): their definitions as later phases need them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics.model import Diagnostic, Suggestion
from ..source import Span
from ..syntax import ast
from ..unsupported import unsupported
from .generics import GenericsInfo, collect as collect_generics

KNOWN_DERIVES = ("Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord")   # (orderings: typeck/derive_cmp.py)


@dataclass
class FieldInfo:
    name: str               # "x", or "0", "1" for tuple structs
    ty: ast.Ty
    span: Span
    ident_span: Span | None = None   # the name (a `pub` field's span starts at `pub`)


@dataclass
class VariantInfo:
    name: str
    kind: str               # "named" | "tuple" | "unit"
    fields: list[FieldInfo]
    span: Span
    ident_span: Span
    discriminant: object = None   # ast.Expr of an explicit `= N`
    is_default: bool = False      # `#[default]` (for `#[derive(Default)]`: typeck/derive_default.py)


@dataclass
class AdtDef:
    name: str
    kind: str               # "named" | "tuple" | "unit" for structs; "enum"
    fields: list[FieldInfo]          # a struct's fields (empty for enums)
    derives: set[str]
    span: Span              # the whole item
    header: Span            # `struct Point`, as rustc points at it in notes
    variants: list[VariantInfo] = field(default_factory=list)   # an enum's variants
    ident_span: Span | None = None
    generics: GenericsInfo = field(default_factory=GenericsInfo)   # its type parameters
    derive_spans: dict[str, Span] = field(default_factory=dict)   # `Clone` in `#[derive(Clone)]`
    must_use: str | None = None    # `#[must_use]` ("") or `#[must_use = "its note"]`

    @property
    def is_enum(self) -> bool:
        return self.kind == "enum"

    def variant_index(self, name: str) -> int | None:
        for i, v in enumerate(self.variants):
            if v.name == name:
                return i
        return None

    def field_index(self, name: str) -> int | None:
        for i, f in enumerate(self.fields):
            if f.name == name:
                return i
        return None


def _fields(data: ast.VariantData) -> list[FieldInfo]:
    return [FieldInfo(f.ident.name if f.ident is not None else str(i), f.ty, f.span,
                      f.ident.span if f.ident is not None else None)
            for i, f in enumerate(data.fields)]


_KINDS = {"struct": "named", "tuple": "tuple", "unit": "unit"}


def collect_enum(item: ast.Item) -> tuple[AdtDef | None, list[Diagnostic]]:
    k: ast.Enum = item.kind
    generics, diags = collect_generics(k.generics, adt=True, consts=True)
    if diags:
        return None, diags
    derives, diags = _derives(item)
    spans = _derive_spans(item)
    variants = [VariantInfo(v.ident.name, _KINDS[v.data.kind], _fields(v.data), v.span,
                            v.ident.span, v.discriminant,
                            any(a.name == "default" for a in v.attrs)) for v in k.variants]
    header = Span(item.span.lo, (k.generics.span if k.generics.params else k.ident.span).hi)
    return AdtDef(k.ident.name, "enum", [], derives, item.span, header, variants,
                  k.ident.span, generics, spans, must_use_of(item.attrs)), diags


def collect_struct(item: ast.Item) -> tuple[AdtDef | None, list[Diagnostic]]:
    k: ast.Struct = item.kind
    generics, diags = collect_generics(k.generics, adt=True, consts=True)
    if diags:
        return None, diags
    kind = _KINDS[k.data.kind]
    fields = _fields(k.data)
    derives, diags = _derives(item)
    # `pub struct Point`, `struct Pair<T>`
    header = Span(item.span.lo, (k.generics.span if k.generics.params else k.ident.span).hi)
    return AdtDef(k.ident.name, kind, fields, derives, item.span, header,
                  ident_span=k.ident.span, generics=generics,
                  derive_spans=_derive_spans(item), must_use=must_use_of(item.attrs)), diags


def must_use_of(attrs) -> str | None:
    """`#[must_use]` -> "", `#[must_use = "note"]` -> its note, else None (for
    lints/unused_must_use.py)."""
    for a in attrs:
        if a.name == "must_use":
            v = a.eq_value
            return v.kind.lit.value if v is not None and isinstance(v.kind, ast.ExprLit) else ""
    return None


def _derive_spans(item: ast.Item) -> dict[str, Span]:
    return {tok.text: tok.span for attr in item.attrs
            if not attr.is_doc_comment and attr.name == "derive" and attr.args is not None
            for tok in attr.args.trees if isinstance(tok, ast.Token) and tok.kind == "ident"}


def _derives(item: ast.Item) -> tuple[set[str], list[Diagnostic]]:
    diags: list[Diagnostic] = []
    derives: set[str] = set()
    for attr in item.attrs:
        if attr.is_doc_comment:
            continue
        if attr.name == "derive" and attr.args is not None:
            for tok in attr.args.trees:
                if isinstance(tok, ast.Token) and tok.kind == "ident":
                    if tok.text in KNOWN_DERIVES or tok.text in ("Hash", "Default"):
                        # (std/hash.rs; Default: typeck/derive_default.py)
                        derives.add(tok.text)
                    else:
                        diags.append(unsupported(tok.span, f"`#[derive({tok.text})]`"))
    return derives, diags


def e0423_struct_as_value(span: Span, adt: AdtDef) -> Diagnostic:
    """A struct with named fields used as a value (`let c = Config;`): rustc points at
    the definition and offers the literal with a placeholder per field."""
    d = Diagnostic.error(f"expected value, found struct `{adt.name}`", span, code="E0423")
    d.secondary(adt.span, f"`{adt.name}` defined here")
    fields = ", ".join(f"{f.name}: val" for f in adt.fields)
    d.help("use struct literal syntax instead",
           suggestions=[Suggestion(span, f"{adt.name} {{ {fields} }}", "HasPlaceholders")])
    return d
