// Debug implemented by hand: `{:?}` calls it.
use std::fmt;

struct Secret {
    code: u32,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Secret(****{})", self.code % 10)
    }
}

fn main() {
    let s = Secret { code: 1234 };
    println!("{:?}", s);
    println!("{s:?}");
}
