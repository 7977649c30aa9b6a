// An iterator that forgot to say what it yields.
struct Ones;

impl Iterator for Ones {
    fn next(&mut self) -> Option<i32> {
        Some(1)
    }
}

fn main() {}
