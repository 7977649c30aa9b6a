//@ mode: run
// A mut that is never changed and a value overwritten before use.
fn main() {
    let mut name = "Ferris";
    let mut greeting = "Hi";
    greeting = "Hello";
    println!("{greeting}, {name}!");
    let mut steps = 0;
    for i in 0..3 {
        steps = i;
    }
    println!("done");
}
