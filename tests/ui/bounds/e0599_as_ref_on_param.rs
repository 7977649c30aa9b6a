//@ mode: check
fn size<T>(x: T) {
    let _ = x.as_ref();
}

fn main() {
    size(3);
}
