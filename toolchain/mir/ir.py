"""MIR: each function as a control-flow graph of basic blocks, as in rustc_middle::mir.

Locals are numbered; local 0 is the return place and locals 1..=n the arguments,
as in rustc. Overflow, division by zero and the like are explicit `Assert`
terminators after `CheckedBinaryOp`, so the interpreter panics exactly where rustc's
debug build does, with the same message and span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from ..source import Span
from ..types import Ty


@dataclass
class LocalDecl:
    ty: Ty
    name: str | None            # user variable name, None for temporaries
    mutable: bool
    span: Span
    pat_span: Span | None = None   # a user variable's binding pattern (`mut x`)
    is_param: bool = False
    # The same variable bound again in the other alternatives of an or-pattern.
    alt_spans: list = field(default_factory=list)
    deferred: bool = False         # `let x;`: initialised by later assignments
    ty_span: Span | None = None    # the written type of such a `let x: T;`


@dataclass(frozen=True)
class Place:
    """A local and a projection path: ("field", i) for a tuple or struct field (and
    for an array element at a constant index, rustc's ConstantIndex), ("index", local)
    for an array element at the index held by `local`, ("deref",) through a reference."""
    local: int
    proj: tuple = ()

    def field(self, i: int) -> "Place":
        return Place(self.local, self.proj + (("field", i),))

    def index(self, local: int) -> "Place":
        return Place(self.local, self.proj + (("index", local),))

    def deref(self) -> "Place":
        return Place(self.local, self.proj + (("deref",),))

    def subslice(self, lo: int, from_end: int) -> "Place":
        """`place[lo..len - from_end]` of a slice or array: a slice pattern's `rest @ ..`
        (rustc's `Subslice { from_end: true }`), only ever borrowed (mir/build_slice_pats.py)."""
        return Place(self.local, self.proj + (("subslice", lo, from_end),))

    @property
    def is_local(self) -> bool:
        return not self.proj

    def __str__(self) -> str:
        text = f"_{self.local}"
        for elem in self.proj:
            text = f"{text}.{elem[1]}" if elem[0] == "field" else \
                f"{text}[_{elem[1]}]" if elem[0] == "index" else \
                f"{text}[{elem[1]}:-{elem[2]}]" if elem[0] == "subslice" else f"(*{text})"
        return text


@dataclass(frozen=True)
class Copy:
    place: Place
    span: object = None         # the expression that reads, for the borrow checker


@dataclass(frozen=True)
class Move:
    """The value at `place`, moved out (a non-`Copy` value: the place is dead after)."""
    place: Place
    span: object = None         # the expression that moves, for E0382
    # The value needs dropping (mir/build_drops.py): the machine empties the place, so
    # the drop at its scope's end skips it (rustc's drop flags, kept in the value).
    clear: bool = False


@dataclass(frozen=True)
class Const:
    value: object               # int, bool, str (for char and &str), () as ()
    ty: Ty


Operand = Union[Copy, Move, Const]


@dataclass
class Use:
    op: Operand


@dataclass
class BinaryOp:
    op: str                     # "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">="
    lhs: Operand
    rhs: Operand
    ty: Ty                      # the operands' type


@dataclass
class CheckedBinaryOp:
    """Produces the tuple (wrapped result, overflowed) for + - *."""
    op: str
    lhs: Operand
    rhs: Operand
    ty: Ty


@dataclass
class UnaryOp:
    op: str                     # "!" | "-"
    operand: Operand
    ty: Ty


@dataclass
class Aggregate:
    """A tuple built from its fields, in order."""
    ops: list[Operand]


@dataclass
class Repeat:
    """`[op; count]`: an array of `count` copies of the operand."""
    op: Operand
    count: int


@dataclass
class Len:
    """The length of the array at `place`, which is read (borrowed), not moved."""
    place: Place
    span: object = None


@dataclass
class Cast:
    """`op as ty` between primitive types (numeric, bool/char to int, u8 to char)."""
    op: Operand
    from_ty: Ty
    to_ty: Ty


@dataclass(frozen=True)
class FormatOptions:
    """core::fmt's Formatter options for one placeholder."""
    fill: str = " "
    align: str | None = None        # "<" | "^" | ">"
    sign_plus: bool = False
    alternate: bool = False
    zero_pad: bool = False
    width: int | None = None
    precision: int | None = None
    debug_hex: str | None = None    # "x" | "X" for `{:x?}`


@dataclass
class FormatArg:
    op: Operand
    ty: Ty
    trait: str                  # "" Display | "?" Debug | "x" "X" "o" "b" "e" "E"
    opts: FormatOptions = FormatOptions()
    width_op: Operand | None = None       # `{:w$}` / `{:1$}`: width from an argument
    precision_op: Operand | None = None   # `{:.p$}` / `{:.*}`


@dataclass
class Format:
    """Evaluates a format string to a str (format_args! + to_string, fused)."""
    pieces: list[str]
    args: list[FormatArg]       # one per placeholder, in order


@dataclass
class Uninit:
    """`let x;`: the local's storage is fresh and holds no value (rustc's StorageLive of
    a local without initialiser). The borrow checker treats the local as moved-out
    until it is assigned; in a loop, each round's `let` makes it uninitialised again."""


@dataclass
class Ref:
    """`&place` / `&mut place`: a pointer to the place (the machine's `Pointer`)."""
    place: Place
    mutable: bool
    span: object = None         # the borrow expression, for the borrow checker
    place_span: object = None   # the borrowed place expression (`x` in `&x`), for its notes
    # A `&str` borrowed from a `String` (a deref coercion): the machine holds it as the
    # text itself, so the pointer is read (mir/build_collections.py).
    text: bool = False


@dataclass
class MakeClosure:
    """A closure value: its captures in order (each a reference or a value, see
    typeck/closures.py) and the body to run, instantiated with `generic_args` (the
    enclosing function's type parameters, concrete in an instance)."""
    body: str
    ops: list[Operand]
    generic_args: tuple = ()


@dataclass(frozen=True)
class FnRef:
    """The value of a function item used as a value (`apply(double, 3)`): its body."""
    name: str
    generic_args: tuple = ()


Rvalue = Union[Use, BinaryOp, CheckedBinaryOp, UnaryOp, Cast, Aggregate, Repeat, Len, Format, Uninit, Ref,
               MakeClosure]


@dataclass
class Assign:
    place: Place
    rvalue: Rvalue
    span: Span


Statement = Assign


@dataclass
class Goto:
    target: int


@dataclass
class SwitchBool:
    cond: Operand
    if_true: int
    if_false: int


@dataclass
class Return:
    pass


@dataclass
class Unreachable:
    pass


@dataclass
class Call:
    func: str                   # a crate function's name
    args: list[Operand]
    dest: Place
    target: int
    span: Span
    # The callee's generic arguments (impl's then its own), concrete in a caller that
    # is not generic: the machine instantiates the callee with them (monomorphisation).
    generic_args: tuple = ()
    fn_span: Span | None = None  # the callee's path or method name ("borrow later used by call")
    # A trait method called through a bound (`<Self as Area>::area` on `x: &T`): the
    # type whose impl runs, `T` in the generic body and concrete in its instances.
    self_ty: Ty | None = None
    # Calling a value (a closure, a function item, a bounded `F`): the callee operand,
    # a reference to it for `Fn`/`FnMut` calls (`func` is then unused).
    callee: Operand | None = None
    # A generic trait's arguments for a call through a bound (`U::from(x)` with `U:
    # From<T>`): with `self_ty`, they select the impl (interp/trait_select.py).
    trait_args: tuple = ()


@dataclass
class Assert:
    """Continue to `target` if `cond == expected`, otherwise panic with `msg`
    (`msg` is rustc's AssertKind message, e.g. "attempt to add with overflow")."""
    cond: Operand
    expected: bool
    msg: str
    target: int
    span: Span
    # rustc's AssertKind: what is checked ("overflow", "div_zero", "rem_zero", "neg",
    # "bounds"), the operator and its operands (for the compile-time known-panics lints;
    # for "bounds" the operands are (len, index) and the message is built from them).
    kind: tuple = ()


@dataclass
class Intrinsic:
    """A call into the runtime: "print" / "eprint" (args: the text), "panic" (args:
    the message), "assert_failed" (args: kind, left, right, optional message)."""
    name: str
    args: list[Operand]
    dest: Place | None
    target: int | None          # None: never returns (panics)
    span: Span
    extra: tuple = ()


Terminator = Union[Goto, SwitchBool, Return, Unreachable, Call, Assert, Intrinsic]


def successors(t: Terminator) -> list[int]:
    """The blocks a terminator may continue at; a branch's `false` edge comes first
    (the order rustc's MIR visits `if`/`else` in, which the unused lints follow)."""
    if isinstance(t, Goto):
        return [t.target]
    if isinstance(t, SwitchBool):
        return [t.if_false, t.if_true]
    if isinstance(t, (Assert, Call)):
        return [t.target]
    if isinstance(t, Intrinsic):
        return [t.target] if t.target is not None else []
    return []


@dataclass
class BasicBlock:
    statements: list[Statement] = field(default_factory=list)
    terminator: Terminator | None = None


@dataclass
class AssignGroup:
    """One source-level assignment to a user variable (its `let` initialiser, an
    `x = ...` or an `x op= ...`) and the MIR locations that perform it (several when
    the value comes from an `if`). Liveness reports a group whose every write is dead."""
    local: int
    span: Span
    kind: str                   # "init" | "assign"
    locations: list[tuple[int, int]] = field(default_factory=list)  # (block, statement index;
                                                                     # == len(statements): terminator)


@dataclass
class Body:
    name: str
    arg_count: int
    locals: list[LocalDecl]
    blocks: list[BasicBlock]
    span: Span
    # Facts for the unused-code lints, recorded while building.
    var_reads: set[int] = field(default_factory=set)   # user variables read as values
    # (header, whole loop) spans of every loop, for the borrow checker's "inside of this loop"
    loops: list[tuple[Span, Span]] = field(default_factory=list)
    assign_groups: list[AssignGroup] = field(default_factory=list)
    # Writes through a reference (`*r = v`, `r.x += 1`): the place and the assignment.
    deref_writes: list[tuple[Place, Span]] = field(default_factory=list)
    method_spans: dict[int, Span] = field(default_factory=dict)   # block ending in a method call
    # Method calls (their blocks) whose arguments end a block before the call: rustc's MIR
    # moves the receiver into a temporary in an earlier block, so its E0382 says "value
    # moved here" rather than naming the call (borrowck/moves.py).
    receiver_moved_before: set[int] = field(default_factory=set)
    # `let _ = x;` (or any `let` pattern) reads `x` for liveness only (rustc's FakeRead:
    # no move, no borrow, no initialisation check): (block, statement index it comes before) -> locals.
    fake_reads: dict[tuple[int, int], set[int]] = field(default_factory=dict)
    # Iterables moved by a `for` loop's implicit `IntoIterator::into_iter` call: rustc's
    # borrow checker words such a move after that call.
    into_iter_moves: set[Span] = field(default_factory=set)
    # rustc's StorageDead: (block, statement index) -> [(local, span of the scope's end)],
    # the named locals whose scope ends before that statement (or the terminator).
    scope_ends: dict = field(default_factory=dict)
    # Enum discriminants read by pattern tests (mir/match_reads.py): (block, statement
    # index it comes before) -> [(enum place, scrutinee span)], for the move checker.
    discr_reads: dict = field(default_factory=dict)
    # Temporaries borrowed and dropped at their statement's end (mir/temporaries.py):
    # local -> (borrowed expression span, `;` span, the top-level statement or None).
    temp_borrows: dict = field(default_factory=dict)
    # The bodies of the closures written in this function (nested ones too), built with it,
    # and for the borrow checker's labels: each capture's borrow span -> (variable name,
    # the use in the closure that made it) and each `Fn`/`FnMut` call's callee span -> its
    # closure's `FnMut` origin (mir/build_closures.py).
    closure_bodies: list = field(default_factory=list)
    capture_uses: dict = field(default_factory=dict)
    closure_calls: dict = field(default_factory=dict)
    # Locals captured by value by a closure that mutates them: they need their `mut`.
    closure_mutated: set = field(default_factory=set)
    fn_refs: set = field(default_factory=set)      # functions used as values (`apply(f, 1)`)


@dataclass
class Program:
    bodies: dict[str, Body]
    adts: dict = field(default_factory=dict)   # struct name -> typeck.AdtLayout
    # (adt, "" for Display | "?" for Debug) -> the body of the learner's `fmt`
    trait_fmt: dict = field(default_factory=dict)
    # adt -> the body of the learner's `Ord::cmp` (std's sorts call it: interp/shims_ord.py)
    ord_impls: dict = field(default_factory=dict)
    pord_impls: dict = field(default_factory=dict)     # adt -> the learner's `partial_cmp`
    eq_impls: dict = field(default_factory=dict)       # adt -> the learner's `eq` (cmp_typed.py)
    # `#[track_caller]` functions: a panic inside reports its caller's location.
    track_caller: set = field(default_factory=set)
    # Trait impls for the machine's dispatch (interp/dyn_dispatch.py): each impl's key
    # text -> its self type; generic and instantiated impls by the head of their self
    # type -> [(trait, self type, key text, number of impl parameters)]; a cache.
    impl_selves: dict = field(default_factory=dict)
    matched_impls: dict = field(default_factory=dict)
    selected: dict = field(default_factory=dict)
    # An impl's key of a default method it keeps -> how many type parameters the impl
    # has: the trait's body takes only the method's own (typeck/trait_method_generics.py).
    default_params: dict = field(default_factory=dict)
    # Impls of generic traits and blanket impls, by trait: [(self type, trait arguments,
    # key text, number of impl parameters)] (interp/trait_select.py).
    generic_impls: dict = field(default_factory=dict)
    # Normalises a projection of concrete types (`<Map<..> as Iterator>::Item`), for the
    # trait arguments of such calls inside std's generic bodies (`B::from_iter(self)`).
    normalize: object = None
    # The ADTs with a `Drop` impl, whose values the machine's drop glue calls
    # (mir/build_drops.py, interp/drops.py).
    drop_adts: frozenset = frozenset()
    # Normalises the projections an instance's types hold once its parameters are
    # concrete (`<Range<i32> as Iterator>::Item` is `i32`): set by the driver.
    normalize: object = None
