// An impl with two parameters, one bounded by the learner's trait.
trait Weight {
    fn weight(&self) -> u32;
}

trait Total {
    fn total(&self) -> u32;
}

impl Weight for u32 {
    fn weight(&self) -> u32 {
        *self
    }
}

impl Weight for char {
    fn weight(&self) -> u32 {
        *self as u32
    }
}

struct Both<A, B> {
    a: A,
    b: B,
}

impl<A: Weight, B: Weight> Total for Both<A, B> {
    fn total(&self) -> u32 {
        self.a.weight() + self.b.weight()
    }
}

fn main() {
    let x = Both { a: 5u32, b: 'A' };
    let y = Both { a: 'a', b: 'b' };
    println!("{} {}", x.total(), y.total());
}
