"""dead_code and `#[derive(Default)]`: rustc's derived `default` builds the struct and
reads no field, and it is live as soon as the type is used, so a derived-`Default`
struct whose type appears in reachable code counts as constructed (rustc then warns
about its unread fields, not that it is never constructed). An enum's `#[default]`
variant counts as constructed the same way."""

from __future__ import annotations


NON_READING = frozenset({"Default"})


def defaults(res) -> tuple[set, dict]:
    """The derived-`Default` structs, and each derived-`Default` enum's `#[default]`
    variant index: live once the live code names their type (dead_mentions.py)."""
    if res is None:
        return set(), {}
    from ..std import is_std_span
    own = [(n, a) for n, a in res.adts.items() if "Default" in a.derives
           and not is_std_span(a.span)]
    structs = {n for n, a in own if not a.is_enum}
    variants = {n: i for n, a in own if a.is_enum for i, v in enumerate(a.variants)
                if v.is_default}
    return structs, variants
