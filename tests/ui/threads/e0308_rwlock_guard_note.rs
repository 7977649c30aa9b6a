//@ mode: check
use std::sync::RwLock;

fn main() {
    let level = RwLock::new(1u8);
    let _copy: Option<u8> = level.read().unwrap();
}
