"""Regenerate toolchain/typeck/std_method_names.py from the installed toolchain's own std
documentation (rustup's rust-docs component: share/doc/rust/html/std).

    python scripts/gen_std_method_names.py

Until std is modelled (docs/design-semantics.md §3), the type checker cannot know every
method std gives a type. These tables let it tell "rustc would find a std method here"
(so Ferrite must say it does not support the call yet) from "no such method" (E0599).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "toolchain" / "typeck" / "std_method_names.py"
_ID = re.compile(r'id="(?:ty)?method\.([a-z_][a-z0-9_]*)"')

PRIMITIVES = ["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
              "usize", "f32", "f64", "bool", "char", "str", "array", "slice", "tuple",
              "reference", "unit", "never", "fn"]
# Traits whose methods any learner type may have: derivable ones and blanket impls.
TRAITS = ["clone/trait.Clone", "cmp/trait.PartialEq", "cmp/trait.Eq", "cmp/trait.PartialOrd",
          "cmp/trait.Ord", "fmt/trait.Debug", "fmt/trait.Display", "hash/trait.Hash",
          "default/trait.Default", "convert/trait.Into", "convert/trait.From",
          "convert/trait.TryInto", "convert/trait.TryFrom", "borrow/trait.Borrow",
          "borrow/trait.BorrowMut", "any/trait.Any", "borrow/trait.ToOwned",
          "string/trait.ToString"]

# std's types as Ferrite keys them (bare names, or full paths for `#[ferrite::full_path]`
# std structs whose bare names std repeats) -> their doc pages. A page lists every method
# rustc finds on the type: inherent ones, its trait impls', and those of its `Deref`
# target ("Methods from Deref"). Types Ferrite's std does not declare yet are listed too,
# so the table holds when they arrive.
ADTS = {
    "Option": "option/enum.Option", "Result": "result/enum.Result", "Vec": "vec/struct.Vec",
    "String": "string/struct.String", "Box": "boxed/struct.Box", "Rc": "rc/struct.Rc",
    "Weak": "rc/struct.Weak", "Cell": "cell/struct.Cell", "RefCell": "cell/struct.RefCell",
    "Ref": "cell/struct.Ref", "RefMut": "cell/struct.RefMut",
    "BorrowError": "cell/struct.BorrowError", "BorrowMutError": "cell/struct.BorrowMutError",
    "ParseIntError": "num/struct.ParseIntError", "IntErrorKind": "num/enum.IntErrorKind",
    "ParseFloatError": "num/struct.ParseFloatError", "Ordering": "cmp/enum.Ordering",
    "HashMap": "collections/struct.HashMap", "HashSet": "collections/struct.HashSet",
    "BTreeMap": "collections/struct.BTreeMap", "BTreeSet": "collections/struct.BTreeSet",
    "VecDeque": "collections/struct.VecDeque",
    "std::collections::hash_map::Entry": "collections/hash_map/enum.Entry",
    "std::collections::btree_map::Entry": "collections/btree_map/enum.Entry",
    "std::ops::Range": "ops/struct.Range", "std::ops::RangeInclusive": "ops/struct.RangeInclusive",
    "std::ops::RangeFrom": "ops/struct.RangeFrom", "std::slice::Iter": "slice/struct.Iter",
    "std::ops::RangeTo": "ops/struct.RangeTo", "std::ops::RangeFull": "ops/struct.RangeFull",
    "std::ops::Bound": "ops/enum.Bound", "std::vec::Drain": "vec/struct.Drain",
    "Flatten": "iter/struct.Flatten", "FlatMap": "iter/struct.FlatMap",
    "std::slice::IterMut": "slice/struct.IterMut", "std::slice::Windows": "slice/struct.Windows",
    "std::slice::Chunks": "slice/struct.Chunks", "std::vec::IntoIter": "vec/struct.IntoIter",
    "std::array::IntoIter": "array/struct.IntoIter", "std::str::Chars": "str/struct.Chars",
    "std::str::CharIndices": "str/struct.CharIndices", "std::str::Bytes": "str/struct.Bytes",
    "std::str::SplitWhitespace": "str/struct.SplitWhitespace",
    "std::str::Lines": "str/struct.Lines", "std::str::Split": "str/struct.Split",
}
# std/iter.rs's adapters, keyed by their bare names (iter/struct.X).
ITER_ADAPTERS = ["Map", "Filter", "Take", "Skip", "Enumerate", "Zip", "Chain", "Rev", "StepBy",
                 "FilterMap", "TakeWhile", "SkipWhile", "Inspect", "Peekable", "Copied",
                 "Cloned", "FlatMap", "Flatten", "Scan", "Cycle", "MapWhile", "Fuse"]
# std traits a learner's type may implement, whose provided methods it then has.
IMPLEMENTED_TRAITS = {"Iterator": "iter/trait.Iterator",
                      "DoubleEndedIterator": "iter/trait.DoubleEndedIterator",
                      "ExactSizeIterator": "iter/trait.ExactSizeIterator"}


def _page(std: Path, path: str) -> list[str]:
    return sorted(set(_ID.findall((std / f"{path}.html").read_text(encoding="utf-8"))))


def main() -> None:
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True,
                             check=True).stdout.strip()
    version = subprocess.run(["rustc", "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    std = Path(sysroot) / "share" / "doc" / "rust" / "html" / "std"
    prims = {}
    for p in PRIMITIVES:
        page = std / f"primitive.{p}.html"
        if page.exists():
            prims[p] = sorted(set(_ID.findall(page.read_text(encoding="utf-8"))))
    traits = set()
    for t in TRAITS:
        page = std / f"{t}.html"
        traits |= set(_ID.findall(page.read_text(encoding="utf-8")))
    lines = [f'"""Generated by scripts/gen_std_method_names.py from the std docs of {version}.',
             'Do not edit."""', "", "# Every method std's docs list for each primitive type (inherent and trait impls).",
             "PRIMITIVE_METHODS: dict[str, frozenset[str]] = {"]
    for p, names in prims.items():
        lines.append(f"    {p!r}: frozenset({names!r}),")
    lines += ["}", "", "# Methods of the derivable and blanket-implemented traits any type may have.",
              f"TRAIT_METHODS: frozenset[str] = frozenset({sorted(traits)!r})", "",
              "# Every method std's docs list for each of std's types, by Ferrite's key.",
              "ADT_METHODS: dict[str, frozenset[str]] = {"]
    adts = dict(ADTS) | {a: f"iter/struct.{a}" for a in ITER_ADAPTERS}
    for key, path in adts.items():
        lines.append(f"    {key!r}: frozenset({_page(std, path)!r}),")
    lines += ["}", "", "# The methods of std traits a learner's type may implement.",
              "IMPLEMENTED_TRAIT_METHODS: dict[str, frozenset[str]] = {"]
    for key, path in IMPLEMENTED_TRAITS.items():
        lines.append(f"    {key!r}: frozenset({_page(std, path)!r}),")
    lines += ["}", ""]
    OUT.write_text("\n".join(lines))
    print(f"wrote {OUT}: {len(prims)} primitive types, {len(traits)} trait methods, "
          f"{len(adts)} std types")


if __name__ == "__main__":
    main()
