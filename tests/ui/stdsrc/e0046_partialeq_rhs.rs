// `PartialEq<u32>` without its `eq`: the help writes `Rhs` as `u32`.
struct Meters(u32);

impl PartialEq<u32> for Meters {}

fn main() {
    println!("{}", Meters(1).0);
}
