//@ mode: check
// Casts rustc refuses, checked after the rest of the body.
fn main() {
    let n = 66;
    let s = "7";
    let f = 2.5;
    println!("{}", n as char);
    println!("{}", s as i32);
    println!("{}", n as bool);
    println!("{}", f as char);
    println!("{}", 1 + 2.0);
    let x: f64 = 3;
}
