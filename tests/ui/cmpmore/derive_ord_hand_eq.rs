// `#[derive(PartialOrd, Ord)]` with `PartialEq` and `Eq` written by hand: sorting uses the
// derived order, `==` the hand-written one.
#[derive(Debug, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        self.major == other.major && self.minor == other.minor
    }
}

impl Eq for Version {}

fn main() {
    let mut vs = vec![Version { major: 1, minor: 4 }, Version { major: 0, minor: 9 }, Version { major: 1, minor: 0 }];
    vs.sort();
    println!("{:?}", vs);
    println!("{}", vs[0] == Version { major: 0, minor: 9 });
    println!("{:?}", vs.iter().max());
}
