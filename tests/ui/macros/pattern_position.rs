macro_rules! small {
    () => {
        0..=9
    };
}

fn classify(n: u32) -> &'static str {
    match n {
        small!() => "small",
        _ => "big",
    }
}

fn main() {
    println!("{} {}", classify(4), classify(40));
}
