//@ mode: check
struct Pair<'a, T> {
    first: &'a T,
}

fn main() {
    let n = 7;
    let p = Pair { first: &n };
    let count: i32 = p;
    println!("{count}");
}
