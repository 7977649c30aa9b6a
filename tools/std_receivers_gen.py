"""Print where rustc 1.95 says a std method takes its receiver by value, as entries for
toolchain/borrowck/std_receivers.py's table.

After `x.unwrap()` moves `x`, rustc's E0382 notes "`Option::<T>::unwrap` takes ownership
of the receiver `self`, which moves `x`" and points at `self` in its std sources. For each
std method taking `self` that Ferrite's std declares, a program moves a receiver twice
and rustc's JSON note gives the method's path as rustc writes it and the place of
`self`. Needs rustc on PATH.

    python tools/std_receivers_gen.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rustc_json import diagnostics  # noqa: E402

OPTION = 'let x = Some(String::from("a"));'
OPTION_W = OPTION + " let w = String::new();"
RESULT = "let x: Result<String, String> = Ok(String::new());"
RESULT_W = RESULT + " let w = String::new();"
ITER = "let v = vec![1, 2]; let x = v.iter();"
ITER_Y = ITER + " let y = v.iter();"
TEXT_W = 'let x = String::from("a"); let w = String::new();'

# (Ferrite's key of the method, the receiver `x`, the call). Arguments are values or
# closures: a call among them would make rustc say "value moved here" instead.
CASES = [
    ('Option::unwrap', OPTION, 'x.unwrap()'),
    ('Option::expect', OPTION, 'x.expect("none")'),
    ('Option::unwrap_or_default', OPTION, 'x.unwrap_or_default()'),
    ('Option::unwrap_or_else', OPTION, 'x.unwrap_or_else(String::new)'),
    ('Option::map', OPTION, 'x.map(|s| s.len())'),
    ('Option::and_then', OPTION, 'x.and_then(|s| s.chars().next())'),
    ('Option::ok_or', OPTION, 'x.ok_or("none")'),
    ('Option::ok_or_else', OPTION, 'x.ok_or_else(|| "none")'),
    ('Option::filter', OPTION, 'x.filter(|s| s.is_empty())'),
    ('Option::is_some_and', OPTION, 'x.is_some_and(|s| s.is_empty())'),
    ('Option::is_none_or', OPTION, 'x.is_none_or(|s| s.is_empty())'),
    ('Option::or', OPTION, 'x.or(None)'),
    ('Option::or_else', OPTION, 'x.or_else(|| None)'),
    ('Option::xor', OPTION, 'x.xor(None)'),
    ('Option::and', OPTION, 'x.and(Some(1))'),
    ('Option::zip', OPTION, 'x.zip(Some(1))'),
    ('Option::map_or', OPTION, 'x.map_or(0, |s| s.len())'),
    ('Option::map_or_else', OPTION, 'x.map_or_else(|| 0, |s| s.len())'),
    ('Option::unwrap_or', OPTION_W, 'x.unwrap_or(w)'),
    ('Option::flatten', 'let x = Some(Some(String::new()));', 'x.flatten()'),
    ('Result::unwrap', RESULT, 'x.unwrap()'),
    ('Result::expect', RESULT, 'x.expect("bad")'),
    ('Result::ok', RESULT, 'x.ok()'),
    ('Result::err', RESULT, 'x.err()'),
    ('Result::map', RESULT, 'x.map(|s| s.len())'),
    ('Result::map_err', RESULT, 'x.map_err(|e| e.len())'),
    ('Result::unwrap_or_default', RESULT, 'x.unwrap_or_default()'),
    ('Result::is_ok_and', RESULT, 'x.is_ok_and(|s| s.is_empty())'),
    ('Result::is_err_and', RESULT, 'x.is_err_and(|s| s.is_empty())'),
    ('Result::and_then', RESULT, 'x.and_then(|s| Ok::<usize, String>(s.len()))'),
    ('Result::unwrap_err', RESULT, 'x.unwrap_err()'),
    ('Result::expect_err', RESULT, 'x.expect_err("ok")'),
    ('Result::unwrap_or_else', RESULT, 'x.unwrap_or_else(|e| e)'),
    ('Result::or_else', RESULT, 'x.or_else(|e| Err::<String, usize>(e.len()))'),
    ('Result::map_or', RESULT, 'x.map_or(0, |s| s.len())'),
    ('Result::and', RESULT, 'x.and(Ok::<u8, String>(1))'),
    ('Result::or', RESULT_W, 'x.or(Ok::<String, u8>(w))'),
    ('Result::unwrap_or', RESULT_W, 'x.unwrap_or(w)'),
    ('Vec::into_iter', 'let x = vec![String::new()];', 'x.into_iter()'),
    ('HashMap::into_iter', 'let x = std::collections::HashMap::from([(String::new(), 1)]);', 'x.into_iter()'),
    ('HashSet::into_iter', 'let x = std::collections::HashSet::from([String::new()]);', 'x.into_iter()'),
    ('BTreeMap::into_iter', 'let x = std::collections::BTreeMap::from([(String::new(), 1)]);', 'x.into_iter()'),
    ('BTreeSet::into_iter', 'let x = std::collections::BTreeSet::from([String::new()]);', 'x.into_iter()'),
    ('VecDeque::into_iter', 'let x = std::collections::VecDeque::from([String::new()]);', 'x.into_iter()'),
    ('HashMap::into_keys', 'let x = std::collections::HashMap::from([(String::new(), 1)]);', 'x.into_keys()'),
    ('HashMap::into_values', 'let x = std::collections::HashMap::from([(String::new(), 1)]);', 'x.into_values()'),
    ('BTreeMap::into_keys', 'let x = std::collections::BTreeMap::from([(String::new(), 1)]);', 'x.into_keys()'),
    ('BTreeMap::into_values', 'let x = std::collections::BTreeMap::from([(String::new(), 1)]);', 'x.into_values()'),
    ('Option::into_iter', OPTION, 'x.into_iter()'),
    ('String::into_bytes', TEXT_W, 'x.into_bytes()'),
    ('Vec::into_boxed_slice', 'let x = vec![String::new()];', 'x.into_boxed_slice()'),
    ('RefCell::into_inner', 'let x = std::cell::RefCell::new(String::new());', 'x.into_inner()'),
    ('Cell::into_inner', 'let x = std::cell::Cell::new(String::new());', 'x.into_inner()'),
    ('Mutex::into_inner', 'let x = std::sync::Mutex::new(String::new());', 'x.into_inner()'),
    ('RwLock::into_inner', 'let x = std::sync::RwLock::new(String::new());', 'x.into_inner()'),
    ('JoinHandle::join', 'let x = std::thread::spawn(|| 1);', 'x.join()'),
    ('Receiver::into_iter', 'let (_t, x) = std::sync::mpsc::channel::<String>();', 'x.into_iter()'),
    ('Cow::into_owned', 'let x = std::borrow::Cow::Borrowed("a");', 'x.into_owned()'),
    ('[T; N]::map', 'let x = [String::new()];', 'x.map(|s| s.len())'),
    ('std::array::into_iter', 'let x = [String::new()];', 'x.into_iter()'),
    ('FromUtf8Error::into_bytes', 'let x = String::from_utf8(vec![255]).unwrap_err();', 'x.into_bytes()'),
    ('String::max', TEXT_W, 'x.max(w)'),
    ('String::min', TEXT_W, 'x.min(w)'),
    ('Iterator::count', ITER, 'x.count()'),
    ('Iterator::last', ITER, 'x.last()'),
    ('Iterator::take', ITER, 'x.take(1)'),
    ('Iterator::skip', ITER, 'x.skip(1)'),
    ('Iterator::enumerate', ITER, 'x.enumerate()'),
    ('Iterator::zip', ITER_Y, 'x.zip(y)'),
    ('Iterator::chain', ITER_Y, 'x.chain(y)'),
    ('Iterator::step_by', ITER, 'x.step_by(1)'),
    ('Iterator::copied', ITER, 'x.copied()'),
    ('Iterator::cloned', ITER, 'x.cloned()'),
    ('Iterator::cycle', ITER, 'x.cycle()'),
    ('Iterator::peekable', ITER, 'x.peekable()'),
    ('Iterator::max', ITER, 'x.max()'),
    ('Iterator::min', ITER, 'x.min()'),
    ('Iterator::rev', ITER, 'x.rev()'),
    ('Iterator::collect', ITER, 'x.collect::<Vec<_>>()'),
    ('Iterator::sum', ITER, 'x.sum::<i32>()'),
    ('Iterator::product', ITER, 'x.product::<i32>()'),
    ('Iterator::fuse', ITER, 'x.fuse()'),
    ('Iterator::map', ITER, 'x.map(|n| n + 1)'),
    ('Iterator::filter', ITER, 'x.filter(|n| **n > 1)'),
    ('Iterator::filter_map', ITER, 'x.filter_map(|n| Some(n))'),
    ('Iterator::flat_map', ITER, 'x.flat_map(|n| Some(n))'),
    ('Iterator::take_while', ITER, 'x.take_while(|n| **n > 1)'),
    ('Iterator::skip_while', ITER, 'x.skip_while(|n| **n > 1)'),
    ('Iterator::fold', ITER, 'x.fold(0, |a, n| a + n)'),
    ('Iterator::for_each', ITER, 'x.for_each(|n| drop(n))'),
    ('Iterator::max_by_key', ITER, 'x.max_by_key(|n| **n)'),
    ('Iterator::min_by_key', ITER, 'x.min_by_key(|n| **n)'),
    ('Iterator::max_by', ITER, 'x.max_by(|a, b| a.cmp(b))'),
    ('Iterator::min_by', ITER, 'x.min_by(|a, b| a.cmp(b))'),
    ('Iterator::inspect', ITER, 'x.inspect(|n| drop(n))'),
    ('Iterator::scan', ITER, 'x.scan(0, |s, n| Some(*s + n))'),
    ('Iterator::map_while', ITER, 'x.map_while(|n| Some(n))'),
    ('Iterator::reduce', ITER, 'x.reduce(|a, _| a)'),
    ('Iterator::unzip', 'let v = vec![(1, 2)]; let x = v.into_iter();', 'x.unzip::<i32, i32, Vec<i32>, Vec<i32>>()'),
    ('Iterator::flatten', 'let v = vec![vec![1]]; let x = v.into_iter();', 'x.flatten()'),
]


def note(src: str) -> tuple[str, tuple] | None:
    """rustc's (method path, location of `self`) for the first E0382 of `src`."""
    for diag in diagnostics(src):
        if (diag.get("code") or {}).get("code") != "E0382":
            continue
        for c in diag["children"]:
            msg = c["message"]
            if msg.endswith("takes ownership of the receiver `self`, which moves `x`") \
                    and c["spans"]:
                s = c["spans"][0]
                rel = s["file_name"].split("/library/", 1)[1]
                return msg.split("`")[1], (rel, s["line_start"], s["column_start"],
                                           s["line_end"], s["column_end"], s["byte_start"],
                                           s["byte_end"])
    return None


def main() -> None:
    for key, decl, call in CASES:
        src = f"fn main() {{\n    {decl}\n    let _a = {call};\n    let _b = {call};\n}}\n"
        got = note(src)
        if got is None:
            print(f"    # {key}: rustc gave no note", file=sys.stderr)
            continue
        print(f"    {key!r}: {got!r},")


if __name__ == "__main__":
    main()
