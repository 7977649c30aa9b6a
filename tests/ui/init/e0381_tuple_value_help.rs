//@ mode: check
// rustc suggests a placeholder value of the declared type.
fn main() {
    let point: (bool, char, f64, &str);
    let copy = point;
    println!("{:?}", copy);
}
