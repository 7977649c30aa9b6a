// Adapters over an opaque iterator returned by a function.
fn tokens(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| !c.is_whitespace())
}

fn main() {
    let mut it = tokens("a b  c").peekable();
    while let Some(c) = it.next() {
        match it.peek() {
            Some(n) => println!("{} then {}", c, n),
            None => println!("{} last", c),
        }
    }
}
