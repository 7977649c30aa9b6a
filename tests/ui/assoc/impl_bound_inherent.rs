// A bound with a constraint on an inherent impl's parameter.
struct Summer<I> {
    inner: I,
}

impl<I: Iterator<Item = u32>> Summer<I> {
    fn total(self) -> u32 {
        let mut s = 0;
        for x in self.inner {
            s += x;
        }
        s
    }
}

fn main() {
    let s = Summer { inner: 1..5 };
    println!("{}", s.total());
}
