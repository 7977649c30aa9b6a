"""The constructors of a slice type `[T]` for usefulness (rustc_pattern_analysis's
`Slice`): `("slice", n, None)` for exactly n elements, `("slice", p, s)` for at least
p + s of them with the first p and last s as fields (`[a, b, .., z]`).

A column is split as rustc's `Slice::split` does: with L the longest fixed length
and (P, S) the longest prefix and suffix of the variable-length patterns, raised so
that P + S > L, every length below P + S is its own constructor and all longer slices
are one, `[_; P, .., _; S]`, which the witnesses print as `[_, _, ..]`.
"""

from __future__ import annotations


def split(heads: list[tuple]) -> list[tuple]:
    max_fixed, max_prefix, max_suffix = 0, 0, 0
    for h in heads:
        if h[0] != "slice":
            continue
        if h[2] is None:
            max_fixed = max(max_fixed, h[1])
        else:
            max_prefix = max(max_prefix, h[1])
            max_suffix = max(max_suffix, h[2])
    if max_fixed + 1 >= max_prefix + max_suffix:
        max_prefix = max_fixed + 1 - max_suffix
    return [("slice", n, None) for n in range(max_prefix + max_suffix)] \
        + [("slice", max_prefix, max_suffix)]


def covers(a: tuple, b: tuple) -> bool:
    """Does pattern constructor `a` cover every slice of (split) constructor `b`?"""
    if a[2] is None:
        return b == a
    if b[2] is None:
        return b[1] >= a[1] + a[2]
    return b[1] >= a[1] and b[2] >= a[2]


def specialize(head, arity: int, ty) -> list:
    """The fields of a variable-length pattern at a constructor of `arity` fields: its
    prefix, wildcards for the middle, its suffix."""
    from .usefulness import wild
    p, s = head.ctor[1], head.ctor[2]
    return list(head.fields[:p]) + [wild(ty.args[0]) for _ in range(arity - p - s)] \
        + list(head.fields[p:])
