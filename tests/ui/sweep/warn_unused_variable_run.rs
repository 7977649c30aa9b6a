//@ mode: run
// A computed value that is never used; the program still runs.
fn main() {
    let width = 8;
    let height = 3;
    let area = width * height;
    let perimeter = 2 * (width + height);
    println!("area = {area}");
}
