//@ mode: check
struct Window {
    width: u32,
    height: u32,
}

fn area(w: Window) -> u32 {
    w.width * w.height
}

fn main() {
    println!("{}", area(Window));
}
