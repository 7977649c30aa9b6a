"""The AST walks skip fields whose annotation says they hold no node (`span: Span`,
`id: NodeId`, syntax/visit.py LEAF_FIELD_TYPES): every such field, in std and in
parsed and expanded learner programs, holds a leaf value."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from toolchain.expand import expand_crate
from toolchain.source import SourceFile, Span
from toolchain.std import load
from toolchain.syntax import parse_crate
from toolchain.syntax.visit import LEAF_FIELD_TYPES

LEAVES = (str, int, bool, float, type(None), Span)
UI = Path(__file__).resolve().parents[1] / "ui"


def _misfits(root) -> set[tuple[str, str, str]]:
    out = set()
    stack = [root]
    while stack:
        n = stack.pop()
        if isinstance(n, (list, tuple)):
            stack.extend(n)
            continue
        if not dataclasses.is_dataclass(n) or isinstance(n, type):
            continue
        for f in dataclasses.fields(n):
            v = getattr(n, f.name)
            if f.type in LEAF_FIELD_TYPES and not isinstance(v, LEAVES):
                out.add((type(n).__name__, f.name, type(v).__name__))
            stack.append(v)
    return out


def test_std_leaf_fields_hold_leaves():
    assert not set().union(*(_misfits(item) for item, _ in load().items))


@pytest.mark.parametrize("topic", sorted(p.name for p in UI.iterdir() if p.is_dir())[::6])
def test_program_leaf_fields_hold_leaves(topic):
    found = set()
    for path in sorted((UI / topic).glob("*.rs"))[:12]:
        src = SourceFile(path.name, path.read_text())
        crate, _ = parse_crate(src, "2021")
        found |= _misfits(crate)
        expanded = expand_crate(crate, src, "2021", False, crate.id_gen)[0]
        found |= _misfits(expanded)
    assert not found


def test_a_misfit_is_seen():
    crate, _ = parse_crate(SourceFile("m.rs", "fn main() { let x = 1; }\n"), "2021")
    crate.items[0].span = crate.items[0].kind.sig      # a node where a Span belongs
    assert ("Item", "span", "FnSig") in _misfits(crate)
