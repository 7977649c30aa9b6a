//@ mode: check
// A function without parameters called with an argument.
fn say_hi() {
    println!("hi");
}

fn main() {
    say_hi("there");
}
