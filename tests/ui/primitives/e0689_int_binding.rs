//@ mode: check
fn main() {
    let x = 5;
    println!("{}", x.pow(2));
}
