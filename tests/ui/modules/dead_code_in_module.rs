mod tools {
    pub fn hammer() -> i32 {
        1
    }
    pub fn drill() -> i32 {
        3
    }
    pub struct Spare {
        pub size: i32,
    }
}

fn main() {
    println!("{}", tools::hammer());
}
