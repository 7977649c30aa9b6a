"""std::fmt for the values the machine holds: Display and Debug as Rust prints them."""

from __future__ import annotations

import unicodedata

from ..types import Ty


def format_pieces(pieces: list[str], args: list[tuple[object, Ty, str]]) -> str:
    out = [pieces[0]]
    for i, (value, ty, trait) in enumerate(args):
        out.append(debug(value, ty) if trait == "?" else display(value, ty))
        out.append(pieces[i + 1])
    return "".join(out)


def display(value, ty: Ty) -> str:
    k = ty.kind
    if k == "bool":
        return "true" if value else "false"
    if k == "int":
        return str(value)
    if k == "char":
        return value
    if k == "ref" and ty.args[0].kind == "str":
        return value
    raise AssertionError(f"Display of {ty} reached the machine")


def debug(value, ty: Ty) -> str:
    k = ty.kind
    if k == "char":
        return "'" + _escape(value, in_char=True) + "'"
    if k == "ref" and ty.args[0].kind == "str":
        return '"' + "".join(_escape(c, in_char=False) for c in value) + '"'
    if k == "tuple" and not ty.args:
        return "()"
    return display(value, ty)


_SIMPLE = {"\t": "\\t", "\r": "\\r", "\n": "\\n", "\\": "\\\\", "\0": "\\0"}


def _escape(c: str, in_char: bool) -> str:
    """`char::escape_debug`: a char's Debug escapes `'`, a str's Debug escapes `"`."""
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
