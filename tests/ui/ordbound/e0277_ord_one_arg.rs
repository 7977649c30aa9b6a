// One argument holds the parameter: rustc points at it.
fn show_max<T: Ord + std::fmt::Debug>(xs: Vec<T>) {
    println!("{:?}", xs.len());
}

fn main() {
    show_max(vec![1.5, 0.5]);
}
