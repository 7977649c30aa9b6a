// Boxes compare by their contents; cloning a box copies the value into a new box.
fn main() {
    let a = Box::new(3);
    let b = Box::new(3);
    let mut c = a.clone();
    *c += 1;
    println!("{} {}", a == b, a == c);
    println!("{} {}", a, c);
    let s = Box::new(String::from("hi"));
    let t = s.clone();
    println!("{} {}", s, t);
}
