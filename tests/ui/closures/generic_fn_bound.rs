// Closures passed to generic functions bounded by `Fn`, `FnMut` and `FnOnce`.
fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}

fn repeat<F: FnMut()>(mut f: F, times: u32) {
    for _ in 0..times {
        f();
    }
}

fn consume<F>(f: F) -> (i32, bool)
where
    F: FnOnce() -> (i32, bool),
{
    f()
}

fn main() {
    let offset = 7;
    println!("{}", apply(|x| x * 2, 21));
    println!("{}", apply(|x| x + offset, 1));
    let mut total = 0;
    repeat(|| total += 5, 4);
    println!("{}", total);
    let pair = (3, true);
    println!("{:?}", consume(move || pair));
}
