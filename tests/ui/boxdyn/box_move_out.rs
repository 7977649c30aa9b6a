// Moving a non-Copy value out of a box with `*b`.
fn main() {
    let b = Box::new(String::from("boxed text"));
    let s = *b;
    println!("{}", s);
    println!("{}", s.len());
}
