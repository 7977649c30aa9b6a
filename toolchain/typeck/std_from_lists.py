"""std's `From` impls as rustc 1.95 lists them in E0277's "the following other types
implement trait `From<T>`" (recorded from rustc: `T::from(())` for each type), for
the types whose list rustc prints as text. The list includes impls Ferrite's std
does not model (`From<Ipv4Addr>`); types whose list rustc prints at std's source
places, with macro backtraces, are not here (the caller refuses them honestly).
"""

from __future__ import annotations

from ..types import Ty, display

_FROM: dict[str, list[str]] = {
    "i32": ["bool", "i16", "i8", "u16", "u8"],
    "i64": ["bool", "i16", "i32", "i8", "u16", "u32", "u8"],
    "i128": ["bool", "i16", "i32", "i64", "i8", "u16", "u32", "u64", "u8"],
    "u32": ["Ipv4Addr", "bool", "char", "std::ascii::Char", "u16", "u8"],
    "u64": ["bool", "char", "std::ascii::Char", "u16", "u32", "u8"],
    "u128": ["Ipv6Addr", "bool", "char", "std::ascii::Char", "u16", "u32", "u64", "u8"],
    "f32": ["bool", "i16", "i8", "u16", "u8"],
    "f64": ["bool", "f16", "f32", "i16", "i32", "i8", "u16", "u32", "u8"],
    "String": ["&String", "&mut str", "&str", "Box<str>", "Cow<'_, str>", "char"],
}


def listed(trait: str, s: Ty) -> list[str] | None:
    """rustc's lines for `s`'s impls of `trait`, or None when not recorded."""
    if trait != "From":
        return None
    got = _FROM.get(display(s))
    if got is None:
        return None
    return [f"`{display(s)}` implements `From<{a}>`" for a in got]
