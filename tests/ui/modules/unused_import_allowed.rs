mod tools {
    pub fn hammer() -> u8 {
        1
    }
    pub fn saw() -> u8 {
        2
    }
}

mod shed {
    #![allow(unused_imports)]
    use crate::tools::saw;

    pub fn count() -> u8 {
        crate::tools::saw() + 1
    }
}

#[allow(unused_imports)]
use tools::hammer;

fn main() {
    println!("{}", tools::hammer() + shed::count());
}
