mod tools {
    pub fn hammer() -> i32 {
        1
    }
    fn hammer() -> i32 {
        2
    }
}

fn main() {
    println!("{}", tools::hammer());
}
