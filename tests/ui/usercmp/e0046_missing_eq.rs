// An empty `impl PartialEq` lacks `eq`: E0046.
struct Id(u32);

impl PartialEq for Id {}

fn main() {
    let a = Id(1);
    println!("{}", a.0);
}
