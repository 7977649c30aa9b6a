"""rustc's other `str` splitters (std/string.rs: `rsplit`, `splitn`, `rsplitn`,
`split_terminator`, `split_inclusive`, `matches`, `rsplit_once`) for a `char` or text
pattern (the machine holds both as text). The pieces are computed at once and held as
a `vec::IntoIter` (`[items, front, back]`), like `split`'s (interp/shims_iter.py)."""

from __future__ import annotations


def _pieces(xs: list) -> list:
    return [xs, 0, len(xs)]


def _split(s: str, pat: str) -> list:
    if pat == "":
        return [""] + list(s) + [""]
    return s.split(pat)


def str_iter_rsplit(m, s, pat, *_):
    return _pieces(_split(s, pat)[::-1])


def str_iter_splitn(m, s, n, pat, *_):
    if n == 0:
        return _pieces([])
    if pat == "":
        parts = _split(s, pat)
        head = parts[:n - 1]
        return _pieces(head + ["".join(parts[n - 1:])])
    return _pieces(s.split(pat, n - 1))


def str_iter_rsplitn(m, s, n, pat, *_):
    if n == 0:
        return _pieces([])
    if pat == "":
        parts = _split(s, pat)[::-1]
        return _pieces(parts[:n - 1] + ["".join(reversed(parts[n - 1:]))])
    return _pieces(s.rsplit(pat, n - 1)[::-1])


def str_iter_split_terminator(m, s, pat, *_):
    parts = _split(s, pat)
    if parts and parts[-1] == "":
        parts.pop()
    return _pieces(parts)


def str_iter_split_inclusive(m, s, pat, *_):
    if pat == "":
        return _pieces(list(s))
    parts = s.split(pat)
    out = [p + pat for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return _pieces(out)


def str_iter_matches(m, s, pat, *_):
    if pat == "":
        return _pieces([""] * (len(s) + 1))
    return _pieces([pat] * s.count(pat))


def str_rsplit_once(m, s, pat, *_):
    i = s.rfind(pat)
    return [1, [s[:i], s[i + len(pat):]]] if i >= 0 else [0]


SHIMS = {name: f for name, f in list(globals().items())
         if name.startswith("str_") and callable(f)}
