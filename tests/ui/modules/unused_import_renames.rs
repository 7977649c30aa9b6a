mod math {
    pub fn double(x: i32) -> i32 {
        x * 2
    }
    pub fn triple(x: i32) -> i32 {
        x * 3
    }
    pub mod consts {
        pub const TEN: i32 = 10;
    }
}

use math::double as twice;
use math::triple as thrice;
use math::{self as m, consts};

fn main() {
    println!("{}", twice(4));
    println!("{}", math::triple(consts::TEN));
}
