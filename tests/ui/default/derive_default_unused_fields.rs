#[derive(Default)]
struct Stats {
    hits: u32,
    misses: u32,
}

fn main() {
    let s = Stats::default();
    println!("{}", s.hits);
}
