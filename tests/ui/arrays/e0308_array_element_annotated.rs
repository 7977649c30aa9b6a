// An element that does not match the annotated element type.
fn main() {
    let a: [bool; 2] = [true, 0];
    println!("{:?}", a);
}
