// Without `Copy`, a value of `T: Clone` is moved by the first binding.
fn twice<T: Clone>(t: T) -> (T, T) {
    let a = t;
    (a, t)
}

fn main() {
    println!("{:?}", twice(3));
}
