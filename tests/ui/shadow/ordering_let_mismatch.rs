#[derive(Debug)]
enum Ordering {
    Before,
    After,
}

fn order(a: i32, b: i32) -> Ordering {
    if a < b { Ordering::Before } else { Ordering::After }
}

fn main() {
    let o: Ordering = 3.cmp(&4);
    println!("{:?} {:?}", o, order(1, 2));
}
