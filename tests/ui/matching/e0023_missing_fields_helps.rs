//@ mode: check
struct Quad(u8, u8, u8, u8);
enum E { A(i32, i32, i32), B }
fn main() {
    let q = Quad(1, 2, 3, 4);
    let Quad(a, _) = q;
    let Quad(_) = q;
    let Quad(b) = q;
    match E::B {
        E::A(x, _) => {}
        E::A(_) => {}
        _ => {}
    }
}
