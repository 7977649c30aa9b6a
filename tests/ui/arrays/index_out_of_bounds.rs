// A run-time index past the end panics with the length and the index.
fn pick(xs: [i32; 3], i: usize) -> i32 {
    xs[i]
}

fn main() {
    let xs = [10, 20, 30];
    println!("{}", pick(xs, 2));
    println!("{}", pick(xs, 5));
}
