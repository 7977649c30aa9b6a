// Through a shared reference the closure captures `*r`, and a `move` closure
// copies the reference itself.
struct Size {
    w: u32,
    h: u32,
}

fn main() {
    let s = Size { w: 3, h: 4 };
    let r = &s;
    let area = || r.w * r.h;
    let moved = move || r.w + r.h;
    println!("{} {} {}", area(), moved(), r.w);
}
