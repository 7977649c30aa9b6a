// Width, fill and alignment in format strings.
fn main() {
    println!("|{:<8}|{:^8}|{:>8}|", "left", "mid", "right");
    println!("|{:-<8}|{:*^8}|{:0>8}|", 1, 2, 3);
    println!("|{:+}|{:08.3}|{:>+6}|", 7, -3.14159, 42);
    let width = 6;
    println!("|{:>width$}|{:<1$}|", 12, 5);
}
