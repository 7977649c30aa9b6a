//@ mode: check
// Unused associated items are reported per impl block, grouped as rustc does.
struct P { x: i32 }
impl P {
    const LIMIT: i32 = 3;
    fn new() -> P { P { x: 1 } }
    fn a(&self) -> i32 { self.x }
    fn b(&self) -> i32 { self.x }
}
impl P {
    fn c(&self) -> i32 { self.x }
}
struct Q;
impl Q {
    fn only(&self) {}
    fn helper() {}
}
fn unused() {}
fn main() {
    let p = P::new();
    let _ = Q;
    println!("{}", p.x);
}
