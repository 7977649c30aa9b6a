//@ mode: check
fn main() {
    let x: i32 = 5;
    println!("{}", x.pow(2.0));
}
