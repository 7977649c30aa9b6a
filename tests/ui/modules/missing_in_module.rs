mod tools {
    pub fn hammer() -> i32 {
        1
    }
}

fn main() {
    println!("{}", tools::hammer());
    println!("{}", tools::saw());
}
