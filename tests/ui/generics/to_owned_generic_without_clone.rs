// `x.to_owned()` on `&T` without `T: Clone`: the blanket impl is `&T`'s (references are
// `Clone`), so the result is a `&T`, not the `T` the signature promises.
fn first<T>(x: &T) -> T {
    x.to_owned()
}

fn main() {
    let _ = first(&1);
}
