#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(Debug, PartialEq, PartialOrd)]
enum Level {
    Low,
    Mid(u8),
    High { boost: i32 },
}

fn main() {
    let a = Version { major: 1, minor: 4, patch: 0 };
    let b = Version { major: 1, minor: 10, patch: 2 };
    println!("{} {} {} {}", a < b, a > b, a <= a, b >= a);
    println!("{}", Level::Low < Level::Mid(0));
    println!("{}", Level::Mid(3) < Level::Mid(2));
    println!("{}", Level::High { boost: -1 } > Level::Mid(200));
    println!("{}", Level::High { boost: -1 } < Level::High { boost: 0 });
}
