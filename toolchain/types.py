"""Semantic types: immutable, hashable values shared by typeck, MIR and the interpreter.

Types are never mutated; inference variables are resolved through the inference
table in `typeck.infer`, which substitutes them away before MIR lowering.
"""

from __future__ import annotations

from dataclasses import dataclass

INT_NAMES = ("i8", "i16", "i32", "i64", "i128", "isize",
             "u8", "u16", "u32", "u64", "u128", "usize")

# Bit widths. isize/usize are 64-bit, as on the x86_64 and wasm64-like targets learners
# run cargo on (the browser is not the target: the program's semantics are rustc's on
# a 64-bit host).
INT_BITS = {"i8": 8, "i16": 16, "i32": 32, "i64": 64, "i128": 128, "isize": 64,
            "u8": 8, "u16": 16, "u32": 32, "u64": 64, "u128": 128, "usize": 64}


FLOAT_NAMES = ("f32", "f64")


def int_range(name: str) -> tuple[int, int]:
    bits = INT_BITS[name]
    if name.startswith("i"):
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


@dataclass(frozen=True, slots=True)
class Ty:
    """kind: "int" (name), "float" (name), "adt" (name, args = its generic arguments),
    "param" (name, id = its index in the item's generics: impl's first, then the fn's), "bool", "char", "str", "ref" (args=(inner,), mutable),
    "ptr" (args=(pointee,), mutable: a raw pointer), "tuple" (args = elements; () is unit), "array" (args=(elem,), name = the length in
    decimal: see `array`), "slice" (args=(elem,)), "never", "fndef" (name = fn name),
    "var" (id: general inference variable), "intvar" / "floatvar" (id: integer or float
    literal variable),
    "error" (a type error already reported: unifies with everything, silences cascades)."""
    kind: str
    name: str = ""
    args: tuple["Ty", ...] = ()
    mutable: bool = False
    id: int = -1

    # -- predicates ---------------------------------------------------------------
    @property
    def is_int(self) -> bool:
        return self.kind == "int"

    @property
    def is_float(self) -> bool:
        return self.kind == "float"

    @property
    def is_numeric(self) -> bool:
        return self.kind in ("int", "float")

    @property
    def is_signed(self) -> bool:
        return self.kind == "int" and self.name.startswith("i")

    @property
    def is_unit(self) -> bool:
        return self.kind == "tuple" and not self.args

    @property
    def is_never(self) -> bool:
        return self.kind == "never"

    @property
    def is_error(self) -> bool:
        return self.kind == "error"

    @property
    def references_error(self) -> bool:
        """An error type anywhere inside (`&{type error}`): rustc's `references_error`,
        which silences the errors that would only follow from an earlier one."""
        return self.kind == "error" or any(isinstance(a, Ty) and a.references_error
                                           for a in self.args)

    @property
    def is_infer(self) -> bool:
        return self.kind in ("var", "intvar", "floatvar")

    def __str__(self) -> str:
        return display(self)


def int_ty(name: str) -> Ty:
    return Ty("int", name)


def float_ty(name: str) -> Ty:
    return Ty("float", name)


BOOL = Ty("bool")
CHAR = Ty("char")
STR = Ty("str")
UNIT = Ty("tuple")
NEVER = Ty("never")
ERROR = Ty("error")
STR_REF = Ty("ref", args=(STR,))


def ref(inner: Ty, mutable: bool = False) -> Ty:
    return Ty("ref", args=(inner,), mutable=mutable)


def array(elem: Ty, length: int) -> Ty:
    """`[elem; length]`. The length lives in `name` (as rustc prints it), so equality,
    hashing and unification compare it with no special case; a const generic length
    will later be a parameter's name in the same slot."""
    return Ty("array", str(length), (elem,))


def slice_ty(elem: Ty) -> Ty:
    """`[elem]`, unsized: it is only ever seen behind a reference (`&[T]`)."""
    return Ty("slice", args=(elem,))


def array_of(elem: Ty, length: Ty) -> Ty:
    """`[elem; length]` with its length as a type-level constant: a const parameter
    (`[T; N]`, resolve/const_params.py) or an inference variable stays in `args[1]`
    with an empty `name`; a known value (`Ty("const", "3")`) is folded back into the
    one form every concrete array has, so that `[i32; 3]` is one value."""
    if length.kind == "const":
        return Ty("array", length.name, (elem,))
    return Ty("array", "", (elem, length))


def array_length(t: Ty) -> Ty:
    """An array type's length as a type-level constant (see `array_of`)."""
    return t.args[1] if len(t.args) > 1 else Ty("const", t.name)


