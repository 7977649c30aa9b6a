#[derive(Debug)]
enum Ordering {
    Before,
    After,
}

fn place(a: i32, b: i32) -> Ordering {
    match a.cmp(&b) {
        std::cmp::Ordering::Less => Ordering::Before,
        _ => Ordering::After,
    }
}

fn main() {
    println!("{:?}", place(1, 2));
    println!("{:?}", place(5, 2));
    println!("{:?}", 3.cmp(&3));
}
