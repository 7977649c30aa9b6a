#![deny(unused_imports)]

mod clock {
    pub fn tick() -> u32 {
        1
    }
    pub fn tock() -> u32 {
        2
    }
}

use clock::{tick, tock};

fn main() {
    println!("{}", tick());
}
