"""`TypeckResults.sigs` with some entries made on first use.

Every impl of a trait with default methods gets a caller signature per default
(`<Range<A> as Iterator>::map`); std's `Iterator` has dozens of defaults and std
dozens of iterator impls, and a program calls few of them. Those signatures are
computed when first asked for, so checking a program does not pay for all of them.
`items()` and iteration see only the entries made so far (none of the pending ones
is needed there: typeck/closure_returns.py looks for the learner's `impl Fn`)."""

from __future__ import annotations


class LazySigs(dict):
    def __init__(self, *args):
        super().__init__(*args)
        # key -> make(results, key). The results own this dict, so they are held weakly
        # (`owner`, set by TypeckResults): a cycle would hand every check's objects to the
        # cyclic collector instead of freeing them when the check ends.
        self.pending: dict = {}
        self.owner = None

    def __missing__(self, key):
        make = self.pending.pop(key, None)
        if make is None:
            raise KeyError(key)
        value = self[key] = make(self.owner(), key)
        return value

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or key in self.pending

    def get(self, key, default=None):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return self.__missing__(key) if key in self.pending else default
