//@ mode: check
fn greet(name: &str) {
    println!("Hello, {}!", name)
    println!("Welcome back.");
}

fn main() {
    greet("Ferris");
}
