#[derive(Debug)]
struct Color(u8);

#[derive(Debug, Default)]
struct Brush {
    size: u32,
    color: Color,
}

fn main() {
    let b = Brush::default();
    println!("{:?}", b);
}
