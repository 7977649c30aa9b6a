//@ mode: check
// Writing `=` instead of `==` in a condition.
fn main() {
    let answer = 42;
    if answer = 42 {
        println!("correct");
    }
}
