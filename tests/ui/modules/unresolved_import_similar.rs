mod tools {
    pub fn hammer() -> i32 {
        1
    }
}

use tools::hamer;

fn main() {
    println!("{}", tools::hammer());
}
