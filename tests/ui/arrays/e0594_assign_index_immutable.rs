// Writing an element of an array that is not declared `mut`.
fn main() {
    let xs = [1, 2, 3];
    xs[0] = 10;
    println!("{:?}", xs);
}
