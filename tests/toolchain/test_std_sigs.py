"""std's signatures are resolved once per process and replayed (resolve/std_sigs.py,
typeck/std_sig_types.py): a replay writes exactly what resolving again would, and a
crate that takes one of std's names never gets one."""

from __future__ import annotations

from toolchain.api import execute
from toolchain.resolve import std_sigs
from toolchain.std import load
from toolchain.syntax import parse_crate
from toolchain.source import SourceFile

PROGRAMS = [
    """use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, Vec<i32>> = HashMap::new();
    m.entry("a").or_default().push(3);
    let v: Vec<String> = m.keys().map(|k| k.to_string()).collect();
    println!("{:?} {:?}", v, m.get("a").map(|x| x.len()));
}
""",
    """fn main() {
    let words = vec!["b", "a", "c"];
    let mut s: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    s.sort();
    let n: i32 = (1..=4).filter(|x| x % 2 == 0).sum();
    println!("{} {:?} {}", s.join("-"), "x1".parse::<i32>().is_err(), n);
}
""",
]


def _run(src: str) -> str:
    r = execute(src, mode="run")
    assert r["compiled"], r["diagnostics"]
    assert not any("internal error" in d["message"] for d in r["diagnostics"])
    return r["run"]["stdout"]


def test_replayed_signatures_equal_resolved_ones(monkeypatch):
    first = [_run(p) for p in PROGRAMS]        # records (or replays) every signature
    monkeypatch.setenv("FERRITE_CHECK_STD_SIGS", "1")
    assert [_run(p) for p in PROGRAMS] == first   # resolves again, compares with the records
    assert std_sigs._RECORDED, "no signature was recorded"
    assert first[1] == 'A-B-C true 6\n'


def _clear(src: str) -> bool:
    crate = parse_crate(SourceFile("main.rs", src), "2021")[0]
    return std_sigs.crate_is_clear(crate, load())


def test_crates_taking_std_names_are_resolved_afresh():
    assert _clear("use std::collections::HashMap;\nstruct Point { x: i32 }\nfn main() {}\n")
    assert not _clear("struct Vec { x: i32 }\nfn main() {}\n")
    assert not _clear("trait Display { fn show(&self); }\nfn main() {}\n")
    assert not _clear("mod fmt { pub fn f() {} }\nfn main() {}\n")
    assert not _clear("use std::fmt::Result as Map;\nfn main() {}\n")
    assert not _clear("mod shapes { pub struct Iter; }\nuse shapes::Iter;\nfn main() {}\n")
    # (a block's items leave scope before std's signatures are resolved)
    assert _clear("fn main() { struct Option; }\n")
    assert _clear("use std::{fmt, collections::{HashMap, HashSet}};\nfn main() {}\n")
    assert not _clear("use std::{fmt, collections::HashMap as Map};\nfn main() {}\n")
    assert _clear("mod tests {\n    use super::*;\n    struct Point;\n}\nfn main() {}\n")


def test_std_impl_memos_equal_fresh_ones(monkeypatch):
    """typeck's facts about std's trait impls (typeck/std_impl_memo.py) are kept across
    checks: made afresh, they are the same."""
    from toolchain.typeck import std_impl_memo
    first = [_run(p) for p in PROGRAMS]
    assert any(m.has_keys and m.self_ty is not None for m in std_impl_memo._MEMOS.values())
    monkeypatch.setenv("FERRITE_CHECK_STD_SIGS", "1")
    assert [_run(p) for p in PROGRAMS] == first    # remade and compared (AssertionError: internal error)


def test_std_headers_fields_and_trait_sigs_are_replayed(monkeypatch):
    """std's inherent impl headers, ADT field types and traits' required method
    signatures are recorded per part of std (resolve/std_sigs.py) and, remade in
    verify mode, are the same."""
    # (the last two see different parts of std: with str_utf8.rs and string_utf8.rs,
    # or without)
    programs = PROGRAMS + ["fn main() {}\n",
                           "fn main() {\n    let v: Vec<u8> = vec![104, 105];\n"
                           "    println!(\"{:?}\", String::from_utf8(v));\n}\n"]
    first = [_run(p) for p in programs]
    assert std_sigs._INHERENT and std_sigs._FIELDS and std_sigs._TRAIT_SIGS
    assert len({part for part, _ in std_sigs._INHERENT}) >= 2
    monkeypatch.setenv("FERRITE_CHECK_STD_SIGS", "1")
    assert [_run(p) for p in programs] == first


def test_std_items_sorted_once_per_shared_list():
    """resolve/std_items_memo.py: merge_items hands back the same list of std's items
    to programs that leave nothing out, and its classification is the item loop's."""
    from toolchain.resolve import lazy_impls, prim_impls, std_items_memo
    from toolchain.resolve.resolver import _Resolver
    parts = []
    for src in ("fn main() {}\n", "struct Point { x: i32 }\nfn main() {}\n",
                "struct Filter;\nfn main() { let _ = Filter; }\n"):
        r = _Resolver()
        r.crate(parse_crate(SourceFile("main.rs", src), "2024")[0], load())
        parts.append(r.std_part)
    assert parts[0] is not None and parts[0] == parts[1]
    items = next(v[0] for k, v in std_items_memo._MEMO.items() if k == parts[0])
    work, lazy = std_items_memo.classify(items, True)
    assert sum(len(v) for v in lazy.values()) + len(work) \
        + sum(1 for i, _ in items if prim_impls.prim_self(i) is not None) == len(items)
    for its in lazy.values():
        assert all(lazy_impls.lazy_key(i) is not None for i in its)