def array_len(t: Ty) -> int:
    """A concrete array's length (generic bodies are instantiated before they run)."""
    return int(t.name)


PRIMITIVES = {name: int_ty(name) for name in INT_NAMES}
PRIMITIVES.update({name: float_ty(name) for name in FLOAT_NAMES})
PRIMITIVES.update({"bool": BOOL, "char": CHAR, "str": STR})


# std structs that rustc declares with a lifetime parameter (`Iter<'a, T>`): Ferrite's
# have none, yet they hold a borrow (borrowck/places.py) and show their `'_`.
BORROWING_ADTS = frozenset({"std::slice::Iter", "std::slice::IterMut", "std::str::Chars",
                            "std::vec::Drain", "std::str::MatchIndices", "std::str::RMatchIndices",
                            "std::str::CharIndices", "std::str::Bytes",
                            "std::str::SplitWhitespace", "std::str::Split", "std::str::Lines",
                            "std::slice::Windows", "std::slice::Chunks", "Ref", "RefMut",
                            "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard"}) | frozenset(
    f"std::collections::{m}::{s}" for m, names in (
        ("hash_map", ("Entry", "Iter", "IterMut", "Keys", "Values", "ValuesMut")),
        ("btree_map", ("Entry", "Iter", "IterMut", "Keys", "Values", "ValuesMut")),
        ("hash_set", ("Iter", "Union", "Intersection", "Difference", "SymmetricDifference")),
        ("btree_set", ("Iter", "Union", "Intersection", "Difference", "SymmetricDifference")),
        ("vec_deque", ("Iter", "IterMut"))) for s in names)   # (std::collections)
# std structs keyed by their full path whose names rustc does not trim in the
# `expected struct X` notes (std has several of the name).
UNTRIMMED_ADTS = frozenset({"std::slice::Iter", "std::slice::IterMut", "std::vec::IntoIter",
                            "std::array::IntoIter", "std::ops::Range",
                            "std::ops::RangeInclusive", "std::str::Split",
                            "std::str::Bytes", "std::fmt::Error"})


# std types whose name std has twice (`std::sync::mpmc::Sender` too), which rustc does
# not trim in its notes and borrow checker messages (only its E0308 labels force the
# short name): keyed by their name unless the learner's crate has a namesake (then
# they are keyed by their path, _SHADOWED_STD).
NEVER_TRIMMED = {"Sender": "std::sync::mpsc::Sender", "Receiver": "std::sync::mpsc::Receiver",
                 # (and `std::sync::nonpoison`'s locks)
                 "Mutex": "std::sync::Mutex", "MutexGuard": "std::sync::MutexGuard",
                 "RwLock": "std::sync::RwLock",
                 "RwLockReadGuard": "std::sync::RwLockReadGuard",
                 "RwLockWriteGuard": "std::sync::RwLockWriteGuard"}


# std types whose name is not unique in std, which rustc's exhaustiveness notes and
# E0382's "move occurs because" label show by their full path (its other diagnostics
# trim them).
UNTRIMMED_STD = frozenset({"std::cmp::Ordering", "std::slice::Iter", "std::slice::IterMut",
                           "std::vec::IntoIter", "std::str::Bytes", "std::str::Lines",
                           "std::str::Split"}
                          | {f"std::collections::{m}::{n}"
                             for m in ("hash_map", "hash_set", "btree_map", "btree_set",
                                       "vec_deque")
                             for n in ("Iter", "IterMut", "IntoIter", "Keys", "Values")})


# The program's structs and enums with lifetime parameters, by name, with how many
# (published by resolve/lifetime_params.py): types erase regions, and rustc shows each
# as `'_` (`Label<'_>`), as it does for std's BORROWING_ADTS.
_REGION_PARAMS: list = [{}]


def set_region_params(counts: dict) -> None:
    _REGION_PARAMS[0] = counts


# std's types the learner's crate has a namesake of (`enum Ordering`), keyed by their
# paths then (resolve/std_shadow.rekey): rustc writes a name two crates share whole,
# `std::cmp::Ordering` (published per check by resolve/prelude.py).
_SHADOWED_STD: list = [frozenset()]


def set_shadowed_std(keys: frozenset) -> None:
    _SHADOWED_STD[0] = keys


# std's types the learner's crate root has a type alias of the name of (`type Result<T>
# = std::result::Result<T, MyError>;`), name -> path: rustc writes the std type whole
# where it does not force short names (notes, "because of return type"), as for
# NEVER_TRIMMED (published per check by resolve/prelude.py).
_ALIASED_STD: list = [{}]


def set_aliased_std(names: dict) -> None:
    _ALIASED_STD[0] = names


