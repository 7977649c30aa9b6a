#[derive(PartialEq, Eq, PartialOrd)]
struct Mark(i32);

impl Ord for Mark {}

fn main() {
    println!("{}", Mark(1) < Mark(2));
}
