mod tools {
    pub mod wood {
        pub fn saw() -> i32 {
            2
        }
    }
}

fn main() {
    println!("{}", tools::wood::saw());
    println!("{}", tools::metal::saw());
}
