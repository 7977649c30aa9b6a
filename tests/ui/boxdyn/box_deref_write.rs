// Writing through a box with `*b = ..` and `*b += ..`.
fn main() {
    let mut b = Box::new(5);
    *b = 10;
    *b += 3;
    println!("{}", b);
    let total = *b * 2;
    println!("{}", total);
}
