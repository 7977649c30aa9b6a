// `impl PartialEq` by hand: `==` and `!=` call the learner's `eq`.
struct Version {
    major: u32,
    minor: u32,
    label: &'static str,
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.major == other.major && self.minor == other.minor
    }
}

fn main() {
    let a = Version { major: 1, minor: 2, label: "stable" };
    let b = Version { major: 1, minor: 2, label: "beta" };
    let c = Version { major: 2, minor: 0, label: "next" };
    println!("{} {} {}", a == b, a == c, a != c);
    println!("{} {}", b.label, c.label);
    println!("{}", a.eq(&b));
}
