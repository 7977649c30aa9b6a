//@ mode: check
struct Pair<T> { a: T, b: T }
impl<T> Pair<T> {
    fn set(&mut self, v: T) { self.a = v; }
}
fn main() {
    let mut p = Pair { a: 1u8, b: 2 };
    p.set("x");
    println!("{}", p.a + p.b);
}
