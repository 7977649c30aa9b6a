// `fuse` in the middle of a chain of adapters.
fn main() {
    let total: i32 = (1..=5).fuse().map(|x| x * 2).filter(|x| *x > 4).sum();
    println!("{}", total);
}
