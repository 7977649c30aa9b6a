// Moving the content out of a box moves the box: it cannot be used afterwards.
fn main() {
    let b = Box::new(String::from("gone"));
    let s = *b;
    println!("{} {}", s, b);
}
