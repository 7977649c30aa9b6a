// The `&self` result cannot hold the other argument.
struct Counter {
    n: i32,
}

impl Counter {
    fn pick(&self, other: &str) -> &str {
        other
    }
}

fn main() {
    let c = Counter { n: 1 };
    println!("{} {}", c.pick("x"), c.n);
}
