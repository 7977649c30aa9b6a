// `Some(&s)` where an `Option<&dyn Trait>` is expected: the argument unsizes.
trait Shape { fn a(&self) -> i32; }
struct Sq;
impl Shape for Sq { fn a(&self) -> i32 { 4 } }
fn main() {
    let s = Sq;
    let v: Option<&dyn Shape> = Some(&s);
    println!("{}", v.unwrap().a());
}
