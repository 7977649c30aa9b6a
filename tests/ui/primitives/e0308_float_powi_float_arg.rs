//@ mode: check
fn main() {
    let x: f64 = 2.0;
    println!("{}", x.powi(2.5));
}
