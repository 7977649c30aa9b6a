// An arithmetic overflow inside a closure panics at the closure's line.
fn main() {
    let grow = |n: u8, by: u8| n + by;
    println!("{}", grow(200, 50));
    println!("{}", grow(200, 60));
}
