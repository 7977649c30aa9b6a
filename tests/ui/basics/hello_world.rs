// The first program: printing lines.
fn main() {
    println!("Hello, world!");
    println!("Welcome to Ferrite.");
    println!();
    println!("Bye.");
}
