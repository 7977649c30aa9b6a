mod vault {
    fn code() -> i32 {
        1234
    }
    pub fn open() -> i32 {
        code()
    }
}

use vault::code;

fn main() {
    println!("{}", vault::open() + code());
}
