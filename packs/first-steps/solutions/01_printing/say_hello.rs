// Make this program compile and greet someone.
//
// It uses a value called `learner` that has not been created yet.

fn main() {
    let learner = "Ada";
    println!("Hello, {}! Welcome to Rust.", learner);
}
