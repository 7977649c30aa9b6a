//@ mode: check
// Destructuring a field the struct does not have.
struct Size {
    w: u32,
    h: u32,
}

fn main() {
    let s = Size { w: 2, h: 3 };
    let Size { w, height } = s;
    println!("{w} {height}");
}
