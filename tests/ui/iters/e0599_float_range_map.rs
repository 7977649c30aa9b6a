// A range of floats does not step: it is not an iterator.
fn main() {
    let n = (0.0..1.0).map(|x| x * 2.0).count();
    println!("{}", n);
}
