// Explicit generic arguments with the turbofish.
fn id<T>(x: T) -> T {
    x
}

fn pick<A, B>(first: bool, a: A, b: B) -> (A, B, bool) {
    (a, b, first)
}

fn main() {
    let big = id::<u64>(4_000_000_000) * 2;
    let t = pick::<i8, char>(true, -3, 'q');
    println!("{} {:?}", big, t);
}
