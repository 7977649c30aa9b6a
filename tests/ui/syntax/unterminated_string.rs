//@ mode: check
fn main() {
    let greeting = "hello;
    println!("{}", greeting);
}