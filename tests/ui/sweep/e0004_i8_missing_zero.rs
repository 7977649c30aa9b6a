//@ mode: check
// Negative and positive numbers covered, but zero forgotten.
fn sign(n: i8) -> i8 {
    match n {
        i8::MIN..=-1 => -1,
        1..=i8::MAX => 1,
    }
}

fn main() {
    println!("{}", sign(-3));
}
