"""`match_indices` / `rmatch_indices` for a `char` or text pattern (the machine holds
both as text) and `Chars::as_str` (std/str_more.rs). The matches are found at once and
held as a `vec::IntoIter` (`[items, front, back]`), as `matches`' are
(interp/shims_str_split.py); an item is `(byte index, piece)`."""

from __future__ import annotations


def _byte_index(s: str, i: int) -> int:
    return len(s[:i].encode("utf-8"))


def _forward(s: str, pat: str) -> list:
    if pat == "":       # (an empty needle matches at every char boundary)
        return [[_byte_index(s, i), ""] for i in range(len(s) + 1)]
    out, i = [], s.find(pat)
    while i >= 0:
        out.append([_byte_index(s, i), pat])
        i = s.find(pat, i + len(pat))
    return out


def _backward(s: str, pat: str) -> list:
    # rustc's reverse searcher: non-overlapping matches found from the end, so
    # `"aaa".rmatch_indices("aa")` is `[(1, "aa")]`, not `[(0, "aa")]` reversed.
    if pat == "":
        return [[_byte_index(s, i), ""] for i in range(len(s), -1, -1)]
    out, end = [], len(s)
    i = s.rfind(pat, 0, end)
    while i >= 0:
        out.append([_byte_index(s, i), pat])
        end = i
        i = s.rfind(pat, 0, end)
    return out


def str_iter_match_indices(m, s, pat, *_):
    found = _forward(s, pat)
    return [found, 0, len(found)]


def str_iter_rmatch_indices(m, s, pat, *_):
    found = _backward(s, pat)
    return [found, 0, len(found)]


def str_chars_as_str(m, it):
    if not isinstance(it, list):
        it = it.load()
    items, front, back = it
    return "".join(items[front:back])


SHIMS = {name: f for name, f in list(globals().items())
         if name.startswith("str_") and callable(f)}
