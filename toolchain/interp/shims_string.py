"""std's `String` and `str` intrinsics (toolchain/std/string.rs). A `String` and a
`&str` are both the Python text itself; `&mut String` is a Pointer to the `String`'s
place, so a mutation stores the new text there."""

from __future__ import annotations


def string_new(m, *_):
    return ""


def str_to_string(m, s):
    return s


def string_push_str(m, p, s):
    p.store(p.load() + s)
    return ()


def string_push(m, p, c):
    p.store(p.load() + c)
    return ()


def string_pop(m, p):
    s = p.load()
    if not s:
        return [0]
    p.store(s[:-1])
    return [1, s[-1]]


def string_as_str(m, p):
    return p.load()


def string_clear(m, p):
    p.store("")
    return ()


def str_len(m, s):
    if not isinstance(s, str):
        s = s.load()          # `String::len(&self)`
    return len(s.encode("utf-8"))


def str_to_uppercase(m, s):
    return s.upper()


def str_to_lowercase(m, s):
    return s.lower()


def str_trim(m, s):
    # Rust's `White_Space` property; Python's `str.strip()` agrees except for a few
    # separators (U+001C..U+001F), which Rust does not trim.
    return s.strip(" \t\n\x0b\x0c\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                   "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def str_contains(m, s, pat):
    return pat in s


def str_starts_with(m, s, pat):
    return s.startswith(pat)


def str_ends_with(m, s, pat):
    return s.endswith(pat)


SHIMS = {name: f for name, f in globals().items()
         if name.startswith(("string_", "str_")) and callable(f)}
