// A value where a `Box` of it was expected: rustc suggests `Box::new` when it would fit.
trait Sound { fn make(&self) -> String; }
struct Cat;
impl Sound for Cat { fn make(&self) -> String { String::new() } }
fn main() {
    let b: Box<dyn Sound> = Cat;
    let c: Box<i32> = 5;
    let d: Box<String> = String::new();
    let e: Box<dyn Sound> = 5u8;
}
