//@ mode: check
fn same<T>(a: T, b: T) -> T {
    let _ = b;
    a
}

fn main() {
    let _ = same(1, false);
}
