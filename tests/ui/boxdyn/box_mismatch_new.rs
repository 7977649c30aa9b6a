// A box of one type is not a box of another.
fn main() {
    let b: Box<i32> = Box::new("five");
    println!("{}", b);
}
