//@ mode: check
fn main() {
    let name = "ferris";
    let greeting = "hello " + name;
    println!("{greeting}");
}
