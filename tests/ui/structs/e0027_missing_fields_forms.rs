//@ mode: check
struct P3 { x: i32, y: i32, z: i32 }
struct P2 { left: u8, right: u8 }
fn main() {
    let P3 { x } = P3 { x: 1, y: 2, z: 3 };
    let P3 { y, z: _ } = P3 { x: 1, y: 2, z: 3 };
    let P2 {} = P2 { left: 1, right: 2 };
    let P2 { lefft, right } = P2 { left: 1, right: 2 };
    let P2 { up, down } = P2 { left: 1, right: 2 };
    let P2 { left, up } = P2 { left: 1, right: 2 };
}
