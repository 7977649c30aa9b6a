//@ mode: check
// Arguments that disagree about one type parameter: rustc labels who fixed it.
fn pick<T>(a: T, b: T, c: T) -> T {
    let _ = (a, b);
    c
}

fn mix<T>(a: T, n: usize, b: T) -> usize {
    let _ = (a, b);
    n
}

fn main() {
    let _ = pick(1.5, 2.5, 'x');
    let _ = mix("a", 2, 3);
    let _ = pick(true, 1, false);
}
