//@ mode: check
// Printing a tuple with {} instead of {:?}.
fn main() {
    let point = (3, 4);
    println!("point = {}", point);
}
