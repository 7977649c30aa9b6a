mod math {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b
    }
    pub fn mul(a: i32, b: i32) -> i32 {
        a * b
    }
    pub const TEN: i32 = 10;
}

use math::*;

fn main() {
    println!("{}", add(2, mul(3, TEN)));
}
