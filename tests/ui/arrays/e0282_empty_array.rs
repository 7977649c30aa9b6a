// An empty array without a type annotation.
fn main() {
    let empty = [];
    println!("{}", empty.len());
}
