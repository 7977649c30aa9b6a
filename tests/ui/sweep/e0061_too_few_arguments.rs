//@ mode: check
// Calling a function with a missing argument.
fn greet(name: &str, times: u32) {
    for _ in 0..times {
        println!("Hello, {name}!");
    }
}

fn main() {
    greet("Ferris");
}
