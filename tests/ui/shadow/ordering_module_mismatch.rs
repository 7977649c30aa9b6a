use std::cmp::Ordering;

mod mine {
    #[derive(Debug)]
    pub enum Ordering {
        Up,
        Down,
    }
}

fn compare(a: u8, b: u8) -> Ordering {
    a.cmp(&b)
}

fn main() {
    let x = mine::Ordering::Up;
    println!("{:?} {:?}", compare(1, 2), x);
    let y: mine::Ordering = compare(2, 1);
    println!("{:?}", y);
}
