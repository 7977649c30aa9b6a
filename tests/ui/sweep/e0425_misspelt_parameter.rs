//@ mode: check
// Using a misspelt parameter name inside the function.
fn circle_area(radius: f64) -> f64 {
    3.14159 * raduis * raduis
}

fn main() {
    println!("{}", circle_area(2.0));
}
