//@ mode: check
// A misspelt field name in a struct literal.
struct Color {
    red: u8,
    green: u8,
    blue: u8,
}

fn main() {
    let c = Color { red: 255, gren: 128, blue: 0 };
    println!("{} {}", c.red, c.blue);
}
