//@ mode: check
struct Pair(u8, u8);
struct One(u8);
enum E { A(i32, i32, i32), B(u8) }
fn main() {
    let Pair(a) = Pair(1, 2);
    let One(b, c) = One(1);
    match E::B(1) {
        E::A(x, y) => {}
        E::B() => {}
        E::A(..) => {}
    }
    match E::B(1) {
        E::A(x, y, z, w) => {}
        _ => {}
    }
}
