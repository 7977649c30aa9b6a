//@ mode: check
// Calling a function with one argument too many.
fn rectangle_area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    let area = rectangle_area(3, 4, 5);
    println!("{area}");
}
