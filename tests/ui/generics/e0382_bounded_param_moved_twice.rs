//@ mode: check
// A bounded type parameter that is not `Copy`: rustc suggests adding `+ Copy`.
fn twins<T: PartialEq>(item: T) -> (T, T) {
    (item, item)
}

fn main() {
    let _ = twins('a');
}
