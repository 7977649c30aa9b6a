//@ mode: check
// After shadowing with a &str, arithmetic no longer works.
fn main() {
    let guess = 42;
    let guess = "forty-two";
    let next = guess + 1;
    println!("{next}");
}
