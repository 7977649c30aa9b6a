//@ mode: check
// A semicolon after the last expression makes the function return ().
fn add_one(n: u32) -> u32 {
    n + 1;
}

fn main() {
    println!("{}", add_one(1));
}
