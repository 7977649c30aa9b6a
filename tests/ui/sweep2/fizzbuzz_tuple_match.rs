// FizzBuzz by matching on a tuple of remainders.
fn label(n: u32) -> &'static str {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz",
        (0, _) => "Fizz",
        (_, 0) => "Buzz",
        _ => "",
    }
}

fn main() {
    for n in 1..=15 {
        let text = label(n);
        if text == "" {
            println!("{n}");
        } else {
            println!("{text}");
        }
    }
}
