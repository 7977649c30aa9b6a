// Writing through a box needs the box's binding to be `mut`.
fn main() {
    let b = Box::new(1);
    *b = 2;
    println!("{}", b);
}
