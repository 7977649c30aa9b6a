//@ mode: check
#![allow(dead_code)]
// A recursive enum without indirection has infinite size (E0072).
enum List {
    Cons(i32, List),
    Nil,
}

fn length(l: &List) -> usize {
    match l {
        List::Cons(_, rest) => 1 + length(rest),
        List::Nil => 0,
    }
}

fn main() {}
