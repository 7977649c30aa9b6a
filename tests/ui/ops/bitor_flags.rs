use std::ops::{BitAnd, BitOr};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Perms(u8);

impl BitOr for Perms {
    type Output = Perms;

    fn bitor(self, other: Perms) -> Perms {
        Perms(self.0 | other.0)
    }
}

impl BitAnd for Perms {
    type Output = bool;

    fn bitand(self, other: Perms) -> bool {
        self.0 & other.0 != 0
    }
}

const READ: Perms = Perms(1);
const WRITE: Perms = Perms(2);
const EXEC: Perms = Perms(4);

fn main() {
    let rw = READ | WRITE;
    println!("{:?}", rw);
    println!("{} {}", rw & WRITE, rw & EXEC);
}
