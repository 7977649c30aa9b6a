//@ mode: check
// Forgetting the parentheses of a call.
fn answer() -> i32 {
    42
}

fn main() {
    let x: i32 = answer;
    println!("{x}");
}
