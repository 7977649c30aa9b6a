use std::cmp::Ordering;

fn main() {
    let o: Ordering = 3.cmp(&4);
    let n: i32 = o;
    println!("{n}");
}
