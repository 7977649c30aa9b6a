"""A tuple struct's or tuple variant's constructor called like a function: rustc says
"arguments to this struct are incorrect" / "this enum variant takes 1 argument", and
its note is "tuple struct defined here" (or "tuple variant") at the name alone, with
no label on the fields."""

from __future__ import annotations

from dataclasses import replace


def as_ctor(fcx, sig, ident_span, noun: str, called_as: str):
    if ident_span is None:
        return sig
    return replace(sig, name_span=ident_span, param_spans=[None] * len(sig.param_spans),
                   noun=noun, called_as=called_as)