def untrimmed_name(key: str, short: str) -> str:
    """The name of std type `key` in a note that writes it as `short`: its path when
    rustc does not trim it (NEVER_TRIMMED, _ALIASED_STD)."""
    if key in NEVER_TRIMMED and NEVER_TRIMMED[key] not in _SHADOWED_STD[0]:
        return NEVER_TRIMMED[key]
    return _ALIASED_STD[0].get(key, short)


def shadowed_std(name: str) -> bool:
    return name in _SHADOWED_STD[0]


def display(t: Ty, full: bool = False, untrimmed: bool = False) -> str:
    """The type as rustc writes it inside backticks in diagnostics (`full`: with the
    std paths rustc's `expected X / found Y` notes keep; `untrimmed`: as the pattern
    checker's notes write std types whose name std has twice, `std::cmp::Ordering`)."""
    k = t.kind
    if k == "adt":
        # A type of a module (`a::Point`) shows by its name, as rustc's trimmed paths do.
        name = t.name if full and t.name in UNTRIMMED_ADTS else t.name.rsplit("::", 1)[-1]
        if untrimmed and t.name in UNTRIMMED_STD or t.name in _SHADOWED_STD[0]:
            name = t.name
        elif (full or untrimmed) and t.name in NEVER_TRIMMED \
                and NEVER_TRIMMED[t.name] not in _SHADOWED_STD[0]:
            name = NEVER_TRIMMED[t.name]
        elif (full or untrimmed) and t.name in _ALIASED_STD[0]:
            name = _ALIASED_STD[0][t.name]
        args = [display(a, full, untrimmed) for a in t.args]
        if t.name in BORROWING_ADTS:
            args.insert(0, "'_")
        elif t.name in _REGION_PARAMS[0]:
            args[0:0] = ["'_"] * _REGION_PARAMS[0][t.name]
        if args:
            return name + "<" + ", ".join(args) + ">"
        return name
    if k in ("int", "float", "param"):
        return t.name
    if k in ("bool", "char", "str"):
        return k
    if k == "ref":
        return ("&mut " if t.mutable else "&") + display(t.args[0], full, untrimmed)
    if k == "ptr":      # a raw pointer (typeck/raw_ptrs.py)
        return ("*mut " if t.mutable else "*const ") + display(t.args[0], full, untrimmed)
    if k == "tuple":
        if len(t.args) == 1:
            return f"({display(t.args[0], full, untrimmed)},)"
        return "(" + ", ".join(display(a, full, untrimmed) for a in t.args) + ")"
    if k == "array":
        n = t.name or display(t.args[1])
        return f"[{display(t.args[0], full, untrimmed)}; {n}]"
    if k == "const":    # a const generic argument (`Grid<3>`, resolve/const_params.py)
        return t.name
    if k == "slice":
        return f"[{display(t.args[0], full, untrimmed)}]"
    if k == "never":
        return "!"
    if k == "dyn" and t.args:   # `dyn Fn(i32) -> i32` (typeck/dyn_fn.py)
        params = ", ".join(display(a, full, untrimmed) for a in t.args[0].args)
        ret = "" if t.args[1].is_unit else " -> " + display(t.args[1], full, untrimmed)
        return f"dyn {t.name}({params}){ret}"
    if k == "dyn":      # a trait object: name = the trait's key
        autos = "".join(f" + {a}" for a, bit in (("Send", 1), ("Sync", 2))
                        if t.id > 0 and t.id & bit)     # (id: resolve/dyn_types.py)
        if full and t.name == "Error":     # (std's, whose name std has twice: `fmt::Error`)
            return "dyn std::error::Error" + autos
        return "dyn " + t.name.rsplit("::", 1)[-1] + autos
    if k == "fnptr":    # `fn(i32) -> i32` (typeck/fn_ptr.py)
        params = ", ".join(display(a, full, untrimmed) for a in t.args[0].args)
        ret = "" if t.args[1].is_unit else " -> " + display(t.args[1], full, untrimmed)
        return f"fn({params}){ret}"
    if k == "fndef":
        return f"fn() {{{t.name}}}"
    if k in ("ctor", "variant_ctor"):
        return f"fn(..) -> {t.name.rsplit('::', 1)[0]} {{{t.name}}}"
    if k in ("param", "std"):
        # A type parameter (`Self` in a trait) / a std type named as rustc prints it
        # (`Formatter<'_>`); see typeck/traits.py.
        return t.name
    if k == "proj":     # `<T as Trait>::Item` (typeck/projection.py)
        trait, name = t.name.rsplit("::", 1)
        shown = trait.rsplit('::', 1)[-1]
        if len(t.args) > 1 and any(a != t.args[0] for a in t.args[1:]):
            # (`<u8 as TryFrom<i32>>::Error`; the default `Rhs = Self` is not shown)
            shown += "<" + ", ".join(display(a) for a in t.args[1:]) + ">"
        return f"<{display(t.args[0])} as {shown}>::{name}"
    if k in ("closure", "opaque"):
        return t.name       # `{closure@main.rs:3:13: 3:16}`, `impl Fn(i32) -> i32`
    if k == "intvar":
        return "{integer}"
    if k == "floatvar":
        return "{float}"
    if k == "var":
        return "_"
    return "{type error}"


