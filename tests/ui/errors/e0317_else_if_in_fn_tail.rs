//@ mode: check
fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    }
}

fn main() {
    println!("{}", classify(3));
}
