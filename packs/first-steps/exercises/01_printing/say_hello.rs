// Make this program compile and greet someone.
//
// It uses a value called `learner` that has not been created yet.

fn main() {
    println!("Hello, {}! Welcome to Rust.", learner);
}
