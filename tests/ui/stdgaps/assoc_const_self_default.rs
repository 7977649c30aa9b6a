trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn describe(&self) -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}
struct Tri;
struct Sq;
impl Shape for Tri { const SIDES: u32 = 3; }
impl Shape for Sq { const SIDES: u32 = 2 * 2; const NAME: &'static str = "square"; }
fn main() {
    println!("{}", Tri.describe());
    println!("{}", Sq.describe());
}
