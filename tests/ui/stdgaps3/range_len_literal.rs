// `len` of a range of integer literals: the literals fall back to `i32`.
fn main() {
    println!("{}", (3..10).len());
    let r = 5..12;
    println!("{} {}", r.len(), r.start);
    println!("{}", (0..10).map(|x| x * 2).len());
    println!("{}", (0..10).step_by(3).len());
    println!("{}", (0..0).len());
}
