// A hand-written `Debug` for a generic struct, bounded by `Debug`.
use std::fmt;

struct Tagged<T> {
    id: u32,
    data: T,
}

impl<T: fmt::Debug> fmt::Debug for Tagged<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}: {:?}", self.id, self.data)
    }
}

fn main() {
    let a = Tagged { id: 1, data: "x" };
    let b = Tagged { id: 2, data: (1, 'c') };
    println!("{:?}", a);
    println!("{:?} and {:?}", b, Tagged { id: 3, data: [1.5, 2.0] });
}
