//@ mode: check
fn main() {
    let x: f64 = 16.0;
    println!("{}", x.sqr());
}
