use std::cmp::Ordering;

fn main() {
    println!("{}", Ordering::Less as i32);
    println!("{}", Ordering::Equal as i8);
    println!("{}", Ordering::Greater as i64);
}
