#[derive(Debug, PartialEq, PartialOrd)]
enum Size {
    Small,
    Large,
}

fn main() {
    let s = Size::Large.clamp(Size::Small, Size::Small);
    println!("{:?}", s);
}
