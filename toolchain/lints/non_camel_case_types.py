"""non_camel_case_types (rustc_lint::nonstandard_style::NonCamelCaseTypes, an early lint):
type names (structs, enums, variants) that are not upper camel case."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion

LEVEL_NOTE = "`#[warn(non_camel_case_types)]` (part of `#[warn(nonstandard_style)]`) on by default"


def _has_case(c: str) -> bool:
    return c.lower() != c.upper()


def is_camel_case(name: str) -> bool:
    name = name.strip("_")
    if not name:
        return True
    if name[0].islower() or "__" in name:
        return False
    return not any((_has_case(a) and b == "_") or (_has_case(b) and a == "_")
                   for a, b in zip(name, name[1:]))


def to_camel_case(s: str) -> str:
    parts = []
    for component in s.strip("_").split("_"):
        if not component:
            continue
        out = ""
        new_word = True
        prev_lower = True
        for c in component:
            if prev_lower and c.isupper():
                new_word = True
            out += c.upper() if new_word else c.lower()
            prev_lower = c.islower()
            new_word = False
        parts.append(out)
    acc = ""
    prev = None
    for nxt in parts:
        join = prev is not None and not _has_case(prev[-1]) and not _has_case(nxt[0])
        acc += ("_" if join else "") + nxt
        prev = nxt
    return acc


def check_camel_case(sort: str, name: str, span, out) -> None:
    if is_camel_case(name):
        return
    cc = to_camel_case(name)
    label = "should have an UpperCamelCase name" if cc == name else None
    d = Diagnostic.warning(f"{sort} `{name}` should have an upper camel case name", span, label)
    if cc != name:
        d.help("convert the identifier to upper camel case",
               suggestions=[Suggestion(span, cc, "MaybeIncorrect")])
    out.emit("non_camel_case_types", d, level_note=LEVEL_NOTE)
