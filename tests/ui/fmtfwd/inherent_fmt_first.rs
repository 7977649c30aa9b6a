use std::fmt;
struct Inner(u8);
impl Inner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "inner#{}", self.0)
    }
}
struct Outer(Inner);
impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}
fn main() {
    println!("[{}]", Outer(Inner(3)));
}
