//@ mode: check
fn main() {
    let x: i32 = 5;
    let y: i64 = x.abs();
    println!("{}", y);
}
