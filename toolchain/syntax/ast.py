"""The abstract syntax tree, modelled on rustc's `rustc_ast`.

Plain dataclasses; every node has a `span`. The parser builds these and nothing
mutates them afterwards, except that macro expansion (`toolchain.expand`) replaces
`MacCall` nodes by their expansion when it produces a new tree.

Every node has a unique `id` (a `NodeId`, assigned by the parser in source order);
later phases key their side tables (resolutions, types, adjustments) by it, as rustc
does, instead of annotating the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from ..source import Span

NodeId = int


# ---------------------------------------------------------------------------
# Tokens kept for macros and attributes
# ---------------------------------------------------------------------------

@dataclass(slots=True)
class Token:
    kind: str        # see syntax/token.py: "ident", "lifetime", "literal", "punct", "eof", ...
    text: str        # the source text of the token (for idents: the name, `r#` stripped)
    span: Span
    # For literals: the literal's kind ("int", "float", "str", "char", "byte",
    # "bytestr", "rawstr", "bool") and its suffix; unused otherwise.
    lit_kind: str | None = None
    suffix: str | None = None
    raw: bool = False      # raw identifier r#name
    joint: bool = False    # no whitespace before the next token (for `>>` vs `> >`)
    # Literals: the unescaped value (int, float, str, bytes); doc comments: the
    # comment's content (what `#[doc = "..."]` holds). Added by the syntax owner.
    value: object = None


@dataclass
class Delimited:
    """A delimited token tree: `( ... )`, `[ ... ]` or `{ ... }`."""
    delim: str                     # "(", "[" or "{"
    open_span: Span
    close_span: Span
    trees: list["TokenTree"]

    @property
    def span(self) -> Span:
        return self.open_span.to(self.close_span)


TokenTree = Union[Token, Delimited]


# ---------------------------------------------------------------------------
# Paths, identifiers
# ---------------------------------------------------------------------------

@dataclass
class Ident:
    name: str
    span: Span


@dataclass
class GenericArgs:
    """`<A, B, Item = C>` or the parenthesised sugar `(A, B) -> C`."""
    args: list["GenericArg"]
    constraints: list["AssocConstraint"]
    span: Span
    parenthesized: bool = False
    output: "Ty | None" = None     # for the `Fn(A) -> B` sugar


@dataclass
class PathSegment:
    ident: Ident
    args: GenericArgs | None
    id: NodeId


@dataclass
class Path:
    segments: list[PathSegment]
    span: Span
    global_: bool = False          # leading `::`


@dataclass
class QSelf:
    """The `<T as Trait>` of a qualified path; `position` = number of path
    segments that belong to the trait (0 for `<T>::x`)."""
    ty: "Ty"
    position: int


# ---------------------------------------------------------------------------
# Attributes
# ---------------------------------------------------------------------------

@dataclass
class Attribute:
    path: Path
    args: Delimited | None          # `#[derive(Debug)]` -> Delimited("(", ...)
    eq_value: "Expr | None"         # `#[doc = "..."]`
    inner: bool                     # `#![...]`
    span: Span
    is_doc_comment: bool = False
    doc: str | None = None

    @property
    def name(self) -> str:
        return "::".join(s.ident.name for s in self.path.segments)


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

@dataclass
class Ty:
    kind: "TyKind"
    span: Span
    id: NodeId


@dataclass
class TyPath:
    qself: QSelf | None
    path: Path


@dataclass
class TyRef:
    lifetime: "Lifetime | None"
    mutable: bool
    ty: Ty


@dataclass
class TyPtr:
    mutable: bool
    ty: Ty


@dataclass
class TyTuple:
    elems: list[Ty]                 # [] is the unit type `()`


@dataclass
class TyArray:
    elem: Ty
    len: "Expr"


@dataclass
class TySlice:
    elem: Ty


@dataclass
class TyNever:
    pass


@dataclass
class TyInfer:                      # `_`
    pass


@dataclass
class TyParen:
    ty: Ty


@dataclass
class TyFn:                         # `fn(A, B) -> C`
    params: list[Ty]
    ret: Ty | None
    unsafe: bool = False
    abi: str | None = None


@dataclass
class TyImplTrait:
    bounds: list["GenericBound"]


@dataclass
class TyTraitObject:
    bounds: list["GenericBound"]
    dyn: bool                       # written with `dyn`


@dataclass
class TyMacCall:
    mac: "MacCall"


TyKind = Union[TyPath, TyRef, TyPtr, TyTuple, TyArray, TySlice, TyNever, TyInfer,
               TyParen, TyFn, TyImplTrait, TyTraitObject, TyMacCall]


@dataclass
class Lifetime:
    name: str                       # including the quote: "'a", "'static", "'_"
    span: Span
    id: NodeId


GenericArg = Union[Lifetime, Ty, "Expr"]   # Expr for const generic arguments `{ N }`


@dataclass
class AssocConstraint:
    """`Item = T` (equality) or `Item: Bound` inside generic args."""
    ident: Ident
    ty: Ty | None
    bounds: list["GenericBound"]
    span: Span


# ---------------------------------------------------------------------------
# Generics
# ---------------------------------------------------------------------------

@dataclass
class TraitBound:
    path: Path
    maybe: bool = False             # `?Sized`
    for_lifetimes: list[Lifetime] = field(default_factory=list)   # `for<'a>`
    span: Span | None = None


GenericBound = Union[TraitBound, Lifetime]


@dataclass
class GenericParam:
    kind: str                       # "lifetime" | "type" | "const"
    ident: Ident                    # for lifetimes the name includes the quote
    bounds: list[GenericBound]
    default: "Ty | Expr | None"
    const_ty: Ty | None             # for const generics
    span: Span
    id: NodeId
    attrs: list[Attribute] = field(default_factory=list)


@dataclass
class WherePredicate:
    bounded_ty: Ty | None           # `T: Bound`
    lifetime: Lifetime | None       # `'a: 'b`
    bounds: list[GenericBound]
    for_lifetimes: list[Lifetime]
    span: Span


@dataclass
class Generics:
    params: list[GenericParam]
    where_clause: list[WherePredicate]
    span: Span


def empty_generics(span: Span) -> Generics:
    return Generics([], [], span)


# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

@dataclass
class Pat:
    kind: "PatKind"
    span: Span
    id: NodeId


@dataclass
class PatWild:                      # `_`
    pass


@dataclass
class PatIdent:                     # `ref mut name @ sub`
    ident: Ident
    by_ref: bool
    mutable: bool
    sub: Pat | None


@dataclass
class PatLit:                       # a literal, possibly negated: `-1`
    expr: "Expr"


@dataclass
class PatRange:                     # `a..=b`, `a..b`, `a..`, `..=b`
    lo: "Expr | None"
    hi: "Expr | None"
    inclusive: bool


@dataclass
class PatTuple:
    elems: list[Pat]                # may contain PatRest


@dataclass
class PatRest:                      # `..` inside tuple/slice patterns
    pass


@dataclass
class PatPath:                      # `None`, `Color::Red`, `<T>::CONST`
    qself: QSelf | None
    path: Path


@dataclass
class PatTupleStruct:               # `Some(x)`
    qself: QSelf | None
    path: Path
    elems: list[Pat]


@dataclass
class PatField:
    ident: Ident
    pat: Pat
    shorthand: bool
    span: Span


@dataclass
class PatStruct:                    # `Point { x, y: 0, .. }`
    qself: QSelf | None
    path: Path
    fields: list[PatField]
    rest: bool


@dataclass
class PatSlice:
    elems: list[Pat]


@dataclass
class PatRef:                       # `&p`, `&mut p`
    pat: Pat
    mutable: bool


@dataclass
class PatOr:
    alts: list[Pat]


@dataclass
class PatParen:
    pat: Pat


@dataclass
class PatMacCall:
    mac: "MacCall"


PatKind = Union[PatWild, PatIdent, PatLit, PatRange, PatTuple, PatRest, PatPath,
                PatTupleStruct, PatStruct, PatSlice, PatRef, PatOr, PatParen, PatMacCall]


# ---------------------------------------------------------------------------
# Expressions
# ---------------------------------------------------------------------------

@dataclass
class Expr:
    kind: "ExprKind"
    span: Span
    id: NodeId
    attrs: list[Attribute] = field(default_factory=list)


@dataclass
class Lit:
    """A literal token, unescaped. `value` is an int for integer literals, a float
    for floats, a str for str/char, bytes for byte strings, bool for true/false."""
    kind: str                       # "int" | "float" | "str" | "char" | "byte" | "bytestr" | "bool" | "cstr"
    value: object
    suffix: str | None
    symbol: str                     # the literal's source text, as written
    span: Span


@dataclass
class ExprLit:
    lit: Lit


@dataclass
class ExprPath:
    qself: QSelf | None
    path: Path


@dataclass
class ExprUnary:
    op: str                         # "-" | "!" | "*"
    expr: Expr


@dataclass
class ExprBinary:
    op: str                         # "+", "-", "*", "/", "%", "&&", "||", "&", "|", "^", "<<", ">>",
                                    # "==", "!=", "<", "<=", ">", ">="
    op_span: Span
    lhs: Expr
    rhs: Expr


@dataclass
class ExprAssign:
    lhs: Expr
    rhs: Expr
    eq_span: Span


@dataclass
class ExprAssignOp:
    op: str                         # the binary operator: "+" for `+=`
    op_span: Span
    lhs: Expr
    rhs: Expr


@dataclass
class ExprCast:
    expr: Expr
    ty: Ty


@dataclass
class ExprTypeAscription:           # not in stable Rust; kept so the parser can say so
    expr: Expr
    ty: Ty


@dataclass
class ExprAddrOf:
    mutable: bool
    expr: Expr
    raw: bool = False               # `&raw const x`


@dataclass
class ExprCall:
    func: Expr
    args: list[Expr]


@dataclass
class ExprMethodCall:
    receiver: Expr
    segment: PathSegment            # name and turbofish
    args: list[Expr]


@dataclass
class ExprField:
    expr: Expr
    ident: Ident                    # a name, or a tuple index written as digits ("0")


@dataclass
class ExprIndex:
    expr: Expr
    index: Expr


@dataclass
class ExprTry:                      # `expr?`
    expr: Expr


@dataclass
class ExprAwait:
    expr: Expr


@dataclass
class ExprTuple:
    elems: list[Expr]               # [] is `()`


@dataclass
class ExprArray:
    elems: list[Expr]


@dataclass
class ExprRepeat:                   # `[x; N]`
    elem: Expr
    count: Expr


@dataclass
class ExprField_:                   # a field initialiser in a struct literal
    ident: Ident
    expr: Expr
    shorthand: bool
    span: Span


@dataclass
class ExprStruct:
    qself: QSelf | None
    path: Path
    fields: list[ExprField_]
    base: Expr | None               # `..base`
    rest: bool = False              # `..` with no base (default field values; unstable)


@dataclass
class ExprParen:
    expr: Expr


def unparen(e: "Expr") -> "Expr":
    """The expression inside any parentheses: `((x))` is `x`."""
    while isinstance(e.kind, ExprParen):
        e = e.kind.expr
    return e


@dataclass
class Block:
    stmts: list["Stmt"]
    span: Span
    id: NodeId
    unsafe: bool = False


@dataclass
class ExprBlock:
    block: Block
    label: Lifetime | None = None


@dataclass
class ExprIf:
    cond: Expr                      # may be an ExprLet (if let / let chains)
    then: Block
    else_: Expr | None              # an ExprBlock or another ExprIf


@dataclass
class ExprLet:                      # `let PAT = EXPR` in an `if`/`while` condition
    pat: Pat
    expr: Expr


@dataclass
class ExprWhile:
    cond: Expr
    body: Block
    label: Lifetime | None


@dataclass
class ExprLoop:
    body: Block
    label: Lifetime | None


@dataclass
class ExprForLoop:
    pat: Pat
    iter: Expr
    body: Block
    label: Lifetime | None


@dataclass
class Arm:
    pat: Pat
    guard: Expr | None
    body: Expr
    span: Span
    id: NodeId
    attrs: list[Attribute] = field(default_factory=list)


@dataclass
class ExprMatch:
    scrutinee: Expr
    arms: list[Arm]
    from_macro: bool = False        # built by `matches!`: its arms are not linted


@dataclass
class ClosureParam:
    pat: Pat
    ty: Ty | None
    span: Span


@dataclass
class ExprClosure:
    params: list[ClosureParam]
    ret: Ty | None
    body: Expr
    move: bool
    decl_span: Span                 # `|a, b|` (and the return type), as rustc labels it


@dataclass
class ExprBreak:
    label: Lifetime | None
    value: Expr | None


@dataclass
class ExprContinue:
    label: Lifetime | None


@dataclass
class ExprReturn:
    value: Expr | None


@dataclass
class ExprRange:
    lo: Expr | None
    hi: Expr | None
    inclusive: bool                 # `..=`


@dataclass
class ExprAsync:                    # `async { }` / `async move { }` (rejected later)
    block: Block
    move: bool


@dataclass
class ExprUnsafe:                   # not used: unsafe blocks are ExprBlock with block.unsafe
    block: Block


@dataclass
class ExprMacCall:
    mac: "MacCall"


@dataclass
class ExprUnderscore:               # `_` in destructuring assignment
    pass


@dataclass
class ExprErr:
    """Placeholder left by the parser where it recovered from a syntax error."""
    pass


# Produced by macro expansion (toolchain.expand), never by the parser -------------

@dataclass
class FormatSpec:
    """One `{...}` placeholder of a format string, parsed."""
    arg: int                        # index into FormatArgs.args
    trait: str                      # "" (Display) | "?" (Debug) | "x" | "X" | "o" | "b" | "e" | "E" | "p"
    fill: str | None = None
    align: str | None = None        # "<" | "^" | ">"
    sign: str | None = None         # "+" | "-"
    alternate: bool = False         # `#`
    zero_pad: bool = False          # `0`
    width: "int | tuple[str, int] | None" = None       # literal, or ("arg", index)
    precision: "int | tuple[str, int] | None" = None   # literal, or ("arg", index)
    debug_hex: str | None = None    # "x" | "X" for `{:x?}`
    span: Span | None = None        # the placeholder's span inside the string literal


@dataclass
class ExprFormatArgs:
    """`format_args!`: literal pieces interleaved with placeholders.

    `pieces[i]` is printed before `specs[i]`; there is one more piece than specs.
    Each argument expression is evaluated once, in order, even when used twice."""
    pieces: list[str]
    specs: list[FormatSpec]
    args: list[Expr]
    span: Span


@dataclass
class ExprBuiltinMacro:
    """A built-in macro after expansion: `name` is the macro ("println", "print",
    "eprintln", "eprint", "format", "panic", "assert", "assert_eq", "assert_ne", ...).
    `args` are its expression operands (the condition for `assert!`, left and right
    for `assert_eq!`); `fmt` is its message or output, when it has one."""
    name: str
    args: list[Expr]
    fmt: ExprFormatArgs | None


ExprKind = Union[
    ExprLit, ExprPath, ExprUnary, ExprBinary, ExprAssign, ExprAssignOp, ExprCast,
    ExprTypeAscription, ExprAddrOf, ExprCall, ExprMethodCall, ExprField, ExprIndex, ExprTry,
    ExprAwait, ExprTuple, ExprArray, ExprRepeat, ExprStruct, ExprParen, ExprBlock, ExprIf,
    ExprLet, ExprWhile, ExprLoop, ExprForLoop, ExprMatch, ExprClosure, ExprBreak,
    ExprContinue, ExprReturn, ExprRange, ExprAsync, ExprMacCall, ExprUnderscore, ExprErr,
    ExprFormatArgs, ExprBuiltinMacro,
]


# ---------------------------------------------------------------------------
# Macro invocations
# ---------------------------------------------------------------------------

@dataclass
class MacCall:
    path: Path
    args: Delimited                 # the token trees between the delimiters
    span: Span                      # the whole invocation, `name!(...)`
    bang_span: Span | None = None


# ---------------------------------------------------------------------------
# Statements
# ---------------------------------------------------------------------------

@dataclass
class Stmt:
    kind: "StmtKind"
    span: Span
    id: NodeId


@dataclass
class StmtLet:
    pat: Pat
    ty: Ty | None
    init: Expr | None
    else_: Block | None             # let-else
    attrs: list[Attribute] = field(default_factory=list)


@dataclass
class StmtItem:
    item: "Item"


@dataclass
class StmtExpr:
    """An expression statement. `semi` tells whether it ended with `;`. The tail
    expression of a block is the last StmtExpr with semi=False."""
    expr: Expr
    semi: bool


@dataclass
class StmtEmpty:                    # a lone `;`
    pass


@dataclass
class StmtMacCall:                  # `name! { ... }` / `name!(...);` in statement position
    mac: MacCall
    semi: bool
    attrs: list[Attribute] = field(default_factory=list)


StmtKind = Union[StmtLet, StmtItem, StmtExpr, StmtEmpty, StmtMacCall]


# ---------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------

@dataclass
class Visibility:
    kind: str                       # "inherited" | "pub" | "crate" | "super" | "self" | "in"
    path: Path | None
    span: Span


@dataclass
class Param:
    pat: Pat
    ty: Ty
    span: Span
    id: NodeId
    attrs: list[Attribute] = field(default_factory=list)


@dataclass
class SelfParam:
    """`self`, `mut self`, `&self`, `&'a mut self`, `self: Box<Self>`."""
    kind: str                       # "value" | "ref" | "explicit"
    mutable: bool                   # `mut self` / `&mut self`
    lifetime: Lifetime | None
    ty: Ty | None                   # for "explicit"
    span: Span
    id: NodeId


@dataclass
class FnSig:
    params: list[Param]
    self_param: SelfParam | None
    ret: Ty | None                  # None = `()`
    span: Span                      # from `fn` to the end of the return type
    const: bool = False
    unsafe: bool = False
    async_: bool = False
    abi: str | None = None          # extern "C"
    variadic: bool = False
    safe: bool = False              # `safe fn` inside `unsafe extern` blocks
    foreign: bool = False           # declared in an `extern` block (no body, called unsafely)


@dataclass
class Fn:
    ident: Ident
    generics: Generics
    sig: FnSig
    body: Block | None              # None in trait declarations without default


@dataclass
class FieldDef:
    ident: Ident | None             # None for tuple struct fields
    ty: Ty
    vis: Visibility
    span: Span
    id: NodeId
    attrs: list[Attribute] = field(default_factory=list)


@dataclass
class VariantData:
    kind: str                       # "struct" | "tuple" | "unit"
    fields: list[FieldDef]


@dataclass
class Struct:
    ident: Ident
    generics: Generics
    data: VariantData


@dataclass
class Union_:
    ident: Ident
    generics: Generics
    data: VariantData


@dataclass
class Variant:
    ident: Ident
    data: VariantData
    discriminant: Expr | None
    span: Span
    id: NodeId
    attrs: list[Attribute] = field(default_factory=list)


@dataclass
class Enum:
    ident: Ident
    generics: Generics
    variants: list[Variant]


@dataclass
class Impl:
    generics: Generics
    trait_: Path | None
    negative: bool                  # `impl !Trait for T`
    self_ty: Ty
    items: list["Item"]
    unsafe: bool = False


@dataclass
class Trait:
    ident: Ident
    generics: Generics
    supertraits: list[GenericBound]
    items: list["Item"]
    unsafe: bool = False
    auto: bool = False


@dataclass
class TyAlias:
    ident: Ident
    generics: Generics
    bounds: list[GenericBound]      # for associated types in traits
    ty: Ty | None


@dataclass
class Const:
    ident: Ident                    # `_` allowed
    ty: Ty | None
    expr: Expr | None


@dataclass
class Static:
    ident: Ident
    ty: Ty
    mutable: bool
    expr: Expr | None


@dataclass
class Mod:
    ident: Ident
    items: list["Item"] | None      # None for `mod foo;`
    inner_attrs: list[Attribute] = field(default_factory=list)


@dataclass
class UseTree:
    """`a::b::{c, d as e, f::*}`."""
    prefix: Path
    kind: str                       # "simple" | "glob" | "nested"
    rename: Ident | None            # `as e` (Ident "_" for `as _`)
    nested: list["UseTree"]
    span: Span


@dataclass
class Use:
    tree: UseTree


@dataclass
class ExternCrate:
    name: Ident
    rename: Ident | None


@dataclass
class MacroRules:
    ident: Ident
    body: Delimited


@dataclass
class ItemMacCall:
    mac: MacCall


@dataclass
class ForeignMod:                   # `extern "C" { ... }`
    abi: str | None
    items: list["Item"]
    unsafe: bool = False            # `unsafe extern "C" { ... }` (required in edition 2024)


ItemKind = Union[Fn, Struct, Union_, Enum, Impl, Trait, TyAlias, Const, Static, Mod, Use,
                 ExternCrate, MacroRules, ItemMacCall, ForeignMod]


@dataclass
class Item:
    kind: ItemKind
    vis: Visibility
    attrs: list[Attribute]
    span: Span
    id: NodeId

    @property
    def ident(self) -> Ident | None:
        return getattr(self.kind, "ident", None)


@dataclass
class Crate:
    items: list[Item]
    attrs: list[Attribute]          # inner attributes `#![...]`
    span: Span
    # The crate's NodeId generator (`syntax.ids.IdGen`), left here by the parser so
    # later phases that create nodes continue the numbering. Added by the syntax owner.
    id_gen: object = None
