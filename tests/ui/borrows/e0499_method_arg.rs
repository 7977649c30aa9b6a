//@ mode: check
struct Acc {
    n: i32,
}

impl Acc {
    fn absorb(&mut self, other: &mut i32) {
        self.n += *other;
        *other = 0;
    }
}

fn main() {
    let mut a = Acc { n: 1 };
    a.absorb(&mut a.n);
    println!("{}", a.n);
}
