//@ mode: check
// A bare `return;` in a function that returns a number.
fn first_even(a: i32, b: i32) -> i32 {
    if a % 2 == 0 {
        return a;
    }
    if b % 2 == 0 {
        return b;
    }
    return;
}

fn main() {
    println!("{}", first_even(3, 4));
}
