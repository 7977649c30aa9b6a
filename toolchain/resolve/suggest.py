"""rustc's "similar name" search (`rustc_span::edit_distance::find_best_match_for_name`)."""

from __future__ import annotations


def edit_distance(a: str, b: str, limit: int) -> int | None:
    """Restricted Damerau-Levenshtein distance, or None when above `limit`
    (rustc's `edit_distance`: substitutions, insertions, deletions and adjacent
    transpositions each cost 1)."""
    if abs(len(a) - len(b)) > limit:
        return None
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if (prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2]
                    and a[i - 2] == b[j - 1]):
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    d = prev[len(b)]
    return d if d <= limit else None


def find_best_match(candidates: list[str], lookup: str) -> str | None:
    """The candidate rustc would suggest for the misspelt `lookup`, if any."""
    limit = max(len(lookup), 3) // 3
    # A candidate equal ignoring case wins outright.
    for c in candidates:
        if c.lower() == lookup.lower() and c != lookup:
            return c
    best: tuple[int, str] | None = None
    for c in candidates:
        if c == lookup:
            continue
        d = edit_distance(lookup, c, limit)
        if d is not None and (best is None or d < best[0]):
            best = (d, c)
    return best[1] if best else None


def edit_distance_with_substrings(a: str, b: str, limit: int) -> int | None:
    """rustc's `edit_distance_with_substrings`: a candidate that contains the name (or
    is contained in it) scores better than its plain edit distance."""
    n, m = len(a), len(b)
    big_len_diff = n * 2 < m or m * 2 < n
    len_diff = abs(n - m)
    distance = edit_distance(a, b, limit + len_diff)
    if distance is None:
        return None
    score = distance - len_diff
    if score == 0 and len_diff > 0 and not big_len_diff:
        score = 1
    elif not big_len_diff:
        score += (len_diff + 1) // 2
    else:
        score += len_diff
    return score if score <= limit else None


def find_best_match_substrings(candidates: list[str], lookup: str) -> str | None:
    """rustc's `find_best_match_for_name_with_substrings` (method probing's similar
    names): ties at the best score are broken by the plain edit distance."""
    for c in candidates:
        if c.upper() == lookup.upper():
            return c
    dist = max(len(lookup), 3) // 3
    best, ties = None, []
    for c in candidates:
        d = edit_distance_with_substrings(lookup, c, dist)
        if d is None:
            continue
        if d == 0:
            return c
        if d < dist:
            dist = d
            ties = []
        ties.append(c)
        best = c
    if len(ties) > 1:
        limit = len(lookup)
        best = None
        for c in ties:
            d = edit_distance(lookup, c, limit)
            if d is not None:
                limit = d - 1
                best = c
    return best
