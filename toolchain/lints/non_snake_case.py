"""non_snake_case (rustc_lint::nonstandard_style::NonSnakeCase, a late lint): function
names, parameters and local bindings, and struct field names, that are not snake case."""

from __future__ import annotations

from ..diagnostics.model import Diagnostic, Suggestion

LEVEL_NOTE = "`#[warn(non_snake_case)]` (part of `#[warn(nonstandard_style)]`) on by default"

# Keywords a converted name must not collide with (rustc then suggests `r#name`).
_RESERVED = {"as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
             "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
             "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
             "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become",
             "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual",
             "yield", "try", "gen"}


def is_snake_case(ident: str) -> bool:
    ident = ident.lstrip("'").strip("_")
    allow_underscore = True
    for c in ident:
        if c == "_":
            if not allow_underscore:
                return False
            allow_underscore = False
        elif not c.isupper():
            allow_underscore = True
        else:
            return False
    return True


def to_snake_case(name: str) -> str:
    words: list[str] = []
    stripped = name.lstrip("_")
    words.extend("" for _ in range(len(name) - len(stripped)))
    for s in stripped.split("_"):
        if not s:
            continue
        last_upper = False
        buf = ""
        for ch in s:
            if buf and buf != "'" and ch.isupper() and not last_upper:
                words.append(buf)
                buf = ""
            last_upper = ch.isupper()
            buf += ch.lower()
        words.append(buf)
    return "_".join(words)


def check_snake_case(sort: str, name: str, span, out) -> None:
    if is_snake_case(name):
        return
    sc = to_snake_case(name)
    # Without a different snake case form (letters without case), rustc only labels.
    label = "should have a snake_case name" if sc == name else None
    d = Diagnostic.warning(f"{sort} `{name}` should have a snake case name", span, label)
    if sc != name and sc not in _RESERVED:
        d.help("convert the identifier to snake case",
               suggestions=[Suggestion(span, sc, "MaybeIncorrect")])
    elif sc != name:
        d.help("rename the identifier or convert it to a snake case raw identifier",
               suggestions=[Suggestion(span, f"r#{sc}", "MaybeIncorrect")])
    out.emit("non_snake_case", d, level_note=LEVEL_NOTE)
