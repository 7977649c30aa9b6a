// Items in a block are visible in the whole block, before their textual position too.
fn main() {
    let r = Rect { w: 3, h: 4 };
    println!("area {} and {}", area(r), EXTRA);
    fn area(r: Rect) -> i32 {
        widen(r.w) * r.h
    }
    fn widen(x: i32) -> i32 {
        x + EXTRA
    }
    #[derive(Debug, Clone, Copy)]
    struct Rect {
        w: i32,
        h: i32,
    }
    const EXTRA: i32 = 1;
    println!("{r:?}");
}
