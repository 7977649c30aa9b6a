// An impl method with more parameters than the trait declares.
trait Scale {
    fn scale(&self, by: u32) -> u32;
}

struct Size {
    n: u32,
}

impl Scale for Size {
    fn scale(&self, by: u32, extra: u32) -> u32 {
        self.n * by + extra
    }
}

fn main() {
    let s = Size { n: 2 };
    println!("{}", s.n);
}
