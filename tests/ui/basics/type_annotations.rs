//@ edition: 2021
// Annotated and inferred bindings, and literal suffixes.
fn main() {
    let small: u8 = 200;
    let big: i64 = -9000000000;
    let inferred = 42;
    let suffixed = 7u16;
    let negative = -3i8;
    let initial: char = 'R';
    let greeting: &str = "hi";
    let flag: bool = false;
    println!("{} {} {} {} {}", small, big, inferred, suffixed, negative);
    println!("{} {} {}", initial, greeting, flag);
}
