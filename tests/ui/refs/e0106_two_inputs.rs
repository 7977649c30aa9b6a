//@ mode: check
fn longer(a: &str, b: &str) -> &str {
    if a == "" { b } else { a }
}

fn main() {
    println!("{}", longer("ab", "c"));
}
