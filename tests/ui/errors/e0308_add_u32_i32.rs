//@ mode: check
// Adding two different integer types.
fn main() {
    let apples: u32 = 5;
    let oranges: i32 = 7;
    let fruit = apples + oranges;
    println!("{fruit}");
}
