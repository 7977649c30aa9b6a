"""The machine's side of std's `copied`, `cloned` and `cycle` (std/iter.rs): a copy of
the value behind a reference. typeck/iter_clone.py lets them run only on items whose
`Clone` is a plain copy of the value (numbers, `String`s, derived `Clone`), so a deep
copy of the machine's value is what rustc's `Clone::clone` would give."""

from __future__ import annotations


def iter_copy_value(m, p):
    from .machine import _deep_copy
    v = p.load()
    return _deep_copy(v) if type(v) is list else v


SHIMS = {"iter_copy_value": iter_copy_value}
