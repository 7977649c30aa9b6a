// An inherent impl bounded by `Iterator` alone, counting what it yields.
struct Tally<I> {
    inner: I,
}

impl<I: Iterator> Tally<I> {
    fn count_all(self) -> usize {
        let mut n = 0;
        for _x in self.inner {
            n += 1;
        }
        n
    }
}

fn main() {
    let t = Tally { inner: "abc".chars() };
    println!("{}", t.count_all());
}