def describe(t: Ty) -> str:
    """The type as rustc names it in `expected X, found Y` labels: concrete types in
    backticks, an unresolved integer literal as the bare word `integer`."""
    if t.kind == "intvar":
        return "integer"
    if t.kind == "floatvar":
        return "floating-point number"
    if t.kind == "fndef":
        return "fn item"
    if t.kind == "fnptr":
        return "fn pointer"
    if t.kind == "closure":
        return "closure"
    if t.kind == "param":
        return f"type parameter `{t.name}`"
    if t.kind == "opaque" and not t.name.startswith("impl Fn"):
        return "opaque type"      # (`-> impl Iterator<..>`: typeck/opaque.py)
    return f"`{display(t)}`"


def subst(t: Ty, args: tuple) -> Ty:
    """`t` with each type parameter `param(i)` replaced by `args[i]` (a new value:
    types are never mutated). Parameters beyond `args` stay as they are."""
    if t.kind == "param":
        return args[t.id] if 0 <= t.id < len(args) else t
    if not t.args:
        return t
    new = tuple(subst(a, args) for a in t.args)
    if new == t.args:
        return t
    if t.kind == "array" and len(new) > 1:      # `[T; N]` with `N` known
        return array_of(new[0], new[1])
    return Ty(t.kind, t.name, new, t.mutable, t.id)


def is_box(t: Ty) -> bool:
    """`Box<T>`: std's box, which the compiler derefs built in (rustc's `Ty::is_box`)."""
    return t.kind == "adt" and t.name == "Box" and len(t.args) == 1


def builtin_deref(t: Ty) -> Ty | None:
    """What `*t` is without a `Deref` impl: a reference's or a box's target."""
    if t.kind == "ref" or (t.kind == "adt" and t.name == "Box" and len(t.args) == 1):
        return t.args[0]
    return None


def has_params(t: Ty) -> bool:
    return t.kind == "param" or any(has_params(a) for a in t.args)


def _f32(bits: int) -> float:
    import struct
    return struct.unpack("<f", struct.pack("<I", bits))[0]


def _prim_consts() -> dict[tuple[str, str], tuple[object, Ty]]:
    import math
    import sys
    out: dict[tuple[str, str], tuple[object, Ty]] = {}
    for name in INT_NAMES:
        lo, hi = int_range(name)
        t = int_ty(name)
        out[(name, "MIN")] = (lo, t)
        out[(name, "MAX")] = (hi, t)
        out[(name, "BITS")] = (INT_BITS[name], int_ty("u32"))
    f64, f32 = float_ty("f64"), float_ty("f32")
    out[("f64", "MAX")] = (sys.float_info.max, f64)
    out[("f64", "MIN")] = (-sys.float_info.max, f64)
    out[("f64", "MIN_POSITIVE")] = (sys.float_info.min, f64)
    out[("f64", "EPSILON")] = (sys.float_info.epsilon, f64)
    out[("f32", "MAX")] = (_f32(0x7F7FFFFF), f32)
    out[("f32", "MIN")] = (-_f32(0x7F7FFFFF), f32)
    out[("f32", "MIN_POSITIVE")] = (_f32(0x00800000), f32)
    out[("f32", "EPSILON")] = (_f32(0x34000000), f32)
    for t in (f32, f64):
        out[(t.name, "INFINITY")] = (math.inf, t)
        out[(t.name, "NEG_INFINITY")] = (-math.inf, t)
        out[(t.name, "NAN")] = (math.nan, t)
    return out


# `i32::MAX`, `f64::EPSILON`, ...: the associated constants of primitive types.
PRIM_CONSTS = _prim_consts()


def int_const_str(v: int, ty: Ty) -> str:
    """An integer constant as rustc prints it in diagnostics: `5_i32`, `i32::MAX`, and
    `i32::MIN` for a signed type's minimum."""
    lo, hi = int_range(ty.name)
    if v == hi:
        return f"{ty.name}::MAX"
    if v == lo and lo != 0:
        return f"{ty.name}::MIN"
    return f"{v}_{ty.name}"
