//@ mode: check
// Checked like `cargo check`: it compiles, nothing runs, no output.
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("{}", area(3, 4));
}
