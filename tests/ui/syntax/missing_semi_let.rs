//@ mode: check
fn main() {
    let apples = 3
    let oranges = 5;
    println!("{}", apples + oranges);
}
