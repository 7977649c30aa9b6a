#[derive(Debug, Default, PartialEq)]
struct Rgb(u8, u8, u8);

fn main() {
    let black = Rgb::default();
    println!("{:?}", black);
    println!("{}", black == Rgb(0, 0, 0));
}
