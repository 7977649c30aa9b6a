#[derive(Debug)]
enum Size {
    Small,
    Large,
}

fn main() {
    let a = Size::Small;
    let b = Size::Large;
    if a >= b {
        println!("{:?}", a);
    }
}
