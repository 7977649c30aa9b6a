//@ mode: check
struct P2 { left: u8, right: u8 }
enum Sh { Rect { w: u32, h: u32 } }
fn main() {
    let P2 { left, up, down } = P2 { left: 1, right: 2 };
    let Sh::Rect { w, hh } = Sh::Rect { w: 1, h: 2 };
    let Sh::Rect { w: _, x } = Sh::Rect { w: 1, h: 2 };
}
