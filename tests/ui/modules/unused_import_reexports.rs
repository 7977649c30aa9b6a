mod kitchen {
    pub mod knives {
        pub fn chop(x: u32) -> u32 {
            x / 2
        }
        pub fn slice(x: u32) -> u32 {
            x / 4
        }
    }
}

mod menu {
    pub use crate::kitchen::knives::chop;
    pub use crate::kitchen::knives::slice;
}

use kitchen::knives;
pub use knives::slice;
use menu::chop;

fn main() {
    println!("{}", chop(10));
    println!("{}", kitchen::knives::slice(8));
}
