//@ mode: check
// Match arms that produce different types.
fn describe(n: i32) -> &'static str {
    let word = match n {
        0 => "zero",
        1 => "one",
        _ => n,
    };
    word
}

fn main() {
    println!("{}", describe(1));
}
