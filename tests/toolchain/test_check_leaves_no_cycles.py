"""A check frees what it built by reference counting alone: the cyclic collector is
paused while the toolchain compiles (toolchain/gc_pause.py), so a reference cycle left
by a check (a checker's hook pointing back at it) would keep its whole graph alive until
the next collection, and make that collection slow."""

from __future__ import annotations

import gc

from toolchain.api import execute

PROGRAMS = [
    # std's associated constants (`Duration::ZERO`) are type-checked on every check
    """use std::time::Duration;
fn main() {
    let d = Duration::from_millis(1500) + Duration::ZERO;
    let v: Vec<u64> = (1..=4).map(|x| x * 2).filter(|x| x % 3 != 0).collect();
    println!("{:?} {:?} {}", d, v, v.iter().sum::<u64>());
}
""",
    """struct Meters(f64);
impl Meters { const ZERO: Meters = Meters(0.0); }
fn total(xs: &[f64]) -> Meters { Meters(xs.iter().sum::<f64>() + Meters::ZERO.0) }
fn main() { println!("{}", total(&[1.5, 2.0]).0); }
""",
    # a module tree: modules, imports and their bindings point at each other
    """mod shapes {
    pub mod square {
        pub struct Sq(pub u32);
        impl Sq { pub fn area(&self) -> u32 { self.0 * self.0 } }
    }
    pub use self::square::Sq;
}
use shapes::Sq;
use std::collections::*;
fn main() {
    let mut m: HashMap<u32, u32> = HashMap::new();
    for i in 1..3 {
        m.insert(i, Sq(i).area());
    }
    println!("{:?}", m.get(&2));
}
""",
]


def test_a_check_leaves_no_cyclic_garbage():
    for src in PROGRAMS:
        execute(src, mode="check")          # warm: std's caches fill once per process
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for src in PROGRAMS:
            r = execute(src, mode="check")
            assert r["compiled"], r["diagnostics"]
            gc.collect()
            kinds = sorted({type(o).__name__ for o in gc.garbage})
            assert not gc.garbage, f"a check left cyclic garbage: {kinds}"
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
