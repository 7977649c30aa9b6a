//@ mode: check
// A typo in a function name: rustc suggests the similar function.
fn calculate_area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("{}", calculate_aera(3, 4));
}
