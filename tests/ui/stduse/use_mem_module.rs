use std::mem;

fn main() {
    let mut left = String::from("left");
    let mut right = String::from("right");
    mem::swap(&mut left, &mut right);
    let old = mem::replace(&mut left, String::from("new"));
    println!("{} {} {}", left, right, old);
}
