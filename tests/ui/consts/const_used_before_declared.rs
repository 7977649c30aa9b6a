// Items are visible in the whole crate: a constant can be used above its declaration,
// and a constant can name one declared after it.
fn area() -> u32 {
    WIDTH * HEIGHT
}

const WIDTH: u32 = HEIGHT * 2;
const HEIGHT: u32 = 5;

fn main() {
    println!("{}x{} = {}", WIDTH, HEIGHT, area());
}
