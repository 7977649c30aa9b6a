// An array literal with more elements than its annotated type.
fn main() {
    let a: [i32; 3] = [1, 2, 3, 4];
    println!("{:?}", a);
}
