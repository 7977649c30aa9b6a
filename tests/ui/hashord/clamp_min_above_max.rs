#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Level(u8);

fn main() {
    println!("{:?}", Level(4).clamp(Level(1), Level(6)));
    println!("{:?}", Level(4).clamp(Level(7), Level(2)));
}
