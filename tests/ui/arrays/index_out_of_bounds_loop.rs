// An off-by-one loop bound: `0..=len` reads one element too many.
fn main() {
    let xs = [1, 2, 3];
    let mut total = 0;
    for i in 0..=xs.len() {
        total += xs[i];
        println!("{}", total);
    }
}
