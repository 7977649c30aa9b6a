// A struct that is `PartialOrd` but not `Ord`.
#[derive(PartialEq, PartialOrd, Debug)]
struct Score(u32);

fn best<T: Ord>(a: T, b: T) -> bool {
    a > b
}

fn main() {
    println!("{}", best(Score(3), Score(4)));
}
