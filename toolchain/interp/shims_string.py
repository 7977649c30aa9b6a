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


def string_write_fmt(m, p, s):
    """`write!` into a `String` (`<String as fmt::Write>::write_fmt`): never fails."""
    p.store(p.load() + s)
    return [0, ()]     # Ok(())


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


# Rust's `White_Space` property; Python's `str.strip()` agrees except for a few
# separators (U+001C..U+001F), which Rust does not trim.
_WHITE_SPACE = (" \t\n\x0b\x0c\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def str_trim(m, s):
    return s.strip(_WHITE_SPACE)


def str_trim_start(m, s):
    return s.lstrip(_WHITE_SPACE)


def str_trim_end(m, s):
    return s.rstrip(_WHITE_SPACE)


def str_contains(m, s, pat):
    return pat in s


def str_starts_with(m, s, pat):
    return s.startswith(pat)


def str_ends_with(m, s, pat):
    return s.endswith(pat)


def _byte_index(s: str, i: int) -> int:
    return len(s[:i].encode("utf-8"))


def _some(v) -> list:
    return [1, v]


_NONE = [0]


def str_find(m, s, pat):
    i = s.find(pat)
    return _some(_byte_index(s, i)) if i >= 0 else list(_NONE)


def str_rfind(m, s, pat):
    i = s.rfind(pat)
    return _some(_byte_index(s, i)) if i >= 0 else list(_NONE)


def str_replace(m, s, pat, to):
    return s.replace(pat, to)


def str_split_once(m, s, pat):
    i = s.find(pat)
    return _some([s[:i], s[i + len(pat):]]) if i >= 0 else list(_NONE)


def str_strip_prefix(m, s, pat):
    return _some(s[len(pat):]) if s.startswith(pat) else list(_NONE)


def str_strip_suffix(m, s, pat):
    return _some(s[:len(s) - len(pat)]) if s.endswith(pat) else list(_NONE)


def str_repeat(m, s, n):
    return s * n


def str_is_char_boundary(m, s, i):
    data = s.encode("utf-8")
    return i <= len(data) and _is_char_boundary(data, i)


def str_index_range(m, s, lo, hi=None, inclusive=False):
    """`&s[lo..hi]` with byte offsets, and core's `slice_error_fail` panics: bounds,
    then order, then char boundaries."""
    if not isinstance(s, str):
        s = s.load()
    data = s.encode("utf-8")
    n = len(data)
    end = n if hi is None else hi + 1 if inclusive else hi
    if lo > n:
        raise _slice_panic(s, data, f"start byte index {lo} is out of bounds of")
    if end > n:     # (an inclusive range's panic names its inclusive end)
        raise _slice_panic(s, data, f"end byte index {hi} is out of bounds of")
    if lo > end:
        raise _slice_panic(s, data, f"begin > end ({lo} > {end}) when slicing")
    for which, i in (("start", lo), ("end", end)):
        if not _is_char_boundary(data, i):
            start = i
            while not _is_char_boundary(data, start):
                start -= 1
            ch = data[start:].decode("utf-8", "ignore")[0]
            width = len(ch.encode("utf-8"))
            raise _slice_panic(s, data, f"{which} byte index {i} is not a char boundary; it is "
                                        f"inside {_char_debug(ch)} (bytes {start}..{start + width}) of")
    return data[lo:end].decode("utf-8")


def str_index_range_inclusive(m, s, lo, hi):
    return str_index_range(m, s, lo, hi, True)


def _is_char_boundary(data: bytes, i: int) -> bool:
    return i == 0 or i >= len(data) or (data[i] & 0xC0) != 0x80


def _char_debug(ch: str) -> str:
    from ..types import CHAR
    from .fmt import debug
    return debug(ch, CHAR)


def _slice_panic(s: str, data: bytes, what: str):
    from .machine import Panic
    # core shows at most 256 bytes of the text (cut at a char boundary), then `[...]`.
    cut = min(256, len(data))
    while not _is_char_boundary(data, cut):
        cut -= 1
    shown = data[:cut].decode("utf-8") + ("`[...]" if cut < len(data) else "`")
    return Panic(f"{what} `{shown}", None)


def str_as_bytes(m, s):
    from .pointer import Pointer
    if not isinstance(s, str):
        s = s.load()          # `String::as_bytes(&self)`
    return Pointer([list(s.encode("utf-8"))], 0)


def string_into_bytes(m, s):
    """`String::into_bytes`: the machine's text as the `Vec<u8>` of its UTF-8 bytes."""
    return list(s.encode("utf-8"))


SHIMS = {name: f for name, f in globals().items()
         if name.startswith(("string_", "str_")) and callable(f)}
