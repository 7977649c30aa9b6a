fn classify(n: u8) -> &'static str {
    match n {
        0 => "zero",
        #[allow(unreachable_patterns)]
        0 => "zero again",
        1 | 2 => "small",
        1 => "one",
        _ => "big",
    }
}

fn main() {
    println!("{}", classify(2));
}
