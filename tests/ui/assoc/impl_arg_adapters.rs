// Adapters on an `impl Iterator` argument keep its `Item`.
fn doubled_evens(it: impl Iterator<Item = i32>) {
    for (i, x) in it.filter(|x| x % 2 == 0).map(|x| x * 2).enumerate() {
        println!("{}: {}", i, x);
    }
}

fn main() {
    doubled_evens(1..9);
}
