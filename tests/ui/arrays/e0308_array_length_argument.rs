// Passing an array of the wrong length to a function.
fn sum(xs: [u8; 2]) -> u8 {
    xs[0] + xs[1]
}

fn main() {
    let three = [1, 2, 3];
    println!("{}", sum(three));
}
