//@ mode: run
// Struct names that are not upper camel case; the suggestion keeps acronyms.
#[derive(Debug, Clone, Copy)]
struct rgb_colour(u8, u8, u8);
#[derive(Debug)]
struct Pixel_pos { x: i32, y: i32 }
#[derive(Debug)]
struct XMLNode;
#[derive(Debug)]
struct __Wrapped__;

fn main() {
    let c = rgb_colour(1, 2, 3);
    let p = Pixel_pos { x: 1, y: 2 };
    println!("{} {} {}", c.0 + c.1 + c.2, p.x, p.y);
    println!("{:?} {:?}", XMLNode, __Wrapped__);
}
