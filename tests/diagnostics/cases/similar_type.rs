struct Counter {
    n: u32,
}

fn main() {
    let c: Countr = Counter { n: 0 };
    println!("{}", c.n);
}
