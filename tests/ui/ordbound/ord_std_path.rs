// The bounds written by their std paths.
fn clamp_to<T: std::cmp::PartialOrd + Copy>(x: T, lo: T, hi: T) -> T {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

fn main() {
    println!("{}", clamp_to(15, 0, 10));
    println!("{}", clamp_to(-0.5, 0.0, 1.0));
    println!("{}", clamp_to('m', 'a', 'f'));
}
