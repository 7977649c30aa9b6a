// Floats are `PartialOrd` but not `Ord`.
fn top<T: Ord + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let x: f64 = 2.5;
    println!("{}", top(x, 1.0));
}
