//@ mode: run
// A binding declared without a value and assigned on every path before use.
fn describe(n: i32) -> &'static str {
    let word;
    if n < 0 {
        word = "negative";
    } else if n == 0 {
        word = "zero";
    } else {
        word = "positive";
    }
    word
}

fn main() {
    for n in -1..2 {
        println!("{n} is {}", describe(n));
    }
}
