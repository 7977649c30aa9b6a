// `<` on a struct with a derived `PartialEq` but no `PartialOrd`.
#[derive(PartialEq)]
struct Level(u8);

fn main() {
    println!("{}", Level(1) < Level(2));
}
