// An iterator without its `next` method.
struct Silent;

impl Iterator for Silent {
    type Item = i32;
}

fn main() {}
