//@ mode: check
fn main() {
    let x = 5i32.try_into().unwrap();
    println!("{}", x);
}
