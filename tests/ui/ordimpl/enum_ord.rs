use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Size {
    Small,
    Medium,
    Large,
}

impl Size {
    fn rank(self) -> u8 {
        match self {
            Size::Small => 1,
            Size::Medium => 2,
            Size::Large => 3,
        }
    }
}

// Written in the reverse of the declaration order on purpose.
impl Ord for Size {
    fn cmp(&self, other: &Self) -> Ordering {
        other.rank().cmp(&self.rank())
    }
}

impl PartialOrd for Size {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut sizes = vec![Size::Medium, Size::Small, Size::Large, Size::Small];
    sizes.sort();
    println!("{:?}", sizes);
    println!("{}", Size::Small > Size::Large);
    println!("{:?}", sizes.iter().max());
}
