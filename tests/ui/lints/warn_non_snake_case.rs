//@ mode: run
// Names in camelCase get a naming lint.
fn addNumbers(firstNumber: i32, b: i32) -> i32 {
    firstNumber + b
}

fn main() {
    let myTotal = addNumbers(2, 3);
    println!("{myTotal}");
}
