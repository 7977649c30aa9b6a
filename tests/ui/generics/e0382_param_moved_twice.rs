//@ mode: check
fn dup<T>(x: T) -> (T, T) {
    (x, x)
}

fn main() {
    let _ = dup(1);
}
