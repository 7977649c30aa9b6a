//@ mode: check
// The argument's type would decide what the call returns: rustc says which type.
struct Slot<T> {
    v: T,
}

impl<T> Slot<T> {
    fn swap(&mut self, v: T) -> T {
        std::mem::replace(&mut self.v, v)
    }
}

fn main() {
    let o: Option<i32> = None;
    println!("{}", o.unwrap_or(2.5));
    let mut s = Slot { v: 1u8 };
    println!("{}", s.swap(true));
}
