//@ mode: check
// A constructor called with the wrong number of arguments: E0061 names what it is.
struct W(u8, u8);
enum E {
    A(u8),
}

fn main() {
    let _ = W(1);
    let _ = E::A(1, 2);
}
