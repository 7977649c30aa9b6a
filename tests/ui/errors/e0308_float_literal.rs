//@ mode: check
// An integer literal where a float is expected.
fn area(radius: f64) -> f64 {
    3.14159 * radius * radius
}

fn main() {
    let r: f64 = 2;
    println!("{}", area(r));
}
