"""Decoding UTF-8 (std/str_utf8.rs, std/string_utf8.rs) as rustc's `run_utf8_validation`
does: the length of the valid prefix and of the first bad sequence (`None` when the
input ends inside a sequence). Results are machine values: `[0, v]` for `Ok`,
`[1, e]` for `Err`; a `Utf8Error` is `[valid_up_to, error_len]` with `error_len` an
`Option<u8>` (`[0]` / `[1, n]`); a `Cow` is `[0, borrowed]` / `[1, owned]`.
"""

from __future__ import annotations

from .pointer import Pointer


def _bytes(v) -> bytes:
    while isinstance(v, Pointer):
        v = v.load()
    return bytes(list(v))


def _error(data: bytes):
    """`None` when `data` is valid UTF-8, else the `Utf8Error` value."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        up_to = exc.start
        # Python's `end` is the maximal invalid subpart (Unicode's recommended practice),
        # which is what rustc's `error_len` is; an incomplete tail has no length.
        if exc.reason == "unexpected end of data":
            return [up_to, [0]]
        return [up_to, [1, exc.end - exc.start]]


def str_from_utf8(m, v, *_):
    data = _bytes(v)
    err = _error(data)
    return [0, data.decode("utf-8")] if err is None else [1, err]


def string_from_utf8(m, v, *_):
    data = _bytes(v)
    err = _error(data)
    return [0, data.decode("utf-8")] if err is None else [1, [list(data), err]]


def string_from_utf8_lossy(m, v, *_):
    data = _bytes(v)
    if _error(data) is None:
        return [0, data.decode("utf-8")]      # Borrowed
    return [1, data.decode("utf-8", errors="replace")]


SHIMS = {"str_from_utf8": str_from_utf8, "string_from_utf8": string_from_utf8,
         "string_from_utf8_lossy": string_from_utf8_lossy}
