// Mutating through a captured `&mut` borrows `*r.x` mutably: `r` itself needs no `mut`.
struct Counter {
    hits: u32,
    misses: u32,
}

fn main() {
    let mut c = Counter { hits: 0, misses: 0 };
    let r = &mut c;
    let mut hit = || r.hits += 1;
    hit();
    hit();
    r.misses += 1;
    println!("{} {}", c.hits, c.misses);
}
