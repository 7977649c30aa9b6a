//@ mode: check
struct Counter {
    hits: u64,
}

fn main() {
    let mut c = Counter { hits: 0 };
    c.hits = "many";
    println!("{}", c.hits);
}
