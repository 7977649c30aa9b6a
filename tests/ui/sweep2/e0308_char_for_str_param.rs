//@ mode: check
// Single quotes where a string was meant.
fn greet(name: &str) {
    println!("hello {name}");
}

fn main() {
    greet('S');
}
