#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    println!("{:?}", Level::Low.max(Level::High));
    println!("{:?}", Level::Mid.min(Level::High));
    println!("{:?}", Level::High.clamp(Level::Low, Level::Mid));
    let v = Version { major: 1, minor: 4 }.max(Version { major: 1, minor: 9 });
    println!("{:?}", v);
    println!("{:?}", Level::Low.cmp(&Level::Mid));
}
