// A variable computed but never used is only a warning.
fn main() {
    let width = 8;
    let height = 3;
    let area = width * height;
    println!("width {width}");
}
