use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Priority(u8);

// A smaller number is a higher priority.
impl Ord for Priority {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Priority {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let urgent = Priority(1);
    let later = Priority(5);
    println!("{:?}", urgent.cmp(&later));
    println!("{:?}", later.cmp(&urgent));
    println!("{:?}", urgent.cmp(&Priority(1)));
    println!("{:?}", urgent.partial_cmp(&later));
    println!("{}", urgent > later);
    match later.cmp(&urgent) {
        Ordering::Less => println!("later waits"),
        _ => println!("later goes first"),
    }
}
