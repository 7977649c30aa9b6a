"""std::fmt for the values the machine holds: the formatting traits and the
`Formatter` options (fill, align, sign, `#`, `0`, width, precision), following
core::fmt's `pad`, `pad_integral` and the integer radix impls.
"""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal
from ..mir.ir import FormatOptions as Options
from ..types import INT_BITS, Ty
from .numeric import to_float
from .pointer import DynPointer

PLAIN = Options()


def format_pieces(pieces: list[str], args: list[tuple[object, Ty, str, Options]],
                  adts: dict | None = None) -> str:
    out = [pieces[0]]
    for i, (value, ty, trait, opts) in enumerate(args):
        out.append(format_value(value, ty, trait, opts, adts))
        out.append(pieces[i + 1])
    return "".join(out)


# std's smart pointers whose Display/Debug forward to what they point to.
_FORWARD = ("Box", "Rc", "Ref", "RefMut", "Arc", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard")


def _cow_inner(value, b: Ty):
    """`Cow<B>`'s Display/Debug forward to `B`'s (std/borrow.rs): the borrowed `&B`,
    or the owned value (a `String` for `str`, a `Vec<T>` for `[T]`, else a `B`)."""
    if value[0] == 0:
        return value[1], Ty("ref", args=(b,))
    if b.kind == "str":
        return value[1], Ty("adt", "String")
    if b.kind != "slice":       # (a sized `B` is its own owned form: `impl<T: Clone> ToOwned for T`)
        return value[1], b
    return value[1], Ty("adt", "Vec", b.args)


def format_value(value, ty: Ty, trait: str, o: Options = PLAIN, adts: dict | None = None) -> str:
    k = ty.kind
    while (k == "ref" and ty.args[0].kind != "str") or (k == "adt" and ty.name in _FORWARD) \
            or (k == "adt" and ty.name == "Cow" and ty.args):
        if k == "adt" and ty.name == "Cow":
            value, ty = _cow_inner(value, ty.args[0])
            k = ty.kind
            continue
        # `impl Display/Debug for &T` (and `Box<T>`) forwards to T (a `&str` is held as the
        # string itself).
        value, ty = value.load(), (value.ty if type(value) is DynPointer else ty.args[0])
        k = ty.kind
    if k == "adt" and ty.name in _MAPS and trait == "?":
        return _debug_map(value, ty, o, adts)
    if k == "adt" and ty.name == "BinaryHeap":      # (std/collections/binary_heap.rs: its `data`)
        value, ty = value[0], Ty("adt", "Vec", ty.args)
    if k == "adt" and ty.name in ("String", "Vec", "VecDeque"):
        # std's String is held as its text, a Vec as the list of its elements (std/*.rs).
        ty = Ty("ref", args=(Ty("str"),)) if ty.name == "String" else Ty("slice", args=ty.args)
        k = ty.kind
    if k == "adt" and type(adts) is not dict and adts is not None:
        got = adts.user_fmt(value, ty, trait, o)   # the learner's Display/Debug (user_fmt.py)
        if got is not None:
            return got
    if trait == "?" and k == "adt" and ty.name == "Duration":     # (std/time.rs)
        from .shims_time import debug_duration
        return debug_duration(value, o)
    if trait == "?" and k == "adt":
        return _debug_adt(value, adts[ty.name], o, adts, ty.args)
    if trait == "?" and k in ("array", "slice"):
        return _debug_list([format_value(v, ty.args[0], "?", o, adts) for v in value], o.alternate)
    if trait == "?":
        if k == "char":
            return "'" + _escape(value, in_char=True) + "'"   # Debug of char/str ignores width
        if k == "ref" and ty.args[0].kind == "str":
            return '"' + "".join(_escape(c, in_char=False) for c in value) + '"'
        if k == "tuple":
            if not ty.args:
                return _pad("()", o)
            return _debug_tuple([format_value(v, t, "?", o, adts) for v, t in zip(value, ty.args)],
                                o.alternate)
        if k == "int" and o.debug_hex:
            return _radix(value, ty, 16, o.debug_hex == "X", "0x", o)
        if k == "float":
            return _float(value, ty.name, o, "debug")
        trait = ""
    if trait == "":
        if k == "int":
            return _pad_integral(value >= 0, "", str(abs(value)), o)
        if k == "float":
            return _float(value, ty.name, o, "display")
        if k == "bool":
            return _pad("true" if value else "false", o)
        if k == "char" or (k == "ref" and ty.args[0].kind == "str"):
            return _pad(value, o)
    if k == "int":
        if trait in ("x", "X"):
            return _radix(value, ty, 16, trait == "X", "0x", o)
        if trait == "o":
            return _radix(value, ty, 8, False, "0o", o)
        if trait == "b":
            return _radix(value, ty, 2, False, "0b", o)
        if trait in ("e", "E"):
            return _int_exp(value, trait == "E", o)
    if k == "float" and trait in ("e", "E"):
        return _float(value, ty.name, o, "exp", upper=trait == "E")
    raise AssertionError(f"formatting {ty} with {{:{trait}}} reached the machine")


def debug(value, ty: Ty, adts: dict | None = None) -> str:
    return format_value(value, ty, "?", PLAIN, adts)


def _debug_adt(value: list, adt, o: Options, adts: dict, args: tuple = ()) -> str:
    """`#[derive(Debug)]`: debug_struct / debug_tuple / the bare name; an enum prints
    the variant it holds (its value is [discriminant, fields...]). `args` are a generic
    type's arguments, for its fields' types."""
    if adt.kind == "enum":
        adt = adt.variant_of(value[0])
        value = value[1:]
    from ..types import subst
    fields = [format_value(v, subst(t, args), "?", o, adts) for v, t in zip(value, adt.tys)]
    name = adt.name.rsplit("::", 1)[-1]     # (a module's struct is keyed `report::Line`)
    if adt.kind == "unit":
        return name
    if adt.kind == "tuple":
        return _debug_tuple(fields, o.alternate, name)
    if o.alternate:
        return name + " {\n" + "".join(_indent(f"{n}: {f}") + ",\n"
                                      for n, f in zip(adt.names, fields)) + "}"
    return name + " { " + ", ".join(f"{n}: {f}" for n, f in zip(adt.names, fields)) + " }"


# -- core::fmt::builders -----------------------------------------------------------------

# std::collections' maps and sets (interp/shims_map.py holds them as a MapValue).
_MAPS = ("HashMap", "BTreeMap", "HashSet", "BTreeSet")


def _debug_map(value, ty: Ty, o: Options, adts) -> str:
    """debug_map (`{k: v, ..}`) and debug_set (`{k, ..}`), one entry per line with `{:#?}`."""
    if len(ty.args) == 2:
        items = [format_value(k, ty.args[0], "?", o, adts) + ": "
                 + format_value(v, ty.args[1], "?", o, adts) for k, v in value.entries]
    else:
        items = [format_value(k, ty.args[0], "?", o, adts) for k, _ in value.entries]
    if o.alternate and items:
        return "{\n" + "".join(_indent(i) + ",\n" for i in items) + "}"
    return "{" + ", ".join(items) + "}"


def _indent(text: str) -> str:
    """PadAdapter: every line of a field's pretty Debug output indented by four spaces."""
    return "\n".join(("    " + line) if line else line for line in text.split("\n"))


def _debug_list(items: list[str], pretty: bool) -> str:
    """debug_list: `[a, b]`, or one element per line with `{:#?}`; `[]` when empty."""
    if pretty and items:
        return "[\n" + "".join(_indent(i) + ",\n" for i in items) + "]"
    return "[" + ", ".join(items) + "]"


def _debug_tuple(items: list[str], pretty: bool, name: str = "") -> str:
    if pretty:
        return name + "(\n" + "".join(_indent(i) + ",\n" for i in items) + ")"
    if len(items) == 1 and not name:
        return f"({items[0]},)"
    return name + "(" + ", ".join(items) + ")"


# -- core::fmt::Formatter::pad / pad_integral --------------------------------------------

def _padding(text: str, o: Options, default_align: str) -> str:
    width = o.width
    n = len(text)
    if width is None or n >= width:
        return text
    pad = width - n
    align = o.align or default_align
    if align == "<":
        return text + o.fill * pad
    if align == ">":
        return o.fill * pad + text
    left = pad // 2
    return o.fill * left + text + o.fill * (pad - left)


def _pad(s: str, o: Options) -> str:
    """`Formatter::pad`: strings, chars, bools. Precision truncates; default left."""
    if o.precision is not None:
        s = s[:o.precision]
    return _padding(s, o, "<")


def _pad_integral(nonneg: bool, prefix: str, digits: str, o: Options) -> str:
    sign = "-" if not nonneg else ("+" if o.sign_plus else "")
    head = sign + (prefix if o.alternate else "")
    if o.width is not None and o.zero_pad and len(head) + len(digits) < o.width:
        # Zero padding goes between the sign/prefix and the digits; fill and align are ignored.
        return head + digits.rjust(o.width - len(head), "0")
    return _padding(head + digits, o, ">")


def _radix(value: int, ty: Ty, base: int, upper: bool, prefix: str, o: Options) -> str:
    # Signed values print their two's complement bit pattern, as Rust does.
    if value < 0:
        value += 1 << INT_BITS[ty.name]
    digits = {16: "x", 8: "o", 2: "b"}[base]
    text = format(value, digits)
    if upper:
        text = text.upper()
    return _pad_integral(True, prefix, text, o)


def _int_exp(value: int, upper: bool, o: Options) -> str:
    digits = str(abs(value))
    exp = len(digits) - 1
    mant = digits
    if o.precision is not None:
        keep = o.precision + 1
        if len(mant) > keep:
            # round half to even on the dropped digits
            head, rest = int(mant[:keep]), mant[keep:]
            half = "5" + "0" * (len(rest) - 1)
            if rest > half or (rest == half and head % 2 == 1):
                head += 1
            mant = str(head)
            if len(mant) > keep:      # 9.99 -> 10.0
                exp += 1
                mant = mant[:keep]
        mant = mant.ljust(keep, "0")
    else:
        mant = mant.rstrip("0") or "0"
    text = mant[0] + ("." + mant[1:] if len(mant) > 1 else "")
    text += ("E" if upper else "e") + str(exp)
    return _pad_integral(value >= 0, "", text, o)


# -- floats (core::fmt::float) -----------------------------------------------------------

def shortest_digits(x: float, name: str) -> tuple[str, int]:
    """The shortest decimal digits that read back as `x` in its type, and the decimal
    exponent of the first digit (x = d.ddd * 10**exp); x is finite and positive."""
    if name == "f32":
        for p in range(9):
            text = f"{x:.{p}e}"
            if to_float(float(text), "f32") == x:
                break
    else:
        text = f"{Decimal(repr(x)):e}"   # repr is the shortest round-trip form
    mant, exp = text.split("e")
    digits = mant.replace(".", "").rstrip("0") or "0"
    return digits, int(exp)


def _positional(digits: str, exp: int) -> str:
    n = len(digits)
    if exp >= n - 1:
        return digits + "0" * (exp - n + 1)
    if exp >= 0:
        return digits[:exp + 1] + "." + digits[exp + 1:]
    return "0." + "0" * (-exp - 1) + digits


def _exponential(digits: str, exp: int, upper: bool) -> str:
    text = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return text + ("E" if upper else "e") + str(exp)


def _float(x: float, name: str, o: Options, style: str, upper: bool = False) -> str:
    if math.isnan(x):
        return _padding("NaN", o, ">")
    negative = math.copysign(1.0, x) < 0
    a = abs(x)
    if math.isinf(a):
        body = "inf"
    elif style == "exp":
        if o.precision is not None:
            mant, exp = f"{a:.{o.precision}e}".split("e")
            body = mant + ("E" if upper else "e") + str(int(exp))
        else:
            body = _exponential(*_digits_or_zero(a, name), upper)
    elif o.precision is not None:
        body = f"{a:.{o.precision}f}"
    elif style == "debug" and a != 0.0 and (a < 1e-4 or a >= 1e16):
        body = _exponential(*shortest_digits(a, name), False)
    else:
        body = _positional(*_digits_or_zero(a, name))
        if style == "debug" and "." not in body:
            body += ".0"
    sign = "-" if negative else ("+" if o.sign_plus else "")
    if o.width is not None and o.zero_pad and len(sign) + len(body) < o.width:
        return sign + body.rjust(o.width - len(sign), "0")
    return _padding(sign + body, o, ">")


def _digits_or_zero(a: float, name: str) -> tuple[str, int]:
    return ("0", 0) if a == 0.0 else shortest_digits(a, name)


# -- char::escape_debug ----------------------------------------------------------------------

_SIMPLE = {"\t": "\\t", "\r": "\\r", "\n": "\\n", "\\": "\\\\", "\0": "\\0"}


def _escape(c: str, in_char: bool) -> str:
    """A char's Debug escapes `'`, a str's Debug escapes `"`; non-printables as \\u{..}."""
    if c in _SIMPLE:
        return _SIMPLE[c]
    if c == "'" and in_char:
        return "\\'"
    if c == '"' and not in_char:
        return '\\"'
    cat = unicodedata.category(c)
    if cat in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") or (cat == "Zs" and c != " "):
        return "\\u{%x}" % ord(c)
    return c
