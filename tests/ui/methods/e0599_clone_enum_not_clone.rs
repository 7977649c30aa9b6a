//@ mode: check
enum E { A }
fn main() { let e = E::A; let f = e.clone(); }
