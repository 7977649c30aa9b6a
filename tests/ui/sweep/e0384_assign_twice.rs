//@ mode: check
// Assigning a new value to a variable declared without mut.
fn main() {
    let score = 10;
    println!("score = {score}");
    score = 20;
    println!("score = {score}");
}
