// `<` needs `PartialOrd`; rustc suggests deriving it with `PartialEq`.
#[derive(PartialEq)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let installed = Version { major: 1, minor: 4 };
    let latest = Version { major: 1, minor: 7 };
    if installed < latest {
        println!("update to {}.{}", latest.major, latest.minor);
    }
}
