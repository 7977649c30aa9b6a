use std::cmp::Ordering;

fn main() {
    let n: i32 = 7;
    match n.cmp(&3) {
        Ordering::Less => println!("less"),
        Ordering::Greater => println!("greater"),
    }
}
