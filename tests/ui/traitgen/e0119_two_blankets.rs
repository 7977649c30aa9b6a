// Two generic impls of one trait for the same generic struct.
trait Tag {
    fn tag(&self) -> char;
}

struct Holder<T> {
    item: T,
}

impl<T> Tag for Holder<T> {
    fn tag(&self) -> char {
        'a'
    }
}

impl<U> Tag for Holder<U> {
    fn tag(&self) -> char {
        'b'
    }
}

fn main() {}
