#[derive(Debug, Default)]
struct Tally {
    n: i8,
}

fn fresh<T: Default>() -> T {
    Default::default()
}

fn main() {
    let a: u16 = fresh();
    let s: String = fresh();
    let t: Tally = fresh();
    println!("{} {:?} {:?} {}", a, s, t, t.n);
}
