// A struct passed by value to functions, printed with Debug.
#[derive(Debug, Clone, Copy)]
struct Rect {
    width: u32,
    height: u32,
}

fn area(r: Rect) -> u32 {
    r.width * r.height
}

fn can_hold(outer: Rect, inner: Rect) -> bool {
    outer.width > inner.width && outer.height > inner.height
}

fn main() {
    let big = Rect { width: 30, height: 50 };
    let small = Rect { width: 10, height: 40 };
    println!("{:?} has area {}", big, area(big));
    println!("big holds small: {}", can_hold(big, small));
    println!("small holds big: {}", can_hold(small, big));
}
