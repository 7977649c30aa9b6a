mod tools {
    pub mod wood {
        pub fn saw() -> i32 {
            2
        }
    }
}

use tools::metal::saw;

fn main() {
    println!("{}", tools::wood::saw());
}
