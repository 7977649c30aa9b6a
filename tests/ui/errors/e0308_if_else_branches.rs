//@ mode: check
// Both branches of an if expression must have the same type.
fn main() {
    let temperature = 30;
    let description = if temperature > 25 { "hot" } else { 15 };
    println!("{}", description);
}
