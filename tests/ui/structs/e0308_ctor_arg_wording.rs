//@ mode: check
// A constructor called with a wrong argument: rustc names it a struct or an enum variant.
struct W(u8);
enum E {
    A(u8),
}

fn main() {
    let _ = W(true);
    let _ = E::A(false);
    let _: Option<u8> = Some(true);
}
