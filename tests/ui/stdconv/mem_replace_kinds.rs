use std::mem;

fn bump(slot: &mut Option<u32>, v: u32) -> Option<u32> {
    mem::replace(slot, Some(v))
}

fn main() {
    let mut v = vec![1, 2, 3];
    let old = mem::replace(&mut v, vec![9]);
    println!("{:?} {:?}", old, v);
    let mut name = String::from("first");
    let prev = std::mem::replace(&mut name, String::from("second"));
    println!("{} -> {}", prev, name);
    let mut slot = None;
    println!("{:?}", bump(&mut slot, 1));
    println!("{:?}", bump(&mut slot, 2));
    let mut n = 10i64;
    let m = mem::replace(&mut n, -1);
    println!("{} {}", m, n);
}
