// An impl method whose parameter type differs from the trait's.
trait Scale {
    fn scale(&self, by: u32) -> u32;
}

struct Size {
    n: u32,
}

impl Scale for Size {
    fn scale(&self, by: i64) -> u32 {
        self.n * by as u32
    }
}

fn main() {
    let s = Size { n: 2 };
    println!("{}", s.n);
}
