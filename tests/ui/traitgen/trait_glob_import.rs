// A glob import brings a module's trait into scope for method calls.
mod tools {
    pub trait Double {
        fn double(&self) -> i32;
    }

    impl Double for i32 {
        fn double(&self) -> i32 {
            self * 2
        }
    }
}

use tools::*;

fn main() {
    let n: i32 = 21;
    println!("{}", n.double());
}
