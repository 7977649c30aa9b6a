"""std::fmt for the values the machine holds: the formatting traits and the
`Formatter` options (fill, align, sign, `#`, `0`, width, precision), following
core::fmt's `pad`, `pad_integral` and the integer radix impls.
"""

from __future__ import annotations

import unicodedata
from ..mir.ir import FormatOptions as Options
from ..types import INT_BITS, Ty

PLAIN = Options()


def format_pieces(pieces: list[str], args: list[tuple[object, Ty, str, Options]]) -> str:
    out = [pieces[0]]
    for i, (value, ty, trait, opts) in enumerate(args):
        out.append(format_value(value, ty, trait, opts))
        out.append(pieces[i + 1])
    return "".join(out)


def format_value(value, ty: Ty, trait: str, o: Options = PLAIN) -> str:
    k = ty.kind
    if trait == "?":
        if k == "char":
            return "'" + _escape(value, in_char=True) + "'"   # Debug of char/str ignores width
        if k == "ref" and ty.args[0].kind == "str":
            return '"' + "".join(_escape(c, in_char=False) for c in value) + '"'
        if k == "tuple" and not ty.args:
            return _pad("()", o)
        if k == "int" and o.debug_hex:
            return _radix(value, ty, 16, o.debug_hex == "X", "0x", o)
        trait = ""
    if trait == "":
        if k == "int":
            return _pad_integral(value >= 0, "", str(abs(value)), o)
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
    raise AssertionError(f"formatting {ty} with {{:{trait}}} reached the machine")


def debug(value, ty: Ty) -> str:
    return format_value(value, ty, "?")


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
