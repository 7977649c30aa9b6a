#[derive(Debug, PartialEq, PartialOrd, Ord)]
struct Version(u32, u32);

fn main() {
    println!("{:?}", Version(1, 2));
}
